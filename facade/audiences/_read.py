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
from typing import Any, Generic, TypeVar

import attrs

from audiences import _spec as spec
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


def snake(name: str) -> str:
    """``audienceId`` -> ``audience_id``: a wire name as our models spell it."""
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


FieldRead = Callable[[Fields, str], Any]


def by_type(schema: Mapping[str, Any]) -> FieldRead:
    """How a property is read when its reader says nothing else: by its documented type.

    Strings (``date-time`` ones as timestamps, ``date`` ones as dates), integers, numbers,
    booleans and arrays of strings are checked as read; anything else is kept as sent.
    """
    node = spec.non_null(schema)
    kind = node.get("type")
    read: FieldRead = Fields.json
    if kind == "string":
        formats: dict[str, FieldRead] = {"date-time": Fields.stamp, "date": Fields.day}
        read = formats.get(str(node.get("format")), Fields.text)
    elif kind == "array" and spec.type_of(spec.item(node)) == "string":
        read = Fields.strings
    elif kind in ("integer", "number", "boolean"):
        numbers: dict[str, FieldRead] = {
            "integer": Fields.integer,
            "number": Fields.number,
            "boolean": Fields.flag,
        }
        read = numbers[kind]
    return read


class Reader(Generic[M]):
    """Reads ``model`` from one JSON object of the spec's component ``schema``.

    Its field list comes from the spec table: each of the schema's properties fills the
    model field of the same name (``snake``-cased), read ``by_type`` unless ``read`` says
    otherwise (ids, timestamps sent as epoch seconds, decimal strings, nested models).
    Beside them:

    * ``renamed``: properties whose field has another name (``{"run_id": "id"}``);
    * ``computed``: a function of the object and the fields read so far, giving fields
      that normalize several properties (a run's status, steps and times); the
      properties it reads itself are ``uses``;
    * ``dropped``: properties the model does not surface, each named.

    A property the table adds that fits none of these is left out here (a client never
    breaks on it) and listed in ``unplaced``, which a test keeps empty. Called with the
    object and, as keywords, fields to fill where the answer leaves them out.
    """

    def __init__(
        self,
        model: Callable[..., M],
        schema: str,
        *,
        read: Mapping[str, FieldRead] | None = None,
        renamed: Mapping[str, str] | None = None,
        computed: Callable[[Fields, dict[str, Any]], Mapping[str, Any]] | None = None,
        uses: tuple[str, ...] = (),
        dropped: tuple[str, ...] = (),
    ) -> None:
        self.model = model
        self.schema = schema
        self.read = dict(read or {})
        self.renamed = dict(renamed or {})
        self.computed = computed
        self.uses = uses
        self.dropped = dropped
        self._plan: list[tuple[str, str, FieldRead]] | None = None
        self.unplaced: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"Reader({getattr(self.model, '__name__', self.model)!r}, {self.schema!r})"

    def plan(self) -> list[tuple[str, str, FieldRead]]:
        """(field, wire name, how it is read) for each property read one by one."""
        if self._plan is None:
            model: Any = self.model
            fields = {a.name for a in attrs.fields(model)}
            plan: list[tuple[str, str, FieldRead]] = []
            unplaced: list[str] = []
            for wire, schema in spec.properties(self.schema).items():
                if wire in self.dropped or wire in self.uses:
                    continue
                name = self.renamed.get(wire, snake(wire))
                if name not in fields:
                    unplaced.append(wire)
                    continue
                plan.append((name, wire, self.read.get(name) or by_type(schema)))
            self._plan, self.unplaced = plan, tuple(unplaced)
        return self._plan

    def values(self, d: Fields) -> dict[str, Any]:
        """The model's fields read from ``d``, as keywords (for a reader whose object holds
        another schema's, and reads its fields into the same model)."""
        values = {name: read(d, wire) for name, wire, read in self.plan()}
        if self.computed is not None:
            values.update(self.computed(d, values))
        return values

    def __call__(self, d: Fields, **fallback: Any) -> M:
        values = self.values(d)
        for name, value in fallback.items():
            if values.get(name) is None:
                values[name] = value
        return self.model(**values)
