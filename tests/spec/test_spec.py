"""openapi.yaml: valid, complete for the 23 documented operations, and true to its examples."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.data import OPERATIONS
from tests.helpers import errors, resolve

METHODS = ("get", "post", "put", "patch", "delete")

HOSTS = {
    "buzzabout": ("https://api.buzzabout.ai", "BuzzaboutApiKey"),
    "audiencelab": ("https://api.audiencelab.io", "AudienceLabApiKey"),
    "leadpipe": ("https://api.aws53.cloud", "LeadpipeApiKey"),
}


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_exactly_the_23_documented_operations(spec: dict[str, Any]) -> None:
    found = {
        (method, path, op["operationId"], tuple(op["tags"]))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }
    assert found == {(m, p, o, (t,)) for m, p, o, t in OPERATIONS}
    assert len(found) == 23


@pytest.mark.parametrize(("method", "path", "operation_id", "tag"), OPERATIONS)
def test_operation_is_described(
    spec: dict[str, Any], method: str, path: str, operation_id: str, tag: str
) -> None:
    item = spec["paths"][path]
    op = item[method]
    assert op["summary"].strip()
    assert op["description"].strip()
    vendor = tag.split("-", maxsplit=1)[0]
    host, scheme = HOSTS[vendor]
    assert [s["url"] for s in item["servers"]] == [host]
    assert op["security"] == [{scheme: []}]
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


def _has_open_string(branches: list[dict[str, Any]]) -> bool:
    """Whether one branch accepts any (non-empty) string."""
    return any(b.get("type") == "string" and set(b) <= {"type", "minLength"} for b in branches)


def test_every_enum_a_server_sends_is_open(spec: dict[str, Any]) -> None:
    """A closed enum in a response would make a new vendor word break every client."""
    schemas = spec["components"]["schemas"]
    closed = []
    for name in _reachable_from_responses(spec):
        schema = schemas[name]
        for prop, sub in schema.get("properties", {}).items():
            if "enum" in sub:
                closed.append(f"{name}.{prop}")
        if "enum" in schema:
            # A named word list must only be used inside an anyOf that also allows any string.
            users = [
                other
                for other in schemas.values()
                if {"$ref": f"#/components/schemas/{name}"} in other.get("anyOf", [])
            ]
            if not users or not all(_has_open_string(u["anyOf"]) for u in users):
                closed.append(name)
    assert not closed
