"""Leadpipe intent-audience runs (tag ``leadpipe-intent-audience-runs``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from typing import TYPE_CHECKING, Any

from audiences.testing._checks import Reject, body, find, iso_ms, lab_error, lab_invalid
from audiences.testing._routes import route
from audiences.testing._rows import Account, IntentRunRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

LEADPIPE_QUEUED, LEADPIPE_DONE = 5.0, 20.0
_LP = "leadpipe"


def intent_run_json(fake: FakeAPIs, run: IntentRunRow) -> dict[str, Any]:
    """A Leadpipe run as the API shows it now (camelCase, ISO with milliseconds)."""
    age = fake.now() - run.created
    digest = int(hashlib.sha256(run.id.encode()).hexdigest()[:8], 16)
    data: dict[str, Any] = {
        "id": run.id,
        "audienceId": run.audience_id,
        "organizationId": run.organization_id,
        "runType": "manual",
        "configHash": hashlib.sha256(run.audience_id.encode()).hexdigest(),
        "dataDate": dt.datetime.fromtimestamp(run.created - 86400, dt.UTC).date().isoformat(),
        "candidateCount": 0,
        "resultCount": 0,
        "attempts": 0,
        "idempotencyKey": run.idempotency_key,
        "errorCode": None,
        "errorMessage": None,
        "createdAt": iso_ms(run.created),
        "updatedAt": iso_ms(run.created + min(age, LEADPIPE_DONE)),
    }
    if run.cancelled_at is not None:
        data.update(
            status="cancelled",
            cancelledAt=iso_ms(run.cancelled_at),
            updatedAt=iso_ms(run.cancelled_at),
        )
    elif age < LEADPIPE_QUEUED:
        data["status"] = "queued"
    else:
        data.update(status="running", attempts=1, startedAt=iso_ms(run.created + LEADPIPE_QUEUED))
        if age >= LEADPIPE_DONE:
            data.update(
                status="completed",
                candidateCount=100_000 + digest % 50_000,
                resultCount=20 + digest % 200,
                completedAt=iso_ms(run.created + LEADPIPE_DONE),
            )
    return data


def _ok(fake: FakeAPIs, status: int, data: Any) -> FakeResponse:
    """Leadpipe's envelope: ``data`` and a ``meta`` with a timestamp and a request id."""
    meta = {"timestamp": iso_ms(fake.now()), "request_id": f"req_{uuid.uuid4().hex[:12]}"}
    return FakeResponse.json(status, {"data": data, "meta": meta})


def _runs(account: Account, audience_id: str) -> list[IntentRunRow]:
    runs = account.intent_audiences.get(audience_id)
    if runs is None:
        raise Reject(lab_error(404, "NOT_FOUND", "Audience not found"))
    return runs


@route("POST", "/v1/intent/audiences/{audience_id}/runs", vendor=_LP)
def create_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """Queue a manual run (201); a repeated ``Idempotency-Key`` returns the first run (200)."""
    runs = _runs(account, audience_id)
    key = req.headers.get("idempotency-key")
    if key is not None and not 1 <= len(key) <= 120:
        raise lab_invalid("Idempotency-Key must be 1-120 characters")
    if body(req, _LP).get("runType") != "manual":
        raise lab_invalid("runType must be manual")
    if key is not None and (audience_id, key) in account.idempotency:
        return _ok(fake, 200, intent_run_json(fake, account.idempotency[(audience_id, key)]))
    run = IntentRunRow(
        id=str(uuid.uuid4()),
        audience_id=audience_id,
        organization_id=account.organization_id,
        created=fake.now(),
        idempotency_key=key,
    )
    runs.append(run)
    if key is not None:
        account.idempotency[(audience_id, key)] = run
    fake.record("create_intent_audience_run", run.id, account, key)
    return _ok(fake, 201, intent_run_json(fake, run))


@route("GET", "/v1/intent/audiences/{audience_id}/runs", vendor=_LP)
def list_intent_audience_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """The newest ``limit`` runs of an intent audience."""
    runs = _runs(account, audience_id)
    try:
        limit = int(req.query.get("limit", "25"))
    except ValueError:
        raise lab_invalid("limit must be an integer") from None
    if not 1 <= limit <= 100:
        raise lab_invalid("limit must be between 1 and 100")
    newest = sorted(runs, key=lambda r: r.created, reverse=True)[:limit]
    return _ok(fake, 200, [intent_run_json(fake, r) for r in newest])


@route("DELETE", "/v1/intent/audiences/{audience_id}/runs/{run_id}", vendor=_LP)
def cancel_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """Cancel a queued run (409 once it has started)."""
    run = find(_runs(account, audience_id), run_id, lab_error(404, "NOT_FOUND", "Run not found"))
    if intent_run_json(fake, run)["status"] != "queued":
        raise Reject(lab_error(409, "RUN_NOT_CANCELLABLE", "Only queued runs can be cancelled"))
    run.cancelled_at = fake.now()
    return _ok(fake, 200, intent_run_json(fake, run))
