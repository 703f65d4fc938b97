"""Buzzabout audience datasets and their runs (tag ``buzzabout-audience-datasets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audiences.testing._checks import (
    Reject,
    body,
    bz_error,
    bz_ok,
    charge,
    create_named,
    created_json,
    field_int,
    field_str,
    find,
    iso,
    live,
    new_id,
    rename,
    source_dataset,
)
from audiences.testing._corpus import completed
from audiences.testing._paging import query_page
from audiences.testing._people import collect
from audiences.testing._routes import route
from audiences.testing._rows import PENDING_SECONDS, Account, AudienceDatasetRow, AudienceRunRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

AUDIENCE_STEPS = (("fetch_posts", 10.0), ("collect_profiles", 25.0), ("analyze_profiles", 40.0))
_BZ = "buzzabout"


# ------------------------------------------------------------------ run state on the clock


def audience_run_json(fake: FakeAPIs, run: AudienceRunRow) -> dict[str, Any]:
    """An audience dataset run as the API shows it now."""
    age = fake.now() - run.created
    steps: list[dict[str, Any]] = []
    kind = "pending" if age < PENDING_SECONDS else "working"
    for name, at in AUDIENCE_STEPS:
        if age < at:
            break
        step: dict[str, Any] = {"name": name, "completed_at": int(run.created + at)}
        steps.append(step)
        if run.fails and name == "collect_profiles":
            step["error_message"] = "Source platform refused profile collection"
            kind = "failed"
            break
    else:
        kind = "completed"
    data: dict[str, Any] = {
        "id": run.id,
        "audience_dataset_id": run.audience_dataset_id,
        "source_dataset_id": run.source_dataset_id,
        "status": {"type": kind, "steps": steps},
        "target_profile_count": run.target,
        "created_at": iso(run.created),
        "updated_at": iso(run.created + min(age, AUDIENCE_STEPS[-1][1])),
    }
    if kind == "completed":
        data["profile_count"] = profile_count(run)
    return data


def profile_count(run: AudienceRunRow) -> int:
    """Profiles the run collected: its target, or fewer when the source dataset is small."""
    return len(collect(run))


def _run_kind(fake: FakeAPIs, run: AudienceRunRow) -> str:
    kind: str = audience_run_json(fake, run)["status"]["type"]
    return kind


def _dataset_json(fake: FakeAPIs, row: AudienceDatasetRow) -> dict[str, Any]:
    done = [r for r in row.runs if _run_kind(fake, r) == "completed"]
    return {
        "id": row.id,
        "name": row.name,
        "profile_count": profile_count(done[-1]) if done else 0,
        "created_at": iso(row.created),
        "updated_at": iso(row.updated),
    }


# ------------------------------------------------------------------ handlers


def live_audience_dataset(account: Account, audience_dataset_id: str) -> AudienceDatasetRow:
    """The account's audience dataset (404 ``audience_dataset_not_found`` if none, or deleted)."""
    return live(
        account.audience_datasets,
        audience_dataset_id,
        "audience_dataset_not_found",
        "Audience dataset not found",
    )


@route("POST", "/v1/audience_datasets", vendor=_BZ)
def create_audience_dataset(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Create an audience dataset (201)."""
    row = create_named(
        fake,
        account,
        req,
        make=AudienceDatasetRow,
        prefix="ad_",
        operation="create_audience_dataset",
    )
    account.audience_datasets[row.id] = row
    return created_json(row)


@route("GET", "/v1/audience_datasets", vendor=_BZ)
def list_audience_datasets(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The account's audience datasets, one cursor page."""
    rows = [r for r in account.audience_datasets.values() if not r.deleted]
    return query_page(req, rows, lambda r: _dataset_json(fake, r))


@route("GET", "/v1/audience_datasets/{audience_dataset_id}", vendor=_BZ)
def get_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """One audience dataset."""
    return bz_ok(200, _dataset_json(fake, live_audience_dataset(account, audience_dataset_id)))


@route("PATCH", "/v1/audience_datasets/{audience_dataset_id}", vendor=_BZ)
def update_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Rename an audience dataset (an empty name clears it; an empty body changes nothing)."""
    row = live_audience_dataset(account, audience_dataset_id)
    rename(fake, req, row)
    return bz_ok(200, _dataset_json(fake, row))


@route("DELETE", "/v1/audience_datasets/{audience_dataset_id}", vendor=_BZ)
def delete_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Soft-delete an audience dataset (204)."""
    live_audience_dataset(account, audience_dataset_id).deleted = True
    return FakeResponse(204)


@route("POST", "/v1/audience_datasets/{audience_dataset_id}/runs", vendor=_BZ)
def create_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Start a run that collects profiles from a source dataset (202)."""
    row = live_audience_dataset(account, audience_dataset_id)
    data = body(req, _BZ)
    source_id = field_str(data, "source_dataset_id", _BZ)
    target = field_int(data, "total_profile_count", _BZ, lo=1, hi=2000, default=850)
    source = source_dataset(account, source_id)
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
    charge(
        account,
        3.0 * target,
        "insufficient_credits_audience_dataset_run",
        "Insufficient credits to start this audience dataset run",
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
    row.runs.append(run)
    fake.record("create_audience_dataset_run", run.id, account, row.id)
    shown = audience_run_json(fake, run)
    keys = ("id", "audience_dataset_id", "source_dataset_id", "status", "created_at")
    return bz_ok(202, {k: shown[k] for k in keys})


@route("GET", "/v1/audience_datasets/{audience_dataset_id}/runs", vendor=_BZ)
def list_audience_dataset_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """The runs of one audience dataset, one cursor page."""
    row = live_audience_dataset(account, audience_dataset_id)
    return query_page(req, row.runs, lambda r: audience_run_json(fake, r))


@route("GET", "/v1/audience_datasets/{audience_dataset_id}/runs/{run_id}", vendor=_BZ)
def get_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str, run_id: str
) -> FakeResponse:
    """One run of an audience dataset, as it stands now."""
    missing = bz_error(404, "audience_dataset_run_not_found", "Audience dataset run not found")
    run = find(live_audience_dataset(account, audience_dataset_id).runs, run_id, missing)
    return bz_ok(200, audience_run_json(fake, run))
