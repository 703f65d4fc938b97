"""A hostile server and a careless caller, row by row: typed errors, bounded time and memory,
and no key anywhere an error can reach (issue 11's table, each row through the public API)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import httpx
import pytest
from audiences import (
    APIResponseValidationError,
    AudienceDatasetRun,
    AudiencesError,
    BadRequestError,
    Buzzabout,
    IntentAudienceRun,
    InvalidArgumentError,
    Leadpipe,
    RunStatus,
    WaitTimeoutError,
)
from audiences.testing import (
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    Fault,
    ManualClock,
)

from tests.data import AUDIENCE_DATASET, AUDIENCE_DATASET_RUN_DONE
from tests.helpers import Recorder

UTC = dt.UTC
KEY = "bz_test_hostile_0123456789"
NESTED = b"[" * 10_000 + b"]" * 10_000  # 20 KB, nested 10,000 deep
RUN_PATH = "/v1/audience_datasets/ad_1/runs/adr_1"
WORKING = {
    **AUDIENCE_DATASET_RUN_DONE,
    "id": "adr_1",
    "audience_dataset_id": "ad_1",
    "status": {"type": "working", "steps": []},
}
RUN = AudienceDatasetRun(id="adr_1", status=RunStatus.RUNNING, audience_dataset_id="ad_1")


def bz(recorder: Recorder, clock: ManualClock | None = None, **options: Any) -> Buzzabout:
    transport = httpx.MockTransport(recorder)
    return Buzzabout(api_key=KEY, transport=transport, clock=clock or ManualClock(), **options)


def on_fake(clock: ManualClock | None = None) -> tuple[FakeAPIs, Buzzabout, Leadpipe]:
    fake = FakeAPIs(clock or ManualClock())
    options: dict[str, Any] = {"transport": fake.transport(), "clock": fake.clock}
    return (
        fake,
        Buzzabout(api_key=BUZZABOUT_KEY, **options),
        Leadpipe(api_key=LEADPIPE_KEY, **options),
    )


# ------------------------------------------------------------------ unreadable bodies


@pytest.mark.parametrize("status", [200, 400])
def test_deeply_nested_json_is_a_typed_error(recorder: Recorder, status: int) -> None:
    recorder.on("GET", RUN_PATH, (status, NESTED))
    expected = APIResponseValidationError if status == 200 else BadRequestError
    with pytest.raises(expected) as caught:
        bz(recorder, max_retries=0).audience_datasets.runs.get("ad_1", "adr_1")
    if status == 400:  # the status error, with the body left raw
        assert caught.value.body == NESTED[:200].decode()


def test_deeply_nested_json_in_a_poll_ends_the_wait_with_a_typed_error(
    recorder: Recorder,
) -> None:
    recorder.on("GET", RUN_PATH, (200, NESTED))
    with pytest.raises(APIResponseValidationError):
        bz(recorder).wait(RUN, timeout=60)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("profile_count", "850", "data.profile_count: expected an integer, got string"),
        ("source_dataset_id", {"x": 1}, "data.source_dataset_id: expected a string, got object"),
        (
            "target_profile_count",
            True,
            "data.target_profile_count: expected an integer, got boolean",
        ),
        ("id", "x" * 70_000, "data.id: expected an id of at most 2048 characters, got 70000"),
    ],
)
def test_wrong_types_on_the_wire_are_typed_errors(
    recorder: Recorder, field: str, value: Any, message: str
) -> None:
    recorder.on("GET", RUN_PATH, (200, {"status": "success", "data": {**WORKING, field: value}}))
    with pytest.raises(APIResponseValidationError) as caught:
        bz(recorder).audience_datasets.runs.get("ad_1", "adr_1")
    assert message in str(caught.value)


def test_a_leadpipe_status_that_is_an_object_is_a_typed_error() -> None:
    fake, _, lp = on_fake()

    def status_object(body: Any) -> Any:
        body["data"]["status"] = {"type": "queued"}
        return body

    fake.inject("create_intent_audience_run", Fault.change(status_object))
    with pytest.raises(APIResponseValidationError) as caught:
        lp.intent_audiences.runs.create(INTENT_AUDIENCE)
    assert "data.status: expected a string, got object" in str(caught.value)


def test_one_bad_timestamp_in_a_list_loses_only_that_field(recorder: Recorder) -> None:
    items = [
        {**AUDIENCE_DATASET, "id": "ad_1", "created_at": None},
        {**AUDIENCE_DATASET, "id": "ad_2", "created_at": 1714564890},  # epoch where ISO is usual
        {**AUDIENCE_DATASET, "id": "ad_3", "created_at": "not a time"},
        {**AUDIENCE_DATASET, "id": "ad_4"},
    ]
    body = {"status": "success", "data": items, "has_next": False, "cursor": None}
    recorder.on("GET", "/v1/audience_datasets", (200, body))
    listed = list(bz(recorder).audience_datasets.list())
    assert [(d.id, d.created_at) for d in listed] == [
        ("ad_1", None),
        ("ad_2", dt.datetime(2024, 5, 1, 12, 1, 30, tzinfo=UTC)),
        ("ad_3", None),
        ("ad_4", dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),
    ]


# ------------------------------------------------------------------ pages that never end


def _pages(empty: bool) -> Any:
    count = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        data = [] if empty else [{**AUDIENCE_DATASET, "id": f"ad_{count}"}]
        cursor = f"c{count}"
        return httpx.Response(
            200, json={"status": "success", "data": data, "has_next": True, "cursor": cursor}
        )

    return answer


def test_endless_empty_pages_end_in_a_typed_error(recorder: Recorder) -> None:
    recorder.on("GET", "/v1/audience_datasets", _pages(empty=True))
    with pytest.raises(APIResponseValidationError) as caught:
        list(bz(recorder).audience_datasets.list())
    assert "10 empty pages in a row still promise more" in str(caught.value)
    assert len(recorder.requests) == 10


def test_paging_holds_constant_memory(recorder: Recorder) -> None:
    """Walking 8,000 pages leaves what walking 2,000 does: nothing grows per page."""
    import gc
    import tracemalloc

    recorder.on("GET", "/v1/audience_datasets", _pages(empty=False))
    client = bz(recorder)
    logging.disable(logging.CRITICAL)  # the suite keeps every log record: not the client's memory

    def walk(pages: int) -> None:
        for walked, _ in enumerate(client.audience_datasets.list(), start=1):
            recorder.requests.clear()  # the recorder's memory is not the client's
            if walked == pages:
                return

    walk(500)  # warm caches (regexes, URL parsing) before measuring
    left = []
    for pages in (2_000, 8_000):
        gc.collect()
        tracemalloc.start()
        walk(pages)
        gc.collect()
        left.append(tracemalloc.get_traced_memory()[0])
        tracemalloc.stop()
    logging.disable(logging.NOTSET)
    # Four times the pages: a leak of even 50 bytes a page would add 300 KB.
    assert left[1] - left[0] < 300_000, left


def _peak_while_walking(pages: int, asynchronous: bool) -> int:
    """Peak memory (bytes over the start) while walking ``pages`` pages of 100 big items."""
    import asyncio
    import gc
    import json
    import tracemalloc

    from audiences import AsyncBuzzabout

    item = dict(AUDIENCE_DATASET, name="n" * 2000)  # about 2 KB an item, 200 KB a page
    bodies = [
        json.dumps(
            {"data": [item] * 100, "has_next": at + 1 < pages, "cursor": f"c{at + 1}"}
        ).encode()
        for at in range(pages)
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        at = int(request.url.params.get("cursor", "c0")[1:])
        return httpx.Response(200, content=bodies[at], headers={"content-type": "application/json"})

    transport = httpx.MockTransport(answer)
    logging.disable(logging.CRITICAL)  # the suite keeps every log record: not the client's memory
    gc.collect()
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    if asynchronous:

        async def walk() -> int:
            async with AsyncBuzzabout(api_key=KEY, transport=transport) as client:
                return sum([1 async for _ in client.audience_datasets.list()])

        walked = asyncio.run(walk())
    else:
        with Buzzabout(api_key=KEY, transport=transport) as client:
            walked = sum(1 for _ in client.audience_datasets.list())
    peak = tracemalloc.get_traced_memory()[1] - start
    tracemalloc.stop()
    logging.disable(logging.NOTSET)
    assert walked == 100 * pages
    return peak


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_paging_holds_one_page_at_a_time(asynchronous: bool) -> None:
    """Ten pages peak where one does: a page is let go before the next one is fetched."""
    _peak_while_walking(2, asynchronous)  # warm caches before measuring
    one, ten = (_peak_while_walking(n, asynchronous) for n in (1, 10))
    # A page's items hold about 230 KB; holding two pages would add that to the peak.
    assert ten - one < 60_000, (one, ten)


@pytest.mark.parametrize(
    ("cursor", "message"),
    [
        ("c" * 70_000, "body.cursor: expected a cursor of at most 4096 characters, got 70000"),
        ({"after": "ad_1"}, "body.cursor: expected a string, got object"),
    ],
)
def test_an_unusable_cursor_is_a_typed_error(recorder: Recorder, cursor: Any, message: str) -> None:
    body = {"status": "success", "data": [AUDIENCE_DATASET], "has_next": True, "cursor": cursor}
    recorder.on("GET", "/v1/audience_datasets", (200, body))
    with pytest.raises(APIResponseValidationError) as caught:
        list(bz(recorder).audience_datasets.list())
    assert message in str(caught.value)


# ------------------------------------------------------------------ deadlines


def test_wait_ends_by_its_deadline_while_every_poll_is_told_to_wait_60_s(
    recorder: Recorder,
) -> None:
    clock = ManualClock()
    limited = httpx.Response(
        429,
        headers={"retry-after": "60"},
        json={
            "status": "client_error",
            "error_code": "too_many_requests",
            "detail": "slow down",
            "transient": True,
        },
    )
    recorder.on("GET", RUN_PATH, lambda _: limited)
    started = clock.monotonic()
    with pytest.raises(WaitTimeoutError):
        bz(recorder, clock).wait(RUN, timeout=10)
    assert clock.monotonic() - started <= 10.0


@pytest.mark.parametrize("timeout", [float("nan"), -1, "10", True])
def test_a_meaningless_wait_timeout_is_refused_before_any_request(
    recorder: Recorder, timeout: Any
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        bz(recorder).wait(RUN, timeout=timeout)
    assert (caught.value.field, recorder.requests) == ("timeout", [])


# ------------------------------------------------------------------ ids


def test_a_huge_id_from_the_caller_is_refused_before_sending(recorder: Recorder) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        bz(recorder).audience_datasets.get("a" * 100_000)
    assert (caught.value.field, recorder.requests) == ("audience_dataset_id", [])
    assert "at most 2048 characters" in str(caught.value)


@pytest.mark.parametrize(
    ("operation", "field"),
    [
        ("create_audience_dataset_run", "audience_dataset_id"),
        ("create_intent_audience_run", "audienceId"),
    ],
)
def test_a_create_answer_without_its_owner_still_leads_to_a_wait(
    operation: str, field: str
) -> None:
    fake, buzz, lead = on_fake()

    def drop_owner(body: Any) -> Any:
        del body["data"][field]
        return body

    fake.inject(operation, Fault.change(drop_owner))
    if operation == "create_audience_dataset_run":
        ad = buzz.audience_datasets.create(name="owner").id
        run: Any = buzz.audience_datasets.runs.create(ad, source_dataset_id=SOURCE_DATASET)
        assert run.audience_dataset_id == ad
        assert buzz.wait(run).status is RunStatus.COMPLETED
    else:
        run = lead.intent_audiences.runs.create(INTENT_AUDIENCE)
        assert run.audience_id == INTENT_AUDIENCE
        assert lead.wait(run).status is RunStatus.COMPLETED


@pytest.mark.parametrize(
    ("field", "value"), [("id", "adr_someone_else"), ("audience_dataset_id", "ad_other")]
)
def test_a_run_that_changes_identity_mid_wait_is_a_typed_error(field: str, value: str) -> None:
    fake, buzz, _ = on_fake()
    ad = buzz.audience_datasets.create(name="identity").id
    run = buzz.audience_datasets.runs.create(ad, source_dataset_id=SOURCE_DATASET)

    def switch(body: Any) -> Any:
        body["data"][field] = value
        return body

    fake.inject("get_audience_dataset_run", Fault.change(switch))
    with pytest.raises(APIResponseValidationError) as caught:
        buzz.wait(run)
    assert f"polled run {run.id} of {ad}, got run" in str(caught.value)


def test_a_leadpipe_run_that_changes_identity_mid_wait_is_a_typed_error() -> None:
    fake, _, lead = on_fake()
    run = lead.intent_audiences.runs.create(INTENT_AUDIENCE)

    def switch(body: Any) -> Any:
        for item in body["data"]:
            item["audienceId"] = "another-audience"
        return body

    fake.inject("list_intent_audience_runs", Fault.change(switch))
    with pytest.raises(APIResponseValidationError):
        lead.wait(run)
    assert isinstance(run, IntentAudienceRun)


# ------------------------------------------------------------------ logs and callbacks


def test_values_in_logs_stay_on_one_line(caplog: pytest.LogCaptureFixture) -> None:
    """An id with a newline, and a server message with one, never start a log line."""
    caplog.set_level(logging.DEBUG, logger="audiences")
    fake, buzz, _ = on_fake()
    down = b'{"status": "server_error", "error_code": "x", "detail": "down\\nINFO forged"}'
    fake.inject("get_audience_dataset_run", Fault.raw(503, down, after=False), times=3)
    forged = AudienceDatasetRun(
        id="adr_1\nINFO forged", status=RunStatus.RUNNING, audience_dataset_id="ad_x\nINFO x"
    )
    with pytest.raises(AudiencesError):
        buzz.wait(forged, timeout=60)
    lines = [r.getMessage() for r in caplog.records if r.name == "audiences"]
    assert any("wait: poll of run adr_1\\nINFO forged failed" in line for line in lines)
    assert [line for line in lines if "\n" in line] == []


def test_a_callback_raising_stop_iteration_comes_out_as_raised() -> None:
    fake, buzz, _ = on_fake()
    ad = buzz.audience_datasets.create(name="cb").id
    run = buzz.audience_datasets.runs.create(ad, source_dataset_id=SOURCE_DATASET)

    def stop(_: Any) -> None:
        raise StopIteration("from the caller")

    with pytest.raises(StopIteration, match="from the caller"):
        buzz.wait(run, on_progress=stop)
    assert fake is not None
