"""Buzzabout audience datasets and their runs (tag ``buzzabout-audience-datasets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audiences.testing._buzzabout_datasets import live_dataset
from audiences.testing._checks import Reject, bz_error, bz_ok, find, iso, live, new_id
from audiences.testing._corpus import completed
from audiences.testing._credits import PRICES, charge
from audiences.testing._paging import query_page
from audiences.testing._people import collect
from audiences.testing._routes import operation
from audiences.testing._rows import Account, AudienceDatasetRow, AudienceRunRow
from audiences.testing._steps import Steps
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

AUDIENCE_STEPS = Steps(
    (("fetch_posts", 10.0), ("collect_profiles", 25.0), ("analyze_profiles", 40.0)),
    "collect_profiles",
    "Source platform refused profile collection",
)


# ------------------------------------------------------------------ run state on the clock


def audience_run_json(fake: FakeAPIs, run: AudienceRunRow) -> dict[str, Any]:
    """An audience dataset run as the API shows it now."""
    return AUDIENCE_STEPS.json(
        run,
        fake.now(),
        {
            "audience_dataset_id": run.audience_dataset_id,
            "source_dataset_id": run.source_dataset_id,
        },
        {"target_profile_count": run.target},
        lambda: {"profile_count": profile_count(run)},
    )


def profile_count(run: AudienceRunRow) -> int:
    """Profiles the run collected: its target, or fewer when the source dataset is small."""
    return len(collect(run))


def _cost(run: AudienceRunRow, now: float) -> tuple[float, float] | None:
    """When an ended run ended and what it cost: three credits a profile collected."""
    kind, steps = AUDIENCE_STEPS.state(run, now)
    if kind not in ("completed", "failed"):
        return None
    collected = profile_count(run) if kind == "completed" else 0
    return steps[-1]["completed_at"], PRICES["audience_profile"] * collected


def _run_kind(fake: FakeAPIs, run: AudienceRunRow) -> str:
    return AUDIENCE_STEPS.state(run, fake.now())[0]


def _dataset_json(fake: FakeAPIs, row: AudienceDatasetRow) -> dict[str, Any]:
    done = [r for r in row.runs if _run_kind(fake, r) == "completed"]
    return {
        "id": row.id,
        "name": row.name,
        "profile_count": profile_count(done[-1]) if done else 0,
        "created_at": iso(row.created),
        "updated_at": iso(row.updated),
    }


def live_audience_dataset(account: Account, audience_dataset_id: str) -> AudienceDatasetRow:
    """The account's audience dataset (404 ``audience_dataset_not_found`` if none, or deleted)."""
    return live(
        account.audience_datasets,
        audience_dataset_id,
        "audience_dataset_not_found",
        "Audience dataset not found",
    )


# ------------------------------------------------------------------ handlers


@operation("create_audience_dataset")
def create_audience_dataset(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Create an empty audience dataset (201: its id, name and creation time)."""
    now = fake.now()
    row = AudienceDatasetRow(
        id=new_id("ad_"), name=req.data["name"], created=now, updated=now, seq=fake.next_seq()
    )
    account.audience_datasets[row.id] = row
    fake.record("create_audience_dataset", row.id, account, row.name)
    return bz_ok(201, {"id": row.id, "name": row.name, "created_at": iso(row.created)})


@operation("list_audience_datasets")
def list_audience_datasets(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The account's audience datasets, one cursor page."""
    rows = [r for r in account.audience_datasets.values() if not r.deleted]
    return query_page(req, rows, lambda r: _dataset_json(fake, r))


@operation("get_audience_dataset")
def get_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """One audience dataset."""
    return bz_ok(200, _dataset_json(fake, live_audience_dataset(account, audience_dataset_id)))


@operation("update_audience_dataset")
def update_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Rename an audience dataset (an empty name clears it; an empty body changes nothing)."""
    row = live_audience_dataset(account, audience_dataset_id)
    if "name" in req.data:
        row.name = req.data["name"] or None
        row.updated = fake.now()
    return bz_ok(200, _dataset_json(fake, row))


@operation("delete_audience_dataset")
def delete_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Soft-delete an audience dataset and its runs (204)."""
    live_audience_dataset(account, audience_dataset_id).deleted = True
    return FakeResponse(204)


@operation("create_audience_dataset_run")
def create_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Start a run that collects profiles from a source dataset (202); three credits a
    profile asked for are held before any work, the rest refunded when it ends."""
    row = live_audience_dataset(account, audience_dataset_id)
    target: int = req.data["total_profile_count"]
    source = live_dataset(account, req.data["source_dataset_id"])
    if not any(completed(r, fake.now()) for r in source.runs):
        raise Reject(
            bz_error(
                400, "source_dataset_has_no_completed_run", "Source dataset has no completed run"
            )
        )
    if any(_run_kind(fake, r) not in ("completed", "failed") for r in row.runs):
        raise Reject(
            bz_error(
                409,
                "audience_dataset_run_already_in_flight",
                "Another run for this audience dataset is already pending or working. "
                "Wait for it to finish before starting a new one.",
            )
        )
    run = AudienceRunRow(
        id=new_id("adr_"),
        audience_dataset_id=row.id,
        target=target,
        created=fake.now(),
        seq=fake.next_seq(),
        fails=source.fail_runs,
        source=source,
    )
    charge(
        account,
        fake.now(),
        "audience_profile",
        target,
        refusal=(
            "insufficient_credits_audience_dataset_run",
            "Insufficient credits to start this audience dataset run",
        ),
        ended=lambda now: _cost(run, now),
    )
    row.runs.append(run)
    fake.record("create_audience_dataset_run", run.id, account, row.id)
    shown = audience_run_json(fake, run)
    shows = ("id", "audience_dataset_id", "source_dataset_id", "status", "created_at")
    return bz_ok(202, {k: shown[k] for k in shows})


@operation("list_audience_dataset_runs")
def list_audience_dataset_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """The runs of one audience dataset, one cursor page."""
    row = live_audience_dataset(account, audience_dataset_id)
    return query_page(req, row.runs, lambda r: audience_run_json(fake, r))


@operation("get_audience_dataset_run")
def get_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str, run_id: str
) -> FakeResponse:
    """One run of an audience dataset, as it stands now."""
    missing = bz_error(404, "audience_dataset_run_not_found", "Audience dataset run not found")
    run = find(live_audience_dataset(account, audience_dataset_id).runs, run_id, missing)
    return bz_ok(200, audience_run_json(fake, run))
