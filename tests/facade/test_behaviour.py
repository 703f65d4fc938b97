"""Errors, retries, idempotency, pagination, waiting and safety, through the public API."""

from __future__ import annotations

import asyncio
import pickle
from typing import Any

import audiences
import httpx
import pytest
from audiences import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncBuzzabout,
    AuthenticationError,
    BadRequestError,
    Buzzabout,
    ConflictError,
    InsufficientCreditsError,
    InvalidArgumentError,
    Leadpipe,
    MissingAPIKeyError,
    NotFoundError,
    RateLimitError,
    RunFailedError,
    ServerError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from audiences.testing import (
    BUZZABOUT_KEY,
    FAILING_DATASET,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    Fault,
    ManualClock,
)

from tests.helpers import Recorder

KEY = "bz_test_secret_key_123"
AD = {
    "status": "success",
    "data": {"id": "ad_1", "name": "n", "created_at": "2026-05-01T12:00:00Z"},
}


def bz(recorder: Recorder, clock: ManualClock, **kwargs: Any) -> Buzzabout:
    return Buzzabout(api_key=KEY, transport=httpx.MockTransport(recorder), clock=clock, **kwargs)


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "body", "cls", "code", "transient"),
    [
        (
            400,
            {
                "status": "client_error",
                "error_code": "source_dataset_has_no_completed_run",
                "detail": "no run",
                "transient": False,
            },
            BadRequestError,
            "source_dataset_has_no_completed_run",
            False,
        ),
        (
            401,
            {
                "status": "client_error",
                "error_code": "unauthorized",
                "detail": "bad key",
                "transient": False,
            },
            AuthenticationError,
            "unauthorized",
            False,
        ),
        (
            402,
            {
                "status": "info",
                "error_code": "insufficient_credits_pattern_detection",
                "detail": "string",
                "transient": True,
            },
            InsufficientCreditsError,
            "insufficient_credits_pattern_detection",
            True,
        ),
        (
            404,
            {
                "status": "client_error",
                "error_code": "audience_dataset_not_found",
                "detail": "Audience dataset not found",
                "transient": False,
            },
            NotFoundError,
            "audience_dataset_not_found",
            False,
        ),
        (
            409,
            {
                "status": "client_error",
                "error_code": "audience_dataset_run_already_in_flight",
                "detail": "busy",
                "transient": False,
            },
            ConflictError,
            "audience_dataset_run_already_in_flight",
            False,
        ),
        (
            422,
            {"detail": [{"loc": ["body", "name"], "msg": "too short", "type": "string_too_short"}]},
            UnprocessableEntityError,
            "validation_error",
            False,
        ),
        (
            422,
            {
                "status": "client_error",
                "error_code": "invalid_cursor",
                "detail": "Invalid cursor",
                "transient": False,
            },
            UnprocessableEntityError,
            "invalid_cursor",
            False,
        ),
        (
            400,
            {"error": {"code": "VALIDATION_ERROR", "message": "Invalid request body"}},
            BadRequestError,
            "VALIDATION_ERROR",
            False,
        ),
        (
            403,
            {"error": {"code": "SLOTS_FULL", "message": "slots"}, "meta": {"request_id": "req_9"}},
            audiences.PermissionDeniedError,
            "SLOTS_FULL",
            False,
        ),
        (502, b"<html><body>Bad Gateway</body></html>", ServerError, None, True),
        (500, b"", ServerError, None, True),
        (404, b'{"status": "client_err', NotFoundError, None, False),
        (418, {"message": "teapot"}, APIStatusError, None, False),
    ],
)
def test_every_error_shape_maps_to_the_tree(
    recorder: Recorder,
    clock: ManualClock,
    status: int,
    body: Any,
    cls: type[APIStatusError],
    code: str | None,
    transient: bool,
) -> None:
    recorder.on("POST", "/v1/audience_datasets", (status, body))
    with pytest.raises(cls) as caught:
        bz(recorder, clock, max_retries=0).audience_datasets.create(name="x")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.code == code
    assert error.transient is transient
    assert error.provider == "buzzabout"
    assert error.message
    assert KEY not in str(error)


