"""What openai-python and stripe-python users reach for, sync and async, through the public API:
raw responses, per-client options, serializable models, honest logs, resumable pages,
precise types, results that say what was sent, waiting on your terms, mistakes named."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from audiences import (
    AsyncBuzzabout,
    AsyncPager,
    AudienceDatasetRun,
    Buzzabout,
    ClientClosedError,
    ConflictError,
    IntentAudienceRun,
    InvalidArgumentError,
    Page,
    RunStatus,
    ServerError,
    SyncPager,
)
from audiences.testing import BUZZABOUT_KEY, SOURCE_DATASET, FakeAPIs, ManualClock

from tests.data import ASYNC, AUDIENCE_DATASET_RUN_DONE_MODEL, CASES, KEYS, SYNC, Case
from tests.helpers import ROOT, Recorder

UTC = dt.UTC
MODES = ["sync", "async"]


class RawView:
    """A client seen through ``with_raw_response`` at its resources: ``view.x.y(...)`` is
    ``client.x.with_raw_response.y(...)``, so every case of tests/data.py runs raw."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name).with_raw_response


def run(mode: str, vendor: str, transport: Any, call: Any, **options: Any) -> Any:
    """``call(client)`` with a client of ``vendor`` in ``mode``, awaited as needed."""
    options = {"api_key": KEYS[vendor], "transport": transport, "clock": ManualClock(), **options}
    if mode == "sync":
        with SYNC[vendor](**options) as client:
            return call(client)

    async def main() -> Any:
        async with ASYNC[vendor](**options) as client:
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


async def _drain(pager: AsyncPager[Any]) -> list[Any]:
    return [item async for item in pager]


def items(mode: str, value: Any) -> Any:
    if isinstance(value, SyncPager):
        return list(value)
    if isinstance(value, AsyncPager):
        return asyncio.run(_drain(value))
    return value


