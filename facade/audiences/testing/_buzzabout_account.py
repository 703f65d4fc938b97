"""Buzzabout's account, usage history and credit prices (tags ``buzzabout-account``,
``buzzabout-credit-prices``): the credits every run-starting handler charges
(``_credits.py``), read back.

``GET /v1/me`` shows the staging page's example account (its plan, feature gates and
limits) with the fake account's own ids and balance: ``credits_total`` is what the fake
was made with, ``credits_used`` what its runs have taken so far (holds of runs still
going in full, refunds of ended ones given back). The usage history lists each charge
and refund oldest first (inferred: the page says "chronological"), 25 a page by default.
``GET /v1/credit_prices`` answers with or without a key, as the pricing page shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audiences.testing._checks import bz_ok
from audiences.testing._credits import PRICES, used
from audiences.testing._paging import feed_page
from audiences.testing._routes import operation
from audiences.testing._rows import Account, UsageRow
from audiences.testing._wire import FakeRequest, FakeResponse
from audiences.testing._words import digest

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

PERIOD = 30 * 86400.0  # the credit period: the account renews this long after it opened
# The staging page's example plan (its nine feature gates and five limits).
PLAN = {
    "features": {
        "api_access": True,
        "audience_research": True,
        "csv_export": True,
        "custom_date_filter": True,
        "daily_digest": True,
        "digest_webhook": False,
        "mcp": True,
        "multisource_research": True,
        "webhooks": True,
    },
    "limits": {
        "max_research_depth": 50,
        "num_seats": 3,
        "parallelism": 4,
        "projects": 5,
        "tracking_agents": 10,
    },
    "name": "Pro",
    "type": "pro",
}


def _number(value: float) -> float | int:
    """A whole number as an integer (``5000``, as the page prints it), else as it is."""
    return int(value) if float(value).is_integer() else value


def _renews(account: Account, now: float) -> float:
    periods = max(0, int((now - account.opened) // PERIOD)) + 1
    return account.opened + periods * PERIOD


def account_json(fake: FakeAPIs, account: Account) -> dict[str, Any]:
    """The calling seat as ``GET /v1/me`` shows it now."""
    now = fake.now()
    user, team = f"user_{digest(account.key, 'user')}", f"acc_{digest(account.key, 'account')}"
    return {
        "account_id": team,
        "created_at": int(account.opened),
        "email": "person@example.com",
        "id": user,
        "members": [
            {
                "email": "person@example.com",
                "name": "Person Surname",
                "type": "member",
                "user_id": user,
            }
        ],
        "name": "Person Surname",
        "plan": PLAN,
        "team_name": "Acme",
        "teams": [{"account_id": team, "name": "Acme"}],
        "usage": {
            "credits_total": _number(account.credits),
            "credits_used": _number(used(account, now)),
            "renews_at": int(_renews(account, now)),
        },
    }


def _record_json(row: UsageRow) -> dict[str, Any]:
    return {
        "category": row.category,
        "created_at": int(row.created),
        "id": row.id,
        "quantity": _number(row.quantity),
    }


@operation("get_account")
def get_account(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The account, its plan and its credits."""
    return bz_ok(200, account_json(fake, account))


@operation("list_usage_history")
def list_usage_history(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The account's charges and refunds, oldest first, one cursor page."""
    used(account, fake.now())  # refunds of the runs that have ended, recorded first
    return feed_page(req, account.usage, _record_json)


@operation("get_credit_prices")
def get_credit_prices(fake: FakeAPIs, account: Account | None, req: FakeRequest) -> FakeResponse:
    """The price table (no key needed)."""
    return bz_ok(200, {name: _number(price) for name, price in PRICES.items()})
