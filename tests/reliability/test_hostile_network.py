"""Hostile servers on a real socket, and keys that must stay out of every error.

Each loopback server here is bounded: it stops itself when its test ends.
"""

from __future__ import annotations

import asyncio
import threading
import time
import tracemalloc
import zlib
from typing import Any

import httpx
import pytest
from audiences import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncBuzzabout,
    AudiencesError,
    BadRequestError,
    Buzzabout,
    ClientClosedError,
    InvalidArgumentError,
)

from tests.helpers import RawServer, Recorder, where_the_key_is as key_reachable

KEY = "bz_test_secret_0123456789abcdef"
MB = 1024 * 1024
JSON_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"


def where_the_key_is(error: BaseException) -> list[str]:
    return key_reachable(error, KEY)


# ------------------------------------------------------------------ the key


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")],
)
def test_no_key_is_reachable_from_a_connection_error(failure: httpx.TransportError) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise type(failure)(str(failure), request=request)

    client = Buzzabout(api_key=KEY, transport=httpx.MockTransport(fail), max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.audience_datasets.runs.get("ad_1", "adr_1")
    assert where_the_key_is(caught.value) == []
    assert type(caught.value.__cause__) is type(failure)  # the cause is still told


def test_a_key_echoed_by_the_server_is_redacted(recorder: Recorder) -> None:
    echoed = {
        "status": "client_error",
        "error_code": "bad_key",
        "detail": f"key {KEY} is not valid for this request",
        "transient": False,
    }
    recorder.on("POST", "/v1/audience_datasets", (400, echoed))
    client = Buzzabout(api_key=KEY, transport=httpx.MockTransport(recorder))
    with pytest.raises(BadRequestError) as caught:
        client.audience_datasets.create(name="x")
    assert where_the_key_is(caught.value) == []
    assert caught.value.message == "key [redacted] is not valid for this request"


# ------------------------------------------------------------------ deadlines on a socket


def _trickle(conn: Any, server: RawServer) -> None:
    head = JSON_HEAD + b"content-length: 2\r\n\r\n{}"
    for byte in head:
        if server.stopped:
            return
        conn.sendall(bytes([byte]))
        time.sleep(0.25)


def test_a_trickling_server_cannot_stretch_the_timeout() -> None:
    """One byte every 0.25 s takes 18 s to answer; timeout=1 ends the request at 1 s."""
    holder: dict[str, RawServer] = {}
    with RawServer(lambda conn: _trickle(conn, holder["server"])) as server:
        holder["server"] = server
        client = Buzzabout(api_key=KEY, base_url=server.base_url, timeout=1.0, max_retries=0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.audience_datasets.get("ad_1")
        took = time.monotonic() - started
        client.close()
    assert took < 5.0, took  # a bound, not a benchmark: without the deadline it is 18 s


def test_a_trickling_server_cannot_stretch_the_timeout_async() -> None:
    holder: dict[str, RawServer] = {}

    async def main(url: str) -> float:
        async with AsyncBuzzabout(api_key=KEY, base_url=url, timeout=1.0, max_retries=0) as c:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await c.audience_datasets.get("ad_1")
            return time.monotonic() - started

    with RawServer(lambda conn: _trickle(conn, holder["server"])) as server:
        holder["server"] = server
        took = asyncio.run(main(server.base_url))
    assert took < 5.0, took


# ------------------------------------------------------------------ size limits


def _bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped a piece at a time (about 1,000 times smaller)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = bytes(64 * 1024)
    parts = [packer.compress(piece) for _ in range(size // len(piece))]
    return b"".join([*parts, packer.flush()])


def _oversized(conn: Any, server: RawServer, size: int, bomb: bytes | None) -> None:
    """Send a body of ``size`` bytes from one small buffer (or the bomb, gzipped)."""
    if bomb is not None:
        conn.sendall(JSON_HEAD + b"content-encoding: gzip\r\n")
        conn.sendall(f"content-length: {len(bomb)}\r\n\r\n".encode() + bomb)
        return
    conn.sendall(JSON_HEAD + f"content-length: {size}\r\n\r\n".encode())
    piece = b" " * (64 * 1024)
    for _ in range(size // len(piece)):
        if server.stopped:
            return
        conn.sendall(piece)


@pytest.mark.parametrize(
    ("size", "gzipped", "limit"),
    [(50 * MB, False, None), (200 * MB, True, None), (50 * MB, False, MB), (200 * MB, True, MB)],
    ids=["50 MB body", "gzip bomb (200 MB in ~200 KB)", "50 MB, 1 MB limit", "bomb, 1 MB limit"],
)
def test_an_oversized_body_is_a_typed_error_in_bounded_memory(
    size: int, gzipped: bool, limit: int | None, capsys: pytest.CaptureFixture[str]
) -> None:
    holder: dict[str, RawServer] = {}
    options: dict[str, Any] = {} if limit is None else {"max_response_bytes": limit}
    bomb = _bomb(size) if gzipped else None
    with RawServer(lambda conn: _oversized(conn, holder["server"], size, bomb)) as server:
        holder["server"] = server
        client = Buzzabout(api_key=KEY, base_url=server.base_url, max_retries=0, **options)
        client.audience_datasets.__class__  # noqa: B018 - load the modules before measuring
        tracemalloc.start()
        with pytest.raises(APIResponseValidationError) as caught:
            client.audience_datasets.get("ad_1")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        client.close()
    cap = limit or 32 * MB
    assert f"larger than the limit of {cap:,} bytes" in str(caught.value)
    assert peak < cap + 4 * MB, peak
    with capsys.disabled():
        what = f"{size // MB} MB" + (
            f" gzipped into {len(bomb or b'') // 1024} KB" if gzipped else ""
        )
        print(f"\n  peak {peak / MB:.1f} MB for {what}, limit {cap // MB} MB")


# ------------------------------------------------------------------ careless callers


@pytest.mark.parametrize("url", ["http://evil.localhost:8080", "http://localhost.evil.com"])
def test_http_is_only_for_literal_loopback(url: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        Buzzabout(api_key=KEY, base_url=url)
    assert caught.value.field == "base_url"


def test_a_call_on_a_closed_client_is_a_typed_error(recorder: Recorder) -> None:
    client = Buzzabout(api_key=KEY, transport=httpx.MockTransport(recorder))
    client.close()
    with pytest.raises(ClientClosedError):
        client.audience_datasets.get("ad_1")
    assert recorder.requests == []


def test_a_call_on_a_closed_async_client_is_a_typed_error(recorder: Recorder) -> None:
    async def main() -> None:
        client = AsyncBuzzabout(api_key=KEY, transport=httpx.MockTransport(recorder))
        await client.aclose()
        with pytest.raises(ClientClosedError):
            await client.audience_datasets.get("ad_1")

    asyncio.run(main())
    assert recorder.requests == []


def _hold(conn: Any, server: RawServer) -> None:
    while not server.stopped:
        time.sleep(0.05)


def test_closing_a_client_during_a_call_is_a_typed_error() -> None:
    holder: dict[str, RawServer] = {}
    with RawServer(lambda conn: _hold(conn, holder["server"])) as server:
        holder["server"] = server
        client = Buzzabout(api_key=KEY, base_url=server.base_url, timeout=10, max_retries=0)
        outcome: list[BaseException] = []

        def call() -> None:
            try:
                client.audience_datasets.get("ad_1")
            except BaseException as exc:  # the outcome is what is checked
                outcome.append(exc)

        worker = threading.Thread(target=call)
        worker.start()
        time.sleep(0.3)
        client.close()
        worker.join(timeout=5)
    assert [type(e) for e in outcome] == [ClientClosedError]
    assert where_the_key_is(outcome[0]) == []  # nor in __context__: httpx's error and request


def test_closing_an_async_client_during_a_call_is_a_typed_error() -> None:
    holder: dict[str, RawServer] = {}

    async def main(url: str) -> BaseException:
        client = AsyncBuzzabout(api_key=KEY, base_url=url, timeout=10, max_retries=0)
        task = asyncio.create_task(client.audience_datasets.get("ad_1"))
        await asyncio.sleep(0.3)
        await client.aclose()
        try:
            await task
        except AudiencesError as exc:
            return exc
        raise AssertionError("the call succeeded on a closed client")

    with RawServer(lambda conn: _hold(conn, holder["server"])) as server:
        holder["server"] = server
        error = asyncio.run(main(server.base_url))
    assert type(error) is ClientClosedError
    assert where_the_key_is(error) == []
