"""Buzzabout: operations (built on the generated client) and shape mapping to our models.

Audience datasets, pattern detections and custom parameters: 19 operations.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from audiences_api.api.buzzabout_audience_datasets import (
    create_audience_dataset,
    create_audience_dataset_run,
    delete_audience_dataset,
    get_audience_dataset,
    get_audience_dataset_run,
    list_audience_dataset_runs,
    list_audience_datasets,
    update_audience_dataset,
)
from audiences_api.api.buzzabout_custom_parameters import (
    create_custom_parameter,
    create_custom_parameter_run,
    delete_custom_parameter,
    get_custom_parameter,
    get_custom_parameter_run,
    list_custom_parameter_runs,
    list_custom_parameters,
    preview_custom_parameter,
    update_custom_parameter,
)
from audiences_api.api.buzzabout_pattern_detections import (
    create_pattern_detection,
    get_pattern_detection,
)
from audiences_api.models.audience_dataset import AudienceDataset as _AudienceDataset
from audiences_api.models.audience_dataset_envelope import AudienceDatasetEnvelope
from audiences_api.models.audience_dataset_list import AudienceDatasetList
from audiences_api.models.audience_dataset_run import AudienceDatasetRun as _AudienceDatasetRun
from audiences_api.models.audience_dataset_run_envelope import AudienceDatasetRunEnvelope
from audiences_api.models.audience_dataset_run_list import AudienceDatasetRunList
from audiences_api.models.create_audience_dataset_request import CreateAudienceDatasetRequest
from audiences_api.models.create_audience_dataset_run_request import CreateAudienceDatasetRunRequest
from audiences_api.models.create_custom_parameter_request import CreateCustomParameterRequest
from audiences_api.models.create_custom_parameter_run_request import CreateCustomParameterRunRequest
from audiences_api.models.create_pattern_detection_request import CreatePatternDetectionRequest
from audiences_api.models.custom_parameter import CustomParameter as _CustomParameter
from audiences_api.models.custom_parameter_envelope import CustomParameterEnvelope
from audiences_api.models.custom_parameter_list import CustomParameterList
from audiences_api.models.custom_parameter_run import CustomParameterRun as _CustomParameterRun
from audiences_api.models.custom_parameter_run_created_envelope import (
    CustomParameterRunCreatedEnvelope,
)
from audiences_api.models.custom_parameter_run_envelope import CustomParameterRunEnvelope
from audiences_api.models.custom_parameter_run_list import CustomParameterRunList
from audiences_api.models.list_audience_dataset_runs_order import ListAudienceDatasetRunsOrder
from audiences_api.models.list_audience_datasets_order import ListAudienceDatasetsOrder
from audiences_api.models.pattern_detection_run import PatternDetectionRun as _PatternDetectionRun
from audiences_api.models.pattern_detection_run_envelope import PatternDetectionRunEnvelope
from audiences_api.models.post_ref import PostRef as _PostRef
from audiences_api.models.preview_custom_parameter_request import PreviewCustomParameterRequest
from audiences_api.models.preview_result_envelope import PreviewResultEnvelope
from audiences_api.models.run_scope_request import RunScopeRequest
from audiences_api.models.run_scope_request_kind import RunScopeRequestKind
from audiences_api.models.run_status_object import RunStatusObject
from audiences_api.models.update_audience_dataset_request import UpdateAudienceDatasetRequest
from audiences_api.models.update_custom_parameter_request import UpdateCustomParameterRequest
from audiences_api.types import UNSET, Unset

from audiences import _validation as check
from audiences._client import AsyncClient, SyncClient, register_observer
from audiences._core import Flow, Operation
from audiences._errors import InvalidArgumentError
from audiences._models import (
    AudienceDataset,
    AudienceDatasetRun,
    CustomParameter,
    CustomParameterRun,
    PatternDetectionRun,
    PreviewResult,
    Progress,
    RunStatus,
    Step,
)
from audiences._pagination import AsyncPager, Page, SyncPager
from audiences._responses import Vendor, no_body
from audiences._shapes import ident, opt, word
from audiences._status import (
    counter_status,
    failed_step_message,
    normalize_steps,
    normalize_word,
    step_progress,
)
from audiences._time import to_utc

BUZZABOUT = Vendor(
    name="buzzabout",
    key_env="BUZZABOUT_API_KEY",
    base_url_env="BUZZABOUT_BASE_URL",
    default_base_url="https://api.buzzabout.ai",
    key_header="x-api-key",
)
AUDIENCE_RUN_STEPS = 3  # fetch_posts, collect_profiles, analyze_profiles
ORDERS = ("asc", "desc")
PreviewResults = list[PreviewResult]


# ------------------------------------------------------------------ shapes: generated -> ours


def _status(raw: Any) -> tuple[RunStatus, str | None, tuple[Step, ...]]:
    if isinstance(raw, RunStatusObject):
        raw_word = word(raw.type_)
        steps = normalize_steps(
            {
                "name": word(s.name),
                "completed_at": opt(s.completed_at),
                "error_message": opt(s.error_message),
            }
            for s in (opt(raw.steps) or ())
        )
    else:
        raw_word, steps = word(raw), ()
    return normalize_word(raw_word), raw_word, steps


def _finished_at(status: RunStatus, steps: tuple[Step, ...], fallback: Any) -> Any:
    if not status.is_terminal:
        return None
    times = [s.completed_at for s in steps if s.completed_at is not None]
    return max(times) if times else to_utc(fallback)


def audience_dataset(d: _AudienceDataset) -> AudienceDataset:
    """Generated audience dataset -> ``AudienceDataset``."""
    return AudienceDataset(
        id=ident(d.id),
        name=opt(d.name),
        profile_count=opt(d.profile_count),
        created_at=to_utc(opt(d.created_at)),
        updated_at=to_utc(opt(d.updated_at)),
    )


def audience_dataset_run(d: _AudienceDatasetRun) -> AudienceDatasetRun:
    """Generated audience dataset run -> ``AudienceDatasetRun``."""
    status, raw, steps = _status(d.status)
    progress = step_progress(steps, AUDIENCE_RUN_STEPS)
    if status is RunStatus.COMPLETED:
        progress = Progress(done=AUDIENCE_RUN_STEPS, errors=0, total=AUDIENCE_RUN_STEPS)
    return AudienceDatasetRun(
        id=ident(d.id),
        status=status,
        raw_status=raw,
        created_at=to_utc(opt(d.created_at)),
        updated_at=to_utc(opt(d.updated_at)),
        completed_at=_finished_at(status, steps, opt(d.updated_at)),
        steps=steps,
        progress=progress,
        error_message=failed_step_message(steps),
        audience_dataset_id=opt(d.audience_dataset_id),
        source_dataset_id=opt(d.source_dataset_id),
        target_profile_count=opt(d.target_profile_count),
        profile_count=opt(d.profile_count),
    )


def pattern_detection_run(d: _PatternDetectionRun, **known: str) -> PatternDetectionRun:
    """Generated pattern detection -> ``PatternDetectionRun`` (``known`` fills absent fields)."""
    status, raw, steps = _status(d.status)
    return PatternDetectionRun(
        id=ident(d.run_id),
        status=status,
        raw_status=raw,
        created_at=to_utc(opt(d.created_at)),
        completed_at=_finished_at(status, steps, None),
        steps=steps,
        error_message=failed_step_message(steps),
        dataset_id=opt(d.dataset_id) or known.get("dataset_id"),
        name=opt(d.name) or known.get("name"),
        research_question=opt(d.research_question) or known.get("research_question"),
        pattern_id=opt(d.pattern_id),
    )


def custom_parameter(d: _CustomParameter) -> CustomParameter:
    """Generated custom parameter -> ``CustomParameter``."""
    return CustomParameter(
        id=ident(d.id),
        name=opt(d.name),
        instructions=opt(d.instructions),
        value_type=word(d.value_type),
        created_at=to_utc(opt(d.created_at)),
        updated_at=to_utc(opt(d.updated_at)),
    )


def custom_parameter_run(d: _CustomParameterRun) -> CustomParameterRun:
    """Generated custom parameter run -> ``CustomParameterRun``; progress from the counters."""
    status, raw, steps = _status(d.status)
    total, done, errors = opt(d.mentions_total), opt(d.mentions_done), opt(d.mentions_error)
    progress = None
    if total is not None:
        progress = Progress(done=done or 0, errors=errors or 0, total=total)
    status = counter_status(status, progress)
    scope = opt(d.scope)
    return CustomParameterRun(
        id=ident(d.id),
        status=status,
        raw_status=raw,
        created_at=to_utc(opt(d.created_at)),
        updated_at=to_utc(opt(d.updated_at)),
        completed_at=_finished_at(status, steps, opt(d.updated_at)),
        steps=steps,
        progress=progress,
        error_message=failed_step_message(steps),
        custom_parameter_id=opt(d.custom_parameter_id),
        dataset_id=scope.id if scope is not None and word(scope.kind) == "dataset" else None,
    )


# ------------------------------------------------------------------ operations (I/O-free)


def _op(kwargs: dict[str, Any], parse: Callable[[Any], Any]) -> Operation[Any]:
    return Operation(vendor=BUZZABOUT, request=kwargs, parse=parse)


def _list_params(limit: int | None, order: str | None) -> tuple[int | Unset, str | None]:
    size = UNSET if limit is None else check.integer("limit", limit, minimum=1, maximum=100)
    return size, None if order is None else check.choice("order", order, ORDERS)


def op_create_audience_dataset(name: str) -> Operation[AudienceDataset]:
    """POST /v1/audience_datasets."""
    body = CreateAudienceDatasetRequest(name=check.text("name", name, max_length=255))
    return _op(
        create_audience_dataset._get_kwargs(body=body),
        lambda b: audience_dataset(AudienceDatasetEnvelope.from_dict(b).data),
    )


def op_list_audience_datasets(
    limit: int | None, order: str | None
) -> Callable[[str | None], Operation[Page[AudienceDataset]]]:
    """GET /v1/audience_datasets, one page per cursor."""
    size, sort = _list_params(limit, order)

    def page(cursor: str | None) -> Operation[Page[AudienceDataset]]:
        kwargs = list_audience_datasets._get_kwargs(
            limit=size,
            cursor=UNSET if cursor is None else cursor,
            order=UNSET if sort is None else ListAudienceDatasetsOrder(sort),
        )
        return _op(kwargs, _audience_dataset_page)

    return page


def _audience_dataset_page(body: Any) -> Page[AudienceDataset]:
    parsed = AudienceDatasetList.from_dict(body)
    items = tuple(audience_dataset(d) for d in parsed.data)
    return Page(items, opt(parsed.cursor) if parsed.has_next else None)


def op_get_audience_dataset(audience_dataset_id: str) -> Operation[AudienceDataset]:
    """GET /v1/audience_datasets/{id}."""
    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    return _op(
        get_audience_dataset._get_kwargs(ad_id),
        lambda b: audience_dataset(AudienceDatasetEnvelope.from_dict(b).data),
    )


def op_update_audience_dataset(audience_dataset_id: str, name: str) -> Operation[AudienceDataset]:
    """PATCH /v1/audience_datasets/{id} (``name=""`` clears the name)."""
    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    body = UpdateAudienceDatasetRequest(name=check.text("name", name, min_length=0, max_length=255))
    return _op(
        update_audience_dataset._get_kwargs(ad_id, body=body),
        lambda b: audience_dataset(AudienceDatasetEnvelope.from_dict(b).data),
    )


def op_delete_audience_dataset(audience_dataset_id: str) -> Operation[None]:
    """DELETE /v1/audience_datasets/{id}."""
    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    return _op(delete_audience_dataset._get_kwargs(ad_id), no_body)


def op_create_audience_dataset_run(
    audience_dataset_id: str, source_dataset_id: str, total_profile_count: int | None
) -> Operation[AudienceDatasetRun]:
    """POST /v1/audience_datasets/{id}/runs."""
    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    count: int | Unset = UNSET
    if total_profile_count is not None:
        count = check.integer("total_profile_count", total_profile_count, minimum=1, maximum=2000)
    body = CreateAudienceDatasetRunRequest(
        source_dataset_id=check.text("source_dataset_id", source_dataset_id),
        total_profile_count=count,
    )
    return _op(
        create_audience_dataset_run._get_kwargs(ad_id, body=body),
        lambda b: audience_dataset_run(AudienceDatasetRunEnvelope.from_dict(b).data),
    )


def op_list_audience_dataset_runs(
    audience_dataset_id: str, limit: int | None, order: str | None
) -> Callable[[str | None], Operation[Page[AudienceDatasetRun]]]:
    """GET /v1/audience_datasets/{id}/runs, one page per cursor."""
    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    size, sort = _list_params(limit, order)

    def page(cursor: str | None) -> Operation[Page[AudienceDatasetRun]]:
        kwargs = list_audience_dataset_runs._get_kwargs(
            ad_id,
            limit=size,
            cursor=UNSET if cursor is None else cursor,
            order=UNSET if sort is None else ListAudienceDatasetRunsOrder(sort),
        )
        return _op(kwargs, _audience_dataset_run_page)

    return page


def _audience_dataset_run_page(body: Any) -> Page[AudienceDatasetRun]:
    parsed = AudienceDatasetRunList.from_dict(body)
    items = tuple(audience_dataset_run(d) for d in parsed.data)
    return Page(items, opt(parsed.cursor) if parsed.has_next else None)


def op_get_audience_dataset_run(
    audience_dataset_id: str, run_id: str
) -> Operation[AudienceDatasetRun]:
    """GET /v1/audience_datasets/{id}/runs/{run_id}."""
    ad_id = check.path_id("audience_dataset_id", audience_dataset_id)
    rid = check.path_id("run_id", run_id)
    return _op(
        get_audience_dataset_run._get_kwargs(ad_id, rid),
        lambda b: audience_dataset_run(AudienceDatasetRunEnvelope.from_dict(b).data),
    )


def op_create_pattern_detection(
    dataset_id: str, name: str, research_question: str
) -> Operation[PatternDetectionRun]:
    """POST /v1/pattern_detections."""
    known = {
        "dataset_id": check.text("dataset_id", dataset_id),
        "name": check.text("name", name),
        "research_question": check.text("research_question", research_question),
    }
    body = CreatePatternDetectionRequest(**known)
    return _op(
        create_pattern_detection._get_kwargs(body=body),
        lambda b: pattern_detection_run(PatternDetectionRunEnvelope.from_dict(b).data, **known),
    )


def _pattern_detection_body(body: Any) -> PatternDetectionRun:
    # The documents print the run wrapped in the envelope and, once completed, bare.
    if isinstance(body, dict) and "data" in body:
        return pattern_detection_run(PatternDetectionRunEnvelope.from_dict(body).data)
    return pattern_detection_run(_PatternDetectionRun.from_dict(body))


def op_get_pattern_detection(run_id: str) -> Operation[PatternDetectionRun]:
    """GET /v1/pattern_detections/{run_id}."""
    return _op(
        get_pattern_detection._get_kwargs(check.path_id("run_id", run_id)), _pattern_detection_body
    )


def op_create_custom_parameter(
    name: str, instructions: str, value_type: str
) -> Operation[CustomParameter]:
    """POST /v1/custom_parameters."""
    body = CreateCustomParameterRequest(
        name=check.text("name", name),
        instructions=check.text("instructions", instructions),
        value_type=check.text("value_type", value_type),
    )
    return _op(
        create_custom_parameter._get_kwargs(body=body),
        lambda b: custom_parameter(CustomParameterEnvelope.from_dict(b).data),
    )


def op_list_custom_parameters() -> Callable[[str | None], Operation[Page[CustomParameter]]]:
    """GET /v1/custom_parameters (one page: no pagination is documented)."""

    def page(_: str | None) -> Operation[Page[CustomParameter]]:
        return _op(
            list_custom_parameters._get_kwargs(),
            lambda b: Page(
                tuple(custom_parameter(d) for d in CustomParameterList.from_dict(b).data)
            ),
        )

    return page


def op_preview_custom_parameter(
    instructions: str, value_type: str, post_refs: Any
) -> Operation[list[PreviewResult]]:
    """POST /v1/custom_parameters/preview."""
    refs = check.post_refs("post_refs", post_refs)
    body = PreviewCustomParameterRequest(
        instructions=check.text("instructions", instructions),
        value_type=check.text("value_type", value_type),
        post_refs=[_PostRef(id=r.id, source=r.source) for r in refs],
    )
    return _op(preview_custom_parameter._get_kwargs(body=body), _preview_results)


def _preview_results(body: Any) -> PreviewResults:
    parsed = PreviewResultEnvelope.from_dict(body)
    return [
        PreviewResult(r.post_id, word(r.source) or "", opt(r.value)) for r in parsed.data.results
    ]


def op_get_custom_parameter(parameter_id: str) -> Operation[CustomParameter]:
    """GET /v1/custom_parameters/{id}."""
    pid = check.path_id("parameter_id", parameter_id)
    return _op(
        get_custom_parameter._get_kwargs(pid),
        lambda b: custom_parameter(CustomParameterEnvelope.from_dict(b).data),
    )


def op_update_custom_parameter(
    parameter_id: str, name: str | None, instructions: str | None, value_type: str | None
) -> Operation[CustomParameter | None]:
    """PATCH /v1/custom_parameters/{id}; ``None`` when the API answers 204."""
    pid = check.path_id("parameter_id", parameter_id)
    body = UpdateCustomParameterRequest(
        name=UNSET if name is None else check.text("name", name),
        instructions=UNSET if instructions is None else check.text("instructions", instructions),
        value_type=UNSET if value_type is None else check.text("value_type", value_type),
    )
    return _op(
        update_custom_parameter._get_kwargs(pid, body=body),
        lambda b: (
            None if b is None else custom_parameter(CustomParameterEnvelope.from_dict(b).data)
        ),
    )


def update_custom_parameter_flow(
    send: Callable[[Operation[Any]], Flow[Any]],
    parameter_id: str,
    *,
    name: str | None,
    instructions: str | None,
    value_type: str | None,
) -> Flow[CustomParameter]:
    """Update, and read the parameter back if the API answered with an empty 204.

    ``send`` is the client's retrying call flow, so both requests retry the same way.
    """
    op = op_update_custom_parameter(parameter_id, name, instructions, value_type)
    updated: CustomParameter | None = yield from send(op)
    if updated is not None:
        return updated
    current: CustomParameter = yield from send(op_get_custom_parameter(parameter_id))
    return current


def op_delete_custom_parameter(parameter_id: str) -> Operation[None]:
    """DELETE /v1/custom_parameters/{id}."""
    return _op(
        delete_custom_parameter._get_kwargs(check.path_id("parameter_id", parameter_id)),
        no_body,
    )


def op_create_custom_parameter_run(
    parameter_id: str, dataset_id: str
) -> Operation[CustomParameterRun]:
    """POST /v1/custom_parameters/{id}/runs over a dataset."""
    pid = check.path_id("parameter_id", parameter_id)
    ds = check.text("dataset_id", dataset_id)
    body = CreateCustomParameterRunRequest(
        scope=RunScopeRequest(kind=RunScopeRequestKind.DATASET, id=ds)
    )

    def parse(b: Any) -> CustomParameterRun:
        # The API answers with the run id only; the run has just been accepted.
        run_id = ident(CustomParameterRunCreatedEnvelope.from_dict(b).data.run_id)
        return CustomParameterRun(
            id=run_id, status=RunStatus.QUEUED, custom_parameter_id=pid, dataset_id=ds
        )

    return _op(create_custom_parameter_run._get_kwargs(pid, body=body), parse)


def op_list_custom_parameter_runs(
    parameter_id: str,
) -> Callable[[str | None], Operation[Page[CustomParameterRun]]]:
    """GET /v1/custom_parameters/{id}/runs (one page: no pagination is documented)."""
    pid = check.path_id("parameter_id", parameter_id)

    def page(_: str | None) -> Operation[Page[CustomParameterRun]]:
        return _op(
            list_custom_parameter_runs._get_kwargs(pid),
            lambda b: Page(
                tuple(custom_parameter_run(d) for d in CustomParameterRunList.from_dict(b).data)
            ),
        )

    return page


def op_get_custom_parameter_run(parameter_id: str, run_id: str) -> Operation[CustomParameterRun]:
    """GET /v1/custom_parameters/{id}/runs/{run_id}."""
    pid = check.path_id("parameter_id", parameter_id)
    rid = check.path_id("run_id", run_id)
    return _op(
        get_custom_parameter_run._get_kwargs(pid, rid),
        lambda b: custom_parameter_run(CustomParameterRunEnvelope.from_dict(b).data),
    )


def _owner(value: str | None, field: str) -> str:
    if not value:
        raise InvalidArgumentError(f"run.{field}", "is unknown, so the run cannot be observed")
    return value


register_observer(
    AudienceDatasetRun,
    BUZZABOUT,
    lambda r: op_get_audience_dataset_run(
        _owner(r.audience_dataset_id, "audience_dataset_id"), r.id
    ),
)
register_observer(PatternDetectionRun, BUZZABOUT, lambda r: op_get_pattern_detection(r.id))
register_observer(
    CustomParameterRun,
    BUZZABOUT,
    lambda r: op_get_custom_parameter_run(
        _owner(r.custom_parameter_id, "custom_parameter_id"), r.id
    ),
)


# ------------------------------------------------------------------ resources (sync)


class AudienceDatasetRuns:
    """``client.audience_datasets.runs``: profile-collection runs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        audience_dataset_id: str,
        *,
        source_dataset_id: str,
        total_profile_count: int | None = None,
    ) -> AudienceDatasetRun:
        """Start a run (one may be in flight per audience dataset; 409 otherwise)."""
        return self._client._request(
            op_create_audience_dataset_run(
                audience_dataset_id, source_dataset_id, total_profile_count
            )
        )

    def list(
        self, audience_dataset_id: str, *, limit: int | None = None, order: str | None = None
    ) -> SyncPager[AudienceDatasetRun]:
        """Every run, across pages (``limit`` is the page size, 1-100)."""
        return self._client._pager(op_list_audience_dataset_runs(audience_dataset_id, limit, order))

    def get(self, audience_dataset_id: str, run_id: str) -> AudienceDatasetRun:
        """One run."""
        return self._client._request(op_get_audience_dataset_run(audience_dataset_id, run_id))


