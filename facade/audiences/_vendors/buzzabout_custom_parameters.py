"""Buzzabout custom parameters, previews and runs: requests and shapes."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from audiences import _validation as check
from audiences._core import Flow, Operation
from audiences._models import (
    CustomParameter,
    CustomParameterRun,
    PreviewResult,
    Progress,
    RunStatus,
)
from audiences._pagination import PageOp
from audiences._read import Fields, shape
from audiences._responses import no_body
from audiences._vendors import _buzzabout as bz
from audiences._vendors._observe import owned_run

VALUE_TYPES = ("string",)


read_parameter = shape(
    CustomParameter, "id:ident name instructions value_type:word created_at:stamp updated_at:stamp"
)


def read_run(d: Fields, parameter_id: str) -> CustomParameterRun:
    """A custom-parameter run; progress comes from its mention counters."""
    total = d.integer("mentions_total")
    progress = None
    if total is not None:
        done, errors = d.integer("mentions_done"), d.integer("mentions_error")
        progress = Progress(done=done or 0, errors=errors or 0, total=total)
    scope = d.object("scope")
    return CustomParameterRun(
        **bz.run_basics(d, counted=progress),
        progress=progress,
        custom_parameter_id=d.text("custom_parameter_id") or parameter_id,
        dataset_id=scope.text("id") if scope and scope.word("kind") == "dataset" else None,
    )


def _read_preview(body: Any) -> list[PreviewResult]:
    results = bz.data(body).array("results")
    read = [Fields(r, f"data.results[{i}]") for i, r in enumerate(results)]
    return [PreviewResult(r.ident("post_id"), r.word("source") or "", r.raw("value")) for r in read]


def create(name: str, instructions: str, value_type: str) -> Operation[CustomParameter]:
    """POST /v1/custom_parameters."""
    from audiences_api.api.buzzabout_custom_parameters import create_custom_parameter as api
    from audiences_api.models import CreateCustomParameterRequest

    body = CreateCustomParameterRequest(
        name=check.text("name", name),
        instructions=check.text("instructions", instructions),
        value_type=check.choice("value_type", value_type, VALUE_TYPES),
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

    refs = check.post_refs("post_refs", post_refs)
    body = PreviewCustomParameterRequest(
        instructions=check.text("instructions", instructions),
        value_type=check.choice("value_type", value_type, VALUE_TYPES),
        post_refs=[PostRef(id=r.id, source=r.source) for r in refs],
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
    from audiences_api.types import UNSET

    pid = check.path_id("parameter_id", parameter_id)
    body = UpdateCustomParameterRequest(
        name=UNSET if name is None else check.text("name", name),
        instructions=UNSET if instructions is None else check.text("instructions", instructions),
        value_type=(
            UNSET if value_type is None else check.choice("value_type", value_type, VALUE_TYPES)
        ),
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
    ds = check.text("dataset_id", dataset_id)
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
    return bz.one_page(api.request_kwargs(pid), lambda d: read_run(d, pid))


def get_run(parameter_id: str, run_id: str) -> Operation[CustomParameterRun]:
    """GET /v1/custom_parameters/{parameter_id}/runs/{run_id}."""
    from audiences_api.api.buzzabout_custom_parameters import get_custom_parameter_run as api

    return bz.get_owned_run(api, "parameter_id", parameter_id, run_id, read_run)


def observe_run(run: CustomParameterRun) -> Operation[CustomParameterRun]:
    """What ``wait`` polls: the run again, which must still be the same run."""
    return owned_run(get_run, run, "custom_parameter_id")
