"""The driver: performs the I/O-free core's actions with ``httpx.AsyncClient``.

Everything that decides anything lives in ``audiences._base`` and the flows; the driver
only sends requests (reading each body within the size limit and the request's
deadline, or feeding a download's to its sink), sleeps, and calls the caller's callbacks.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncGenerator, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from audiences._base import AsyncLimiter, BaseClient
from audiences._clock import Clock  # at run time, for typing.get_type_hints(__init__)
from audiences._config import CONNECTION_LIMITS, env_proxy
from audiences._core import Flow, Notify, Operation, Outcome, Send, Sleep
from audiences._deadline import DEADLINE
from audiences._errors import ClientClosedError
from audiences._pagination import Page, PageFlow, PageOp
from audiences._pool import AsyncOwner, Connections

if TYPE_CHECKING:  # models load with the first result, the pager with the first list
    from audiences._async.pagination import AsyncPager
    from audiences._models import Run

T = TypeVar("T")
R = TypeVar("R", bound="Run")


class AsyncAPIClient(BaseClient[httpx.AsyncBaseTransport]):
    """Base of the clients: drives flows with ``httpx.AsyncClient``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        max_response_bytes: int = 32 * 1024 * 1024,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
    ) -> None:
        """A client of the vendor's API; everything is checked here, before any request.

        Args:
            api_key: The API key; by default the vendor's environment variable
                (``BUZZABOUT_API_KEY``, ``AUDIENCELAB_API_KEY``, ``LEADPIPE_API_KEY``). A
                missing key raises ``MissingAPIKeyError`` naming the variable.
            base_url: The API's base URL; by default ``<VENDOR>_BASE_URL`` or the
                vendor's host. ``http://`` only for a literal loopback address or
                ``localhost``.
            timeout: Seconds one whole request may take (connect at most 10 of them);
                a server that trickles bytes cannot stretch it. An ``httpx.Timeout``
                sets each phase instead.
            max_retries: Retries after the first attempt, only where repeating cannot
                duplicate work (see the README's "Configuration").
            default_headers: Headers sent with every request (never the key's header).
            max_response_bytes: The largest body read, after decompression; a larger
                one raises ``APIResponseValidationError`` while it is read.
            transport: An httpx transport to send through (``httpx.MockTransport`` or
                ``audiences.testing.FakeAPIs().transport()`` in tests).
            clock: Where time is read and waited (``audiences.testing.ManualClock``
                makes waits instant in tests).
        """
        self._configure(
            transport,
            default_headers,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
            max_response_bytes=max_response_bytes,
        )

    def _open(self) -> None:
        state = self._state
        transport = state.transport
        if transport is None:
            # httpcore (and anyio) load with the first client, as httpx's own transport does.
            from audiences._async._network import deadline_transport  # noqa: PLC0415

            state.connections = Connections()
            proxy = env_proxy(self._config.base_url)
            transport = deadline_transport(CONNECTION_LIMITS, proxy, state.connections)
        if state.http is None or state.connections is not None:
            state.http = httpx.AsyncClient(transport=transport, **self._httpx_options())
        state.limiter = AsyncLimiter(CONNECTION_LIMITS.max_connections or 100)
        state.owner = AsyncOwner.current()

    def _pool(self) -> httpx.AsyncClient:
        """The pool to send through: ``ClientClosedError`` once closed, and a pool of its
        own in a forked child or on another event loop (the old one stays its owner's)."""
        self._check_open()
        if self._state.moved(AsyncOwner.current()):
            self._open()
        http: httpx.AsyncClient = self._state.http
        return http

    async def aclose(self) -> None:
        """Close the connection pool (this client's and its ``with_options`` copies').

        No request is sent after it returns; calls in flight end with ``ClientClosedError``.
        A pool another process opened is left to it.
        """
        state = self._state
        state.closed = True
        if state.owner.pid != os.getpid():  # the parent's sockets, inherited: not ours to end
            return
        if state.connections is not None:
            state.connections.cut()
        if not state.moved(AsyncOwner.current()):  # (opened on another event loop, its
            await state.http.aclose()  # connections cannot be closed from this one: cut ended them)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _perform(self, action: Send | Sleep | Notify) -> Outcome:
        if isinstance(action, Sleep):
            await self._config.clock.asleep(action.seconds)
        elif isinstance(action, Notify):
            self._notify(action)
        else:
            return await self._send(action)
        return None

    async def _send(self, send: Send) -> Outcome:
        http = self._pool()
        request = self._build(send.operation)
        token = DEADLINE.set(self._deadline(send))
        started = time.perf_counter()
        try:
            async with self._state.limiter:
                response = await http.send(request, stream=True)
                try:
                    body = self._reader(response, send.operation.sink)
                    if response.is_stream_consumed:  # an in-memory answer (MockTransport)
                        body.feed(response.content)
                    else:
                        async for chunk in response.aiter_raw():
                            body.feed(chunk)
                            if body.done:
                                break
                finally:
                    await response.aclose()
        except (httpx.TransportError, RuntimeError) as exc:
            failure = self._failed(request, exc)
        else:
            return self._received(request, response, body, started)
        finally:
            DEADLINE.reset(token)
        if isinstance(failure, ClientClosedError):
            raise failure  # here, outside the except: httpx's error is not its __context__
        return failure

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

    async def _drive_pages(self, flow: PageFlow) -> AsyncGenerator[Page[Any], None]:
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

        first = page_at(None)
        what = f"{first.vendor.name} {first.method} {first.path}"
        return AsyncPager(lambda at: self._drive_pages(self._page_flow(page_at, at)), what, cursor)

    async def wait(
        self,
        run: R,
        timeout: float = 900.0,
        on_progress: Callable[[R], object] | None = None,
        poll_interval: float | None = None,
    ) -> R:
        """Poll ``run`` until it is terminal and return it.

        Polls start 1 s apart and grow 1.5x up to 15 s (``poll_interval`` fixes the
        interval). Raises ``RunFailedError`` if the run failed and ``WaitTimeoutError``
        (with the last run seen) when ``timeout`` seconds are up: no request or pause
        outlasts them. ``on_progress`` is called with each observation.
        """
        return await self._run(self._wait_flow(run, timeout, on_progress, poll_interval))
