"""Client configuration and the two drivers (sync, async) of the I/O-free core.

Everything that decides anything (arguments, retries, pagination, waiting) is in the
flows of ``_core``, ``_pagination`` and ``_wait``; the drivers here only send requests
and sleep.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import attrs
import httpx

from audiences._clock import Clock, SystemClock
from audiences._core import Flow, Operation, RetryPolicy, Send, Sleep, call
from audiences._errors import InvalidArgumentError, MissingAPIKeyError
from audiences._models import Run
from audiences._pagination import AsyncPager, Page, PageOp, SyncPager, page_flow
from audiences._responses import Vendor
from audiences._wait import WaitPolicy, wait_flow

T = TypeVar("T")
R = TypeVar("R", bound=Run)
log = logging.getLogger("audiences")

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_WAIT_TIMEOUT = 900.0
_USER_AGENT = "audiences-python/0.1.0"
# 100 connections at most, and all of them kept alive: under fan-out (many runs awaited at
# once) httpx's default of 20 kept-alive connections closed and reopened connections
# continually.
CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


@attrs.frozen(repr=False)
class Config:
    """A client's resolved settings. The key is kept out of ``repr``."""

    vendor: Vendor
    api_key: str
    base_url: httpx.URL
    timeout: httpx.Timeout
    retry: RetryPolicy
    wait: WaitPolicy
    clock: Clock

    def __repr__(self) -> str:
        return f"Config(vendor={self.vendor.name!r}, base_url={str(self.base_url)!r})"


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_config(
    vendor: Vendor,
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    clock: Clock | None,
) -> Config:
    """Check the arguments (falling back to the environment) and build a ``Config``."""
    key = api_key if api_key is not None else os.environ.get(vendor.key_env)
    if not key:
        raise MissingAPIKeyError(vendor.key_env)
    if not isinstance(key, str) or not key.isprintable() or any(c.isspace() for c in key):
        raise InvalidArgumentError(
            "api_key", "must be a string without whitespace or control characters"
        )
    raw_url = base_url or os.environ.get(vendor.base_url_env) or vendor.default_base_url
    try:
        url = httpx.URL(raw_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidArgumentError("base_url", f"not a URL: {raw_url!r}") from exc
    if url.scheme not in ("https", "http") or not url.host:
        raise InvalidArgumentError("base_url", f"must be an https:// URL (got {raw_url!r})")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise InvalidArgumentError(
            "base_url", "http:// is only allowed for loopback hosts; use https://"
        )
    if url.userinfo or url.query or url.fragment:
        raise InvalidArgumentError("base_url", "must not carry credentials, a query or a fragment")
    if isinstance(timeout, httpx.Timeout):
        resolved_timeout = timeout
    else:
        seconds = DEFAULT_TIMEOUT if timeout is None else timeout
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds <= 0:
            raise InvalidArgumentError(
                "timeout", f"must be a positive number of seconds (got {timeout!r})"
            )
        resolved_timeout = httpx.Timeout(seconds, connect=min(seconds, 10.0))
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgumentError(
            "max_retries", f"must be a non-negative integer (got {max_retries!r})"
        )
    return Config(
        vendor=vendor,
        api_key=key,
        base_url=url,
        timeout=resolved_timeout,
        retry=RetryPolicy(max_retries=max_retries),
        wait=WaitPolicy(),
        clock=clock or SystemClock(),
    )


_OBSERVERS: dict[type[Run], tuple[Vendor, Callable[[Any], Operation[Any]]]] = {}


def register_observer(kind: type[R], vendor: Vendor, how: Callable[[R], Operation[R]]) -> None:
    """Say how ``vendor`` observes a run of ``kind`` again (what ``wait`` polls)."""
    _OBSERVERS[kind] = (vendor, how)


class _KeyAuth(httpx.Auth):
    """Adds the API key header, and only to the client's own scheme, host and port."""

    def __init__(self, header: str, key: str, origin: httpx.URL) -> None:
        self._header = header
        self._key = key
        self._origin = (origin.scheme, origin.host, origin.port)

    def __repr__(self) -> str:
        return "_KeyAuth(<redacted>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers[self._header] = self._key
        yield request


class _BaseClient:
    """What the sync and async clients share: configuration, nothing that does I/O."""

    _vendor: ClassVar[Vendor]
    _default_headers: httpx.Headers

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        clock: Clock | None = None,
    ) -> None:
        self._config = resolve_config(
            self._vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
        )
        self._origin = str(self._config.base_url).rstrip("/")
        self._extensions = {"timeout": self._config.timeout.as_dict()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._config.base_url)!r})"

    @property
    def base_url(self) -> str:
        """The API's base URL this client talks to."""
        return str(self._config.base_url)

    def _httpx_options(self) -> dict[str, Any]:
        config = self._config
        return {
            "base_url": config.base_url,
            "timeout": config.timeout,
            "auth": _KeyAuth(config.vendor.key_header, config.api_key, config.base_url),
            "headers": {"User-Agent": _USER_AGENT, "Accept": "application/json"},
            "follow_redirects": False,
            "limits": CONNECTION_LIMITS,
        }

    def _build(self, spec: dict[str, Any]) -> httpx.Request:
        """The request for a generated ``_get_kwargs`` spec, built against our own origin.

        Equivalent to ``httpx.Client.build_request`` for the relative URLs the generated
        client produces, at half its cost (it skips httpx's relative-URL merge, about 15 us).
        """
        headers = self._default_headers  # the httpx client's (ours over httpx's own)
        if spec.get("headers"):
            headers = httpx.Headers(headers)
            headers.update(spec["headers"])
        return httpx.Request(
            spec["method"],
            self._origin + spec["url"],
            params=spec.get("params"),
            json=spec.get("json"),
            headers=headers,
            extensions=self._extensions,
        )

    def _call(self, op: Operation[T]) -> Flow[T]:
        return call(op, self._config.retry, self._config.clock.time)

    def _pages(self, first: PageOp[T]) -> Generator[Any, Any, None]:
        return page_flow(first, self._config.retry, self._config.clock.time)

    def _refresher(self, run: Run) -> Callable[[Any], Operation[Any]]:
        """The operation that observes ``run`` again, as its vendor module registered it."""
        for kind, (vendor, how) in _OBSERVERS.items():
            if isinstance(run, kind) and vendor == self._vendor:
                how(run)  # builds the request once now: a run it cannot observe fails early
                return how
        raise InvalidArgumentError(
            "run", f"{type(self).__name__} cannot wait on {type(run).__name__}"
        )

    def _wait_flow(
        self, run: R, timeout: float, on_progress: Callable[[R], object] | None
    ) -> Flow[R]:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0:
            raise InvalidArgumentError(
                "timeout", f"must be a non-negative number of seconds (got {timeout!r})"
            )
        if not isinstance(run, Run):
            raise InvalidArgumentError("run", f"must be a run, not {type(run).__name__}")
        refresh = self._refresher(run)
        config = self._config
        return wait_flow(
            run,
            refresh,
            timeout=timeout,
            on_progress=on_progress,
            clock=config.clock,
            retry=config.retry,
            policy=config.wait,
        )


