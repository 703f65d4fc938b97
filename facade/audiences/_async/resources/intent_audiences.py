"""``client.intent_audiences``: Leadpipe intent audiences, their configs and the filter
catalogue (their runs: ``intent_audience_runs.py``)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._async.resources.intent_audience_runs import AsyncIntentAudienceRuns
from audiences._models import (
    AudiencePreview,
    AudienceValidation,
    IntentAudience,
    IntentAudienceConfig,
)
from audiences._vendors import leadpipe_intent_audiences as ops
from audiences.types import IntentAudienceStatus


class AsyncIntentAudiences(AsyncResource, path="AsyncLeadpipe.intent_audiences"):
    """Leadpipe intent audiences: saved configs that runs are queued on.

    A ``config`` is an ``IntentAudienceConfig`` or a dict as the documents write it:
    ``{"topicIds": [117805, 117890], "minScore": 70, "maxScore": 99, "minTopicOverlap": 1,
    "filters": {"role.seniority": {"values": ["director", "vp"]}}}``. It is checked against
    the documented bounds before sending.
    """

    @cached_property
    def runs(self) -> AsyncIntentAudienceRuns:
        """Intent-audience runs."""
        return AsyncIntentAudienceRuns(self._client)

    async def filters(self) -> dict[str, Any]:
        """The ICP filter catalogue, as sent: Leadpipe's grouped catalogue (``groups[]`` of
        ``filters[]``, each submitted by its ``key``) or, from its older API, flat lists."""
        return await self._client._request(ops.filters())

    async def validate(
        self, *, config: IntentAudienceConfig | dict[str, Any]
    ) -> AudienceValidation:
        """Check a config and see it normalized, without running a preview."""
        return await self._client._request(ops.validate(config))

    async def preview(self, *, config: IntentAudienceConfig | dict[str, Any]) -> AudiencePreview:
        """How many people a config selects, broken down, with a masked sample."""
        return await self._client._request(ops.preview(config))

    async def create(
        self,
        *,
        name: str,
        config: IntentAudienceConfig | dict[str, Any],
        status: IntentAudienceStatus | None = None,
    ) -> IntentAudience:
        """Save an audience (``draft``, ``active`` or ``paused``; Leadpipe chooses if not
        given). Activating may need an audience slot: ``PermissionDeniedError`` with code
        ``SLOTS_FULL`` when every slot is in use."""
        return await self._client._request(ops.create(name, config, status))

    def list(
        self, *, status: IntentAudienceStatus | None = None, limit: int | None = None
    ) -> AsyncPager[IntentAudience]:
        """The saved audiences (of one ``status``, ``limit`` at most), fetched as you iterate.
        One page: Leadpipe documents no cursor."""
        return self._client._pager(ops.list_page(status, limit))

    async def get(self, audience_id: str) -> IntentAudience:
        """One saved audience."""
        return await self._client._request(ops.get(audience_id))

    async def update(
        self,
        audience_id: str,
        *,
        name: str | None = None,
        config: IntentAudienceConfig | dict[str, Any] | None = None,
        status: IntentAudienceStatus | None = None,
    ) -> IntentAudience:
        """Rename it, change its config, or activate (``status="active"``) or pause it; only
        what is given is sent. ``PermissionDeniedError`` (``SLOTS_FULL``) when activating
        needs a slot and none is free."""
        return await self._client._request(ops.update(audience_id, name, config, status))

    async def delete(self, audience_id: str) -> None:
        """Delete a saved audience."""
        await self._client._request(ops.delete(audience_id))

    @cached_property
    def with_raw_response(self) -> AsyncIntentAudiencesWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncIntentAudiencesWithRawResponse(self)


class AsyncIntentAudiencesWithRawResponse:
    """``client.intent_audiences.with_raw_response``."""

    def __init__(self, intent_audiences: AsyncIntentAudiences) -> None:
        self.runs = intent_audiences.runs.with_raw_response
        self.filters = AsyncRawMethod(intent_audiences.filters)
        self.validate = AsyncRawMethod(intent_audiences.validate)
        self.preview = AsyncRawMethod(intent_audiences.preview)
        self.create = AsyncRawMethod(intent_audiences.create)
        self.list = AsyncRawPager(intent_audiences.list)
        self.get = AsyncRawMethod(intent_audiences.get)
        self.update = AsyncRawMethod(intent_audiences.update)
        self.delete = AsyncRawMethod(intent_audiences.delete)
