"""``client.patterns``: what a completed pattern detection found, and each item's posts."""

from __future__ import annotations

from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.raw import AsyncRawMethod
from audiences._errors import InvalidArgumentError
from audiences._models import Pattern, PatternDetectionRun, PatternItem
from audiences._vendors import buzzabout_patterns as ops


def _pattern_id(pattern_id: str | PatternDetectionRun) -> str:
    """The pattern's id, as given or as the pattern detection that found it names it.

    (A detection's ``pattern_id`` is ``None`` until it completed, so the type checker
    cannot know that the one ``wait()`` returned has it: passing the detection says so.)
    """
    if not isinstance(pattern_id, PatternDetectionRun):
        return pattern_id
    if pattern_id.pattern_id is None:
        raise InvalidArgumentError(
            "pattern_id",
            f"pattern detection {pattern_id.id} is {pattern_id.status.value} and names no"
            " pattern yet: wait() for it first",
        )
    return pattern_id.pattern_id


class AsyncPatternItems(AsyncResource, path="AsyncBuzzabout.patterns.items"):
    """The items of a pattern."""

    async def get(self, pattern_id: str | PatternDetectionRun, item_id: str) -> PatternItem:
        """One item, with the posts (``post_refs``) that show it; ``pattern_id`` may be the
        completed pattern detection itself."""
        return await self._client._request(ops.get_item(_pattern_id(pattern_id), item_id))

    @cached_property
    def with_raw_response(self) -> AsyncPatternItemsWithRawResponse:
        """The same method, returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncPatternItemsWithRawResponse(self)


class AsyncPatternItemsWithRawResponse:
    """``client.patterns.items.with_raw_response``."""

    def __init__(self, items: AsyncPatternItems) -> None:
        self.get = AsyncRawMethod(items.get)


class AsyncPatterns(AsyncResource, path="AsyncBuzzabout.patterns"):
    """Patterns: a completed pattern detection's ``pattern_id`` leads here."""

    @cached_property
    def items(self) -> AsyncPatternItems:
        """The patterns' items."""
        return AsyncPatternItems(self._client)

    async def get(self, pattern_id: str | PatternDetectionRun) -> Pattern:
        """A pattern: its summary and items (read-only and free). ``pattern_id`` may be the
        completed pattern detection itself: ``bz.patterns.get(bz.wait(detection))``."""
        return await self._client._request(ops.get(_pattern_id(pattern_id)))

    @cached_property
    def with_raw_response(self) -> AsyncPatternsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncPatternsWithRawResponse(self)


class AsyncPatternsWithRawResponse:
    """``client.patterns.with_raw_response``."""

    def __init__(self, patterns: AsyncPatterns) -> None:
        self.items = patterns.items.with_raw_response
        self.get = AsyncRawMethod(patterns.get)
