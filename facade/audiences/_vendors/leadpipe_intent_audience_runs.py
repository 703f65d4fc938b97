"""Leadpipe intent-audience runs (queue, list, cancel, results, stats, CSV, stored
exports): requests and shapes.

Leadpipe sends camelCase; our models are snake_case. A runs list in the shape of
Leadpipe's older API (daily-run items without an ``id``, statuses ``ready``,
``materializing``, ``none``) raises ``OlderAPIError`` naming it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from audiences import _spec as spec, _validation as check
from audiences._config import LEADPIPE
from audiences._core import Elsewhere, Operation
from audiences._download import FileSink
from audiences._errors import InvalidArgumentError, NotFoundError, OlderAPIError, RunNotReadyError
from audiences._models import (
    FillRate,
    IntentAudienceRun,
    RunExport,
    RunStats,
    RunStatus,
    ScoreBucket,
)
from audiences._pagination import Page, PageOp
from audiences._read import Fields, Reader, ShapeError, enveloped, enveloped_items
from audiences._responses import no_body
from audiences._status import normalize_word
from audiences._vendors._observe import owned_run


def _status(d: Fields, read: dict[str, Any]) -> dict[str, Any]:
    """The normalized status, and when the run ended (a cancelled one: when cancelled)."""
    raw = d.word("status")
    status = normalize_word(raw)
    finished = read.get("completed_at")
    if finished is None and status is RunStatus.CANCELLED:
        finished = read.get("cancelled_at")
    return {"status": status, "raw_status": raw, "completed_at": finished}


read_run = Reader(
    IntentAudienceRun,
    "IntentAudienceRun",  # camelCase on the wire, snake_case here
    read={"id": Fields.ident},
    computed=_status,
    uses=("status",),
)
"""An intent-audience run; ``audience_id=`` fills the owner if the answer leaves it out."""


def _limit(operation_id: str, limit: int | None) -> Any:
    from audiences_api.types import UNSET

    if limit is None:
        return UNSET
    return check.valid("limit", limit, spec.param(operation_id, "limit"))


def _idempotency_key(value: str | None) -> str:
    if value is None:
        return f"audiences-{uuid.uuid4()}"
    header = spec.param("create_intent_audience_run", "Idempotency-Key")
    key: str = check.valid("idempotency_key", value, header)
    if not key.isascii() or not key.isprintable():
        raise InvalidArgumentError(
            "idempotency_key", "must be printable ASCII (it is sent as a header)"
        )
    return key


def create_run(audience_id: str, idempotency_key: str | None) -> Operation[IntentAudienceRun]:
    """POST /v1/intent/audiences/{audience_id}/runs, always with an ``Idempotency-Key``.

    The key is chosen once per logical call (here), so every retry of the call reuses it.
    """
    from audiences_api.api.leadpipe_intent_audience_runs import create_intent_audience_run as api
    from audiences_api.models import (
        CreateIntentAudienceRunRequest,
        CreateIntentAudienceRunRequestRunType,
    )

    aid = check.path_id("audience_id", audience_id)
    body = CreateIntentAudienceRunRequest(run_type=CreateIntentAudienceRunRequestRunType.MANUAL)
    request = api.request_kwargs(aid, body=body, idempotency_key=_idempotency_key(idempotency_key))
    return Operation(LEADPIPE, request, lambda b: read_run(enveloped(b), audience_id=aid))


# What Leadpipe's older API (its own SDK and older official spec) lists for a run: daily-run
# items without an id, with these statuses.
OLDER_STATUSES = frozenset({"ready", "materializing", "none"})


def _older_shape(items: list[Any]) -> None:
    """Refuse, naming it, a runs list of Leadpipe's older API (not this client's)."""
    for index, item in enumerate(items):
        if not isinstance(item, Mapping) or item.get("id") is not None:
            continue
        if "cacheKey" in item or item.get("status") in OLDER_STATUSES:
            raise OlderAPIError(
                f"leadpipe: data[{index}] is a run in the shape of Leadpipe's older API (no id;"
                f" cacheKey {item.get('cacheKey')!r}, status {item.get('status')!r}), as its"
                " older spec and SDK describe daily runs: this client reads the current API,"
                " whose runs have ids (check the base URL and the API version)",
                provider=LEADPIPE.name,
                status_code=200,
                body=dict(item),
            )


def _list_request(audience_id: str, limit: int | None) -> tuple[str, dict[str, Any]]:
    from audiences_api.api.leadpipe_intent_audience_runs import list_intent_audience_runs as api

    aid = check.path_id("audience_id", audience_id)
    return aid, api.request_kwargs(aid, limit=_limit("list_intent_audience_runs", limit))


def list_page(audience_id: str, limit: int | None) -> PageOp[IntentAudienceRun]:
    """GET /v1/intent/audiences/{audience_id}/runs (one page: no cursor is documented)."""
    aid, request = _list_request(audience_id, limit)

    def parse(body: Any) -> Page[IntentAudienceRun]:
        _older_shape(Fields(body, "body").array("data"))
        return Page(enveloped_items(body, lambda d: read_run(d, audience_id=aid)))

    op = Operation(LEADPIPE, request, parse)
    return lambda _: op


def find_run(audience_id: str, run_id: str) -> Operation[IntentAudienceRun]:
    """One run: Leadpipe documents no single-run GET, so find it in the newest runs."""
    most = spec.non_null(spec.param("list_intent_audience_runs", "limit"))["maximum"]
    aid, request = _list_request(audience_id, most)

    def parse(body: Any) -> IntentAudienceRun:
        # Only the run asked for is read: a poll of one run need not read a hundred.
        items = Fields(body, "body").array("data")
        _older_shape(items)
        for index, item in enumerate(items):
            if isinstance(item, dict) and item.get("id") == run_id:
                return read_run(Fields(item, f"data[{index}]"), audience_id=aid)
        if len(items) >= most:  # older than the list shows: its results carry it
            raise Elsewhere(_run_in_results(aid, run_id))
        raise NotFoundError(
            f"run {run_id} is not among the {len(items)} runs of audience {aid}",
            provider=LEADPIPE.name,
            status_code=404,
            code="run_not_listed",
        )

    return Operation(LEADPIPE, request, parse)


def _run_in_results(audience_id: str, run_id: str) -> Operation[IntentAudienceRun]:
    """The run as its results' first row comes with it (202 queued or running, 200
    completed; a failed or cancelled run answers 409, ``ConflictError``)."""
    from audiences_api.api.leadpipe_intent_audience_runs import (
        list_intent_audience_run_results as api,
    )

    def parse(body: Any) -> IntentAudienceRun:
        run = enveloped(body).object("run")
        if run is None:
            raise ShapeError("data.run: missing (the results of a run carry the run)")
        return read_run(run, audience_id=audience_id)

    request = api.request_kwargs(audience_id, check.path_id("run_id", run_id), limit=1)
    return Operation(LEADPIPE, request, parse)


def cancel_run(audience_id: str, run_id: str) -> Operation[None]:
    """DELETE /v1/intent/audiences/{audience_id}/runs/{run_id} (queued runs only)."""
    from audiences_api.api.leadpipe_intent_audience_runs import cancel_intent_audience_run as api

    aid = check.path_id("audience_id", audience_id)
    rid = check.path_id("run_id", run_id)
    return Operation(LEADPIPE, api.request_kwargs(aid, rid), no_body)


def observe_run(run: IntentAudienceRun) -> Operation[IntentAudienceRun]:
    """What ``wait`` polls: the run, found again in its audience's list."""
    return owned_run(find_run, run, "audience_id")


