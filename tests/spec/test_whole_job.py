"""The 19 operations of "the whole job at every vendor" (issue 20), through the generated client.

Their documents' payloads validate (tests/data.py PAYLOADS, test_doc_payloads.py); here:
new words and fields still parse, the documented request bodies survive the generated
request models, the CSV comes back byte for byte, custom-parameter values of any JSON
type survive, both documented shapes of what the sources disagree on parse, the
community-observed operations say so, and the bounds the documents print hold.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import httpx
import pytest
from audiences_api import AuthenticatedClient, models
from audiences_api.api.leadpipe_intent_audience_runs import export_intent_audience_run_csv
from audiences_api.types import File
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request.exceptions import SecurityValidationError

from tests.data import (
    ACCOUNT,
    AUDIENCELAB_AUDIENCE,
    CREDIT_PRICES,
    HOSTS,
    INTENT_AUDIENCE,
    INTENT_AUDIENCE_CREATE_REQUEST,
    INTENT_AUDIENCE_UPDATE_REQUEST,
    INTENT_CONFIG_GUIDE,
    INTENT_CONFIG_REFERENCE,
    INTENT_PREVIEW,
    INTENT_RUN_EXPORT_REFERENCE,
    INTENT_RUN_STATS,
    INTENT_TOPIC,
    MENTION,
    OPERATIONS,
    USAGE_RECORD,
)

LP = HOSTS["leadpipe"][0][0]
COMMUNITY = ["list_audiences", "list_audience_members"]


@pytest.fixture(scope="module")
def api(spec: dict[str, Any]) -> OpenAPI:
    return OpenAPI.from_dict(spec)


def _operation(operation_id: str) -> tuple[str, str]:
    (found,) = [(m, p) for m, p, o, _ in OPERATIONS if o == operation_id]
    return found


# ------------------------------------------------------------------ open words and objects


def test_new_words_and_fields_survive_the_generated_models() -> None:
    """Every open word of the new bodies is a plain string; unknown fields are kept."""
    account = copy.deepcopy(ACCOUNT)
    account["members"][1]["type"] = "guest"
    account["plan"]["features"]["teleport"] = True
    parsed_account = models.AccountEnvelope.from_dict({"status": "success", "data": account})
    member = parsed_account.data.members[1]  # type: ignore[index]
    assert (member.type_, type(member.type_)) == ("guest", str)
    features = parsed_account.data.plan.features  # type: ignore[union-attr]
    assert features.additional_properties == {"teleport": True}  # type: ignore[union-attr]

    record = {**USAGE_RECORD, "category": "tracking_agent", "refund": True}
    page = models.UsageHistoryList.from_dict(
        {"status": "success", "data": [record], "has_next": False, "cursor": None}
    )
    assert (page.data[0].category, page.data[0].additional_properties) == (
        "tracking_agent",
        {"refund": True},
    )
    prices = models.CreditPricesEnvelope.from_dict(
        {"status": "success", "data": {**CREDIT_PRICES, "tracking_agent": 2}}
    )
    assert prices.data.additional_properties == {"tracking_agent": 2}

    topics = models.IntentTopicList.from_dict({"data": [{**INTENT_TOPIC, "type": "b2g"}]})
    assert topics.data[0].type_ == "b2g"
    audience = models.IntentAudienceEnvelope.from_dict(
        {"data": {**INTENT_AUDIENCE, "status": "archived", "slotId": 3}}
    )
    assert (audience.data.status, audience.data.additional_properties) == (
        "archived",
        {"slotId": 3},
    )
    export = copy.deepcopy(INTENT_RUN_EXPORT_REFERENCE)
    export["data"]["export"]["status"] = "expired"
    parsed_export = models.IntentRunExportEnvelope.from_dict(export)
    assert parsed_export.data.export.status == "expired"


def test_both_shapes_of_the_filter_catalogue_parse() -> None:
    """The current guide's grouped catalogue and the older spec's flat lists."""
    grouped = {
        "version": {"status": "static_fallback", "sourceTable": "t", "catalogTable": "c"},
        "summary": {"groupCount": 1, "defaultFieldLogic": "or"},
        "groups": [
            {
                "key": "role",
                "label": "Role",
                "filters": [
                    {
                        "key": "role.seniority",
                        "type": "multi_select",
                        "valueType": "enum",
                        "operators": ["in"],
                        "values": [{"value": "vp", "label": "VP", "count": 3}],
                        "ui": {"control": "dropdown", "section": "standard"},
                        "sourceColumn": "seniority",
                    }
                ],
            }
        ],
    }
    parsed = models.IntentAudienceFilterCatalogEnvelope.from_dict({"data": grouped}).data
    definition = parsed.groups[0].filters[0]  # type: ignore[index]
    assert definition.key == "role.seniority"
    assert definition.additional_properties == {"sourceColumn": "seniority"}
    assert definition.ui.control == "dropdown"  # type: ignore[union-attr]
    assert parsed.summary.default_field_logic == "or"  # type: ignore[union-attr]
    flat = {"seniority": ["vp"], "companyIndustry": ["software"], "state": ["CA"]}
    parsed_flat = models.IntentAudienceFilterCatalogEnvelope.from_dict({"data": flat}).data
    assert (parsed_flat.seniority, parsed_flat.state) == (["vp"], ["CA"])


def test_both_topic_list_metas_and_both_sample_companies_parse() -> None:
    for meta in (
        {"total": 2, "page": 1, "pageSize": 100, "hasMore": False},
        {"count": 1, "total": 2, "filters": {"type": "b2b", "industry": None}},
        {"timestamp": "2026-05-05T09:30:00.000Z", "request_id": "req_1"},
    ):
        listed = models.IntentTopicList.from_dict({"data": [INTENT_TOPIC], "meta": meta})
        assert listed.to_dict() == {"data": [INTENT_TOPIC], "meta": meta}
    older = {"hem": "h", "intentScore": 80, "topicId": 1, "email": "x", "company": "Acme"}
    preview = models.IntentAudiencePreviewEnvelope.from_dict(
        {"data": {**INTENT_PREVIEW, "sample": [*INTENT_PREVIEW["sample"], older]}}
    )
    current, old = preview.data.sample  # type: ignore[misc]
    assert current.company.name == "salesforce"  # type: ignore[union-attr]
    assert old.company == "Acme"


def test_stats_keep_every_dotted_field() -> None:
    stats = models.IntentRunStatsEnvelope.from_dict({"data": INTENT_RUN_STATS}).data.stats
    rates = stats.fill_rates.additional_properties  # type: ignore[union-attr]
    assert rates["company.name"].percent == 46.36
    assert sorted(rates) == sorted(INTENT_RUN_STATS["stats"]["fillRates"])


# ------------------------------------------------------------------ requests


@pytest.mark.parametrize(
    ("model", "body"),
    [
        ("IntentAudienceConfig", INTENT_CONFIG_GUIDE),
        ("IntentAudienceConfig", INTENT_CONFIG_REFERENCE),
        ("CreateIntentAudienceRequest", INTENT_AUDIENCE_CREATE_REQUEST),
        ("UpdateIntentAudienceRequest", INTENT_AUDIENCE_UPDATE_REQUEST),
        ("UpdateIntentAudienceRequest", {"status": "active"}),
        ("ListMentionsRequest", {"dataset_ids": ["ds_1"], "parameter_ids": ["cp_1", "cp_2"]}),
    ],
)
def test_documented_request_survives_the_generated_model(model: str, body: dict[str, Any]) -> None:
    """Dotted and nested filter keys are kept as they were sent."""
    assert getattr(models, model).from_dict(body).to_dict() == body


# ------------------------------------------------------------------ custom-parameter values


@pytest.mark.parametrize("value", ["positive", 0.75, 3, True, None, ["a", "b"], {"score": 1}])
def test_a_custom_parameter_value_of_any_json_type_survives(value: Any) -> None:
    """No value type is documented, so every JSON value must come through as sent."""
    mention = {**MENTION, "custom_parameters": {"cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj": value}}
    page = models.MentionList.from_dict({"status": "success", "data": [mention], "has_next": False})
    values = page.data[0].custom_parameters
    assert values is not None
    assert values.to_dict() == {"cp_2N9CnZSjLZA8ZkFqA6E1bKpY7Wj": value}  # type: ignore[union-attr]
    assert page.data[0].additional_properties == {}  # a field of the model, not an extra


# ------------------------------------------------------------------ the CSV, byte for byte


def _csv_client(status: int, body: bytes, content_type: str) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith("/runs/r_1/export.csv")
        return httpx.Response(status, content=body, headers={"content-type": content_type})

    return AuthenticatedClient(
        base_url=LP,
        token="sk_test_k",
        prefix="",
        auth_header_name="x-api-key",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )


def test_the_csv_comes_back_byte_for_byte() -> None:
    """A BOM, a Latin-1 byte and CRLF come back exactly as sent (never decoded as text)."""
    body = b"\xef\xbb\xbfhashedEmail,firstName\r\n50c4,Ren\xe9e\r\n"
    client = _csv_client(200, body, "text/csv; charset=utf-8")
    answer = export_intent_audience_run_csv.sync_detailed("a_1", "r_1", client=client)
    assert answer.status_code == 200
    assert isinstance(answer.parsed, File)
    assert answer.parsed.payload.read() == body


def test_a_csv_of_a_run_not_ready_parses_as_the_run_and_a_string_error_as_an_error() -> None:
    pending = {"data": {"run": {"id": "r_1", "status": "running"}, "state": "running"}}
    client = _csv_client(202, json.dumps(pending).encode(), "application/json")
    parsed = export_intent_audience_run_csv.sync("a_1", "r_1", client=client)
    assert isinstance(parsed, models.IntentRunNotReadyEnvelope)
    assert parsed.data.run.status == "running"  # type: ignore[union-attr]
    client = _csv_client(401, b'{"error": "Unauthorized"}', "application/json")
    error = export_intent_audience_run_csv.sync("a_1", "r_1", client=client)
    assert isinstance(error, models.LeadpipeErrorMessage)
    assert error.error == "Unauthorized"


# ------------------------------------------------------------------ AudienceLab: community-observed


@pytest.mark.parametrize("operation_id", COMMUNITY)
def test_the_community_observed_operations_say_so(spec: dict[str, Any], operation_id: str) -> None:
    method, path = _operation(operation_id)
    op = spec["paths"][path][method]
    assert op["x-source"] == "community-observed"
    assert op["description"].startswith("Community-observed: no official AudienceLab reference")


def test_only_they_are_marked(spec: dict[str, Any]) -> None:
    marked = [
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-source" in op
    ]
    assert sorted(marked) == sorted(COMMUNITY)


@pytest.mark.parametrize("operation_id", COMMUNITY)
def test_both_error_shapes_and_both_totals_validate(api: OpenAPI, operation_id: str) -> None:
    method, path = _operation(operation_id)
    request = MockRequest(HOSTS["audiencelab"][0][0], method, re.sub(r"\{\w+\}", "x_1", path))
    bodies: list[tuple[int, Any]] = [
        (400, {"error": "Bad Request", "status": 400}),
        (401, {"error": {"code": "UNAUTHORIZED", "message": "Invalid API key"}}),
        (404, {"error": "Not Found", "status": 404}),
        (503, {"error": "Service Unavailable", "status": 503}),
        (200, {"data": [], "page": 3, "page_size": 100, "total_records": 0, "total_pages": 2}),
        (200, {"data": [], "page": 3, "page_size": 20, "total": 0, "total_pages": 2}),
    ]
    for status, body in bodies:
        response = MockResponse(json.dumps(body).encode(), status)
        api.validate_response(request, response)  # raises on a body the spec refuses
    if operation_id == "list_audience_members":  # a third source: the audience's metadata
        api.validate_response(request, MockResponse(json.dumps(AUDIENCELAB_AUDIENCE).encode()))


# ------------------------------------------------------------------ documented bounds


KEY = {"x-api-key": "k"}  # header names match case-insensitively (AudienceLab's X-Api-Key)


def _check(api: OpenAPI, request: MockRequest, accepted: bool) -> None:
    """The request validates exactly when ``accepted``, and a refusal is not about the key."""
    try:
        api.validate_request(request)
    except SecurityValidationError:
        raise
    except Exception as error:  # any other validation failure is a refusal
        assert not accepted, repr(error)
    else:
        assert accepted


# (operation, query, accepted?) with the bounds the documents print.
BOUNDS = [
    ("search_intent_topics", {"q": "CRM", "type": "b2b", "limit": "10"}, True),
    ("search_intent_topics", {"q": "CRM", "limit": "51"}, False),  # 1-50 (older spec)
    ("search_intent_topics", {"q": "x" * 101}, False),  # q 1-100
    ("search_intent_topics", {"limit": "10"}, False),  # q is required
    ("list_intent_topics", {"industry": "x" * 101}, False),
    ("list_usage_history", {"limit": "100"}, True),
    ("list_usage_history", {"limit": "101"}, False),  # 1-100 (inferred from the rendering)
    ("list_audiences", {"page": "1", "page_size": "1000"}, True),
    ("list_audiences", {"page": "0"}, False),  # 1-indexed
    ("list_intent_audience_run_results", {"limit": "100", "offset": "0"}, True),
    ("list_intent_audience_run_results", {"limit": "101"}, False),  # 1-100 (older spec)
]


@pytest.mark.parametrize(("operation_id", "query", "accepted"), BOUNDS)
def test_documented_query_bounds(
    api: OpenAPI, operation_id: str, query: dict[str, str], accepted: bool
) -> None:
    method, path = _operation(operation_id)
    vendor = next(o[3] for o in OPERATIONS if o[2] == operation_id).split("-", 1)[0]
    concrete = re.sub(r"\{\w+\}", "x_1", path)
    request = MockRequest(HOSTS[vendor][0][0], method, concrete, args=query, headers=KEY)
    _check(api, request, accepted)


# (body, accepted?) for a config: topicIds 1-250, maxScore 50-99 (newer API reference).
CONFIGS = [
    (INTENT_CONFIG_GUIDE, True),
    ({"topicIds": list(range(250))}, True),
    ({"topicIds": list(range(251))}, False),
    ({"topicIds": []}, False),
    ({"topicIds": [1], "maxScore": 100}, False),
    ({"topicIds": [1], "minScore": None}, True),
    ({"minScore": 70}, False),
]


@pytest.mark.parametrize(("body", "accepted"), CONFIGS)
def test_documented_config_bounds(api: OpenAPI, body: dict[str, Any], accepted: bool) -> None:
    request = MockRequest(
        LP,
        "post",
        "/v1/intent/audiences/validate",
        data=json.dumps(body).encode(),
        content_type="application/json",
        headers=KEY,
    )
    _check(api, request, accepted)
