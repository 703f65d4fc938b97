"""The I/O-free core every call runs through, shared by the sync and async clients.

A call is a generator ("flow") that yields actions and receives their outcomes:

* ``Send(request kwargs)`` -> an ``httpx.Response`` or the ``httpx.TransportError`` raised;
* ``Sleep(seconds)`` -> ``None``.

The sync and async drivers in ``_client.py`` only perform those actions, so retries,
backoff, pagination and waiting are written once.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Generator
from typing import Any, Generic, TypeVar

import attrs
import httpx

from audiences._errors import APIConnectionError, APIStatusError, APITimeoutError, RateLimitError
from audiences._responses import Vendor, parse_retry_after, read_result, status_error

T = TypeVar("T")

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
_ALWAYS_RETRY_STATUS = frozenset({408, 429})


@attrs.frozen
class Send:
    """Send one HTTP request (``httpx.Client.build_request`` keyword arguments)."""

    request: dict[str, Any]


@attrs.frozen
class Sleep:
    """Wait this many seconds."""

    seconds: float


Action = Send | Sleep
Outcome = httpx.Response | httpx.TransportError | None
Flow = Generator[Action, Outcome, T]


@attrs.frozen
class Operation(Generic[T]):
    """One API call: the request and how to read a successful response into ``T``."""

    vendor: Vendor
    request: dict[str, Any]
    parse: Callable[[Any], T]

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return str(self.request["method"]).upper()

    @property
    def repeatable(self) -> bool:
        """Whether sending it twice cannot duplicate work (safe method or idempotency key)."""
        headers = self.request.get("headers") or {}
        return self.method in _IDEMPOTENT_METHODS or "Idempotency-Key" in headers


@attrs.frozen
class RetryPolicy:
    """When and how long to back off. Defaults suit a service: a few quick retries.

    ``max_retries`` retries after the first attempt; delays grow from ``initial_delay``
    by ``multiplier`` up to ``max_delay`` with jitter (each delay is drawn between half
    and all of its nominal value); a server's ``Retry-After`` is honoured up to
    ``max_retry_after`` seconds (beyond it the error is raised rather than waited out).
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    multiplier: float = 2.0
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """The delay before retry number ``attempt`` (0-based)."""
        nominal = min(self.max_delay, self.initial_delay * self.multiplier**attempt)
        return nominal * (0.5 + rand() / 2)


def _connection_error(op: Operation[Any], exc: httpx.TransportError) -> APIConnectionError:
    method, url = op.method, str(op.request.get("url", ""))
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    text = f"{op.vendor.name}: {type(exc).__name__} during {method} {url}"
    return cls(text, provider=op.vendor.name, method=method, url=url)


def _not_sent(exc: httpx.TransportError) -> bool:
    """Whether the request certainly never reached the server."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def call(op: Operation[T], policy: RetryPolicy, wall_clock: Callable[[], float]) -> Flow[T]:
    """Send ``op``, retrying only where repeating cannot duplicate work; return its result.

    A DELETE retried after an attempt whose fate is unknown (the connection broke after
    sending, or a 5xx) that then meets 404 has done its work: it succeeds.
    """
    attempt = 0
    maybe_done = False
    while True:
        outcome = yield Send(op.request)
        delay: float | None = None
        error: Exception
        if isinstance(outcome, httpx.Response):
            if outcome.is_success:
                return read_result(op.vendor, outcome, op.parse)
            if outcome.status_code == 404 and maybe_done and op.method == "DELETE":
                return op.parse(None)
            maybe_done = maybe_done or outcome.status_code >= 500
            error = status_error(op.vendor, outcome, wall_clock())
            assert isinstance(error, APIStatusError)
            retryable = outcome.status_code in _ALWAYS_RETRY_STATUS or (
                outcome.status_code >= 500 and op.repeatable
            )
            if isinstance(error, RateLimitError) or outcome.status_code == 503:
                hint = parse_retry_after(outcome.headers.get("retry-after"), wall_clock())
                if hint is not None:
                    if hint > policy.max_retry_after:
                        raise error
                    delay = hint
        elif isinstance(outcome, httpx.TransportError):
            error = _connection_error(op, outcome)
            retryable = _not_sent(outcome) or op.repeatable
            maybe_done = maybe_done or not _not_sent(outcome)
        else:  # pragma: no cover - the drivers only send responses or transport errors
            raise TypeError(f"unexpected outcome {outcome!r}")
        if not retryable or attempt >= policy.max_retries:
            if isinstance(outcome, httpx.TransportError):
                raise error from outcome
            raise error
        yield Sleep(delay if delay is not None else policy.backoff(attempt))
        attempt += 1
