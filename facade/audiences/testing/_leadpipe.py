"""Leadpipe intent-audience runs and their results (tag ``leadpipe-intent-audience-runs``).

A run is ``queued`` for 5 s, ``running`` until 20 s, then ``completed`` with
``resultCount`` result rows (or ``failed``, on an audience added with ``fail_runs``, such as
``FAILING_INTENT_AUDIENCE``). Its results answer 202 while it is queued or running, 200 by
``limit``/``offset`` once completed, 409 once failed or cancelled.

Inferred for the fake (the documents give no row shape): a row is a person showing intent,
``{email, firstName, lastName, jobTitle, companyName, companyDomain, country, intentScore,
intentTopics, lastSeenAt}``, highest score first; ``limit`` defaults to 25.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from audiences.testing import _words as words
from audiences.testing._checks import Reject, find, iso_ms, lab_error
from audiences.testing._routes import operation
from audiences.testing._rows import Account, IntentRunRow
from audiences.testing._wire import FakeRequest, FakeResponse
from audiences.testing._words import digest

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

LEADPIPE_QUEUED, LEADPIPE_DONE = 5.0, 20.0


def intent_run_json(fake: FakeAPIs, run: IntentRunRow) -> dict[str, Any]:
    """A Leadpipe run as the API shows it now (camelCase, ISO with milliseconds)."""
    age = fake.now() - run.created
    seed = int(digest(run.id, size=8), 16)
    data: dict[str, Any] = {
        "id": run.id,
        "audienceId": run.audience_id,
        "organizationId": run.organization_id,
        "runType": "manual",
        "configHash": digest(run.audience_id, size=64),
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
        if age >= LEADPIPE_DONE and run.fails:
            data.update(
                status="failed",
                candidateCount=0,
                errorCode="NO_CANDIDATES",
                errorMessage="No visitor matched the audience's filters",
                completedAt=iso_ms(run.created + LEADPIPE_DONE),
            )
        elif age >= LEADPIPE_DONE:
            data.update(
                status="completed",
                candidateCount=100_000 + seed % 50_000,
                resultCount=20 + seed % 200,
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


@operation("create_intent_audience_run")
def create_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """Queue a manual run (201); a repeated ``Idempotency-Key`` returns the first run (200)."""
    runs = _runs(account, audience_id)
    key = req.params.get("Idempotency-Key")
    if key is not None and (audience_id, key) in account.idempotency:
        return _ok(fake, 200, intent_run_json(fake, account.idempotency[(audience_id, key)]))
    run = IntentRunRow(
        id=str(uuid.uuid4()),
        audience_id=audience_id,
        organization_id=account.organization_id,
        created=fake.now(),
        idempotency_key=key,
        fails=audience_id in account.failing_intent_audiences,
    )
    runs.append(run)
    if key is not None:
        account.idempotency[(audience_id, key)] = run
    fake.record("create_intent_audience_run", run.id, account, key)
    return _ok(fake, 201, intent_run_json(fake, run))


@operation("list_intent_audience_runs")
def list_intent_audience_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """The newest ``limit`` runs of an intent audience."""
    runs = _runs(account, audience_id)
    newest = sorted(runs, key=lambda r: r.created, reverse=True)[: req.params["limit"]]
    return _ok(fake, 200, [intent_run_json(fake, r) for r in newest])


@operation("cancel_intent_audience_run")
def cancel_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """Cancel a queued run (409 once it has started)."""
    run = find(_runs(account, audience_id), run_id, lab_error(404, "NOT_FOUND", "Run not found"))
    if intent_run_json(fake, run)["status"] != "queued":
        raise Reject(lab_error(409, "RUN_NOT_CANCELLABLE", "Only queued runs can be cancelled"))
    run.cancelled_at = fake.now()
    return _ok(fake, 200, intent_run_json(fake, run))


def result_rows(run: IntentRunRow, count: int) -> list[dict[str, Any]]:
    """The run's ``count`` result rows, highest intent first (drawn from the run's id)."""
    rows = []
    for i in range(count):
        rng = words.rng("result", run.id, i)
        first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
        company, domain = rng.choice(words.COMPANIES)
        rows.append(
            {
                "email": f"{first}.{last}{i}@{domain}".lower(),
                "firstName": first,
                "lastName": last,
                "jobTitle": rng.choice(words.JOB_TITLES),
                "companyName": company,
                "companyDomain": domain,
                "country": rng.choice(words.PLACES)[0],
                "intentScore": rng.randrange(40, 100),
                "intentTopics": sorted(set(rng.sample(words.INTENT_TOPICS, 2))),
                "lastSeenAt": iso_ms(run.created - rng.randrange(0, 86400)),
            }
        )
    return sorted(rows, key=lambda r: (-r["intentScore"], r["email"]))


@operation("list_intent_audience_run_results")
def list_intent_audience_run_results(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """A page of a completed run's results; 202 while it runs, 409 once failed or cancelled."""
    run = find(_runs(account, audience_id), run_id, lab_error(404, "NOT_FOUND", "Run not found"))
    limit, offset = req.params.get("limit", 25), req.params.get("offset", 0)
    shown = intent_run_json(fake, run)
    state = shown["status"]
    if state in ("failed", "cancelled"):
        raise Reject(
            lab_error(409, "RUN_RESULTS_UNAVAILABLE", f"This run is {state} and has no results")
        )
    page: dict[str, Any] = {"run": shown, "state": state, "limit": limit, "offset": offset}
    if state != "completed":
        return _ok(fake, 202, {**page, "results": [], "total": 0})
    rows = result_rows(run, shown["resultCount"])
    return _ok(fake, 200, {**page, "results": rows[offset : offset + limit], "total": len(rows)})
