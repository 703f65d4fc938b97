"""The normalized models services see: frozen attrs classes, snake_case, UTC datetimes.

No generated class and no ``UNSET`` ever reaches these: absent means ``None``. Every
model has ``to_dict()`` and ``to_json()`` (ISO-8601 timestamps, statuses as their
words, nested models included), is hashable where its fields are, and has a short repr
that leaves out what is unset.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from typing import TYPE_CHECKING, Any, cast

import attrs

if TYPE_CHECKING:
    from attrs import Attribute, AttrsInstance


def _plain(value: Any) -> Any:
    """``value`` as plain JSON data."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.date):  # datetimes too: aware UTC ones end in Z
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def _short(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if isinstance(value, _dt.datetime | _dt.date):
        return _plain(value)  # type: ignore[no-any-return]
    if isinstance(value, tuple) and value and isinstance(value[0], Model):
        return f"<{len(value)} {type(value[0]).__name__}>"
    return repr(value)


class Model:
    """What every model offers: ``to_dict()``, ``to_json()``, and a short repr."""

    __slots__ = ()

    def _fields(self) -> tuple[Attribute[Any], ...]:
        return tuple(attrs.fields(cast("type[AttrsInstance]", type(self))))

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON data: ISO-8601 timestamps, words for statuses."""
        return {f.name: _plain(getattr(self, f.name)) for f in self._fields()}

    def to_json(self, **dumps: Any) -> str:
        """``to_dict()`` as a JSON string (keyword arguments go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), **dumps)

    def __repr__(self) -> str:
        shown = (
            f"{f.name}={_short(value)}"
            for f in self._fields()
            if (value := getattr(self, f.name)) is not None and value not in ((), "")
        )
        return f"{type(self).__name__}({', '.join(shown)})"


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