class AudienceDatasets:
    """``client.audience_datasets``: name-only containers of audience runs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> AudienceDatasetRuns:
        """The audience datasets' runs."""
        return AudienceDatasetRuns(self._client)

    def create(self, *, name: str) -> AudienceDataset:
        """Create an audience dataset (name 1-255 characters)."""
        return self._client._request(op_create_audience_dataset(name))

    def list(
        self, *, limit: int | None = None, order: str | None = None
    ) -> SyncPager[AudienceDataset]:
        """Every audience dataset, across pages (``limit`` is the page size, 1-100)."""
        return self._client._pager(op_list_audience_datasets(limit, order))

    def get(self, audience_dataset_id: str) -> AudienceDataset:
        """One audience dataset."""
        return self._client._request(op_get_audience_dataset(audience_dataset_id))

    def update(self, audience_dataset_id: str, *, name: str) -> AudienceDataset:
        """Rename (``""`` clears the name)."""
        return self._client._request(op_update_audience_dataset(audience_dataset_id, name))

    def delete(self, audience_dataset_id: str) -> None:
        """Soft-delete it and all its runs."""
        self._client._request(op_delete_audience_dataset(audience_dataset_id))


class PatternDetections:
    """``client.pattern_detections``: one-shot pattern discovery over a dataset."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(self, *, dataset_id: str, name: str, research_question: str) -> PatternDetectionRun:
        """Start a pattern detection."""
        return self._client._request(
            op_create_pattern_detection(dataset_id, name, research_question)
        )

    def get(self, run_id: str) -> PatternDetectionRun:
        """Observe a pattern detection (``pattern_id`` once completed)."""
        return self._client._request(op_get_pattern_detection(run_id))


class CustomParameterRuns:
    """``client.custom_parameters.runs``: runs of a custom parameter over a dataset."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(self, parameter_id: str, *, dataset_id: str) -> CustomParameterRun:
        """Run the custom parameter over a dataset."""
        return self._client._request(op_create_custom_parameter_run(parameter_id, dataset_id))

    def list(self, parameter_id: str) -> SyncPager[CustomParameterRun]:
        """Every run of the custom parameter."""
        return self._client._pager(op_list_custom_parameter_runs(parameter_id))

    def get(self, parameter_id: str, run_id: str) -> CustomParameterRun:
        """One run, with its counters as ``progress``."""
        return self._client._request(op_get_custom_parameter_run(parameter_id, run_id))


