"""What a new team trips over in its first service: errors that say which ids were sent,
filters in the wrong shape, signatures other tools read, and runs that say how far they got."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterator
from functools import cached_property
from typing import Any

import httpx
import pytest
from audiences import (
    AsyncAudienceLab,
    AsyncBuzzabout,
    AsyncLeadpipe,
    AudienceLab,
    Buzzabout,
    InvalidArgumentError,
    Leadpipe,
    NotFoundError,
    RunFailedError,
    RunStatus,
)
from audiences.testing import (
    BUZZABOUT_KEY,
    FAILING_DATASET,
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ManualClock,
)

from tests.helpers import Recorder


def _on_fake() -> tuple[Buzzabout, Leadpipe]:
    clock = ManualClock()
    fake = FakeAPIs(clock)
    options: dict[str, Any] = {"transport": fake.transport(), "clock": clock}
    return Buzzabout(api_key=BUZZABOUT_KEY, **options), Leadpipe(api_key=LEADPIPE_KEY, **options)


# ------------------------------------------------------------------ a 404 names what was sent


def test_a_404_names_the_ids_it_was_sent() -> None:
    bz, _ = _on_fake()
    audience = bz.audience_datasets.create(name="swapped")
    with pytest.raises(NotFoundError) as caught:
        bz.audience_datasets.runs.get(audience.id, "adr_gone")
    said = str(caught.value)
    assert f"GET /v1/audience_datasets/{audience.id}/runs/adr_gone" in said, said


def test_ids_of_the_wrong_kind_are_refused_before_sending() -> None:
    """The spec's ``x-id-prefix`` (the prefixes its examples show) tells the kinds apart."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404)

    bz = Buzzabout(api_key="bz_test_k", transport=httpx.MockTransport(answer))
    refused = []
    for call in (
        lambda: bz.audience_datasets.runs.get("adr_01H", "ad_01H"),  # the two ids swapped
        lambda: bz.datasets.runs.get("ds_01H", "adr_01H"),
        lambda: bz.audience_datasets.runs.create("ad_01H", source_dataset_id="ad_02H"),
        lambda: bz.pattern_detections.create(dataset_id="cp_01H", name="n", research_question="q"),
        lambda: list(bz.mentions.list(dataset_ids=["ds_1", "ad_01H"])),
    ):
        with pytest.raises(InvalidArgumentError) as caught:
            call()
        refused.append(str(caught.value))
    assert refused == [
        "audience_dataset_id: 'adr_01H' is another kind of id (adr_...), where this one is ad_...",
        "run_id: 'adr_01H' is another kind of id (adr_...), where this one is dr_...",
        "source_dataset_id: 'ad_02H' is another kind of id (ad_...), where this one is ds_...",
        "dataset_id: 'cp_01H' is another kind of id (cp_...), where this one is ds_...",
        "dataset_ids[1]: 'ad_01H' is another kind of id (ad_...), where this one is ds_...",
    ]
    assert sent == []
    # An id with no prefix the spec knows is sent as given: the prefixes are examples' only.
    with pytest.raises(NotFoundError):
        bz.audience_datasets.get("0d3f5a8e-6b1c")
    assert len(sent) == 1


# ------------------------------------------------------------------ filters in the wrong shape


@pytest.mark.parametrize(
    ("where", "wrong", "said"),
    [
        (
            "mentions",
            {"type": "sentiment", "value": "positive"},
            "filters[0][0]: not the documented shape of a sentiment filter"
            " (its fields: type, values; build it with filters.sentiment())",
        ),
        (
            "mentions",
            {"type": "sentiment", "values": ["thrilled"]},
            "filters[0][0]: not the documented shape of a sentiment filter"
            " (its fields: type, values; build it with filters.sentiment())",
        ),
        (
            "profiles",
            {"type": "follower_count", "operator": {"greater_than": 5}},
            "filters[0][0]: not the documented shape of a follower_count filter"
            " (its fields: type, operator; build it with filters.follower_count())",
        ),
    ],
)
def test_a_plain_dict_filter_in_the_wrong_shape_is_refused_before_sending(
    recorder: Recorder, where: str, wrong: dict[str, Any], said: str
) -> None:
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=httpx.MockTransport(recorder))
    search = client.mentions.list if where == "mentions" else client.audience_profiles.list
    with pytest.raises(InvalidArgumentError) as caught:
        search(filters=[[wrong]])
    assert (str(caught.value), recorder.requests) == (said, [])


# ------------------------------------------------------------------ signatures tools can read


