"""Runs: one status vocabulary, steps and progress, and each vendor's run kind."""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from audiences._models._base import Model


class RunStatus(enum.StrEnum):
    """A run's status, the same words for every vendor."""

    QUEUED = "queued"
    """Accepted, not started: Buzzabout ``pending``, Leadpipe ``queued``."""
    RUNNING = "running"
    """Under way: Buzzabout ``working`` or ``processing``, Leadpipe ``running``."""
    COMPLETED = "completed"
    """Finished with its results."""
    FAILED = "failed"
    """Finished without them; ``error_message`` (and Leadpipe's ``error_code``) say why."""
    CANCELLED = "cancelled"
    """Stopped before it ran (Leadpipe)."""
    UNKNOWN = "unknown"
    """A word no document lists; the word itself is in ``raw_status``."""

    @property
    def is_terminal(self) -> bool:
        """Whether the run will not change any more."""
        return self in _TERMINAL


_TERMINAL = frozenset({RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED})


@attrs.frozen(repr=False)
class Step(Model):
    """One step of a run; ``completed_at`` is ``None`` while it runs."""

    name: str
    """The step's name as the vendor sends it (``fetch_posts``, ``scraping``, ...)."""
    completed_at: _dt.datetime | None = None
    """When it finished (aware UTC); ``None`` while it runs."""
    error_message: str | None = None
    """Why it failed, on a failed step."""


@attrs.frozen(repr=False)
class Progress(Model):
    """How far a run has got: items done, items that failed, items in all."""

    done: int
    """Items finished."""
    errors: int
    """Items that failed."""
    total: int
    """Items in all."""

    @property
    def fraction(self) -> float:
        """Share of the work finished (done or failed), from 0.0 to 1.0."""
        if self.total <= 0:
            return 0.0
        return min(1.0, max(0.0, (self.done + self.errors) / self.total))


# The progress of a run that ended without counters of its own: all of it done (1.0), all
# of it failed (1.0, one error), or none of it (a run cancelled before it ran).
_ENDED = {
    RunStatus.COMPLETED: Progress(done=1, errors=0, total=1),
    RunStatus.FAILED: Progress(done=0, errors=1, total=1),
    RunStatus.CANCELLED: Progress(done=0, errors=0, total=1),
}


@attrs.frozen(kw_only=True, repr=False)
class Run(Model):
    """What every run kind has in common."""

    id: str
    """The run's id."""
    status: RunStatus
    """The normalized status (the same words for every vendor)."""
    raw_status: str | None = None
    """The status word exactly as the vendor sent it."""
    created_at: _dt.datetime | None = None
    """When the run was created (aware UTC)."""
    updated_at: _dt.datetime | None = None
    """When the vendor last changed it."""
    started_at: _dt.datetime | None = None
    """When it started, where the vendor says (Leadpipe)."""
    completed_at: _dt.datetime | None = None
    """When it ended (its last step, or the vendor's own time); ``None`` until then."""
    steps: tuple[Step, ...] = ()
    """Its steps, in order (Buzzabout)."""
    progress: Progress | None = None
    """How far it has got: from its steps or counters where the vendor gives them, and set
    for every run once it ended (``fraction`` 1.0 once completed)."""
    error_message: str | None = None
    """Why it failed: the failed step and its message."""

    def __attrs_post_init__(self) -> None:
        if self.progress is None and self.status in _ENDED:
            object.__setattr__(self, "progress", _ENDED[self.status])


@attrs.frozen(kw_only=True, repr=False)
class AudienceDatasetRun(Run):
    """A Buzzabout profile-collection run of an audience dataset."""

    audience_dataset_id: str = ""
    """The audience dataset it fills (always set on a run an API call returned: the id
    it was asked under; ``""`` only on a run built by hand without it)."""
    source_dataset_id: str | None = None
    """The dataset whose posts' authors and commenters it collects."""
    target_profile_count: int | None = None
    """How many profiles it was asked for (the API's default when not given)."""
    profile_count: int | None = None
    """How many it collected, once completed."""


@attrs.frozen(kw_only=True, repr=False)
class PatternDetectionRun(Run):
    """A Buzzabout pattern detection; ``pattern_id`` is set once it completed."""

    dataset_id: str | None = None
    """The dataset it reads."""
    name: str | None = None
    """Its name."""
    research_question: str | None = None
    """The question it answers."""
    pattern_id: str | None = None
    """Its pattern, once completed (``client.patterns.get(pattern_id)``)."""