def test_422_field_errors_and_request_id(recorder: Recorder, clock: ManualClock) -> None:
    body = {"detail": [{"loc": ["body", "name"], "msg": "too short", "type": "string_too_short"}]}
    recorder.on(
        "POST",
        "/v1/audience_datasets",
        lambda r: httpx.Response(422, json=body, headers={"x-request-id": "req_42"}),
    )
    with pytest.raises(UnprocessableEntityError) as caught:
        bz(recorder, clock).audience_datasets.create(name="x")
    assert caught.value.errors[0].loc == ("body", "name")
    assert caught.value.request_id == "req_42"
    assert "body.name: too short" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        b"<html>ok</html>",
        b"",
        b'{"status": "success", "data": {"na',
        b'{"status": "success"}',
        b'{"status": "success", "data": {"id": 5, "created_at": "soon"}}',
    ],
)
def test_unreadable_success_bodies_raise_response_validation_error(
    recorder: Recorder, clock: ManualClock, body: bytes
) -> None:
    recorder.on("GET", "/v1/audience_datasets/ad_1", (200, body))
    with pytest.raises(APIResponseValidationError) as caught:
        bz(recorder, clock).audience_datasets.get("ad_1")
    assert caught.value.status_code == 200


def test_errors_pickle(recorder: Recorder, clock: ManualClock) -> None:
    recorder.on(
        "GET",
        "/v1/audience_datasets/ad_1",
        (404, {"error_code": "audience_dataset_not_found", "detail": "gone"}),
    )
    with pytest.raises(NotFoundError) as caught:
        bz(recorder, clock).audience_datasets.get("ad_1")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (type(copy), copy.status_code, copy.code, str(copy)) == (
        NotFoundError,
        404,
        "audience_dataset_not_found",
        str(caught.value),
    )
    assert KEY.encode() not in pickle.dumps(caught.value)


# ---------------------------------------------------------------- retries


def test_get_retries_5xx_then_succeeds(recorder: Recorder, clock: ManualClock) -> None:
    recorder.on("GET", "/v1/audience_datasets/ad_1", (503, b"busy"), (502, b""), (200, AD))
    assert bz(recorder, clock).audience_datasets.get("ad_1").id == "ad_1"
    assert len(recorder.requests) == 3
    assert 0.5 <= clock.monotonic() <= 0.5 * 1 + 1.0 * 1 + 0.01  # two backoffs with jitter


def test_post_without_key_is_not_retried_on_5xx(recorder: Recorder, clock: ManualClock) -> None:
    recorder.on(
        "POST",
        "/v1/audience_datasets",
        (500, {"error_code": "internal_server_error", "detail": "x", "transient": True}),
        (201, AD),
    )
    with pytest.raises(ServerError):
        bz(recorder, clock).audience_datasets.create(name="x")
    assert len(recorder.requests) == 1


def test_429_is_retried_for_any_method_and_honours_retry_after(
    recorder: Recorder, clock: ManualClock
) -> None:
    recorder.on(
        "POST",
        "/v1/audience_datasets",
        lambda r: httpx.Response(
            429,
            json={"error_code": "too_many_requests", "detail": "slow", "transient": True},
            headers={"retry-after": "7"},
        ),
        (201, AD),
    )
    assert bz(recorder, clock).audience_datasets.create(name="x").id == "ad_1"
    assert len(recorder.requests) == 2
    assert clock.monotonic() == 7.0


def test_retry_after_as_http_date(recorder: Recorder, clock: ManualClock) -> None:
    import email.utils

    when = email.utils.formatdate(clock.time() + 12, usegmt=True)
    recorder.on(
        "GET",
        "/v1/audience_datasets/ad_1",
        lambda r: httpx.Response(429, headers={"retry-after": when}),
        (200, AD),
    )
    bz(recorder, clock).audience_datasets.get("ad_1")
    assert 11 <= clock.monotonic() <= 12


