"""Issue 20 through the public API, sync and async: Buzzabout's credits (account, usage
history, price table) and custom-parameter values on mentions, and AudienceLab's
audiences read back (list, members), on the fake and on hand-made answers; what each
Buzzabout error body the spec allows becomes; segment ids checked before sending.

The documents' own payloads run through tests/facade/test_operations.py (``CASES``).
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any, cast

import httpx
import pytest
from audiences import (
    APIResponseValidationError,
    APIStatusError,
    AsyncPager,
    AudienceLab,
    AudienceSummary,
    BadRequestError,
    Buzzabout,
    InsufficientCreditsError,
    InvalidArgumentError,
    NotFoundError,
    RunFailedError,
    SyncPager,
    UnprocessableEntityError,
    UsageRecord,
)
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    FAILING_DATASET,
    SOURCE_DATASET,
    FakeAPIs,
    ManualClock,
)

from tests.data import ASYNC, KEYS, SYNC
from tests.helpers import Recorder

MODES = ["sync", "async"]
Scenario = Callable[[Any], Awaitable[Any]]


async def on(value: Any) -> Any:
    """A call's result in either mode: a pager read to its end, an awaitable awaited."""
    if isinstance(value, AsyncPager):
        return [item async for item in value]
    if isinstance(value, SyncPager):
        return list(value)
    if inspect.isawaitable(value):
        return await value
    return value


def play(mode: str, vendor: str, scenario: Scenario, transport: Any, clock: Any = None) -> Any:
    """Run ``scenario(client)`` with a client of ``vendor`` in ``mode``."""
    key = {"bz": BUZZABOUT_KEY, "al": AUDIENCELAB_KEY}[vendor] if clock else KEYS[vendor]
    options = {"api_key": key, "transport": transport, "clock": clock or ManualClock()}

    async def main() -> Any:
        if mode == "sync":
            with SYNC[vendor](**options) as client:
                return await scenario(client)
        async with ASYNC[vendor](**options) as client:
            return await scenario(client)

    return asyncio.run(main())


def on_fake(mode: str, vendor: str, fake: FakeAPIs, scenario: Scenario) -> Any:
    return play(mode, vendor, scenario, fake.transport(), fake.clock)


async def ended(client: Any, run: Any) -> Any:
    """The run once ended (a failed run as its ``RunFailedError`` carries it)."""
    try:
        return await on(client.wait(run))
    except RunFailedError as failed:
        return failed.run


# ------------------------------------------------------------------ Buzzabout credits, on the fake


@pytest.mark.parametrize("mode", MODES)
def test_credits_go_down_as_runs_are_charged_and_ended_runs_give_back_what_they_did_not_use(
    mode: str,
) -> None:
    fake = FakeAPIs(ManualClock(), credits=5_000)

    async def scenario(bz: Any) -> Any:
        prices = await on(bz.credit_prices.get())
        fresh = await on(bz.account.get())
        ds = await on(bz.datasets.create(name="cold brew"))
        kept = await on(
            bz.datasets.runs.create(ds.id, search_query="brew", sources=["reddit"], count=40)
        )
        lost = await on(
            bz.datasets.runs.create(
                FAILING_DATASET, search_query="brew", sources=["reddit"], count=20
            )
        )
        ad = await on(bz.audience_datasets.create(name="creators"))
        refused = await on(
            bz.audience_datasets.runs.create(
                ad.id, source_dataset_id=FAILING_DATASET, total_profile_count=50
            )
        )
        running = await on(bz.account.get())
        for run in (kept, lost, refused):
            await ended(bz, run)
        done = await on(bz.account.get())
        history = await on(bz.account.usage_history(limit=2))
        return prices, fresh, running, done, history

    prices, fresh, running, done, history = on_fake(mode, "bz", fake, scenario)
    held = 40 * prices.mention + 20 * prices.mention + 50 * prices.audience_profile
    assert (fresh.credits_total, fresh.credits_used, fresh.credits_left) == (5000, 0, 5000)
    assert (running.credits_used, running.credits_left) == (held, 5000 - held)
    # The two runs on the failing dataset failed: everything they held came back.
    assert (done.credits_used, done.credits_left) == (
        40 * prices.mention,
        5000 - 40 * prices.mention,
    )
    assert [(r.id, r.category, r.quantity) for r in history] == [
        (1, "mention", 40 * prices.mention),
        (2, "mention", 20 * prices.mention),
        (3, "audience_profile", 50 * prices.audience_profile),
        (4, "mention", -20 * prices.mention),  # the failed dataset run (ends first)
        (5, "audience_profile", -50 * prices.audience_profile),  # the failed audience run
    ]
    assert all(isinstance(r, UsageRecord) and r.created_at is not None for r in history)
    assert sum(r.quantity or 0 for r in history) == done.credits_used


