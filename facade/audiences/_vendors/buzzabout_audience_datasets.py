"""Buzzabout audience datasets and their runs: requests (from the generated client) and shapes.

Each builder checks its arguments against the documented constraints, builds the
request with the generated endpoint's ``request_kwargs`` (imported on first use), and
says how to read the answer into our models.
"""

from __future__ import annotations

from typing import Any

from audiences import _validation as check
from audiences._core import Operation
from audiences._models import AudienceDataset, AudienceDatasetRun, Progress, RunStatus
from audiences._pagination import PageOp
from audiences._read import Fields, shape
from audiences._status import step_progress
from audiences._vendors import _buzzabout as bz
from audiences._vendors._observe import owned_run

RUN_STEPS = 3  # fetch_posts, collect_profiles, analyze_profiles
DEFAULT_TARGET = 850  # the documented default of total_profile_count
MAX_NAME = 255


read_dataset = shape(
    AudienceDataset, "id:ident name profile_count:integer created_at:stamp updated_at:stamp"
)


def read_run(d: Fields, **sent: Any) -> AudienceDatasetRun:
    """An audience dataset run; ``sent`` fills what the answer leaves out."""
    basics = bz.run_basics(d)
    progress = step_progress(basics["steps"], RUN_STEPS)
    if basics["status"] is RunStatus.COMPLETED:
        progress = Progress(done=RUN_STEPS, errors=0, total=RUN_STEPS)
    return AudienceDatasetRun(
        **basics,
        progress=progress,
        audience_dataset_id=d.text("audience_dataset_id") or sent["audience_dataset_id"],
        source_dataset_id=d.text("source_dataset_id") or sent.get("source_dataset_id"),
        target_profile_count=_first(d.integer("target_profile_count"), sent.get("target")),
        profile_count=d.integer("profile_count"),
    )


def _first(*values: int | None) -> int | None:
    return next((v for v in values if v is not None), None)


def create(name: str) -> Operation[AudienceDataset]:
    """POST /v1/audience_datasets."""
    from audiences_api.api.buzzabout_audience_datasets import create_audience_dataset as api
    from audiences_api.models import CreateAudienceDatasetRequest

    body = CreateAudienceDatasetRequest(name=check.text("name", name, max_length=MAX_NAME))
    return bz.operation(api.request_kwargs(body=body), bz.one(read_dataset))


def list_page(limit: int | None, order: str | None) -> PageOp[AudienceDataset]:
    """GET /v1/audience_datasets, one page per cursor."""
    from audiences_api.api.buzzabout_audience_datasets import list_audience_datasets as api
    from audiences_api.models import ListAudienceDatasetsOrder

    return bz.cursor_pages(api, ListAudienceDatasetsOrder, read_dataset, limit, order)


def get(audience_dataset_id: str) -> Operation[AudienceDataset]:
    """GET /v1/audience_datasets/{audience_dataset_id}."""
    from audiences_api.api.buzzabout_audience_datasets import get_audience_dataset as api

    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    return bz.operation(api.request_kwargs(ad_id), bz.one(read_dataset))


def update(audience_dataset_id: str, name: str) -> Operation[AudienceDataset]:
    """PATCH /v1/audience_datasets/{audience_dataset_id} (``name=""`` clears the name)."""
    from audiences_api.api.buzzabout_audience_datasets import update_audience_dataset as api
    from audiences_api.models import UpdateAudienceDatasetRequest

    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    body = UpdateAudienceDatasetRequest(
        name=check.text("name", name, min_length=0, max_length=MAX_NAME)
    )
    return bz.operation(api.request_kwargs(ad_id, body=body), bz.one(read_dataset))


def delete(audience_dataset_id: str) -> Operation[None]:
    """DELETE /v1/audience_datasets/{audience_dataset_id}."""
    from audiences_api.api.buzzabout_audience_datasets import delete_audience_dataset as api

    from audiences._responses import no_body

    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    return bz.operation(api.request_kwargs(ad_id), no_body)


def create_run(
    audience_dataset_id: str, source_dataset_id: str, total_profile_count: int | None
) -> Operation[AudienceDatasetRun]:
    """POST /v1/audience_datasets/{audience_dataset_id}/runs."""
    from audiences_api.api.buzzabout_audience_datasets import create_audience_dataset_run as api
    from audiences_api.models import CreateAudienceDatasetRunRequest
    from audiences_api.types import UNSET

    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    source = check.text("source_dataset_id", source_dataset_id)
    count = None
    if total_profile_count is not None:
        count = check.integer("total_profile_count", total_profile_count, minimum=1, maximum=2000)
    body = CreateAudienceDatasetRunRequest(
        source_dataset_id=source, total_profile_count=UNSET if count is None else count
    )
    sent = {
        "audience_dataset_id": ad_id,
        "source_dataset_id": source,
        "target": DEFAULT_TARGET if count is None else count,
    }
    return bz.operation(
        api.request_kwargs(ad_id, body=body), lambda b: read_run(bz.data(b), **sent)
    )


def list_runs_page(
    audience_dataset_id: str, limit: int | None, order: str | None
) -> PageOp[AudienceDatasetRun]:
    """GET /v1/audience_datasets/{audience_dataset_id}/runs, one page per cursor."""
    from audiences_api.api.buzzabout_audience_datasets import list_audience_dataset_runs as api
    from audiences_api.models import ListAudienceDatasetRunsOrder

    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)

    def read(d: Fields) -> AudienceDatasetRun:
        return read_run(d, audience_dataset_id=ad_id)

    return bz.cursor_pages(api, ListAudienceDatasetRunsOrder, read, limit, order, ad_id)


def get_run(audience_dataset_id: str, run_id: str) -> Operation[AudienceDatasetRun]:
    """GET /v1/audience_datasets/{audience_dataset_id}/runs/{run_id}."""
    from audiences_api.api.buzzabout_audience_datasets import get_audience_dataset_run as api

    def read(d: Fields, owner: str) -> AudienceDatasetRun:
        return read_run(d, audience_dataset_id=owner)

    return bz.get_owned_run(api, "audience_dataset_id", audience_dataset_id, run_id, read)


def observe_run(run: AudienceDatasetRun) -> Operation[AudienceDatasetRun]:
    """What ``wait`` polls: the run again, which must still be the same run."""
    return owned_run(get_run, run, "audience_dataset_id")
