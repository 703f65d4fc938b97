"""Buzzabout's named containers (datasets, audience datasets): their common handlers, once.

A kind of container is created with a name (1-255 characters; the 201 shows its id, name
and creation time only), listed a cursor page of live rows at a time, read, renamed by
``PATCH`` (only ``name``: an empty body changes nothing, ``""`` clears it) and soft-deleted
(204; from then on it and its runs are the kind's 404). Its runs are listed a cursor page
at a time and read one by one. ``register_container`` makes and routes those seven
handlers for one kind; the kind's module calls it when imported. How a run starts is the
kind's own, but for its end: ``start_run`` charges for it and records it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from audiences.testing._checks import (
    NamedT,
    body,
    bz_error,
    bz_ok,
    charge,
    field_str,
    find,
    iso,
    live,
    new_id,
)
from audiences.testing._paging import query_page
from audiences.testing._routes import Handler, route
from audiences.testing._rows import Account, NamedRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

_BZ = "buzzabout"
RowT = TypeVar("RowT")


@attrs.frozen
class Rows(Generic[RowT]):
    """One kind of row: its class, its ids' prefix, and how the API shows one now."""

    make: Callable[..., RowT]
    prefix: str
    shown: Callable[[FakeAPIs, RowT], dict[str, Any]]


@attrs.frozen
class Container(Generic[NamedT]):
    """One kind of named container, with its rows and its runs' rows. Its paths, tables,
    operationIds, codes and docstrings follow ``name`` as the API spells them:
    ``"dataset"`` is ``/v1/datasets/{dataset_id}`` and ``account.datasets``, answered by
    ``create_dataset``, ``list_datasets``, ``get_dataset``, ``update_dataset``,
    ``delete_dataset``, ``list_dataset_runs`` and ``get_dataset_run``, and missing as
    ``dataset_not_found``."""

    name: str
    rows: Rows[NamedT]
    runs: Rows[Any]

    @property
    def noun(self) -> str:
        """The kind as the API's messages name it (``"audience dataset"``)."""
        return self.name.replace("_", " ")

    def table(self, account: Account) -> dict[str, NamedT]:
        """The account's rows of this kind, deleted ones too."""
        found: dict[str, NamedT] = getattr(account, f"{self.name}s")
        return found

    def live(self, account: Account, row_id: str) -> NamedT:
        """The account's row ``row_id`` (404 ``<name>_not_found`` if none, or deleted)."""
        noun = self.noun
        return live(
            self.table(account), row_id, f"{self.name}_not_found", f"{noun.capitalize()} not found"
        )


