"""Raw responses: ``client.<resource>.with_raw_response.<method>(...)``.

A raw call runs the usual method while the driver notes each response it receives; the
last one (the answer that gave the result) comes back as a ``RawResponse`` whose
``parse()`` is the usual result.
"""

from __future__ import annotations

import datetime as _dt
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

from audiences._responses import Received, request_id_of

T = TypeVar("T")
_CAPTURE: ContextVar[list[Received] | None] = ContextVar("audiences_raw", default=None)


def captured() -> list[Received] | None:
    """Where the driver notes responses during a raw call (``None`` outside one)."""
    return _CAPTURE.get()


def capture() -> tuple[list[Received], Any]:
    """Start noting responses in this context: (the list, the token to stop with)."""
    responses: list[Received] = []
    return responses, _CAPTURE.set(responses)


def stop_capture(token: Any) -> None:
    """Stop noting responses."""
    _CAPTURE.reset(token)


class RawResponse(Generic[T]):
    """The HTTP answer behind a result.

    ``status_code``, ``headers`` (as received), ``request_id``, ``elapsed``, ``content``
    (the body, decompressed), and ``parse()``: the result the method returns.
    """

    def __init__(self, response: Received, result: T) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self.elapsed = _dt.timedelta(seconds=response.elapsed)
        self.method = response.request.method
        self.url = str(response.request.url)
        self._response = response
        self._result = result

    @property
    def request_id(self) -> str | None:
        """The vendor's id of this request (a header, or Leadpipe's ``meta.request_id``)."""
        return request_id_of(self._response)

    def parse(self) -> T:
        """The result the method returns."""
        return self._result

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r},"
            f" elapsed={self.elapsed.total_seconds():.3f}s)"
        )
