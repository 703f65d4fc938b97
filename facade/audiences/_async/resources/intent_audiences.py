"""``client.intent_audiences``: Leadpipe intent audiences and their runs."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._models import IntentAudienceRun
from audiences._vendors import leadpipe_intent_audiences as ops


class AsyncIntentAudienceRuns(AsyncResource, path="AsyncLeadpipe.intent_audiences.runs"):
    """Runs of an intent audience."""

    async def create(
        self, audience_id: str, *, idempotency_key: str | None = None
    ) -> IntentAudienceRun:
        """Queue a manual run; retries reuse one ``Idempotency-Key`` (yours, if given)."""
        return await self._client._request(ops.create_run(audience_id, idempotency_key))

    def list(self, audience_id: str, *, limit: int | None = None) -> AsyncPager[IntentAudienceRun]:
        """The newest runs (up to ``limit``, 1-100; the API's default is 25), fetched as you
        iterate. One page: Leadpipe documents no cursor.
        """
        return self._client._pager(ops.list_page(audience_id, limit))

    async def cancel(self, audience_id: str, run_id: str) -> None:
        """Cancel a queued run (``ConflictError`` for a run that is not queued)."""
        await self._client._request(ops.cancel_run(audience_id, run_id))

    def results(
        self, audience_id: str, run_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> AsyncPager[dict[str, Any]]:
        """A completed run's result rows, page by page (``limit`` rows a page, 1-100).

        Iterating raises ``RunNotReadyError`` (with the run) while the run is queued or
        running, and ``ConflictError`` for a run that cannot serve results (failed,
        cancelled). ``cursor`` is a saved ``Page.next_cursor`` (an offset).
        """
        return self._client._pager(ops.results_page(audience_id, run_id, limit, cursor), cursor)

    @cached_property
    def with_raw_response(self) -> AsyncIntentAudienceRunsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncIntentAudienceRunsWithRawResponse(self)


class AsyncIntentAudienceRunsWithRawResponse:
    """``client.intent_audiences.runs.with_raw_response``."""

    def __init__(self, runs: AsyncIntentAudienceRuns) -> None:
        self.create = AsyncRawMethod(runs.create)
        self.list = AsyncRawPager(runs.list)
        self.cancel = AsyncRawMethod(runs.cancel)
        self.results = AsyncRawPager(runs.results)


class AsyncIntentAudiences(AsyncResource, path="AsyncLeadpipe.intent_audiences"):
    """Leadpipe intent audiences."""

    @cached_property
    def runs(self) -> AsyncIntentAudienceRuns:
        """Intent-audience runs."""
        return AsyncIntentAudienceRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncIntentAudiencesWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncIntentAudiencesWithRawResponse(self)


class AsyncIntentAudiencesWithRawResponse:
    """``client.intent_audiences.with_raw_response``."""

    def __init__(self, intent_audiences: AsyncIntentAudiences) -> None:
        self.runs = intent_audiences.runs.with_raw_response