def test_retry_after_beyond_the_cap_raises_rate_limit_error(
    recorder: Recorder, clock: ManualClock
) -> None:
    recorder.on(
        "GET",
        "/v1/audience_datasets/ad_1",
        lambda r: httpx.Response(429, headers={"retry-after": "3600"}),
    )
    with pytest.raises(RateLimitError) as caught:
        bz(recorder, clock).audience_datasets.get("ad_1")
    assert caught.value.retry_after == 3600
    assert len(recorder.requests) == 1


def test_max_retries_bounds_attempts(recorder: Recorder, clock: ManualClock) -> None:
    recorder.on("GET", "/v1/audience_datasets/ad_1", (503, b""))
    with pytest.raises(ServerError):
        bz(recorder, clock, max_retries=4).audience_datasets.get("ad_1")
    assert len(recorder.requests) == 5


def test_connection_refused_is_retried_even_for_post(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    fake.inject("create_audience_dataset", Fault.drop(after=False))
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    client.audience_datasets.create(name="once")
    assert [e.operation for e in fake.ledger] == ["create_audience_dataset"]


def test_a_dropped_post_after_processing_is_not_repeated(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    fake.inject("create_audience_dataset", Fault.drop(after=True))
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    with pytest.raises(APIConnectionError):
        client.audience_datasets.create(name="once")
    assert len(fake.ledger) == 1  # created once, never twice


def test_leadpipe_create_retries_with_one_idempotency_key(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    fake.inject("create_intent_audience_run", Fault.timeout(after=True))
    fake.inject("create_intent_audience_run", Fault.http(502))
    client = Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=clock)
    run = client.intent_audiences.runs.create(INTENT_AUDIENCE)
    assert [e.resource_id for e in fake.ledger] == [run.id]
    assert fake.requests.count(("create_intent_audience_run", "POST")) == 3


def test_caller_idempotency_key_returns_the_same_run(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    client = Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=clock)
    first = client.intent_audiences.runs.create(INTENT_AUDIENCE, idempotency_key="job-7")
    again = client.intent_audiences.runs.create(INTENT_AUDIENCE, idempotency_key="job-7")
    assert first.id == again.id
    assert len(fake.ledger) == 1


# ---------------------------------------------------------------- pagination


def test_list_walks_every_page_lazily(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    names = [f"ds {i:02d}" for i in range(25)]
    for name in names:
        client.audience_datasets.create(name=name)
    before = len(fake.requests)
    pager = client.audience_datasets.list(limit=10, order="asc")
    assert len(fake.requests) == before  # nothing fetched yet
    assert [d.name for d in pager] == names
    assert len(fake.requests) == before + 3
    pages = list(client.audience_datasets.list(limit=10).iter_pages())
    assert [len(p.items) for p in pages] == [10, 10, 5]
    assert [p.has_next for p in pages] == [True, True, False]


def test_async_list_with_async_for(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)

    async def main() -> list[str]:
        async with AsyncBuzzabout(
            api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock
        ) as client:
            for i in range(12):
                await client.audience_datasets.create(name=f"n{i}")
            return [d.id async for d in client.audience_datasets.list(limit=5)]

    assert len(asyncio.run(main())) == 12


# ---------------------------------------------------------------- waiting


def test_wait_polls_with_growing_intervals_and_reports_progress(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    ds = client.audience_datasets.create(name="w")
    run = client.audience_datasets.runs.create(ds.id, source_dataset_id=SOURCE_DATASET)
    seen: list[float] = []
    done = client.wait(
        run, on_progress=lambda r: seen.append(r.progress.fraction if r.progress else -1)
    )
    assert done.status is audiences.RunStatus.COMPLETED
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert clock.monotonic() < 40 + 15


def test_wait_raises_run_failed_with_the_failed_step(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    ds = client.audience_datasets.create(name="f")
    run = client.audience_datasets.runs.create(ds.id, source_dataset_id=FAILING_DATASET)
    with pytest.raises(RunFailedError) as caught:
        client.wait(run)
    assert (
        caught.value.run.error_message
        == "collect_profiles: Source platform refused profile collection"
    )


def test_wait_timeout_carries_the_last_run(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    ds = client.audience_datasets.create(name="t")
    run = client.audience_datasets.runs.create(ds.id, source_dataset_id=SOURCE_DATASET)
    with pytest.raises(WaitTimeoutError) as caught:
        client.wait(run, timeout=12)
    assert caught.value.run.status is audiences.RunStatus.RUNNING
    assert 12 <= clock.monotonic() <= 12 + 15


def test_wait_survives_transient_errors_between_polls(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    client = Buzzabout(
        api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock, max_retries=0
    )
    ds = client.audience_datasets.create(name="t")
    run = client.audience_datasets.runs.create(ds.id, source_dataset_id=SOURCE_DATASET)
    fake.inject("get_audience_dataset_run", Fault.http(503), times=3)
    fake.inject("get_audience_dataset_run", Fault.drop())
    assert client.wait(run).status is audiences.RunStatus.COMPLETED


def test_leadpipe_wait_finds_the_run_in_the_list(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    client = Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=clock)
    run = client.intent_audiences.runs.create(INTENT_AUDIENCE)
    assert client.wait(run).status is audiences.RunStatus.COMPLETED


# ---------------------------------------------------------------- safety and configuration


def test_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BUZZABOUT_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="BUZZABOUT_API_KEY"):
        Buzzabout()


def test_key_and_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    monkeypatch.setenv("BUZZABOUT_API_KEY", "bz_env_key_1")
    monkeypatch.setenv("BUZZABOUT_BASE_URL", "https://staging.example")
    recorder.on("GET", "/v1/audience_datasets/a", (200, AD))
    client = Buzzabout(transport=httpx.MockTransport(recorder))
    client.audience_datasets.get("a")
    assert str(recorder.requests[0].url) == "https://staging.example/v1/audience_datasets/a"
    assert recorder.requests[0].headers["x-api-key"] == "bz_env_key_1"


@pytest.mark.parametrize(
    "url",
    ["http://api.buzzabout.ai", "ftp://x", "not a url", "https://user:pw@h.io", "https://h.io?x=1"],
)
def test_unsafe_base_urls_are_refused(url: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        Buzzabout(api_key=KEY, base_url=url)
    assert caught.value.field == "base_url"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"])
def test_loopback_http_is_allowed(url: str) -> None:
    Buzzabout(api_key=KEY, base_url=url).close()


def test_key_never_in_repr(recorder: Recorder, clock: ManualClock) -> None:
    client = bz(recorder, clock)
    assert KEY not in repr(client)
    assert KEY not in repr(client._config)


@pytest.mark.parametrize("bad", ["a/b", "..", ".", "", "x?y=1", "a b", "%2e%2e", "é/../x"])
def test_ids_are_single_path_segments(recorder: Recorder, clock: ManualClock, bad: str) -> None:
    recorder.on("GET", "/v1/audience_datasets/x", (200, AD))
    client = bz(recorder, clock)
    try:
        client.audience_datasets.get(bad)
    except InvalidArgumentError as exc:
        assert exc.field == "audience_dataset_id"
        assert not recorder.requests
        return
    except APIStatusError:
        pass
    assert recorder.requests
    for request in recorder.requests:
        path = request.url.raw_path.decode()
        assert path.startswith("/v1/audience_datasets/")
        assert path.count("/") == 3  # still exactly one id segment
        assert not request.url.query


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.audience_datasets.create(name=""), "name"),
        (lambda c: c.audience_datasets.create(name="x" * 256), "name"),
        (
            lambda c: c.audience_datasets.runs.create(
                "ad_1", source_dataset_id="ds", total_profile_count=0
            ),
            "total_profile_count",
        ),
        (
            lambda c: c.audience_datasets.runs.create(
                "ad_1", source_dataset_id="ds", total_profile_count=2001
            ),
            "total_profile_count",
        ),
        (lambda c: c.audience_datasets.list(limit=101), "limit"),
        (lambda c: c.audience_datasets.list(order="up"), "order"),
        (
            lambda c: c.custom_parameters.preview(
                instructions="i", value_type="string", post_refs=[]
            ),
            "post_refs",
        ),
        (
            lambda c: c.custom_parameters.preview(
                instructions="i", value_type="string", post_refs=[("a", "reddit")] * 6
            ),
            "post_refs",
        ),
        (lambda c: c.pattern_detections.get(""), "run_id"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    recorder: Recorder, clock: ManualClock, call: Any, field: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        call(bz(recorder, clock))
    assert caught.value.field == field
    assert not recorder.requests


def test_idempotency_key_length_is_checked(clock: ManualClock) -> None:
    client = Leadpipe(api_key=LEADPIPE_KEY, transport=FakeAPIs(clock).transport(), clock=clock)
    with pytest.raises(InvalidArgumentError, match="idempotency_key"):
        client.intent_audiences.runs.create(INTENT_AUDIENCE, idempotency_key="k" * 121)


def test_array_filters_must_be_lists() -> None:
    client = audiences.AudienceLab(
        api_key="al_test_key_1", transport=httpx.MockTransport(lambda r: httpx.Response(500))
    )
    with pytest.raises(InvalidArgumentError) as caught:
        client.audiences.create(name="n", filters={"city": "New York"})  # type: ignore[typeddict-item]
    assert caught.value.field == "filters.city"


def test_public_surface_is_exactly_all() -> None:
    # Names that are not identifiers are pytest's: it rewrites the asserts of a distribution
    # that registers a pytest11 plugin, as this one does, and adds @py_builtins, @pytest_ar.
    public = {n for n in dir(audiences) if n.isidentifier() and not n.startswith("_")} - {
        "testing",
        "types",
        "filters",
    }
    assert public == set(audiences.__all__) - {"__version__"}
    assert audiences.__all__ == sorted(audiences.__all__, key=lambda n: (n.startswith("_"), n))


def test_cancelling_an_async_wait_leaves_nothing_running() -> None:
    from audiences.testing import ScaledClock

    fake = FakeAPIs(ScaledClock(speed=10.0))

    async def main() -> int:
        async with AsyncBuzzabout(
            api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=fake.clock
        ) as client:
            ds = await client.audience_datasets.create(name="c")
            run = await client.audience_datasets.runs.create(
                ds.id, source_dataset_id=SOURCE_DATASET
            )
            task = asyncio.create_task(client.wait(run))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            polls = len(fake.requests)
            await asyncio.sleep(0.3)
            return len(fake.requests) - polls

    assert asyncio.run(main()) == 0
    assert len(fake.ledger) == 2  # the dataset and the one run: cancelling created nothing


def test_wait_refuses_another_vendors_run_before_any_request(
    recorder: Recorder, clock: ManualClock
) -> None:
    run = audiences.IntentAudienceRun(id="r", status=audiences.RunStatus.QUEUED, audience_id="a")
    with pytest.raises(InvalidArgumentError) as caught:
        bz(recorder, clock).wait(run)
    assert caught.value.field == "run"
    orphan = audiences.AudienceDatasetRun(id="adr_1", status=audiences.RunStatus.QUEUED)
    with pytest.raises(InvalidArgumentError) as caught:
        bz(recorder, clock).wait(orphan)
    assert caught.value.field == "run.audience_dataset_id"
    assert not recorder.requests
