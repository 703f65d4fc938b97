"""Leadpipe intent-audience runs and what a completed one gives: its result rows, stats
and CSV (tag ``leadpipe-intent-audience-runs``; stored exports: ``_leadpipe_exports.py``).

A run is ``queued`` for 5 s, ``running`` until 20 s, then ``completed`` with its rows
(``_leadpipe_people.py``), or ``failed`` on an audience whose runs fail (such as
``FAILING_INTENT_AUDIENCE``). Manual runs are queued on any saved audience, whatever its
status: the documents refuse none, and say only that daily runs are for active audiences.
So an active audience is also given a ``daily`` run at each UTC midnight it stays active
(from when the fake started, for the seeded ones).

While a run is queued or running, its results, stats and CSV answer 202 with the run; once
failed or cancelled, 409. Results come by ``limit``/``offset``; the CSV holds the same rows
in the same order (at most 300,000), with the ``X-Export-Row-Cap`` and
``X-ClickHouse-Query-Id`` headers; the stats are counted over the same rows.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from audiences.testing import _leadpipe_people as people
from audiences.testing._checks import Reject, find, iso_ms, lab_error
from audiences.testing._leadpipe_catalog import config_hash
from audiences.testing._routes import operation
from audiences.testing._rows import Account, IntentAudienceRow, IntentRunRow
from audiences.testing._wire import FakeRequest, FakeResponse
from audiences.testing._words import digest

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

LEADPIPE_QUEUED, LEADPIPE_DONE = 5.0, 20.0
DAY = 86_400.0


def intent_run_json(fake: FakeAPIs, run: IntentRunRow) -> dict[str, Any]:
    """A Leadpipe run as the API shows it now (camelCase, ISO with milliseconds)."""
    age = fake.now() - run.created
    seed = int(digest(run.id, size=8), 16)
    data: dict[str, Any] = {
        "id": run.id,
        "audienceId": run.audience_id,
        "organizationId": run.organization_id,
        "runType": run.run_type,
        "configHash": config_hash(run.config),
        "dataDate": dt.datetime.fromtimestamp(run.created - DAY, dt.UTC).date().isoformat(),
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
                resultCount=people.row_count(run),
                completedAt=iso_ms(run.created + LEADPIPE_DONE),
            )
    return data


def ok(fake: FakeAPIs, status: int, data: Any, **meta: Any) -> FakeResponse:
    """Leadpipe's envelope: ``data`` and a ``meta`` with a timestamp and a request id."""
    stamp = {"timestamp": iso_ms(fake.now()), "request_id": f"req_{uuid.uuid4().hex[:12]}"}
    return FakeResponse.json(status, {"data": data, "meta": {**meta, **stamp}})


def not_found(what: str) -> Reject:
    """Leadpipe's 404 (its body inferred)."""
    return Reject(lab_error(404, "NOT_FOUND", f"{what} not found"))