@pytest.mark.parametrize("mode", MODES)
def test_every_run_beyond_the_balance_is_refused_before_any_work(mode: str) -> None:
    fake = FakeAPIs(ManualClock(), credits=10)  # less than any of these runs costs

    async def scenario(bz: Any) -> Any:
        ad = await on(bz.audience_datasets.create(name="creators"))
        cp = await on(
            bz.custom_parameters.create(name="mood", instructions="The mood.", value_type="string")
        )
        starts: dict[str, Callable[[], Any]] = {
            "dataset run": lambda: bz.datasets.runs.create(
                SOURCE_DATASET, search_query="brew", sources=["reddit"], count=20
            ),
            "audience run": lambda: bz.audience_datasets.runs.create(
                ad.id, source_dataset_id=SOURCE_DATASET, total_profile_count=4
            ),
            "pattern detection": lambda: bz.pattern_detections.create(
                dataset_id=SOURCE_DATASET, name="themes", research_question="What recurs?"
            ),
            "custom parameter run": lambda: bz.custom_parameters.runs.create(
                cp.id, dataset_id=SOURCE_DATASET
            ),
        }
        refused = {}
        for name, start in starts.items():
            with pytest.raises(InsufficientCreditsError) as caught:
                await on(start())
            refused[name] = caught.value.code
        account = await on(bz.account.get())
        history = await on(bz.account.usage_history())
        return refused, account, history

    refused, account, history = on_fake(mode, "bz", fake, scenario)
    assert refused == {
        "dataset run": "insufficient_credits_dataset_run",
        "audience run": "insufficient_credits_audience_dataset_run",
        "pattern detection": "insufficient_credits_pattern_detection",
        "custom parameter run": "insufficient_credits_content_analysis",
    }
    assert (account.credits_used, account.credits_left, history) == (0, 10, [])
    made = {entry.operation for entry in fake.ledger}
    assert made == {"create_audience_dataset", "create_custom_parameter"}  # no run at all


# ------------------------------------------------------------------ custom-parameter values


@pytest.mark.parametrize("mode", MODES)
def test_a_completed_custom_parameter_run_gives_each_mention_its_value(mode: str) -> None:
    fake = FakeAPIs(ManualClock())

    async def scenario(bz: Any) -> Any:
        cp = await on(
            bz.custom_parameters.create(name="mood", instructions="The mood.", value_type="string")
        )
        listed = {"dataset_ids": [SOURCE_DATASET], "parameter_ids": [cp.id], "limit": 100}
        before = await on(bz.mentions.list(**listed))
        run = await on(
            bz.wait(await on(bz.custom_parameters.runs.create(cp.id, dataset_id=SOURCE_DATASET)))
        )
        after = await on(bz.mentions.list(**listed))
        again = await on(bz.mentions.list(**listed))
        plain = await on(bz.mentions.list(dataset_ids=[SOURCE_DATASET], limit=5))
        with pytest.raises(NotFoundError) as unknown:
            await on(bz.mentions.list(parameter_ids=["cp_missing"]))
        return cp.id, before, run, after, again, plain, unknown.value.code

    cp, before, run, after, again, plain, unknown = on_fake(mode, "bz", fake, scenario)
    assert {json.dumps(m.custom_parameters) for m in before} == {json.dumps({cp: None})}
    values = [m.custom_parameters[cp] for m in after]
    assert run.progress is not None
    assert (len(after), values.count(None)) == (run.progress.total, run.progress.errors)
    assert all(isinstance(v, str) for v in values if v is not None)
    assert [m.custom_parameters for m in again] == [m.custom_parameters for m in after]
    assert {json.dumps(m.custom_parameters) for m in plain} == {"{}"}  # none asked for
    assert unknown == "custom_parameter_not_found"


def test_parameter_ids_are_checked_before_sending(recorder: Recorder) -> None:
    bz = Buzzabout(api_key=KEYS["bz"], transport=httpx.MockTransport(recorder))
    for bad, field in (
        ("cp_1", "parameter_ids"),
        ([""], "parameter_ids[0]"),
        ([7], "parameter_ids[0]"),
    ):
        with pytest.raises(InvalidArgumentError) as caught:
            list(bz.mentions.list(parameter_ids=cast("Any", bad)))
        assert caught.value.field == field
    assert recorder.requests == []


# ------------------------------------------------------------------ AudienceLab audiences, on the fake