def _resources(root: Any, seen: set[int]) -> Iterator[Any]:
    """Every resource reachable from a client (``client.datasets.runs``...)."""
    for name, member in inspect.getmembers(type(root)):
        if name.startswith("_") or not isinstance(member, cached_property):
            continue
        value = getattr(root, name)
        if hasattr(value, "_path") and id(value) not in seen:
            seen.add(id(value))
            yield value
            yield from _resources(value, seen)


CLIENTS = [Buzzabout, AsyncBuzzabout, AudienceLab, AsyncAudienceLab, Leadpipe, AsyncLeadpipe]


@pytest.mark.parametrize("client_class", CLIENTS, ids=lambda c: c.__name__)
def test_every_public_method_has_resolvable_type_hints(client_class: Any) -> None:
    client = client_class(api_key=BUZZABOUT_KEY, transport=httpx.MockTransport(Recorder()))
    methods = [getattr(client_class, name) for name in ("__init__", "wait", "with_options")]
    for resource in _resources(client, set()):
        methods += [
            member
            for name, member in inspect.getmembers(type(resource), inspect.isfunction)
            if not name.startswith("_")
        ]
    unresolved = {}
    for method in methods:
        try:
            typing.get_type_hints(method)
        except NameError as exc:
            unresolved[method.__qualname__] = str(exc)
    assert len(methods) >= 4
    assert unresolved == {}


# ------------------------------------------------------------------ progress once terminal


def test_every_run_kind_says_its_progress_once_it_ended() -> None:
    bz, lp = _on_fake()
    dataset = bz.datasets.create(name="progress")
    searched = bz.wait(bz.datasets.runs.create(dataset.id, search_query="cold brew",
                                               sources=["reddit"], count=20))  # fmt: skip
    detection = bz.wait(bz.pattern_detections.create(dataset_id=SOURCE_DATASET, name="themes",
                                                     research_question="What recurs?"))  # fmt: skip
    intent = lp.wait(lp.intent_audiences.runs.create(INTENT_AUDIENCE))
    ended = [searched, detection, intent]
    assert [r.status for r in ended] == [RunStatus.COMPLETED] * 3
    assert [r.progress and r.progress.fraction for r in ended] == [1.0, 1.0, 1.0]
    failing = bz.datasets.runs.create(FAILING_DATASET, search_query="x", sources=["reddit"])
    with pytest.raises(RunFailedError) as failed:
        bz.wait(failing)
    with pytest.raises(RunFailedError) as failed_intent:
        lp.wait(lp.intent_audiences.runs.create(FAILING_INTENT_AUDIENCE))
    for run in (failed.value.run, failed_intent.value.run):
        assert (run.status, run.progress and run.progress.fraction) == (RunStatus.FAILED, 1.0)


# ------------------------------------------------------------------ ids the results guarantee


def test_a_completed_detection_leads_to_its_pattern_and_a_running_one_says_to_wait() -> None:
    bz, _ = _on_fake()
    running = bz.pattern_detections.create(
        dataset_id=SOURCE_DATASET, name="themes", research_question="What recurs?"
    )
    with pytest.raises(InvalidArgumentError) as caught:
        bz.patterns.get(running)
    assert str(caught.value) == (
        f"pattern_id: pattern detection {running.id} is queued and names no pattern yet:"
        " wait() for it first"
    )
    done = bz.wait(running)
    assert done.pattern_id is not None
    assert bz.patterns.get(done) == bz.patterns.get(done.pattern_id)
    item = bz.patterns.get(done).items[0]
    assert bz.patterns.items.get(done, item.item_id).item_id == item.item_id


def test_every_run_a_call_returns_names_its_owner() -> None:
    bz, lp = _on_fake()
    audience = bz.audience_datasets.create(name="owners")
    runs = [
        bz.audience_datasets.runs.create(audience.id, source_dataset_id=SOURCE_DATASET),
        bz.datasets.runs.create(SOURCE_DATASET, search_query="x", sources=["reddit"]),
        lp.intent_audiences.runs.create(INTENT_AUDIENCE),
    ]
    owners = [run.audience_dataset_id for run in bz.audience_datasets.runs.list(audience.id)]
    owners += [run.dataset_id for run in bz.datasets.runs.list(SOURCE_DATASET)][:1]
    owners += [run.audience_id for run in lp.intent_audiences.runs.list(INTENT_AUDIENCE)][:1]
    assert owners == [audience.id, SOURCE_DATASET, INTENT_AUDIENCE]
    assert [type(r).__name__ for r in runs] == [
        "AudienceDatasetRun",
        "DatasetRun",
        "IntentAudienceRun",
    ]
