"""What the vendors' own material says a server sends, or how solid a page is, holds in the spec.

Issue 20's audit: Buzzabout's 422 with field errors in ``detail`` (printed on the mentions and
audience-profiles pages, named API-wide by the overview) failed every operation's 422 and
4XX but those of the public pages; Leadpipe's own SDK reads a string ``error``, which no
Leadpipe error response took; the get-people page's result rows and pending body were
replaced by invented ones; the operations documented only in Buzzabout's staging docs
("may change") looked as stable as the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from audiences_api.models import IntentAudienceRunEnvelope
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from tests.data import AUDIENCELAB_REQUEST, HOSTS, METHODS, OPERATIONS
from tests.helpers import errors

BUZZABOUT = [o for o in OPERATIONS if o[3].startswith("buzzabout-")]
LEADPIPE = [o for o in OPERATIONS if o[3].startswith("leadpipe-")]
# The overview: "The API is stable for datasets, mentions, audience_datasets, and
# audience_profiles. Newer endpoints (...) may change."
STABLE_TAGS = {
    "buzzabout-datasets",
    "buzzabout-mentions",
    "buzzabout-audience-datasets",
    "buzzabout-audience-profiles",
}
FIELD_ERRORS = {
    "status": "client_error",
    "error_code": "unprocessable_entity",
    "detail": {
        "message": "Invalid request data",
        "errors": {"body.filters": "Maximum 10 filters allowed, got 12"},
    },
    "transient": False,
}
FASTAPI = {"detail": [{"loc": ["body", "name"], "msg": "Field required", "type": "missing"}]}
PROSE = {"status": "client_error", "error_code": "teapot", "detail": "No", "transient": False}


@pytest.fixture(scope="module")
def api(spec: dict[str, Any]) -> OpenAPI:
    return OpenAPI.from_dict(spec)


def _request(host: str, method: str, path: str) -> MockRequest:
    return MockRequest(host, method, re.sub(r"\{[a-z_]+\}", "x_1", path))


def _problems(api: OpenAPI, request: MockRequest, answers: list[tuple[int, Any]]) -> list[str]:
    found = []
    for status, body in answers:
        try:
            api.validate_response(request, MockResponse(json.dumps(body).encode(), status))
        except Exception as error:  # any validation failure is reported
            found.append(f"{status} {json.dumps(body)[:60]}: {error!r}"[:300])
    return found


@pytest.mark.parametrize(("method", "path", "operation_id", "tag"), BUZZABOUT)
def test_every_detail_shape_validates_on_every_buzzabout_client_error(
    api: OpenAPI, method: str, path: str, operation_id: str, tag: str
) -> None:
    """A 422 and any other 4xx take `detail` as prose, the FastAPI list or field errors."""
    request = _request(HOSTS["buzzabout"][0][0], method, path)
    answers = [(422, FIELD_ERRORS), (422, FASTAPI), (418, FIELD_ERRORS), (418, FASTAPI)]
    answers.append((418, PROSE))
    assert _problems(api, request, answers) == [], operation_id


@pytest.mark.parametrize(("method", "path", "operation_id", "tag"), LEADPIPE)
def test_a_string_error_validates_on_every_leadpipe_operation(
    api: OpenAPI, method: str, path: str, operation_id: str, tag: str
) -> None:
    """Leadpipe's SDK reads `{"error": "Unauthorized"}`; the object form still validates."""
    request = _request(HOSTS["leadpipe"][0][0], method, path)
    answers: list[tuple[int, Any]] = [
        (status, {"error": text})
        for status, text in ((401, "Unauthorized"), (404, "Not found"), (503, "Unavailable"))
    ]
    answers.append((401, {"error": {"code": "UNAUTHORIZED", "message": "Invalid API key"}}))
    assert _problems(api, request, answers) == [], operation_id


def test_the_error_checks_are_real(api: OpenAPI) -> None:
    """A body in no documented shape is refused, so the two tests above can fail."""
    method, path, _, _ = LEADPIPE[0]
    request = _request(HOSTS["leadpipe"][0][0], method, path)
    assert _problems(api, request, [(401, {"error": 7})])
    method, path, _, _ = BUZZABOUT[0]
    request = _request(HOSTS["buzzabout"][0][0], method, path)
    assert _problems(api, request, [(422, {"error_code": "x", "detail": 7})])


def test_the_staging_only_operations_are_marked_beta(spec: dict[str, Any]) -> None:
    """Every Buzzabout operation outside the overview's stable list says it may change."""
    marked: list[tuple[bool, str]] = []
    stable: list[tuple[bool, str]] = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in METHODS or not op["tags"][0].startswith("buzzabout-"):
                continue
            beta = op.get("x-stability") == "beta"
            opens = op["description"].startswith("Beta (`x-stability: beta`)")
            assert beta == opens, (method, path)
            assert "may change" in op["description"].split("\n\n")[0] or not beta
            (stable if op["tags"][0] in STABLE_TAGS else marked).append((beta, op["operationId"]))
    assert all(beta for beta, _ in marked), marked
    assert not any(beta for beta, _ in stable), stable
    assert len(marked) >= 13


def test_the_documented_run_object_parses_into_named_fields() -> None:
    """The API reference's complete run (23 fields): every one is a field of the model."""
    run = {
        "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "audienceId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "organizationId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "status": "queued",
        "runType": "manual",
        "configHash": "<string>",
        "dataDate": "2023-12-25",
        "resultKey": "<string>",
        "candidateCount": 123,
        "resultCount": 123,
        "attempts": 123,
        "nextAttemptAt": "2023-11-07T05:31:56Z",
        "idempotencyKey": "<string>",
        "errorCode": "<string>",
        "errorMessage": "<string>",
        "startedAt": "2023-11-07T05:31:56Z",
        "completedAt": "2023-11-07T05:31:56Z",
        "cancelledAt": "2023-11-07T05:31:56Z",
        "readyEmailSentAt": "2023-11-07T05:31:56Z",
        "readyEmailExportId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "readyEmailError": "<string>",
        "createdAt": "2023-11-07T05:31:56Z",
        "updatedAt": "2023-11-07T05:31:56Z",
    }
    parsed = IntentAudienceRunEnvelope.from_dict({"data": run}).data
    assert parsed.additional_properties == {}
    assert sorted(parsed.to_dict()) == sorted(run)
    when = dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)
    assert (parsed.next_attempt_at, parsed.cancelled_at, parsed.ready_email_sent_at) == (when,) * 3
    texts = (parsed.result_key, parsed.idempotency_key, parsed.ready_email_error)
    assert texts == ("<string>",) * 3
    assert parsed.ready_email_export_id == run["readyEmailExportId"]


@pytest.mark.parametrize(
    ("segment", "accepted"),
    [
        (["b2c_1253"], True),
        (["b2b_7", "b2c_1253"], True),
        (["100073"], False),  # the older copy's bare number: refused by the current page
        (["al_1253"], False),  # a legacy id
        (["b2c_"], False),
    ],
)
def test_audiencelab_segment_ids_take_the_current_pages_form(
    spec: dict[str, Any], segment: list[str], accepted: bool
) -> None:
    body = {**AUDIENCELAB_REQUEST, "segment": segment}
    found = errors(spec, {"$ref": "#/components/schemas/CreateAudienceRequest"}, body)
    assert (found == []) is accepted, found
