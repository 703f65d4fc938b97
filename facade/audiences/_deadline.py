"""Whole-request deadlines: every network wait of a request is cut to the time it has left.

httpx's timeouts bound each read, so a server that sends one byte every quarter second
never trips a 1 s read timeout (encode/httpx#1450). The drivers set ``DEADLINE`` (a
``time.monotonic()`` instant) around each request; the network streams under the
clients' own pools (``audiences._async._network`` and its sync twin) cut every
connect, read and write to what is left of it.
"""

from __future__ import annotations

import time
from contextvars import ContextVar

DEADLINE: ContextVar[float | None] = ContextVar("audiences_deadline", default=None)


def bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut to the current request's time left; ``expired`` if none is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the request's deadline passed")
    return left if timeout is None else min(timeout, left)
