"""Buzzabout mentions (POST /v1/mentions): filtered, sorted pages; the cursor is in the body."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, get_args

from audiences import _validation as check, filters as wire_filters
from audiences._models import Mention
from audiences._pagination import PageOp
from audiences._vendors import _buzzabout as bz
from audiences._vendors._search_filters import shaped
from audiences.types import MentionSort

SORTS = get_args(MentionSort)


def body(
    *,
    dataset_ids: Iterable[str] | None,
    sources: Iterable[str] | None,
    sort: str | None,
    order: str | None,
    filters: Sequence[Sequence[dict[str, Any]]] | None,
    limit: int | None,
    collection_ids: Iterable[str] | None,
) -> dict[str, Any]:
    """The body of a mentions search, checked (no cursor: the pager adds it per page)."""
    sent: dict[str, Any] = {}
    if (ids := bz.ids("dataset_ids", dataset_ids)) is not None:
        sent["dataset_ids"] = ids
    if sources is not None:
        sent["sources"] = check.words("sources", sources, wire_filters.SOURCES)
    search = bz.search_body(
        SORTS, wire_filters.MENTION_FILTERS, sort=sort, order=order, limit=limit, filters=filters
    )
    sent.update(search)
    if (collections := bz.ids("collection_ids", collection_ids)) is not None:
        sent["collection_ids"] = collections
    return sent


def list_page(sent: dict[str, Any]) -> PageOp[Mention]:
    """POST /v1/mentions, one page per cursor (sent in the body, with the same sort)."""
    from audiences_api.api.buzzabout_mentions import list_mentions as api
    from audiences_api.models import ListMentionsRequest

    first = api.request_kwargs(body=shaped(ListMentionsRequest, sent))
    return bz.body_pages(first, bz.lazy_page(Mention))
