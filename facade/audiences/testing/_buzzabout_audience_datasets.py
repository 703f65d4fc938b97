"""Buzzabout audience datasets and their runs (tag ``buzzabout-audience-datasets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audiences.testing._buzzabout_datasets import DATASETS
from audiences.testing._checks import (
    Reject,
    body,
    bz_error,
    checked,
    iso,
)
from audiences.testing._containers import Container, Rows, register_container, start_run
from audiences.testing._corpus import completed
from audiences.testing._people import collect
from audiences.testing._routes import route
from audiences.testing._rows import Account, AudienceDatasetRow, AudienceRunRow
from audiences.testing._shapes import integer, obj, string
from audiences.testing._steps import Steps
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

AUDIENCE_STEPS = Steps(
    (("fetch_posts", 10.0), ("collect_profiles", 25.0), ("analyze_profiles", 40.0)),
    "collect_profiles",
    "Source platform refused profile collection",
)
_BZ = "buzzabout"
_RUN_REQUEST = obj(
    {"source_dataset_id": string(min_len=1)},
    optional={"total_profile_count": integer(lo=1, hi=2000)},
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


AUDIENCE_DATASETS = Container(
    "audience_dataset",
    Rows(AudienceDatasetRow, "ad_", _dataset_json),
    Rows(AudienceRunRow, "adr_", audience_run_json),
)


# ------------------------------------------------------------------ handlers


@route("POST", "/v1/audience_datasets/{audience_dataset_id}/runs", vendor=_BZ)
def create_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_dataset_id: str
) -> FakeResponse:
    """Start a run that collects profiles from a source dataset (202)."""
    row = AUDIENCE_DATASETS.live(account, audience_dataset_id)
    sent = checked(_RUN_REQUEST, body(req, _BZ), ("body",), _BZ)
    target: int = sent.get("total_profile_count", 850)
    source = DATASETS.live(account, sent["source_dataset_id"])
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
        AUDIENCE_DATASETS,
        row,
        cost=3.0 * target,
        shows=("id", "audience_dataset_id", "source_dataset_id", "status", "created_at"),
        target=target,
        fails=source.fail_runs,
        source=source,
    )


# Routed after create_audience_dataset_run: a 405 on .../runs says "allow: POST, GET".
register_container(AUDIENCE_DATASETS)
