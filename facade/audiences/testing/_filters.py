"""What ``POST /v1/mentions`` and ``POST /v1/audience_profiles`` share: the first check of
their bodies (at most 10 filters in all), the filter groups (OR of AND-groups) and the
numeric operators. The spec's request schemas check the rest; their 422 is the pages'
``{"detail": {"message", "errors": {field: text}}}`` (``_checks.field_error``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from audiences import _spec as spec
from audiences.testing._checks import bz_field_error

RowT = TypeVar("RowT")
Predicate = Callable[[RowT], bool]


def at_most_ten(raw: Any) -> None:
    """The pages' first refusal of a search body: more filters in all than one group may
    hold (``Maximum 10 filters allowed``), before any other check."""
    most = spec.item(spec.prop("ListMentionsRequest", "filters"))["maxItems"]
    groups = raw.get("filters") if isinstance(raw, dict) else None
    if isinstance(groups, list) and all(isinstance(g, list) for g in groups):
        count = sum(len(g) for g in groups)
        if count > most:
            raise bz_field_error("body.filters", f"Maximum {most} filters allowed, got {count}")


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
