"""Typed readers of JSON bodies: each field is checked as it is read, and named when wrong.

A field of the wrong type raises ``ShapeError`` (a ``ValueError``) naming where it is
(``data[3].profile_count: expected an integer, got str``), which the response boundary
turns into ``APIResponseValidationError``. Timestamps are lenient by design: any
documented shape is normalized to aware UTC, and a value that is no timestamp at all
reads as ``None`` rather than losing the rest of the object (or of its page).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from audiences._time import TimestampError, to_date, to_utc

M = TypeVar("M")
MAX_ID = 2048  # longer ids could not travel in a URL path
MAX_CURSOR = 4096  # nor cursors in a query string


class ShapeError(ValueError):
    """A response field is missing or of the wrong type."""


_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (type(None), "null"),
    (bool, "boolean"),
    ((int, float), "number"),
    (str, "string"),
    (list, "array"),
    (Mapping, "object"),
)


def kind(value: Any) -> str:
    """A JSON type name for messages."""
    return next((name for cls, name in _KINDS if isinstance(value, cls)), type(value).__name__)


class Fields:
    """One JSON object being read, with where it is in the body (for messages)."""

    __slots__ = ("_d", "where")

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, Mapping):
            raise ShapeError(f"{where}: expected an object, got {kind(value)}")
        self._d: Mapping[str, Any] = value
        self.where = where

    def raw(self, key: str) -> Any:
        """The value as sent (``None`` if absent)."""
        return self._d.get(key)

    def _wrong(self, key: str, expected: str, value: Any) -> ShapeError:
        return ShapeError(f"{self.where}.{key}: expected {expected}, got {kind(value)}")

    def ident(self, key: str) -> str:
        """A required id: a non-empty string short enough to travel in a URL."""
        value = self._d.get(key)
        if not isinstance(value, str) or not value:
            raise self._wrong(key, "a non-empty id string", value)
        if len(value) > MAX_ID:
            where = f"{self.where}.{key}"
            raise ShapeError(
                f"{where}: expected an id of at most {MAX_ID} characters, got {len(value)}"
            )
        return value

    def cursor(self, key: str) -> str | None:
        """An optional opaque cursor, short enough to send back."""
        value = self.text(key)
        if value is not None and len(value) > MAX_CURSOR:
            raise ShapeError(
                f"{self.where}.{key}: expected a cursor of at most {MAX_CURSOR} characters,"
                f" got {len(value)}"
            )
        return value

    def text(self, key: str) -> str | None:
        """An optional string."""
        value = self._d.get(key)
        if value is None or isinstance(value, str):
            return value
        raise self._wrong(key, "a string", value)

    def integer(self, key: str) -> int | None:
        """An optional integer (an integral JSON number such as ``850.0`` reads as 850)."""
        value = self._d.get(key)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise self._wrong(key, "an integer", value)

    def number(self, key: str) -> float | None:
        """An optional number; a decimal string (``"0.020"``, as mentions send) reads as float."""
        value = self._d.get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                raise self._wrong(key, "a number or a decimal string", value) from None
        else:
            raise self._wrong(key, "a number", value)
        if not math.isfinite(number):
            raise self._wrong(key, "a finite number", value)
        return number

    def flag(self, key: str) -> bool | None:
        """An optional boolean."""
        value = self._d.get(key)
        if value is None or isinstance(value, bool):
            return value
        raise self._wrong(key, "a boolean", value)

    def stamp(self, key: str) -> _dt.datetime | None:
        """An optional timestamp (ISO-8601 or epoch seconds) as aware UTC; unreadable -> None."""
        try:
            return to_utc(self._d.get(key))
        except TimestampError:
            return None

    def day(self, key: str) -> _dt.date | None:
        """An optional ``YYYY-MM-DD`` date; unreadable -> None."""
        try:
            return to_date(self._d.get(key))
        except TimestampError:
            return None

    def object(self, key: str) -> Fields | None:
        """An optional nested object."""
        value = self._d.get(key)
        return None if value is None else Fields(value, f"{self.where}.{key}")

    def array(self, key: str) -> list[Any]:
        """An optional array (absent or null reads as empty)."""
        value = self._d.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._wrong(key, "an array", value)
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        """An optional array of strings (absent or null reads as empty)."""
        items = self.array(key)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise ShapeError(
                    f"{self.where}.{key}[{index}]: expected a string, got {kind(item)}"
                )
        return tuple(items)

    def label(self, key: str) -> str | None:
        """An analysis label: a string, or ``{"text": ...}`` as mentions send them."""
        value = self._d.get(key)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, Mapping) and isinstance(value.get("text"), str):
            return value["text"]  # type: ignore[no-any-return]
        raise self._wrong(key, 'a string or {"text": ...}', value)

    def labels(self, key: str) -> tuple[str, ...]:
        """A list of labels (strings or ``{"text": ...}`` objects); absent or null is empty."""
        found = []
        for index, item in enumerate(self.array(key)):
            text = item.get("text") if isinstance(item, Mapping) else item
            if not isinstance(text, str):
                expected = 'expected a string or {"text": ...}'
                raise ShapeError(f"{self.where}.{key}[{index}]: {expected}, got {kind(item)}")
            found.append(text)
        return tuple(found)

    def json(self, key: str) -> Any:
        """A value whose shape the documents do not show, kept as the JSON sent."""
        return self._d.get(key)

    def word(self, key: str) -> str | None:
        """An open-enum word: any string (new words are kept as sent)."""
        return self.text(key)


def enveloped(body: Any) -> Fields:
    """The ``data`` object of a ``{"data": {...}}`` envelope (Buzzabout's and Leadpipe's)."""
    return Fields(Fields(body, "body").raw("data"), "data")


def enveloped_items(body: Any, read: Callable[[Fields], M]) -> tuple[M, ...]:
    """Each item of a ``{"data": [...]}`` envelope, read."""
    items = Fields(body, "body").array("data")
    return tuple(read(Fields(item, f"data[{i}]")) for i, item in enumerate(items))


def camel(name: str) -> str:
    """``audience_id`` -> ``audienceId``: Leadpipe's wire names."""
    head, *rest = name.split("_")
    return head + "".join(word.title() for word in rest)


def shape(
    model: Callable[..., M], fields: str, wire: Callable[[str], str] = str
) -> Callable[..., M]:
    """A reader of ``model`` from one JSON object, from a list of its fields.

    ``fields`` names each field with the ``Fields`` method that reads it, ``name:method``
    (``created_at:stamp``); a bare name is read as ``text``. Field ``name`` is read from
    the key ``wire(name)`` (the name itself, or ``camel``). The reader takes the object,
    and keyword arguments for the fields it does not read (or that complete the answer).
    """
    plan = []
    for item in fields.split():
        name, _, how = item.partition(":")
        read = getattr(Fields, how or "text", None)
        if read is None or how.startswith("_"):
            raise TypeError(f"{model}: no reader {how!r} for field {name!r}")
        plan.append((name, wire(name), read))

    def read_model(d: Fields, **more: Any) -> M:
        return model(**{name: read(d, key) for name, key, read in plan}, **more)

    return read_model
