"""Pagination: lazy iterators over every item of every page, sync and async.

The page loop is one I/O-free flow (``page_flow``) that yields I/O actions and, between
them, ``Page`` objects; ``SyncPager`` and ``AsyncPager`` only drive it, so exactly one
page is held in memory at a time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import attrs

from audiences._core import Operation, RetryPolicy, call
from audiences._errors import APIResponseValidationError

T = TypeVar("T")


@attrs.frozen
class Page(Generic[T]):
    """One page: its items, and the cursor of the next page (``None`` on the last)."""

    items: tuple[T, ...]
    next_cursor: str | None = None

    @property
    def has_next(self) -> bool:
        """Whether another page follows."""
        return self.next_cursor is not None


PageOp = Callable[[str | None], Operation[Page[T]]]


def page_flow(
    first: PageOp[T], policy: RetryPolicy, wall_clock: Callable[[], float]
) -> Generator[Any, Any, None]:
    """Yield I/O actions and, between them, each ``Page``, until the last page."""
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        op = first(cursor)
        page: Page[T] = yield from call(op, policy, wall_clock)
        yield page
        if page.next_cursor is None:
            return
        if page.next_cursor in seen:
            raise APIResponseValidationError(
                f"{op.vendor.name}: the list cursor repeated itself; stopping instead of looping",
                provider=op.vendor.name,
                status_code=200,
                body={"cursor": page.next_cursor},
            )
        seen.add(page.next_cursor)
        cursor = page.next_cursor


class SyncPager(Generic[T]):
    """Iterates every item across pages, fetching each page when reached.

    ``iter_pages()`` gives whole pages instead. Each iteration starts from the first page.
    """

    def __init__(self, pages: Callable[[], Iterator[Page[T]]]) -> None:
        self._pages = pages

    def iter_pages(self) -> Iterator[Page[T]]:
        """Each page in turn."""
        return self._pages()

    def __iter__(self) -> Iterator[T]:
        for page in self._pages():
            yield from page.items


class AsyncPager(Generic[T]):
    """``async for`` over every item across pages; ``iter_pages()`` gives whole pages."""

    def __init__(self, pages: Callable[[], AsyncIterator[Page[T]]]) -> None:
        self._pages = pages

    def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn."""
        return self._pages()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self._pages():
            for item in page.items:
                yield item
