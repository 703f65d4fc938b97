"""Time as the clients see it: injectable, so tests and the fake can run time fast."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Where the clients read the time and how they wait."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (deadlines)."""
        ...

    def time(self) -> float:
        """Seconds since the epoch (for ``Retry-After`` dates)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds``."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Yield to the event loop for ``seconds``."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    def time(self) -> float:
        """``time.time()``."""
        return time.time()

    def sleep(self, seconds: float) -> None:
        """``time.sleep()``."""
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """``anyio.sleep()``: works under asyncio and trio alike."""
        import anyio  # noqa: PLC0415 - only async users pay for it

        await anyio.sleep(max(0.0, seconds))
