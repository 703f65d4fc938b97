"""Runs: one status vocabulary, steps and progress, and each vendor's run kind."""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from audiences._models._base import Model


class RunStatus(enum.StrEnum):
    """A run's status, the same words for every vendor."""

    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def is_terminal(self) -> bool:
        """Whether the run will not change any more."""
        return self in _TERMINAL


_TERMINAL = frozenset({RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED})


@attrs.frozen(repr=False)
class Step(Model):
    """One step of a run; ``completed_at`` is ``None`` while it runs."""

    name: str
    completed_at: _dt.datetime | None = None
    error_message: str | None = None


@attrs.frozen(repr=False)
class Progress(Model):
    """How far a run has got: items done, items that failed, items in all."""

    done: int
    errors: int
    total: int

    @property
    def fraction(self) -> float:
        """Share of the work finished (done or failed), from 0.0 to 1.0."""
        if self.total <= 0:
            return 0.0
        return min(1.0, max(0.0, (self.done + self.errors) / self.total))


@attrs.frozen(kw_only=True, repr=False)
class Run(Model):
    """What every run kind has in common."""

    id: str
    status: RunStatus
    raw_status: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    started_at: _dt.datetime | None = None
    completed_at: _dt.datetime | None = None
    steps: tuple[Step, ...] = ()
    progress: Progress | None = None
    error_message: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class AudienceDatasetRun(Run):
    """A Buzzabout profile-collection run of an audience dataset."""

    audience_dataset_id: str | None = None
    source_dataset_id: str | None = None
    target_profile_count: int | None = None
    profile_count: int | None = None


@attrs.frozen(kw_only=True, repr=False)
class PatternDetectionRun(Run):
    """A Buzzabout pattern detection; ``pattern_id`` is set once it completed."""

    dataset_id: str | None = None
    name: str | None = None
    research_question: str | None = None
    pattern_id: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class CustomParameterRun(Run):
    """A Buzzabout custom-parameter run; ``progress`` comes from its mention counters."""

    custom_parameter_id: str | None = None
    dataset_id: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class IntentAudienceRun(Run):
    """A Leadpipe intent-audience run."""

    audience_id: str | None = None
    organization_id: str | None = None
    run_type: str | None = None
    config_hash: str | None = None
    data_date: _dt.date | None = None
    candidate_count: int | None = None
    result_count: int | None = None
    attempts: int | None = None
    error_code: str | None = None


@attrs.frozen(repr=False)
class SourceURL(Model):
    """One target of a URL search: ``SourceURL("reddit", "https://reddit.com/r/...", "thread")``.

    ``text`` narrows a Reddit thread to matching comments (Reddit only).
    """

    source: str
    url: str
    text: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class DatasetRunParams(Model):
    """The search a dataset run was made with, as the API sends it back.

    ``search_type`` is ``prompt`` (``search_query`` over ``sources``) or ``url``
    (``source_urls``); ``date_range`` is a ``(from, to)`` pair of dates.
    """

    search_type: str | None = None
    search_query: str | None = None
    sources: tuple[str, ...] = ()
    source_urls: tuple[SourceURL, ...] = ()
    count: int | None = None
    num_comments_per_post: int | None = None
    date_range: tuple[_dt.date | None, _dt.date | None] | None = None
    country_code: str | None = None
    language: str | None = None
    enable_visual_recognition: bool | None = None
    enable_transcribing: bool | None = None
    content_analysis_actions: tuple[str, ...] = ()


@attrs.frozen(kw_only=True, repr=False)
class DatasetRun(Run):
    """A Buzzabout dataset run: one collection of posts into a dataset."""

    dataset_id: str | None = None
    mentions_count: int | None = None
    params: DatasetRunParams | None = None
