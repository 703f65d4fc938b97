"""Buzzabout's account (``GET /v1/me``), its usage history, and the credit price table.

Beta: documented only in Buzzabout's staging docs. The API sends no balance: what is
left is ``credits_total - credits_used``. Timestamps are epoch seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from audiences import _spec as spec, _validation as check
from audiences._core import Operation
from audiences._models import (
    Account,
    AccountPlan,
    CreditPrices,
    PlanFeatures,
    PlanLimits,
    UsageRecord,
)
from audiences._pagination import PageOp
from audiences._read import Fields, Reader, ShapeError
from audiences._vendors import _buzzabout as bz

T = TypeVar("T")
read_features = Reader(PlanFeatures, "AccountPlanFeatures")
read_limits = Reader(PlanLimits, "AccountPlanLimits")


def _nested(read: Reader[T]) -> Callable[[Fields, str], T | None]:
    """A reader of an object field that may be absent or null."""

    def read_field(d: Fields, key: str) -> T | None:
        found = d.object(key)
        return None if found is None else read(found)

    return read_field


read_plan = Reader(
    AccountPlan,
    "AccountPlan",
    read={"features": _nested(read_features), "limits": _nested(read_limits)},
)


def _usage(d: Fields, read: dict[str, Any]) -> dict[str, Any]:
    """The balance from ``usage``: what the period has, what is used, what is left."""
    usage = d.object("usage")
    if usage is None:
        return {}
    total, used = usage.number("credits_total"), usage.number("credits_used")
    return {
        "credits_total": total,
        "credits_used": used,
        "credits_left": None if total is None or used is None else total - used,
        "renews_at": usage.stamp("renews_at"),
    }


read_account = Reader(
    Account,
    "Account",
    read={"id": Fields.ident, "plan": _nested(read_plan), "created_at": Fields.stamp},
    computed=_usage,
    uses=("usage",),
    # Seats (members and invitations) and the teams the user belongs to: who shares the
    # account, not what it can spend; raw responses keep them.
    dropped=("members", "teams"),
)


def _record_id(d: Fields, key: str) -> int:
    found = d.integer(key)
    if found is None:
        raise ShapeError(f"{d.where}.{key}: expected an integer id, got null")
    return found


read_record = Reader(
    UsageRecord, "UsageRecord", read={"id": _record_id, "created_at": Fields.stamp}
)
read_prices = Reader(CreditPrices, "CreditPrices")


def get() -> Operation[Account]:
    """GET /v1/me."""
    from audiences_api.api.buzzabout_account import get_account as api

    return bz.operation(api.request_kwargs(), bz.one(read_account))


def usage_history(limit: int | None, cursor: str | None) -> PageOp[UsageRecord]:
    """GET /v1/me/usage_history, page by page (the cursor in the query); ``limit`` and the
    caller's first ``cursor`` checked against the operation's parameters."""
    from audiences_api.api.buzzabout_account import list_usage_history as api
    from audiences_api.types import UNSET

    size = UNSET
    if limit is not None:
        size = check.valid("limit", limit, spec.param("list_usage_history", "limit"))
    if cursor is not None:
        check.valid("cursor", cursor, spec.param("list_usage_history", "cursor"))
    parse = bz.page(read_record)

    def page_at(at: str | None) -> Operation[Any]:
        request = api.request_kwargs(limit=size, cursor=UNSET if at is None else at)
        return bz.operation(request, parse)

    return page_at


def credit_prices() -> Operation[CreditPrices]:
    """GET /v1/credit_prices (no authentication needed; the key is sent all the same)."""
    from audiences_api.api.buzzabout_credit_prices import get_credit_prices as api

    return bz.operation(api.request_kwargs(), bz.one(read_prices))
