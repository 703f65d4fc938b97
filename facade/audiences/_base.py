"""What the sync and async clients share: every decision, and no I/O.

The drivers (``audiences._async._client`` and its generated twin ``audiences._sync._client``)
add only sending and sleeping.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx

from audiences._body import ACCEPT_ENCODING, BodyReader
from audiences._config import (
    MAX_WAIT_SECONDS,
    USER_AGENT,
    KeyAuth,
    Vendor,
    resolve_config,
    resolve_retries,
    resolve_timeout,
    seconds_at_most,
)
from audiences._core import Flow, Notify, Operation, Send, Sink, call
from audiences._errors import ClientClosedError, InvalidArgumentError
from audiences._logs import one_line
from audiences._pagination import PageFlow, PageOp, page_flow
from audiences._pool import PoolState
from audiences._raw import captured
from audiences._responses import Received
from audiences._wait import wait_flow

if TYPE_CHECKING:
    from audiences._models import Run

T = TypeVar("T")
R = TypeVar("R", bound="Run")
TransportT = TypeVar("TransportT")
Observer = Callable[[Any], Operation[Any]]
log = logging.getLogger("audiences")
REDACTED = b"[redacted]"


# RFC 9110's token: what a header name may be made of.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _headers(field: str, headers: Mapping[str, str] | None, key_header: str) -> dict[str, str]:
    """Headers that can be sent as given: checked here, not when every call fails."""
    checked: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidArgumentError(field, "names and values must be strings")
        if not _HEADER_NAME.fullmatch(name):
            raise InvalidArgumentError(field, f"{name!r} is not a header name")
        if not value.isascii() or not value.isprintable():
            raise InvalidArgumentError(field, f"{name!r}: the value must be printable ASCII")
        if value != value.strip():
            raise InvalidArgumentError(
                field, f"{name!r}: the value must not start or end with spaces"
            )
        if name.lower() == key_header.lower():
            raise InvalidArgumentError(field, f"{name!r} is set from api_key only")
        checked[name] = value
    return checked


class BaseClient(Generic[TransportT]):
    """Configuration, request building, and the flows a client runs.

    ``TransportT`` is the httpx transport type of the driver (sync or async).
    """

    _vendor: ClassVar[Vendor]
    _defaults: httpx.Headers  # the httpx client's own headers, set when the pool opens

    def _configure(
        self,
        transport: TransportT | None,
        default_headers: Mapping[str, str] | None,
        **options: Any,
    ) -> None:
        """Check the constructor's arguments (``resolve_config``) and open the pool."""
        self._config = resolve_config(self._vendor, **options)
        self._extra = _headers("default_headers", default_headers, self._vendor.key_header)
        self._state = PoolState(transport)
        self._open()
        self._defaults = self._state.http.headers

    def _open(self) -> None:
        """Open the driver's connection pool in ``_state`` (over the caller's transport, if
        one was given), owned by the current process (and event loop)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def base_url(self) -> str:
        """The API's base URL this client talks to."""
        return str(self._config.base_url)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with these settings, sharing its connection pool.

        Settings left out keep this client's values; ``extra_headers`` are added to its
        headers. Closing either closes the pool both use.
        """
        config = self._config
        if timeout is not None:
            http_timeout, deadline = resolve_timeout(timeout)
            config = config._replace(timeout=http_timeout, deadline=deadline)
        if max_retries is not None:
            config = config._replace(retry=resolve_retries(max_retries))
        clone = object.__new__(type(self))
        clone.__dict__.update({name: self.__dict__[name] for name in ("_state", "_defaults")})
        clone._config = config
        extra = _headers("extra_headers", extra_headers, self._vendor.key_header)
        clone._extra = {**self._extra, **extra}
        return clone

    def _httpx_options(self) -> dict[str, Any]:
        config = self._config
        return {
            "base_url": config.base_url,
            "timeout": config.timeout,
            "auth": KeyAuth(config.vendor.key_header, config.api_key, config.base_url),
            "headers": {
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            "follow_redirects": False,
            # Proxies come from env_proxy (loopback never goes through one); httpx's own
            # reading of the environment would mount its proxies in front of our transport.
            "trust_env": False,
        }

    def _build(self, op: Operation[Any]) -> httpx.Request:
        """The request of ``op``, built against our own origin.

        Equivalent to ``httpx.Client.build_request`` for the relative URLs the generated
        client produces, at half its cost (it skips httpx's relative-URL merge).
        """
        spec = op.request
        headers: httpx.Headers = self._defaults
        if spec.get("headers") or self._extra:
            headers = httpx.Headers(headers)
            headers.update(self._extra)
            headers.update(spec.get("headers") or {})
        return httpx.Request(
            spec["method"],
            self._config.origin + spec["url"],
            params=spec.get("params"),
            json=spec.get("json"),
            headers=headers,
            extensions={"timeout": self._config.timeout.as_dict()},
        )

    def _deadline(self, send: Send) -> float | None:
        """When the request must be over (``time.monotonic()``), or ``None`` for never."""
        budget = self._config.deadline
        if send.limit is not None:
            budget = send.limit if budget is None else min(budget, send.limit)
        return None if budget is None else time.monotonic() + budget

    @property
    def _http(self) -> Any:
        """The ``httpx`` client of the pool (shared with the ``with_options`` copies)."""
        return self._state.http

    def _check_open(self) -> None:
        if self._state.closed:
            raise ClientClosedError(f"this {type(self).__name__} is closed")

    def _reader(self, response: httpx.Response, sink: Sink | None = None) -> BodyReader:
        """The reader of ``response``'s body (already decoded if httpx read it in memory);
        a download's body, if its ``sink`` takes this answer, goes to the sink instead."""
        encoding = None if response.is_stream_consumed else response.headers.get("content-encoding")
        write = None if sink is None else sink.begin(response.status_code)
        return BodyReader(encoding, self._config.max_response_bytes, write)

    def _received(
        self, request: httpx.Request, response: httpx.Response, body: BodyReader, started: float
    ) -> Received:
        """The answer as the flows see it: its body read, decoded, and free of the key (in
        its headers as in its body: a server may echo the key into ``x-request-id``)."""
        content = body.body()
        secret = self._config.api_key.encode()
        if secret in content:
            content = content.replace(secret, REDACTED)
        headers = response.headers
        if secret in b"\0".join([part for header in headers.raw for part in header]):
            headers = httpx.Headers(
                [(n.replace(secret, REDACTED), v.replace(secret, REDACTED)) for n, v in headers.raw]
            )
        elapsed = time.perf_counter() - started
        received = Received(
            response.status_code,
            headers,
            content,
            request,
            problem=body.problem,
            elapsed=elapsed,
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s %s -> %s in %.1f ms (request %s)",
                self._vendor.name,
                request.method,
                one_line(request.url.path),
                response.status_code,
                elapsed * 1000,
                one_line(headers.get("x-request-id", "-")),
            )
        capture = captured()
        if capture is not None:
            capture.append(received)
        return received

    def _failed(
        self, request: httpx.Request, exc: Exception
    ) -> httpx.TransportError | ClientClosedError:
        """A request that got no response: ``ClientClosedError`` (for the driver to raise
        outside its ``except``, so httpx's error, whose request holds the key, is not its
        ``__context__``) if the pool was closed, else the transport error."""
        log.debug(
            "%s %s %s -> %s",
            self._vendor.name,
            request.method,
            one_line(request.url.path),
            type(exc).__name__,
        )
        if self._state.closed:
            return ClientClosedError(f"this {type(self).__name__} was closed during the call")
        if not isinstance(exc, httpx.TransportError):
            raise exc
        return exc

    def _now(self) -> _dt.datetime:
        """The client clock's time, as aware UTC."""
        return _dt.datetime.fromtimestamp(self._config.clock.time(), _dt.UTC)

    def _call(self, op: Operation[T]) -> Flow[T]:
        return call(op, self._config.retry, self._config.clock)

    def _page_flow(self, page_at: PageOp[T], cursor: str | None) -> PageFlow:
        return page_flow(page_at, self._config.retry, self._config.clock, cursor)

    def _observer(self, run: Run) -> Observer | None:
        """The operation that observes ``run`` again (what ``wait`` polls), if this client can."""
        raise NotImplementedError

    def _wait_flow(
        self,
        run: R,
        timeout: float,
        on_progress: Callable[[R], object] | None,
        poll_interval: float | None,
    ) -> Flow[R]:
        from audiences._models import Run  # noqa: PLC0415 - models load with the first result

        self._check_open()  # even for a run that has ended: a closed client does nothing
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0:
            raise InvalidArgumentError(
                "timeout", f"must be a non-negative number of seconds (got {timeout!r})"
            )
        if timeout > 0:
            seconds_at_most("timeout", timeout, MAX_WAIT_SECONDS)
        policy = self._config.wait
        if poll_interval is not None:
            seconds_at_most("poll_interval", poll_interval, MAX_WAIT_SECONDS)
            policy = policy._replace(
                initial=poll_interval, multiplier=1.0, max_interval=poll_interval
            )
        if not isinstance(run, Run):
            raise InvalidArgumentError("run", f"must be a run, not {type(run).__name__}")
        observe = self._observer(run)
        if observe is None:
            raise InvalidArgumentError(
                "run",
                f"{type(self).__name__} cannot wait on {type(run).__name__}: "
                "wait with the client of the vendor that made it",
            )
        observe(run)  # builds the request once now: a run it cannot observe fails early
        config = self._config
        return wait_flow(
            run,
            observe,
            timeout=timeout,
            on_progress=on_progress,
            clock=config.clock,
            retry=config.retry,
            policy=policy,
        )

    @staticmethod
    def _notify(action: Notify) -> None:
        action.callback(action.value)


class Limiter:
    """No limit: a sync pool blocks its callers itself (the sync twin of ``AsyncLimiter``)."""

    def __init__(self, limit: int) -> None:
        self._limit = limit

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        return None


class AsyncLimiter:
    """At most ``limit`` requests handed to httpx at once.

    httpcore's async pool slows down sharply when many requests queue inside it (with
    1,000 runs awaited at once, every release of a connection scans the queue); waiting
    here instead, on an anyio semaphore made on first use, keeps the pool's queue short.
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._semaphore: Any = None

    async def __aenter__(self) -> None:
        if self._semaphore is None:
            import anyio  # noqa: PLC0415 - only async users pay for it

            self._semaphore = anyio.Semaphore(self._limit)
        await self._semaphore.acquire()

    async def __aexit__(self, *exc_info: object) -> None:
        self._semaphore.release()
