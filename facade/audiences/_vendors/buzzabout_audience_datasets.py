"""Buzzabout audience datasets and their runs: requests (from the generated client) and shapes.

Each builder checks its arguments against the documented constraints, builds the
request with the generated endpoint's ``request_kwargs`` (imported on first use), and
says how to read the answer into our models.
"""

from __future__ import annotations

from typing import Any

from audiences import _spec as spec, _validation as check
from audiences._core import Operation
from audiences._models import AudienceDataset, AudienceDatasetRun, Progress, RunStatus
from audiences._pagination import PageOp
from audiences._read import Fields, Reader
from audiences._status import step_progress
from audiences._vendors import _buzzabout as bz
from audiences._vendors._observe import owned_run

RUN_STEPS = 3  # fetch_posts, collect_profiles, analyze_profiles


read_dataset = Reader(AudienceDataset, "AudienceDataset", read={"id": Fields.ident})


def _status(d: Fields, read: dict[str, Any]) -> dict[str, Any]:
    found = bz.run_status(d, read)
    progress = step_progress(found["steps"], RUN_STEPS)
    if found["status"] is RunStatus.COMPLETED:
        progress = Progress(done=RUN_STEPS, errors=0, total=RUN_STEPS)
    return {**found, "progress": progress}


read_run = Reader(
    AudienceDatasetRun,
    "AudienceDatasetRun",
    read={"id": Fields.ident},
    computed=_status,
    uses=("status",),
)
"""An audience dataset run; keywords fill what the answer leaves out."""


def create(name: str) -> Operation[AudienceDataset]:
    """POST /v1/audience_datasets."""
    from audiences_api.api.buzzabout_audience_datasets import create_audience_dataset as api
    from audiences_api.models import CreateAudienceDatasetRequest

    body = CreateAudienceDatasetRequest(**check.given("CreateAudienceDatasetRequest", name=name))
    return bz.operation(api.request_kwargs(body=body), bz.one(read_dataset))


def list_page(limit: int | None, order: str | None, cursor: str | None) -> PageOp[AudienceDataset]:
    """GET /v1/audience_datasets, one page per cursor."""
    from audiences_api.api.buzzabout_audience_datasets import list_audience_datasets as api
    from audiences_api.models import ListAudienceDatasetsOrder

    return bz.cursor_pages(
        api, ListAudienceDatasetsOrder, read_dataset, limit=limit, order=order, cursor=cursor
    )


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
    body = UpdateAudienceDatasetRequest(**check.given("UpdateAudienceDatasetRequest", name=name))
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

    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    request = "CreateAudienceDatasetRunRequest"
    given = check.given(request, total_profile_count=total_profile_count)
    source = check.valid(  # an id: never empty, and of its kind
        "source_dataset_id",
        check.text("source_dataset_id", source_dataset_id),
        spec.prop(request, "source_dataset_id"),
    )
    body = CreateAudienceDatasetRunRequest(source_dataset_id=source, **given)
    target = spec.default(spec.prop(request, "total_profile_count"))
    sent = {
        "audience_dataset_id": ad_id,
        "source_dataset_id": source,
        "target_profile_count": given.get("total_profile_count", target),
    }
    return bz.operation(
        api.request_kwargs(ad_id, body=body), lambda b: read_run(bz.data(b), **sent)
    )


def list_runs_page(
    audience_dataset_id: str, limit: int | None, order: str | None, cursor: str | None
) -> PageOp[AudienceDatasetRun]:
    """GET /v1/audience_datasets/{audience_dataset_id}/runs, one page per cursor."""
    from audiences_api.api.buzzabout_audience_datasets import list_audience_dataset_runs as api
    from audiences_api.models import ListAudienceDatasetRunsOrder

    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)

    def read(d: Fields) -> AudienceDatasetRun:
        return read_run(d, audience_dataset_id=ad_id)

    return bz.cursor_pages(
        api, ListAudienceDatasetRunsOrder, read, ad_id, limit=limit, order=order, cursor=cursor
    )


def get_run(audience_dataset_id: str, run_id: str) -> Operation[AudienceDatasetRun]:
    """GET /v1/audience_datasets/{audience_dataset_id}/runs/{run_id}."""
    from audiences_api.api.buzzabout_audience_datasets import get_audience_dataset_run as api

    def read(d: Fields, owner: str) -> AudienceDatasetRun:
        return read_run(d, audience_dataset_id=owner)

    return bz.get_owned_run(api, "audience_dataset_id", audience_dataset_id, run_id, read)


def observe_run(run: AudienceDatasetRun) -> Operation[AudienceDatasetRun]:
    """What ``wait`` polls: the run again, which must still be the same run."""
    return owned_run(get_run, run, "audience_dataset_id")
