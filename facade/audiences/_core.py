"""The I/O-free core every call runs through, shared by the sync and async clients.

A call is a generator ("flow") that yields actions and receives their outcomes:

* ``Send(operation, limit)`` -> the ``Received`` answer (body read) or the
  ``httpx.TransportError``; ``limit`` caps the request's seconds (an enclosing deadline).
  A download (an operation with a ``sink``) has the body its sink accepts fed to the sink
  as it arrives instead of read into memory;
* ``Sleep(seconds)`` -> ``None``;
* ``Notify(callback, value)`` -> ``None``: the driver calls the caller's callback, outside
  the flow, so whatever it raises comes out as raised.

The drivers (``audiences._async._client`` and its generated sync twin) only perform those
actions, so retries, backoff, pagination and waiting are written once.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

import httpx

from audiences._config import RetryPolicy, Vendor
from audiences._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
)
from audiences._logs import one_line
from audiences._responses import Received, parse_retry_after, read_result, status_error

if TYPE_CHECKING:
    from audiences._clock import Clock

T = TypeVar("T")
log = logging.getLogger("audiences")

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
_ALWAYS_RETRY_STATUS = frozenset({408, 429})


class Sink(Protocol):
    """Where a download's body goes, piece by piece as it arrives, instead of memory."""

    def begin(self, status_code: int) -> Callable[[bytes], None] | None:
        """An answer with ``status_code`` arrives: the function its decoded body is fed to
        (the destination started over, so a retried download never writes twice), or
        ``None`` to read this answer in memory as usual (an error, a JSON answer)."""


class Operation(NamedTuple, Generic[T]):
    """One API call: the request and how to read a successful body into ``T``.

    ``request`` holds ``httpx`` request arguments (``method``, ``url`` relative to the
    client's base URL, and optionally ``params``, ``json``, ``headers``). A download sets
    ``sink``: the body the sink takes goes to it as it arrives, without the size limit,
    and ``parse`` then receives ``None``.
    """

    vendor: Vendor
    request: dict[str, Any]
    parse: Callable[[Any], T]
    sink: Sink | None = None
    read_only: bool = False
    """Whether it only reads (a search sent as POST): repeating it cannot duplicate work."""

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return str(self.request["method"]).upper()

    @property
    def path(self) -> str:
        """The request path (percent-encoded), without the query."""
        return str(self.request["url"])

    @property
    def repeatable(self) -> bool:
        """Whether sending it twice cannot duplicate work: a safe method, a read-only
        search, or an idempotency key."""
        headers = self.request.get("headers") or {}
        return self.read_only or self.method in _IDEMPOTENT_METHODS or "Idempotency-Key" in headers


class Send(NamedTuple):
    """Send one request, within ``limit`` seconds if given (else the client's timeout)."""

    operation: Operation[Any]
    limit: float | None = None


class Sleep(NamedTuple):
    """Wait this many seconds."""

    seconds: float


class Notify(NamedTuple):
    """Call the caller's ``callback`` with ``value`` (outside the flow)."""

    callback: Callable[[Any], object]
    value: Any


Action = Send | Sleep | Notify
Outcome = Received | httpx.TransportError | None
Flow = Generator[Action, Outcome, T]


class Elsewhere(Exception):
    """Raised by a parser when its answer says the result is read by another operation
    (a run older than its list shows is read from its results); ``call`` sends that one."""

    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__(operation.path)
        self.operation = operation


MAX_ELSEWHERE = 3  # operations one call may be sent on to: a parser cannot loop a call
_ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")
_TLS = re.compile(r"^\[SSL(?:: \w+)?\]\s*(?P<why>.*?)\s*(?:\(_ssl\.c:\d+\))?$")
_PORTS = {"https": 443, "http": 80}


def _cause(exc: httpx.TransportError) -> str:
    """What went wrong, in a few words: ``connection refused``, ``TLS: wrong version number``."""
    text = " ".join(str(exc).split())
    tls = _TLS.match(text)
    if tls:
        return f"TLS: {tls['why']}"
    text = _ERRNO.sub("", text)
    return text[:1].lower() + text[1:]