class CustomParameters:
    """``client.custom_parameters``: named LLM extraction rules."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> CustomParameterRuns:
        """The custom parameters' runs."""
        return CustomParameterRuns(self._client)

    def create(self, *, name: str, instructions: str, value_type: str) -> CustomParameter:
        """Define a custom parameter."""
        return self._client._request(op_create_custom_parameter(name, instructions, value_type))

    def list(self) -> SyncPager[CustomParameter]:
        """Every custom parameter."""
        return self._client._pager(op_list_custom_parameters())

    def preview(self, *, instructions: str, value_type: str, post_refs: Any) -> PreviewResults:
        """Try instructions on 1-5 posts (``PostRef`` or ``(id, source)``); free."""
        return self._client._request(
            op_preview_custom_parameter(instructions, value_type, post_refs)
        )

    def get(self, parameter_id: str) -> CustomParameter:
        """One custom parameter."""
        return self._client._request(op_get_custom_parameter(parameter_id))

    def update(
        self,
        parameter_id: str,
        *,
        name: str | None = None,
        instructions: str | None = None,
        value_type: str | None = None,
    ) -> CustomParameter:
        """Change any of name, instructions, value type."""
        return self._client._run(
            update_custom_parameter_flow(
                self._client._call,
                parameter_id,
                name=name,
                instructions=instructions,
                value_type=value_type,
            )
        )

    def delete(self, parameter_id: str) -> None:
        """Delete the custom parameter."""
        self._client._request(op_delete_custom_parameter(parameter_id))


