"""``client.audience_datasets``: Buzzabout audience datasets and their runs (the
collections of the authors and commenters of a dataset's posts as profiles).

Its sibling ``datasets.py`` reads alike: the two kinds of container are listed, read,
renamed and deleted the same way, and differ in how their runs start.
"""

from __future__ import annotations

from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._models import AudienceDataset, AudienceDatasetRun
from audiences._vendors import buzzabout_audience_datasets as ops
from audiences.types import Order


class AsyncAudienceDatasetRuns(AsyncResource, path="AsyncBuzzabout.audience_datasets.runs"):
    """Runs that collect the authors and commenters of a dataset's posts as profiles."""

    async def create(
        self,
        audience_dataset_id: str,
        *,
        source_dataset_id: str,
        total_profile_count: int | None = None,
    ) -> AudienceDatasetRun:
        """Start a run (one may be in flight per audience dataset; ``ConflictError`` otherwise).

        ``total_profile_count`` is checked against the documented range before sending;
        left out, the API's default.
        """
        op = ops.create_run(audience_dataset_id, source_dataset_id, total_profile_count)
        return await self._client._request(op)

    def list(
        self,
        audience_dataset_id: str,
        *,
        limit: int | None = None,
        order: Order | None = None,
        cursor: str | None = None,
    ) -> AsyncPager[AudienceDatasetRun]:
        """Every run, across pages, fetched as you iterate (nothing is sent before).

        ``limit`` is the page size; ``cursor`` resumes from a saved ``next_cursor``.
        """
        return self._client._pager(
            ops.list_runs_page(audience_dataset_id, limit, order, cursor), cursor
        )

    async def get(self, audience_dataset_id: str, run_id: str) -> AudienceDatasetRun:
        """One run, as it stands now."""
        return await self._client._request(ops.get_run(audience_dataset_id, run_id))

    @cached_property
    def with_raw_response(self) -> AsyncAudienceDatasetRunsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncAudienceDatasetRunsWithRawResponse(self)


class AsyncAudienceDatasetRunsWithRawResponse:
    """``client.audience_datasets.runs.with_raw_response``."""

    def __init__(self, runs: AsyncAudienceDatasetRuns) -> None:
        self.create = AsyncRawMethod(runs.create)
        self.list = AsyncRawPager(runs.list)
        self.get = AsyncRawMethod(runs.get)


class AsyncAudienceDatasets(AsyncResource, path="AsyncBuzzabout.audience_datasets"):
    """Named containers of audience profiles, filled by their runs."""

    @cached_property
    def runs(self) -> AsyncAudienceDatasetRuns:
        """The audience datasets' runs."""
        return AsyncAudienceDatasetRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAudienceDatasetsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncAudienceDatasetsWithRawResponse(self)

    async def create(self, *, name: str) -> AudienceDataset:
        """Create an empty audience dataset."""
        return await self._client._request(ops.create(name))

    def list(
        self, *, limit: int | None = None, order: Order | None = None, cursor: str | None = None
    ) -> AsyncPager[AudienceDataset]:
        """Every audience dataset, across pages, fetched as you iterate (nothing is sent before).

        ``limit`` is the page size; ``cursor`` resumes from a saved ``next_cursor``.
        """
        return self._client._pager(ops.list_page(limit, order, cursor), cursor)

    async def get(self, audience_dataset_id: str) -> AudienceDataset:
        """One audience dataset."""
        return await self._client._request(ops.get(audience_dataset_id))

    async def update(self, audience_dataset_id: str, *, name: str) -> AudienceDataset:
        """Rename it (``""`` clears the name)."""
        return await self._client._request(ops.update(audience_dataset_id, name))

    async def delete(self, audience_dataset_id: str) -> None:
        """Soft-delete it and all its runs."""
        await self._client._request(ops.delete(audience_dataset_id))


class AsyncAudienceDatasetsWithRawResponse:
    """``client.audience_datasets.with_raw_response``."""

    def __init__(self, containers: AsyncAudienceDatasets) -> None:
        self.runs = containers.runs.with_raw_response
        self.create = AsyncRawMethod(containers.create)
        self.list = AsyncRawPager(containers.list)
        self.get = AsyncRawMethod(containers.get)
        self.update = AsyncRawMethod(containers.update)
        self.delete = AsyncRawMethod(containers.delete)
