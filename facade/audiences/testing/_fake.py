"""A stateful, in-memory fake of the 23 operations of Buzzabout, AudienceLab and Leadpipe.

Faithful to openapi.yaml: the vendors' id prefixes, envelopes, status codes, error shapes,
timestamp shapes, soft delete, cursor pagination and per-key accounts. Runs advance on the
fake's clock (``ManualClock`` in tests, ``ScaledClock`` for the demo).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import json
import re
import threading
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import attrs

from audiences.testing._clock import ManualClock
from audiences.testing._wire import DroppedConnection, FakeRequest, FakeResponse, Fault, TimedOut

BUZZABOUT_KEY = "bz_test_fake"
AUDIENCELAB_KEY = "al_test_fake"
LEADPIPE_KEY = "sk_test_fake"
SOURCE_DATASET = "ds_fake_coldbrew"  # 200 posts, one completed run
EMPTY_DATASET = "ds_fake_no_runs"  # no completed run yet
FAILING_DATASET = "ds_fake_failing"  # audience runs on it fail at collect_profiles
INTENT_AUDIENCE = "8c049a20-3385-42da-b710-0d038eff5812"

AUDIENCE_STEPS = (("fetch_posts", 10.0), ("collect_profiles", 25.0), ("analyze_profiles", 40.0))
PATTERN_SECONDS = 30.0
CUSTOM_RUN_SECONDS = 30.0
LEADPIPE_QUEUED, LEADPIPE_DONE = 5.0, 20.0
PENDING_SECONDS = 2.0
MAX_CUSTOM_PARAMETERS = 50

Handler = Callable[["FakeAPIs", "Account", FakeRequest, list[str]], FakeResponse]


class Reject(Exception):
    """Answer with this response instead of going on."""

    def __init__(self, response: FakeResponse) -> None:
        super().__init__(response.status)
        self.response = response


@attrs.define
class Dataset:
    """A Buzzabout source dataset (not one of the 23 operations; seeded or added by tests)."""

    id: str
    posts: int
    completed: bool
    fail_runs: bool = False


@attrs.define
class AudienceDatasetRow:
    id: str
    name: str | None
    created: float
    updated: float
    seq: int
    deleted: bool = False
    runs: list[AudienceRunRow] = attrs.field(factory=list)


@attrs.define
class AudienceRunRow:
    id: str
    audience_dataset_id: str
    source_dataset_id: str
    target: int
    created: float
    seq: int
    fails: bool


@attrs.define
class PatternRow:
    id: str
    dataset_id: str
    name: str
    research_question: str
    created: float
    pattern_id: str


@attrs.define
class ParameterRow:
    id: str
    name: str
    instructions: str
    value_type: str
    created: float
    updated: float
    runs: list[ParameterRunRow] = attrs.field(factory=list)


@attrs.define
class ParameterRunRow:
    id: str
    parameter_id: str
    dataset_id: str
    total: int
    created: float


@attrs.define
class IntentRunRow:
    id: str
    audience_id: str
    organization_id: str
    created: float
    idempotency_key: str | None
    cancelled_at: float | None = None


@attrs.define
class Account:
    """Everything one API key owns."""

    key: str
    vendor: str
    credits: float
    organization_id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    datasets: dict[str, Dataset] = attrs.field(factory=dict)
    audience_datasets: dict[str, AudienceDatasetRow] = attrs.field(factory=dict)
    patterns: dict[str, PatternRow] = attrs.field(factory=dict)
    parameters: dict[str, ParameterRow] = attrs.field(factory=dict)
    intent_audiences: dict[str, list[IntentRunRow]] = attrs.field(factory=dict)
    idempotency: dict[tuple[str, str], IntentRunRow] = attrs.field(factory=dict)
    audiences: list[str] = attrs.field(factory=list)


@attrs.frozen
class LedgerEntry:
    """One resource the fake created: which operation, which id, for which key."""

    operation: str
    resource_id: str
    key: str
    tag: str | None = None


# ------------------------------------------------------------------ wire helpers


def _iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso_ms(epoch: float) -> str:
    stamp = dt.datetime.fromtimestamp(epoch, dt.UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def _bz_status_word(status: int) -> str:
    return {2: "success", 4: "client_error", 5: "server_error"}.get(status // 100, "info")


def bz_error(status: int, code: str, detail: str, *, transient: bool = False) -> FakeResponse:
    """Buzzabout's error envelope."""
    return FakeResponse.json(
        status,
        {
            "status": _bz_status_word(status),
            "error_code": code,
            "detail": detail,
            "transient": transient,
        },
    )


def bz_validation(loc: list[str | int], msg: str, kind: str) -> Reject:
    """FastAPI's 422 body, for one field."""
    return Reject(FakeResponse.json(422, {"detail": [{"loc": loc, "msg": msg, "type": kind}]}))


def bz_ok(status: int, data: Any, **extra: Any) -> FakeResponse:
    """Buzzabout's success envelope."""
    return FakeResponse.json(status, {"status": "success", "data": data, **extra})


def lab_error(status: int, code: str, message: str) -> FakeResponse:
    """AudienceLab's (and, as the spec assumes, Leadpipe's) error body."""
    return FakeResponse.json(status, {"error": {"code": code, "message": message}})