class Buzzabout(SyncClient):
    """Buzzabout's API. Key from ``api_key`` or ``BUZZABOUT_API_KEY``."""

    _vendor = BUZZABOUT

    @cached_property
    def audience_datasets(self) -> AudienceDatasets:
        """Audience datasets and their runs."""
        return AudienceDatasets(self)

    @cached_property
    def pattern_detections(self) -> PatternDetections:
        """Pattern detections."""
        return PatternDetections(self)

    @cached_property
    def custom_parameters(self) -> CustomParameters:
        """Custom parameters and their runs."""
        return CustomParameters(self)


# ------------------------------------------------------------------ resources (async)


class AsyncAudienceDatasetRuns:
    """``client.audience_datasets.runs``: profile-collection runs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        audience_dataset_id: str,
        *,
        source_dataset_id: str,
        total_profile_count: int | None = None,
    ) -> AudienceDatasetRun:
        """Start a run (one may be in flight per audience dataset; 409 otherwise)."""
        return await self._client._request(
            op_create_audience_dataset_run(
                audience_dataset_id, source_dataset_id, total_profile_count
            )
        )

    def list(
        self, audience_dataset_id: str, *, limit: int | None = None, order: str | None = None
    ) -> AsyncPager[AudienceDatasetRun]:
        """Every run, across pages (``async for``; ``limit`` is the page size, 1-100)."""
        return self._client._pager(op_list_audience_dataset_runs(audience_dataset_id, limit, order))

    async def get(self, audience_dataset_id: str, run_id: str) -> AudienceDatasetRun:
        """One run."""
        return await self._client._request(op_get_audience_dataset_run(audience_dataset_id, run_id))


class AsyncAudienceDatasets:
    """``client.audience_datasets``: name-only containers of audience runs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> AsyncAudienceDatasetRuns:
        """The audience datasets' runs."""
        return AsyncAudienceDatasetRuns(self._client)

    async def create(self, *, name: str) -> AudienceDataset:
        """Create an audience dataset (name 1-255 characters)."""
        return await self._client._request(op_create_audience_dataset(name))

    def list(
        self, *, limit: int | None = None, order: str | None = None
    ) -> AsyncPager[AudienceDataset]:
        """Every audience dataset, across pages (``async for``; ``limit`` is the page size)."""
        return self._client._pager(op_list_audience_datasets(limit, order))

    async def get(self, audience_dataset_id: str) -> AudienceDataset:
        """One audience dataset."""
        return await self._client._request(op_get_audience_dataset(audience_dataset_id))

    async def update(self, audience_dataset_id: str, *, name: str) -> AudienceDataset:
        """Rename (``""`` clears the name)."""
        return await self._client._request(op_update_audience_dataset(audience_dataset_id, name))

    async def delete(self, audience_dataset_id: str) -> None:
        """Soft-delete it and all its runs."""
        await self._client._request(op_delete_audience_dataset(audience_dataset_id))


