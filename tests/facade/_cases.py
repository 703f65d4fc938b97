"""Every operation, with the documents' own payloads: one table for the sync and async tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from audiences import (
    Audience,
    AudienceDataset,
    AudienceDatasetRun,
    CustomParameter,
    CustomParameterRun,
    IntentAudienceRun,
    PatternDetectionRun,
    PostRef,
    PreviewResult,
    Progress,
    RunStatus,
)

from tests.spec.doc_payloads import _ADR_DONE, _AL_REQUEST, _CP, _CPR, _LP_RUN, _PDR

UTC = dt.UTC
AD = {
    "id": "ad_01H...",
    "name": "cold brew creators",
    "profile_count": 850,
    "created_at": "2026-05-01T12:00:00Z",
    "updated_at": "2026-05-01T12:30:00Z",
}
LP = "8c049a20-3385-42da-b710-0d038eff5812"


@attrs.frozen
class Case:
    """One operation: the client, the route, the documents' answer, the call, the check."""

    name: str
    vendor: str
    method: str
    path: str
    status: int
    body: Any
    call: Callable[[Any], Any]
    check: Callable[[Any], bool]
    sent: dict[str, Any] | None = None
    query: dict[str, str] | None = None


def _ad_ok(r: Any) -> bool:
    return bool(
        r
        == AudienceDataset(
            id="ad_01H...",
            name="cold brew creators",
            profile_count=850,
            created_at=dt.datetime(2026, 5, 1, 12, tzinfo=UTC),
            updated_at=dt.datetime(2026, 5, 1, 12, 30, tzinfo=UTC),
        )
    )


def _run_done(r: Any) -> bool:
    return (
        isinstance(r, AudienceDatasetRun)
        and r.status is RunStatus.COMPLETED
        and r.raw_status == "completed"
        and [s.name for s in r.steps] == ["fetch_posts", "collect_profiles", "analyze_profiles"]
        and r.completed_at == dt.datetime(2024, 5, 1, 12, 20, 10, tzinfo=UTC)
        and r.progress == Progress(3, 0, 3)
        and r.profile_count == 850
        and r.target_profile_count == 850
    )


def _cp_ok(r: Any) -> bool:
    return bool(
        r
        == CustomParameter(
            id="cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
            name="Brand sentiment label",
            instructions=str(_CP["instructions"]),
            value_type="string",
            created_at=dt.datetime.fromtimestamp(1746090862, UTC),
            updated_at=dt.datetime.fromtimestamp(1746091984, UTC),
        )
    )


def _cpr_ok(r: Any) -> bool:
    return (
        isinstance(r, CustomParameterRun)
        and r.status is RunStatus.RUNNING
        and r.raw_status == "processing"
        and r.progress == Progress(124, 2, 187)
        and r.dataset_id == "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"
        and r.custom_parameter_id == "cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"
    )


def _lp_ok(r: Any) -> bool:
    return (
        isinstance(r, IntentAudienceRun)
        and r.status is RunStatus.QUEUED
        and r.audience_id == LP
        and r.organization_id == "a1657c63-bed2-41b4-b816-f09614490057"
        and r.data_date == dt.date(2026, 5, 4)
        and r.created_at == dt.datetime(2026, 5, 5, 9, 30, tzinfo=UTC)
        and r.run_type == "manual"
        and r.attempts == 0
    )


