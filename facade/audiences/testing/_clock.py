"""Clocks for the fake and for clients under test: manual (tests) and scaled (the demo)."""

from __future__ import annotations

import threading
import time

# 2026-05-01T12:00:00Z, the documents' own example date.
DEFAULT_EPOCH = 1777636800.0


class ManualClock:
    """Time that moves only when told: ``advance()``, or a client's ``sleep()``.

    Pass the same clock to the fake and to the clients (``clock=``) and waiting takes no
    real time at all.
    """

    def __init__(self, start: float = DEFAULT_EPOCH) -> None:
        self._start = start
        self._elapsed = 0.0
        self._lock = threading.Lock()

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._elapsed += seconds

    def monotonic(self) -> float:
        """Seconds since the clock started."""
        return self._elapsed

    def time(self) -> float:
        """Epoch seconds."""
        return self._start + self._elapsed

    def sleep(self, seconds: float) -> None:
        """Advance instead of sleeping."""
        self.advance(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """Advance instead of sleeping (and let other tasks run)."""
        import anyio  # noqa: PLC0415

        self.advance(max(0.0, seconds))
        await anyio.sleep(0)


class ScaledClock:
    """Real time, ``speed`` times faster: the demo's 40-second runs take under a second."""

    def __init__(self, speed: float = 60.0, start: float | None = None) -> None:
        self.speed = speed
        self._real0 = time.monotonic()
        self._start = time.time() if start is None else start

    def monotonic(self) -> float:
        """Scaled seconds since the clock started."""
        return (time.monotonic() - self._real0) * self.speed

    def time(self) -> float:
        """Scaled epoch seconds."""
        return self._start + self.monotonic()

    def sleep(self, seconds: float) -> None:
        """Sleep ``seconds`` of scaled time."""
        if seconds > 0:
            time.sleep(seconds / self.speed)

    async def asleep(self, seconds: float) -> None:
        """Sleep ``seconds`` of scaled time, async."""
        import anyio  # noqa: PLC0415

        await anyio.sleep(max(0.0, seconds) / self.speed)