def catch_up(fake: FakeAPIs, account: Account, audience: IntentAudienceRow) -> None:
    """Queue the daily runs an active audience is owed: one at each UTC midnight since
    ``daily_from`` (call it before the audience's status changes, and before reading)."""
    now = fake.now()
    if audience.status == "active":
        midnight = (audience.daily_from // DAY + 1) * DAY
        while midnight <= now:
            audience.runs.append(
                new_run(account, audience, midnight, run_type="daily", key=None, seed=midnight)
            )
            midnight += DAY
    audience.daily_from = now


def audience_of(fake: FakeAPIs, account: Account, audience_id: str) -> IntentAudienceRow:
    """The saved audience ``audience_id`` (a 404 if there is none), its daily runs queued."""
    audience = account.intent_audiences.get(audience_id)
    if audience is None:
        raise not_found("Audience")
    catch_up(fake, account, audience)
    return audience


def new_run(
    account: Account,
    audience: IntentAudienceRow,
    created: float,
    *,
    run_type: str,
    key: str | None,
    seed: object = None,
) -> IntentRunRow:
    """A run of ``audience`` made at ``created`` with its config as it is now (a ``seed``
    makes its id the same in every fake, as daily runs' are)."""
    run_id = uuid.uuid4() if seed is None else uuid.UUID(digest(audience.id, seed, size=32))
    return IntentRunRow(
        id=str(run_id),
        audience_id=audience.id,
        organization_id=account.organization_id,
        created=created,
        idempotency_key=key,
        fails=audience.fails,
        run_type=run_type,
        config=copy.deepcopy(audience.config),
        result_count=audience.result_count,
    )


def run_of(fake: FakeAPIs, account: Account, audience_id: str, run_id: str) -> IntentRunRow:
    """The run ``run_id`` of the audience (a 404 if either is unknown)."""
    audience = audience_of(fake, account, audience_id)
    return find(audience.runs, run_id, lab_error(404, "NOT_FOUND", "Run not found"))


def completed(
    fake: FakeAPIs, account: Account, audience_id: str, run_id: str
) -> tuple[IntentRunRow, dict[str, Any]]:
    """A run that can serve what it gave, and how it shows (a 409 if it failed or was
    cancelled; the caller answers one that has not completed)."""
    run = run_of(fake, account, audience_id, run_id)
    shown = intent_run_json(fake, run)
    if shown["status"] in ("failed", "cancelled"):
        raise Reject(
            lab_error(
                409, "RUN_RESULTS_UNAVAILABLE", f"This run is {shown['status']} and has no results"
            )
        )
    return run, shown


def _pending(fake: FakeAPIs, shown: dict[str, Any]) -> FakeResponse:
    """The 202 of stats and the CSV while the run is queued or running."""
    return ok(fake, 202, {"run": shown, "state": shown["status"]})


@operation("create_intent_audience_run")
def create_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """Queue a manual run on a saved audience, whatever its status (201); a repeated
    ``Idempotency-Key`` returns the first run (200)."""
    audience = audience_of(fake, account, audience_id)
    key = req.params.get("Idempotency-Key")
    if key is not None and (audience_id, key) in account.idempotency:
        return ok(fake, 200, intent_run_json(fake, account.idempotency[(audience_id, key)]))
    run = new_run(account, audience, fake.now(), run_type="manual", key=key)
    audience.runs.append(run)
    if key is not None:
        account.idempotency[(audience_id, key)] = run
    fake.record("create_intent_audience_run", run.id, account, key)
    return ok(fake, 201, intent_run_json(fake, run))


@operation("list_intent_audience_runs")
def list_intent_audience_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """The newest ``limit`` runs of an intent audience."""
    runs = audience_of(fake, account, audience_id).runs
    newest = sorted(runs, key=lambda r: r.created, reverse=True)[: req.params["limit"]]
    return ok(fake, 200, [intent_run_json(fake, r) for r in newest])


@operation("cancel_intent_audience_run")
def cancel_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """Cancel a queued run (409 once it has started)."""
    run = run_of(fake, account, audience_id, run_id)
    if intent_run_json(fake, run)["status"] != "queued":
        raise Reject(lab_error(409, "RUN_NOT_CANCELLABLE", "Only queued runs can be cancelled"))
    run.cancelled_at = fake.now()
    return ok(fake, 200, intent_run_json(fake, run))


@operation("list_intent_audience_run_results")
def list_intent_audience_run_results(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """A page of a completed run's results; 202 while it runs, 409 once failed or cancelled."""
    run, shown = completed(fake, account, audience_id, run_id)
    limit, offset = req.params["limit"], req.params.get("offset", 0)
    state = shown["status"]
    page: dict[str, Any] = {"run": shown, "state": state, "limit": limit, "offset": offset}
    if state != "completed":
        return ok(fake, 202, {**page, "results": [], "total": 0})
    rows = list(people.rows(run, offset, offset + limit))
    return ok(fake, 200, {**page, "results": rows, "total": people.row_count(run)})


@operation("get_intent_audience_run_stats")
def get_intent_audience_run_stats(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """A completed run's fill rates and score histogram, counted over its own rows."""
    run, shown = completed(fake, account, audience_id, run_id)
    if shown["status"] != "completed":
        return _pending(fake, shown)
    return ok(fake, 200, {"run": shown, "stats": people.stats(run)})


@operation("export_intent_audience_run_csv")
def export_intent_audience_run_csv(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """A completed run's rows as one CSV file (the results' rows, in their order, capped)."""
    run, shown = completed(fake, account, audience_id, run_id)
    if shown["status"] != "completed":
        return _pending(fake, shown)
    headers = {
        "content-type": "text/csv; charset=utf-8",
        "x-export-row-cap": str(people.EXPORT_ROW_CAP),
        "x-clickhouse-query-id": str(uuid.uuid4()),
    }
    return FakeResponse(200, people.csv_bytes(run), headers)
