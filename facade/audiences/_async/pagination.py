"""The pager a ``list()`` returns: every item across pages, each page fetched when reached."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Generic, TypeVar

from audiences._pagination import Page

T = TypeVar("T")


class AsyncPager(Generic[T]):
    """Iterates every item across pages; ``iter_pages()`` gives whole pages instead.

    Each iteration starts again from where the ``list()`` call started.
    """

    def __init__(self, pages: Callable[[], AsyncIterator[Page[T]]]) -> None:
        self._pages = pages

    def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn."""
        return self._pages()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self._pages():
            for item in page.items:
                yield item
