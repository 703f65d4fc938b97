"""Buzzabout custom parameters, previews and runs: requests and shapes."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from audiences import _spec as spec, _validation as check
from audiences._core import Flow, Operation
from audiences._models import (
    CustomParameter,
    CustomParameterRun,
    PreviewResult,
    Progress,
    RunStatus,
)
from audiences._pagination import PageOp
from audiences._read import Fields, Reader
from audiences._responses import no_body
from audiences._vendors import _buzzabout as bz
from audiences._vendors._observe import owned_run

_EPOCH = {"created_at": Fields.stamp, "updated_at": Fields.stamp}  # epoch seconds

read_parameter = Reader(CustomParameter, "CustomParameter", read={"id": Fields.ident, **_EPOCH})


def _counted(d: Fields, read: dict[str, Any]) -> dict[str, Any]:
    """Status and progress from the mention counters (done + errors == total is completed),
    and the dataset the run's scope names."""
    total = d.integer("mentions_total")
    progress = None
    if total is not None:
        done, errors = d.integer("mentions_done"), d.integer("mentions_error")
        progress = Progress(done=done or 0, errors=errors or 0, total=total)
    scope = d.object("scope")
    return {
        **bz.run_status(d, read, counted=progress),
        "progress": progress,
        "dataset_id": scope.text("id") if scope and scope.word("kind") == "dataset" else None,
    }


read_run = Reader(
    CustomParameterRun,
    "CustomParameterRun",
    read={"id": Fields.ident, **_EPOCH},
    computed=_counted,
    uses=("status", "mentions_total", "mentions_done", "mentions_error", "scope"),
)
"""A custom-parameter run; ``custom_parameter_id=`` fills it if the answer leaves it out."""

read_preview = Reader(
    PreviewResult, "PreviewResult", read={"post_id": Fields.ident, "source": Fields.ident}
)


def _read_preview(body: Any) -> list[PreviewResult]:
    results = bz.data(body).array("results")
    return [read_preview(Fields(r, f"data.results[{i}]")) for i, r in enumerate(results)]


def create(name: str, instructions: str, value_type: str) -> Operation[CustomParameter]:
    """POST /v1/custom_parameters."""
    from audiences_api.api.buzzabout_custom_parameters import create_custom_parameter as api
    from audiences_api.models import CreateCustomParameterRequest

    body = CreateCustomParameterRequest(
        **check.given(
            "CreateCustomParameterRequest",
            name=name,
            instructions=instructions,
            value_type=value_type,
        )
    )
    return bz.operation(api.request_kwargs(body=body), bz.one(read_parameter))


def list_page() -> PageOp[CustomParameter]:
    """GET /v1/custom_parameters (one page: no pagination is documented)."""
    from audiences_api.api.buzzabout_custom_parameters import list_custom_parameters as api

    return bz.one_page(api.request_kwargs(), read_parameter)


def preview(instructions: str, value_type: str, post_refs: Any) -> Operation[list[PreviewResult]]:
    """POST /v1/custom_parameters/preview (free; 1-5 posts)."""
    from audiences_api.api.buzzabout_custom_parameters import preview_custom_parameter as api
    from audiences_api.models import PostRef, PreviewCustomParameterRequest

    request = "PreviewCustomParameterRequest"
    given = check.given(request, instructions=instructions, value_type=value_type)
    refs = check.post_refs("post_refs", post_refs, spec.prop(request, "post_refs"))
    body = PreviewCustomParameterRequest(
        **given, post_refs=[PostRef(id=r.id, source=r.source) for r in refs]
    )
    return bz.operation(api.request_kwargs(body=body), _read_preview)


def get(parameter_id: str) -> Operation[CustomParameter]:
    """GET /v1/custom_parameters/{parameter_id}."""
    from audiences_api.api.buzzabout_custom_parameters import get_custom_parameter as api

    pid = check.path_id("parameter_id", parameter_id)
    return bz.operation(api.request_kwargs(pid), bz.one(read_parameter))