@attrs.frozen(kw_only=True, repr=False)
class CustomParameterRun(Run):
    """A Buzzabout custom-parameter run; ``progress`` comes from its mention counters."""

    custom_parameter_id: str = ""
    """The custom parameter it runs (always set on a run an API call returned: the id it
    was asked under; ``""`` only on a run built by hand without it)."""
    dataset_id: str | None = None
    """The dataset whose mentions it reads."""


@attrs.frozen(kw_only=True, repr=False)
class IntentAudienceRun(Run):
    """A Leadpipe intent-audience run."""

    audience_id: str = ""
    """The intent audience it belongs to (always set on a run an API call returned: the id
    it was asked under; ``""`` only on a run built by hand without it)."""
    organization_id: str | None = None
    """The Leadpipe organization that owns it."""
    run_type: str | None = None
    """``manual``, ``daily`` or ``preview`` (or a newer word)."""
    config_hash: str | None = None
    """A hash of the audience's configuration when the run was made."""
    data_date: _dt.date | None = None
    """The day of data it covers."""
    candidate_count: int | None = None
    """Candidates considered."""
    result_count: int | None = None
    """Results found (``runs.results`` reads them)."""
    attempts: int | None = None
    """Attempts made so far."""
    error_code: str | None = None
    """Leadpipe's code for a failure."""
    next_attempt_at: _dt.datetime | None = None
    """When a failed attempt will be retried."""
    cancelled_at: _dt.datetime | None = None
    """When it was cancelled."""
    result_key: str | None = None
    """Where Leadpipe stores its results."""
    idempotency_key: str | None = None
    """The ``Idempotency-Key`` it was queued with."""
    ready_email_sent_at: _dt.datetime | None = None
    """When the "results ready" email went out."""
    ready_email_export_id: str | None = None
    """The export that email links to."""
    ready_email_error: str | None = None
    """Why that email could not be sent."""


@attrs.frozen(repr=False)
class SourceURL(Model):
    """One target of a URL search: ``SourceURL("reddit", "https://reddit.com/r/...", "thread")``.

    ``text`` narrows a Reddit thread to matching comments (Reddit only).
    """

    source: str
    """The platform (``reddit``, ``tiktok``, ...)."""
    url: str
    """The post's URL."""
    text: str | None = None
    """Reddit only: narrows the thread to matching comments."""


@attrs.frozen(kw_only=True, repr=False)
class DatasetRunParams(Model):
    """The search a dataset run was made with, as the API sends it back.

    ``search_type`` is ``prompt`` (``search_query`` over ``sources``) or ``url``
    (``source_urls``); ``date_range`` is a ``(from, to)`` pair of dates.
    """

    search_type: str | None = None
    """``prompt`` or ``url``."""
    search_query: str | None = None
    """A prompt search's words."""
    sources: tuple[str, ...] = ()
    """A prompt search's platforms."""
    source_urls: tuple[SourceURL, ...] = ()
    """A URL search's targets."""
    count: int | None = None
    """Posts asked for."""
    num_comments_per_post: int | None = None
    """Comments collected per post."""
    date_range: tuple[_dt.date | None, _dt.date | None] | None = None
    """``(from, to)`` dates, when the search was limited."""
    country_code: str | None = None
    """ISO 3166-1 alpha-2 country."""
    language: str | None = None
    """BCP-47 language."""
    enable_visual_recognition: bool | None = None
    """Whether images and video frames were analysed."""
    enable_transcribing: bool | None = None
    """Whether audio was transcribed."""
    content_analysis_actions: tuple[str, ...] = ()
    """The analyses applied to each post."""


@attrs.frozen(kw_only=True, repr=False)
class DatasetRun(Run):
    """A Buzzabout dataset run: one collection of posts into a dataset."""

    dataset_id: str = ""
    """The dataset it fills (always set on a run an API call returned: the id it was asked
    under; ``""`` only on a run built by hand without it)."""
    mentions_count: int | None = None
    """Mentions it collected."""
    params: DatasetRunParams | None = None
    """The search it was made with, as the API sends it back."""


__all__ = [
    "AudienceDatasetRun",
    "CustomParameterRun",
    "DatasetRun",
    "DatasetRunParams",
    "IntentAudienceRun",
    "PatternDetectionRun",
    "Progress",
    "Run",
    "RunStatus",
    "SourceURL",
    "Step",
]
