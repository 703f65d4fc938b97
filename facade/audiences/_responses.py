"""The one place that turns an HTTP response into a result or an error.

Success bodies are decoded and handed to the operation's parser (a vendor module's
shape mapping); anything that parser cannot read becomes ``APIResponseValidationError``.
Error bodies of every documented shape (Buzzabout's envelope, FastAPI's 422 ``detail``
list, AudienceLab's and Leadpipe's ``error`` object) map to the ``APIStatusError`` tree by
status code, and an HTML, empty or truncated body still gives the right class.
"""

from __future__ import annotations

import email.utils
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import KW_ONLY, dataclass
from typing import Any, TypeVar

import httpx

from audiences._config import Vendor
from audiences._errors import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    InsufficientCreditsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

T = TypeVar("T")

_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")
_SNIPPET = 200


@dataclass(slots=True)
class Received:
    """An answer as the flows see it: its body read within the limits, decoded, and free
    of the API key. ``problem`` says why a body is unusable (too large, an encoding not
    asked for, corrupt compression); the body is then empty.
    """

    status_code: int
    headers: httpx.Headers
    content: bytes
    request: httpx.Request
    _: KW_ONLY
    problem: str | None = None
    elapsed: float = 0.0

    @property
    def is_success(self) -> bool:
        """Whether the status is 2xx."""
        return 200 <= self.status_code < 300

    @property
    def text(self) -> str:
        """The body as text (undecodable bytes replaced)."""
        return self.content.decode("utf-8", "replace")

    @property
    def reason_phrase(self) -> str:
        """The status's standard phrase (``Not Found``)."""
        return httpx.codes.get_reason_phrase(self.status_code)


def _decode(response: Received) -> Any:
    """The body as JSON (``None`` if empty); ``ValueError`` if it is not JSON we can read.

    Nesting deep enough to exhaust the parser's recursion (a hostile ``[[[[...``) is
    unreadable JSON like any other.
    """
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def no_body(_: Any) -> None:
    """The parser of operations whose success needs no body (DELETE): it is not even read."""
    return


def read_result(vendor: Vendor, response: Received, parse: Callable[[Any], T]) -> T:
    """Decode a 2xx body and parse it; any failure is ``APIResponseValidationError``.

    For ``no_body`` operations the body is ignored: a garbled body on a successful
    DELETE does not turn the deletion into an error.
    """
    if parse is no_body:
        return parse(None)
    if response.problem:
        raise _invalid(vendor, response, None, response.problem)
    try:
        body = _decode(response)
    except ValueError as exc:
        raise _invalid(
            vendor, response, response.text[:_SNIPPET], f"body is not JSON ({exc})"
        ) from None
    try:
        return parse(body)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise _invalid(vendor, response, body, f"unexpected body ({problem})") from None


def _invalid(
    vendor: Vendor, response: Received, body: Any, problem: str
) -> APIResponseValidationError:
    request = response.request
    return APIResponseValidationError(
        f"{vendor.name} {response.status_code} {request.method} {request.url.path}: {problem}",
        provider=vendor.name,
        status_code=response.status_code,
        body=body,
        method=request.method,
        url=str(request.url.copy_with(query=None)),
    )


def status_error(vendor: Vendor, response: Received, now: float) -> APIStatusError:
    """The typed error for a non-2xx response, whatever its body looks like."""
    try:
        body: Any = _decode(response)
    except ValueError:
        body = response.text[:_SNIPPET] if response.content else None
    code, message, transient, errors = _describe(body)
    if not message:
        message = response.reason_phrase or f"HTTP {response.status_code}"
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIStatusError)
    kwargs: dict[str, Any] = {
        "provider": vendor.name,
        "status_code": status,
        "code": code,
        # Transient when the status class says so (408, 429, 5xx) or the body does.
        "transient": status in (408, 429) or status >= 500 or bool(transient),
        "request_id": _request_id(response, body),
        "body": body,
        "method": response.request.method,
        "url": str(response.request.url.copy_with(query=None)),
    }
    if cls is UnprocessableEntityError:
        kwargs["errors"] = errors
    if cls is RateLimitError:
        kwargs["retry_after"] = parse_retry_after(response.headers.get("retry-after"), now)
    return cls(message, **kwargs)


def _describe(body: Any) -> tuple[str | None, str | None, bool | None, tuple[FieldError, ...]]:
    """(code, message, transient, field errors) from any documented error shape."""
    if isinstance(body, str):
        text = " ".join(body.split())
        return None, (text[:_SNIPPET] if text and not text.startswith("<") else None), None, ()
    if not isinstance(body, Mapping):
        return None, None, None, ()
    transient = body.get("transient") if isinstance(body.get("transient"), bool) else None
    detail = body.get("detail")
    if isinstance(detail, list):  # FastAPI validation errors
        errors = tuple(_field_error(item) for item in detail if isinstance(item, Mapping))
        joined = "; ".join(
            f"{'.'.join(map(str, e.loc))}: {e.msg}" if e.loc else e.msg for e in errors
        )
        return "validation_error", joined or "validation failed", transient, errors
    error = body.get("error")
    if isinstance(error, Mapping):  # AudienceLab, Leadpipe
        return _str(error.get("code")), _str(error.get("message")), transient, ()
    if isinstance(detail, Mapping):  # the public pages' {"message", "errors": {field: text}}
        fields = detail.get("errors")
        errors = tuple(
            FieldError(loc=tuple(str(key).split(".")), msg=str(text), type="")
            for key, text in (fields.items() if isinstance(fields, Mapping) else ())
        )
        said = _str(detail.get("message")) or "validation failed"
        if errors:
            said += ": " + "; ".join(f"{'.'.join(map(str, e.loc))}: {e.msg}" for e in errors)
        return _str(body.get("error_code")) or "validation_error", said, transient, errors
    code = _str(body.get("error_code")) or _str(body.get("errorCode")) or _str(body.get("code"))
    message = (
        _str(detail) or _str(body.get("message")) or _str(body.get("errorMessage")) or _str(error)
    )
    return code, message, transient, ()


def _field_error(item: Mapping[str, Any]) -> FieldError:
    loc = item.get("loc")
    parts = tuple(p if isinstance(p, int) else str(p) for p in loc) if isinstance(loc, list) else ()
    return FieldError(loc=parts, msg=str(item.get("msg", "")), type=str(item.get("type", "")))


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def request_id_of(response: Received) -> str | None:
    """The vendor's id of a request: a header, or Leadpipe's ``meta.request_id``."""
    try:
        body = _decode(response)
    except ValueError:
        body = None
    return _request_id(response, body)


def _request_id(response: Received, body: Any) -> str | None:
    for header in _REQUEST_ID_HEADERS:
        if header in response.headers:
            return response.headers[header]
    if isinstance(body, Mapping) and isinstance(body.get("meta"), Mapping):
        return _str(body["meta"].get("request_id"))
    return None


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:  # a year beyond any calendar overflows: a hint that cannot be used
            when = email.utils.parsedate_to_datetime(text)
            seconds = when.timestamp() - now
        except (TypeError, ValueError, IndexError, OverflowError, AttributeError):
            return None
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)
