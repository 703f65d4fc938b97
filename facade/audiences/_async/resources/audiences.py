"""``client.audiences``: AudienceLab audiences, created and read back.

Reading them (``list``, ``members``) is community-observed: no official AudienceLab
reference documents those two operations; they follow third-party code that reads them.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._models import Audience, AudienceSummary
from audiences._vendors import audiencelab_audiences as ops
from audiences.types import AudienceFilters


class AsyncAudiences(AsyncResource, path="AsyncAudienceLab.audiences"):
    """AudienceLab audiences."""

    async def create(
        self,
        *,
        name: str,
        filters: AudienceFilters,
        segment: list[str] | None = None,
        days_back: int | None = None,
    ) -> Audience:
        """Create an audience from filters (array filters must be lists, even of one).

        ``segment`` ids (``b2c_<n>`` or ``b2b_<n>``) and ``days_back`` (1 or more) narrow
        it further.
        """
        return await self._client._request(ops.create(name, filters, segment, days_back))

    def list(
        self, *, page_size: int | None = None, cursor: str | None = None
    ) -> AsyncPager[AudienceSummary]:
        """Every audience of the account, page by page as you iterate (community-observed:
        no official reference documents this operation).

        ``page_size`` is 1-1000 (the sources disagree on the default); ``cursor`` is a
        saved ``Page.next_cursor`` (a page number).
        """
        return self._client._pager(ops.list_page(page_size, cursor), cursor)

    def members(
        self, audience_id: str, *, page_size: int | None = None, cursor: str | None = None
    ) -> AsyncPager[dict[str, Any]]:
        """An audience's member rows, page by page as you iterate (community-observed: no
        official reference documents this operation).

        Each row is a dict as sent, UPPER_CASE fields (``FIRST_NAME``, ``BUSINESS_EMAIL``,
        ...) of no documented type. ``page_size`` is 1-1000; ``cursor`` is a saved
        ``Page.next_cursor`` (a page number).
        """
        return self._client._pager(ops.members_page(audience_id, page_size, cursor), cursor)

    @cached_property
    def with_raw_response(self) -> AsyncAudiencesWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncAudiencesWithRawResponse(self)


class AsyncAudiencesWithRawResponse:
    """``client.audiences.with_raw_response``."""

    def __init__(self, audiences: AsyncAudiences) -> None:
        self.create = AsyncRawMethod(audiences.create)
        self.list = AsyncRawPager(audiences.list)
        self.members = AsyncRawPager(audiences.members)
