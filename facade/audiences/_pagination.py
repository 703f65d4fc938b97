"""Pagination, I/O-free: one flow that walks every page, for the sync and async pagers.

``page_flow`` yields I/O actions and, between them, each ``Page``; the pagers
(``SyncPager``, ``AsyncPager``) only drive it, so exactly one page is held at a time, and
what the flow remembers to catch a looping server is bounded too.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from audiences._config import RetryPolicy
from audiences._core import Action, Operation, call
from audiences._errors import APIResponseValidationError

if TYPE_CHECKING:
    from audiences._clock import Clock

T = TypeVar("T")
MAX_EMPTY_PAGES = 10  # empty pages in a row that still promise more: a server going nowhere
REMEMBERED_CURSORS = 1000  # the newest cursors kept to catch one that comes round again


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


def _looping(op: Operation[Any], why: str, cursor: str) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"{op.vendor.name}: {why}; stopping instead of paging forever",
        provider=op.vendor.name,
        status_code=200,
        body={"cursor": cursor[:200]},
        method=op.method,
        url=op.path,
    )


def _on_page(
    exc: APIResponseValidationError, number: int, cursor: str | None
) -> APIResponseValidationError:
    """``exc`` (of its own class), saying which page it came from (and the cursor that asked
    for it)."""
    at = "" if cursor is None else f" (cursor {cursor[:40]!r})"
    return type(exc)(
        f"page {number}{at}: {exc.message}",
        provider=exc.provider,
        status_code=exc.status_code,
        body=exc.body,
        method=exc.method,
        url=exc.url,
    )


def page_flow(
    page_at: PageOp[T], policy: RetryPolicy, clock: Clock, cursor: str | None = None
) -> PageFlow:
    """Yield I/O actions and, between them, each ``Page``, from ``cursor`` to the last page.

    Every page's request is read-only (a search sent as POST too), so a transient failure
    is retried like a GET's and the walk resumes at the page that failed. A page that
    cannot be read raises ``APIResponseValidationError`` saying which page it was.

    A cursor seen again among the newest ``REMEMBERED_CURSORS``, or ``MAX_EMPTY_PAGES``
    empty pages in a row that still promise more, end the walk with
    ``APIResponseValidationError``: a broken server cannot keep a caller paging forever.
    """
    recent: deque[str] = deque(maxlen=REMEMBERED_CURSORS)
    seen: set[str] = set()
    empty = 0
    number = 0
    while True:
        op = page_at(cursor)._replace(read_only=True)  # a list only reads: it may repeat
        number += 1
        try:
            page: Page[T] = yield from call(op, policy, clock)
        except APIResponseValidationError as exc:
            raise _on_page(exc, number, cursor) from None
        yield page
        cursor, empty = page.next_cursor, (0 if page.items else empty + 1)
        del page  # the caller is done with it: never hold two pages while the next arrives
        if cursor is None:
            return
        if empty >= MAX_EMPTY_PAGES:
            raise _looping(op, f"{empty} empty pages in a row still promise more", cursor)
        if cursor in seen:
            raise _looping(op, "the list cursor came round again", cursor)
        if len(recent) == recent.maxlen:
            seen.discard(recent[0])
        recent.append(cursor)
        seen.add(cursor)
