"""Argument checks for the documented constraints, run before any request is sent."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from audiences._errors import InvalidArgumentError
from audiences._models import PostRef
from audiences._read import MAX_ID


def path_id(field: str, value: Any) -> str:
    """An id that will be one URL path segment: a non-empty string other than ``.``/``..``.

    Every other character is percent-encoded when the path is built, so an id can never
    name another endpoint.
    """
    if not isinstance(value, str):
        raise InvalidArgumentError(field, f"must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidArgumentError(field, "must not be empty")
    if len(value) > MAX_ID:
        raise InvalidArgumentError(field, f"must be at most {MAX_ID} characters (got {len(value)})")
    if value.strip() in {".", ".."}:
        raise InvalidArgumentError(field, f"{value!r} is not an id")
    return value


def known(field: str, value: str | None) -> str:
    """A value the call needs but the caller's object does not carry (e.g. a run's owner)."""
    if not value:
        raise InvalidArgumentError(field, "is unknown, so the run cannot be observed")
    return value


def text(field: str, value: Any, *, min_length: int = 1, max_length: int | None = None) -> str:
    """A string within the documented length bounds."""
    if not isinstance(value, str):
        raise InvalidArgumentError(field, f"must be a string, not {type(value).__name__}")
    if len(value) < min_length:
        raise InvalidArgumentError(field, f"must be at least {min_length} character(s)")
    if max_length is not None and len(value) > max_length:
        raise InvalidArgumentError(
            field, f"must be at most {max_length} characters (got {len(value)})"
        )
    return value


def integer(
    field: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """An int (not a bool) within the documented range."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(field, f"must be an integer, not {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise InvalidArgumentError(field, f"must be at least {minimum} (got {value})")
    if maximum is not None and value > maximum:
        raise InvalidArgumentError(field, f"must be at most {maximum} (got {value})")
    return value


def number(field: str, value: Any, *, minimum: float | None = None) -> float:
    """A finite int or float (not a bool), at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgumentError(field, f"must be a number, not {value!r}")
    if minimum is not None and value < minimum:
        raise InvalidArgumentError(field, f"must be at least {minimum:g} (got {value})")
    return value


def choice(field: str, value: Any, allowed: tuple[str, ...]) -> str:
    """One of the documented words."""
    if value not in allowed:
        raise InvalidArgumentError(field, f"must be one of {', '.join(allowed)} (got {value!r})")
    return str(value)


def post_refs(field: str, value: Any, *, min_items: int = 1, max_items: int = 5) -> list[PostRef]:
    """1-5 posts, each a ``PostRef`` or an ``(id, source)`` pair."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidArgumentError(field, "must be a list of PostRef or (id, source) pairs")
    refs: list[PostRef] = []
    for index, item in enumerate(value):
        if isinstance(item, PostRef):
            ref = item
        elif isinstance(item, tuple | list) and len(item) == 2:
            ref = PostRef(item[0], item[1])
        else:
            raise InvalidArgumentError(
                f"{field}[{index}]", "must be a PostRef or an (id, source) pair"
            )
        text(f"{field}[{index}].id", ref.id)
        text(f"{field}[{index}].source", ref.source)
        refs.append(ref)
    if not min_items <= len(refs) <= max_items:
        raise InvalidArgumentError(
            field, f"must hold {min_items}-{max_items} posts (got {len(refs)})"
        )
    return refs


def words(field: str, value: Any, allowed: tuple[str, ...]) -> list[str]:
    """A list of documented words (``strings``, each one of ``allowed``)."""
    items = strings(field, value)
    for item in items:
        choice(field, item, allowed)
    return items


def mapping(field: str, value: Any) -> dict[str, Any]:
    """A JSON object."""
    if not isinstance(value, dict):
        raise InvalidArgumentError(field, f"must be a dict, not {type(value).__name__}")
    return value


def strings(field: str, value: Any) -> list[str]:
    """A list of non-empty strings (a bare string is refused, not split into characters)."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidArgumentError(field, "must be a list of strings")
    items = list(value)
    for index, item in enumerate(items):
        text(f"{field}[{index}]", item)
    return items
