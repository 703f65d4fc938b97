"""The fake's own small request/response types, independent of any HTTP library."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs


@attrs.define
class FakeRequest:
    """An HTTP request as the fake sees it (header names lower case, path still encoded).

    Once the spec's checks pass, ``params`` holds its query and header parameters and
    ``data`` its JSON body, each as the spec types them, documented defaults filled.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    params: dict[str, Any] = attrs.field(factory=dict)
    data: Any = None

    def json(self) -> Any:
        """The body parsed as JSON (``ValueError`` if it is not)."""
        return json.loads(self.body) if self.body else None


@attrs.define
class FakeResponse:
    """An HTTP response the fake gives."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = attrs.field(factory=dict)

    @classmethod
    def json(cls, status: int, payload: Any, headers: dict[str, str] | None = None) -> FakeResponse:
        """A JSON response."""
        return cls(
            status,
            json.dumps(payload, separators=(",", ":")).encode(),
            {"content-type": "application/json", **(headers or {})},
        )


class DroppedConnection(Exception):
    """The fake drops the connection; ``after`` says whether the request was processed."""

    def __init__(self, *, after: bool) -> None:
        super().__init__(
            "connection dropped " + ("after processing" if after else "before processing")
        )
        self.after = after


class TimedOut(Exception):
    """The fake never answers (a read timeout for the client); ``after`` as above."""

    def __init__(self, *, after: bool) -> None:
        super().__init__("no answer")
        self.after = after


@attrs.frozen
class Fault:
    """A fault to inject on one operation: build it with the class methods
    (``Fault.http(429, retry_after=2)``, ``Fault.drop()``, ...), which set these fields."""

    kind: str
    """``status``, ``raw``, ``drop``, ``timeout``, ``slow`` or ``mutate``."""
    status: int = 0
    """The status answered (``http``, ``raw``)."""
    retry_after: str | None = None
    """The ``Retry-After`` header sent with it."""
    body: bytes | None = None
    """The exact body answered (``raw``)."""
    content_type: str = "application/json"
    """Its content type (``raw``)."""
    after: bool = False
    """Whether the request is processed first (the fault hits the answer, not the work)."""
    seconds: float = 0.0
    """How long the answer is held, on the fake's clock (``slow``)."""
    mutate: Callable[[Any], Any] | None = None
    """What the JSON answer is passed through (``change``)."""

    @classmethod
    def http(cls, status: int, *, retry_after: str | float | None = None) -> Fault:
        """Answer ``status`` with the vendor's error body (and ``Retry-After`` if given)."""
        return cls(
            "status", status=status, retry_after=None if retry_after is None else str(retry_after)
        )

    @classmethod
    def change(cls, mutate: Callable[[Any], Any]) -> Fault:
        """Process normally, then pass the JSON body through ``mutate`` (new words, fields...)."""
        return cls("mutate", after=True, mutate=mutate)

    @classmethod
    def raw(
        cls, status: int, body: bytes, *, content_type: str = "application/json", after: bool = True
    ) -> Fault:
        """Answer with exactly this body (HTML, truncated, empty); status 0 keeps the real one."""
        return cls("raw", status=status, body=body, content_type=content_type, after=after)

    @classmethod
    def drop(cls, *, after: bool = False) -> Fault:
        """Drop the connection, before (nothing happened) or after processing the request."""
        return cls("drop", after=after)

    @classmethod
    def timeout(cls, *, after: bool = True) -> Fault:
        """Never answer (the client's read times out), after processing by default."""
        return cls("timeout", after=after)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally after ``seconds`` on the fake's clock."""
        return cls("slow", seconds=seconds)
