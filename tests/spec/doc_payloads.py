"""Payloads printed in the vendor documents, verbatim, with the schema each must satisfy.

The Buzzabout reference pages print playground placeholders (`"status": "info"`,
`"detail": "string"`, `"transient": true`); they are kept as printed, since a spec that
rejected its own documents' payloads would be wrong.
"""

from __future__ import annotations

from typing import Any

_CP = {
    "created_at": 1746090862,
    "id": "cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    "instructions": "Classify the post's sentiment toward our brand as one of: positive, negative, neutral, mixed.",
    "name": "Brand sentiment label",
    "updated_at": 1746091984,
    "value_type": "string",
}
_CPR = {
    "created_at": 1746090862,
    "custom_parameter_id": "cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    "id": "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj",
    "mentions_done": 124,
    "mentions_error": 2,
    "mentions_total": 187,
    "scope": {"id": "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj", "kind": "dataset"},
    "status": {"type": "processing"},
    "updated_at": 1746091984,
}
_PDR = {
    "created_at": 1717200000,
    "dataset_id": "ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
    "name": "Pricing complaints",
    "research_question": "What recurring complaints come up about pricing?",
    "run_id": "pdr_2NK4Z",
    "status": {"steps": [], "type": "pending"},
}
_ADR_DONE = {
    "id": "adr_01H...",
    "audience_dataset_id": "ad_01H...",
    "source_dataset_id": "ds_01H...",
    "status": {
        "type": "completed",
        "steps": [
            {"name": "fetch_posts", "completed_at": 1714564890},
            {"name": "collect_profiles", "completed_at": 1714565410},
            {"name": "analyze_profiles", "completed_at": 1714566010},
        ],
    },
    "target_profile_count": 850,
    "profile_count": 850,
    "created_at": "2026-05-01T12:00:30Z",
    "updated_at": "2026-05-01T12:20:10Z",
}


def _placeholder(code: str) -> dict[str, Any]:
    return {"status": "info", "error_code": code, "detail": "string", "transient": True}


_FASTAPI = {"detail": [{"loc": ["string"], "msg": "string", "type": "string"}]}
_LP_RUN = {
    "id": "ad53af16-efbc-4fe1-a764-ded7181653a1",
    "audienceId": "8c049a20-3385-42da-b710-0d038eff5812",
    "organizationId": "a1657c63-bed2-41b4-b816-f09614490057",
    "status": "queued",
    "runType": "manual",
    "configHash": "8e7f74e01dd2ce8cd0c12969155eac44d624818f1de711f175aab34d2ab193a8",
    "dataDate": "2026-05-04",
    "candidateCount": 0,
    "resultCount": 0,
    "attempts": 0,
    "createdAt": "2026-05-05T09:30:00.000Z",
}

_AL_REQUEST = {
    "name": "My Test Audience",
    "filters": {
        "age": {"minAge": 25, "maxAge": 45},
        "city": ["New York", "San Francisco"],
        "businessProfile": {"industry": ["Software Development"]},
    },
    "segment": ["100073"],
    "days_back": 7,
}