class AsyncPatternDetections:
    """``client.pattern_detections``: one-shot pattern discovery over a dataset."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self, *, dataset_id: str, name: str, research_question: str
    ) -> PatternDetectionRun:
        """Start a pattern detection."""
        return await self._client._request(
            op_create_pattern_detection(dataset_id, name, research_question)
        )

    async def get(self, run_id: str) -> PatternDetectionRun:
        """Observe a pattern detection (``pattern_id`` once completed)."""
        return await self._client._request(op_get_pattern_detection(run_id))


class AsyncCustomParameterRuns:
    """``client.custom_parameters.runs``: runs of a custom parameter over a dataset."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(self, parameter_id: str, *, dataset_id: str) -> CustomParameterRun:
        """Run the custom parameter over a dataset."""
        return await self._client._request(op_create_custom_parameter_run(parameter_id, dataset_id))

    def list(self, parameter_id: str) -> AsyncPager[CustomParameterRun]:
        """Every run of the custom parameter (``async for``)."""
        return self._client._pager(op_list_custom_parameter_runs(parameter_id))

    async def get(self, parameter_id: str, run_id: str) -> CustomParameterRun:
        """One run, with its counters as ``progress``."""
        return await self._client._request(op_get_custom_parameter_run(parameter_id, run_id))


