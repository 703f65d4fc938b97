"""Helpers the vendor modules share to read generated models: ``UNSET`` -> ``None``."""

from __future__ import annotations

from typing import Any, TypeVar

from audiences_api.types import Unset

T = TypeVar("T")


def opt(value: T | Unset) -> T | None:
    """``None`` for ``UNSET``, else the value."""
    return None if isinstance(value, Unset) else value


def word(value: Any) -> str | None:
    """A plain string from an open-enum value (an enum member or a new word)."""
    value = opt(value)
    if value is None:
        return None
    return str(getattr(value, "value", value))
