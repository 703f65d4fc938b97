"""What a server sends on a bad day: absurd numbers, echoed keys in headers, pages that lie
about what follows, bodies without their totals, a run past the newest 100, and failures
to connect that must say where and why."""

from __future__ import annotations

import logging
import pickle
import socket
from typing import Any

import httpx
import pytest
from audiences import (
    APIConnectionError,
    APIResponseValidationError,
    AudienceDatasetRun,
    Buzzabout,
    Leadpipe,
    NotFoundError,
    RateLimitError,
    RunStatus,
)
from audiences.testing import (
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    FakeAPIs,
    Fault,
    ManualClock,
)

from tests.data import AUDIENCE_DATASET, AUDIENCE_DATASET_RUN_DONE
from tests.helpers import RawServer, Recorder, where_the_key_is

KEY = "bz_test_bad_day_0123456789"
RUN_PATH = "/v1/audience_datasets/ad_1/runs/adr_1"
DONE = {**AUDIENCE_DATASET_RUN_DONE, "id": "adr_1", "audience_dataset_id": "ad_1"}
WORKING = {**DONE, "status": {"type": "working", "steps": []}}
FAR_FUTURE = "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"


def bz(recorder: Recorder, **options: Any) -> Buzzabout:
    return Buzzabout(
        api_key=KEY, transport=httpx.MockTransport(recorder), clock=ManualClock(), **options
    )


def _limited(retry_after: str) -> httpx.Response:
    body = {"status": "client_error", "error_code": "too_many_requests", "detail": "slow down"}
    return httpx.Response(429, headers={"retry-after": retry_after}, json=body)


# ------------------------------------------------------------------ absurd numbers


def test_a_retry_after_date_beyond_any_calendar_is_ignored_not_a_crash(
    recorder: Recorder,
) -> None:
    recorder.on("GET", RUN_PATH, lambda _: _limited(FAR_FUTURE), (200, {"data": DONE}))
    run = bz(recorder).audience_datasets.runs.get("ad_1", "adr_1")  # retried after a backoff
    assert (run.status, len(recorder.requests)) == (RunStatus.COMPLETED, 2)
    recorder.on("GET", RUN_PATH, lambda _: _limited(FAR_FUTURE))
    with pytest.raises(RateLimitError) as caught:
        bz(recorder, max_retries=0).audience_datasets.runs.get("ad_1", "adr_1")
    assert caught.value.retry_after is None


def test_a_retry_after_date_beyond_any_calendar_does_not_end_a_wait(recorder: Recorder) -> None:
    recorder.on(
        "GET",
        RUN_PATH,
        (200, {"data": WORKING}),
        lambda _: _limited(FAR_FUTURE),
        (200, {"data": DONE}),
    )
    running = AudienceDatasetRun(id="adr_1", status=RunStatus.RUNNING, audience_dataset_id="ad_1")
    assert bz(recorder).wait(running).status is RunStatus.COMPLETED


# ------------------------------------------------------------------ the key, echoed in headers


