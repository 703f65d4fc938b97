"""openapi.yaml: valid, every operation described, and true to its examples."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.data import (
    HOSTS,
    MENTION_FILTER_TYPES,
    MENTION_SORTS,
    METHODS,
    OPERATIONS,
    PROFILE_FILTER_TYPES,
    PROFILE_SORTS,
)
from tests.helpers import errors, resolve

ERROR_SCHEMAS = {
    "buzzabout": "#/components/schemas/BuzzaboutError",
    "audiencelab": "#/components/schemas/AudienceLabError",
    "leadpipe": "#/components/schemas/LeadpipeError",
}


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


@pytest.mark.parametrize(("method", "path", "operation_id", "tag"), OPERATIONS)
def test_operation_is_described(
    spec: dict[str, Any], method: str, path: str, operation_id: str, tag: str
) -> None:
    item = spec["paths"][path]
    op = item[method]
    assert op["summary"].strip()
    assert op["description"].strip()
    vendor = tag.split("-", maxsplit=1)[0]
    hosts, scheme = HOSTS[vendor]
    assert [s["url"] for s in item["servers"]] == hosts
    # The vendor's key, or (for the operations the documents call public) none or optional.
    assert op["security"] in ([{scheme: []}], [], [{}, {scheme: []}])
    if op["security"] != [{scheme: []}]:
        assert re.search(r"no authentication|public", op["description"]), operation_id
    codes = set(op["responses"])
    assert any(c.startswith("2") for c in codes), codes
    assert any(c.startswith("4") for c in codes), codes
    assert operation_id.isidentifier()
    assert operation_id == operation_id.lower()


def test_documented_constraints(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    name = schemas["CreateAudienceDatasetRequest"]["properties"]["name"]
    assert (name["minLength"], name["maxLength"]) == (1, 255)
    count = schemas["CreateAudienceDatasetRunRequest"]["properties"]["total_profile_count"]
    assert (count["minimum"], count["maximum"], count["default"]) == (1, 2000, 850)
    refs = schemas["PreviewCustomParameterRequest"]["properties"]["post_refs"]
    assert (refs["minItems"], refs["maxItems"]) == (1, 5)
    params = spec["components"]["parameters"]
    limit = params["Limit"]["schema"]
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 100, 10)
    assert params["Order"]["schema"]["enum"] == ["asc", "desc"]
    assert params["Order"]["schema"]["default"] == "desc"
    create_run = spec["paths"]["/v1/intent/audiences/{audience_id}/runs"]["post"]
    (key,) = [p for p in create_run["parameters"] if p["name"] == "Idempotency-Key"]
    assert key["in"] == "header"
    assert key["schema"]["maxLength"] == 120
    (lp_limit,) = spec["paths"]["/v1/intent/audiences/{audience_id}/runs"]["get"]["parameters"]
    assert (lp_limit["schema"]["maximum"], lp_limit["schema"]["default"]) == (100, 25)


def test_documented_constraints_from_search_to_results(spec: dict[str, Any]) -> None:
    """The limits and defaults the datasets, mentions and audience-profiles pages print."""
    schemas = spec["components"]["schemas"]
    name = schemas["CreateDatasetRequest"]["properties"]["name"]
    assert (name["minLength"], name["maxLength"]) == (1, 255)
    run = schemas["CreateDatasetRunRequest"]["properties"]
    assert (run["count"]["minimum"], run["count"]["maximum"], run["count"]["default"]) == (
        20,
        500,
        200,
    )
    comments = run["num_comments_per_post"]
    assert (comments["minimum"], comments["maximum"], comments["default"]) == (0, 100, 10)
    assert run["country_code"]["default"] == "US"
    assert (run["enable_visual_recognition"]["default"], run["enable_transcribing"]["default"]) == (
        False,
        False,
    )
    assert run["content_analysis_actions"]["default"] == []
    assert len(run["content_analysis_actions"]["items"]["enum"]) == 12
    query = schemas["PromptSearch"]["properties"]
    assert (query["search_query"]["minLength"], query["search_query"]["maxLength"]) == (1, 5000)
    assert query["sources"]["minItems"] == 1
    urls = schemas["UrlSearch"]["properties"]["source_urls"]
    assert (urls["minItems"], urls["maxItems"]) == (1, 100)
    assert schemas["DatasetRunSearch"]["discriminator"]["mapping"].keys() == {"prompt", "url"}
    for request, sorts in (
        (
            "ListMentionsRequest",
            MENTION_SORTS,
        ),
        (
            "ListAudienceProfilesRequest",
            PROFILE_SORTS,
        ),
    ):
        props = schemas[request]["properties"]
        assert (props["sort"]["enum"], props["sort"]["default"]) == (sorts, "date")
        assert (props["order"]["enum"], props["order"]["default"]) == (["asc", "desc"], "desc")
        limit = props["limit"]
        assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 100, 20)
        assert props["filters"]["items"]["maxItems"] == 10
    mention_types = set(schemas["MentionFilter"]["discriminator"]["mapping"])
    assert mention_types == MENTION_FILTER_TYPES
    profile_types = set(schemas["AudienceProfileFilter"]["discriminator"]["mapping"])
    assert profile_types == PROFILE_FILTER_TYPES
    for union in ("MentionFilter", "AudienceProfileFilter"):
        for ref in schemas[union]["oneOf"]:
            member = resolve(spec, ref)
            assert member["properties"]["type"]["const"] in (mention_types | profile_types)
    results = spec["paths"]["/v1/intent/audiences/{audience_id}/runs/{run_id}/results"]["get"]
    assert {p["name"]: p["schema"]["minimum"] for p in results["parameters"]} == {
        "limit": 1,
        "offset": 0,
    }
    assert {"200", "202", "404", "409"} <= set(results["responses"])


def _media_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every example on a request or response body."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            bodies = []
            if "requestBody" in op:
                bodies.append(("request", resolve(spec, op["requestBody"])))
            for code, response in op["responses"].items():
                bodies.append((code, resolve(spec, response)))
            for label, body in bodies:
                for media in body.get("content", {}).values():
                    where = f"{method.upper()} {path} {label}"
                    if "example" in media:
                        yield where, media["schema"], media["example"]
                    for name, example in media.get("examples", {}).items():
                        yield f"{where} ({name})", media["schema"], resolve(spec, example)["value"]
            for raw in op.get("parameters", []) + item.get("parameters", []):
                param = resolve(spec, raw)
                if "example" in param:
                    yield (
                        f"{method.upper()} {path} {param['name']}",
                        param["schema"],
                        param["example"],
                    )


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    checked = 0
    problems = []
    for where, schema, example in _media_examples(spec):
        checked += 1
        problems += [f"{where}: {e}" for e in errors(spec, schema, example)]
    assert not problems, "\n".join(problems)
    assert checked >= 60


def test_example_validation_can_fail(spec: dict[str, Any]) -> None:
    """The check above is real: a wrong example is caught."""
    schema = {"$ref": "#/components/schemas/AudienceDatasetRunEnvelope"}
    assert errors(spec, schema, {"status": "success", "data": {"id": 1, "status": {}}})
    assert errors(
        spec, {"$ref": "#/components/schemas/AudienceDataset"}, {"id": "a", "created_at": "x"}
    )


def _reachable_from_responses(spec: dict[str, Any]) -> set[str]:
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.add(name)
                    visit(spec["components"]["schemas"][name])
            elif ref.startswith("#/components/responses/"):
                visit(resolve(spec, node))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for item in spec["paths"].values():
        for method, op in item.items():
            if method in METHODS:
                visit(op["responses"])
    return names


def _reachable_schemas(spec: dict[str, Any], root: Any) -> list[dict[str, Any]]:
    """Every schema node (named or inline) reachable from ``root``, refs followed once."""
    found: list[dict[str, Any]] = []
    seen: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref:
                if ref not in seen:
                    seen.add(ref)
                    visit(resolve(spec, node))
                return
            schema_like = "type" in node or "oneOf" in node or "anyOf" in node or "enum" in node
            if schema_like and all(node is not f for f in found):
                found.append(node)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(root)
    return found


def _response_roots(spec: dict[str, Any]) -> list[Any]:
    return [
        op["responses"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS
    ]


def test_every_word_a_server_sends_is_open(spec: dict[str, Any]) -> None:
    """No `enum` in anything a server sends: a new vendor word must never break a client.

    Open words are plain strings that list their known words in `x-extensible-enum`
    (and the description), a shape Go, TypeScript, Java and Python all read as a string.
    """
    closed = [n for n in _reachable_schemas(spec, _response_roots(spec)) if "enum" in n]
    assert not closed
    for name, schema in spec["components"]["schemas"].items():
        if "x-extensible-enum" in schema:
            assert schema["type"] == "string", name
            for word in schema["x-extensible-enum"]:
                assert f"`{word}`" in schema["description"], (name, word)


def test_every_object_a_server_sends_is_open(spec: dict[str, Any]) -> None:
    """Go and Java generators reject unknown fields unless the object says it is open.

    A map (``additionalProperties`` a schema, e.g. a 422's field errors) takes any key.
    """
    closed = [
        n.get("description", n)
        for n in _reachable_schemas(spec, _response_roots(spec))
        if n.get("type") == "object"
        and n.get("additionalProperties") is not True
        and not isinstance(n.get("additionalProperties"), dict)
    ]
    assert not closed


def test_no_enum_is_a_named_schema(spec: dict[str, Any]) -> None:
    """Go's generator names a named enum's constants by their word alone, package-wide.

    Two named enums sharing a word (``date`` in both sorts, ``neutral`` in sentiments and
    emotions) would not compile (``DATE redeclared``). Inline enums (a property's or an
    item's) stay plain strings in Go, so their words may repeat; the Go build in
    tests/interop proves it.
    """
    named = [n for n, s in spec["components"]["schemas"].items() if "enum" in s]
    assert named == []
    inline = [
        n for n in _reachable_schemas(spec, [spec["paths"], spec["components"]]) if "enum" in n
    ]
    assert len(inline) >= 10  # the request vocabularies: sorts, orders, sentiments, ...


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in METHODS:
                yield op["tags"][0].split("-", maxsplit=1)[0], op


def _error_schema_refs(spec: dict[str, Any], response: dict[str, Any]) -> set[str]:
    """The error schemas a response takes: its one schema, or each member of its union."""
    media = resolve(spec, response)["content"]["application/json"]["schema"]
    union = resolve(spec, media)
    members = union.get("oneOf") or union.get("anyOf")
    if members is None:
        return {media["$ref"]}
    return {b["$ref"] for b in members}


def test_every_operation_declares_4xx_and_5xx_with_the_vendor_error(spec: dict[str, Any]) -> None:
    for vendor, op in _operations(spec):
        responses = op["responses"]
        for code in ("4XX", "5XX"):
            assert code in responses, (op["operationId"], code)
            assert ERROR_SCHEMAS[vendor] in _error_schema_refs(spec, responses[code])
        five = resolve(spec, responses["5XX"])["content"]
        assert "text/html" in five, op["operationId"]  # a proxy's 502/503/504 page
        if vendor == "buzzabout":
            bad = resolve(spec, responses["400"])["content"]["application/json"]
            examples = [bad.get("example")] + [e["value"] for e in bad.get("examples", {}).values()]
            assert any(e and e["error_code"] == "bad_request" for e in examples), op["operationId"]


def test_inferred_success_codes_have_a_2xx_fallback(spec: dict[str, Any]) -> None:
    for _, op in _operations(spec):
        responses = op["responses"]
        inferred = [
            code
            for code, r in responses.items()
            if code.startswith("2") and "inferred" in resolve(spec, r)["description"]
        ]
        if inferred:
            assert "2XX" in responses or "No 2XX fallback" in op["description"], op["operationId"]


def test_wire_types_generators_need(spec: dict[str, Any]) -> None:
    """Epoch seconds do not fit Go's default int32; absent-before-done fields are nullable."""
    schemas = spec["components"]["schemas"]
    assert schemas["EpochSeconds"]["format"] == "int64"
    nullable = {
        "AudienceDataset": ["name", "profile_count", "updated_at"],
        "AudienceDatasetRun": ["profile_count", "target_profile_count", "updated_at"],
        "PatternDetectionRun": ["pattern_id", "dataset_id", "name", "research_question"],
        "Dataset": ["name", "mentions_count", "updated_at", "url"],
        "DatasetRun": ["mentions_count", "updated_at"],
    }
    for name, fields in nullable.items():
        for field in fields:
            prop = schemas[name]["properties"][field]
            assert "null" in prop["type"] and field not in schemas[name]["required"], (name, field)
    for field in ("num_views", "num_likes", "num_comments", "num_shares"):
        assert schemas["Mention"]["properties"][field]["format"] == "int64"
    for field in ("follower_count", "following_count", "content_count"):
        assert schemas["AudienceProfile"]["properties"][field]["format"] == "int64"
    for field in ("minAge", "maxAge"):
        assert schemas["AgeFilter"]["properties"][field]["type"] == "number"
    patch = spec["paths"]["/v1/audience_datasets/{audience_dataset_id}"]["patch"]
    assert patch["requestBody"]["required"] is False  # "an empty body is a no-op"


def test_the_spec_watch_understands_ranges_and_media_types() -> None:
    """The suite-wide watch (tests/conftest.py) reads `5XX`, `4XX` and non-JSON bodies."""
    from audiences.testing import FakeResponse

    from tests.helpers import spec_problems

    html = FakeResponse(503, b"<html>busy</html>", {"content-type": "text/html"})
    assert not spec_problems("get_audience_dataset", html)
    assert not spec_problems("create_audience", html)
    teapot = {"status": "client_error", "error_code": "teapot", "detail": "", "transient": False}
    assert not spec_problems("get_audience_dataset", FakeResponse.json(418, teapot))
    assert spec_problems("get_audience_dataset", FakeResponse.json(418, {"nope": 1}))
    assert spec_problems(
        "get_audience_dataset", FakeResponse(503, b"x", {"content-type": "image/png"})
    )


def test_the_spec_carries_the_distributions_version(spec: dict[str, Any]) -> None:
    """The version covers the whole distribution, the spec included (CHANGELOG.md)."""
    import audiences

    assert spec["info"]["version"] == audiences.__version__