def register_container(kind: Container[NamedT]) -> None:
    """Route the kind's create, list, get, update and delete handlers, and its runs' list
    and get (in that order)."""
    name, noun = kind.name, kind.noun
    a = "an" if noun[0] in "aeiou" else "a"
    collection, item = f"/v1/{name}s", f"/v1/{name}s/{{{name}_id}}"

    def answers(method: str, path: str, operation: str, doc: str) -> Callable[[Handler], Handler]:
        def register_answer(answer: Handler) -> Handler:
            route(method, path, vendor=_BZ)(_handler(operation, doc, answer, f"{name}_id"))
            return answer

        return register_answer

    @answers("POST", collection, f"create_{name}", f"Create an empty {noun} (201).")
    def create(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
        given = field_str(body(req, _BZ), "name", _BZ, max_len=255)
        now = fake.now()
        row = kind.rows.make(
            id=new_id(kind.rows.prefix), name=given, created=now, updated=now, seq=fake.next_seq()
        )
        fake.record(f"create_{name}", row.id, account, given)
        kind.table(account)[row.id] = row
        return bz_ok(201, {"id": row.id, "name": row.name, "created_at": iso(row.created)})

    @answers("GET", collection, f"list_{name}s", f"The account's {noun}s, one cursor page.")
    def list_live(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
        live = [r for r in kind.table(account).values() if not r.deleted]
        return query_page(req, live, lambda r: kind.rows.shown(fake, r))

    @answers("GET", item, f"get_{name}", f"One {noun}.")
    def get(fake: FakeAPIs, account: Account, req: FakeRequest, row_id: str) -> FakeResponse:
        return bz_ok(200, kind.rows.shown(fake, kind.live(account, row_id)))

    @answers(
        "PATCH",
        item,
        f"update_{name}",
        f"Rename {a} {noun} (an empty name clears it; an empty body changes nothing).",
    )
    def update(fake: FakeAPIs, account: Account, req: FakeRequest, row_id: str) -> FakeResponse:
        row = kind.live(account, row_id)
        data = body(req, _BZ) if req.body else {}
        given = field_str(data, "name", _BZ, required=False, min_len=0, max_len=255)
        if "name" in data:
            row.name = given or None
            row.updated = fake.now()
        return bz_ok(200, kind.rows.shown(fake, row))

    @answers("DELETE", item, f"delete_{name}", f"Soft-delete {a} {noun} and its runs (204).")
    def delete(fake: FakeAPIs, account: Account, req: FakeRequest, row_id: str) -> FakeResponse:
        kind.live(account, row_id).deleted = True
        return FakeResponse(204)

    @answers(
        "GET", f"{item}/runs", f"list_{name}_runs", f"The runs of one {noun}, one cursor page."
    )
    def list_runs(fake: FakeAPIs, account: Account, req: FakeRequest, row_id: str) -> FakeResponse:
        row = kind.live(account, row_id)
        return query_page(req, row.runs, lambda r: kind.runs.shown(fake, r))

    @answers(
        "GET",
        f"{item}/runs/{{run_id}}",
        f"get_{name}_run",
        f"One run of {a} {noun}, as it stands now.",
    )
    def get_run(
        fake: FakeAPIs, account: Account, req: FakeRequest, row_id: str, run_id: str
    ) -> FakeResponse:
        missing = bz_error(404, f"{name}_run_not_found", f"{noun.capitalize()} run not found")
        run = find(kind.live(account, row_id).runs, run_id, missing)
        return bz_ok(200, kind.runs.shown(fake, run))


def start_run(
    fake: FakeAPIs,
    account: Account,
    kind: Container[Any],
    row: NamedRow[Any],
    *,
    cost: float,
    shows: tuple[str, ...],
    **fields: Any,
) -> FakeResponse:
    """Charge ``cost`` credits (the kind's 402 if too few), then add a new run of ``row``
    (``fields``, a fresh id, the row's id, now) to it and to the ledger; the 202 shows the
    run's ``shows``."""
    charge(
        account,
        cost,
        f"insufficient_credits_{kind.name}_run",
        f"Insufficient credits to start this {kind.noun} run",
    )
    run = kind.runs.make(
        id=new_id(kind.runs.prefix),
        **{f"{kind.name}_id": row.id},
        created=fake.now(),
        seq=fake.next_seq(),
        **fields,
    )
    row.runs.append(run)
    fake.record(f"create_{kind.name}_run", run.id, account, row.id)
    shown = kind.runs.shown(fake, run)
    return bz_ok(202, {k: shown[k] for k in shows})


def _handler(operation: str, doc: str, answer: Handler, parameter: str) -> Handler:
    """``answer`` as the handler ``operation``: its ids after ``(fake, account, req)`` come
    from the path by name, ``row_id`` as ``parameter`` (its signature says so, which
    ``route`` checks)."""
    signature = inspect.signature(answer)
    fixed = list(signature.parameters.values())[:3]  # fake, account, req
    ids = [
        p.replace(name=parameter if p.name == "row_id" else p.name, kind=p.KEYWORD_ONLY)
        for p in list(signature.parameters.values())[3:]
    ]

    def handler(fake: FakeAPIs, account: Account, req: FakeRequest, **path: str) -> FakeResponse:
        return answer(fake, account, req, *(path[p.name] for p in ids))

    handler.__signature__ = signature.replace(parameters=[*fixed, *ids])  # type: ignore[attr-defined]
    handler.__name__ = handler.__qualname__ = operation
    handler.__doc__ = doc
    return handler
