"""Buzzabout's two kinds of cursor pages.

- Resource lists (``GET /v1/datasets``, audience datasets, their runs): ``limit``,
  ``order`` and an opaque ``cursor`` in the query, ordered by ``created_at``.
- ``POST /v1/mentions`` and ``POST /v1/audience_profiles``: the cursor travels in the body
  and is sort-aware. It encodes the sort, the order and the last row's sort value and id
  (a keyset, as the pages' own cursors do: ``{"sort_value": "0.020", "id": ...}``), so a
  page resumes after that row even when rows arrive in between; a cursor sent with another
  sort or order is a 422 ``body.cursor``.
"""

from __future__ import annotations

import base64
import bisect
import functools
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from audiences.testing._checks import Reject, bz_error, bz_field_error, bz_ok, bz_validation
from audiences.testing._wire import FakeRequest, FakeResponse

RowT = TypeVar("RowT")


def _encode(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(state).encode()).decode().rstrip("=")


def _decode(cursor: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))


# ------------------------------------------------------------------ resource lists (query)


def _cursor_offset(cursor: str, order: str, size: int) -> int:
    try:
        state = _decode(cursor)
        offset, cursor_order = int(state["o"]), state["s"]
    except (ValueError, KeyError, TypeError):
        raise Reject(bz_error(422, "invalid_cursor", "Invalid cursor")) from None
    if cursor_order != order or not 0 <= offset <= size:
        raise Reject(bz_error(422, "invalid_cursor", "Invalid cursor"))
    return offset


def query_page(
    req: FakeRequest, rows: list[Any], to_json: Callable[[Any], dict[str, Any]]
) -> FakeResponse:
    """One page of ``rows`` (each with ``created`` and ``seq``) as the query asks."""
    query = req.query
    try:
        limit = int(query.get("limit", "10"))
    except ValueError:
        raise bz_validation(
            ["query", "limit"], "Input should be a valid integer", "int_parsing"
        ) from None
    if not 1 <= limit <= 100:
        raise bz_validation(["query", "limit"], "Input should be between 1 and 100", "limit_range")
    order = query.get("order", "desc")
    if order not in ("asc", "desc"):
        raise bz_validation(["query", "order"], "Input should be 'asc' or 'desc'", "enum")
    ordered = sorted(rows, key=lambda r: (r.created, r.seq), reverse=order == "desc")
    offset = _cursor_offset(query["cursor"], order, len(ordered)) if "cursor" in query else 0
    has_next = offset + limit < len(ordered)
    cursor = _encode({"o": offset + limit, "s": order}) if has_next else None
    chunk = ordered[offset : offset + limit]
    return bz_ok(200, [to_json(r) for r in chunk], has_next=has_next, cursor=cursor)


def feed_page(
    req: FakeRequest, rows: Sequence[Any], to_json: Callable[[Any], dict[str, Any]]
) -> FakeResponse:
    """One page of a feed kept in its own order (no ``order`` parameter), ``limit`` and
    ``cursor`` as the spec checked them into ``req.params``."""
    limit: int = req.params["limit"]
    cursor = req.params.get("cursor")
    offset = 0 if cursor is None else _cursor_offset(cursor, "feed", len(rows))
    has_next = offset + limit < len(rows)
    following = _encode({"o": offset + limit, "s": "feed"}) if has_next else None
    chunk = rows[offset : offset + limit]
    return bz_ok(200, [to_json(r) for r in chunk], has_next=has_next, cursor=following)


# ------------------------------------------------------------------ sorted lists (body cursor)


@functools.total_ordering
class _Desc:
    """Compares the other way round: the keys of a descending order."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.value == other.value

    def __lt__(self, other: _Desc) -> bool:
        return bool(self.value > other.value)

    def __hash__(self) -> int:
        return hash(self.value)


def _position(order: str, value: float | None, row_id: str) -> tuple[Any, ...]:
    """Where a row sits: non-null values first (in ``order``), nulls last, ties by id."""
    group = 1 if value is None else 0
    number = 0 if value is None else value
    if order == "asc":
        return (group, number, row_id)
    return (group, _Desc(number), _Desc(row_id))


def _invalid_cursor() -> Reject:
    return bz_field_error("body.cursor", "Invalid cursor value")


def _resume_after(cursor: str, sort: str, order: str) -> tuple[Any, ...]:
    try:
        state = _decode(cursor)
        value, row_id = state["sort_value"], state["id"]
        same = (state["sort"], state["order"]) == (sort, order)
    except (ValueError, KeyError, TypeError):
        raise _invalid_cursor() from None
    numeric = value is None or (isinstance(value, int | float) and not isinstance(value, bool))
    if not same or not numeric or not isinstance(row_id, str):
        raise _invalid_cursor()
    return _position(order, value, row_id)


def sorted_page(
    rows: Sequence[RowT],
    *,
    value: Callable[[RowT], float | None],
    row_id: Callable[[RowT], str],
    sort: str,
    order: str,
    cursor: str | None,
    limit: int,
) -> tuple[list[RowT], bool, str | None]:
    """One page of ``rows`` ordered by ``value`` (then id), after ``cursor``.

    Returns the page, whether another follows, and the cursor for it.
    """
    keyed = sorted(((_position(order, value(r), row_id(r)), r) for r in rows), key=lambda p: p[0])
    start = 0
    if cursor is not None:
        start = bisect.bisect_right([k for k, _ in keyed], _resume_after(cursor, sort, order))
    chunk = [r for _, r in keyed[start : start + limit]]
    has_next = start + limit < len(keyed)
    if not has_next or not chunk:
        return chunk, False, None
    last = chunk[-1]
    state = {"sort": sort, "order": order, "sort_value": value(last), "id": row_id(last)}
    return chunk, True, _encode(state)
