"""Leadpipe's intent audiences and what surrounds their runs: topics, configs, validations,
previews, saved audiences, run stats and stored exports.

Field names are snake_case (Leadpipe sends camelCase); timestamps are aware UTC, a
``data_date`` is a date. What the documents leave open (a config's ``filters``, a
preview's masked ``sample`` rows and ``breakdowns``, the stats' ``averages``) keeps the
JSON the API sent; those fields are left out of the hash.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from audiences._models._base import Model
from audiences._models.runs import IntentAudienceRun


@attrs.frozen(kw_only=True, repr=False)
class IntentTopic(Model):
    """A topic people research; an audience config lists topics by ``topic_id``."""

    topic_id: int
    """The topic's id (what a config's ``topicIds`` lists)."""
    topic_name: str | None = None
    """Its name (``Marketing ROI``)."""
    type: str | None = None
    """``b2b``, ``b2c`` or ``both`` (or a newer word)."""
    industry: str | None = None
    """Its industry."""
    category: str | None = None
    """Its category."""


@attrs.frozen(kw_only=True, repr=False)
class IntentAudienceConfig(Model):
    """An audience config: the topics people research, the intent score range, how many of
    the topics a person must match, and ICP filters keyed as the filter catalogue keys them.

    ``config=`` takes one of these (``validation.normalized_config``, ``audience.config``)
    or a dict as the documents write it: ``{"topicIds": [117805], "minScore": 70}``.
    """

    topic_ids: tuple[int, ...] = ()
    """The topics (``IntentTopic.topic_id``)."""
    min_score: int | None = None
    """The lowest intent score (a percentile; Leadpipe clamps values below 50 to 50)."""
    max_score: int | None = None
    """The highest intent score."""
    min_topic_overlap: int | None = None
    """How many of the topics a person must match."""
    filters: dict[str, Any] | None = attrs.field(default=None, hash=False)
    """ICP filters as sent (``{"role.seniority": {"values": ["director"]}}``)."""
    source_url: str | None = None
    """The website the topics came from."""


@attrs.frozen(kw_only=True, repr=False)
class IntentAudienceTopic(Model):
    """A topic of a saved audience, as Leadpipe's older API lists them."""

    id: int | None = None
    """The topic's id."""
    name: str | None = None
    """Its name."""


@attrs.frozen(kw_only=True, repr=False)
class IntentAudience(Model):
    """A saved Leadpipe intent audience: runs are queued on it (``intent_audiences.runs``)."""

    id: str
    """Its id (its runs' ``audience_id``)."""
    organization_id: str | None = None
    """The Leadpipe organization that owns it."""
    name: str | None = None
    """Its name."""
    status: str | None = None
    """``draft``, ``active`` or ``paused`` (or a newer word)."""
    access_type: str | None = None
    """Its access type (``paid``)."""
    daily_refresh_enabled: bool | None = None
    """Whether daily runs refresh it."""
    audience_size: int | None = None
    """People in its latest run."""
    last_refreshed_at: _dt.datetime | None = None
    """When a run last refreshed it."""
    created_at: _dt.datetime | None = None
    """When it was saved."""
    updated_at: _dt.datetime | None = None
    """When it last changed."""
    config: IntentAudienceConfig | None = None
    """Its config (what the answer sends, or what was sent to save it)."""
    topics: tuple[IntentAudienceTopic, ...] = ()
    """Its topics, where the answer lists them."""

    def _shown_names(self) -> tuple[str, ...]:
        return ("id", "name", "status", "audience_size", "created_at")


@attrs.frozen(kw_only=True, repr=False)
class AudienceValidation(Model):
    """A config checked, and its normalized form, without running a preview."""

    valid: bool | None = None
    """Whether the config is valid."""
    config_hash: str | None = None
    """The normalized config's hash (a run's ``config_hash``)."""
    normalized_config: IntentAudienceConfig | None = None
    """The config as Leadpipe will use it."""
    applied_filters: tuple[str, ...] = ()
    """The filter keys that apply."""
    strategy: str | None = None
    """The query strategy (``serving_table_in``)."""


@attrs.frozen(kw_only=True, repr=False)
class BreakdownItem(Model):
    """One value of a preview's breakdown, and how many people have it."""

    value: str | None = None
    """The value (``software development``)."""
    label: str | None = None
    """Its label."""
    count: int | None = None
    """People with it."""


