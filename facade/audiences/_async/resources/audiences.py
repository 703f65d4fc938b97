"""``client.audiences``: AudienceLab audiences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audiences._async._resource import AsyncResource
from audiences._vendors import audiencelab_audiences as ops

if TYPE_CHECKING:
    from audiences._models import Audience


class AsyncAudiences(AsyncResource, path="AsyncAudienceLab.audiences"):
    """AudienceLab audiences."""

    async def create(
        self,
        *,
        name: str,
        filters: dict[str, Any],
        segment: list[str] | None = None,
        days_back: int | None = None,
    ) -> Audience:
        """Create an audience from filters (array filters must be lists, even of one)."""
        return await self._client._request(ops.create(name, filters, segment, days_back))
