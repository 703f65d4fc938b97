"""Contract tests against an independent peer: Prism serving openapi.yaml.

Prism validates every request the facade sends against the spec (a violation comes back
as 422 with an ``sl-violations`` header) and answers with the spec's examples. Started
and stopped here; skipped only when the node tools are not installed (`make test`
installs them).
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from audiences import AsyncPager, SyncPager

from tests.data import ASYNC, CASES, SYNC, Case

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    if not PRISM.exists():
        pytest.skip("node tools not installed (make test installs them)")
    with socket_port() as port:
        pass
    proc = subprocess.Popen(
        [
            str(PRISM),
            "mock",
            str(ROOT / "openapi.yaml"),
            "-p",
            str(port),
            "-h",
            "127.0.0.1",
            "--errors",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        assert proc.stdout is not None
        for line in proc.stdout:
            if "Prism is listening" in line:
                break
            if time.monotonic() > deadline:
                pytest.fail("Prism did not start within 60 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class socket_port:
    """A free loopback port."""

    def __enter__(self) -> int:
        import socket

        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        port: int = self._sock.getsockname()[1]
        return port

    def __exit__(self, *exc: object) -> None:
        self._sock.close()


class Recording(httpx.HTTPTransport):
    """A real HTTP transport that keeps every response's Prism violation header."""

    def __init__(self) -> None:
        super().__init__()
        self.violations: list[str] = []
        self.statuses: list[int] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.statuses.append(response.status_code)
        if "sl-violations" in response.headers:
            self.violations.append(
                f"{request.method} {request.url.path}: {response.headers['sl-violations']}"
            )
        return response


class AsyncRecording(httpx.AsyncHTTPTransport):
    """The async twin of ``Recording``."""

    def __init__(self) -> None:
        super().__init__()
        self.violations: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if "sl-violations" in response.headers:
            self.violations.append(
                f"{request.method} {request.url.path}: {response.headers['sl-violations']}"
            )
        return response


def _key(case: Case) -> str:
    return {"bz": "bz_test_prism", "al": "al_test_prism", "lp": "sk_test_prism"}[case.vendor]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_request_satisfies_the_spec(prism_url: str, case: Case) -> None:
    transport = Recording()
    with SYNC[case.vendor](
        api_key=_key(case), base_url=prism_url, transport=transport, max_retries=0
    ) as client:
        result = case.call(client)
        if isinstance(result, SyncPager):
            # Prism answers every page with the spec's example, the same cursor each time:
            # one page is what there is to check (the client rightly refuses to loop).
            next(result.iter_pages())
    assert not transport.violations, transport.violations
    assert all(200 <= s < 300 for s in transport.statuses), transport.statuses


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_async_request_satisfies_the_spec(prism_url: str, case: Case) -> None:
    transport = AsyncRecording()

    async def main() -> Any:
        async with ASYNC[case.vendor](
            api_key=_key(case), base_url=prism_url, transport=transport, max_retries=0
        ) as client:
            result = case.call(client)
            if isinstance(result, AsyncPager):
                pages = result.iter_pages()
                first = await anext(pages)
                await pages.aclose()
                return first
            return await result

    asyncio.run(main())
    assert not transport.violations, transport.violations


def test_prism_does_reject_a_bad_request(prism_url: str) -> None:
    """The peer is a real check: a request off the spec gets a violation."""
    response = httpx.post(
        f"{prism_url}/v1/audience_datasets", json={"name": ""}, headers={"x-api-key": "k"}
    )
    assert response.status_code == 422
    assert re.search("minLength", response.headers["sl-violations"])
