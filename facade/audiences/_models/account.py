"""A Buzzabout account's plan and credits: what a run will cost and what is left.

Documented only in Buzzabout's staging docs (``me`` and the pricing page), which say these
newer endpoints may change. Credits are numbers, not integers: post processing costs
half a credit a post.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from audiences._models._base import Model


@attrs.frozen(kw_only=True, repr=False)
class PlanFeatures(Model):
    """The plan's feature gates: whether each feature is on."""

    api_access: bool | None = None
    """API access."""
    audience_research: bool | None = None
    """Audience research (audience datasets)."""
    csv_export: bool | None = None
    """CSV export."""
    custom_date_filter: bool | None = None
    """Custom date filters."""
    daily_digest: bool | None = None
    """The daily digest."""
    digest_webhook: bool | None = None
    """The digest webhook."""
    mcp: bool | None = None
    """The MCP server."""
    multisource_research: bool | None = None
    """Research across several sources."""
    webhooks: bool | None = None
    """Webhooks."""


@attrs.frozen(kw_only=True, repr=False)
class PlanLimits(Model):
    """The plan's limits."""

    max_research_depth: int | None = None
    """The deepest research."""
    num_seats: int | None = None
    """Seats."""
    parallelism: int | None = None
    """Runs at once."""
    projects: int | None = None
    """Projects."""
    tracking_agents: int | None = None
    """Tracking agents."""


@attrs.frozen(kw_only=True, repr=False)
class AccountPlan(Model):
    """The account's plan: its name, its feature gates and its limits."""

    name: str | None = None
    """Its display name (``Pro``)."""
    type: str | None = None
    """Its machine name (``pro``)."""
    features: PlanFeatures | None = None
    """Which features it has."""
    limits: PlanLimits | None = None
    """How far it goes."""


@attrs.frozen(kw_only=True, repr=False)
class Account(Model):
    """The calling seat and its account: who, which plan, and the credit balance.

    ``credits_left`` is ``credits_total - credits_used`` (the API sends no balance field).
    """

    id: str
    """The calling user's id (``user_...``)."""
    email: str | None = None
    """The user's email."""
    name: str | None = None
    """The user's name."""
    credits_total: float | None = None
    """Credits of the current period."""
    credits_used: float | None = None
    """Credits used so far in it."""
    credits_left: float | None = None
    """What is left to spend: ``credits_total - credits_used``."""
    renews_at: _dt.datetime | None = None
    """When the period renews."""
    plan: AccountPlan | None = None
    """The plan, with its feature gates and limits."""
    account_id: str | None = None
    """The account's id (``acc_...``)."""
    team_name: str | None = None
    """The account's team name."""
    created_at: _dt.datetime | None = None
    """When the user was created."""


@attrs.frozen(kw_only=True, repr=False)
class UsageRecord(Model):
    """One credit charge (or refund) in the account's usage history."""

    id: int
    """The record's id (an integer)."""
    category: str | None = None
    """The pricing category: ``mention``, ``audience_profile``, ``post_processing``,
    ``ai_assistant``, or a newer word."""
    quantity: float | None = None
    """Credits charged."""
    created_at: _dt.datetime | None = None
    """When."""


@attrs.frozen(kw_only=True, repr=False)
class CreditPrices(Model):
    """Credits charged per result in each pricing category."""

    mention: float | None = None
    """Per mention a dataset run collects."""
    audience_profile: float | None = None
    """Per profile an audience-dataset run collects."""
    post_processing: float | None = None
    """Per post a custom-parameter or pattern-detection run processes."""
    ai_assistant: float | None = None
    """Per assistant turn."""


__all__ = [
    "Account",
    "AccountPlan",
    "CreditPrices",
    "PlanFeatures",
    "PlanLimits",
    "UsageRecord",
]
