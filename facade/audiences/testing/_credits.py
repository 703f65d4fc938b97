"""Buzzabout credits on the fake, as the pricing page says they go.

Four categories, each with its price (``GET /v1/credit_prices``). Collection runs
(``mention``: dataset runs; ``audience_profile``: audience runs) reserve credits up front
for the most they can collect and refund the rest when they end: what they did not
collect, or everything if they failed. Processing runs (``post_processing``: custom
parameters, pattern detections) charge exactly what they process, with no hold; the
fake's runs process every post of their dataset, so that amount is known, and charged,
when they start. A run that would take more than is left answers 402 before any work.

Each charge and each refund is one record of the usage history (a refund's quantity is
negative: inferred, the page does not say), in the order they happened. Holds settle
lazily: whenever the account's credits are read or charged, runs that have ended by then
give back what they did not use, dated when they ended.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from audiences.testing._checks import Reject, bz_error
from audiences.testing._rows import Account, Hold, UsageRow

PRICES = MappingProxyType(
    {"mention": 1.0, "audience_profile": 3.0, "post_processing": 0.5, "ai_assistant": 15.0}
)
"""Credits per result in each category (the pricing page's table)."""


def settle(account: Account, now: float) -> None:
    """Refund what the runs that have ended by ``now`` reserved and did not use."""
    ended = []
    for hold in account.holds:
        outcome = hold.ended(now)
        if outcome is not None:
            ended.append((outcome, hold))
    for (when, cost), hold in sorted(ended, key=lambda e: e[0][0]):
        account.holds.remove(hold)
        if cost < hold.reserved:
            _record(account, hold.category, cost - hold.reserved, when)


def used(account: Account, now: float) -> float:
    """Credits used by ``now`` (holds of runs still going count in full)."""
    settle(account, now)
    return sum(row.quantity for row in account.usage)


def charge(
    account: Account,
    now: float,
    category: str,
    count: float,
    *,
    refusal: tuple[str, str],
    ended: Callable[[float], tuple[float, float] | None] | None = None,
) -> None:
    """Take ``count`` results' worth of ``category`` credits, or refuse with a 402
    (``refusal``: its code and detail) before any work. With ``ended`` (the run's end and
    the credits it cost, once it has ended), the charge is a hold that settles then."""
    cost = PRICES[category] * count
    if account.credits - used(account, now) < cost:
        raise Reject(bz_error(402, *refusal))
    _record(account, category, cost, now)
    if ended is not None:
        account.holds.append(Hold(category, cost, ended))


def _record(account: Account, category: str, quantity: float, when: float) -> None:
    account.usage.append(UsageRow(len(account.usage) + 1, category, quantity, when))
