"""What every handler shares: the vendors' envelopes and errors, and the request-body checks.

A handler raises ``Reject(response)`` to answer with an error from anywhere below it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

from audiences.testing._rows import NamedRow
from audiences.testing._schema import Invalid
from audiences.testing._wire import FakeResponse


class Reject(Exception):
    """Answer with this response instead of going on."""

    def __init__(self, response: FakeResponse) -> None:
        super().__init__(response.status)
        self.response = response


# ------------------------------------------------------------------ wire values


def iso(epoch: float) -> str:
    """Buzzabout's ISO timestamp, to the second."""
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(epoch: float) -> str:
    """Leadpipe's ISO timestamp, with milliseconds."""
    stamp = dt.datetime.fromtimestamp(epoch, dt.UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def new_id(prefix: str) -> str:
    """A fresh id in the vendor's style (``ad_``, ``adr_``, ``cp_``...)."""
    return prefix + uuid.uuid4().hex[:24]


# ------------------------------------------------------------------ envelopes and errors


def _bz_status_word(status: int) -> str:
    return {2: "success", 4: "client_error", 5: "server_error"}.get(status // 100, "info")


def bz_ok(status: int, data: Any, **extra: Any) -> FakeResponse:
    """Buzzabout's success envelope."""
    return FakeResponse.json(status, {"status": "success", "data": data, **extra})


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


def bz_field_error(field: str, message: str) -> Reject:
    """The public pages' 422: the error envelope with field errors in ``detail``."""
    return Reject(
        FakeResponse.json(
            422,
            {
                "status": "client_error",
                "error_code": "unprocessable_entity",
                "detail": {"message": "Invalid request data", "errors": {field: message}},
                "transient": False,
            },
        )
    )


def lab_error(status: int, code: str, message: str) -> FakeResponse:
    """AudienceLab's (and, as the spec assumes, Leadpipe's) error body."""
    return FakeResponse.json(status, {"error": {"code": code, "message": message}})


def lab_invalid(message: str) -> Reject:
    """AudienceLab's and Leadpipe's 400 ``VALIDATION_ERROR``."""
    return Reject(lab_error(400, "VALIDATION_ERROR", message))


def unauthorized(vendor: str) -> FakeResponse:
    """The vendor's 401 for a missing key or another vendor's key."""
    if vendor == "buzzabout":
        return bz_error(401, "unauthorized", "Missing or invalid API key")
    return lab_error(401, "UNAUTHORIZED", "Invalid API key")


def injected(vendor: str, status: int) -> FakeResponse:
    """The vendor's error body for an injected ``Fault.http(status)``."""
    if vendor == "buzzabout":
        code = {429: "too_many_requests", 408: "request_timeout"}.get(
            status, "internal_server_error"
        )
        return bz_error(status, code, "Injected fault", transient=status == 429 or status >= 500)
    return lab_error(
        status, "TOO_MANY_REQUESTS" if status == 429 else "INTERNAL_ERROR", "Injected fault"
    )


# ------------------------------------------------------------------ refused requests


def invalid_request(vendor: str, invalid: Invalid) -> FakeResponse:
    """A request the spec refuses, as its vendor answers it: FastAPI's 422 ``detail`` list
    (Buzzabout), or the 400 ``VALIDATION_ERROR`` (AudienceLab, Leadpipe)."""
    loc = list(invalid.loc)
    if vendor == "buzzabout":
        return bz_validation(loc, invalid.msg, invalid.kind).response
    return lab_invalid(f"{'.'.join(map(str, loc[1:]))}: {invalid.msg}").response


def field_error(invalid: Invalid) -> FakeResponse:
    """A request the spec refuses, as the mentions and profiles pages answer it: the error
    envelope with ``{"message", "errors": {field: text}}`` in ``detail``."""
    return bz_field_error(".".join(map(str, invalid.loc)), invalid.msg).response


# ------------------------------------------------------------------ look-ups


class _HasId(Protocol):
    id: str


RowT = TypeVar("RowT", bound=_HasId)


def find(rows: Iterable[RowT], row_id: str, missing: FakeResponse) -> RowT:
    """The row with ``row_id`` (answer ``missing`` if there is none)."""
    for row in rows:
        if row.id == row_id:
            return row
    raise Reject(missing)


NamedT = TypeVar("NamedT", bound="NamedRow[Any]")


def live(rows: Mapping[str, NamedT], row_id: str, code: str, detail: str) -> NamedT:
    """The row ``row_id`` (a 404 ``code`` if there is none, or it was deleted)."""
    row = rows.get(row_id)
    if row is None or row.deleted:
        raise Reject(bz_error(404, code, detail))
    return row
