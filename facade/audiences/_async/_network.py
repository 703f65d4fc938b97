"""The network under a client's own connection pool, cut to each request's deadline.

httpx has no whole-request timeout and no way to hand its pool a network backend, so
``deadline_transport`` builds httpx's own transport and wraps the backend of its pool:
every connect, read and write then waits at most what is left of the request's
``audiences._deadline.DEADLINE``. (The loopback trickle test fails if httpx or httpcore
ever stop working this way.)
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from audiences._deadline import bounded


class AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    """A connection whose every wait is cut to the request's time left."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wait = bounded(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(await self._stream.start_tls(ssl_context, server_hostname, wait))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """Opens connections whose waits are cut to the request's time left."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wait = bounded(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, wait, local_address, socket_options)
        return AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wait = bounded(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_unix_socket(path, wait, socket_options)
        return AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def deadline_transport(limits: httpx.Limits, proxy: str | None) -> httpx.AsyncHTTPTransport:
    """httpx's own transport (``proxy`` if any), its network cut to each request's deadline."""
    transport = httpx.AsyncHTTPTransport(limits=limits, proxy=proxy)
    pool: Any = transport._pool
    pool._network_backend = AsyncDeadlineBackend(pool._network_backend)
    return transport
