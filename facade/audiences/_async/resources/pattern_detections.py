"""``client.pattern_detections``: Buzzabout pattern detections."""

from __future__ import annotations

from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.raw import AsyncRawMethod
from audiences._models import PatternDetectionRun
from audiences._vendors import buzzabout_pattern_detections as ops


class AsyncPatternDetections(AsyncResource, path="AsyncBuzzabout.pattern_detections"):
    """One-shot pattern discovery over a dataset."""

    async def create(
        self, *, dataset_id: str, name: str, research_question: str
    ) -> PatternDetectionRun:
        """Start a pattern detection."""
        return await self._client._request(ops.create(dataset_id, name, research_question))

    async def get(self, run_id: str) -> PatternDetectionRun:
        """Observe a pattern detection (``pattern_id`` once completed)."""
        return await self._client._request(ops.get(run_id))

    @cached_property
    def with_raw_response(self) -> AsyncPatternDetectionsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncPatternDetectionsWithRawResponse(self)


class AsyncPatternDetectionsWithRawResponse:
    """``client.pattern_detections.with_raw_response``."""

    def __init__(self, detections: AsyncPatternDetections) -> None:
        self.create = AsyncRawMethod(detections.create)
        self.get = AsyncRawMethod(detections.get)
