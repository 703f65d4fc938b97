"""The resources the APIs keep: datasets, audience datasets, custom parameters, audiences."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from audiences._models._base import Model


@attrs.frozen(kw_only=True, repr=False)
class AudienceDataset(Model):
    """A Buzzabout audience dataset: a named container of audience runs."""

    id: str
    """Its id."""
    name: str | None = None
    """Its name (``None`` once cleared)."""
    profile_count: int | None = None
    """Profiles collected by its runs."""
    created_at: _dt.datetime | None = None
    """When it was created."""
    updated_at: _dt.datetime | None = None
    """When it last changed."""


@attrs.frozen(kw_only=True, repr=False)
class CustomParameter(Model):
    """A Buzzabout custom parameter: a named LLM extraction rule."""

    id: str
    """Its id."""
    name: str | None = None
    """Its name."""
    instructions: str | None = None
    """What the LLM is told to extract."""
    value_type: str | None = None
    """The type of the extracted value (``string``)."""
    created_at: _dt.datetime | None = None
    """When it was created."""
    updated_at: _dt.datetime | None = None
    """When it last changed."""


@attrs.frozen(repr=False)
class PostRef(Model):
    """A post on a platform: ``PostRef("t3_1oqliu8", "reddit")``."""

    id: str
    """The post's id on its platform."""
    source: str
    """The platform."""


@attrs.frozen(repr=False)
class PreviewResult(Model):
    """The value a custom parameter would extract from one post."""

    post_id: str
    """The post's id."""
    source: str
    """Its platform."""
    value: Any = None
    """What the custom parameter extracted (JSON, typed by its value type)."""


@attrs.frozen(repr=False)
class Audience(Model):
    """An AudienceLab audience."""

    id: str
    """The audience's id."""


@attrs.frozen(kw_only=True, repr=False)
class AudienceSummary(Model):
    """An AudienceLab audience as its list shows it (community-observed: no official
    reference documents the list)."""

    id: str
    """The audience's id."""
    name: str | None = None
    """Its name."""
    scheduled_refresh: bool | None = None
    """Whether it refreshes on a schedule."""
    refresh_interval: str | None = None
    """How often, as sent."""
    next_scheduled_refresh: _dt.datetime | None = None
    """When it refreshes next."""
    webhook_url: str | None = None
    """The webhook told of each refresh."""


@attrs.frozen(kw_only=True, repr=False)
class Dataset(Model):
    """A Buzzabout dataset: a named container of mentions that its runs fill."""

    id: str
    """Its id."""
    name: str | None = None
    """Its name (``None`` once cleared)."""
    mentions_count: int | None = None
    """Mentions its runs collected."""
    url: str | None = None
    """Its page in the Buzzabout app."""
    created_at: _dt.datetime | None = None
    """When it was created."""
    updated_at: _dt.datetime | None = None
    """When it last changed."""


__all__ = [
    "Audience",
    "AudienceDataset",
    "AudienceSummary",
    "CustomParameter",
    "Dataset",
    "PostRef",
    "PreviewResult",
]