CASES = [
    Case(
        "create audience dataset",
        "bz",
        "POST",
        "/v1/audience_datasets",
        201,
        {
            "status": "success",
            "data": {
                "id": "ad_01H...",
                "name": "cold brew creators",
                "created_at": "2026-05-01T12:00:00Z",
            },
        },
        lambda c: c.audience_datasets.create(name="cold brew creators"),
        lambda r: (
            r.id == "ad_01H..."
            and r.profile_count is None
            and r.created_at == dt.datetime(2026, 5, 1, 12, tzinfo=UTC)
        ),
        sent={"name": "cold brew creators"},
    ),
    Case(
        "list audience datasets",
        "bz",
        "GET",
        "/v1/audience_datasets",
        200,
        {"status": "success", "data": [AD], "has_next": False, "cursor": None},
        lambda c: c.audience_datasets.list(limit=50, order="asc"),
        lambda r: len(r) == 1 and _ad_ok(r[0]),
        query={"limit": "50", "order": "asc"},
    ),
    Case(
        "get audience dataset",
        "bz",
        "GET",
        "/v1/audience_datasets/ad_01H...",
        200,
        {"status": "success", "data": AD},
        lambda c: c.audience_datasets.get("ad_01H..."),
        _ad_ok,
    ),
    Case(
        "update audience dataset",
        "bz",
        "PATCH",
        "/v1/audience_datasets/ad_01H...",
        200,
        {"status": "success", "data": AD},
        lambda c: c.audience_datasets.update("ad_01H...", name="cold brew creators"),
        _ad_ok,
        sent={"name": "cold brew creators"},
    ),
    Case(
        "delete audience dataset",
        "bz",
        "DELETE",
        "/v1/audience_datasets/ad_01H...",
        204,
        None,
        lambda c: c.audience_datasets.delete("ad_01H..."),
        lambda r: r is None,
    ),
    Case(
        "create audience dataset run",
        "bz",
        "POST",
        "/v1/audience_datasets/ad_01H.../runs",
        202,
        {
            "status": "success",
            "data": {
                "id": "adr_01H...",
                "audience_dataset_id": "ad_01H...",
                "source_dataset_id": "ds_01H...",
                "status": {"type": "pending", "steps": []},
                "created_at": "2026-05-01T12:00:30Z",
            },
        },
        lambda c: c.audience_datasets.runs.create(
            "ad_01H...", source_dataset_id="ds_01H...", total_profile_count=850
        ),
        lambda r: (
            r.status is RunStatus.QUEUED
            and r.raw_status == "pending"
            and r.steps == ()
            and r.progress == Progress(0, 0, 3)
        ),
        sent={"source_dataset_id": "ds_01H...", "total_profile_count": 850},
    ),
    Case(
        "list audience dataset runs",
        "bz",
        "GET",
        "/v1/audience_datasets/ad_01H.../runs",
        200,
        {"status": "success", "data": [_ADR_DONE], "has_next": False, "cursor": None},
        lambda c: c.audience_datasets.runs.list("ad_01H..."),
        lambda r: len(r) == 1 and _run_done(r[0]),
    ),
    Case(
        "get audience dataset run",
        "bz",
        "GET",
        "/v1/audience_datasets/ad_01H.../runs/adr_01H...",
        200,
        {"status": "success", "data": _ADR_DONE},
        lambda c: c.audience_datasets.runs.get("ad_01H...", "adr_01H..."),
        _run_done,
    ),
    Case(
        "create pattern detection",
        "bz",
        "POST",
        "/v1/pattern_detections",
        202,
        {"status": "info", "data": _PDR},
        lambda c: c.pattern_detections.create(
            dataset_id="ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
            name="Pricing complaints",
            research_question="What recurring complaints come up about pricing?",
        ),
        lambda r: (
            isinstance(r, PatternDetectionRun)
            and r.id == "pdr_2NK4Z"
            and r.status is RunStatus.QUEUED
            and r.created_at == dt.datetime(2024, 6, 1, tzinfo=UTC)
        ),
        sent={
            "dataset_id": "ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
            "name": "Pricing complaints",
            "research_question": "What recurring complaints come up about pricing?",
        },
    ),
    Case(
        "get pattern detection (bare, completed)",
        "bz",
        "GET",
        "/v1/pattern_detections/pdr_01H...",
        200,
        {"run_id": "pdr_01H...", "status": "completed", "pattern_id": "pt_01H..."},
        lambda c: c.pattern_detections.get("pdr_01H..."),
        lambda r: r.status is RunStatus.COMPLETED and r.pattern_id == "pt_01H...",
    ),
    Case(
        "create custom parameter",
        "bz",
        "POST",
        "/v1/custom_parameters",
        201,
        {"status": "info", "data": _CP},
        lambda c: c.custom_parameters.create(
            name="Brand sentiment label", instructions=_CP["instructions"], value_type="string"
        ),
        _cp_ok,
        sent={
            "name": "Brand sentiment label",
            "instructions": _CP["instructions"],
            "value_type": "string",
        },
    ),
    Case(
        "list custom parameters",
        "bz",
        "GET",
        "/v1/custom_parameters",
        200,
        {"status": "info", "data": [_CP]},
        lambda c: c.custom_parameters.list(),
        lambda r: len(r) == 1 and _cp_ok(r[0]),
    ),
    Case(
        "preview custom parameter",
        "bz",
        "POST",
        "/v1/custom_parameters/preview",
        200,
        {
            "status": "info",
            "data": {
                "results": [
                    {"post_id": "t3_1oqliu8", "source": "reddit", "value": "positive"},
                    {"post_id": "7396418572401016102", "source": "tiktok", "value": "neutral"},
                ]
            },
        },
        lambda c: c.custom_parameters.preview(
            instructions="x",
            value_type="string",
            post_refs=[PostRef("t3_1oqliu8", "reddit"), ("7396418572401016102", "tiktok")],
        ),
        lambda r: (
            r
            == [
                PreviewResult("t3_1oqliu8", "reddit", "positive"),
                PreviewResult("7396418572401016102", "tiktok", "neutral"),
            ]
        ),
        sent={
            "instructions": "x",
            "value_type": "string",
            "post_refs": [
                {"id": "t3_1oqliu8", "source": "reddit"},
                {"id": "7396418572401016102", "source": "tiktok"},
            ],
        },
    ),
    Case(
        "get custom parameter",
        "bz",
        "GET",
        "/v1/custom_parameters/cp_1",
        200,
        {"status": "info", "data": _CP},
        lambda c: c.custom_parameters.get("cp_1"),
        _cp_ok,
    ),
    Case(
        "update custom parameter",
        "bz",
        "PATCH",
        "/v1/custom_parameters/cp_1",
        200,
        {"status": "info", "data": _CP},
        lambda c: c.custom_parameters.update("cp_1", name="Brand sentiment label (refined)"),
        _cp_ok,
        sent={"name": "Brand sentiment label (refined)"},
    ),
    Case(
        "delete custom parameter",
        "bz",
        "DELETE",
        "/v1/custom_parameters/cp_1",
        204,
        None,
        lambda c: c.custom_parameters.delete("cp_1"),
        lambda r: r is None,
    ),
    Case(
        "create custom parameter run",
        "bz",
        "POST",
        "/v1/custom_parameters/cp_1/runs",
        202,
        {"status": "info", "data": {"run_id": "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"}},
        lambda c: c.custom_parameters.runs.create(
            "cp_1", dataset_id="ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"
        ),
        lambda r: (
            r.id == "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"
            and r.status is RunStatus.QUEUED
            and r.custom_parameter_id == "cp_1"
        ),
        sent={"scope": {"kind": "dataset", "id": "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"}},
    ),
    Case(
        "list custom parameter runs",
        "bz",
        "GET",
        "/v1/custom_parameters/cp_1/runs",
        200,
        {"status": "info", "data": [_CPR]},
        lambda c: c.custom_parameters.runs.list("cp_1"),
        lambda r: len(r) == 1 and _cpr_ok(r[0]),
    ),
    Case(
        "get custom parameter run",
        "bz",
        "GET",
        "/v1/custom_parameters/cp_1/runs/cpr_1",
        200,
        {"status": "info", "data": _CPR},
        lambda c: c.custom_parameters.runs.get("cp_1", "cpr_1"),
        _cpr_ok,
    ),
    Case(
        "create audience",
        "al",
        "POST",
        "/audiences",
        200,
        {"audienceId": "812b78c3-83e6-4d6a-8245-def0dde26223"},
        lambda c: c.audiences.create(**_AL_REQUEST),
        lambda r: r == Audience("812b78c3-83e6-4d6a-8245-def0dde26223"),
        sent=_AL_REQUEST,
    ),
    Case(
        "create intent audience run",
        "lp",
        "POST",
        f"/v1/intent/audiences/{LP}/runs",
        201,
        {"data": _LP_RUN},
        lambda c: c.intent_audiences.runs.create(LP, idempotency_key="unique-client-retry-key"),
        _lp_ok,
        sent={"runType": "manual"},
    ),
    Case(
        "list intent audience runs",
        "lp",
        "GET",
        f"/v1/intent/audiences/{LP}/runs",
        200,
        {"data": [_LP_RUN]},
        lambda c: c.intent_audiences.runs.list(LP, limit=25),
        lambda r: len(r) == 1 and _lp_ok(r[0]),
        query={"limit": "25"},
    ),
    Case(
        "cancel intent audience run",
        "lp",
        "DELETE",
        f"/v1/intent/audiences/{LP}/runs/run_1",
        200,
        {"data": {**_LP_RUN, "status": "cancelled", "cancelledAt": "2026-05-05T09:31:00.000Z"}},
        lambda c: c.intent_audiences.runs.cancel(LP, "run_1"),
        lambda r: r is None,
    ),
]
