"""Buzzabout patterns: what a completed pattern detection found, and each item's posts."""

from __future__ import annotations

from audiences import _validation as check
from audiences._core import Operation
from audiences._models import Pattern, PatternItem, PostRef
from audiences._read import Fields, shape
from audiences._vendors import _buzzabout as bz

_item = shape(PatternItem, "title synopsis post_count:integer")


def read_item(d: Fields) -> PatternItem:
    """One item of a pattern, with its post refs when the answer has them (else ``None``)."""
    refs = None
    if d.raw("post_refs") is not None:  # a pattern's items leave them out
        read = (Fields(r, f"{d.where}.post_refs[{i}]") for i, r in enumerate(d.array("post_refs")))
        refs = tuple(PostRef(r.ident("id"), r.word("source") or "") for r in read)
    return _item(d, item_id=d.ident("item_id"), post_refs=refs)


def read_pattern(d: Fields) -> Pattern:
    """A pattern: its summary and items."""
    items = (Fields(x, f"{d.where}.items[{i}]") for i, x in enumerate(d.array("items")))
    return Pattern(
        id=d.ident("id"), summary=d.text("summary"), items=tuple(read_item(x) for x in items)
    )


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
