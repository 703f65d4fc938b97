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
