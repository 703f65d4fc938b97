"""What every Buzzabout area shares: the envelope, list pages, and run statuses with steps."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from audiences import _spec as spec, _validation as check
from audiences._config import BUZZABOUT
from audiences._core import Operation
from audiences._models import Progress, RunStatus, Step
from audiences._pagination import Page, PageOp
from audiences._read import Fields, Reader, ShapeError, enveloped, enveloped_items, kind
from audiences._status import counter_status, failed_step_message, normalize_word

T = TypeVar("T")


def operation(request: dict[str, Any], parse: Callable[[Any], T]) -> Operation[T]:
    """A Buzzabout operation."""
    return Operation(vendor=BUZZABOUT, request=request, parse=parse)


def data(body: Any) -> Fields:
    """The ``data`` object of a success envelope."""
    return enveloped(body)


def one(read: Callable[[Fields], T]) -> Callable[[Any], T]:
    """A parser of an envelope holding one resource."""
    return lambda body: read(enveloped(body))


def _next_cursor(body: Any) -> str | None:
    envelope = Fields(body, "body")
    if not envelope.flag("has_next"):
        return None
    if not (cursor := envelope.cursor("cursor")):  # null or "": no way on, or page 1 again
        raise ShapeError("body.cursor: has_next is true but no cursor leads to the next page")
    return cursor


def page(read: Callable[[Fields], T]) -> Callable[[Any], Page[T]]:
    """A parser of an envelope holding a list page (``has_next`` and ``cursor``)."""
    return lambda body: Page(enveloped_items(body, read), _next_cursor(body))


def lazy_page(model: Callable[..., Any]) -> Callable[[Any], Page[Any]]:
    """A parser of a list page of lazily read models (``Mention``, ``AudienceProfile``)."""

    def parse(body: Any) -> Page[Any]:
        items = Fields(body, "body").array("data")
        return Page(model.page(items), _next_cursor(body))  # type: ignore[attr-defined]

    return parse


def every(read: Callable[[Fields], T]) -> Callable[[Any], Page[T]]:
    """A parser of an envelope holding a whole, unpaginated list (one page)."""
    return lambda body: Page(enveloped_items(body, read))


def cursor_pages(
    api: Any,
    order_type: Callable[[str], Any],
    read: Callable[[Fields], T],
    *path: str,
    limit: int | None,
    order: str | None,
    cursor: str | None,
) -> PageOp[T]:
    """A GET list paged by ``cursor`` in the query; ``limit``, ``order`` and the caller's
    first ``cursor`` checked once, against the operation's documented query parameters.

    ``api`` is the generated operation module (named by its operationId), ``order_type``
    its order enum, ``path`` the checked path ids.
    """
    from audiences_api.types import UNSET

    operation_id = api.__name__.rpartition(".")[2]
    if cursor is not None:
        check.valid("cursor", cursor, spec.param(operation_id, "cursor"))
    size = None if limit is None else check.valid("limit", limit, spec.param(operation_id, "limit"))
    sort = None
    if order is not None:
        sort = order_type(check.valid("order", order, spec.param(operation_id, "order")))
    parse = page(read)

    def page_at(cursor: str | None) -> Operation[Page[T]]:
        request = api.request_kwargs(
            *path,
            limit=UNSET if size is None else size,
            cursor=UNSET if cursor is None else cursor,
            order=UNSET if sort is None else sort,
        )
        return operation(request, parse)

    return page_at


def body_pages(
    first: dict[str, Any], parse: Callable[[Any], Page[T]], request: str, cursor: str | None
) -> PageOp[T]:
    """A POST list whose cursor travels in the body, beside the same sort and filters.

    The generated client builds ``first``, the first page's request; a later page's differs
    only by the cursor in its body (no second round through the generated model). The
    caller's first ``cursor`` is checked against the ``request`` schema's.
    """
    if cursor is not None:
        check.valid("cursor", cursor, spec.prop(request, "cursor"))

    def page_at(cursor: str | None) -> Operation[Page[T]]:
        if cursor is None:
            return operation(first, parse)
        return operation({**first, "json": {**first["json"], "cursor": cursor}}, parse)

    return page_at


def one_page(request: dict[str, Any], read: Callable[[Fields], T]) -> PageOp[T]:
    """A list the documents do not paginate: one request, every item."""
    parse = every(read)

    def page_at(_: str | None) -> Operation[Page[T]]:
        return operation(request, parse)

    return page_at


def ids(field: str, value: Iterable[str] | None, request: str) -> list[str] | None:
    """A list of ids, each checked as one path segment would be and against the ``request``
    schema's items (``None`` when not given)."""
    if value is None:
        return None
    checked = check.strings(field, value)
    items = spec.item(spec.prop(request, field))
    for index, item in enumerate(checked):
        check.path_id(f"{field}[{index}]", item)
        check.valid(f"{field}[{index}]", item, items)
    return checked


