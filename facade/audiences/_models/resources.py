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
    name: str | None = None
    profile_count: int | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@attrs.frozen(kw_only=True, repr=False)
class CustomParameter(Model):
    """A Buzzabout custom parameter: a named LLM extraction rule."""

    id: str
    name: str | None = None
    instructions: str | None = None
    value_type: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@attrs.frozen(repr=False)
class PostRef(Model):
    """A post on a platform: ``PostRef("t3_1oqliu8", "reddit")``."""

    id: str
    source: str


@attrs.frozen(repr=False)
class PreviewResult(Model):
    """The value a custom parameter would extract from one post."""

    post_id: str
    source: str
    value: Any = None


@attrs.frozen(repr=False)
class Audience(Model):
    """An AudienceLab audience."""

    id: str


@attrs.frozen(kw_only=True, repr=False)
class Dataset(Model):
    """A Buzzabout dataset: a named container of mentions that its runs fill."""

    id: str
    name: str | None = None
    mentions_count: int | None = None
    url: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
