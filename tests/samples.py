"""Samples of the spec's schemas: a value with every property present, each of its
documented type (tests/spec/test_ties.py reads readers through them; the bounds tests
send them to the fake)."""

from __future__ import annotations

import re
from typing import Any

from audiences import _spec as spec


def sample(node: Any, depth: int = 0) -> Any:  # noqa: PLR0911 - one return per JSON type
    """A value every property of ``node`` is present in, each of its documented type."""
    node = spec.resolve(node)
    if "const" in node:
        return node["const"]
    branches = node.get("oneOf") or node.get("anyOf")
    if branches:
        present = [b for b in branches if spec.resolve(b).get("type") != "null"]
        return sample(present[0], depth)
    kind = spec.type_of(node)
    if kind == "string":
        return _text(spec.non_null(node))
    if kind in ("integer", "number"):
        return max(node.get("minimum", 1), 1)
    if kind == "boolean":
        return True
    if kind == "array":
        return [] if depth > 4 else [sample(spec.item(node), depth + 1)]
    if kind == "object":
        found = spec.non_null(node).get("properties", {})
        return {name: sample(prop, depth + 1) for name, prop in found.items()}
    return "any"


# Strings a sample tries, in turn, against a schema's pattern.
TEXTS = ("0.5", "US", "https://example.com/post/1", "b2c_1253", "text")


def _text(node: Any) -> str:
    if words := spec.words(node):
        return words[0]
    if "default" in node:
        return str(node["default"])
    by_format = {"date-time": "2026-05-01T12:00:00Z", "date": "2026-05-01", "uri": TEXTS[2]}
    if node.get("format") in by_format:
        return by_format[node["format"]]
    pattern = node.get("pattern")
    return next(t for t in TEXTS if pattern is None or re.search(pattern, t))
