"""Waiting for a run to finish: one I/O-free polling flow for the sync and async clients.

Polls start ``WaitPolicy.initial`` seconds apart and grow by ``multiplier`` up to
``max_interval`` (a 10-minute run is observed in about 45 requests and noticed within
15 s). Transient failures between polls (connection errors, 5xx, 429) do not end the
wait; the deadline does, raising ``WaitTimeoutError`` with the last run seen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from audiences._config import RetryPolicy, WaitPolicy
from audiences._core import Flow, Notify, Operation, Sleep, call
from audiences._errors import (
    APIConnectionError,
    APIStatusError,
    RateLimitError,
    RunFailedError,
    WaitTimeoutError,
)
from audiences._logs import one_line

if TYPE_CHECKING:
    from audiences._clock import Clock
    from audiences._models import Run

R = TypeVar("R", bound="Run")
log = logging.getLogger("audiences")


def wait_flow(
    run: R,
    observe: Callable[[R], Operation[R]],
    *,
    timeout: float,
    on_progress: Callable[[R], object] | None,
    clock: Clock,
    retry: RetryPolicy,
    policy: WaitPolicy,
) -> Flow[R]:
    """Poll ``run`` until it is terminal; return it, or raise ``RunFailedError``.

    The deadline holds: each poll (its retries included) must end by it, and no pause
    runs past it, whatever ``Retry-After`` a server asks for.
    """
    deadline = clock.monotonic() + timeout
    interval = policy.initial
    last = run
    while not last.status.is_terminal:
        remaining = deadline - clock.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(last, timeout)
        yield Sleep(min(interval, remaining))
        interval = min(interval * policy.multiplier, policy.max_interval)
        if deadline - clock.monotonic() <= 0:
            continue
        try:
            last = yield from call(observe(last), retry, clock, deadline)
        except (APIConnectionError, APIStatusError) as exc:
            if isinstance(exc, APIStatusError) and not exc.transient:
                raise
            if isinstance(exc, RateLimitError) and exc.retry_after:
                interval = max(interval, min(exc.retry_after, policy.max_interval * 4))
            log.info(
                "wait: poll of run %s failed (%s); still waiting", one_line(last.id), one_line(exc)
            )
            continue
        if on_progress is not None:
            yield Notify(on_progress, last)
    if last.status == "failed":
        raise RunFailedError(last)
    return last
