"""Values checked against the spec's own schemas, in FastAPI's words.

    clean = conform(spec.operation("create_dataset_run")["body"], raw, ("body",))

``conform`` reads the JSON Schema the spec table holds (``$ref``, types and type lists,
``anyOf``/``oneOf`` with or without a discriminator, ``const``, ``enum``, lengths,
ranges, patterns, array sizes, required properties, ``format: date``) and returns the
value with the defaults of absent properties filled, or raises ``Invalid`` naming where
and what, as FastAPI would (``loc``, ``msg``, ``type``). The fake's dispatcher answers that
as the vendor's 422 or 400. ``x-extensible-enum`` words are open: any string passes.

With ``strict=True`` it checks what the fake *sends*: a property an object's schema does
not declare is refused too, even where the schema is open for clients, so the fake cannot
drift from the spec unnoticed (a test runs every answer through it).
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from audiences import _spec as spec

Loc = tuple[str | int, ...]
_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_TYPE_ERRORS = {
    "string": ("Input should be a valid string", "string_type"),
    "integer": ("Input should be a valid integer", "int_type"),
    "number": ("Input should be a valid number", "float_type"),
    "boolean": ("Input should be a valid boolean", "bool_type"),
    "array": ("Input should be a valid list", "list_type"),
    "object": ("Input should be a valid dictionary or object", "model_type"),
}


class Invalid(Exception):
    """A value outside its schema: where (``loc``), what (``msg``), FastAPI's ``kind``."""

    def __init__(self, loc: Loc, msg: str, kind: str) -> None:
        super().__init__(f"{'.'.join(map(str, loc))}: {msg}")
        self.loc = loc
        self.msg = msg
        self.kind = kind


def conform(  # noqa: PLR0911 - one return per kind of schema
    node: Mapping[str, Any], value: Any, loc: Loc, *, strict: bool = False
) -> Any:
    """``value`` as ``node`` allows it (defaults filled), or ``Invalid``."""
    if "$ref" in node:
        return conform(spec.schema(node["$ref"]), value, loc, strict=strict)
    if "const" in node and value != node["const"]:
        raise Invalid(loc, f"Input should be {node['const']!r}", "literal_error")
    branches = node.get("oneOf") or node.get("anyOf")
    if branches:
        return _one_of(node, branches, value, loc, strict)
    kinds = node.get("type")
    if kinds is None:
        return value
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if value is None:
        if "null" in kinds:
            return None
        raise Invalid(loc, *_TYPE_ERRORS.get(kinds[0], ("Input should not be null", "none")))
    kind = next((k for k in kinds if _is(k, value)), None)
    if kind is None:
        raise Invalid(loc, *_TYPE_ERRORS.get(kinds[0], ("Input is of the wrong type", "type")))
    if kind == "string":
        return _string(node, value, loc)
    if kind in ("integer", "number"):
        return _number(node, int(value) if kind == "integer" else value, loc)
    if kind == "array":
        return _array(node, value, loc, strict)
    if kind == "object":
        return _object(node, value, loc, strict)
    return value


def _is(kind: str, value: Any) -> bool:
    if isinstance(value, bool):
        return kind == "boolean"
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()  # 417.0 counts, as in JSON Schema
    return isinstance(value, _TYPES.get(kind, ()))


def _one_of(
    node: Mapping[str, Any], branches: list[Any], value: Any, loc: Loc, strict: bool
) -> Any:
    tag = node.get("discriminator")
    if tag is not None:
        if not isinstance(value, dict):
            raise Invalid(loc, *_TYPE_ERRORS["object"])
        name, mapping = tag["propertyName"], tag["mapping"]
        if name not in value:
            raise Invalid((*loc, name), "Field required", "missing")
        if not isinstance(value[name], str) or value[name] not in mapping:
            words = ", ".join(f"'{word}'" for word in mapping)
            raise Invalid((*loc, name), f"Input tag should be one of {words}", "union_tag_invalid")
        return conform({"$ref": mapping[value[name]]}, value, loc, strict=strict)
    first: Invalid | None = None
    for branch in branches:
        try:
            return conform(branch, value, loc, strict=strict)
        except Invalid as invalid:
            first = first or invalid
    assert first is not None
    raise first


