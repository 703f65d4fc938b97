"""The one exception tree of the package.

    AudiencesError
    ├── APIError                       .provider .message
    │   ├── APIStatusError             .status_code .code .transient .request_id .body
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   ├── InsufficientCreditsError  402
    │   │   ├── PermissionDeniedError     403
    │   │   ├── NotFoundError             404
    │   │   ├── ConflictError             409
    │   │   ├── UnprocessableEntityError  422  (.errors)
    │   │   ├── RateLimitError            429  (.retry_after)
    │   │   └── ServerError               5xx
    │   ├── APIConnectionError
    │   │   └── APITimeoutError
    │   └── APIResponseValidationError    a 2xx body the facade cannot read
    │       └── OlderAPIError             a 2xx body in the shape of the vendor's older API
    ├── RunFailedError                 .run
    ├── WaitTimeoutError               .run (the last one seen)
    ├── RunNotReadyError               .run (its results are not ready yet)
    ├── ClientClosedError (RuntimeError)   a call on a closed client
    └── InvalidArgumentError (ValueError)   .field; raised before any request is sent
        └── MissingAPIKeyError            .variable

Errors never hold the request (its headers carry the API key): only the method and URL.
"""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from audiences._models import Run


class AudiencesError(Exception):
    """Base class of every error this package raises. Every one pickles with its fields."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, self.__dict__.copy()))


def _rebuild(
    cls: type[AudiencesError], args: tuple[Any, ...], state: dict[str, Any]
) -> AudiencesError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIError(AudiencesError):
    """A call to a vendor's API did not give a usable result.

    Attributes:
        provider: The vendor (``buzzabout``, ``audiencelab``, ``leadpipe``).
        message: What went wrong, in the vendor's words where it gave some (the API key,
            if a server echoes it, reads ``[redacted]``).
        method: The HTTP method of the request.
        url: The request's URL (or path), without its query.
        status_code: The answer's HTTP status, when there was an answer.
        body: The answer's body (decoded JSON, or up to 200 characters of text).
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        method: str = "",
        url: str = "",
        status_code: int | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.method = method
        self.url = url
        self.status_code = status_code
        self.body = body

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider!r}, message={self.message!r})"


class FieldError(NamedTuple):
    """One field-level failure of a 422 response: where (``loc``), what (``msg``), and the
    validator's kind of failure (``type``, empty where the vendor gives none)."""

    loc: tuple[str | int, ...]
    msg: str
    type: str


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes:
        status_code: The HTTP status.
        code: The vendor's machine code (Buzzabout's ``error_code``, AudienceLab's and
            Leadpipe's ``error.code``): match on it, not on ``message``.
        transient: Whether the same request may succeed later (408, 429 and 5xx always;
            otherwise what the vendor's body says).
        request_id: The vendor's id of the request, to quote to their support.
        body: The answer's body.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int,
        code: str | None = None,
        transient: bool = False,
        request_id: str | None = None,
        body: Any = None,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(
            message, provider=provider, method=method, url=url, status_code=status_code, body=body
        )
        self.status_code: int = status_code
        self.code = code
        self.transient = transient
        self.request_id = request_id

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        request = f" (request {self.request_id})" if self.request_id else ""
        return f"{self.provider} {self.status_code}{code}: {self.message}{request}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status_code}, code={self.code!r},"
            f" message={self.message!r})"
        )


class BadRequestError(APIStatusError):
    """400: the request was understood but refused (e.g. a source dataset with no completed run)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or revoked."""


class InsufficientCreditsError(APIStatusError):
    """402: the account's credits cannot cover the operation; nothing was started."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist, was deleted, or belongs to another account.

    Its text names the request (``GET /v1/audience_datasets/ad_1/runs/adr_1``), so that
    ids passed in the wrong order or of the wrong kind show.
    """

    def __str__(self) -> str:
        path = urllib.parse.urlsplit(self.url).path if self.url else ""
        sent = f" [{self.method} {path}]" if path else ""
        return super().__str__() + sent


class ConflictError(APIStatusError):
    """409: the resource's state forbids it (e.g. a run already in flight)."""


class UnprocessableEntityError(APIStatusError):
    """422: the body or parameters are malformed.

    Attributes:
        errors: One ``FieldError`` per field the API named (FastAPI's ``detail`` list, or
            the public pages' ``{"detail": {"message", "errors": {field: text}}}``).
    """

    def __init__(self, message: str, *, errors: tuple[FieldError, ...] = (), **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.errors = errors


class RateLimitError(APIStatusError):
    """429: too many requests (retried for you first, up to ``max_retries``).

    Attributes:
        retry_after: The server's ``Retry-After`` in seconds, if it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the vendor failed; usually transient."""


class APIConnectionError(APIError):
    """The request could not be completed on the network."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body the facade cannot read; ``body`` holds what came."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status_code}, message={self.message!r})"


class OlderAPIError(APIResponseValidationError):
    """A 2xx body in the shape of an older version of the vendor's API, which this client
    does not read (a Leadpipe runs list whose runs have no ``id``, as Leadpipe's older spec
    and SDK list daily runs); ``body`` holds the part that shows it."""


class RunFailedError(AudiencesError):
    """A waited-on run ended ``failed``; ``run`` is the terminal run (its
    ``error_message`` says why)."""

    def __init__(self, run: Run) -> None:
        reason = f": {run.error_message}" if run.error_message else ""
        super().__init__(f"run {run.id} failed{reason}")
        self.run = run


class WaitTimeoutError(AudiencesError):
    """A wait reached its deadline (``timeout`` seconds); ``run`` is the last observation."""

    def __init__(self, run: Run, timeout: float) -> None:
        super().__init__(f"run {run.id} still {run.status.value} after waiting {timeout:g} s")
        self.run = run
        self.timeout = timeout


class RunNotReadyError(AudiencesError):
    """A run's results were asked for before it completed (the API answered 202).

    ``run`` is the run as the API sent it; ``wait`` for it, then ask again.
    """

    def __init__(self, run: Run) -> None:
        super().__init__(f"run {run.id} is {run.status.value}: its results are not ready yet")
        self.run = run


class ClientClosedError(AudiencesError, RuntimeError):
    """A call on a client after ``close()`` (or whose pool closed while it was in flight)."""


class InvalidArgumentError(AudiencesError, ValueError):
    """An argument breaks a documented constraint; raised before any request is sent.

    Attributes:
        field: The argument (``"name"``, ``"source_urls[2].url"``, ``"filters"``).
        problem: What is wrong with it.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class MissingAPIKeyError(InvalidArgumentError):
    """No API key was passed and its environment variable (``variable``) is unset."""

    def __init__(self, variable: str) -> None:
        super().__init__("api_key", f"no API key given and {variable} is not set")
        self.variable = variable
