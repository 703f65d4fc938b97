"""Request-body shapes, declared once and checked the way the spec's schemas say.

    SEARCH = obj({"name": string(min_len=1)}, optional={"limit": integer(lo=1, hi=100)})
    body = SEARCH(raw, ("body",))      # a clean copy, or ``Invalid(loc, msg, kind)``

A shape is a function ``(value, loc) -> value``: it returns the value (objects keep only
their declared keys) or raises ``Invalid`` naming where and what, in FastAPI's words. The
handlers turn ``Invalid`` into their vendor's 422 body. Unknown object keys are ignored, as
the spec's request schemas allow them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

Loc = tuple[str | int, ...]
Shape = Callable[[Any, Loc], Any]


class Invalid(Exception):
    """A request value outside its shape: where (``loc``), what (``msg``), FastAPI's ``kind``."""

    def __init__(self, loc: Loc, msg: str, kind: str) -> None:
        super().__init__(f"{'.'.join(map(str, loc))}: {msg}")
        self.loc = loc
        self.msg = msg
        self.kind = kind


# FastAPI's words for a length out of bounds: at least, at most, and their two kinds.
STRING_BOUNDS = (
    "String should have at least {} character",
    "String should have at most {} characters",
    "string_too_short",
    "string_too_long",
)
LIST_BOUNDS = (
    "List should have at least {} item after validation",
    "List should have at most {} items after validation",
    "too_short",
    "too_long",
)


def sized(
    size: int, loc: Loc, low: int, high: int | None, words: tuple[str, str, str, str]
) -> None:
    """Refuse a length outside ``low..high`` in FastAPI's words (``STRING_BOUNDS``...)."""
    at_least, at_most, too_short, too_long = words
    if size < low:
        raise Invalid(loc, at_least.format(low), too_short)
    if high is not None and size > high:
        raise Invalid(loc, at_most.format(high), too_long)


def string(
    *,
    min_len: int = 0,
    max_len: int | None = None,
    pattern: str | None = None,
    choices: tuple[str, ...] | None = None,
) -> Shape:
    """A string within its length bounds, matching ``pattern``, one of ``choices``."""
    compiled = re.compile(pattern) if pattern else None

    def check(value: Any, loc: Loc) -> str:
        if not isinstance(value, str):
            raise Invalid(loc, "Input should be a valid string", "string_type")
        sized(len(value), loc, min_len, max_len, STRING_BOUNDS)
        if compiled is not None and not compiled.search(value):
            raise Invalid(
                loc, f"String should match pattern '{pattern}'", "string_pattern_mismatch"
            )
        if choices is not None and value not in choices:
            words = ", ".join(f"'{c}'" for c in choices)
            raise Invalid(loc, f"Input should be {words}", "enum")
        return value

    return check


def const(word: str) -> Shape:
    """Exactly ``word``."""

    def check(value: Any, loc: Loc) -> str:
        if value != word:
            raise Invalid(loc, f"Input should be '{word}'", "literal_error")
        return word

    return check


def integer(*, lo: int | None = None, hi: int | None = None) -> Shape:
    """An integer (``417.0`` counts, as in JSON Schema) within ``lo``..``hi``."""

    def check(value: Any, loc: Loc) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(loc, "Input should be a valid integer", "int_type")
        if lo is not None and value < lo:
            raise Invalid(
                loc, f"Input should be greater than or equal to {lo}", "greater_than_equal"
            )
        if hi is not None and value > hi:
            raise Invalid(loc, f"Input should be less than or equal to {hi}", "less_than_equal")
        return value

    return check


def number(value: Any, loc: Loc) -> float | int:
    """A JSON number (not a boolean)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Invalid(loc, "Input should be a valid number", "float_type")
    return value


def boolean(value: Any, loc: Loc) -> bool:
    """A JSON boolean."""
    if not isinstance(value, bool):
        raise Invalid(loc, "Input should be a valid boolean", "bool_type")
    return value


def date(value: Any, loc: Loc) -> str:
    """A ``YYYY-MM-DD`` date (JSON Schema's ``format: date``), kept as sent."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise Invalid(
        loc, "Input should be a valid date in the format YYYY-MM-DD", "date_from_datetime_parsing"
    )


def array(
    items: Shape, *, min_items: int = 0, max_items: int | None = None, unique: bool = False
) -> Shape:
    """A list of ``items`` with its size bounds (and no repeats if ``unique``)."""

    def check(value: Any, loc: Loc) -> list[Any]:
        if not isinstance(value, list):
            raise Invalid(loc, "Input should be a valid list", "list_type")
        sized(len(value), loc, min_items, max_items, LIST_BOUNDS)
        if unique and len({repr(v) for v in value}) != len(value):
            raise Invalid(loc, "List should have unique items", "unique_items")
        return [items(item, (*loc, i)) for i, item in enumerate(value)]

    return check


def nullable(shape: Shape) -> Shape:
    """``shape`` or ``None``."""

    def check(value: Any, loc: Loc) -> Any:
        return None if value is None else shape(value, loc)

    return check


def obj(required: Mapping[str, Shape], optional: Mapping[str, Shape] | None = None) -> Shape:
    """An object with these fields (the result keeps only them, absent optionals left out)."""
    optional = optional or {}

    def check(value: Any, loc: Loc) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(loc, "Input should be a valid dictionary or object", "model_type")
        clean: dict[str, Any] = {}
        for key, shape in required.items():
            if key not in value:
                raise Invalid((*loc, key), "Field required", "missing")
            clean[key] = shape(value[key], (*loc, key))
        for key, shape in optional.items():
            if key in value:
                clean[key] = shape(value[key], (*loc, key))
        return clean

    return check


def tagged(variants: Mapping[str, Shape], *, on_unknown: Shape | None = None) -> Shape:
    """One of ``variants``, chosen by the object's ``type`` (``on_unknown`` for any other)."""

    def check(value: Any, loc: Loc) -> Any:
        if not isinstance(value, dict):
            raise Invalid(loc, "Input should be a valid dictionary or object", "model_type")
        kind = value.get("type")
        if isinstance(kind, str) and kind in variants:
            return variants[kind](value, loc)
        if on_unknown is not None:
            return on_unknown(value, loc)
        words = ", ".join(f"'{v}'" for v in variants)
        raise Invalid((*loc, "type"), f"Input tag should be one of {words}", "union_tag_invalid")

    return check