def _new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:24]


# ------------------------------------------------------------------ body checks


def _body(req: FakeRequest, vendor: str) -> dict[str, Any]:
    try:
        body = req.json()
    except ValueError:
        raise _invalid(vendor, ["body"], "JSON decode error", "json_invalid") from None
    if not isinstance(body, dict):
        raise _invalid(vendor, ["body"], "Input should be a valid dictionary", "dict_type")
    return body


def _invalid(vendor: str, loc: list[str | int], msg: str, kind: str) -> Reject:
    if vendor == "buzzabout":
        return bz_validation(loc, msg, kind)
    return Reject(lab_error(400, "VALIDATION_ERROR", f"{'.'.join(map(str, loc[1:]))}: {msg}"))


def _field_str(
    body: dict[str, Any],
    field: str,
    vendor: str,
    *,
    required: bool = True,
    min_len: int = 1,
    max_len: int | None = None,
) -> str | None:
    if field not in body:
        if required:
            raise _invalid(vendor, ["body", field], "Field required", "missing")
        return None
    value = body[field]
    if not isinstance(value, str):
        raise _invalid(vendor, ["body", field], "Input should be a valid string", "string_type")
    if len(value) < min_len:
        raise _invalid(
            vendor,
            ["body", field],
            f"String should have at least {min_len} character",
            "string_too_short",
        )
    if max_len is not None and len(value) > max_len:
        raise _invalid(
            vendor,
            ["body", field],
            f"String should have at most {max_len} characters",
            "string_too_long",
        )
    return value


def _field_int(
    body: dict[str, Any], field: str, vendor: str, *, lo: int, hi: int | None, default: int | None
) -> int | None:
    if field not in body:
        return default
    value = body[field]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # JSON Schema's integer includes 417.0
    if isinstance(value, bool) or not isinstance(value, int):
        raise _invalid(vendor, ["body", field], "Input should be a valid integer", "int_type")
    if value < lo:
        raise _invalid(
            vendor,
            ["body", field],
            f"Input should be greater than or equal to {lo}",
            "greater_than_equal",
        )
    if hi is not None and value > hi:
        raise _invalid(
            vendor,
            ["body", field],
            f"Input should be less than or equal to {hi}",
            "less_than_equal",
        )
    return value


# ------------------------------------------------------------------ the fake


