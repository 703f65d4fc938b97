"""What the fake holds: per-key accounts, their rows, the ledger and the seeded ids and keys."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Generic, TypeVar, get_args

import attrs

from audiences.types import ContentAnalysisAction

BUZZABOUT_KEY = "bz_test_fake"
"""The fake's ready-made Buzzabout key (an account with the seeded datasets)."""
AUDIENCELAB_KEY = "al_test_fake"
"""The fake's ready-made AudienceLab key."""
LEADPIPE_KEY = "sk_test_fake"
"""The fake's ready-made Leadpipe key (an account with ``INTENT_AUDIENCE``)."""
SOURCE_DATASET = "ds_fake_coldbrew"
"""A dataset with one completed run and its 200 mentions: audience runs can start on it."""
EMPTY_DATASET = "ds_fake_no_runs"
"""A dataset with no completed run (an audience run on it is a 400)."""
FAILING_DATASET = "ds_fake_failing"
"""A dataset of 50 mentions on which audience runs, and new dataset runs, fail."""
SOURCE_PATTERN = "pt_fake_coldbrew"
"""The pattern a completed pattern detection found in ``SOURCE_DATASET``."""
INTENT_AUDIENCE = "8c049a20-3385-42da-b710-0d038eff5812"
"""A Leadpipe intent audience whose runs complete with result rows."""
FAILING_INTENT_AUDIENCE = "0d3f5a8e-6b1c-4f7e-9a52-1c7e2b9d4f60"
"""A Leadpipe intent audience whose runs end failed (their results are a 409)."""
PENDING_SECONDS = 2.0  # a new Buzzabout run stays pending this long on the fake's clock
SEEDED_AGE = 7 * 86400.0  # the seeded datasets were created this long before the fake
# Every analysis a dataset run can ask for (so each mention filter has data to select).
ALL_ANALYSES = get_args(ContentAnalysisAction)

# Every fake starts with one account per vendor under these keys, holding these ids.
KEYS: Mapping[str, str] = MappingProxyType(
    {"buzzabout": BUZZABOUT_KEY, "audiencelab": AUDIENCELAB_KEY, "leadpipe": LEADPIPE_KEY}
)
READY_IDS: Mapping[str, str] = MappingProxyType(
    {
        "source_dataset": SOURCE_DATASET,
        "empty_dataset": EMPTY_DATASET,
        "failing_dataset": FAILING_DATASET,
        "source_pattern": SOURCE_PATTERN,
        "intent_audience": INTENT_AUDIENCE,
        "failing_intent_audience": FAILING_INTENT_AUDIENCE,
    }
)
READY_IDS_SAY: Mapping[str, str] = MappingProxyType(
    {  # what each ready-made id is, as ``audiences fake`` prints it
        "source_dataset": "dataset with 200 mentions (audience runs, pattern detections)",
        "empty_dataset": "dataset with no completed run",
        "failing_dataset": "dataset whose audience runs fail",
        "source_pattern": "pattern to read (audiences pattern ...)",
        "intent_audience": "Leadpipe intent audience",
        "failing_intent_audience": "Leadpipe intent audience whose runs fail",
    }
)


@attrs.define
class DatasetRunRow:
    """One scraping run of a dataset (its status follows from ``created`` and the clock).

    ``params`` is the search as the API sends it back, defaults filled in; the posts it
    collects are generated from it once, when first needed (``_corpus.run_posts``).
    """

    id: str
    dataset_id: str
    params: dict[str, Any]
    created: float
    seq: int
    fails: bool = False
    posts: tuple[Any, ...] | None = attrs.field(default=None, eq=False, repr=False)


RunT = TypeVar("RunT")  # the kind of run a named container holds


@attrs.define
class NamedRow(Generic[RunT]):
    """A Buzzabout container with a name and runs: created, renamed, soft-deleted."""

    id: str
    name: str | None
    created: float
    updated: float
    seq: int
    deleted: bool = False
    runs: list[RunT] = attrs.field(factory=list)


@attrs.define
class DatasetRow(NamedRow[DatasetRunRow]):
    """A Buzzabout dataset and its runs (``fail_runs``: audience runs and new runs on it fail)."""

    fail_runs: bool = False


