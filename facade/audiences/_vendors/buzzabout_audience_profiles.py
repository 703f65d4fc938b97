"""Buzzabout audience profiles (POST /v1/audience_profiles): filtered, sorted pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from audiences import filters as wire_filters
from audiences._models import AudienceProfile
from audiences._pagination import PageOp
from audiences._vendors import _buzzabout as bz
from audiences._vendors._search_filters import shaped


def body(
    *,
    audience_dataset_ids: Iterable[str] | None,
    sort: str | None,
    order: str | None,
    filters: Sequence[Sequence[dict[str, Any]]] | None,
    limit: int | None,
) -> dict[str, Any]:
    """The body of a profile search, checked (no cursor: the pager adds it per page)."""
    sent: dict[str, Any] = {}
    if (
        ids := bz.ids("audience_dataset_ids", audience_dataset_ids, "ListAudienceProfilesRequest")
    ) is not None:
        sent["audience_dataset_ids"] = ids
    search = bz.search_body(
        "ListAudienceProfilesRequest",
        wire_filters.PROFILE_FILTERS,
        sort=sort,
        order=order,
        limit=limit,
        filters=filters,
    )
    sent.update(search)
    return sent


def list_page(sent: dict[str, Any], cursor: str | None) -> PageOp[AudienceProfile]:
    """POST /v1/audience_profiles, one page per cursor (sent in the body, with the same sort)."""
    from audiences_api.api.buzzabout_audience_profiles import list_audience_profiles as api
    from audiences_api.models import ListAudienceProfilesRequest

    first = api.request_kwargs(
        body=shaped(ListAudienceProfilesRequest, "ListAudienceProfilesRequest", sent)
    )
    return bz.body_pages(
        first, bz.lazy_page(AudienceProfile), "ListAudienceProfilesRequest", cursor
    )
