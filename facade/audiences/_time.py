"""Timestamp normalization: every shape the vendors send becomes an aware UTC datetime.

Pure functions; the table of shapes lives in tests/facade/test_normalize.py.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

UTC = _dt.UTC


class TimestampError(ValueError):
    """A value that is no timestamp the vendors document."""


def to_utc(value: Any) -> _dt.datetime | None:
    """Normalize an ISO-8601 string, epoch seconds or datetime to an aware UTC datetime.

    ``None`` stays ``None``. A naive value is read as UTC. Raises ``TimestampError`` for
    anything else.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        if value.tzinfo is UTC:
            return value  # already what we want: the common case, kept cheap
        parsed = value
    elif isinstance(value, bool):
        raise TimestampError(f"not a timestamp: {value!r}")
    elif isinstance(value, int | float):
        try:
            return _dt.datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError) as exc:
            raise TimestampError(f"epoch seconds out of range: {value!r}") from exc
    elif isinstance(value, str):
        parsed = _parse_iso(value)
    else:
        raise TimestampError(f"not a timestamp: {type(value).__name__}")
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise TimestampError(f"timestamp out of range: {value!r}") from exc


def to_date(value: Any) -> _dt.date | None:
    """Normalize a ``YYYY-MM-DD`` string or date to a ``date``; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise TimestampError(f"not a date: {value!r}") from exc
    raise TimestampError(f"not a date: {type(value).__name__}")


def _parse_iso(text: str) -> _dt.datetime:
    stripped = text.strip()
    try:
        return _dt.datetime.fromisoformat(stripped)
    except ValueError:
        pass
    # Rarer ISO-8601 forms (e.g. nanoseconds with an offset, week dates): python-dateutil,
    # imported only when needed so `import audiences` stays light.
    from dateutil.parser import isoparse  # noqa: PLC0415

    try:
        return isoparse(stripped)
    except (ValueError, OverflowError, TypeError) as exc:
        raise TimestampError(f"not an ISO-8601 timestamp: {text!r}") from exc