def _patch(
    parameter_id: str, name: str | None, instructions: str | None, value_type: str | None
) -> Operation[CustomParameter | None]:
    from audiences_api.api.buzzabout_custom_parameters import update_custom_parameter as api
    from audiences_api.models import UpdateCustomParameterRequest

    pid = check.path_id("parameter_id", parameter_id)
    body = UpdateCustomParameterRequest(
        **check.given(
            "UpdateCustomParameterRequest",
            name=name,
            instructions=instructions,
            value_type=value_type,
        )
    )
    return bz.operation(
        api.request_kwargs(pid, body=body),
        lambda b: None if b is None else read_parameter(bz.data(b)),
    )


def update(
    call: Callable[[Operation[Any]], Flow[Any]],
    parameter_id: str,
    name: str | None,
    instructions: str | None,
    value_type: str | None,
) -> Flow[CustomParameter]:
    """PATCH /v1/custom_parameters/{parameter_id}, reading the parameter back after a 204.

    A flow of two calls, each made with the client's ``call`` (so each retries as any
    call does); both clients run it alike.
    """
    op = _patch(parameter_id, name, instructions, value_type)
    updated: CustomParameter | None = yield from call(op)
    if updated is not None:
        return updated
    current: CustomParameter = yield from call(get(parameter_id))
    return current


def delete(parameter_id: str) -> Operation[None]:
    """DELETE /v1/custom_parameters/{parameter_id}."""
    from audiences_api.api.buzzabout_custom_parameters import delete_custom_parameter as api

    return bz.operation(api.request_kwargs(check.path_id("parameter_id", parameter_id)), no_body)


def create_run(
    parameter_id: str, dataset_id: str, now: Callable[[], _dt.datetime]
) -> Operation[CustomParameterRun]:
    """POST /v1/custom_parameters/{parameter_id}/runs over a dataset.

    The API answers with the run's id only; the run reads as just accepted (queued), at
    ``now()`` (the client's clock when the answer came), for the parameter and dataset sent.
    """
    from audiences_api.api.buzzabout_custom_parameters import create_custom_parameter_run as api
    from audiences_api.models import (
        CreateCustomParameterRunRequest,
        RunScopeRequest,
        RunScopeRequestKind,
    )

    pid = check.path_id("parameter_id", parameter_id)
    ds = check.valid(  # an id: never empty, and of its kind
        "dataset_id", check.text("dataset_id", dataset_id), spec.prop("RunScopeRequest", "id")
    )
    body = CreateCustomParameterRunRequest(
        scope=RunScopeRequest(kind=RunScopeRequestKind.DATASET, id=ds)
    )

    def parse(b: Any) -> CustomParameterRun:
        run_id = bz.data(b).ident("run_id")
        return CustomParameterRun(
            id=run_id,
            status=RunStatus.QUEUED,
            raw_status=None,
            created_at=now(),
            custom_parameter_id=pid,
            dataset_id=ds,
        )

    return bz.operation(api.request_kwargs(pid, body=body), parse)


def list_runs_page(parameter_id: str) -> PageOp[CustomParameterRun]:
    """GET /v1/custom_parameters/{parameter_id}/runs (one page: no pagination is documented)."""
    from audiences_api.api.buzzabout_custom_parameters import list_custom_parameter_runs as api

    pid = check.path_id("parameter_id", parameter_id)
    return bz.one_page(api.request_kwargs(pid), lambda d: read_run(d, custom_parameter_id=pid))


def get_run(parameter_id: str, run_id: str) -> Operation[CustomParameterRun]:
    """GET /v1/custom_parameters/{parameter_id}/runs/{run_id}."""
    from audiences_api.api.buzzabout_custom_parameters import get_custom_parameter_run as api

    return bz.get_owned_run(
        api,
        "parameter_id",
        parameter_id,
        run_id,
        lambda d, owner: read_run(d, custom_parameter_id=owner),
    )


def observe_run(run: CustomParameterRun) -> Operation[CustomParameterRun]:
    """What ``wait`` polls: the run again, which must still be the same run."""
    return owned_run(get_run, run, "custom_parameter_id")
