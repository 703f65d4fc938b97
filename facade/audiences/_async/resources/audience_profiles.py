"""``client.audience_profiles``: Buzzabout profiles of every audience dataset, filtered, sorted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawPager
from audiences._models import AudienceProfile
from audiences._vendors import buzzabout_audience_profiles as ops
from audiences.filters import Filter
from audiences.types import Order, ProfileSort


class AsyncAudienceProfiles(AsyncResource, path="AsyncBuzzabout.audience_profiles"):
    """Creators and commenters collected by audience runs, deduped by source and username."""

    def list(
        self,
        *,
        audience_dataset_ids: Iterable[str] | None = None,
        sort: ProfileSort | None = None,
        order: Order | None = None,
        filters: Sequence[Sequence[Filter]] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> AsyncPager[AudienceProfile]:
        """Every matching profile, across pages, fetched as you iterate; a cursor keeps its sort.

        The profiles of ``audience_dataset_ids`` (of every audience dataset without), one
        per source and username; ``sort`` by a ``ProfileSort`` field; ``filters`` of profile
        types (``audiences.filters``), AND-groups joined by OR, 10 at most; ``limit`` is the
        page size (1-100, the API's default 20). Checked before sending.
        """
        sent = ops.body(
            audience_dataset_ids=audience_dataset_ids,
            sort=sort,
            order=order,
            filters=filters,
            limit=limit,
        )
        return self._client._pager(ops.list_page(sent, cursor), cursor)

    @cached_property
    def with_raw_response(self) -> AsyncAudienceProfilesWithRawResponse:
        """The same method, returning the HTTP answer of its first page."""
        return AsyncAudienceProfilesWithRawResponse(self)


class AsyncAudienceProfilesWithRawResponse:
    """``client.audience_profiles.with_raw_response``."""

    def __init__(self, profiles: AsyncAudienceProfiles) -> None:
        self.list = AsyncRawPager(profiles.list)