class AsyncCustomParameters:
    """``client.custom_parameters``: named LLM extraction rules."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> AsyncCustomParameterRuns:
        """The custom parameters' runs."""
        return AsyncCustomParameterRuns(self._client)

    async def create(self, *, name: str, instructions: str, value_type: str) -> CustomParameter:
        """Define a custom parameter."""
        return await self._client._request(
            op_create_custom_parameter(name, instructions, value_type)
        )

    def list(self) -> AsyncPager[CustomParameter]:
        """Every custom parameter (``async for``)."""
        return self._client._pager(op_list_custom_parameters())

    async def preview(
        self, *, instructions: str, value_type: str, post_refs: Any
    ) -> PreviewResults:
        """Try instructions on 1-5 posts (``PostRef`` or ``(id, source)``); free."""
        return await self._client._request(
            op_preview_custom_parameter(instructions, value_type, post_refs)
        )

    async def get(self, parameter_id: str) -> CustomParameter:
        """One custom parameter."""
        return await self._client._request(op_get_custom_parameter(parameter_id))

    async def update(
        self,
        parameter_id: str,
        *,
        name: str | None = None,
        instructions: str | None = None,
        value_type: str | None = None,
    ) -> CustomParameter:
        """Change any of name, instructions, value type."""
        return await self._client._run(
            update_custom_parameter_flow(
                self._client._call,
                parameter_id,
                name=name,
                instructions=instructions,
                value_type=value_type,
            )
        )

    async def delete(self, parameter_id: str) -> None:
        """Delete the custom parameter."""
        await self._client._request(op_delete_custom_parameter(parameter_id))


class AsyncBuzzabout(AsyncClient):
    """Buzzabout's API, async. Key from ``api_key`` or ``BUZZABOUT_API_KEY``."""

    _vendor = BUZZABOUT

    @cached_property
    def audience_datasets(self) -> AsyncAudienceDatasets:
        """Audience datasets and their runs."""
        return AsyncAudienceDatasets(self)

    @cached_property
    def pattern_detections(self) -> AsyncPatternDetections:
        """Pattern detections."""
        return AsyncPatternDetections(self)

    @cached_property
    def custom_parameters(self) -> AsyncCustomParameters:
        """Custom parameters and their runs."""
        return AsyncCustomParameters(self)