def test_a_key_echoed_in_a_header_is_redacted_everywhere(
    recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echoed = {"x-request-id": f"req-{KEY}", "x-echo": KEY}
    recorder.on(
        "GET",
        "/v1/audience_datasets/ad_1",
        lambda _: httpx.Response(404, headers=echoed, json={"detail": "Not found"}),
    )
    recorder.on(
        "GET",
        "/v1/audience_datasets/ad_2",
        lambda _: httpx.Response(200, headers=echoed, json={"data": AUDIENCE_DATASET}),
    )
    client = bz(recorder)
    with pytest.raises(NotFoundError) as caught:
        client.audience_datasets.get("ad_1")
    error = caught.value
    assert (error.request_id, where_the_key_is(error, KEY)) == ("req-[redacted]", [])
    assert KEY.encode() not in pickle.dumps(error)
    raw = client.audience_datasets.with_raw_response.get("ad_2")
    assert (raw.request_id, raw.headers["x-echo"]) == ("req-[redacted]", "[redacted]")
    assert KEY not in caplog.text


# ------------------------------------------------------------------ pages that lie


def _page(cursor: Any, has_next: bool, *ids: str) -> dict[str, Any]:
    data = [{**AUDIENCE_DATASET, "id": i} for i in ids]
    return {"status": "success", "data": data, "has_next": has_next, "cursor": cursor}


@pytest.mark.parametrize("cursor", [None, ""])
def test_a_page_promising_more_without_a_cursor_is_a_typed_error(
    recorder: Recorder, cursor: Any
) -> None:
    recorder.on(
        "GET",
        "/v1/audience_datasets",
        (200, _page("c2", True, "ad_1", "ad_2")),
        (200, _page(cursor, True, "ad_3")),
        (200, _page(None, False, "ad_4")),
    )
    seen: list[str] = []
    with pytest.raises(APIResponseValidationError) as caught:
        seen.extend(d.id for d in bz(recorder).audience_datasets.list())
    assert seen == ["ad_1", "ad_2"]  # nothing twice, nothing past the page that broke
    assert "page 2 (cursor 'c2'): buzzabout 200 GET /v1/audience_datasets" in str(caught.value)
    assert "has_next is true but no cursor leads to the next page" in str(caught.value)


def test_leadpipe_results_without_a_total_are_read_while_pages_are_full() -> None:
    clock = ManualClock()
    fake = FakeAPIs(clock)
    lp = Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=clock)
    run = lp.wait(lp.intent_audiences.runs.create(INTENT_AUDIENCE))
    every = [row["email"] for row in lp.intent_audiences.runs.results(INTENT_AUDIENCE, run.id)]

    def without_total(body: Any) -> Any:
        del body["data"]["total"]
        return body

    fake.inject("list_intent_audience_run_results", Fault.change(without_total), times=100)
    pager = lp.intent_audiences.runs.results(INTENT_AUDIENCE, run.id, limit=7)
    assert len(every) > 7
    assert [row["email"] for row in pager] == every


def test_leadpipe_wait_finds_a_run_older_than_the_newest_100() -> None:
    clock = ManualClock()
    fake = FakeAPIs(clock)
    lp = Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=clock)
    oldest = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
    for _ in range(100):
        clock.advance(1)
        lp.intent_audiences.runs.create(INTENT_AUDIENCE)
    listed = [run.id for run in lp.intent_audiences.runs.list(INTENT_AUDIENCE, limit=100)]
    assert oldest.id not in listed  # the list cannot show it
    done = lp.wait(oldest)
    assert (done.id, done.status, done.audience_id) == (
        oldest.id,
        RunStatus.COMPLETED,
        INTENT_AUDIENCE,
    )


# ------------------------------------------------------------------ failures to connect


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _connect_error(base_url: str) -> APIConnectionError:
    client = Buzzabout(api_key=KEY, base_url=base_url, max_retries=0, timeout=5)
    with client, pytest.raises(APIConnectionError) as caught:
        client.datasets.get("ds_x")
    assert where_the_key_is(caught.value, KEY) == []
    return caught.value


def test_a_refused_connection_names_host_port_and_cause() -> None:
    port = _free_port()
    error = _connect_error(f"http://127.0.0.1:{port}")
    assert str(error) == (
        f"buzzabout: ConnectError during GET /v1/datasets/ds_x"
        f" to 127.0.0.1:{port}: connection refused"
    )


def test_a_name_that_does_not_resolve_names_host_and_cause() -> None:
    try:
        socket.getaddrinfo("nonexistent.invalid", 443)
    except socket.gaierror as exc:
        cause = str(exc.strerror).lower()
    else:  # pragma: no cover - a resolver that answers for .invalid
        pytest.skip("this machine's resolver answers for .invalid")
    error = _connect_error("https://nonexistent.invalid")
    assert str(error) == (
        f"buzzabout: ConnectError during GET /v1/datasets/ds_x to nonexistent.invalid:443: {cause}"
    )


def test_https_to_a_plain_http_server_names_the_tls_failure() -> None:
    def plain(conn: Any) -> None:
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")

    with RawServer(plain) as server:
        port = server.base_url.rsplit(":", 1)[1]
        error = _connect_error(f"https://127.0.0.1:{port}")
    assert str(error) == (
        f"buzzabout: ConnectError during GET /v1/datasets/ds_x"
        f" to 127.0.0.1:{port}: TLS: wrong version number"
    )
