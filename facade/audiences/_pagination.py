"""Pagination, I/O-free: one flow that walks every page, for the sync and async pagers.

``page_flow`` yields I/O actions and, between them, each ``Page``; the pagers
(``SyncPager``, ``AsyncPager``) only drive it, so exactly one page is held at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, Generic, TypeVar

from audiences._config import RetryPolicy
from audiences._core import Action, Operation, call
from audiences._errors import APIResponseValidationError

T = TypeVar("T")


class Page(Generic[T]):
    """One page: its items, and the cursor of the next page (``None`` on the last).

    Save ``next_cursor`` and pass it as ``cursor=`` to the same ``list()`` to resume.
    """

    __slots__ = ("items", "next_cursor")

    def __init__(self, items: tuple[T, ...], next_cursor: str | None = None) -> None:
        self.items = items
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"Page(items=<{len(self.items)} items>, next_cursor={self.next_cursor!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Page):
            return NotImplemented
        return (self.items, self.next_cursor) == (other.items, other.next_cursor)

    def __hash__(self) -> int:
        return hash((self.items, self.next_cursor))

    @property
    def has_next(self) -> bool:
        """Whether another page follows."""
        return self.next_cursor is not None


PageOp = Callable[[str | None], Operation[Page[T]]]
"""Builds the request of the page at a cursor (``None``: the first page)."""

PageFlow = Generator["Action | Page[Any]", Any, None]


def page_flow(
    page_at: PageOp[T],
    policy: RetryPolicy,
    wall_clock: Callable[[], float],
    cursor: str | None = None,
) -> PageFlow:
    """Yield I/O actions and, between them, each ``Page``, from ``cursor`` to the last page."""
    seen: set[str] = set()
    while True:
        op = page_at(cursor)
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