class FakeAPIs:
    """The three vendors' APIs, in memory.

    ``transport()`` serves them in process (an httpx transport, sync and async);
    ``serve()`` serves them over HTTP on loopback. Test keys: ``BUZZABOUT_KEY``,
    ``AUDIENCELAB_KEY``, ``LEADPIPE_KEY`` (``add_account`` makes more).
    """

    def __init__(self, clock: Any = None, *, credits: float = 1_000_000.0) -> None:
        self.clock = clock if clock is not None else ManualClock()
        self._lock = threading.RLock()
        self._seq = itertools.count(1)
        self._request_ids = itertools.count(1)
        self.accounts: dict[str, Account] = {}
        self.ledger: list[LedgerEntry] = []
        self.requests: list[tuple[str, str]] = []
        self._faults: dict[str, list[Fault]] = {}
        # Called with (operationId, request, response) for every answer the fake's own
        # logic gives, before any injected fault changes it (tests check them on the spec).
        self.observers: list[Callable[[str, FakeRequest, FakeResponse], None]] = []
        self.add_account(BUZZABOUT_KEY, "buzzabout", credits=credits)
        self.add_account(AUDIENCELAB_KEY, "audiencelab", credits=credits)
        self.add_account(LEADPIPE_KEY, "leadpipe", credits=credits)

    # -------------------------------------------------------------- set-up

    def add_account(self, key: str, vendor: str, *, credits: float = 1_000_000.0) -> Account:
        """A new account for ``key`` (seeded with the standard datasets / audience)."""
        account = Account(key=key, vendor=vendor, credits=credits)
        if vendor == "buzzabout":
            for dataset in (
                Dataset(SOURCE_DATASET, posts=200, completed=True),
                Dataset(EMPTY_DATASET, posts=0, completed=False),
                Dataset(FAILING_DATASET, posts=50, completed=True, fail_runs=True),
            ):
                account.datasets[dataset.id] = dataset
        if vendor == "leadpipe":
            account.intent_audiences[INTENT_AUDIENCE] = []
        with self._lock:
            self.accounts[key] = account
        return account

    def add_dataset(
        self, key: str, dataset_id: str, *, posts: int = 100, completed: bool = True
    ) -> None:
        """A Buzzabout source dataset for ``key``'s account."""
        self.accounts[key].datasets[dataset_id] = Dataset(
            dataset_id, posts=posts, completed=completed
        )

    def add_intent_audience(self, key: str, audience_id: str) -> None:
        """A Leadpipe intent audience for ``key``'s account."""
        self.accounts[key].intent_audiences.setdefault(audience_id, [])

    def inject(self, operation: str, fault: Fault, *, times: int = 1) -> None:
        """Make the next ``times`` calls of ``operation`` (an operationId) meet ``fault``."""
        if operation not in _OPERATIONS:
            raise ValueError(f"unknown operation {operation!r}")
        with self._lock:
            self._faults.setdefault(operation, []).extend([fault] * times)

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        with self._lock:
            self._faults.clear()

    # -------------------------------------------------------------- serving

    def transport(self) -> Any:
        """An httpx transport serving the fake in process (works for sync and async clients)."""
        from audiences.testing._transport import FakeTransport  # noqa: PLC0415

        return FakeTransport(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Any:
        """Start an HTTP server on loopback in a background thread (a context manager)."""
        from audiences.testing._server import FakeServer  # noqa: PLC0415

        return FakeServer(self, host, port).start()

    def now(self) -> float:
        """The fake's epoch seconds."""
        return float(self.clock.time())

    def handle(self, req: FakeRequest) -> FakeResponse:
        """Answer one request (raises ``DroppedConnection`` or ``TimedOut`` for those faults)."""
        route = _route(req.method, req.path)
        if route is None:
            return FakeResponse.json(404, {"detail": "Not Found"})
        if isinstance(route, FakeResponse):
            return route
        operation, vendor, handler, args = route
        with self._lock:
            self.requests.append((operation, req.method))
            queue = self._faults.get(operation)
            fault = queue.pop(0) if queue else None
        if fault is not None and fault.kind == "slow":
            self.clock.sleep(fault.seconds)
            fault = None
        if fault is not None and not fault.after:
            return self._fault(fault, vendor)
        with self._lock:
            response = self._dispatch(req, vendor, handler, args)
        response.headers.setdefault("x-request-id", f"req_{next(self._request_ids)}")
        for observe in self.observers:
            observe(operation, req, response)
        if fault is not None and fault.kind == "mutate" and fault.mutate is not None:
            if response.body:
                response.body = json.dumps(fault.mutate(json.loads(response.body))).encode()
            return response
        if fault is not None:
            return self._fault(fault, vendor, response.status)
        return response

    def _fault(self, fault: Fault, vendor: str, processed: int = 0) -> FakeResponse:
        if fault.kind == "drop":
            raise DroppedConnection(after=fault.after)
        if fault.kind == "timeout":
            raise TimedOut(after=fault.after)
        if fault.kind == "raw":
            return FakeResponse(
                fault.status or processed, fault.body or b"", {"content-type": fault.content_type}
            )
        status = fault.status
        if vendor == "buzzabout":
            transient = status == 429 or status >= 500
            code = {429: "too_many_requests", 408: "request_timeout"}.get(
                status, "internal_server_error"
            )
            response = bz_error(status, code, "Injected fault", transient=transient)
        else:
            response = lab_error(
                status, "TOO_MANY_REQUESTS" if status == 429 else "INTERNAL_ERROR", "Injected fault"
            )
        if fault.retry_after is not None:
            response.headers["retry-after"] = fault.retry_after
        return response

    def _dispatch(
        self, req: FakeRequest, vendor: str, handler: Handler, args: list[str]
    ) -> FakeResponse:
        header = "x-api-key"
        key = req.headers.get(header, "")
        account = self.accounts.get(key)
        if account is None or account.vendor != vendor:
            if vendor == "buzzabout":
                return bz_error(401, "unauthorized", "Missing or invalid API key")
            return lab_error(401, "UNAUTHORIZED", "Invalid API key")
        try:
            return handler(self, account, req, args)
        except Reject as reject:
            return reject.response

    def record(
        self, operation: str, resource_id: str, account: Account, tag: str | None = None
    ) -> None:
        """Note a created resource in the ledger (``tag``: its name or idempotency key)."""
        self.ledger.append(LedgerEntry(operation, resource_id, account.key, tag))

    def next_seq(self) -> int:
        """A strictly increasing number (stable ordering of equal timestamps)."""
        return next(self._seq)


# ------------------------------------------------------------------ run state on the clock


def audience_run_json(fake: FakeAPIs, run: AudienceRunRow) -> dict[str, Any]:
    """An audience dataset run as the API shows it now."""
    age = fake.now() - run.created
    steps: list[dict[str, Any]] = []
    kind = "pending" if age < PENDING_SECONDS else "working"
    for name, at in AUDIENCE_STEPS:
        if age < at:
            break
        if run.fails and name == "collect_profiles":
            steps.append(
                {
                    "name": name,
                    "completed_at": int(run.created + at),
                    "error_message": "Source platform refused profile collection",
                }
            )
            kind = "failed"
            break
        steps.append({"name": name, "completed_at": int(run.created + at)})
    else:
        kind = "completed"
    body: dict[str, Any] = {
        "id": run.id,
        "audience_dataset_id": run.audience_dataset_id,
        "source_dataset_id": run.source_dataset_id,
        "status": {"type": kind, "steps": steps},
        "target_profile_count": run.target,
        "created_at": _iso(run.created),
        "updated_at": _iso(run.created + min(age, AUDIENCE_STEPS[-1][1])),
    }
    if kind == "completed":
        body["profile_count"] = run.target
    return body


def _run_terminal(fake: FakeAPIs, run: AudienceRunRow) -> bool:
    return audience_run_json(fake, run)["status"]["type"] in ("completed", "failed")


def pattern_json(fake: FakeAPIs, row: PatternRow) -> dict[str, Any]:
    """A pattern detection as the API shows it now."""
    age = fake.now() - row.created
    kind = (
        "pending"
        if age < PENDING_SECONDS
        else ("working" if age < PATTERN_SECONDS else "completed")
    )
    body: dict[str, Any] = {
        "run_id": row.id,
        "dataset_id": row.dataset_id,
        "name": row.name,
        "research_question": row.research_question,
        "status": {"type": kind, "steps": []},
        "created_at": int(row.created),
    }
    if kind == "completed":
        body["pattern_id"] = row.pattern_id
    return body


def parameter_run_json(fake: FakeAPIs, run: ParameterRunRow) -> dict[str, Any]:
    """A custom-parameter run with its counters as they stand now."""
    age = fake.now() - run.created
    share = 0.0 if age < PENDING_SECONDS else min(1.0, (age - PENDING_SECONDS) / CUSTOM_RUN_SECONDS)
    processed = int(run.total * share)
    errors = processed // 50
    kind = (
        "pending"
        if age < PENDING_SECONDS
        else ("completed" if processed >= run.total else "processing")
    )
    return {
        "id": run.id,
        "custom_parameter_id": run.parameter_id,
        "scope": {"kind": "dataset", "id": run.dataset_id},
        "status": {"type": kind},
        "mentions_total": run.total,
        "mentions_done": processed - errors,
        "mentions_error": errors,
        "created_at": int(run.created),
        "updated_at": int(run.created + min(age, PENDING_SECONDS + CUSTOM_RUN_SECONDS)),
    }


def intent_run_json(fake: FakeAPIs, run: IntentRunRow) -> dict[str, Any]:
    """A Leadpipe run as the API shows it now (camelCase, ISO with milliseconds)."""
    age = fake.now() - run.created
    digest = int(hashlib.sha256(run.id.encode()).hexdigest()[:8], 16)
    body: dict[str, Any] = {
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
        "createdAt": _iso_ms(run.created),
        "updatedAt": _iso_ms(run.created + min(age, LEADPIPE_DONE)),
    }
    if run.cancelled_at is not None:
        body.update(
            status="cancelled",
            cancelledAt=_iso_ms(run.cancelled_at),
            updatedAt=_iso_ms(run.cancelled_at),
        )
    elif age < LEADPIPE_QUEUED:
        body["status"] = "queued"
    else:
        body.update(status="running", attempts=1, startedAt=_iso_ms(run.created + LEADPIPE_QUEUED))
        if age >= LEADPIPE_DONE:
            body.update(
                status="completed",
                candidateCount=100_000 + digest % 50_000,
                resultCount=20 + digest % 200,
                completedAt=_iso_ms(run.created + LEADPIPE_DONE),
            )
    return body


# ------------------------------------------------------------------ pagination


def _page(
    req: FakeRequest, rows: list[Any], to_json: Callable[[Any], dict[str, Any]]
) -> FakeResponse:
    query = req.query
    try:
        limit = int(query.get("limit", "10"))
    except ValueError:
        raise bz_validation(
            ["query", "limit"], "Input should be a valid integer", "int_parsing"
        ) from None
    if not 1 <= limit <= 100:
        raise bz_validation(["query", "limit"], "Input should be between 1 and 100", "limit_range")
    order = query.get("order", "desc")
    if order not in ("asc", "desc"):
        raise bz_validation(["query", "order"], "Input should be 'asc' or 'desc'", "enum")
    ordered = sorted(rows, key=lambda r: (r.created, r.seq), reverse=order == "desc")
    offset = 0
    if "cursor" in query:
        try:
            state = json.loads(
                base64.urlsafe_b64decode(query["cursor"] + "=" * (-len(query["cursor"]) % 4))
            )
            offset, cursor_order = int(state["o"]), state["s"]
        except (ValueError, KeyError, TypeError):
            raise Reject(bz_error(422, "invalid_cursor", "Invalid cursor")) from None
        if cursor_order != order or not 0 <= offset <= len(ordered):
            raise Reject(bz_error(422, "invalid_cursor", "Invalid cursor"))
    chunk = ordered[offset : offset + limit]
    has_next = offset + limit < len(ordered)
    cursor = None
    if has_next:
        raw = json.dumps({"o": offset + limit, "s": order}).encode()
        cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return bz_ok(200, [to_json(r) for r in chunk], has_next=has_next, cursor=cursor)


# ------------------------------------------------------------------ Buzzabout handlers


def _live_ad(account: Account, ad_id: str) -> AudienceDatasetRow:
    row = account.audience_datasets.get(ad_id)
    if row is None or row.deleted:
        raise Reject(bz_error(404, "audience_dataset_not_found", "Audience dataset not found"))
    return row


def _ad_json(row: AudienceDatasetRow, fake: FakeAPIs) -> dict[str, Any]:
    done = [r for r in row.runs if audience_run_json(fake, r)["status"]["type"] == "completed"]
    return {
        "id": row.id,
        "name": row.name,
        "profile_count": done[-1].target if done else 0,
        "created_at": _iso(row.created),
        "updated_at": _iso(row.updated),
    }


def create_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, _: list[str]
) -> FakeResponse:
    body = _body(req, "buzzabout")
    name = _field_str(body, "name", "buzzabout", max_len=255)
    now = fake.now()
    row = AudienceDatasetRow(
        id=_new_id("ad_"), name=name, created=now, updated=now, seq=fake.next_seq()
    )
    account.audience_datasets[row.id] = row
    fake.record("create_audience_dataset", row.id, account, name)
    return bz_ok(201, {"id": row.id, "name": row.name, "created_at": _iso(now)})