@pytest.mark.parametrize("mode", MODES)
def test_audiences_made_are_listed_and_their_members_read_page_by_page(mode: str) -> None:
    fake = FakeAPIs(ManualClock())

    async def scenario(al: Any) -> Any:
        nyc = await on(
            al.audiences.create(name="NYC", filters={"city": ["New York"]}, segment=["b2c_1253"])
        )
        anyone = await on(al.audiences.create(name="anyone", filters={}))
        listed = await on(al.audiences.list(page_size=1))
        raw = await on(al.audiences.with_raw_response.members(nyc.id, page_size=1000))
        small = await on(al.audiences.members(nyc.id, page_size=50))
        rest = await on(al.audiences.members(nyc.id, page_size=50, cursor="2"))
        others = await on(al.audiences.members(anyone.id))
        with pytest.raises(NotFoundError):
            await on(al.audiences.members("5b1f4a52-0000-0000-0000-000000000000"))
        return nyc, anyone, listed, raw, small, rest, others

    nyc, anyone, listed, raw, small, rest, others = on_fake(mode, "al", fake, scenario)
    assert [(a.id, a.name) for a in listed] == [(nyc.id, "NYC"), (anyone.id, "anyone")]
    assert all(isinstance(a, AudienceSummary) for a in listed)
    first = json.loads(raw.content)
    everyone = await_rows(raw.parse(), mode)
    assert len(everyone) == first["total_records"] == len(first["data"])
    assert small == everyone and rest == everyone[50:]  # the same rows, however paged
    assert {row["PERSONAL_CITY"] for row in everyone} == {"New York"}
    assert len({row["UUID"] for row in everyone}) == len(everyone)
    assert {row["UUID"] for row in others}.isdisjoint(row["UUID"] for row in everyone)


def await_rows(pager: Any, mode: str) -> list[Any]:
    """A pager's items (the raw call's ``parse()``), outside the client's loop."""
    if mode == "sync":
        return list(pager)
    return asyncio.run(on(pager))


# ------------------------------------------------------------------ AudienceLab paging, hand-made answers


def _numbered(
    rows: list[dict[str, Any]], total: str | None = "total_records", page_size: int = 2
) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        size = int(request.url.params.get("page_size", page_size))
        body: dict[str, Any] = {"data": rows[(number - 1) * size : number * size], "page": number}
        if total is not None:
            body[total] = len(rows)
        return httpx.Response(200, json=body)

    return answer


ROWS = [{"UUID": f"u{n}", "FIRST_NAME": f"N{n}"} for n in range(5)]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("total", ["total_records", "total", None])
def test_members_are_read_to_the_end_whichever_total_the_server_names(
    recorder: Recorder, mode: str, total: str | None
) -> None:
    recorder.on("GET", "/audiences/a1", _numbered(ROWS, total))

    async def scenario(al: Any) -> Any:
        return await on(al.audiences.members("a1", page_size=2))

    assert play(mode, "al", scenario, httpx.MockTransport(recorder)) == ROWS
    # Pages 1, 2 and the short page 3 end it, with or without a total.
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "3"]


def test_an_empty_page_ends_the_walk_when_pages_are_full(recorder: Recorder) -> None:
    recorder.on("GET", "/audiences/a1", _numbered(ROWS[:4], total=None))
    al = AudienceLab(api_key=KEYS["al"], transport=httpx.MockTransport(recorder))
    assert list(al.audiences.members("a1", page_size=2)) == ROWS[:4]
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "3"]


def test_the_totals_end_the_walk_without_an_empty_page(recorder: Recorder) -> None:
    recorder.on("GET", "/audiences/a1", _numbered(ROWS[:4], total="total"))
    pages = {"data": [], "total_pages": 1}
    recorder.on("GET", "/audiences", (200, {**pages, "data": [{"id": "a1", "name": "x"}]}))
    al = AudienceLab(api_key=KEYS["al"], transport=httpx.MockTransport(recorder))
    assert list(al.audiences.members("a1", page_size=2)) == ROWS[:4]
    assert [a.id for a in al.audiences.list()] == ["a1"]
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "1"]


def test_a_server_that_ignores_the_page_number_is_stopped(recorder: Recorder) -> None:
    recorder.on("GET", "/audiences/a1", (200, {"data": ROWS[:2]}))  # every page the same
    al = AudienceLab(api_key=KEYS["al"], transport=httpx.MockTransport(recorder))
    with pytest.raises(APIResponseValidationError, match="page 2 repeats the rows of page 1"):
        list(al.audiences.members("a1", page_size=2))
    assert len(recorder.requests) == 2


def test_members_in_the_metadata_shape_are_a_typed_error_saying_so(recorder: Recorder) -> None:
    metadata = {"id": "a1", "name": "My Test Audience", "scheduled_refresh": False}
    recorder.on("GET", "/audiences/a1", (200, metadata))
    al = AudienceLab(api_key=KEYS["al"], transport=httpx.MockTransport(recorder))
    with pytest.raises(APIResponseValidationError, match=r"metadata .* instead of member rows"):
        list(al.audiences.members("a1"))


