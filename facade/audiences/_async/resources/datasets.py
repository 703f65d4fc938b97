"""``client.datasets``: Buzzabout datasets and their runs.

This module is also the source of ``audience_datasets.py``: ``scripts/unasync.py``
derives that one from this one, changing the kind's words (``Dataset`` to
``AudienceDataset``, ``dataset_id`` to ``audience_dataset_id``, ``mentions`` to
``audience profiles``, ...), since the two kinds of container are listed, read, renamed
and deleted alike. Only how their runs start differs (``run_starts.py``). Whatever is
added here is added to audience datasets too, and nothing here may name them.
"""

from __future__ import annotations

from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._async.resources.run_starts import AsyncDatasetRunStarts
from audiences._models import Dataset, DatasetRun
from audiences._vendors import buzzabout_datasets as ops
from audiences.types import Order


class AsyncDatasetRuns(AsyncDatasetRunStarts, path="AsyncBuzzabout.datasets.runs"):
    """Runs that fill each dataset with mentions."""

    def list(
        self,
        dataset_id: str,
        *,
        limit: int | None = None,
        order: Order | None = None,
        cursor: str | None = None,
    ) -> AsyncPager[DatasetRun]:
        """Every run, across pages, fetched as you iterate (nothing is sent before).

        ``limit`` is the page size (1-100); ``cursor`` resumes from a saved ``next_cursor``.
        """
        return self._client._pager(ops.list_runs_page(dataset_id, limit, order), cursor)

    async def get(self, dataset_id: str, run_id: str) -> DatasetRun:
        """One run, with the request that started it."""
        return await self._client._request(ops.get_run(dataset_id, run_id))

    @cached_property
    def with_raw_response(self) -> AsyncDatasetRunsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncDatasetRunsWithRawResponse(self)


class AsyncDatasetRunsWithRawResponse:
    """``client.datasets.runs.with_raw_response``."""

    def __init__(self, runs: AsyncDatasetRuns) -> None:
        self.create = AsyncRawMethod(runs.create)
        self.list = AsyncRawPager(runs.list)
        self.get = AsyncRawMethod(runs.get)


class AsyncDatasets(AsyncResource, path="AsyncBuzzabout.datasets"):
    """Named containers of mentions, filled by their runs."""

    @cached_property
    def runs(self) -> AsyncDatasetRuns:
        """The datasets' runs."""
        return AsyncDatasetRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncDatasetsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncDatasetsWithRawResponse(self)

    async def create(self, *, name: str) -> Dataset:
        """Create an empty dataset (name 1-255 characters)."""
        return await self._client._request(ops.create(name))

    def list(
        self, *, limit: int | None = None, order: Order | None = None, cursor: str | None = None
    ) -> AsyncPager[Dataset]:
        """Every dataset, across pages, fetched as you iterate (nothing is sent before).

        ``limit`` is the page size (1-100); ``cursor`` resumes from a saved ``next_cursor``.
        """
        return self._client._pager(ops.list_page(limit, order), cursor)

    async def get(self, dataset_id: str) -> Dataset:
        """One dataset."""
        return await self._client._request(ops.get(dataset_id))

    async def update(self, dataset_id: str, *, name: str) -> Dataset:
        """Rename it (``""`` clears the name)."""
        return await self._client._request(ops.update(dataset_id, name))

    async def delete(self, dataset_id: str) -> None:
        """Soft-delete it and all its runs."""
        await self._client._request(ops.delete(dataset_id))


class AsyncDatasetsWithRawResponse:
    """``client.datasets.with_raw_response``."""

    def __init__(self, containers: AsyncDatasets) -> None:
        self.runs = containers.runs.with_raw_response
        self.create = AsyncRawMethod(containers.create)
        self.list = AsyncRawPager(containers.list)
        self.get = AsyncRawMethod(containers.get)
        self.update = AsyncRawMethod(containers.update)
        self.delete = AsyncRawMethod(containers.delete)