def list_audience_datasets(
    fake: FakeAPIs, account: Account, req: FakeRequest, _: list[str]
) -> FakeResponse:
    rows = [r for r in account.audience_datasets.values() if not r.deleted]
    return _page(req, rows, lambda r: _ad_json(r, fake))


def get_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    return bz_ok(200, _ad_json(_live_ad(account, args[0]), fake))


def update_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _live_ad(account, args[0])
    body = _body(req, "buzzabout")
    name = _field_str(body, "name", "buzzabout", required=False, min_len=0, max_len=255)
    if "name" in body:
        row.name = name or None
        row.updated = fake.now()
    return bz_ok(200, _ad_json(row, fake))


def delete_audience_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    _live_ad(account, args[0]).deleted = True
    return FakeResponse(204)


def create_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _live_ad(account, args[0])
    body = _body(req, "buzzabout")
    source_id = _field_str(body, "source_dataset_id", "buzzabout")
    target = _field_int(body, "total_profile_count", "buzzabout", lo=1, hi=2000, default=850)
    assert source_id is not None
    assert target is not None
    source = account.datasets.get(source_id)
    if source is None:
        raise Reject(bz_error(404, "dataset_not_found", "Dataset not found"))
    if not source.completed:
        raise Reject(
            bz_error(
                400, "source_dataset_has_no_completed_run", "Source dataset has no completed run"
            )
        )
    if any(not _run_terminal(fake, r) for r in row.runs):
        raise Reject(
            bz_error(
                409,
                "audience_dataset_run_already_in_flight",
                "Another run for this audience dataset is already pending or working. "
                "Wait for it to finish before starting a new one.",
            )
        )
    cost = 3.0 * target
    if account.credits < cost:
        raise Reject(
            bz_error(
                402,
                "insufficient_credits_audience_dataset_run",
                "Insufficient credits to start this audience dataset run",
            )
        )
    account.credits -= cost
    run = AudienceRunRow(
        id=_new_id("adr_"),
        audience_dataset_id=row.id,
        source_dataset_id=source_id,
        target=target,
        created=fake.now(),
        seq=fake.next_seq(),
        fails=source.fail_runs,
    )
    row.runs.append(run)
    fake.record("create_audience_dataset_run", run.id, account, row.id)
    data = audience_run_json(fake, run)
    return bz_ok(
        202,
        {
            k: data[k]
            for k in ("id", "audience_dataset_id", "source_dataset_id", "status", "created_at")
        },
    )


