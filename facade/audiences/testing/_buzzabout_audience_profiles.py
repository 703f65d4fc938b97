"""Buzzabout audience profiles (``buzzabout-audience-profiles``): ``POST /v1/audience_profiles``.

Global over the account's live audience datasets (``audience_dataset_ids`` narrows it; an
unknown, foreign or deleted id is a 404 ``audience_dataset_not_found``). A run's profiles
(``_people.py``) appear once its ``collect_profiles`` step is done, with the LLM-derived
fields null until ``analyze_profiles``; a failed run has none. Profiles are deduped by
``(source, username)``, the most recent run's row kept. Every filter of the page's table is
applied, every sort orders (nulls last; ``creator_tier`` by nano < micro < mid < macro <
mega, inferred), and the cursor in the body is tied to the sort.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from audiences.testing import _filters as filters
from audiences.testing._buzzabout_audience_datasets import AUDIENCE_STEPS, live_audience_dataset
from audiences.testing._checks import bz_ok, field_error
from audiences.testing._paging import sorted_page
from audiences.testing._people import Person, collect, person
from audiences.testing._routes import operation
from audiences.testing._rows import Account, AudienceRunRow
from audiences.testing._wire import FakeRequest, FakeResponse
from audiences.testing._words import TIER_RANK, digest

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

_COLLECTED = dict(AUDIENCE_STEPS.table)["collect_profiles"]
_ANALYZED = dict(AUDIENCE_STEPS.table)["analyze_profiles"]


@attrs.frozen
class Row:
    """One profile as a run holds it: the person, the run, and whether analysis enriched it."""

    person: Person
    run: AudienceRunRow
    enriched: bool

    @property
    def id(self) -> str:
        """The profile's id (one per run and person)."""
        return "ap_" + digest(self.run.id, self.person.source, self.person.username)

    @property
    def created_at(self) -> int:
        """When the run collected it."""
        return int(self.run.created + _COLLECTED)

    def field(self, name: str) -> Any:
        """A profile field (an LLM-derived one is None until enriched)."""
        if name in self.person.platform:
            return self.person.platform[name]
        return self.person.enriched[name] if self.enriched else None

    def sort_value(self, sort: str) -> float | None:
        """The value ``sort`` orders by."""
        if sort == "date":
            return self.created_at
        if sort == "creator_tier":
            tier = self.field("creator_tier")
            return None if tier is None else TIER_RANK.get(tier)
        value: float | None = self.field(sort)
        return value


def profile_json(row: Row) -> dict[str, Any]:
    """A profile as the API shows it."""
    return {
        "id": row.id,
        "run_id": row.run.id,
        "source": row.person.source,
        "username": row.person.username,
        **row.person.platform,
        **{name: row.field(name) for name in row.person.enriched},
        "created_at": row.created_at,
    }


def run_rows(fake: FakeAPIs, run: AudienceRunRow) -> list[Row]:
    """The profiles a run holds now: none before ``collect_profiles`` or on a failed run."""
    age = fake.now() - run.created
    if run.fails or age < _COLLECTED:
        return []
    enriched = age >= _ANALYZED
    return [Row(person(*key), run, enriched) for key in collect(run)]


def _range(name: str) -> Callable[[dict[str, Any]], Callable[[Row], bool]]:
    return lambda f: lambda r: filters.compare(f["operator"], r.field(name))


def _among(name: str) -> Callable[[dict[str, Any]], Callable[[Row], bool]]:
    return lambda f: lambda r: filters.among(f["values"], r.field(name))


PREDICATES: dict[str, Callable[[dict[str, Any]], Callable[[Row], bool]]] = {
    "source": lambda f: lambda r: filters.among(f["values"], r.person.source),
    "is_verified": lambda f: lambda r: r.field("is_verified") == f["value"],
    "location_country": _among("location_country"),
    "creator_tier": _among("creator_tier"),
    "content_niche": _among("content_niche"),
    "interest_clusters": _among("interest_clusters"),
    "follower_count": _range("follower_count"),
    "engagement_rate": _range("engagement_rate"),
    "authenticity_score": _range("authenticity_score"),
}


@operation("list_audience_profiles", before=filters.at_most_ten, invalid=field_error)
def list_audience_profiles(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """One page of the account's audience profiles, filtered and sorted."""
    sent = req.data
    ids = sent.get("audience_dataset_ids")
    if ids is None:
        containers = [d for d in account.audience_datasets.values() if not d.deleted]
    else:
        containers = [live_audience_dataset(account, i) for i in dict.fromkeys(ids)]
    latest: dict[tuple[str, str], Row] = {}
    runs = sorted((r for c in containers for r in c.runs), key=lambda r: (r.created, r.seq))
    for run in runs:  # oldest first: a later run's row replaces an earlier one
        for row in run_rows(fake, run):
            latest[row.person.key] = row
    rows = filters.select(
        list(latest.values()), sent.get("filters"), lambda f: PREDICATES[f["type"]](f)
    )
    sort = sent["sort"]
    page, has_next, cursor = sorted_page(
        rows,
        value=lambda r: r.sort_value(sort),
        row_id=lambda r: r.id,
        sort=sort,
        order=sent["order"],
        cursor=sent.get("cursor"),
        limit=sent["limit"],
    )
    return bz_ok(200, [profile_json(r) for r in page], has_next=has_next, cursor=cursor)
