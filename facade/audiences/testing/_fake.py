"""``FakeAPIs``: every operation of Buzzabout, AudienceLab and Leadpipe in openapi.yaml, in memory.

Faithful to openapi.yaml: the vendors' id prefixes, envelopes, status codes, error shapes,
timestamp shapes, soft delete, cursor pagination and per-key accounts. Runs advance on the
fake's clock (``ManualClock`` in tests, ``ScaledClock`` for the demo), and what they produce
is real and deterministic: a dataset run fills its dataset with generated mentions
(``_corpus.py``), an audience run collects profiles from their authors and commenters
(``_people.py``), a pattern detection finds a pattern in them, a Leadpipe run has result
rows. The same ids and the same search give the same data.

This module holds what is common to every request (accounts, faults, dispatch, the ledger,
observers, serving); the handlers live in one module per vendor area and register their
routes with ``@route`` (see ``_routes.py``).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable
from typing import Any

from audiences.testing import (  # noqa: F401 - importing a vendor module registers its handlers
    _audiencelab,
    _buzzabout_account,
    _buzzabout_audience_datasets,
    _buzzabout_audience_profiles,
    _buzzabout_custom_parameters,
    _buzzabout_datasets,
    _buzzabout_mentions,
    _buzzabout_pattern_detections,
    _buzzabout_patterns,
    _leadpipe,
    _leadpipe_audiences,
    _leadpipe_exports,
)
from audiences.testing._checks import Reject, injected, invalid_request, unauthorized
from audiences.testing._clock import ManualClock
from audiences.testing._routes import Route, arguments, operations, resolve
from audiences.testing._rows import (
    KEYS,
    Account,
    LedgerEntry,
    seeded_account,
    seeded_dataset,
    seeded_intent_audience,
)
from audiences.testing._schema import Invalid
from audiences.testing._wire import DroppedConnection, FakeRequest, FakeResponse, Fault, TimedOut


class FakeAPIs:
    """The three vendors' APIs, in memory.

    ``transport()`` serves them in process (an httpx transport, sync and async);
    ``serve()`` serves them over HTTP on loopback. Test keys: ``BUZZABOUT_KEY``,
    ``AUDIENCELAB_KEY``, ``LEADPIPE_KEY`` (``add_account`` makes more). Each Buzzabout
    account has ``credits`` for its period, which runs are charged as the pricing page
    says (``GET /v1/me`` reports what is left; a run beyond it is a 402 before any work).
    """

    def __init__(self, clock: Any = None, *, credits: float = 1_000_000.0) -> None:
        self.clock = clock if clock is not None else ManualClock()
        """The clock its runs advance on (share it with the clients under test)."""
        self._lock = threading.RLock()
        self._seq = itertools.count(1)
        self._request_ids = itertools.count(1)
        self.accounts: dict[str, Account] = {}
        """Every account by its key: the resources it owns (``add_account`` makes more)."""
        self.ledger: list[LedgerEntry] = []
        """Every resource the fake created, in order: count it to prove nothing ran twice."""
        self.requests: list[tuple[str, str]] = []
        """Every request answered, as ``(operationId, method)``, faults included."""
        self._faults: dict[str, list[Fault]] = {}
        # Called with (operationId, request, response) for every answer the fake's own
        # logic gives, before any injected fault changes it (tests check them on the spec).
        self.observers: list[Callable[[str, FakeRequest, FakeResponse], None]] = []
        """Called with (operationId, request, response) for each answer, before a fault."""
        for vendor, key in KEYS.items():
            self.add_account(key, vendor, credits=credits)

    # -------------------------------------------------------------- set-up

    def add_account(self, key: str, vendor: str, *, credits: float = 1_000_000.0) -> Account:
        """A new account for ``key`` (seeded with the standard datasets / audiences)."""
        account = seeded_account(key, vendor, credits, self.now())
        with self._lock:
            self.accounts[key] = account
        return account

    def add_dataset(
        self, key: str, dataset_id: str, *, posts: int = 100, completed: bool = True
    ) -> None:
        """A Buzzabout dataset for ``key``'s account, named after its id.

        With ``completed``, it holds one completed run of ``posts`` mentions (a prompt search
        for its name on four platforms, every analysis, comments); without, it has no run.
        """
        with self._lock:
            self.accounts[key].datasets[dataset_id] = seeded_dataset(
                dataset_id, dataset_id, self.now(), posts=posts, completed=completed
            )

    def add_intent_audience(
        self,
        key: str,
        audience_id: str,
        *,
        fail_runs: bool = False,
        result_count: int | None = None,
    ) -> None:
        """An active Leadpipe intent audience for ``key``'s account, with the seeded config
        (``fail_runs``: its runs fail; ``result_count``: the rows its runs complete with)."""
        with self._lock:
            audiences = self.accounts[key].intent_audiences
            audience = audiences.get(audience_id) or seeded_intent_audience(audience_id, self.now())
            audience.fails = audience.fails or fail_runs
            audience.result_count = result_count
            audiences[audience_id] = audience

    def inject(self, operation: str, fault: Fault, *, times: int = 1) -> None:
        """Make the next ``times`` calls of ``operation`` (an operationId) meet ``fault``."""
        if operation not in operations():
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
        """The fake's epoch seconds (for its handlers; tests read ``clock``)."""
        return float(self.clock.time())

    def handle(self, req: FakeRequest) -> FakeResponse:
        """Answer one request (the transports call it; raises ``DroppedConnection`` or
        ``TimedOut`` for those faults)."""
        found = resolve(req.method, req.path)
        if found is None:
            with self._lock:
                download = _leadpipe_exports.signed_download(self, req)
            return download or FakeResponse.json(404, {"detail": "Not Found"})
        if isinstance(found, FakeResponse):
            return found
        route, path_args = found
        with self._lock:
            self.requests.append((route.operation, req.method))
            queue = self._faults.get(route.operation)
            fault = queue.pop(0) if queue else None
        if fault is not None and fault.kind == "slow":
            self.clock.sleep(fault.seconds)
            fault = None
        if fault is not None and not fault.after:
            return self._fault(fault, route.vendor)
        with self._lock:
            response = self._dispatch(req, route, path_args)
        response.headers.setdefault("x-request-id", f"req_{next(self._request_ids)}")
        for observe in self.observers:
            observe(route.operation, req, response)
        if fault is not None and fault.kind == "mutate" and fault.mutate is not None:
            if response.body:
                response.body = json.dumps(fault.mutate(json.loads(response.body))).encode()
            return response
        if fault is not None:
            return self._fault(fault, route.vendor, response.status)
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
        response = injected(vendor, fault.status)
        if fault.retry_after is not None:
            response.headers["retry-after"] = fault.retry_after
        return response

    def _dispatch(self, req: FakeRequest, route: Route, path_args: dict[str, str]) -> FakeResponse:
        account = self.accounts.get(req.headers.get("x-api-key", ""))
        if account is not None and account.vendor != route.vendor:
            account = None
        if account is None and route.auth:
            return unauthorized(route.vendor)
        answer = route.answer
        if answer is None:
            return FakeResponse.json(
                501, {"detail": f"the fake has no handler for {route.operation}"}
            )
        try:
            try:
                arguments(route, req)
            except Invalid as invalid:
                refuse = answer.invalid or (lambda i: invalid_request(route.vendor, i))
                return refuse(invalid)
            return answer.handler(self, account, req, **path_args)
        except Reject as reject:
            return reject.response

    def record(
        self, operation: str, resource_id: str, account: Account, tag: str | None = None
    ) -> None:
        """Note a created resource in the ledger (for the handlers; ``tag``: its name or
        idempotency key)."""
        self.ledger.append(LedgerEntry(operation, resource_id, account.key, tag))

    def next_seq(self) -> int:
        """A strictly increasing number (for the handlers: orders equal timestamps)."""
        return next(self._seq)
