"""The pager a ``list()`` returns: every item across pages, each page fetched when reached."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Generic, TypeVar

from audiences._pagination import Page

T = TypeVar("T")


class AsyncPager(Generic[T]):
    """Iterates every item across pages; ``iter_pages()`` gives whole pages instead.

    Each iteration starts again from where the ``list()`` call started (its ``cursor``, or
    the first page).
    """

    def __init__(
        self,
        pages: Callable[[str | None], AsyncGenerator[Page[T], None]],
        what: str,
        cursor: str | None = None,
        first: Page[T] | None = None,
    ) -> None:
        self._pages = pages
        self._what = what
        self._cursor = cursor
        self._first = first

    def __repr__(self) -> str:
        start = "the first page" if self._cursor is None else f"cursor {self._cursor[:40]!r}"
        return f"<{type(self).__name__} of {self._what}, from {start}>"

    async def iter_pages(self) -> AsyncGenerator[Page[T], None]:
        """Each page in turn."""
        cursor = self._cursor
        if self._first is not None:
            cursor = self._first.next_cursor
            yield self._first  # kept by this pager: each iteration starts from it again
            if cursor is None:
                return
        async for page in self._pages(cursor):
            yield page
            del page  # not held while the next page is fetched

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            items = page.items
            del page
            for item in items:
                yield item
            del items

    async def first_page(self) -> AsyncPager[T]:
        """This pager with its first page fetched now (what ``with_raw_response`` returns)."""
        pages = self._pages(self._cursor)
        try:
            page = await anext(pages)
        finally:
            await pages.aclose()
        return AsyncPager(self._pages, self._what, self._cursor, page)
