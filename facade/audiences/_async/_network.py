"""The network under a client's own connection pool, cut to each request's deadline.

httpx has no whole-request timeout and no way to hand its pool a network backend, so
``deadline_transport`` builds httpx's own transport and wraps the backend of its pool:
every connect, read and write then waits at most what is left of the request's
``audiences._deadline.DEADLINE``. (The loopback trickle test fails if httpx or httpcore
ever stop working this way.) Every connection is noted in the pool's ``Connections``, so
that closing the client cuts them (``audiences._pool``): once closed, nothing is written.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from audiences._deadline import bounded
from audiences._pool import Connections


class AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    """A connection whose every wait is cut to the request's time left, and that writes
    nothing once its client is closed."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, connections: Connections) -> None:
        self._stream = stream
        self._connections = connections

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self._connections.closed:
            raise httpcore.WriteError("the client was closed")
        await self._stream.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        self._connections.ended(self)
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wait = bounded(timeout, httpcore.ConnectTimeout)
        secured = await self._stream.start_tls(ssl_context, server_hostname, wait)
        return await _noted(AsyncDeadlineStream(secured, self._connections), replaces=self)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


async def _noted(
    stream: AsyncDeadlineStream, replaces: AsyncDeadlineStream | None = None
) -> AsyncDeadlineStream:
    """``stream``, noted among its pool's connections; closed at once if the client was."""
    if not stream._connections.opened(stream, replaces):
        await stream._stream.aclose()
        raise httpcore.ConnectError("the client was closed")
    return stream


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """Opens connections whose waits are cut to the request's time left (and none once
    the client is closed)."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend, connections: Connections) -> None:
        self._backend = backend
        self._connections = connections

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wait = bounded(timeout, httpcore.ConnectTimeout)
        if self._connections.closed:  # a closed client opens no connection
            raise httpcore.ConnectError("the client was closed")
        stream = await self._backend.connect_tcp(host, port, wait, local_address, socket_options)
        return await _noted(AsyncDeadlineStream(stream, self._connections))

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wait = bounded(timeout, httpcore.ConnectTimeout)
        if self._connections.closed:  # a closed client opens no connection
            raise httpcore.ConnectError("the client was closed")
        stream = await self._backend.connect_unix_socket(path, wait, socket_options)
        return await _noted(AsyncDeadlineStream(stream, self._connections))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def deadline_transport(
    limits: httpx.Limits, proxy: str | None, connections: Connections
) -> httpx.AsyncHTTPTransport:
    """httpx's own transport (``proxy`` if any), its network cut to each request's deadline,
    its connections noted in ``connections``."""
    transport = httpx.AsyncHTTPTransport(limits=limits, proxy=proxy)
    pool: Any = transport._pool
    pool._network_backend = AsyncDeadlineBackend(pool._network_backend, connections)
    return transport
