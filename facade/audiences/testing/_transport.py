"""The fake in process: an httpx transport for sync and async clients alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from audiences.testing._wire import DroppedConnection, FakeRequest, TimedOut

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serves a ``FakeAPIs`` without a network: ``Buzzabout(transport=fake.transport())``."""

    def __init__(self, fake: FakeAPIs) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (sync)."""
        request.read()
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (async)."""
        await request.aread()
        return self._answer(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        fake_request = FakeRequest(
            method=request.method,
            path=request.url.raw_path.split(b"?", 1)[0].decode("ascii"),
            query=dict(request.url.params.items()),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=request.content,
        )
        try:
            answer = self._fake.handle(fake_request)
        except DroppedConnection as drop:
            if drop.after:
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                ) from None
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request) from None
        except TimedOut:
            raise httpx.ReadTimeout("The read operation timed out", request=request) from None
        return httpx.Response(
            answer.status, headers=answer.headers, content=answer.body, request=request
        )
