"""What a careless caller or a hostile environment configures: every mistake is refused at
construction with an error that names it, and loopback stays on the machine."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from audiences import AsyncBuzzabout, Buzzabout, InvalidArgumentError, Leadpipe
from audiences.testing import BUZZABOUT_KEY, SOURCE_DATASET, FakeAPIs, ManualClock

from tests.helpers import RawServer


@pytest.fixture
def served() -> Iterator[tuple[FakeAPIs, str]]:
    fake = FakeAPIs()
    server = fake.serve()
    try:
        yield fake, server.base_url
    finally:
        server.stop()


@pytest.fixture
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


# ------------------------------------------------------------------ proxies


def _record(seen: list[bytes]) -> Any:
    def answer(conn: Any) -> None:
        seen.append(b"a request")  # the proxy got a connection, with whatever it carried
        conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")

    return answer


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_base_urls_bypass_the_proxy_variables(
    served: tuple[FakeAPIs, str], no_proxy_variables: pytest.MonkeyPatch, host: str
) -> None:
    fake, base_url = served
    seen: list[bytes] = []
    with RawServer(_record(seen)) as proxy:
        for name in ("HTTP_PROXY", "ALL_PROXY"):
            no_proxy_variables.setenv(name, proxy.base_url)
        url = base_url.replace("127.0.0.1", host)
        with Buzzabout(api_key=BUZZABOUT_KEY, base_url=url, max_retries=0) as client:
            made = client.audience_datasets.create(name="stays on this machine")
    assert (made.name, seen) == ("stays on this machine", [])
    assert fake.requests == [("create_audience_dataset", "POST")]


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("HTTPS_PROXY", "::::", "HTTPS_PROXY: not a proxy URL"),
        ("ALL_PROXY", "socks5://127.0.0.1:1080", "ALL_PROXY: socks5:// proxies need"),
    ],
)
def test_an_unusable_proxy_variable_is_refused_naming_it(
    no_proxy_variables: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    no_proxy_variables.setenv(variable, value)
    for client in (Buzzabout, AsyncBuzzabout):
        with pytest.raises(InvalidArgumentError) as caught:
            client(api_key=BUZZABOUT_KEY)
        assert (caught.value.field, str(caught.value)[: len(said)]) == (variable, said)


def test_a_proxy_variable_for_another_scheme_is_not_read(
    no_proxy_variables: pytest.MonkeyPatch,
) -> None:
    no_proxy_variables.setenv("HTTP_PROXY", "::::")  # https:// hosts never go through it
    Buzzabout(api_key=BUZZABOUT_KEY).close()


# ------------------------------------------------------------------ base URLs


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://127.0.0.1:9/#", "must not carry credentials, a query or a fragment"),
        ("http://127.0.0.1:9/?", "must not carry credentials, a query or a fragment"),
        ("http://127.0.0.1:9/?x=1", "must not carry credentials, a query or a fragment"),
        ("http://@127.0.0.1:9", "must not carry credentials, a query or a fragment"),
        ("http://user:pw@127.0.0.1:9", "must not carry credentials, a query or a fragment"),
        ("https://api.buzzabout.ai/v1", "leave out the /v1"),
        ("https://api.buzzabout.ai/v1/", "leave out the /v1"),
    ],
)
def test_a_base_url_that_would_send_calls_elsewhere_is_refused(url: str, said: str) -> None:
    for client in (Buzzabout, Leadpipe):
        with pytest.raises(InvalidArgumentError) as caught:
            client(api_key=BUZZABOUT_KEY, base_url=url)
        assert (caught.value.field, said in str(caught.value)) == ("base_url", True)


def test_a_fragment_in_the_base_url_never_reaches_the_root() -> None:
    """What the refusal prevents: ``/#`` made every call a ``GET /`` carrying the key."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.raw_path.decode()}")
        return httpx.Response(404)

    try:
        client = Buzzabout(
            api_key=BUZZABOUT_KEY,
            base_url="http://127.0.0.1:9/#",
            transport=httpx.MockTransport(handler),
            max_retries=0,
        )
    except InvalidArgumentError:
        return
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever it is, it must not go to /
        client.audience_datasets.delete("ad_1")
    assert seen == ["DELETE /v1/audience_datasets/ad_1"]


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_base_url_variable_is_an_error_not_production(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("BUZZABOUT_BASE_URL", value)
    with pytest.raises(InvalidArgumentError) as caught:
        Buzzabout(api_key=BUZZABOUT_KEY)
    assert caught.value.field == "base_url"
    assert "BUZZABOUT_BASE_URL is set but empty" in str(caught.value)


# ------------------------------------------------------------------ headers


@pytest.mark.parametrize(
    ("headers", "said"),
    [
        ({"X-Trace": "café"}, "'X-Trace': the value must be printable ASCII"),
        ({"X Trace": "1"}, "'X Trace' is not a header name"),
        ({"X-Trace:": "1"}, "'X-Trace:' is not a header name"),
        ({"": "1"}, "'' is not a header name"),
        ({"X-Trace": " padded"}, "'X-Trace': the value must not start or end with spaces"),
    ],
)
def test_headers_that_cannot_be_sent_are_refused_at_construction(
    headers: dict[str, str], said: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        Buzzabout(api_key=BUZZABOUT_KEY, default_headers=headers)
    assert str(caught.value) == f"default_headers: {said}"
    client = Buzzabout(api_key=BUZZABOUT_KEY)
    with pytest.raises(InvalidArgumentError) as caught:
        client.with_options(extra_headers=headers)
    assert str(caught.value) == f"extra_headers: {said}"


# ------------------------------------------------------------------ absurd numbers


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"timeout": 1e20}, "timeout"),
        ({"timeout": httpx.Timeout(1e20)}, "timeout"),
        ({"max_retries": 2000}, "max_retries"),
        ({"max_retries": 10**30}, "max_retries"),
    ],
)
def test_absurd_client_numbers_are_refused(options: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        Buzzabout(api_key=BUZZABOUT_KEY, **options)
    assert caught.value.field == field
    client = Buzzabout(api_key=BUZZABOUT_KEY)
    with pytest.raises(InvalidArgumentError) as caught:
        client.with_options(**options)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"timeout": 1e300}, "timeout"),
        ({"timeout": 1e300, "poll_interval": 1e300}, "timeout"),
        ({"poll_interval": 1e300}, "poll_interval"),
        ({"timeout": math.inf}, "timeout"),
    ],
)
def test_absurd_wait_numbers_are_refused(options: dict[str, Any], field: str) -> None:
    clock = ManualClock()
    fake = FakeAPIs(clock)
    client = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    made = client.audience_datasets.create(name="waited on")
    run = client.audience_datasets.runs.create(made.id, source_dataset_id=SOURCE_DATASET)
    sent = len(fake.requests)
    with pytest.raises(InvalidArgumentError) as caught:
        client.wait(run, **options)
    assert (caught.value.field, len(fake.requests)) == (field, sent)
