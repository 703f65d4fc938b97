"""Leadpipe intent-audience runs (queue, list, cancel): requests and shapes.

Leadpipe sends camelCase; our models are snake_case.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from audiences import _validation as check
from audiences._config import LEADPIPE
from audiences._core import Elsewhere, Operation
from audiences._errors import InvalidArgumentError, NotFoundError, RunNotReadyError
from audiences._models import IntentAudienceRun, RunStatus
from audiences._pagination import Page, PageOp
from audiences._read import Fields, ShapeError, camel, enveloped, enveloped_items, shape
from audiences._responses import no_body
from audiences._status import normalize_word
from audiences._vendors._observe import owned_run

MAX_IDEMPOTENCY_KEY = 120
LIST_MAX = 100


_plain_fields: Callable[..., dict[str, Any]] = shape(
    dict,
    """created_at:stamp updated_at:stamp started_at:stamp error_message organization_id
    run_type:word config_hash data_date:day candidate_count:integer result_count:integer
    attempts:integer error_code""",
    camel,
)


def read_run(d: Fields, audience_id: str) -> IntentAudienceRun:
    """An intent-audience run; ``audience_id`` (asked under) fills the owner if the answer
    leaves it out."""
    raw = d.word("status")
    status = normalize_word(raw)
    finished = d.stamp("completedAt")
    if finished is None and status is RunStatus.CANCELLED:
        finished = d.stamp("cancelledAt")
    return IntentAudienceRun(
        **_plain_fields(d),
        id=d.ident("id"),
        status=status,
        raw_status=raw,
        completed_at=finished,
        audience_id=d.text("audienceId") or audience_id,
    )


def _limit(limit: int | None) -> Any:
    from audiences_api.types import UNSET

    return UNSET if limit is None else check.integer("limit", limit, minimum=1, maximum=LIST_MAX)


def _idempotency_key(value: str | None) -> str:
    if value is None:
        return f"audiences-{uuid.uuid4()}"
    key = check.text("idempotency_key", value, max_length=MAX_IDEMPOTENCY_KEY)
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
    return Operation(LEADPIPE, request, lambda b: read_run(enveloped(b), aid))


def _list_request(audience_id: str, limit: int | None) -> tuple[str, dict[str, Any]]:
    from audiences_api.api.leadpipe_intent_audience_runs import list_intent_audience_runs as api

    aid = check.path_id("audience_id", audience_id)
    return aid, api.request_kwargs(aid, limit=_limit(limit))


def list_page(audience_id: str, limit: int | None) -> PageOp[IntentAudienceRun]:
    """GET /v1/intent/audiences/{audience_id}/runs (one page: no cursor is documented)."""
    aid, request = _list_request(audience_id, limit)
    op = Operation(
        LEADPIPE, request, lambda b: Page(enveloped_items(b, lambda d: read_run(d, aid)))
    )
    return lambda _: op


def find_run(audience_id: str, run_id: str) -> Operation[IntentAudienceRun]:
    """One run: Leadpipe documents no single-run GET, so find it in the newest runs."""
    aid, request = _list_request(audience_id, LIST_MAX)

    def parse(body: Any) -> IntentAudienceRun:
        # Only the run asked for is read: a poll of one run need not read a hundred.
        listed = Fields(body, "body").array("data")
        for index, item in enumerate(listed):
            if isinstance(item, dict) and item.get("id") == run_id:
                return read_run(Fields(item, f"data[{index}]"), aid)
        if len(listed) >= LIST_MAX:  # older than the list shows: its results carry it
            raise Elsewhere(_run_in_results(aid, run_id))
        raise NotFoundError(
            f"run {run_id} is not among the {len(listed)} runs of audience {aid}",
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
        return read_run(run, audience_id)

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
        seen = read_run(run, audience_id)
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
    size = _limit(limit)
    if cursor is not None and not (isinstance(cursor, str) and cursor.isdigit()):
        raise InvalidArgumentError("cursor", f"must be an offset such as '100' (got {cursor!r})")

    def page_at(at: str | None) -> Operation[Page[dict[str, Any]]]:
        offset = int(at or 0)
        request = api.request_kwargs(aid, rid, limit=size, offset=offset)
        return Operation(LEADPIPE, request, lambda b: _results(b, aid, offset, limit))

    return page_at