def _string(node: Mapping[str, Any], value: str, loc: Loc) -> str:
    low, high = node.get("minLength", 0), node.get("maxLength")
    if len(value) < low:
        plural = "" if low == 1 else "s"
        raise Invalid(
            loc, f"String should have at least {low} character{plural}", "string_too_short"
        )
    if high is not None and len(value) > high:
        raise Invalid(loc, f"String should have at most {high} characters", "string_too_long")
    pattern = node.get("pattern")
    if pattern is not None and not re.search(pattern, value):
        raise Invalid(loc, f"String should match pattern '{pattern}'", "string_pattern_mismatch")
    words = node.get("enum")
    if words is not None and value not in words:
        said = "Input should be " + ", ".join(f"'{w}'" for w in words)
        raise Invalid(loc, said, "literal_error" if len(words) == 1 else "enum")
    fmt = node.get("format")
    if fmt == "date" and not _parses(dt.date.fromisoformat, value, r"\d{4}-\d{2}-\d{2}"):
        raise Invalid(
            loc,
            "Input should be a valid date in the format YYYY-MM-DD",
            "date_from_datetime_parsing",
        )
    if fmt == "date-time" and not _parses(
        dt.datetime.fromisoformat, value, r"\d{4}-\d{2}-\d{2}T.+"
    ):
        raise Invalid(loc, "Input should be a valid datetime", "datetime_from_date_parsing")
    return value


def _parses(parse: Any, value: str, shape: str) -> bool:
    if not re.fullmatch(shape, value):
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _number(node: Mapping[str, Any], value: float, loc: Loc) -> float:
    if not math.isfinite(value):  # JSON has no Infinity or NaN, whatever a parser allows
        raise Invalid(loc, "Input should be a finite number", "finite_number")
    low, high = spec.range_of(node)
    if low is not None and value < low:
        raise Invalid(loc, f"Input should be greater than or equal to {low}", "greater_than_equal")
    if high is not None and value > high:
        raise Invalid(loc, f"Input should be less than or equal to {high}", "less_than_equal")
    above, below = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
    if above is not None and value <= above:
        raise Invalid(loc, f"Input should be greater than {above}", "greater_than")
    if below is not None and value >= below:
        raise Invalid(loc, f"Input should be less than {below}", "less_than")
    return value


def _array(node: Mapping[str, Any], value: list[Any], loc: Loc, strict: bool) -> list[Any]:
    low, high = node.get("minItems", 0), node.get("maxItems")
    if len(value) < low:
        plural = "" if low == 1 else "s"
        raise Invalid(
            loc, f"List should have at least {low} item{plural} after validation", "too_short"
        )
    if high is not None and len(value) > high:
        raise Invalid(loc, f"List should have at most {high} items after validation", "too_long")
    if node.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
        raise Invalid(loc, "List should have unique items", "unique_items")
    items = node.get("items", {})
    return [conform(items, item, (*loc, i), strict=strict) for i, item in enumerate(value)]


def _object(
    node: Mapping[str, Any], value: dict[str, Any], loc: Loc, strict: bool
) -> dict[str, Any]:
    declared: Mapping[str, Any] = node.get("properties", {})
    for name in node.get("required", ()):
        if name not in value:
            raise Invalid((*loc, name), "Field required", "missing")
    if strict and declared:
        for name in value:
            if name not in declared:
                raise Invalid((*loc, name), "Not a property the spec declares", "extra_forbidden")
    # The declared properties, checked (others are ignored, as FastAPI does); a map that
    # declares none is kept as sent.
    clean = {} if declared else dict(value)
    for name, schema in declared.items():
        if name in value:
            clean[name] = conform(schema, value[name], (*loc, name), strict=strict)
        elif (default := spec.default(schema)) is not None:
            clean[name] = copy.deepcopy(default)  # never the table's own list
    return clean
