"""``client.intent_audiences``: Leadpipe intent audiences and their runs."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from audiences._async._resource import AsyncResource
from audiences._vendors import leadpipe_intent_audiences as ops

if TYPE_CHECKING:
    from audiences._async.pagination import AsyncPager
    from audiences._models import IntentAudienceRun


class AsyncIntentAudienceRuns(AsyncResource, path="AsyncLeadpipe.intent_audiences.runs"):
    """Runs of an intent audience."""

    async def create(
        self, audience_id: str, *, idempotency_key: str | None = None
    ) -> IntentAudienceRun:
        """Queue a manual run; retries reuse one ``Idempotency-Key`` (yours, if given)."""
        return await self._client._request(ops.create_run(audience_id, idempotency_key))

    def list(self, audience_id: str, *, limit: int | None = None) -> AsyncPager[IntentAudienceRun]:
        """The newest runs (up to ``limit``, 1-100; the API's default is 25)."""
        return self._client._pager(ops.list_page(audience_id, limit))

    async def cancel(self, audience_id: str, run_id: str) -> None:
        """Cancel a queued run (``ConflictError`` for a run that is not queued)."""
        await self._client._request(ops.cancel_run(audience_id, run_id))


class AsyncIntentAudiences(AsyncResource, path="AsyncLeadpipe.intent_audiences"):
    """Leadpipe intent audiences."""

    @cached_property
    def runs(self) -> AsyncIntentAudienceRuns:
        """Intent-audience runs."""
        return AsyncIntentAudienceRuns(self._client)