# (what the document shows, schema name, payload)
PAYLOADS: list[tuple[str, str, Any]] = [
    # buzzabout-audience-datasets.txt
    (
        "create audience dataset request",
        "CreateAudienceDatasetRequest",
        {"name": "cold brew creators"},
    ),
    (
        "create audience dataset 201",
        "AudienceDatasetEnvelope",
        {
            "status": "success",
            "data": {
                "id": "ad_01H...",
                "name": "cold brew creators",
                "created_at": "2026-05-01T12:00:00Z",
            },
        },
    ),
    (
        "list audience datasets 200",
        "AudienceDatasetList",
        {
            "status": "success",
            "data": [
                {
                    "id": "ad_01H...",
                    "name": "cold brew creators",
                    "profile_count": 850,
                    "created_at": "2026-05-01T12:00:00Z",
                    "updated_at": "2026-05-01T12:30:00Z",
                }
            ],
            "has_next": False,
            "cursor": None,
        },
    ),
    (
        "get audience dataset 200",
        "AudienceDatasetEnvelope",
        {
            "status": "success",
            "data": {
                "id": "ad_01H...",
                "name": "cold brew creators",
                "profile_count": 850,
                "created_at": "2026-05-01T12:00:00Z",
                "updated_at": "2026-05-01T12:30:00Z",
            },
        },
    ),
    (
        "audience dataset 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "audience_dataset_not_found",
            "detail": "Audience dataset not found",
            "transient": False,
        },
    ),
    (
        "create run request",
        "CreateAudienceDatasetRunRequest",
        {"source_dataset_id": "ds_01H...", "total_profile_count": 850},
    ),
    (
        "create run 202",
        "AudienceDatasetRunEnvelope",
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
    ),
    (
        "create run 409",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "audience_dataset_run_already_in_flight",
            "detail": "Another run for this audience dataset is already pending or working. Wait for it to finish before starting a new one.",
            "transient": False,
        },
    ),
    ("get run 200", "AudienceDatasetRunEnvelope", {"status": "success", "data": _ADR_DONE}),
    (
        "get run 404",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "audience_dataset_run_not_found",
            "detail": "Audience dataset run not found",
            "transient": False,
        },
    ),
    # buzzabout-public: overview and rate limits
    (
        "overview paginated list",
        "AudienceDatasetList",
        {
            "status": "success",
            "data": [],
            "has_next": True,
            "cursor": "eyJjcmVhdGVkX2F0IjogMTcxNDU2NDg5MCwgImlkIjogImRzXzAxSCJ9",
        },
    ),
    (
        "429 body",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "too_many_requests",
            "detail": "Too many requests. Please slow down.",
            "transient": True,
        },
    ),
    (
        "402 body",
        "BuzzaboutError",
        {
            "status": "client_error",
            "error_code": "insufficient_credits_dataset_run",
            "detail": "Insufficient credits to start this dataset run",
            "transient": False,
        },
    ),
    # buzzabout-pattern-detections.txt
    (
        "create pattern detection request",
        "CreatePatternDetectionRequest",
        {
            "dataset_id": "ds_2NK4Y3JxhJ8r9c0Y1u5lkjm9Wb1",
            "name": "Pricing complaints",
            "research_question": "What recurring complaints come up about pricing?",
        },
    ),
    (
        "create pattern detection success",
        "PatternDetectionRunEnvelope",
        {"status": "info", "data": _PDR},
    ),
    (
        "create pattern detection 402",
        "BuzzaboutError",
        _placeholder("insufficient_credits_pattern_detection"),
    ),
    ("create pattern detection 404", "BuzzaboutError", _placeholder("dataset_not_found")),
    ("pattern detection 422", "BuzzaboutUnprocessableBody", _FASTAPI),
    (
        "get pattern detection success",
        "PatternDetectionRunResponse",
        {"status": "info", "data": _PDR},
    ),
    (
        "get pattern detection 404",
        "BuzzaboutError",
        _placeholder("pattern_detection_run_not_found"),
    ),
    (
        "lifecycle: create",
        "PatternDetectionRunEnvelope",
        {"status": "success", "data": {"run_id": "pdr_01H...", "status": "pending"}},
    ),
    (
        "lifecycle: completed, bare",
        "PatternDetectionRunResponse",
        {"run_id": "pdr_01H...", "status": "completed", "pattern_id": "pt_01H..."},
    ),
    # buzzabout-custom-parameters.txt
    (
        "create custom parameter request",
        "CreateCustomParameterRequest",
        {
            "instructions": _CP["instructions"],
            "name": "Brand sentiment label",
            "value_type": "string",
        },
    ),
    ("create custom parameter success", "CustomParameterEnvelope", {"status": "info", "data": _CP}),
    (
        "custom_parameter_limit_exceeded",
        "BuzzaboutError",
        _placeholder("custom_parameter_limit_exceeded"),
    ),
    (
        "custom_parameter_duplicate_name",
        "BuzzaboutError",
        _placeholder("custom_parameter_duplicate_name"),
    ),
    (
        "custom_parameter_empty_name",
        "BuzzaboutUnprocessableBody",
        _placeholder("custom_parameter_empty_name"),
    ),
    ("list custom parameters", "CustomParameterList", {"status": "info", "data": [_CP]}),
    (
        "preview request",
        "PreviewCustomParameterRequest",
        {
            "instructions": _CP["instructions"],
            "post_refs": [
                {"id": "t3_1oqliu8", "source": "reddit"},
                {"id": "7396418572401016102", "source": "tiktok"},
            ],
            "value_type": "string",
        },
    ),
    (
        "preview success",
        "PreviewResultEnvelope",
        {
            "status": "info",
            "data": {
                "results": [
                    {"post_id": "t3_1oqliu8", "source": "reddit", "value": "positive"},
                    {"post_id": "7396418572401016102", "source": "tiktok", "value": "neutral"},
                ]
            },
        },
    ),
    ("preview 422", "BuzzaboutUnprocessableBody", _FASTAPI),
    ("get custom parameter", "CustomParameterEnvelope", {"status": "info", "data": _CP}),
    ("custom_parameter_not_found", "BuzzaboutError", _placeholder("custom_parameter_not_found")),
    (
        "update custom parameter request",
        "UpdateCustomParameterRequest",
        {"name": "Brand sentiment label (refined)"},
    ),
    (
        "create run request",
        "CreateCustomParameterRunRequest",
        {"scope": {"id": "ds_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj", "kind": "dataset"}},
    ),
    (
        "create run success",
        "CustomParameterRunCreatedEnvelope",
        {"status": "info", "data": {"run_id": "cpr_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj"}},
    ),
    (
        "insufficient_credits_content_analysis",
        "BuzzaboutError",
        _placeholder("insufficient_credits_content_analysis"),
    ),
    (
        "custom_parameter_run_in_flight",
        "BuzzaboutError",
        _placeholder("custom_parameter_run_in_flight"),
    ),
    ("nothing_to_analyze", "BuzzaboutUnprocessableBody", _placeholder("nothing_to_analyze")),
    ("list runs", "CustomParameterRunList", {"status": "info", "data": [_CPR]}),
    ("get run", "CustomParameterRunEnvelope", {"status": "info", "data": _CPR}),
    # audiencelab-create-audience.md
    (
        "create audience request",
        "CreateAudienceRequest",
        _AL_REQUEST,
    ),
    (
        "create audience request (complete example)",
        "CreateAudienceRequest",
        {
            "name": "Software Engineers in NYC",
            "filters": {
                "age": {"minAge": 25, "maxAge": 45},
                "city": ["New York"],
                "businessProfile": {"industry": ["Software Development"]},
            },
            "days_back": 30,
        },
    ),
    (
        "create audience 200",
        "CreateAudienceResponse",
        {"audienceId": "812b78c3-83e6-4d6a-8245-def0dde26223"},
    ),
    (
        "create audience 400",
        "AudienceLabError",
        {"error": {"code": "VALIDATION_ERROR", "message": "Invalid request body"}},
    ),
    # leadpipe-intent-audience-runs.txt
    ("queue run request", "CreateIntentAudienceRunRequest", {"runType": "manual"}),
    ("queue run response", "IntentAudienceRunEnvelope", {"data": _LP_RUN}),
    (
        "list runs",
        "IntentAudienceRunList",
        {
            "data": [
                {
                    "id": "ad53af16-efbc-4fe1-a764-ded7181653a1",
                    "audienceId": "8c049a20-3385-42da-b710-0d038eff5812",
                    "status": "completed",
                    "runType": "daily",
                    "dataDate": "2026-05-04",
                    "candidateCount": 121463,
                    "resultCount": 20,
                    "startedAt": "2026-05-05T07:49:00.675Z",
                    "completedAt": "2026-05-05T07:49:03.000Z",
                }
            ]
        },
    ),
]
