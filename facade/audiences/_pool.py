"""A client's connection pool, as the client and its ``with_options`` copies share it.

Connections belong to whoever opened them: the process (a child after ``fork()`` must not
read answers meant for its parent, nor write into the parent's sockets) and, for async
clients, the event loop (a second ``asyncio.run()`` cannot use the first loop's sockets).
The drivers ask ``PoolState`` for the pool before each request and open a fresh one where
the owner changed; the old one is left to its owner, never closed from here.

``Connections`` lists the sockets of a pool the client opened itself, so that ``close()``
can cut them: after it returns no request is written, and calls in flight end at once
(with ``ClientClosedError``) instead of waiting for their timeout.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import weakref
from typing import Any, NamedTuple


class Owner(NamedTuple):
    """Who may use a pool's connections: a process, and an event loop (``None`` for sync
    clients and for an async client not yet used inside a loop)."""

    pid: int
    loop: weakref.ref[Any] | None

    def allows(self, now: Owner) -> bool:
        """Whether ``now`` may use connections opened by this owner."""
        return self.pid == now.pid and (self.loop is None or self.loop == now.loop)

    @classmethod
    def current(cls) -> Owner:
        """Who is asking, for a sync client: this process."""
        return cls(os.getpid(), None)


class AsyncOwner:
    """``AsyncOwner.current()``: who is asking, for an async client: this process and its
    running event loop. (The sync driver, generated from the async one, says
    ``Owner.current()``: scripts/unasync.py drops the ``Async`` of every name.)"""

    @staticmethod
    def current() -> Owner:
        """This process and its running asyncio loop (``None`` outside one)."""
        import asyncio  # noqa: PLC0415 - async clients only, and asyncio is loaded by then

        try:
            loop: weakref.ref[Any] | None = weakref.ref(asyncio.get_running_loop())
        except RuntimeError:  # no asyncio loop (another event loop library, or none yet)
            loop = None
        return Owner(os.getpid(), loop)


class Connections:
    """The open sockets of a pool the client made; ``cut()`` ends them all for good."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: set[Any] = set()
        self.closed = False

    def opened(self, stream: Any, replaces: Any = None) -> bool:
        """Note a new connection (``replaces`` the one it upgrades); ``False`` if cut already."""
        with self._lock:
            self._open.discard(replaces)
            if self.closed:
                return False
            self._open.add(stream)
            return True

    def ended(self, stream: Any) -> None:
        """Forget a connection that was closed."""
        with self._lock:
            self._open.discard(stream)

    def cut(self) -> None:
        """Mark closed and shut every open socket down: a blocked read returns at once and
        nothing more can be written (the sockets are closed by their own pool)."""
        with self._lock:
            self.closed = True
            streams = list(self._open)
        for stream in streams:
            with contextlib.suppress(OSError, ValueError, AttributeError, TypeError):
                sock = stream.get_extra_info("socket")
                # A duplicate of the descriptor, so a TLS socket's own object is not touched.
                with socket.fromfd(sock.fileno(), sock.family, sock.type) as twin:
                    twin.shutdown(socket.SHUT_RDWR)


class PoolState:
    """The pool a client and its ``with_options`` copies send through, and whose it is.

    ``transport`` is the caller's own transport (``None``: the client made its own, over
    ``connections``); ``http`` the ``httpx`` client over it; ``limiter`` bounds requests
    in flight; ``owner`` opened them.
    """

    __slots__ = ("closed", "connections", "http", "limiter", "owner", "transport")

    def __init__(self, transport: Any) -> None:
        self.closed = False
        self.transport = transport
        self.connections: Connections | None = None
        self.http: Any = None
        self.limiter: Any = None
        self.owner = Owner(0, None)

    def moved(self, now: Owner) -> bool:
        """Whether ``now`` needs a pool of its own; an async pool opened outside any event
        loop is simply adopted by the first loop that uses it."""
        if self.owner.allows(now):
            if self.owner.loop is None and now.loop is not None:
                self.owner = now
            return False
        return True
