"""Buzzabout audience profiles (POST /v1/audience_profiles): filtered, sorted pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, get_args

from audiences import _validation as check
from audiences import filters as wire_filters
from audiences._models import AudienceProfile
from audiences._pagination import PageOp
from audiences._vendors import _buzzabout as bz
from audiences.types import ProfileSort

SORTS = get_args(ProfileSort)


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
    if audience_dataset_ids is not None:
        ids = check.strings("audience_dataset_ids", audience_dataset_ids)
        for index, item in enumerate(ids):
            check.path_id(f"audience_dataset_ids[{index}]", item)
        sent["audience_dataset_ids"] = ids
    if sort is not None:
        sent["sort"] = check.choice("sort", sort, SORTS)
    if order is not None:
        sent["order"] = check.choice("order", order, bz.ORDERS)
    if limit is not None:
        sent["limit"] = check.integer("limit", limit, minimum=1, maximum=100)
    if (groups := wire_filters.checked(filters, wire_filters.PROFILE_FILTERS)) is not None:
        sent["filters"] = groups
    return sent


def list_page(sent: dict[str, Any]) -> PageOp[AudienceProfile]:
    """POST /v1/audience_profiles, one page per cursor (sent in the body, with the same sort)."""
    from audiences_api.api.buzzabout_audience_profiles import list_audience_profiles as api
    from audiences_api.models import ListAudienceProfilesRequest

    first = api.request_kwargs(body=ListAudienceProfilesRequest.from_dict(sent))
    return bz.body_pages(first, bz.lazy_page(AudienceProfile))
