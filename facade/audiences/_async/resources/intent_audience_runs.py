"""``client.intent_audiences.runs``: Leadpipe intent-audience runs, what a completed run
gives (its rows, stats and CSV) and its stored exports."""

from __future__ import annotations

import os
from functools import cached_property
from typing import IO, Any

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._download import destination as download_to
from audiences._models import IntentAudienceRun, RunExport, RunStats
from audiences._vendors import leadpipe_intent_audience_runs as ops


class AsyncIntentAudienceRunExports(
    AsyncResource, path="AsyncLeadpipe.intent_audiences.runs.exports"
):
    """Stored CSV exports of a completed run, each with a signed download URL."""

    async def create(self, audience_id: str, run_id: str) -> RunExport:
        """The run's stored export (made now, or the one it has) with a fresh signed URL.

        ``ConflictError`` for a run that has not completed.
        """
        return await self._client._request(ops.create_export(audience_id, run_id))

    async def get(self, audience_id: str, run_id: str, export_id: str) -> RunExport:
        """A stored export, with a fresh signed URL."""
        return await self._client._request(ops.get_export(audience_id, run_id, export_id))

    @cached_property
    def with_raw_response(self) -> AsyncIntentAudienceRunExportsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncIntentAudienceRunExportsWithRawResponse(self)


class AsyncIntentAudienceRunExportsWithRawResponse:
    """``client.intent_audiences.runs.exports.with_raw_response``."""

    def __init__(self, exports: AsyncIntentAudienceRunExports) -> None:
        self.create = AsyncRawMethod(exports.create)
        self.get = AsyncRawMethod(exports.get)


class AsyncIntentAudienceRuns(AsyncResource, path="AsyncLeadpipe.intent_audiences.runs"):
    """Runs of an intent audience."""

    @cached_property
    def exports(self) -> AsyncIntentAudienceRunExports:
        """Stored CSV exports of a completed run."""
        return AsyncIntentAudienceRunExports(self._client)

    async def create(
        self, audience_id: str, *, idempotency_key: str | None = None
    ) -> IntentAudienceRun:
        """Queue a manual run; retries reuse one ``Idempotency-Key`` (yours, if given)."""
        return await self._client._request(ops.create_run(audience_id, idempotency_key))

    def list(self, audience_id: str, *, limit: int | None = None) -> AsyncPager[IntentAudienceRun]:
        """The newest runs (up to ``limit``, 1-100; the API's default is 25), fetched as you
        iterate. One page: Leadpipe documents no cursor.

        A list in the shape of Leadpipe's older API (runs without ids) raises
        ``OlderAPIError``.
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

    async def stats(self, audience_id: str, run_id: str) -> RunStats:
        """A completed run's fill rates, score histogram and averages.

        ``RunNotReadyError`` (with the run) while it is queued or running; ``ConflictError``
        for a run that failed or was cancelled.
        """
        return await self._client._request(ops.stats(audience_id, run_id))

    async def export_csv(
        self, audience_id: str, run_id: str, destination: str | os.PathLike[str] | IO[bytes]
    ) -> int:
        """Download a completed run's CSV into ``destination``; return the bytes written.

        The bytes are the server's, as they arrive (memory stays constant, whatever the
        size). A path is written to a hidden temporary file beside it, renamed to it at the
        end: after any failure there is no new file (an older one is left as it was). A
        binary file object is written from where it stands; a retried download starts it
        over (one that cannot seek is not retried once bytes went to it).

        ``RunNotReadyError`` while the run is queued or running; ``ConflictError`` for a
        run that failed or was cancelled. The client's timeout bounds the whole download:
        give a large one more with ``client.with_options(timeout=...)``.
        """
        operation = ops.export_csv(audience_id, run_id)
        with download_to(destination, self._client._vendor.name) as sink:
            return await self._client._request(operation(sink))

    @cached_property
    def with_raw_response(self) -> AsyncIntentAudienceRunsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncIntentAudienceRunsWithRawResponse(self)


class AsyncIntentAudienceRunsWithRawResponse:
    """``client.intent_audiences.runs.with_raw_response``."""

    def __init__(self, runs: AsyncIntentAudienceRuns) -> None:
        self.exports = runs.exports.with_raw_response
        self.create = AsyncRawMethod(runs.create)
        self.list = AsyncRawPager(runs.list)
        self.cancel = AsyncRawMethod(runs.cancel)
        self.results = AsyncRawPager(runs.results)
        self.stats = AsyncRawMethod(runs.stats)
        self.export_csv = AsyncRawMethod(runs.export_csv)