def _results(body: Any, audience_id: str, offset: int, size: int | None) -> Page[dict[str, Any]]:
    data = enveloped(body)
    run = data.object("run")
    if run is not None:
        seen = read_run(run, audience_id=audience_id)
        if seen.status is not RunStatus.COMPLETED:
            raise RunNotReadyError(seen)
    rows = data.array("results")
    for index, row in enumerate(rows):
        Fields(row, f"data.results[{index}]")  # each row is an object
    total = data.integer("total")
    end = offset + len(rows)
    if total is None:  # no document shows it on a completed run: a full page may have more
        full = size or data.integer("limit")
        more = bool(rows) and (full is None or len(rows) >= full)
    else:
        more = bool(rows) and end < total
    return Page(tuple(rows), str(end) if more else None)


def results_page(
    audience_id: str, run_id: str, limit: int | None, cursor: str | None
) -> PageOp[dict[str, Any]]:
    """GET .../runs/{run_id}/results by offset (the cursor is the offset, as a string).

    A run that has not completed (the API answers 202) raises ``RunNotReadyError``
    carrying the run; one that cannot serve results is a 409 (``ConflictError``).
    """
    from audiences_api.api.leadpipe_intent_audience_runs import (
        list_intent_audience_run_results as api,
    )

    aid = check.path_id("audience_id", audience_id)
    rid = check.path_id("run_id", run_id)
    size = _limit("list_intent_audience_run_results", limit)
    if cursor is not None and not (isinstance(cursor, str) and cursor.isdigit()):
        raise InvalidArgumentError("cursor", f"must be an offset such as '100' (got {cursor!r})")

    def page_at(at: str | None) -> Operation[Page[dict[str, Any]]]:
        offset = int(at or 0)
        request = api.request_kwargs(aid, rid, limit=size, offset=offset)
        return Operation(LEADPIPE, request, lambda b: _results(b, aid, offset, limit))

    return page_at


# ------------------------------------------------------------------ what a completed run gives


def _pending(data: Fields, audience_id: str, run_id: str) -> RunNotReadyError:
    """The 202 a result endpoint answers while the run is queued or running."""
    run = data.object("run")
    if run is not None:
        return RunNotReadyError(read_run(run, audience_id=audience_id))
    state = data.word("state")
    seen = IntentAudienceRun(
        id=run_id, status=normalize_word(state), raw_status=state, audience_id=audience_id
    )
    return RunNotReadyError(seen)