@attrs.frozen(kw_only=True, repr=False)
class AudiencePreview(Model):
    """What a config selects, before it is saved or run: a count, breakdowns and a masked
    sample of people."""

    config_hash: str | None = None
    """The normalized config's hash."""
    data_date: _dt.date | None = None
    """The day of data it describes."""
    strategy: str | None = None
    """The query strategy."""
    total_count: int | None = None
    """People the config selects."""
    breakdowns: dict[str, tuple[BreakdownItem, ...]] = attrs.field(factory=dict, hash=False)
    """Counts by dimension (``industries``, ``seniorities``, ...)."""
    sample: tuple[dict[str, Any], ...] = attrs.field(default=(), hash=False)
    """Masked sample rows, as sent (people, with their ``intent``)."""
    applied_filters: tuple[str, ...] = ()
    """The filter keys that applied."""
    preview_key: str | None = None
    """The preview's key (Leadpipe's older API)."""

    def _shown_names(self) -> tuple[str, ...]:
        return ("config_hash", "data_date", "total_count", "applied_filters")


@attrs.frozen(kw_only=True, repr=False)
class FillRate(Model):
    """How many of a run's rows have a field, and their share in percent."""

    count: int | None = None
    """Rows with the field."""
    percent: float | None = None
    """Their share, in percent (``68.21``)."""


@attrs.frozen(kw_only=True, repr=False)
class ScoreBucket(Model):
    """The rows of a run whose intent score falls in one range."""

    bucket: str | None = None
    """The range (``70-89``)."""
    count: int | None = None
    """Rows in it."""
    percent: float | None = None
    """Their share, in percent."""


@attrs.frozen(kw_only=True, repr=False)
class RunStats(Model):
    """Stats over a completed run's rows: fill rates, a score histogram, averages."""

    total: int | None = None
    """Rows in all."""
    fill_rates: dict[str, FillRate] = attrs.field(factory=dict, hash=False)
    """Per result field (some dotted: ``company.name``)."""
    score_histogram: tuple[ScoreBucket, ...] = ()
    """Rows per score range."""
    averages: dict[str, Any] = attrs.field(factory=dict, hash=False)
    """Averages, as sent (the documents show them empty)."""
    run: IntentAudienceRun | None = None
    """The run they describe."""

    def _shown_names(self) -> tuple[str, ...]:
        return ("total", "score_histogram")


@attrs.frozen(kw_only=True, repr=False)
class RunExport(Model):
    """A stored CSV export of a run, with a signed URL to download it until it expires."""

    id: str
    """The export's id (``runs.exports.get`` takes it)."""
    organization_id: str | None = None
    """The Leadpipe organization that owns it."""
    audience_id: str | None = None
    """The audience."""
    run_id: str | None = None
    """The run."""
    export_type: str | None = None
    """``csv``."""
    status: str | None = None
    """``processing`` or ``completed`` (or a newer word)."""
    storage_provider: str | None = None
    """Where the file is stored."""
    content_type: str | None = None
    """The file's media type (``text/csv``)."""
    byte_size: int | None = None
    """The file's size in bytes."""
    row_count: int | None = None
    """Rows in the file."""
    bucket_name: str | None = None
    """The storage bucket."""
    file_id: str | None = None
    """The stored file's id."""
    file_name: str | None = None
    """The stored file's name."""
    content_sha1: str | None = None
    """The file's SHA-1."""
    error_code: str | None = None
    """Leadpipe's code for a failed export."""
    error_message: str | None = None
    """Why it failed."""
    requested_by: str | None = None
    """Who asked for it."""
    completed_at: _dt.datetime | None = None
    """When the file was ready."""
    expires_at: _dt.datetime | None = None
    """When the stored file expires."""
    created_at: _dt.datetime | None = None
    """When it was created."""
    updated_at: _dt.datetime | None = None
    """When it last changed."""
    download_url: str | None = None
    """A signed URL that downloads the file (no API key needed), until it expires."""
    download_url_expires_at: _dt.datetime | None = None
    """When ``download_url`` stops working."""
    download_url_ttl_seconds: int | None = None
    """Seconds ``download_url`` was valid for when it was signed."""

    def _shown_names(self) -> tuple[str, ...]:
        return ("id", "run_id", "status", "row_count", "byte_size", "download_url_expires_at")


__all__ = [
    "AudiencePreview",
    "AudienceValidation",
    "BreakdownItem",
    "FillRate",
    "IntentAudience",
    "IntentAudienceConfig",
    "IntentAudienceTopic",
    "IntentTopic",
    "RunExport",
    "RunStats",
    "ScoreBucket",
]
