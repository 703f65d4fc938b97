"""Buzzabout patterns: what a completed pattern detection found, and each item's posts."""

from __future__ import annotations

from audiences import _validation as check
from audiences._core import Operation
from audiences._models import Pattern, PatternItem, PostRef
from audiences._read import Fields, Reader
from audiences._vendors import _buzzabout as bz

read_ref = Reader(PostRef, "PostRef", read={"id": Fields.ident, "source": Fields.ident})


def _refs(d: Fields, key: str) -> tuple[PostRef, ...] | None:
    """An item's post refs when the answer has them (a pattern's items leave them out)."""
    if d.raw(key) is None:
        return None
    return tuple(read_ref(Fields(r, f"{d.where}.{key}[{i}]")) for i, r in enumerate(d.array(key)))


read_item = Reader(PatternItem, "PatternItem", read={"item_id": Fields.ident, "post_refs": _refs})
"""One item of a pattern, with its post refs when the answer has them (else ``None``)."""


def _items(d: Fields, key: str) -> tuple[PatternItem, ...]:
    return tuple(read_item(Fields(x, f"{d.where}.{key}[{i}]")) for i, x in enumerate(d.array(key)))


read_pattern = Reader(Pattern, "Pattern", read={"id": Fields.ident, "items": _items})
"""A pattern: its summary and items."""


def get(pattern_id: str) -> Operation[Pattern]:
    """GET /v1/patterns/{pattern_id}."""
    from audiences_api.api.buzzabout_patterns import get_pattern as api

    pid = check.path_id("pattern_id", pattern_id)
    return bz.operation(api.request_kwargs(pid), bz.one(read_pattern))


def get_item(pattern_id: str, item_id: str) -> Operation[PatternItem]:
    """GET /v1/patterns/{pattern_id}/items/{item_id}."""
    from audiences_api.api.buzzabout_patterns import get_pattern_item as api

    pid = check.path_id("pattern_id", pattern_id)
    iid = check.path_id("item_id", item_id)
    return bz.operation(api.request_kwargs(pid, iid), bz.one(read_item))