def list_audience_dataset_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _live_ad(account, args[0])
    return _page(req, row.runs, lambda r: audience_run_json(fake, r))


def get_audience_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _live_ad(account, args[0])
    for run in row.runs:
        if run.id == args[1]:
            return bz_ok(200, audience_run_json(fake, run))
    raise Reject(bz_error(404, "audience_dataset_run_not_found", "Audience dataset run not found"))


def create_pattern_detection(
    fake: FakeAPIs, account: Account, req: FakeRequest, _: list[str]
) -> FakeResponse:
    body = _body(req, "buzzabout")
    dataset_id = _field_str(body, "dataset_id", "buzzabout")
    name = _field_str(body, "name", "buzzabout")
    question = _field_str(body, "research_question", "buzzabout")
    assert dataset_id is not None
    assert name is not None
    assert question is not None
    dataset = account.datasets.get(dataset_id)
    if dataset is None:
        raise Reject(bz_error(404, "dataset_not_found", "Dataset not found"))
    cost = 0.5 * dataset.posts
    if account.credits < cost:
        raise Reject(
            bz_error(
                402,
                "insufficient_credits_pattern_detection",
                "Insufficient credits to start this pattern detection",
            )
        )
    account.credits -= cost
    row = PatternRow(
        id=_new_id("pdr_"),
        dataset_id=dataset_id,
        name=name,
        research_question=question,
        created=fake.now(),
        pattern_id=_new_id("pt_"),
    )
    account.patterns[row.id] = row
    fake.record("create_pattern_detection", row.id, account, name)
    return bz_ok(202, pattern_json(fake, row))


