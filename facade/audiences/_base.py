"""What the sync and async clients share: every decision, and no I/O.

The drivers (``audiences._async._client`` and its generated twin ``audiences._sync._client``)
add only sending and sleeping.
"""

from __future__ import annotations

import datetime as _dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import httpx

from audiences._config import (
    CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    KeyAuth,
    Vendor,
    resolve_config,
)
from audiences._core import Flow, Operation, call
from audiences._errors import InvalidArgumentError
from audiences._pagination import PageFlow, PageOp, page_flow
from audiences._wait import wait_flow

if TYPE_CHECKING:
    from audiences._clock import Clock
    from audiences._models import Run

T = TypeVar("T")
R = TypeVar("R", bound="Run")
TransportT = TypeVar("TransportT")
Observer = Callable[[Any], Operation[Any]]
log = logging.getLogger("audiences")


class BaseClient(Generic[TransportT]):
    """Configuration, request building, and the flows a client runs.

    ``TransportT`` is the httpx transport type of the driver (sync or async).
    """

    _vendor: ClassVar[Vendor]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: TransportT | None = None,
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
        self._extensions = {"timeout": self._config.timeout.as_dict()}
        self._headers = httpx.Headers({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self._open(transport)

    def _open(self, transport: TransportT | None) -> None:
        """Open the driver's connection pool (over ``transport``, if given)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def base_url(self) -> str:
        """The API's base URL this client talks to."""
        return str(self._config.base_url)

    def _httpx_options(self) -> dict[str, Any]:
        config = self._config
        return {
            "base_url": config.base_url,
            "timeout": config.timeout,
            "auth": KeyAuth(config.vendor.key_header, config.api_key, config.base_url),
            "headers": self._headers,
            "follow_redirects": False,
            "limits": CONNECTION_LIMITS,
        }

    def _build(self, op: Operation[Any]) -> httpx.Request:
        """The request of ``op``, built against our own origin.

        Equivalent to ``httpx.Client.build_request`` for the relative URLs the generated
        client produces, at half its cost (it skips httpx's relative-URL merge).
        """
        spec = op.request
        headers = self._headers
        if spec.get("headers"):
            headers = httpx.Headers(headers)
            headers.update(spec["headers"])
        return httpx.Request(
            spec["method"],
            self._config.origin + spec["url"],
            params=spec.get("params"),
            json=spec.get("json"),
            headers=headers,
            extensions=self._extensions,
        )

    def _now(self) -> _dt.datetime:
        """The client clock's time, as aware UTC."""
        return _dt.datetime.fromtimestamp(self._config.clock.time(), _dt.UTC)

    def _call(self, op: Operation[T]) -> Flow[T]:
        return call(op, self._config.retry, self._config.clock.time)

    def _page_flow(self, page_at: PageOp[T], cursor: str | None) -> PageFlow:
        return page_flow(page_at, self._config.retry, self._config.clock.time, cursor)

    def _observer(self, run: Run) -> Observer | None:
        """The operation that observes ``run`` again (what ``wait`` polls), if this client can."""
        raise NotImplementedError

    def _wait_flow(
        self, run: R, timeout: float, on_progress: Callable[[R], object] | None
    ) -> Flow[R]:
        from audiences._models import Run  # noqa: PLC0415 - models load with the first result

        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0:
            raise InvalidArgumentError(
                "timeout", f"must be a non-negative number of seconds (got {timeout!r})"
            )
        if not isinstance(run, Run):
            raise InvalidArgumentError("run", f"must be a run, not {type(run).__name__}")
        observe = self._observer(run)
        if observe is None:
            raise InvalidArgumentError(
                "run", f"{type(self).__name__} cannot wait on {type(run).__name__}"
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
            policy=config.wait,
        )

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, started: float
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s %s -> %s in %.1f ms",
                self._vendor.name,
                request.method,
                request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )


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


CONNECTION_LIMIT = CONNECTION_LIMITS.max_connections or 100