# ------------------------------------------------------------------ 1. raw responses


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_operation_has_a_raw_response(case: Case, mode: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        content = case.body if isinstance(case.body, bytes) else json.dumps(case.body).encode()
        content = b"" if case.body is None else content
        headers = {"x-request-id": "req_raw_1", "x-vendor-extra": "kept"}
        return httpx.Response(case.status, content=content, headers=headers)

    raw = run(mode, case.vendor, httpx.MockTransport(answer), lambda c: case.call(RawView(c)))
    assert (raw.status_code, raw.request_id, raw.headers["x-vendor-extra"]) == (
        case.status,
        "req_raw_1",
        "kept",
    )
    assert isinstance(raw.elapsed, dt.timedelta)
    assert items(mode, raw.parse()) == case.expected


def test_a_raw_leadpipe_answer_finds_its_request_id_in_meta(recorder: Recorder) -> None:
    body = {"data": [], "meta": {"request_id": "lp_req_9", "timestamp": "2026-05-05"}}
    recorder.on("GET", "/v1/intent/audiences/a1/runs", (200, body))
    raw = run(
        "sync",
        "lp",
        httpx.MockTransport(recorder),
        lambda c: c.intent_audiences.runs.with_raw_response.list("a1"),
    )
    assert (raw.request_id, list(raw.parse())) == ("lp_req_9", [])


# ------------------------------------------------------------------ 2. options per client copy


def test_with_options_makes_a_configured_copy_sharing_the_pool(recorder: Recorder) -> None:
    recorder.on("GET", "/v1/audience_datasets/ad_1", (503, None))
    client = Buzzabout(
        api_key=KEYS["bz"], transport=httpx.MockTransport(recorder), clock=ManualClock()
    )
    copy = client.with_options(timeout=5, max_retries=0, extra_headers={"X-Trace": "t1"})
    assert copy._http is client._http  # one connection pool for both
    with pytest.raises(ServerError):
        copy.audience_datasets.get("ad_1")
    (request,) = recorder.requests  # max_retries=0 on the copy: one attempt
    assert request.headers["X-Trace"] == "t1"
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    with pytest.raises(ServerError):
        client.audience_datasets.get("ad_1")  # the original keeps 2 retries and no header
    assert [r.headers.get("X-Trace") for r in recorder.requests] == ["t1", None, None, None]
    client.close()
    with pytest.raises(ClientClosedError):  # closing one closes the pool both use
        copy.audience_datasets.get("ad_1")


def test_with_options_on_an_async_client(recorder: Recorder) -> None:
    recorder.on("GET", "/v1/audience_datasets/ad_1", (503, None))

    async def main() -> None:
        async with AsyncBuzzabout(
            api_key=KEYS["bz"], transport=httpx.MockTransport(recorder), clock=ManualClock()
        ) as client:
            copy = client.with_options(max_retries=1, extra_headers={"X-Trace": "t2"})
            assert isinstance(copy, AsyncBuzzabout)
            with pytest.raises(ServerError):
                await copy.audience_datasets.get("ad_1")

    asyncio.run(main())
    assert [r.headers.get("X-Trace") for r in recorder.requests] == ["t2", "t2"]


def test_default_headers_go_with_every_request_but_never_replace_the_key(
    recorder: Recorder,
) -> None:
    recorder.on("GET", "/v1/audience_datasets/ad_1", (404, None))
    client = Buzzabout(
        api_key=KEYS["bz"],
        transport=httpx.MockTransport(recorder),
        default_headers={"X-Team": "growth"},
    )
    with pytest.raises(Exception):  # noqa: B017, PT011 - the 404 is not what is checked
        client.audience_datasets.get("ad_1")
    assert recorder.requests[0].headers["X-Team"] == "growth"
    with pytest.raises(InvalidArgumentError) as caught:
        client.with_options(extra_headers={"x-api-key": "other"})
    assert caught.value.field == "extra_headers"


# ------------------------------------------------------------------ 3. serializable models


def test_models_serialize_to_plain_json() -> None:
    run_ = AUDIENCE_DATASET_RUN_DONE_MODEL
    assert run_.to_dict() == {
        "id": "adr_01H...",
        "status": "completed",
        "raw_status": "completed",
        "created_at": "2026-05-01T12:00:30Z",
        "updated_at": "2026-05-01T12:20:10Z",
        "started_at": None,
        "completed_at": "2024-05-01T12:20:10Z",
        "steps": [
            {"name": "fetch_posts", "completed_at": "2024-05-01T12:01:30Z", "error_message": None},
            {
                "name": "collect_profiles",
                "completed_at": "2024-05-01T12:10:10Z",
                "error_message": None,
            },
            {
                "name": "analyze_profiles",
                "completed_at": "2024-05-01T12:20:10Z",
                "error_message": None,
            },
        ],
        "progress": {"done": 3, "errors": 0, "total": 3},
        "error_message": None,
        "audience_dataset_id": "ad_01H...",
        "source_dataset_id": "ds_01H...",
        "target_profile_count": 850,
        "profile_count": 850,
    }
    assert json.loads(run_.to_json()) == run_.to_dict()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_result_serializes_and_hashes(case: Case) -> None:
    results = case.expected if isinstance(case.expected, list) else [case.expected]
    for result in results:
        # Leadpipe's result rows and filter catalogue stay JSON; a download gives its size.
        if result is None or isinstance(result, dict | int):
            continue
        assert json.loads(result.to_json()) == result.to_dict()
        assert {result: 1}[result] == 1  # frozen and hashable
        assert len(repr(result)) < 600, repr(result)


def test_reprs_are_short_and_leave_out_what_is_unset() -> None:
    run_ = AudienceDatasetRun(id="adr_1", status=RunStatus.QUEUED, audience_dataset_id="ad_1")
    assert (
        repr(run_) == "AudienceDatasetRun(id='adr_1', status='queued', audience_dataset_id='ad_1')"
    )


# ------------------------------------------------------------------ 4. honest logs


def test_retries_are_logged_at_info_and_requests_at_debug(
    recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="audiences")
    busy = httpx.Response(503, headers={"retry-after": "2", "x-request-id": "req_busy"})
    recorder.on("GET", "/v1/audience_datasets/ad_1", lambda _: busy, (404, None))
    client = Buzzabout(
        api_key=KEYS["bz"], transport=httpx.MockTransport(recorder), clock=ManualClock()
    )
    with pytest.raises(Exception):  # noqa: B017, PT011 - the 404 ends it; the logs are checked
        client.audience_datasets.get("ad_1")
    info = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.INFO and r.name == "audiences"
    ]
    assert info == [
        "retrying buzzabout GET /v1/audience_datasets/ad_1 after 503 (retry 1 of 2, in 2.00 s)"
    ]
    debug = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.DEBUG and r.name == "audiences"
    ]
    assert debug[0].startswith("buzzabout GET /v1/audience_datasets/ad_1 -> 503 in ")
    assert debug[0].endswith("(request req_busy)")


