"""What every model offers: ``to_dict()``, ``to_json()`` and a short repr."""

from __future__ import annotations

import datetime as _dt
import enum
import json
from typing import TYPE_CHECKING, Any, cast

import attrs

if TYPE_CHECKING:
    from attrs import AttrsInstance


SHORT_TEXT = 60  # characters of a text shown in a repr


def _plain(value: Any) -> Any:
    """``value`` as plain JSON data."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.date):  # datetimes too: aware UTC ones end in Z
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def _short(value: Any) -> str:
    if isinstance(value, str) and len(value) > SHORT_TEXT:
        return repr(value[: SHORT_TEXT - 3] + "...")
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if isinstance(value, _dt.datetime | _dt.date):
        return _plain(value)  # type: ignore[no-any-return]
    if isinstance(value, tuple) and value and isinstance(value[0], Model):
        return f"<{len(value)} {type(value[0]).__name__}>"
    return repr(value)


class Model:
    """What every model offers: ``to_dict()``, ``to_json()``, and a short repr."""

    __slots__ = ()

    def _field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in attrs.fields(cast("type[AttrsInstance]", type(self))))

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON data: ISO-8601 timestamps, words for statuses."""
        return {name: _plain(getattr(self, name)) for name in self._field_names()}

    def to_json(self, **dumps: Any) -> str:
        """``to_dict()`` as a JSON string (keyword arguments go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), **dumps)

    def _shown_names(self) -> tuple[str, ...]:
        return self._field_names()

    def __repr__(self) -> str:
        shown = (
            f"{name}={_short(value)}"
            for name in self._shown_names()
            if (value := getattr(self, name)) is not None and value not in ((), "", [], {})
        )
        return f"{type(self).__name__}({', '.join(shown)})"
