"""Waiting under faults: transient errors do not end a wait early; the deadline does, on time;
an interrupt leaves nothing running."""

from __future__ import annotations

import pytest
from audiences import Buzzabout, Leadpipe, RunStatus, WaitTimeoutError
from audiences.testing import (
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    Fault,
    ManualClock,
)

MAX_INTERVAL = 15.0


def _setup(max_retries: int = 2) -> tuple[ManualClock, FakeAPIs, Buzzabout]:
    clock = ManualClock()
    fake = FakeAPIs(clock)
    return (
        clock,
        fake,
        Buzzabout(
            api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock, max_retries=max_retries
        ),
    )


@pytest.mark.parametrize(
    "fault",
    [
        Fault.http(500),
        Fault.http(502),
        Fault.http(503),
        Fault.http(429, retry_after=5),
        Fault.drop(),
        Fault.timeout(),
        Fault.http(408),
    ],
)
def test_transient_failures_between_polls_do_not_end_the_wait(fault: Fault) -> None:
    _, fake, client = _setup(max_retries=0)
    ad = client.audience_datasets.create(name="w")
    run = client.audience_datasets.runs.create(ad.id, source_dataset_id=SOURCE_DATASET)
    fake.inject("get_audience_dataset_run", fault, times=6)
    done = client.wait(run, timeout=600)
    assert done.status is RunStatus.COMPLETED
    assert fake.requests.count(("get_audience_dataset_run", "GET")) > 6


@pytest.mark.parametrize("timeout", [5.0, 30.0, 100.0, 400.0])
def test_the_deadline_is_kept_within_one_poll_interval_even_when_every_poll_fails(
    timeout: float,
) -> None:
    clock, fake, client = _setup(max_retries=0)
    ad = client.audience_datasets.create(name="w")
    run = client.audience_datasets.runs.create(ad.id, source_dataset_id=SOURCE_DATASET)
    fake.inject("get_audience_dataset_run", Fault.http(503), times=10_000)
    started = clock.monotonic()
    with pytest.raises(WaitTimeoutError) as caught:
        client.wait(run, timeout=timeout)
    waited = clock.monotonic() - started
    assert timeout <= waited <= timeout + MAX_INTERVAL
    assert caught.value.run.id == run.id  # the last run seen


def test_a_non_transient_error_ends_the_wait() -> None:
    from audiences import NotFoundError

    _, _, client = _setup()
    ad = client.audience_datasets.create(name="w")
    run = client.audience_datasets.runs.create(ad.id, source_dataset_id=SOURCE_DATASET)
    client.audience_datasets.delete(ad.id)
    with pytest.raises(NotFoundError):
        client.wait(run)


def test_an_interrupt_leaves_nothing_running() -> None:
    clock = ManualClock()
    fake = FakeAPIs(clock)
    client = Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=clock)
    run = client.intent_audiences.runs.create(INTENT_AUDIENCE)

    def interrupt(_: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.wait(run, on_progress=interrupt)
    polls = len(fake.requests)
    clock.advance(100)
    assert len(fake.requests) == polls  # no poll goes on behind the caller's back
    assert len(fake.ledger) == 1  # and waiting created nothing
