"""``client.audiences``: AudienceLab audiences."""

from __future__ import annotations

from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.raw import AsyncRawMethod
from audiences._models import Audience
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

        ``segment`` ids and ``days_back`` (1 or more) narrow it further.
        """
        return await self._client._request(ops.create(name, filters, segment, days_back))

    @cached_property
    def with_raw_response(self) -> AsyncAudiencesWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncAudiencesWithRawResponse(self)


class AsyncAudiencesWithRawResponse:
    """``client.audiences.with_raw_response``."""

    def __init__(self, audiences: AsyncAudiences) -> None:
        self.create = AsyncRawMethod(audiences.create)
