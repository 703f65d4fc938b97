"""What every handler shares: the vendors' envelopes and errors, and the request-body checks.

A handler raises ``Reject(response)`` to answer with an error from anywhere below it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Literal, Protocol, TypeVar, overload

from audiences.testing._rows import Account, NamedRow
from audiences.testing._shapes import Invalid, Loc, Shape, integer, string
from audiences.testing._wire import FakeRequest, FakeResponse


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


# ------------------------------------------------------------------ body checks


def _invalid(vendor: str, loc: list[str | int], msg: str, kind: str) -> Reject:
    if vendor == "buzzabout":
        return bz_validation(loc, msg, kind)
    return lab_invalid(f"{'.'.join(map(str, loc[1:]))}: {msg}")


def checked(shape: Shape, value: Any, loc: Loc, vendor: str) -> Any:
    """``shape`` applied to ``value`` at ``loc``; what it refuses is ``vendor``'s 422."""
    try:
        return shape(value, loc)
    except Invalid as invalid:
        raise _invalid(vendor, list(invalid.loc), invalid.msg, invalid.kind) from None


def body(req: FakeRequest, vendor: str) -> dict[str, Any]:
    """The request's JSON object (the vendor's validation error if it is not one)."""
    try:
        value = req.json()
    except ValueError:
        raise _invalid(vendor, ["body"], "JSON decode error", "json_invalid") from None
    if not isinstance(value, dict):
        raise _invalid(vendor, ["body"], "Input should be a valid dictionary", "dict_type")
    return value


@overload
def field_str(
    body: dict[str, Any],
    field: str,
    vendor: str,
    *,
    required: Literal[True] = True,
    min_len: int = 1,
    max_len: int | None = None,
) -> str: ...
@overload
def field_str(
    body: dict[str, Any],
    field: str,
    vendor: str,
    *,
    required: Literal[False],
    min_len: int = 1,
    max_len: int | None = None,
) -> str | None: ...
def field_str(
    body: dict[str, Any],
    field: str,
    vendor: str,
    *,
    required: bool = True,
    min_len: int = 1,
    max_len: int | None = None,
) -> str | None:
    """A string field within its length bounds (``None`` when optional and absent)."""
    if field not in body:
        if required:
            raise _invalid(vendor, ["body", field], "Field required", "missing")
        return None
    shape = string(min_len=min_len, max_len=max_len)
    return checked(shape, body[field], ("body", field), vendor)  # type: ignore[no-any-return]


@overload
def field_int(
    body: dict[str, Any], field: str, vendor: str, *, lo: int, hi: int | None, default: int
) -> int: ...
@overload
def field_int(
    body: dict[str, Any], field: str, vendor: str, *, lo: int, hi: int | None, default: None
) -> int | None: ...
def field_int(
    body: dict[str, Any], field: str, vendor: str, *, lo: int, hi: int | None, default: int | None
) -> int | None:
    """An integer field within ``lo``..``hi`` (``default`` when absent)."""
    if field not in body:
        return default
    return checked(integer(lo=lo, hi=hi), body[field], ("body", field), vendor)  # type: ignore[no-any-return]


# ------------------------------------------------------------------ look-ups and credits


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


def charge(account: Account, cost: float, code: str, detail: str) -> None:
    """Take ``cost`` credits from the account (Buzzabout's 402 ``code`` if it has too few)."""
    if account.credits < cost:
        raise Reject(bz_error(402, code, detail))
    account.credits -= cost