# ------------------------------------------------------------------ 5. resumable pages


@pytest.mark.parametrize("mode", MODES)
def test_a_saved_cursor_resumes_a_list(mode: str) -> None:
    fake = FakeAPIs(ManualClock())
    names = [f"ds {n}" for n in range(5)]

    def call(client: Any) -> Any:
        async def main() -> tuple[str, list[str], str]:
            for name in names:
                await client.audience_datasets.create(name=name)
            pager = client.audience_datasets.list(limit=2, order="asc")
            pages = pager.iter_pages()
            first = await anext(pages)
            await pages.aclose()
            rest = client.audience_datasets.list(limit=2, order="asc", cursor=first.next_cursor)
            return repr(rest), [d.name async for d in rest], first.next_cursor

        if isinstance(client, AsyncBuzzabout):
            return main()
        for name in names:
            client.audience_datasets.create(name=name)
        first = next(client.audience_datasets.list(limit=2, order="asc").iter_pages())
        rest = client.audience_datasets.list(limit=2, order="asc", cursor=first.next_cursor)
        return repr(rest), [d.name for d in rest], first.next_cursor

    shown, rest, cursor = run(mode, "bz", fake.transport(), call, api_key=BUZZABOUT_KEY)
    assert rest == names[2:]
    pager = "SyncPager" if mode == "sync" else "AsyncPager"
    assert shown == f"<{pager} of buzzabout GET /v1/audience_datasets, from cursor {cursor[:40]!r}>"


def test_a_page_says_where_to_resume() -> None:
    page = Page(items=(1, 2), next_cursor="c2")
    assert (page.has_next, repr(page)) == (True, "Page(items=<2 items>, next_cursor='c2')")


# ------------------------------------------------------------------ 6. precise types


def _mypy(tmp_path: Path, code: str) -> str:
    source = tmp_path / "service.py"
    source.write_text(code)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    return done.stdout


def test_a_type_checker_refuses_undocumented_words(tmp_path: Path) -> None:
    out = _mypy(
        tmp_path,
        "from audiences import Buzzabout, AudienceLab\n"
        "bz = Buzzabout(api_key='k')\n"
        "bz.audience_datasets.list(order='newest')\n"
        "bz.custom_parameters.create(name='n', instructions='i', value_type='number')\n"
        "AudienceLab(api_key='k').audiences.create(name='n', filters={'city': 'NYC'})\n",
    )
    assert (
        'Argument "order" to "list" of "AudienceDatasets" has incompatible type "Literal[\'newest\']"'
        in out
    )
    assert 'Argument "value_type" to "create" of "CustomParameters"' in out
    assert 'has type "str", TypedDict item "city" has type "list[str]"' in out


def test_documented_words_and_shapes_type_check(tmp_path: Path) -> None:
    out = _mypy(
        tmp_path,
        "from audiences import Buzzabout, AudienceLab, Clock, PostRef, AudienceDataset\n"
        "from audiences.types import Order\n"
        "def newest(bz: Buzzabout, order: Order = 'desc') -> list[AudienceDataset]:\n"
        "    return list(bz.audience_datasets.list(order=order, limit=10))\n"
        "bz = Buzzabout(api_key='k')\n"
        "bz.custom_parameters.preview(instructions='i', value_type='string',\n"
        "    post_refs=[PostRef('t3_1', 'reddit'), ('7396', 'tiktok')])\n"
        "AudienceLab(api_key='k').audiences.create(name='n', filters={'city': ['NYC'], 'age': {'minAge': 25}})\n"
        "def clock(c: Clock) -> float:\n"
        "    return c.monotonic()\n",
    )
    assert "Success: no issues found" in out, out


# ------------------------------------------------------------------ 7. results say what was sent


def test_a_new_run_shows_what_was_sent_when_the_answer_omits_it(recorder: Recorder) -> None:
    bare = {
        "status": "success",
        "data": {"id": "adr_1", "status": {"type": "pending", "steps": []}},
    }
    recorder.on("POST", "/v1/audience_datasets/ad_1/runs", (202, bare))
    client = Buzzabout(api_key=KEYS["bz"], transport=httpx.MockTransport(recorder))
    created = client.audience_datasets.runs.create("ad_1", source_dataset_id="ds_1")
    assert (
        created.audience_dataset_id,
        created.source_dataset_id,
        created.target_profile_count,
    ) == (
        "ad_1",
        "ds_1",
        850,  # the documented default of total_profile_count
    )