@attrs.define
class AudienceDatasetRow(NamedRow["AudienceRunRow"]):
    """A Buzzabout audience dataset and its runs."""


@attrs.define
class AudienceRunRow:
    """One run of an audience dataset (its status follows from ``created`` and the clock)."""

    id: str
    audience_dataset_id: str
    target: int
    created: float
    seq: int
    fails: bool
    # The source dataset, and the profiles collected from it (worked out once, ``_people.py``).
    source: DatasetRow = attrs.field(eq=False, repr=False)
    profiles: tuple[tuple[str, str], ...] | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def source_dataset_id(self) -> str:
        """The id of the dataset the run collects from."""
        return self.source.id


@attrs.define
class PatternRow:
    """A Buzzabout pattern detection run."""

    id: str
    dataset_id: str
    name: str
    research_question: str
    created: float
    pattern_id: str


@attrs.define
class ParameterRow:
    """A Buzzabout custom parameter and its runs."""

    id: str
    name: str
    instructions: str
    value_type: str
    created: float
    updated: float
    runs: list[ParameterRunRow] = attrs.field(factory=list)


@attrs.define
class ParameterRunRow:
    """One run of a custom parameter over a dataset."""

    id: str
    parameter_id: str
    dataset_id: str
    total: int
    created: float


# ------------------------------------------------------------------ Leadpipe


@attrs.define
class IntentExportRow:
    """A stored CSV export of a Leadpipe run (its file is the run's CSV, made on demand)."""

    id: str
    created: float
    byte_size: int
    row_count: int
    sha1: str


@attrs.define
class IntentRunRow:
    """A Leadpipe intent-audience run (``config``: its audience's config when queued)."""

    id: str
    audience_id: str
    organization_id: str
    created: float
    idempotency_key: str | None
    cancelled_at: float | None = None
    fails: bool = False
    run_type: str = "manual"
    config: dict[str, Any] = attrs.field(factory=dict)
    result_count: int | None = None  # rows it completes with (None: drawn from its id)
    exports: list[IntentExportRow] = attrs.field(factory=list)
    stats: dict[str, Any] | None = attrs.field(default=None, eq=False, repr=False)


@attrs.define
class IntentAudienceRow:
    """A saved Leadpipe intent audience and its runs.

    ``fails``: its runs end failed; ``result_count``: the rows its runs complete with;
    ``daily_from``: daily runs are queued at each UTC midnight after it while it is active.
    """

    id: str
    name: str
    status: str
    config: dict[str, Any]
    created: float
    updated: float
    daily_from: float
    fails: bool = False
    result_count: int | None = None
    runs: list[IntentRunRow] = attrs.field(factory=list)


# ------------------------------------------------------------------ credits and AudienceLab


@attrs.frozen
class UsageRow:
    """One credit charge (a positive ``quantity``) or refund (a negative one)."""

    id: int
    category: str
    quantity: float
    created: float


@attrs.frozen
class Hold:
    """Credits reserved up front for a collection run, settled once the run has ended:
    ``ended(now)`` gives ``None`` while it runs, then ``(when, credits it cost)``."""

    category: str
    reserved: float
    ended: Callable[[float], tuple[float, float] | None] = attrs.field(eq=False, repr=False)


@attrs.define
class AudienceRow:
    """An AudienceLab audience as created (its members follow from its id and filters)."""

    id: str
    name: str
    filters: dict[str, Any]
    created: float
    seq: int


@attrs.define
class Account:
    """Everything one API key owns."""

    key: str
    vendor: str
    credits: float
    organization_id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    datasets: dict[str, DatasetRow] = attrs.field(factory=dict)
    audience_datasets: dict[str, AudienceDatasetRow] = attrs.field(factory=dict)
    patterns: dict[str, PatternRow] = attrs.field(factory=dict)
    parameters: dict[str, ParameterRow] = attrs.field(factory=dict)
    intent_audiences: dict[str, IntentAudienceRow] = attrs.field(factory=dict)
    idempotency: dict[tuple[str, str], IntentRunRow] = attrs.field(factory=dict)
    # Buzzabout credits (``credits`` is the period's total) and AudienceLab audiences.
    opened: float = 0.0
    usage: list[UsageRow] = attrs.field(factory=list)
    holds: list[Hold] = attrs.field(factory=list)
    audiences: dict[str, AudienceRow] = attrs.field(factory=dict)


