"""The driver: performs the I/O-free core's actions with ``httpx.AsyncClient``.

Everything that decides anything lives in ``audiences._base`` and the flows; the driver
only sends requests and sleeps.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from audiences._base import CONNECTION_LIMIT, AsyncLimiter, BaseClient, log
from audiences._config import DEFAULT_WAIT_TIMEOUT
from audiences._core import Flow, Operation, Outcome, Send, Sleep
from audiences._pagination import Page, PageFlow, PageOp

if TYPE_CHECKING:
    from audiences._async.pagination import AsyncPager
    from audiences._models import Run

T = TypeVar("T")
R = TypeVar("R", bound="Run")


class AsyncAPIClient(BaseClient[httpx.AsyncBaseTransport]):
    """Base of the clients: drives flows with ``httpx.AsyncClient``."""

    def _open(self, transport: httpx.AsyncBaseTransport | None) -> None:
        self._http = httpx.AsyncClient(transport=transport, **self._httpx_options())
        self._headers = self._http.headers
        self._limiter = AsyncLimiter(CONNECTION_LIMIT)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _perform(self, action: Send | Sleep) -> Outcome:
        if isinstance(action, Sleep):
            await self._config.clock.asleep(action.seconds)
            return None
        request = self._build(action.operation)
        started = time.perf_counter()
        try:
            async with self._limiter:
                response = await self._http.send(request)
        except httpx.TransportError as exc:
            log.debug(
                "%s %s %s -> %s",
                self._vendor.name,
                request.method,
                request.url.path,
                type(exc).__name__,
            )
            return exc
        self._log_response(request, response, started)
        return response

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

    async def _drive_pages(self, flow: PageFlow) -> AsyncIterator[Page[Any]]:
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

    def _pager(self, page_at: PageOp[T], cursor: str | None = None) -> AsyncPager[T]:
        from audiences._async.pagination import AsyncPager  # noqa: PLC0415 - on first list()

        return AsyncPager(lambda: self._drive_pages(self._page_flow(page_at, cursor)))

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
