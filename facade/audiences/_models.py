"""The normalized models services see: frozen attrs classes, snake_case, UTC datetimes.

No generated class and no ``UNSET`` ever reaches these: absent means ``None``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any

import attrs


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


@attrs.frozen
class Step:
    """One step of a run; ``completed_at`` is ``None`` while it runs."""

    name: str
    completed_at: _dt.datetime | None = None
    error_message: str | None = None


@attrs.frozen
class Progress:
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


@attrs.frozen(kw_only=True)
class Run:
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


@attrs.frozen(kw_only=True)
class AudienceDatasetRun(Run):
    """A Buzzabout profile-collection run of an audience dataset."""

    audience_dataset_id: str | None = None
    source_dataset_id: str | None = None
    target_profile_count: int | None = None
    profile_count: int | None = None


@attrs.frozen(kw_only=True)
class PatternDetectionRun(Run):
    """A Buzzabout pattern detection; ``pattern_id`` is set once it completed."""

    dataset_id: str | None = None
    name: str | None = None
    research_question: str | None = None
    pattern_id: str | None = None


@attrs.frozen(kw_only=True)
class CustomParameterRun(Run):
    """A Buzzabout custom-parameter run; ``progress`` comes from its mention counters."""

    custom_parameter_id: str | None = None
    dataset_id: str | None = None


@attrs.frozen(kw_only=True)
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


@attrs.frozen(kw_only=True)
class AudienceDataset:
    """A Buzzabout audience dataset: a named container of audience runs."""

    id: str
    name: str | None = None
    profile_count: int | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@attrs.frozen(kw_only=True)
class CustomParameter:
    """A Buzzabout custom parameter: a named LLM extraction rule."""

    id: str
    name: str | None = None
    instructions: str | None = None
    value_type: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@attrs.frozen
class PostRef:
    """A post on a platform: ``PostRef("t3_1oqliu8", "reddit")``."""

    id: str
    source: str


@attrs.frozen
class PreviewResult:
    """The value a custom parameter would extract from one post."""

    post_id: str
    source: str
    value: Any = None


@attrs.frozen
class Audience:
    """An AudienceLab audience."""

    id: str
