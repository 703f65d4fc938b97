"""Fixtures: a mock transport that serves the documents' payloads and records requests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from audiences.testing import ManualClock

Route = tuple[int, Any] | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """An httpx handler: answers from a route table and remembers every request."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Route]] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, *answers: Route) -> None:
        """Answer ``method path`` with each answer in turn (the last one repeats)."""
        self.routes[(method, path)] = list(answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, request.url.raw_path.split(b"?")[0].decode())
        answers = self.routes.get(key)
        if not answers:
            return httpx.Response(599, text=f"no route for {key}")
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if callable(answer):
            return answer(request)
        status, body = answer
        if body is None:
            return httpx.Response(status)
        if isinstance(body, bytes):
            return httpx.Response(status, content=body)
        return httpx.Response(status, json=body)

    def body(self, index: int = -1) -> Any:
        """The JSON body of a recorded request."""
        return json.loads(self.requests[index].content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def transport(recorder: Recorder) -> httpx.MockTransport:
    return httpx.MockTransport(recorder)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
