"""The network under a client's own connection pool, cut to each request's deadline.

httpx has no whole-request timeout and no way to hand its pool a network backend, so
``deadline_transport`` builds the pool itself from httpcore's public API (as httpx's own
transport does: same TLS defaults, limits and proxy) over a network backend whose every
connect, read and write waits at most what is left of the request's
``audiences._deadline.DEADLINE``, and ``AsyncDeadlineTransport`` speaks httpx's transport
interface over it. (The loopback trickle test fails if httpcore ever stops working this
way.) Every connection is noted in the pool's ``Connections``, so that closing the client
cuts them (``audiences._pool``): once closed, nothing is written.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpcore
import httpx

from audiences._deadline import bounded
from audiences._pool import Connections

# httpcore's errors as httpx names them (the most specific class first wins).
_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    """httpcore's exceptions raised as the httpx ones the drivers catch."""
    try:
        yield
    except Exception as exc:
        for theirs, ours in _ERRORS:
            if isinstance(exc, theirs):
                raise ours(str(exc)) from exc
        raise


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


class AsyncResponseStream(httpx.AsyncByteStream):
    """An httpcore response body as httpx reads it."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        with _as_httpx_errors():
            await self._stream.aclose()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """An httpx transport over our own httpcore pool (``deadline_transport`` makes it)."""

    def __init__(self, pool: httpcore.AsyncConnectionPool) -> None:
        self._pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            answer = await self._pool.handle_async_request(sent)
        return httpx.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=AsyncResponseStream(answer.stream),
            extensions=answer.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


def deadline_transport(
    limits: httpx.Limits, proxy: str | None, connections: Connections
) -> AsyncDeadlineTransport:
    """A pool like httpx's default one (``proxy`` if any), its network cut to each deadline,
    its connections noted in ``connections``."""
    backend = AsyncDeadlineBackend(httpcore.AnyIOBackend(), connections)
    pool_options: dict[str, Any] = {
        "ssl_context": httpx.create_ssl_context(),
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
        "network_backend": backend,
    }
    if proxy is None:
        return AsyncDeadlineTransport(httpcore.AsyncConnectionPool(**pool_options))
    via = httpx.Proxy(proxy)
    proxy_url = httpcore.URL(
        scheme=via.url.raw_scheme, host=via.url.raw_host, port=via.url.port, target=via.url.raw_path
    )
    if via.url.scheme in ("socks5", "socks5h"):
        pool: httpcore.AsyncConnectionPool = httpcore.AsyncSOCKSProxy(
            proxy_url=proxy_url, proxy_auth=via.raw_auth, **pool_options
        )
    else:
        pool = httpcore.AsyncHTTPProxy(
            proxy_url=proxy_url,
            proxy_auth=via.raw_auth,
            proxy_headers=via.headers.raw,
            proxy_ssl_context=via.ssl_context,
            **pool_options,
        )
    return AsyncDeadlineTransport(pool)
