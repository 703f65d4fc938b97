"""Validate a JSON value against a schema of openapi.yaml (refs resolved in the spec)."""

from __future__ import annotations

from typing import Any

from openapi_schema_validator import OAS31Validator


def errors(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    """Every validation error of *value* against *schema*, as readable strings."""
    root = {**schema, "components": spec["components"]}
    validator = OAS31Validator(root, format_checker=OAS31Validator.FORMAT_CHECKER)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)
    ]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one level at a time) to the node it names."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def documented_response(responses: dict[str, Any], status: int) -> dict[str, Any] | None:
    """The response an operation documents for ``status``, as OpenAPI picks it.

    The exact code first, then its range (``4XX``), then ``default``; None when none fits.
    """
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            found: dict[str, Any] = responses[key]
            return found
    return None


def media_schema(
    content: dict[str, Any], content_type: str | None
) -> tuple[str, dict[str, Any]] | None:
    """The (media type, schema) a body of ``content_type`` is checked against, if documented."""
    wanted = (content_type or "application/json").split(";")[0].strip().lower()
    media = content.get(wanted)
    if media is None:
        return None
    return wanted, media.get("schema", {})
