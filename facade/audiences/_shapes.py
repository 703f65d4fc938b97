"""Helpers the vendor modules share to read generated models: ``UNSET`` -> ``None``."""

from __future__ import annotations

from typing import Any, TypeVar

from audiences_api.types import UNSET, Unset

T = TypeVar("T")


def opt(value: T | Unset) -> T | None:
    """``None`` for ``UNSET``, else the value."""
    return None if value is UNSET else value  # type: ignore[return-value]


def ident(value: Any) -> str:
    """A required id: a non-empty string (``TypeError`` otherwise, so the response is refused)."""
    if not isinstance(value, str) or not value:
        raise TypeError(f"expected an id string, got {type(value).__name__}")
    return value


def word(value: Any) -> str | None:
    """A plain string from an open-enum value (an enum member or a new word)."""
    value = opt(value)
    if value is None:
        return None
    return str(getattr(value, "value", value))
