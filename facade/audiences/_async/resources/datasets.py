"""``client.datasets``: Buzzabout datasets and their runs (the searches that collect posts).

Its sibling ``audience_datasets.py`` reads alike: the two kinds of container are listed,
read, renamed and deleted the same way, and differ in how their runs start.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._models import Dataset, DatasetRun, SourceURL
from audiences._vendors import buzzabout_datasets as ops
from audiences.types import ContentAnalysisAction, Order, Source


class AsyncDatasetRuns(AsyncResource, path="AsyncBuzzabout.datasets.runs"):
    """Runs that fill each dataset with mentions: a prompt search or a URL search."""

    async def create(
        self,
        dataset_id: str,
        *,
        search_query: str | None = None,
        sources: Iterable[Source] | None = None,
        source_urls: Iterable[SourceURL | tuple[str, str] | tuple[str, str, str]] | None = None,
        count: int | None = None,
        num_comments_per_post: int | None = None,
        date_range: Sequence[_dt.date] | None = None,
        country_code: str | None = None,
        language: str | None = None,
        enable_visual_recognition: bool | None = None,
        enable_transcribing: bool | None = None,
        content_analysis_actions: Iterable[ContentAnalysisAction] | None = None,
    ) -> DatasetRun:
        """Start a run: ``search_query`` over ``sources``, or ``source_urls``; exactly one.

        ``source_urls`` are ``SourceURL`` (no URL twice, ``text`` only for Reddit);
        ``date_range`` a ``(from, to)`` pair of dates; ``country_code`` ISO 3166-1
        alpha-2; ``language`` BCP-47. Every argument is checked against the documented
        bounds before sending; those left out take the API's defaults.
        """
        body = ops.run_body(
            search_query=search_query,
            sources=sources,
            source_urls=source_urls,
            count=count,
            num_comments_per_post=num_comments_per_post,
            date_range=date_range,
            country_code=country_code,
            language=language,
            enable_visual_recognition=enable_visual_recognition,
            enable_transcribing=enable_transcribing,
            content_analysis_actions=content_analysis_actions,
        )
        return await self._client._request(ops.create_run(dataset_id, body))

    def list(
        self,
        dataset_id: str,
        *,
        limit: int | None = None,
        order: Order | None = None,
        cursor: str | None = None,
    ) -> AsyncPager[DatasetRun]:
        """Every run, across pages, fetched as you iterate (nothing is sent before).

        ``limit`` is the page size; ``cursor`` resumes from a saved ``next_cursor``.
        """
        return self._client._pager(ops.list_runs_page(dataset_id, limit, order, cursor), cursor)

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
        """Create an empty dataset."""
        return await self._client._request(ops.create(name))

    def list(
        self, *, limit: int | None = None, order: Order | None = None, cursor: str | None = None
    ) -> AsyncPager[Dataset]:
        """Every dataset, across pages, fetched as you iterate (nothing is sent before).

        ``limit`` is the page size; ``cursor`` resumes from a saved ``next_cursor``.
        """
        return self._client._pager(ops.list_page(limit, order, cursor), cursor)

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
