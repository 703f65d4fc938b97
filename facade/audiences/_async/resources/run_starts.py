"""How a run of each Buzzabout container kind starts: the one method where the kinds differ.

``datasets.py`` is the source of both container resources (``audience_datasets.py`` is
derived from it by ``scripts/unasync.py``); each kind's ``runs.create`` lives here.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence

from audiences._async._resource import AsyncResource
from audiences._models import AudienceDatasetRun, DatasetRun, SourceURL
from audiences._vendors import buzzabout_audience_datasets, buzzabout_datasets
from audiences.types import ContentAnalysisAction, Source


class AsyncDatasetRunStarts(AsyncResource, path="AsyncBuzzabout.datasets.runs"):
    """Runs that collect posts into a dataset: a prompt search or a URL search."""

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

        ``search_query`` is 1-5000 characters; ``source_urls`` 1-100 ``SourceURL`` (no
        URL twice, ``text`` only for Reddit); ``count`` 20-500 (the API's default 200);
        ``num_comments_per_post`` 0-100; ``date_range`` a ``(from, to)`` pair of dates;
        ``country_code`` ISO 3166-1 alpha-2; ``language`` BCP-47. Checked before sending.
        """
        body = buzzabout_datasets.run_body(
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
        return await self._client._request(buzzabout_datasets.create_run(dataset_id, body))


class AsyncAudienceDatasetRunStarts(AsyncResource, path="AsyncBuzzabout.audience_datasets.runs"):
    """Runs that collect the authors and commenters of a dataset's posts as profiles."""

    async def create(
        self,
        audience_dataset_id: str,
        *,
        source_dataset_id: str,
        total_profile_count: int | None = None,
    ) -> AudienceDatasetRun:
        """Start a run (one may be in flight per audience dataset; ``ConflictError`` otherwise).

        ``total_profile_count`` is 1-2000 (the API's default is 850).
        """
        op = buzzabout_audience_datasets.create_run(
            audience_dataset_id, source_dataset_id, total_profile_count
        )
        return await self._client._request(op)
