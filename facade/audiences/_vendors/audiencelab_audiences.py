"""AudienceLab audiences: create one (officially documented), list them and read an
audience's members (community-observed: no official reference documents those two).

Both lists page by ``page`` (1-indexed) and ``page_size``; the pager's cursor is the next
page's number, as a string. The sources disagree on the total's name (``total_records``
or ``total``): either is read. A walk ends at an empty page, a short one (fewer rows than
the page size the body reports, else the one asked for), or the last page by the totals;
a page that repeats the one before (a server ignoring ``page``) is an error, not a loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from audiences import _spec as spec, _validation as check
from audiences._config import AUDIENCELAB
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import Audience, AudienceSummary
from audiences._pagination import Page, PageOp
from audiences._read import Fields, Reader, ShapeError

T = TypeVar("T")
REQUEST = "CreateAudienceRequest"
read_audience = Reader(Audience, "CreateAudienceResponse", renamed={"audienceId": "id"})
read_summary = Reader(
    AudienceSummary,
    "AudienceLabAudience",
    read={"id": Fields.ident, "next_scheduled_refresh": Fields.stamp},
)
"""An audience as the (community-observed) list shows it."""


def _filters(value: Any) -> Any:
    from audiences_api.models import AudienceFilters

    # Every documented filter in its documented shape (arrays stay arrays even for one
    # value, as the vendor requires); other keys are sent as given.
    filters = check.valid("filters", value, spec.prop(REQUEST, "filters"))
    try:
        return AudienceFilters.from_dict(filters)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidArgumentError("filters", f"not a valid filter object ({exc})") from None


def create(name: str, filters: Any, segment: Any, days_back: int | None) -> Operation[Audience]:
    """POST /audiences."""
    from audiences_api.api.audiencelab_audiences import create_audience as api
    from audiences_api.models import CreateAudienceRequest

    given = check.given(REQUEST, name=name, segment=segment, days_back=days_back)
    body = CreateAudienceRequest(**given, filters=_filters(filters))
    return Operation(
        vendor=AUDIENCELAB,
        request=api.request_kwargs(body=body),
        parse=lambda b: read_audience(Fields(b, "body")),
    )


# ------------------------------------------------------------------ pages by number


def _first_page(operation_id: str, cursor: str | None) -> int:
    """The page a walk starts at: 1, or the saved cursor's (a page number)."""
    if cursor is None:
        return 1
    if not isinstance(cursor, str) or not cursor.isdigit():
        raise InvalidArgumentError("cursor", f"must be a page number such as '2' (got {cursor!r})")
    number: int = check.valid("cursor", int(cursor), spec.param(operation_id, "page"))
    return number


def _more(page: Fields, number: int, count: int, asked: int | None) -> bool:
    """Whether a page follows page ``number`` of ``count`` rows."""
    size = page.integer("page_size") or asked
    if count == 0 or (size is not None and count < size):
        return False
    pages = page.integer("total_pages")
    if pages is not None:
        return number < pages
    total = page.integer("total_records")
    if total is None:
        total = page.integer("total")
    return total is None or size is None or (number - 1) * size + count < total


def _numbered(
    operation_id: str,
    request: Callable[[int, int | None], dict[str, Any]],
    items: Callable[[Fields], list[T]],
    page_size: int | None,
    cursor: str | None,
) -> PageOp[T]:
    """Pages by number: ``request(page, page_size)`` builds one, ``items`` reads its rows;
    ``page_size`` and the caller's ``cursor`` (a page number) checked against the spec."""
    first = _first_page(operation_id, cursor)
    size = None
    if page_size is not None:
        size = check.valid("page_size", page_size, spec.param(operation_id, "page_size"))

    last: list[tuple[int, str]] = []  # the page read last and its rows, as text

    def page_at(at: str | None) -> Operation[Page[T]]:
        number = first if at is None else int(at)

        def parse(body: Any) -> Page[T]:
            page = Fields(body, "body")
            found = items(page)
            rows = repr(page.raw("data"))
            if found and last and last[0] == (number - 1, rows):
                # A server that ignores `page` would send these rows forever.
                raise ShapeError(f"page {number} repeats the rows of page {number - 1}")
            last[:] = [(number, rows)]
            following = _more(page, number, len(found), size)
            return Page(tuple(found), str(number + 1) if following else None)

        return Operation(AUDIENCELAB, request(number, size), parse)

    return page_at


def _summaries(page: Fields) -> list[AudienceSummary]:
    return [read_summary(Fields(x, f"data[{i}]")) for i, x in enumerate(page.array("data"))]


def list_page(page_size: int | None, cursor: str | None) -> PageOp[AudienceSummary]:
    """GET /audiences?page&page_size (community-observed)."""
    from audiences_api.api.audiencelab_audiences import list_audiences as api
    from audiences_api.types import UNSET

    def request(page: int, size: int | None) -> dict[str, Any]:
        return api.request_kwargs(page=page, page_size=UNSET if size is None else size)

    return _numbered("list_audiences", request, _summaries, page_size, cursor)


def _members(page: Fields) -> list[dict[str, Any]]:
    """A page's member rows, each an open object, kept as sent."""
    if page.raw("data") is None and page.raw("id") is not None:
        # One community source says this path answers with the audience's metadata.
        raise ShapeError(
            "body: the audience's metadata (id, name, ...) instead of member rows: "
            "this server does not serve members at GET /audiences/{id}"
        )
    rows = page.array("data")
    for index, row in enumerate(rows):
        Fields(row, f"data[{index}]")  # each row is an object, or the error names it
    return rows


def members_page(
    audience_id: str, page_size: int | None, cursor: str | None
) -> PageOp[dict[str, Any]]:
    """GET /audiences/{audience_id}?page&page_size (community-observed)."""
    from audiences_api.api.audiencelab_audiences import list_audience_members as api
    from audiences_api.types import UNSET

    aid = check.path_id("audience_id", audience_id)

    def request(page: int, size: int | None) -> dict[str, Any]:
        return api.request_kwargs(aid, page=page, page_size=UNSET if size is None else size)

    return _numbered("list_audience_members", request, _members, page_size, cursor)
