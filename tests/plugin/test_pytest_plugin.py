"""The pytest plugin (``audiences.testing.pytest_plugin``), as a service's own suite meets it.

Each suite below is a separate pytest run in a process of its own (pytester), so the
plugin arrives as it does for a user: through the ``pytest11`` entry point of the
installed distribution, with no ``pytest_plugins`` line and no conftest.
"""

from __future__ import annotations

import importlib.metadata

import pytest

pytest_plugins = ("pytester",)

MODULE = "audiences.testing.pytest_plugin"


def test_the_entry_point_names_the_plugin_module() -> None:
    found = {
        (point.name, point.value)
        for point in importlib.metadata.entry_points(group="pytest11")
        if point.value.startswith("audiences")
    }
    assert found == {("audiences", MODULE)}


def test_our_own_suite_has_the_plugin_once(request: pytest.FixtureRequest) -> None:
    plugins = request.config.pluginmanager.get_plugins()
    assert [p.__name__ for p in plugins if getattr(p, "__name__", "") == MODULE] == [MODULE]


SYNC_SUITE = """
from audiences import AudienceLab, Buzzabout, Leadpipe, RunStatus
from audiences.testing import FakeAPIs, ManualClock, SOURCE_DATASET, INTENT_AUDIENCE


def test_the_fake_runs_on_a_manual_clock(audiences_fake):
    assert isinstance(audiences_fake, FakeAPIs)
    assert isinstance(audiences_fake.clock, ManualClock)


def test_buzzabout_is_bound_to_the_fake_and_waits_instantly(audiences_fake, buzzabout):
    assert isinstance(buzzabout, Buzzabout)
    dataset = buzzabout.audience_datasets.create(name="cold brew creators")
    before = audiences_fake.clock.monotonic()
    run = buzzabout.wait(
        buzzabout.audience_datasets.runs.create(dataset.id, source_dataset_id=SOURCE_DATASET)
    )
    assert run.status is RunStatus.COMPLETED
    assert audiences_fake.clock.monotonic() > before  # the manual clock moved, not real time
    assert [e.operation for e in audiences_fake.ledger] == [
        "create_audience_dataset", "create_audience_dataset_run"
    ]


def test_audiencelab_and_leadpipe_share_the_same_fake(audiences_fake, audiencelab, leadpipe):
    assert isinstance(audiencelab, AudienceLab) and isinstance(leadpipe, Leadpipe)
    audience = audiencelab.audiences.create(name="NYC", filters={"city": ["New York"]})
    done = leadpipe.wait(leadpipe.intent_audiences.runs.create(INTENT_AUDIENCE))
    assert done.status is RunStatus.COMPLETED
    assert audience.id and [op for op, _ in audiences_fake.requests][:2] == [
        "create_audience", "create_intent_audience_run"
    ]


def test_each_test_has_a_fresh_fake(buzzabout):
    assert list(buzzabout.audience_datasets.list()) == []


def test_faults_reach_the_bound_clients(audiences_fake, buzzabout):
    from audiences import ServerError
    from audiences.testing import Fault
    import pytest

    audiences_fake.inject("create_audience_dataset", Fault.http(503))
    with pytest.raises(ServerError):
        buzzabout.audience_datasets.create(name="never twice")
    assert audiences_fake.ledger == []
"""

ASYNC_SUITE = """
import asyncio

from audiences import AsyncAudienceLab, AsyncBuzzabout, AsyncLeadpipe, ClientClosedError, RunStatus
from audiences.testing import INTENT_AUDIENCE, SOURCE_DATASET

KEPT = []


def test_async_clients_are_bound_to_the_fake(
    audiences_fake, async_buzzabout, async_audiencelab, async_leadpipe
):
    assert isinstance(async_buzzabout, AsyncBuzzabout)
    assert isinstance(async_audiencelab, AsyncAudienceLab)
    assert isinstance(async_leadpipe, AsyncLeadpipe)

    async def main():
        dataset = await async_buzzabout.audience_datasets.create(name="async")
        run = await async_buzzabout.audience_datasets.runs.create(
            dataset.id, source_dataset_id=SOURCE_DATASET
        )
        built = await async_buzzabout.wait(run)
        done = await async_leadpipe.wait(await async_leadpipe.intent_audiences.runs.create(INTENT_AUDIENCE))
        audience = await async_audiencelab.audiences.create(name="a", filters={"state": ["NY"]})
        return built.status, done.status, audience.id

    built, done, audience = asyncio.run(main())
    assert (built, done) == (RunStatus.COMPLETED, RunStatus.COMPLETED) and audience
    assert sorted(e.operation for e in audiences_fake.ledger) == [
        "create_audience", "create_audience_dataset", "create_audience_dataset_run",
        "create_intent_audience_run",
    ]
    KEPT.append(async_buzzabout)


def test_the_clients_are_closed_after_their_test():
    (client,) = KEPT
    try:
        asyncio.run(client.audience_datasets.create(name="after"))
    except ClientClosedError:
        return
    raise AssertionError("the async client was left open")


def test_sync_clients_are_closed_too(buzzabout):
    KEPT[:] = [buzzabout]


def test_after_the_sync_test():
    (client,) = KEPT
    try:
        client.audience_datasets.create(name="after")
    except ClientClosedError:
        return
    raise AssertionError("the sync client was left open")
"""


def test_a_services_suite_gets_the_sync_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_service=SYNC_SUITE)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


def test_a_services_suite_gets_the_async_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_service=ASYNC_SUITE)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_the_fixtures_are_listed_with_what_they_are(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--fixtures", "-p", "no:cacheprovider")
    names = [
        "audiences_fake",
        "buzzabout",
        "audiencelab",
        "leadpipe",
        "async_buzzabout",
        "async_audiencelab",
        "async_leadpipe",
    ]
    listed = [
        line.split()[0] for line in result.outlines if line.split()[:1] in ([n] for n in names)
    ]
    assert sorted(listed) == sorted(names)
    result.stdout.fnmatch_lines(["*fixtures defined from audiences.testing.pytest_plugin*"])


def test_a_suite_can_turn_the_plugin_off(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_service="def test_x(buzzabout):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:audiences", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'buzzabout' not found*"])
