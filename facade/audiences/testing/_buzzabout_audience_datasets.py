"""Buzzabout audience datasets and their runs (tag ``buzzabout-audience-datasets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audiences.testing._checks import (
    Reject,
    body,
    bz_error,
    checked,
    iso,
    live,
    source_dataset,
)
from audiences.testing._containers import Container, register_container, start_run
from audiences.testing._corpus import completed
from audiences.testing._people import collect
from audiences.testing._routes import route
from audiences.testing._rows import PENDING_SECONDS, Account, AudienceDatasetRow, AudienceRunRow
from audiences.testing._shapes import integer, obj, string
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

AUDIENCE_STEPS = (("fetch_posts", 10.0), ("collect_profiles", 25.0), ("analyze_profiles", 40.0))
_BZ = "buzzabout"
_RUN_REQUEST = obj(
    {"source_dataset_id": string(min_len=1)},
    optional={"total_profile_count": integer(lo=1, hi=2000)},
)


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


@route("POST", "/v1/audience_datasets/{audience_dataset_id}/runs", vendor=_BZ)
def create_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Start a run that collects profiles from a source dataset (202)."""
    row = live_audience_dataset(account, audience_dataset_id)
    sent = checked(_RUN_REQUEST, body(req, _BZ), ("body",), _BZ)
    target: int = sent.get("total_profile_count", 850)
    source = source_dataset(account, sent["source_dataset_id"])
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
    return start_run(
        fake,
        account,
        _AUDIENCE_DATASETS,
        row,
        cost=3.0 * target,
        shows=("id", "audience_dataset_id", "source_dataset_id", "status", "created_at"),
        target=target,
        fails=source.fail_runs,
        source=source,
    )


_AUDIENCE_DATASETS = Container(
    name="audience_dataset",
    make=AudienceDatasetRow,
    prefix="ad_",
    table=lambda account: account.audience_datasets,
    live=live_audience_dataset,
    shown=_dataset_json,
    run_make=AudienceRunRow,
    run_prefix="adr_",
    run_shown=audience_run_json,
)
# Routed after create_audience_dataset_run: a 405 on .../runs says "allow: POST, GET".
register_container(_AUDIENCE_DATASETS)
