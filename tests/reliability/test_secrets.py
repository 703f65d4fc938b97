"""Secrets: the API key stays out of logs, reprs, errors and pickles, and off other hosts."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest
from audiences import APIError, AudiencesError, Buzzabout, Leadpipe
from audiences.testing import (
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    FakeAPIs,
    Fault,
    ManualClock,
)

from tests.helpers import where_the_key_is

KEY = "bz_live_do_not_leak_me_0123456789"


def test_the_watch_catches_a_leak() -> None:
    """The suite-wide watch in conftest is real: a record holding a key would fail it."""
    from tests.helpers import KEYS_SEEN, leaks

    Buzzabout(api_key=KEY).close()
    assert KEY in KEYS_SEEN
    record = logging.LogRecord("x", logging.DEBUG, __file__, 1, "header %s", (KEY,), None)
    assert leaks([record])
    assert not leaks([logging.LogRecord("x", logging.DEBUG, __file__, 1, "fine", (), None)])


def test_logs_at_debug_carry_no_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clock = ManualClock()
    fake = FakeAPIs(clock)
    fake.add_account(KEY, "buzzabout")
    fake.inject("list_audience_datasets", Fault.http(503))
    with Buzzabout(api_key=KEY, transport=fake.transport(), clock=clock) as client:
        list(client.audience_datasets.list())
    assert any(r.name == "audiences" for r in caplog.records)  # the facade did log
    assert KEY not in caplog.text


@pytest.mark.parametrize(
    "fault",
    [
        Fault.http(404),
        Fault.http(429),
        Fault.http(500),
        Fault.drop(after=True),
        Fault.timeout(),
        Fault.raw(200, b"<html>"),
    ],
)
def test_errors_reprs_and_pickles_carry_no_key(fault: Fault) -> None:
    clock = ManualClock()
    fake = FakeAPIs(clock)
    fake.add_account(KEY, "buzzabout")
    for _ in range(3):
        fake.inject("create_audience_dataset", fault)
    with Buzzabout(api_key=KEY, transport=fake.transport(), clock=clock) as client:
        assert KEY not in repr(client)
        with pytest.raises(AudiencesError) as caught:
            client.audience_datasets.create(name="x")
    error = caught.value
    assert isinstance(error, APIError)
    for text in (str(error), repr(error), repr(error.__dict__), repr(getattr(error, "body", None))):
        assert KEY not in text
    assert KEY.encode() not in pickle.dumps(error)
    assert where_the_key_is(error, KEY) == []  # nor in its __cause__ or __context__ chain


def test_the_watch_walks_an_exceptions_cause_and_context() -> None:
    from tests.helpers import leaks

    inner = httpx.ReadError("cut", request=httpx.Request("GET", "https://x", headers={"k": KEY}))
    try:
        try:
            raise inner
        except httpx.ReadError:
            raise RuntimeError("closed") from None
    except RuntimeError as outer:
        caught = outer
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), None)
    record.exc_info = (type(caught), caught, None)
    assert leaks([record], {KEY}) != []  # the key sits in __context__'s request headers
    assert where_the_key_is(caught, KEY) != []


def test_redirects_are_not_followed_and_never_carry_the_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"location": "https://evil.example/steal"})

    client = Buzzabout(api_key=KEY, transport=httpx.MockTransport(handler), max_retries=0)
    with client, pytest.raises(APIError):
        client.audience_datasets.get("ad_1")
    assert [r.url.host for r in seen] == ["api.buzzabout.ai"]


def test_the_key_goes_only_to_the_clients_own_origin() -> None:
    """Even a request built for another host through the same pool gets no key."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": []})

    client = Leadpipe(api_key=LEADPIPE_KEY, transport=httpx.MockTransport(handler))
    client._http.get("https://elsewhere.example/v1/x")
    list(client.intent_audiences.runs.list(INTENT_AUDIENCE))
    assert "x-api-key" not in seen[0].headers
    assert seen[1].headers["x-api-key"] == LEADPIPE_KEY


def test_http_is_refused_except_loopback() -> None:
    from audiences import InvalidArgumentError

    for url in ("http://api.buzzabout.ai", "http://10.0.0.1", "http://127.0.0.1.evil.example"):
        with pytest.raises(InvalidArgumentError):
            Buzzabout(api_key=BUZZABOUT_KEY, base_url=url)
    Buzzabout(api_key=BUZZABOUT_KEY, base_url="http://127.0.0.2:1").close()
