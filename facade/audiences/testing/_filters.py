"""What ``POST /v1/mentions`` and ``POST /v1/audience_profiles`` share: the body's shape,
its 422s (the pages' ``{"detail": {"message", "errors": {field: text}}}``), the filter
groups (OR of AND-groups, at most 10 filters in all) and the numeric operators.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from audiences.testing._checks import bz_field_error
from audiences.testing._shapes import (
    Invalid,
    Shape,
    array,
    boolean,
    const,
    integer,
    nullable,
    number,
    obj,
    string,
    tagged,
)

MAX_FILTERS = 10
RowT = TypeVar("RowT")
Predicate = Callable[[RowT], bool]


def _bound(kind: str) -> Shape:
    return obj({"type": const(kind), "value": number})


RANGE_OPERATORS: dict[str, Shape] = {
    "greater_than": _bound("greater_than"),
    "less_than": _bound("less_than"),
    "in_range": obj({"type": const("in_range"), "min_value": number, "max_value": number}),
}
RANGE = tagged(RANGE_OPERATORS)


def values_filter(kind: str, item: Shape | None = None) -> Shape:
    """``{type, values: [...]}``."""
    return obj({"type": const(kind), "values": array(item or string())})


def any_of_filter(kind: str) -> Shape:
    """``{type, operator: "any_of", values: [...]}``."""
    return obj({"type": const(kind), "operator": const("any_of"), "values": array(string())})


def flag_filter(kind: str) -> Shape:
    """``{type, value: true | false}``."""
    return obj({"type": const(kind), "value": boolean})


def range_filter(kind: str, operator: Shape = RANGE) -> Shape:
    """``{type, operator: {type: greater_than | less_than | in_range, ...}}``."""
    return obj({"type": const(kind), "operator": operator})


def list_request(sorts: tuple[str, ...], filters: Mapping[str, Shape], **scope: Shape) -> Shape:
    """The body of a filtered, sorted list: its scope fields, sort, order, cursor, limit."""
    return obj(
        {},
        optional={
            **scope,
            "sort": string(choices=sorts),
            "order": string(choices=("asc", "desc")),
            "cursor": nullable(string(min_len=1)),
            "limit": integer(lo=1, hi=100),
            "filters": nullable(array(array(tagged(filters), max_items=MAX_FILTERS))),
        },
    )


def parse(shape: Shape, raw: Any) -> dict[str, Any]:
    """The body, checked; its first fault as the pages' 422 (more than 10 filters first)."""
    groups = raw.get("filters") if isinstance(raw, dict) else None
    if isinstance(groups, list) and all(isinstance(g, list) for g in groups):
        count = sum(len(g) for g in groups)
        if count > MAX_FILTERS:
            raise bz_field_error("body.filters", f"Maximum 10 filters allowed, got {count}")
    try:
        clean: dict[str, Any] = shape(raw, ("body",))
    except Invalid as invalid:
        raise bz_field_error(".".join(map(str, invalid.loc)), invalid.msg) from None
    return clean


def compare(operator: dict[str, Any], value: float | None) -> bool:
    """Whether ``value`` passes a ``greater_than``/``less_than``/``in_range`` operator."""
    if value is None:
        return False
    kind = operator["type"]
    if kind == "greater_than":
        return bool(value > operator["value"])
    if kind == "less_than":
        return bool(value < operator["value"])
    return bool(operator["min_value"] <= value <= operator["max_value"])


def among(values: Sequence[str], found: Sequence[str] | str | None) -> bool:
    """Whether any of ``found`` is one of ``values`` (case-insensitively; null matches none)."""
    if found is None:
        return False
    wanted = {v.casefold() for v in values}
    return any(f.casefold() in wanted for f in ([found] if isinstance(found, str) else found))


def select(
    rows: Sequence[RowT],
    groups: list[list[dict[str, Any]]] | None,
    predicate: Callable[[dict[str, Any]], Predicate[RowT]],
) -> list[RowT]:
    """The rows that pass any group, a group passing when all of its filters do."""
    if not groups:
        return list(rows)
    compiled = [[predicate(f) for f in group] for group in groups]
    return [r for r in rows if any(all(p(r) for p in group) for group in compiled)]