def _run_field(d: Fields, key: str) -> IntentAudienceRun | None:
    run = d.object(key)
    return None if run is None else read_run(run)


def _object(d: Fields, key: str) -> dict[str, Any]:
    """An open object, as sent (absent or null reads as empty)."""
    found = d.object(key)
    return {} if found is None else dict(d.json(key))


_fill_rate = Reader(FillRate, "IntentFillRate")
_score_bucket = Reader(ScoreBucket, "IntentScoreBucket")


def _fill_rates(d: Fields, key: str) -> dict[str, FillRate]:
    rates = _object(d, key)
    return {name: _fill_rate(Fields(v, f"{d.where}.{key}.{name}")) for name, v in rates.items()}


def _histogram(d: Fields, key: str) -> tuple[ScoreBucket, ...]:
    items = d.array(key)
    return tuple(_score_bucket(Fields(b, f"{d.where}.{key}[{i}]")) for i, b in enumerate(items))


_stats = Reader(
    RunStats,
    "IntentRunStats",
    read={"fill_rates": _fill_rates, "score_histogram": _histogram, "averages": _object},
)
read_stats = Reader(
    RunStats,
    "IntentRunStatsResult",
    read={"run": _run_field},
    computed=lambda d, _: _stats.values(Fields(d.raw("stats"), f"{d.where}.stats")),
    uses=("stats",),
)
"""A run's stats, with the run (the stats' own fields read by ``_stats``)."""


def stats(audience_id: str, run_id: str) -> Operation[RunStats]:
    """GET .../runs/{run_id}/stats: a completed run's stats (202: ``RunNotReadyError``)."""
    from audiences_api.api.leadpipe_intent_audience_runs import (
        get_intent_audience_run_stats as api,
    )

    aid = check.path_id("audience_id", audience_id)
    rid = check.path_id("run_id", run_id)

    def parse(body: Any) -> RunStats:
        data = enveloped(body)
        if data.raw("stats") is None:
            raise _pending(data, aid, rid)
        return read_stats(data)

    return Operation(LEADPIPE, api.request_kwargs(aid, rid), parse)


def export_csv(audience_id: str, run_id: str) -> Callable[[FileSink], Operation[int]]:
    """GET .../runs/{run_id}/export.csv, its 200's bytes streamed to a sink as they come.

    Ids are checked now; the operation is made once the destination is open. It returns
    the bytes written; a 202 (the run is queued or running) raises ``RunNotReadyError``.
    """
    from audiences_api.api.leadpipe_intent_audience_runs import (
        export_intent_audience_run_csv as api,
    )

    aid = check.path_id("audience_id", audience_id)
    rid = check.path_id("run_id", run_id)
    # The file is CSV; anything else (a 202, an error) is Leadpipe's JSON.
    request = {**api.request_kwargs(aid, rid), "headers": {"Accept": "text/csv, application/json"}}

    def to(sink: FileSink) -> Operation[int]:
        def parse(body: Any) -> int:
            if sink.streamed:
                return sink.written
            raise _pending(enveloped(body), aid, rid)

        return Operation(LEADPIPE, request, parse, sink=sink)

    return to


_export = Reader(RunExport, "IntentRunExport", read={"id": Fields.ident})
read_export = Reader(
    RunExport,
    "IntentRunExportResult",
    computed=lambda d, _: _export.values(Fields(d.raw("export"), f"{d.where}.export")),
    uses=("export",),
)
"""A stored export with its signed URL (the export's own fields read by ``_export``)."""


def create_export(audience_id: str, run_id: str) -> Operation[RunExport]:
    """POST .../runs/{run_id}/exports: a stored export of the run, or its existing one,
    with a fresh signed URL."""
    from audiences_api.api.leadpipe_intent_audience_runs import (
        create_intent_audience_run_export as api,
    )

    aid = check.path_id("audience_id", audience_id)
    rid = check.path_id("run_id", run_id)
    return Operation(
        LEADPIPE,
        api.request_kwargs(aid, rid),
        lambda b: read_export(enveloped(b), audience_id=aid, run_id=rid),
    )


def get_export(audience_id: str, run_id: str, export_id: str) -> Operation[RunExport]:
    """GET .../runs/{run_id}/exports/{export_id}: a stored export, with a fresh signed URL."""
    from audiences_api.api.leadpipe_intent_audience_runs import (
        get_intent_audience_run_export as api,
    )

    aid = check.path_id("audience_id", audience_id)
    rid = check.path_id("run_id", run_id)
    eid = check.path_id("export_id", export_id)
    return Operation(
        LEADPIPE,
        api.request_kwargs(aid, rid, eid),
        lambda b: read_export(enveloped(b), audience_id=aid, run_id=rid),
    )