def get_pattern_detection(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = account.patterns.get(args[0])
    if row is None:
        raise Reject(
            bz_error(404, "pattern_detection_run_not_found", "Pattern detection run not found")
        )
    return bz_ok(200, pattern_json(fake, row))


def _cp_json(row: ParameterRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "instructions": row.instructions,
        "value_type": row.value_type,
        "created_at": int(row.created),
        "updated_at": int(row.updated),
    }


def _parameter(account: Account, parameter_id: str) -> ParameterRow:
    row = account.parameters.get(parameter_id)
    if row is None:
        raise Reject(bz_error(404, "custom_parameter_not_found", "Custom parameter not found"))
    return row


def _cp_name(
    account: Account, body: dict[str, Any], *, required: bool, exclude: str | None = None
) -> str | None:
    if "name" in body and isinstance(body["name"], str) and not body["name"].strip():
        raise Reject(
            bz_error(
                422, "custom_parameter_empty_name", "The custom parameter name must not be empty"
            )
        )
    name = _field_str(body, "name", "buzzabout", required=required)
    if name is not None and any(
        p.name == name and p.id != exclude for p in account.parameters.values()
    ):
        raise Reject(
            bz_error(
                409,
                "custom_parameter_duplicate_name",
                "A custom parameter with this name already exists",
            )
        )
    return name


def create_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, _: list[str]
) -> FakeResponse:
    body = _body(req, "buzzabout")
    name = _cp_name(account, body, required=True)
    instructions = _field_str(body, "instructions", "buzzabout")
    value_type = _field_str(body, "value_type", "buzzabout")
    assert name is not None
    assert instructions is not None
    assert value_type is not None
    if len(account.parameters) >= MAX_CUSTOM_PARAMETERS:
        raise Reject(
            bz_error(400, "custom_parameter_limit_exceeded", "Custom parameter limit exceeded")
        )
    now = fake.now()
    row = ParameterRow(
        id=_new_id("cp_"),
        name=name,
        instructions=instructions,
        value_type=value_type,
        created=now,
        updated=now,
    )
    account.parameters[row.id] = row
    fake.record("create_custom_parameter", row.id, account, name)
    return bz_ok(201, _cp_json(row))


def list_custom_parameters(
    fake: FakeAPIs, account: Account, req: FakeRequest, _: list[str]
) -> FakeResponse:
    rows = sorted(account.parameters.values(), key=lambda r: r.created)
    return bz_ok(200, [_cp_json(r) for r in rows])


_PREVIEW_VALUES = ("positive", "negative", "neutral", "mixed")


def preview_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, _: list[str]
) -> FakeResponse:
    body = _body(req, "buzzabout")
    _field_str(body, "instructions", "buzzabout")
    _field_str(body, "value_type", "buzzabout")
    refs = body.get("post_refs")
    if not isinstance(refs, list):
        raise bz_validation(["body", "post_refs"], "Input should be a valid list", "list_type")
    if not 1 <= len(refs) <= 5:
        raise bz_validation(
            ["body", "post_refs"],
            "List should have 1 to 5 items",
            "too_long" if refs else "too_short",
        )
    results = []
    for index, ref in enumerate(refs):
        if not isinstance(ref, dict):
            raise bz_validation(
                ["body", "post_refs", index], "Input should be {id, source}", "model_type"
            )
        for field in ("id", "source"):
            if not isinstance(ref.get(field), str) or not ref[field]:
                raise bz_validation(
                    ["body", "post_refs", index, field],
                    "A non-empty string is required",
                    "string_too_short",
                )
        digest = int(hashlib.sha256(f"{ref['source']}:{ref['id']}".encode()).hexdigest()[:8], 16)
        results.append(
            {"post_id": ref["id"], "source": ref["source"], "value": _PREVIEW_VALUES[digest % 4]}
        )
    return bz_ok(200, {"results": results})


def get_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    return bz_ok(200, _cp_json(_parameter(account, args[0])))


def update_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _parameter(account, args[0])
    body = _body(req, "buzzabout")
    name = _cp_name(account, body, required=False, exclude=row.id)
    instructions = _field_str(body, "instructions", "buzzabout", required=False)
    value_type = _field_str(body, "value_type", "buzzabout", required=False)
    row.name = name if name is not None else row.name
    row.instructions = instructions if instructions is not None else row.instructions
    row.value_type = value_type if value_type is not None else row.value_type
    row.updated = fake.now()
    return bz_ok(200, _cp_json(row))


def delete_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    _parameter(account, args[0])
    del account.parameters[args[0]]
    return FakeResponse(204)


def create_custom_parameter_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _parameter(account, args[0])
    body = _body(req, "buzzabout")
    scope = body.get("scope")
    if not isinstance(scope, dict):
        raise bz_validation(["body", "scope"], "Field required", "missing")
    if scope.get("kind") != "dataset":
        raise bz_validation(["body", "scope", "kind"], "Input should be 'dataset'", "literal_error")
    dataset_id = _field_str(scope, "id", "buzzabout")
    dataset = account.datasets.get(dataset_id or "")
    if dataset is None:
        raise Reject(bz_error(404, "dataset_not_found", "Dataset not found"))
    if any(parameter_run_json(fake, r)["status"]["type"] != "completed" for r in row.runs):
        raise Reject(
            bz_error(
                409,
                "custom_parameter_run_in_flight",
                "A run of this custom parameter is already in flight",
            )
        )
    if dataset.posts == 0:
        raise Reject(bz_error(422, "nothing_to_analyze", "The dataset has no posts to analyze"))
    cost = 0.5 * dataset.posts
    if account.credits < cost:
        raise Reject(
            bz_error(
                402,
                "insufficient_credits_content_analysis",
                "Insufficient credits to run this custom parameter",
            )
        )
    account.credits -= cost
    run = ParameterRunRow(
        id=_new_id("cpr_"),
        parameter_id=row.id,
        dataset_id=dataset.id,
        total=dataset.posts,
        created=fake.now(),
    )
    row.runs.append(run)
    fake.record("create_custom_parameter_run", run.id, account, row.id)
    return bz_ok(202, {"run_id": run.id})