def test_a_member_row_that_is_not_an_object_is_named(recorder: Recorder) -> None:
    recorder.on("GET", "/audiences/a1", (200, {"data": [{"UUID": "u1"}, "u2"]}))
    al = AudienceLab(api_key=KEYS["al"], transport=httpx.MockTransport(recorder))
    with pytest.raises(APIResponseValidationError, match=r"data\[1\]: expected an object"):
        list(al.audiences.members("a1"))


@pytest.mark.parametrize("cursor", ["0", "two", "-1", ""])
def test_a_cursor_is_a_page_number_checked_before_sending(recorder: Recorder, cursor: str) -> None:
    al = AudienceLab(api_key=KEYS["al"], transport=httpx.MockTransport(recorder))
    with pytest.raises(InvalidArgumentError) as caught:
        list(al.audiences.members("a1", cursor=cursor))
    assert (caught.value.field, recorder.requests) == ("cursor", [])


# ------------------------------------------------------------------ fidelity: segment ids


def test_a_bare_segment_number_is_refused_before_sending(recorder: Recorder) -> None:
    recorder.on("POST", "/audiences", (200, {"audienceId": "a1"}))
    al = AudienceLab(api_key=KEYS["al"], transport=httpx.MockTransport(recorder))
    with pytest.raises(InvalidArgumentError) as caught:
        al.audiences.create(name="n", filters={}, segment=["100073"])
    assert (caught.value.field, recorder.requests) == ("segment[0]", [])
    assert "100073" in caught.value.problem
    al.audiences.create(name="n", filters={}, segment=["b2c_1253", "b2b_7"])
    assert recorder.body()["segment"] == ["b2c_1253", "b2b_7"]


# ------------------------------------------------------------------ every Buzzabout error body


FIELD_ERRORS = {
    "message": "Invalid request data",
    "errors": {"body.cursor": "Invalid cursor value"},
}
ENVELOPE = {"status": "client_error", "error_code": "unprocessable_entity", "transient": False}
BODIES: list[tuple[int, dict[str, Any], type[APIStatusError], str, str, list[Any] | None]] = [
    (  # the public pages' 422: field errors in `detail`
        422,
        {**ENVELOPE, "detail": FIELD_ERRORS},
        UnprocessableEntityError,
        "unprocessable_entity",
        "Invalid request data: body.cursor: Invalid cursor value",
        [(("body", "cursor"), "Invalid cursor value")],
    ),
    (  # FastAPI's list, without the envelope
        422,
        {
            "detail": [
                {"loc": ["query", "limit"], "msg": "Input should be at most 100", "type": "x"}
            ]
        },
        UnprocessableEntityError,
        "validation_error",
        "query.limit: Input should be at most 100",
        [(("query", "limit"), "Input should be at most 100")],
    ),
    (  # the envelope with prose (the reference pages' 422 codes)
        422,
        {**ENVELOPE, "error_code": "invalid_cursor", "detail": "Invalid cursor"},
        UnprocessableEntityError,
        "invalid_cursor",
        "Invalid cursor",
        [],
    ),
    (  # field errors under another 4xx (the 4XX fallback takes both forms)
        400,
        {**ENVELOPE, "error_code": "bad_request", "detail": FIELD_ERRORS},
        BadRequestError,
        "bad_request",
        "Invalid request data: body.cursor: Invalid cursor value",
        None,
    ),
    (  # field errors without a message, under an undocumented 4xx
        418,
        {**ENVELOPE, "detail": {"errors": {"body.limit": "too big"}}},
        APIStatusError,
        "unprocessable_entity",
        "validation failed: body.limit: too big",
        None,
    ),
    (  # the envelope with prose, 402
        402,
        {**ENVELOPE, "error_code": "insufficient_credits", "detail": "Top up"},
        InsufficientCreditsError,
        "insufficient_credits",
        "Top up",
        None,
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "body", "kind", "code", "message", "errors"),
    BODIES,
    ids=[f"{b[0]}-{b[3]}-{type(b[1].get('detail')).__name__}" for b in BODIES],
)
def test_every_buzzabout_error_body_the_spec_allows_maps_to_its_typed_error(
    recorder: Recorder,
    mode: str,
    status: int,
    body: dict[str, Any],
    kind: type[APIStatusError],
    code: str,
    message: str,
    errors: list[Any] | None,
) -> None:
    recorder.on("GET", "/v1/me/usage_history", (status, body))

    async def scenario(bz: Any) -> Any:
        with pytest.raises(APIStatusError) as caught:
            await on(bz.account.usage_history(cursor="stale"))
        return caught.value

    error = play(mode, "bz", scenario, httpx.MockTransport(recorder))
    assert (type(error), error.status_code, error.code, error.message) == (
        kind,
        status,
        code,
        message,
    )
    if errors is not None:
        assert [(e.loc, e.msg) for e in error.errors] == errors
    assert error.body == body
