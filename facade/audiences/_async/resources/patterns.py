"""``client.patterns``: what a completed pattern detection found, and each item's posts."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from audiences._async._resource import AsyncResource
from audiences._async.raw import AsyncRawMethod
from audiences._vendors import buzzabout_patterns as ops

if TYPE_CHECKING:
    from audiences._models import Pattern, PatternItem


class AsyncPatternItems(AsyncResource, path="AsyncBuzzabout.patterns.items"):
    """The items of a pattern."""

    async def get(self, pattern_id: str, item_id: str) -> PatternItem:
        """One item, with the posts (``post_refs``) that show it."""
        return await self._client._request(ops.get_item(pattern_id, item_id))

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

    async def get(self, pattern_id: str) -> Pattern:
        """A pattern: its summary and items (read-only and free)."""
        return await self._client._request(ops.get(pattern_id))

    @cached_property
    def with_raw_response(self) -> AsyncPatternsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncPatternsWithRawResponse(self)


class AsyncPatternsWithRawResponse:
    """``client.patterns.with_raw_response``."""

    def __init__(self, patterns: AsyncPatterns) -> None:
        self.items = patterns.items.with_raw_response
        self.get = AsyncRawMethod(patterns.get)