def list_custom_parameter_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _parameter(account, args[0])
    return bz_ok(200, [parameter_run_json(fake, r) for r in row.runs])


def get_custom_parameter_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    row = _parameter(account, args[0])
    for run in row.runs:
        if run.id == args[1]:
            return bz_ok(200, parameter_run_json(fake, run))
    raise Reject(bz_error(404, "custom_parameter_run_not_found", "Custom parameter run not found"))


# ------------------------------------------------------------------ AudienceLab


_LAB_ARRAYS = ("city", "state", "personalState", "zip", "gender")
_LAB_GROUPS = {
    "businessProfile": ("industry", "seniority", "companyName", "jobTitle", "excludeJobTitle"),
    "attributes": ("education", "excludeEducation"),
}


def _lab_strings(where: str, value: Any, *, min_length: int = 0) -> None:
    if not isinstance(value, list) or not all(
        isinstance(item, str) and len(item) >= min_length for item in value
    ):
        raise Reject(lab_error(400, "VALIDATION_ERROR", f"{where} must be an array of strings"))


def _lab_object(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Reject(lab_error(400, "VALIDATION_ERROR", f"{where} must be an object"))
    return value


def _lab_filters(filters: dict[str, Any]) -> None:
    """The documented filter keys, checked as the spec types them; other keys pass."""
    for key in _LAB_ARRAYS:
        if key in filters:
            _lab_strings(f"filters.{key}", filters[key])
    if "age" in filters:
        age = _lab_object("filters.age", filters["age"])
        for key in ("minAge", "maxAge"):
            value = age.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
                raise Reject(
                    lab_error(400, "VALIDATION_ERROR", f"filters.age.{key} must be an integer")
                )
    for group, keys in _LAB_GROUPS.items():
        if group in filters:
            nested = _lab_object(f"filters.{group}", filters[group])
            for key in keys:
                if key in nested:
                    _lab_strings(f"filters.{group}.{key}", nested[key])


def create_audience(
    fake: FakeAPIs, account: Account, req: FakeRequest, _: list[str]
) -> FakeResponse:
    body = _body(req, "audiencelab")
    name = _field_str(body, "name", "audiencelab")
    filters = body.get("filters")
    if not isinstance(filters, dict):
        raise Reject(
            lab_error(400, "VALIDATION_ERROR", "filters is required and must be an object")
        )
    _lab_filters(filters)
    if "segment" in body:
        _lab_strings("segment", body["segment"], min_length=1)
    _field_int(body, "days_back", "audiencelab", lo=1, hi=None, default=None)
    audience_id = str(uuid.uuid4())
    account.audiences.append(audience_id)
    fake.record("create_audience", audience_id, account, name)
    return FakeResponse.json(200, {"audienceId": audience_id})


# ------------------------------------------------------------------ Leadpipe


def _lp_meta(fake: FakeAPIs) -> dict[str, Any]:
    return {"timestamp": _iso_ms(fake.now()), "request_id": f"req_{uuid.uuid4().hex[:12]}"}


def _intent_runs(account: Account, audience_id: str) -> list[IntentRunRow]:
    runs = account.intent_audiences.get(audience_id)
    if runs is None:
        raise Reject(lab_error(404, "NOT_FOUND", "Audience not found"))
    return runs


def create_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    runs = _intent_runs(account, args[0])
    key = req.headers.get("idempotency-key")
    if key is not None and not 1 <= len(key) <= 120:
        raise Reject(lab_error(400, "VALIDATION_ERROR", "Idempotency-Key must be 1-120 characters"))
    body = _body(req, "leadpipe")
    if body.get("runType") != "manual":
        raise Reject(lab_error(400, "VALIDATION_ERROR", "runType must be manual"))
    if key is not None and (args[0], key) in account.idempotency:
        run = account.idempotency[(args[0], key)]
        return FakeResponse.json(200, {"data": intent_run_json(fake, run), "meta": _lp_meta(fake)})
    run = IntentRunRow(
        id=str(uuid.uuid4()),
        audience_id=args[0],
        organization_id=account.organization_id,
        created=fake.now(),
        idempotency_key=key,
    )
    runs.append(run)
    if key is not None:
        account.idempotency[(args[0], key)] = run
    fake.record("create_intent_audience_run", run.id, account, key)
    return FakeResponse.json(201, {"data": intent_run_json(fake, run), "meta": _lp_meta(fake)})


def list_intent_audience_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    runs = _intent_runs(account, args[0])
    try:
        limit = int(req.query.get("limit", "25"))
    except ValueError:
        raise Reject(lab_error(400, "VALIDATION_ERROR", "limit must be an integer")) from None
    if not 1 <= limit <= 100:
        raise Reject(lab_error(400, "VALIDATION_ERROR", "limit must be between 1 and 100"))
    newest = sorted(runs, key=lambda r: r.created, reverse=True)[:limit]
    return FakeResponse.json(
        200, {"data": [intent_run_json(fake, r) for r in newest], "meta": _lp_meta(fake)}
    )


def cancel_intent_audience_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, args: list[str]
) -> FakeResponse:
    for run in _intent_runs(account, args[0]):
        if run.id == args[1]:
            if intent_run_json(fake, run)["status"] != "queued":
                raise Reject(
                    lab_error(409, "RUN_NOT_CANCELLABLE", "Only queued runs can be cancelled")
                )
            run.cancelled_at = fake.now()
            return FakeResponse.json(
                200, {"data": intent_run_json(fake, run), "meta": _lp_meta(fake)}
            )
    raise Reject(lab_error(404, "NOT_FOUND", "Run not found"))