def _log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "%s %s -> %s in %.1f ms",
            request.method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )


class SyncClient(_BaseClient):
    """Base of the sync clients: drives flows with ``httpx.Client``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
        )
        self._http = httpx.Client(transport=transport, **self._httpx_options())
        self._default_headers = self._http.headers

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _perform(self, action: Send | Sleep) -> httpx.Response | httpx.TransportError | None:
        if isinstance(action, Sleep):
            self._config.clock.sleep(action.seconds)
            return None
        request = self._build(action.request)
        started = time.perf_counter()
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            log.debug("%s %s -> %s", request.method, request.url.path, type(exc).__name__)
            return exc
        _log_response(request, response, started)
        return response

    def _run(self, flow: Flow[T]) -> T:
        outcome: Any = None
        while True:
            try:
                action = flow.send(outcome)
            except StopIteration as stop:
                result: T = stop.value
                return result
            outcome = self._perform(action)

    def _request(self, op: Operation[T]) -> T:
        return self._run(self._call(op))

    def _drive_pages(self, flow: Generator[Any, Any, None]) -> Iterator[Page[Any]]:
        outcome: Any = None
        while True:
            try:
                action = flow.send(outcome)
            except StopIteration:
                return
            if isinstance(action, Page):
                outcome = None
                yield action
            else:
                outcome = self._perform(action)

    def _pager(self, first: PageOp[T]) -> SyncPager[T]:
        return SyncPager(lambda: self._drive_pages(self._pages(first)))

    def wait(
        self,
        run: R,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[R], object] | None = None,
    ) -> R:
        """Poll ``run`` until it is terminal and return it.

        Raises ``RunFailedError`` if it failed and ``WaitTimeoutError`` (with the last run
        seen) after ``timeout`` seconds. ``on_progress`` is called with each observation.
        """
        return self._run(self._wait_flow(run, timeout, on_progress))


class AsyncClient(_BaseClient):
    """Base of the async clients: drives flows with ``httpx.AsyncClient``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
        )
        self._http = httpx.AsyncClient(transport=transport, **self._httpx_options())
        self._default_headers = self._http.headers
        self._semaphore: Any = None

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _perform(self, action: Send | Sleep) -> httpx.Response | httpx.TransportError | None:
        if isinstance(action, Sleep):
            await self._config.clock.asleep(action.seconds)
            return None
        request = self._build(action.request)
        started = time.perf_counter()
        try:
            async with self._gate():
                response = await self._http.send(request)
        except httpx.TransportError as exc:
            log.debug("%s %s -> %s", request.method, request.url.path, type(exc).__name__)
            return exc
        _log_response(request, response, started)
        return response

    def _gate(self) -> Any:
        """At most the pool's size of requests are handed to httpx at once.

        httpcore's async pool slows down sharply when many requests queue inside it (with
        1,000 runs awaited at once, every release of a connection scans the queue); waiting
        here instead, on an anyio semaphore, keeps the pool's queue short.
        """
        if self._semaphore is None:
            import anyio  # noqa: PLC0415 - only async users pay for it

            self._semaphore = anyio.Semaphore(CONNECTION_LIMITS.max_connections or 100)
        return self._semaphore

    async def _run(self, flow: Flow[T]) -> T:
        outcome: Any = None
        while True:
            try:
                action = flow.send(outcome)
            except StopIteration as stop:
                result: T = stop.value
                return result
            outcome = await self._perform(action)

    async def _request(self, op: Operation[T]) -> T:
        return await self._run(self._call(op))

    async def _drive_pages(self, flow: Generator[Any, Any, None]) -> AsyncIterator[Page[Any]]:
        outcome: Any = None
        while True:
            try:
                action = flow.send(outcome)
            except StopIteration:
                return
            if isinstance(action, Page):
                outcome = None
                yield action
            else:
                outcome = await self._perform(action)

    def _pager(self, first: PageOp[T]) -> AsyncPager[T]:
        return AsyncPager(lambda: self._drive_pages(self._pages(first)))

    async def wait(
        self,
        run: R,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[R], object] | None = None,
    ) -> R:
        """Poll ``run`` until it is terminal and return it.

        Raises ``RunFailedError`` if it failed and ``WaitTimeoutError`` (with the last run
        seen) after ``timeout`` seconds. ``on_progress`` is called with each observation.
        """
        return await self._run(self._wait_flow(run, timeout, on_progress))
