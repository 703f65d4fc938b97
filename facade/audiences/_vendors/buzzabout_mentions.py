"""Buzzabout mentions (POST /v1/mentions): filtered, sorted pages; the cursor is in the body."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from audiences import _spec as spec, _validation as check, filters as wire_filters
from audiences._models import Mention
from audiences._pagination import PageOp
from audiences._vendors import _buzzabout as bz
from audiences._vendors._search_filters import shaped

REQUEST = "ListMentionsRequest"


def body(
    *,
    dataset_ids: Iterable[str] | None,
    sources: Iterable[str] | None,
    sort: str | None,
    order: str | None,
    filters: Sequence[Sequence[dict[str, Any]]] | None,
    limit: int | None,
    collection_ids: Iterable[str] | None,
    parameter_ids: Iterable[str] | None,
) -> dict[str, Any]:
    """The body of a mentions search, checked (no cursor: the pager adds it per page)."""
    sent: dict[str, Any] = {}
    if (ids := bz.ids("dataset_ids", dataset_ids, REQUEST)) is not None:
        sent["dataset_ids"] = ids
    if sources is not None:
        sent["sources"] = check.valid("sources", sources, spec.prop(REQUEST, "sources"))
    search = bz.search_body(
        REQUEST, wire_filters.MENTION_FILTERS, sort=sort, order=order, limit=limit, filters=filters
    )
    sent.update(search)
    if (collections := bz.ids("collection_ids", collection_ids, REQUEST)) is not None:
        sent["collection_ids"] = collections
    if (parameters := bz.ids("parameter_ids", parameter_ids, REQUEST)) is not None:
        sent["parameter_ids"] = check.valid(
            "parameter_ids", parameters, spec.prop(REQUEST, "parameter_ids")
        )
    return sent


def list_page(sent: dict[str, Any], cursor: str | None) -> PageOp[Mention]:
    """POST /v1/mentions, one page per cursor (sent in the body, with the same sort)."""
    from audiences_api.api.buzzabout_mentions import list_mentions as api
    from audiences_api.models import ListMentionsRequest

    first = api.request_kwargs(body=shaped(ListMentionsRequest, REQUEST, sent))
    return bz.body_pages(first, bz.lazy_page(Mention), REQUEST, cursor)