# ------------------------------------------------------------------ routing

_ROUTES: list[tuple[str, str, str, str, Handler]] = [
    (
        "POST",
        "/v1/audience_datasets",
        "create_audience_dataset",
        "buzzabout",
        create_audience_dataset,
    ),
    ("GET", "/v1/audience_datasets", "list_audience_datasets", "buzzabout", list_audience_datasets),
    ("GET", "/v1/audience_datasets/{}", "get_audience_dataset", "buzzabout", get_audience_dataset),
    (
        "PATCH",
        "/v1/audience_datasets/{}",
        "update_audience_dataset",
        "buzzabout",
        update_audience_dataset,
    ),
    (
        "DELETE",
        "/v1/audience_datasets/{}",
        "delete_audience_dataset",
        "buzzabout",
        delete_audience_dataset,
    ),
    (
        "POST",
        "/v1/audience_datasets/{}/runs",
        "create_audience_dataset_run",
        "buzzabout",
        create_audience_dataset_run,
    ),
    (
        "GET",
        "/v1/audience_datasets/{}/runs",
        "list_audience_dataset_runs",
        "buzzabout",
        list_audience_dataset_runs,
    ),
    (
        "GET",
        "/v1/audience_datasets/{}/runs/{}",
        "get_audience_dataset_run",
        "buzzabout",
        get_audience_dataset_run,
    ),
    (
        "POST",
        "/v1/pattern_detections",
        "create_pattern_detection",
        "buzzabout",
        create_pattern_detection,
    ),
    (
        "GET",
        "/v1/pattern_detections/{}",
        "get_pattern_detection",
        "buzzabout",
        get_pattern_detection,
    ),
    (
        "POST",
        "/v1/custom_parameters",
        "create_custom_parameter",
        "buzzabout",
        create_custom_parameter,
    ),
    ("GET", "/v1/custom_parameters", "list_custom_parameters", "buzzabout", list_custom_parameters),
    (
        "POST",
        "/v1/custom_parameters/preview",
        "preview_custom_parameter",
        "buzzabout",
        preview_custom_parameter,
    ),
    ("GET", "/v1/custom_parameters/{}", "get_custom_parameter", "buzzabout", get_custom_parameter),
    (
        "PATCH",
        "/v1/custom_parameters/{}",
        "update_custom_parameter",
        "buzzabout",
        update_custom_parameter,
    ),
    (
        "DELETE",
        "/v1/custom_parameters/{}",
        "delete_custom_parameter",
        "buzzabout",
        delete_custom_parameter,
    ),
    (
        "POST",
        "/v1/custom_parameters/{}/runs",
        "create_custom_parameter_run",
        "buzzabout",
        create_custom_parameter_run,
    ),
    (
        "GET",
        "/v1/custom_parameters/{}/runs",
        "list_custom_parameter_runs",
        "buzzabout",
        list_custom_parameter_runs,
    ),
    (
        "GET",
        "/v1/custom_parameters/{}/runs/{}",
        "get_custom_parameter_run",
        "buzzabout",
        get_custom_parameter_run,
    ),
    ("POST", "/audiences", "create_audience", "audiencelab", create_audience),
    (
        "POST",
        "/v1/intent/audiences/{}/runs",
        "create_intent_audience_run",
        "leadpipe",
        create_intent_audience_run,
    ),
    (
        "GET",
        "/v1/intent/audiences/{}/runs",
        "list_intent_audience_runs",
        "leadpipe",
        list_intent_audience_runs,
    ),
    (
        "DELETE",
        "/v1/intent/audiences/{}/runs/{}",
        "cancel_intent_audience_run",
        "leadpipe",
        cancel_intent_audience_run,
    ),
]
_OPERATIONS = frozenset(r[2] for r in _ROUTES)
_COMPILED = [
    (route, re.compile("^" + re.escape(route[1]).replace(re.escape("{}"), "([^/]+)") + "$"))
    for route in _ROUTES
]


def _route(method: str, raw_path: str) -> tuple[str, str, Handler, list[str]] | FakeResponse | None:
    path = raw_path.rstrip("/") or "/"
    found = [(route, match) for route, pattern in _COMPILED if (match := pattern.match(path))]
    if not found:
        return None
    # As in OpenAPI, a literal path (``/v1/custom_parameters/preview``) wins over a template.
    fewest = min(route[1].count("{}") for route, _ in found)
    allowed: list[str] = []
    for (route_method, template, operation, vendor, handler), match in found:
        if template.count("{}") != fewest:
            continue
        allowed.append(route_method)
        if route_method == method:
            return operation, vendor, handler, [unquote(g) for g in match.groups()]
    return FakeResponse.json(405, {"detail": "Method Not Allowed"}, {"allow": ", ".join(allowed)})