def search_body(
    request: str,
    allowed_filters: frozenset[str],
    *,
    sort: str | None,
    order: str | None,
    limit: int | None,
    filters: Sequence[Sequence[dict[str, Any]]] | None,
) -> dict[str, Any]:
    """What a POST search (mentions, profiles) sends beside its ids: sort, order, page size
    and filters, checked against its ``request`` schema (no cursor: the pager adds it)."""
    from audiences import filters as wire_filters

    sent: dict[str, Any] = {}
    for field, value in (("sort", sort), ("order", order), ("limit", limit)):
        if value is not None:
            sent[field] = check.valid(field, value, spec.prop(request, field))
    if (groups := wire_filters.checked(filters, allowed_filters)) is not None:
        sent["filters"] = groups
    return sent


def get_owned_run(
    api: Any, owner_field: str, owner_id: str, run_id: str, read: Callable[[Fields, str], T]
) -> Operation[T]:
    """GET one run under its owner (``api`` the generated operation module): both ids
    checked, and ``read`` given the owner id to fill in if the answer leaves it out."""
    owner = check.path_id(owner_field, owner_id)
    rid = check.path_id("run_id", run_id)
    check.valid("run_id", rid, spec.param(api.__name__.rpartition(".")[2], "run_id"))
    return operation(api.request_kwargs(owner, rid), lambda body: read(data(body), owner))


def status(run: Fields) -> tuple[RunStatus, str | None, tuple[Step, ...]]:
    """A run's ``status``, a word or ``{"type", "steps"}``: (normalized, raw word, steps)."""
    raw = run.raw("status")
    if isinstance(raw, str) or raw is None:
        return normalize_word(raw), raw, ()
    if not isinstance(raw, dict):
        raise ShapeError(f"{run.where}.status: expected a string or an object, got {kind(raw)}")
    obj = Fields(raw, f"{run.where}.status")
    word = obj.word("type")
    steps = tuple(
        read_step(Fields(s, f"{obj.where}.steps[{i}]")) for i, s in enumerate(obj.array("steps"))
    )
    return normalize_word(word), word, steps


read_step = Reader(
    Step,
    "RunStep",
    read={
        "name": lambda d, key: d.text(key) or "",
        "completed_at": Fields.stamp,  # epoch seconds
        "error_message": lambda d, key: d.text(key) or None,  # "" says nothing
    },
)
"""One step of a run's status object."""


def run_status(
    d: Fields, read: Mapping[str, Any], counted: Progress | None = None
) -> dict[str, Any]:
    """A Buzzabout run's status fields: the normalized word, the word sent, the steps, the
    failure's message, and when a terminal run finished (its last step, else its
    ``updated_at`` among the fields already ``read``).

    ``counted`` applies the custom-parameter rule (done + errors == total is completed).
    """
    normalized, raw, steps = status(d)
    if counted is not None:
        normalized = counter_status(normalized, counted)
    finished = finished_at(normalized, steps)
    if finished is None and normalized.is_terminal:
        finished = read.get("updated_at")
    return {
        "status": normalized,
        "raw_status": raw,
        "completed_at": finished,
        "steps": steps,
        "error_message": failed_step_message(steps),
    }


def run_reader(model: Callable[..., T], schema: str, **options: Any) -> Reader[T]:
    """The reader of a Buzzabout run kind: its status object normalized (``run_status``),
    its ids checked, its other fields by the spec's schema."""
    read = {"id": Fields.ident, **options.pop("read", {})}
    return Reader(model, schema, read=read, computed=run_status, uses=("status",), **options)


def finished_at(status: RunStatus, steps: tuple[Step, ...]) -> _dt.datetime | None:
    """When a terminal run finished: its last step's time (``None`` if no step says)."""
    if not status.is_terminal:
        return None
    times = [s.completed_at for s in steps if s.completed_at is not None]
    return max(times) if times else None