@attrs.frozen
class LedgerEntry:
    """One resource the fake created: which operation, which id, for which key."""

    operation: str
    resource_id: str
    key: str
    tag: str | None = None


def seeded_dataset(
    dataset_id: str, name: str, now: float, *, posts: int, completed: bool, fail_runs: bool = False
) -> DatasetRow:
    """A dataset created ``SEEDED_AGE`` ago; when ``completed``, one completed prompt-search run
    of ``posts`` mentions from four platforms, with every analysis and 10 comments a post."""
    created = now - SEEDED_AGE
    row = DatasetRow(dataset_id, name, created, created, seq=0, fail_runs=fail_runs)
    if completed:
        params = {
            "search_query": {
                "type": "prompt",
                "sources": ["reddit", "tiktok", "youtube", "instagram"],
                "search_query": name,
            },
            "date_range": None,
            "country_code": "US",
            "language": None,
            "count": posts,
            "num_comments_per_post": 10,
            "enable_visual_recognition": False,
            "enable_transcribing": False,
            "content_analysis_actions": list(ALL_ANALYSES),
        }
        run_id = "dr_" + dataset_id.removeprefix("ds_")
        row.runs.append(DatasetRunRow(run_id, dataset_id, params, created + 60, seq=0))
    return row


def seeded_account(key: str, vendor: str, credits: float, now: float) -> Account:
    """A new account for ``key`` with the standard datasets (Buzzabout) or audiences (Leadpipe)."""
    account = Account(key=key, vendor=vendor, credits=credits, opened=now - SEEDED_AGE)
    if vendor == "buzzabout":
        for dataset in (
            seeded_dataset(SOURCE_DATASET, "cold brew", now, posts=200, completed=True),
            seeded_dataset(EMPTY_DATASET, "iced latte", now, posts=0, completed=False),
            seeded_dataset(
                FAILING_DATASET, "espresso", now, posts=50, completed=True, fail_runs=True
            ),
        ):
            account.datasets[dataset.id] = dataset
        source = account.datasets[SOURCE_DATASET]
        account.patterns["pdr_fake_coldbrew"] = PatternRow(
            id="pdr_fake_coldbrew",
            dataset_id=SOURCE_DATASET,
            name="cold brew themes",
            research_question="What do people say about cold brew?",
            created=source.created + 3600,
            pattern_id=SOURCE_PATTERN,
        )
    if vendor == "leadpipe":
        for audience in (
            seeded_intent_audience(INTENT_AUDIENCE, now),
            seeded_intent_audience(FAILING_INTENT_AUDIENCE, now, fails=True),
        ):
            account.intent_audiences[audience.id] = audience
    return account


# The seeded intent audiences' config: the manage-audiences page's example.
SEEDED_INTENT_CONFIG: Mapping[str, Any] = MappingProxyType(
    {
        "topicIds": [117805, 117890, 117918],
        "minScore": 70,
        "maxScore": 99,
        "minTopicOverlap": 2,
        "filters": {
            "company.industries": {"values": ["software development"]},
            "role.seniority": {"values": ["director", "vp", "c_suite"]},
            "contact.hasBusinessEmail": True,
        },
    }
)


def seeded_intent_audience(
    audience_id: str, now: float, *, fails: bool = False, result_count: int | None = None
) -> IntentAudienceRow:
    """An active intent audience saved ``SEEDED_AGE`` ago (its daily runs start ``now``)."""
    created = now - SEEDED_AGE
    return IntentAudienceRow(
        id=audience_id,
        name=audience_id if audience_id not in READY_IDS.values() else _SEEDED_NAMES[fails],
        status="active",
        config=copy.deepcopy(dict(SEEDED_INTENT_CONFIG)),
        created=created,
        updated=created,
        daily_from=now,
        fails=fails,
        result_count=result_count,
    )


_SEEDED_NAMES = {False: "Marketing Directors at Tech Companies", True: "Runs that fail"}
