"""What the fake holds: per-key accounts, their rows, the ledger and the seeded ids and keys."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from types import MappingProxyType

import attrs

BUZZABOUT_KEY = "bz_test_fake"
AUDIENCELAB_KEY = "al_test_fake"
LEADPIPE_KEY = "sk_test_fake"
SOURCE_DATASET = "ds_fake_coldbrew"  # 200 posts, one completed run
EMPTY_DATASET = "ds_fake_no_runs"  # no completed run yet
FAILING_DATASET = "ds_fake_failing"  # audience runs on it fail at collect_profiles
INTENT_AUDIENCE = "8c049a20-3385-42da-b710-0d038eff5812"
PENDING_SECONDS = 2.0  # a new Buzzabout run stays pending this long on the fake's clock

# Every fake starts with one account per vendor under these keys, holding these ids.
KEYS: Mapping[str, str] = MappingProxyType(
    {"buzzabout": BUZZABOUT_KEY, "audiencelab": AUDIENCELAB_KEY, "leadpipe": LEADPIPE_KEY}
)
READY_IDS: Mapping[str, str] = MappingProxyType(
    {
        "source_dataset": SOURCE_DATASET,
        "empty_dataset": EMPTY_DATASET,
        "failing_dataset": FAILING_DATASET,
        "intent_audience": INTENT_AUDIENCE,
    }
)


@attrs.define
class Dataset:
    """A Buzzabout source dataset (not one of the 23 operations; seeded or added by tests)."""

    id: str
    posts: int
    completed: bool
    fail_runs: bool = False


@attrs.define
class AudienceDatasetRow:
    """A Buzzabout audience dataset and its runs."""

    id: str
    name: str | None
    created: float
    updated: float
    seq: int
    deleted: bool = False
    runs: list[AudienceRunRow] = attrs.field(factory=list)


@attrs.define
class AudienceRunRow:
    """One run of an audience dataset (its status follows from ``created`` and the clock)."""

    id: str
    audience_dataset_id: str
    source_dataset_id: str
    target: int
    created: float
    seq: int
    fails: bool


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


@attrs.define
class IntentRunRow:
    """A Leadpipe intent-audience run."""

    id: str
    audience_id: str
    organization_id: str
    created: float
    idempotency_key: str | None
    cancelled_at: float | None = None


@attrs.define
class Account:
    """Everything one API key owns."""

    key: str
    vendor: str
    credits: float
    organization_id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    datasets: dict[str, Dataset] = attrs.field(factory=dict)
    audience_datasets: dict[str, AudienceDatasetRow] = attrs.field(factory=dict)
    patterns: dict[str, PatternRow] = attrs.field(factory=dict)
    parameters: dict[str, ParameterRow] = attrs.field(factory=dict)
    intent_audiences: dict[str, list[IntentRunRow]] = attrs.field(factory=dict)
    idempotency: dict[tuple[str, str], IntentRunRow] = attrs.field(factory=dict)
    audiences: list[str] = attrs.field(factory=list)


@attrs.frozen
class LedgerEntry:
    """One resource the fake created: which operation, which id, for which key."""

    operation: str
    resource_id: str
    key: str
    tag: str | None = None


def seeded_account(key: str, vendor: str, credits: float) -> Account:
    """A new account for ``key`` with the standard datasets (Buzzabout) or audience (Leadpipe)."""
    account = Account(key=key, vendor=vendor, credits=credits)
    if vendor == "buzzabout":
        for dataset in (
            Dataset(SOURCE_DATASET, posts=200, completed=True),
            Dataset(EMPTY_DATASET, posts=0, completed=False),
            Dataset(FAILING_DATASET, posts=50, completed=True, fail_runs=True),
        ):
            account.datasets[dataset.id] = dataset
    if vendor == "leadpipe":
        account.intent_audiences[INTENT_AUDIENCE] = []
    return account
