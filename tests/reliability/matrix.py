"""The fault matrix: every fault x every operation kind, with its expected outcome.

One table drives the tests (test_matrix.py) and the table in docs/reliability.md
(``python -m tests.reliability.matrix`` prints it; a test checks the document matches).
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Callable
from typing import Any

import attrs
from audiences import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AudiencesError,
    BadRequestError,
    ServerError,
)
from audiences.testing import BUZZABOUT_KEY, LEADPIPE_KEY, Fault

HTML = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
NESTED = b"[" * 10_000 + b"]" * 10_000
# The matrix's clients read at most this much of a body (max_response_bytes).
SIZE_LIMIT = 256 * 1024
COLUMNS = ("GET", "PATCH", "DELETE", "POST", "POST search", "Leadpipe create")
# The operationId that each column calls (faults are injected on it).
OPERATIONS = {
    "GET": "get_audience_dataset_run",
    "PATCH": "update_audience_dataset",
    "DELETE": "delete_audience_dataset",
    "POST": "create_audience_dataset",
    "POST search": "list_mentions",
    "Leadpipe create": "create_intent_audience_run",
}
CREATES = ("POST", "Leadpipe create")


@attrs.frozen
class Expect:
    """What the caller sees: ``retried`` (a transparent retry, then success), ``ok`` (success
    in one request), or an error class; ``created`` resources for the create columns."""

    outcome: str | type[AudiencesError]
    created: int = 1
    check: str = ""

    def text(self, column: str) -> str:
        if isinstance(self.outcome, str):
            words = {"retried": "retried, then ok", "ok": "ok"}[self.outcome]
        else:
            words = f"{self.outcome.__name__}"
        if column in CREATES:
            words += ", created once" if self.created == 1 else ", nothing created"
        if self.check:
            words += f" ({self.check})"
        return words


RETRIED = Expect("retried")
OK = Expect("ok")
Builder = Callable[[Any, str], Fault]


def _target(body: Any) -> Any:
    """What a mutation changes: the resource, or the first item of a list page."""
    data = body.get("data", body)
    return data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else data


def _mutate_status(body: Any) -> Any:
    data = _target(body)
    if isinstance(data.get("status"), dict):
        data["status"]["type"] = "paused_for_review"
    elif "status" in data:
        data["status"] = "archived"
    if "status" in body and isinstance(body["status"], str):
        body["status"] = "success_v2"
    return body


def _extra_fields(body: Any) -> Any:
    body["brand_new_top_level"] = {"x": 1}
    if isinstance(_target(body), dict):
        _target(body)["brandNewField"] = [1, 2, 3]
    return body


_OPTIONAL = {
    "name",
    "profile_count",
    "updated_at",
    "audience_dataset_id",
    "source_dataset_id",
    "target_profile_count",
    "organizationId",
    "runType",
    "configHash",
    "dataDate",
    "candidateCount",
    "resultCount",
    "attempts",
    "idempotencyKey",
    "errorCode",
    "errorMessage",
    "createdAt",
    "updatedAt",
    "startedAt",
    "completedAt",
}


def _count_as_text(body: Any) -> Any:
    data = _target(body)
    if isinstance(data, dict):
        counts = ("attempts", "num_likes", "profile_count")
        data[next((k for k in counts if k in data), "profile_count")] = "850"
    return body


def _echo_key(_: Any, column: str) -> Fault:
    key = LEADPIPE_KEY if column == "Leadpipe create" else BUZZABOUT_KEY
    body = {"error_code": "bad_request", "detail": f"bad key {key}", "error": {"message": key}}
    return Fault.raw(400, json.dumps(body).encode(), after=False)


def _missing_optional(body: Any) -> Any:
    data = _target(body)
    if isinstance(data, dict):
        for key in _OPTIONAL & data.keys():
            del data[key]
    return body


def _wrong_type(body: Any) -> Any:
    data = _target(body)
    if isinstance(data, dict):
        key = next(k for k in ("id", "run_id", "audienceId") if k in data)
        data[key] = {"not": "an id"}
    return body


@attrs.frozen
class Row:
    """One fault, how to inject it, and the expected outcome per column (and per mode)."""

    label: str
    fault: Builder | None  # None: the row needs its own set-up (connection refused)
    expect: dict[str, Expect]
    loopback: dict[str, Expect] = attrs.field(factory=dict)


def _all(expect: Expect, **others: Expect) -> dict[str, Expect]:
    cells = dict.fromkeys(COLUMNS, expect)
    cells.update({k.replace("_", " "): v for k, v in others.items()})
    return cells


def _retry_unless_plain_post(error: type[AudiencesError]) -> dict[str, Expect]:
    return _all(RETRIED, POST=Expect(error, created=0, check="not retried: a POST may not repeat"))


_AFTER_SENT = {
    "GET": RETRIED,
    "PATCH": RETRIED,
    "DELETE": Expect("retried", check="the retry's 404 means done"),
    "POST": Expect(APIConnectionError, check="not retried: the server may have created it"),
    "POST search": Expect("retried", check="a search reads: it may repeat"),
    "Leadpipe create": Expect("retried", check="same Idempotency-Key: the same run comes back"),
}
_UNREADABLE = _all(
    Expect(APIResponseValidationError, check="not retried"),
    DELETE=Expect("ok", check="the body of a deletion is not read"),
)


def _date(clock: Any, _: str) -> Fault:
    return Fault.http(429, retry_after=email.utils.formatdate(clock.time() + 3, usegmt=True))


ROWS = [
    Row(
        "429 with Retry-After: 2 (seconds)",
        lambda c, _: Fault.http(429, retry_after=2),
        _all(RETRIED),
    ),
    Row("429 without Retry-After", lambda c, _: Fault.http(429), _all(RETRIED)),
    Row("429 with Retry-After as an HTTP date", _date, _all(RETRIED)),
    Row("500", lambda c, _: Fault.http(500), _retry_unless_plain_post(ServerError)),
    Row("502", lambda c, _: Fault.http(502), _retry_unless_plain_post(ServerError)),
    Row("503", lambda c, _: Fault.http(503), _retry_unless_plain_post(ServerError)),
    Row("504", lambda c, _: Fault.http(504), _retry_unless_plain_post(ServerError)),
    Row(
        "502 with an HTML page (a proxy)",
        lambda c, _: Fault.raw(502, HTML, content_type="text/html", after=False),
        _retry_unless_plain_post(ServerError),
    ),
    Row("408", lambda c, _: Fault.http(408), _all(RETRIED)),
    Row(
        "connection refused",
        None,
        _all(RETRIED),
        loopback=_all(
            Expect(APIConnectionError, created=0, check="after every retry: nobody listens")
        ),
    ),
    Row(
        "connection reset before the request is sent",
        lambda c, _: Fault.drop(after=False),
        _all(RETRIED),
        # Over a real socket the request was written before the server hung up: the client
        # cannot know it was not processed, so a plain POST is not repeated.
        loopback=_retry_unless_plain_post(APIConnectionError),
    ),
    Row(
        "connection reset after the request is sent",
        lambda c, _: Fault.drop(after=True),
        _AFTER_SENT,
    ),
    Row(
        "read timeout",
        lambda c, _: Fault.timeout(after=True),
        {
            **_AFTER_SENT,
            "POST": Expect(APITimeoutError, check="not retried: the server may have created it"),
        },
    ),
    Row(
        "truncated JSON body (200)",
        lambda c, _: Fault.raw(200, b'{"status": "success", "data": {"id'),
        _UNREADABLE,
    ),
    Row(
        "HTML body (200)", lambda c, _: Fault.raw(200, HTML, content_type="text/html"), _UNREADABLE
    ),
    Row("empty 200", lambda c, _: Fault.raw(200, b""), _UNREADABLE),
    Row(
        "unknown status word",
        lambda c, _: Fault.change(_mutate_status),
        _all(
            OK,
            GET=Expect("ok", check="status unknown, raw word kept"),
            Leadpipe_create=Expect("ok", check="status unknown, raw word kept"),
        ),
    ),
    Row("unknown extra fields", lambda c, _: Fault.change(_extra_fields), _all(OK)),
    Row(
        "missing optional fields",
        lambda c, _: Fault.change(_missing_optional),
        _all(Expect("ok", check="absent fields are None")),
    ),
    Row(
        "wrong type in a field",
        lambda c, _: Fault.change(_wrong_type),
        _all(
            Expect(APIResponseValidationError, check="the body is kept on .body"),
            DELETE=Expect("ok", check="the body of a deletion is not read"),
        ),
    ),
]


ROWS += [
    Row("JSON nested 10,000 deep (200)", lambda c, _: Fault.raw(200, NESTED), _UNREADABLE),
    Row(
        "JSON nested 10,000 deep, in a 400",
        lambda c, _: Fault.raw(400, NESTED, after=False),
        _all(Expect(BadRequestError, created=0, check="the body is kept on .body, raw")),
    ),
    Row(
        "a body over the size limit (200)",
        lambda c, _: Fault.raw(200, b" " * (SIZE_LIMIT + 1)),
        _UNREADABLE,
    ),
    Row(
        "the API key echoed in a 400",
        _echo_key,
        _all(Expect(BadRequestError, created=0, check="the key is redacted")),
    ),
    Row(
        "a count sent as a string",
        lambda c, _: Fault.change(_count_as_text),
        _all(
            Expect(APIResponseValidationError, check="the field is named"),
            DELETE=Expect("ok", check="the body of a deletion is not read"),
        ),
    ),
]


def expected(row: Row, column: str, mode: str) -> Expect:
    """The expectation of one cell, in one mode (``in process`` or ``loopback``)."""
    if mode == "loopback" and column in row.loopback:
        return row.loopback[column]
    return row.expect[column]


def markdown() -> str:
    """The matrix as a Markdown table (both modes; a cell names the mode where they differ)."""
    lines = ["| fault | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for row in ROWS:
        cells = []
        for column in COLUMNS:
            near, far = expected(row, column, "in process"), expected(row, column, "loopback")
            text = near.text(column)
            if far != near:
                text = f"in process: {text}; over loopback: {far.text(column)}"
            cells.append(text)
        lines.append(f"| {row.label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