def _connection_error(op: Operation[Any], exc: httpx.TransportError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    text = f"{op.vendor.name}: {type(exc).__name__} during {op.method} {op.path}"
    try:
        url = exc.request.url
    except RuntimeError:  # an error raised without its request (a caller's transport)
        pass
    else:
        text += f" to {url.host}:{url.port or _PORTS.get(url.scheme, '')}"
    cause = _cause(exc)
    text += f": {one_line(cause)}" if cause else ""
    return cls(text, provider=op.vendor.name, method=op.method, url=op.path)


def _scrubbed(exc: httpx.TransportError) -> httpx.TransportError:
    """The same error without its request (whose headers hold the API key), for ``__cause__``."""
    return type(exc)(str(exc))


def _not_sent(exc: httpx.TransportError) -> bool:
    """Whether the request certainly never reached the server."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def call(
    op: Operation[T],
    policy: RetryPolicy,
    clock: Clock,
    deadline: float | None = None,
    jitter: Callable[[], float] = random.random,
) -> Flow[T]:
    """Send ``op``, retrying only where repeating cannot duplicate work; return its result.

    ``deadline`` (on ``clock.monotonic()``) bounds the whole call, retries included: no
    request outlasts it and no pause is taken that would end past it.

    A DELETE retried after an attempt whose fate is unknown (the connection broke after
    sending, or a 5xx) that then meets 404 has done its work: it succeeds.

    A parser may raise ``Elsewhere(operation)``: the answer says where the result is read,
    and the call goes on with that operation (at most ``MAX_ELSEWHERE`` times).
    """
    first: Operation[Any] = op
    for _ in range(MAX_ELSEWHERE + 1):
        try:
            result: T = yield from _attempts(op, policy, clock, deadline, jitter)
        except Elsewhere as elsewhere:  # the answer says: read it with this operation
            op = elsewhere.operation
        else:
            return result
    raise APIResponseValidationError(
        f"{first.vendor.name} {first.method} {first.path}: answers kept pointing elsewhere",
        provider=first.vendor.name,
        status_code=200,
        method=first.method,
        url=first.path,
    )


def _attempts(
    op: Operation[T],
    policy: RetryPolicy,
    clock: Clock,
    deadline: float | None,
    jitter: Callable[[], float],
) -> Flow[T]:
    """``call``'s attempts at one operation (``Elsewhere`` from its parser goes up)."""
    attempt = 0
    maybe_done = False
    while True:
        limit = None if deadline is None else max(0.0, deadline - clock.monotonic())
        outcome = yield Send(op, limit)
        delay: float | None = None
        error: Exception
        if isinstance(outcome, Received):
            if outcome.is_success:
                return read_result(op.vendor, outcome, op.parse)
            if outcome.status_code == 404 and maybe_done and op.method == "DELETE":
                return op.parse(None)
            maybe_done = maybe_done or outcome.status_code >= 500
            error = status_error(op.vendor, outcome, clock.time())
            assert isinstance(error, APIStatusError)
            retryable = outcome.status_code in _ALWAYS_RETRY_STATUS or (
                outcome.status_code >= 500 and op.repeatable
            )
            if isinstance(error, RateLimitError) or outcome.status_code == 503:
                hint = (
                    error.retry_after
                    if isinstance(error, RateLimitError)
                    else parse_retry_after(outcome.headers.get("retry-after"), clock.time())
                )
                if hint is not None:
                    if hint > policy.max_retry_after:
                        raise error
                    delay = hint
            what = str(outcome.status_code)
        elif isinstance(outcome, httpx.TransportError):
            error = _connection_error(op, outcome)
            retryable = _not_sent(outcome) or op.repeatable
            maybe_done = maybe_done or not _not_sent(outcome)
            what = type(outcome).__name__
        else:  # pragma: no cover - the drivers only send responses or transport errors
            raise TypeError(f"unexpected outcome {outcome!r}")
        pause = delay if delay is not None else policy.backoff(attempt, jitter())
        out_of_time = deadline is not None and clock.monotonic() + pause >= deadline
        if not retryable or attempt >= policy.max_retries or out_of_time:
            if isinstance(outcome, httpx.TransportError):
                raise error from _scrubbed(outcome)
            raise error
        log.info(
            "retrying %s %s %s after %s (retry %d of %d, in %.2f s)",
            op.vendor.name,
            op.method,
            one_line(op.path),
            what,
            attempt + 1,
            policy.max_retries,
            pause,
        )
        yield Sleep(pause)
        attempt += 1