def test_an_errors_repr_names_class_status_code_and_message() -> None:
    fake = FakeAPIs(ManualClock())
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=fake.clock)
    ad = client.audience_datasets.create(name="busy").id
    client.audience_datasets.runs.create(ad, source_dataset_id=SOURCE_DATASET)
    with pytest.raises(ConflictError) as caught:
        client.audience_datasets.runs.create(ad, source_dataset_id=SOURCE_DATASET)
    assert repr(caught.value).startswith(
        "ConflictError(status=409, code='audience_dataset_run_already_in_flight', message='"
    )


# ------------------------------------------------------------------ 8. waiting on your terms


def _poll_times(poll_interval: float | None) -> list[float]:
    clock = ManualClock()
    polls: list[float] = []
    working = {
        "status": "success",
        "data": {"id": "adr_1", "audience_dataset_id": "ad_1", "status": "working"},
    }
    done = {"status": "success", "data": {**working["data"], "status": "completed"}}  # type: ignore[dict-item]

    def answer(request: httpx.Request) -> httpx.Response:
        polls.append(clock.monotonic())
        return httpx.Response(200, json=done if len(polls) == 5 else working)

    client = Buzzabout(api_key=KEYS["bz"], transport=httpx.MockTransport(answer), clock=clock)
    start = AudienceDatasetRun(id="adr_1", status=RunStatus.QUEUED, audience_dataset_id="ad_1")
    client.wait(start, poll_interval=poll_interval)
    return polls


def test_poll_interval_fixes_the_interval() -> None:
    assert _poll_times(5.0) == [5.0, 10.0, 15.0, 20.0, 25.0]


def test_the_default_schedule_grows_from_1_s_by_half() -> None:
    assert _poll_times(None) == pytest.approx([1.0, 2.5, 4.75, 8.125, 13.1875])


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_meaningless_poll_interval_is_refused(bad: Any) -> None:
    client = Buzzabout(api_key=KEYS["bz"], transport=httpx.MockTransport(Recorder()))
    start = AudienceDatasetRun(id="adr_1", status=RunStatus.QUEUED, audience_dataset_id="ad_1")
    with pytest.raises(InvalidArgumentError) as caught:
        client.wait(start, poll_interval=bad)
    assert caught.value.field == "poll_interval"


# ------------------------------------------------------------------ 9. mistakes in our words


@pytest.mark.parametrize(
    ("mode", "call", "message"),
    [
        (
            "sync",
            lambda c: c.audience_datasets.create("x"),
            "Buzzabout.audience_datasets.create() takes 1 positional argument but 2 were given",
        ),
        (
            "async",
            lambda c: c.audience_datasets.create("x"),
            "AsyncBuzzabout.audience_datasets.create() takes 1 positional argument but 2 were given",
        ),
        (
            "sync",
            lambda c: c.audience_datasets.runs.create("ad", "ds"),
            "Buzzabout.audience_datasets.runs.create() takes 2 positional arguments but 3 were given",
        ),
        (
            "sync",
            lambda c: c.audience_datasets.with_raw_response.get(),
            "Buzzabout.audience_datasets.get() missing 1 required positional argument: 'audience_dataset_id'",
        ),
        (
            "async",
            lambda c: c.audience_datasets.list(nme="x"),
            "AsyncBuzzabout.audience_datasets.list() got an unexpected keyword argument 'nme'",
        ),
    ],
)
def test_a_mistaken_call_names_the_public_method(mode: str, call: Any, message: str) -> None:
    with pytest.raises(TypeError) as caught:
        run(mode, "bz", httpx.MockTransport(Recorder()), call)
    assert str(caught.value) == message


@pytest.mark.parametrize("mode", MODES)
def test_waiting_on_another_vendors_run_is_a_clear_error(mode: str) -> None:
    run_ = IntentAudienceRun(id="r1", status=RunStatus.QUEUED, audience_id="a1")
    with pytest.raises(InvalidArgumentError) as caught:
        run(mode, "bz", httpx.MockTransport(Recorder()), lambda c: c.wait(run_))
    client = "Buzzabout" if mode == "sync" else "AsyncBuzzabout"
    assert str(caught.value) == (
        f"run: {client} cannot wait on IntentAudienceRun: wait with the client of the vendor that made it"
    )
