"""Argument checks for the documented constraints, run before any request is sent."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from audiences import _spec as spec
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
    of_its_kind(field, value, spec.path_id_prefixes(field.split("[", maxsplit=1)[0]))
    return value


def of_its_kind(field: str, value: str, expected: tuple[str, ...]) -> None:
    """Refuse an id that carries another kind's documented prefix (an audience dataset
    run's ``adr_...`` passed as an audience dataset's id); ``expected`` are this field's
    prefixes. An id with no known prefix passes: the spec's prefixes come from examples."""
    if not expected or value.startswith(expected):
        return
    other = next((p for p in spec.id_prefixes() if value.startswith(p)), None)
    if other is not None:
        theirs = " or ".join(f"{p}..." for p in expected)
        raise InvalidArgumentError(
            field, f"{value!r} is another kind of id ({other}...), where this one is {theirs}"
        )


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


def number(
    field: str, value: Any, *, minimum: float | None = None, maximum: float | None = None
) -> float:
    """A finite int or float (not a bool), within ``minimum``..``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgumentError(field, f"must be a number, not {value!r}")
    if minimum is not None and value < minimum:
        raise InvalidArgumentError(field, f"must be at least {minimum:g} (got {value})")
    if maximum is not None and value > maximum:
        raise InvalidArgumentError(field, f"must be at most {maximum:g} (got {value})")
    return value


def flag(field: str, value: Any) -> bool:
    """True or False (not 1, not "yes")."""
    if not isinstance(value, bool):
        raise InvalidArgumentError(field, f"must be True or False (got {value!r})")
    return value


def valid(  # noqa: PLR0911 - one return per JSON type
    field: str, value: Any, schema: spec.Schema, *, pattern_means: str = ""
) -> Any:
    """``value`` within what the spec documents for it (``spec.prop(...)``, ``spec.param(...)``):
    its type, range, length, pattern, words and array size. The error names ``field``.

    ``pattern_means`` says in words what the schema's ``pattern`` asks for (``ISO 3166-1
    alpha-2``), for the message.
    """
    node = spec.non_null(schema)
    kind = node.get("type")
    if kind == "integer":
        low, high = spec.range_of(node)
        return integer(field, value, minimum=low, maximum=high)
    if kind == "number":
        return number(field, value, minimum=node.get("minimum"), maximum=node.get("maximum"))
    if kind == "boolean":
        return flag(field, value)
    if kind == "string":
        if allowed := spec.words(node):
            return choice(field, value, allowed)
        found = text(
            field, value, min_length=node.get("minLength", 0), max_length=node.get("maxLength")
        )
        if "x-id-prefix" in node:
            of_its_kind(field, found, (node["x-id-prefix"],))
        pattern = node.get("pattern")
        if pattern is not None and not re.search(pattern, found):
            wanted = pattern_means or f"match {pattern}"
            raise InvalidArgumentError(field, f"must {wanted} (got {found!r})")
        return found
    if kind == "array":
        return _array(field, value, node)
    if kind == "object":
        return _object(field, value, node)
    return value


def _object(field: str, value: Any, node: spec.Schema) -> dict[str, Any]:
    """An object: its required properties present, each documented one valid; other keys
    are sent as given (the spec's objects are open)."""
    found = mapping(field, value)
    for name in node.get("required", ()):
        if name not in found:
            raise InvalidArgumentError(f"{field}.{name}", "is required")
    for name, schema in node.get("properties", {}).items():
        if name in found and not (found[name] is None and _nullable(schema)):
            valid(f"{field}.{name}", found[name], schema)
    return found


def _nullable(schema: spec.Schema) -> bool:
    """Whether the spec allows ``null`` here (``type: [integer, "null"]``, a null branch)."""
    node = spec.resolve(schema)
    kind = node.get("type")
    branches = node.get("anyOf") or node.get("oneOf") or ()
    return (
        kind == "null"
        or (isinstance(kind, list) and "null" in kind)
        or any(spec.resolve(b).get("type") == "null" for b in branches)
    )


def given(schema: str, **values: Any) -> dict[str, Any]:
    """The arguments given (``None`` is not given), each checked against the property of
    the request ``schema`` of its name; one the schema requires raises if not given."""
    required = spec.non_null(spec.schema(schema)).get("required", ())
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if value is not None:
            checked[name] = valid(name, value, spec.prop(schema, name))
        elif name in required:
            raise InvalidArgumentError(name, "is required")
    return checked


def _array(field: str, value: Any, node: spec.Schema) -> list[Any]:
    if isinstance(value, str | bytes | dict) or not isinstance(value, Iterable):
        raise InvalidArgumentError(field, "must be a list")
    items = [valid(f"{field}[{i}]", item, spec.item(node)) for i, item in enumerate(value)]
    size(field, items, node)
    if node.get("uniqueItems") and len(set(map(repr, items))) != len(items):
        raise InvalidArgumentError(field, "must not repeat an item")
    return items


def size(field: str, items: list[Any], schema: spec.Schema) -> None:
    """A list within the array's documented ``minItems``..``maxItems``."""
    node = spec.non_null(schema)
    low, high = node.get("minItems", 0), node.get("maxItems")
    if len(items) < low or (high is not None and len(items) > high):
        wanted = f"{low}-{high}" if high is not None else f"at least {low}"
        raise InvalidArgumentError(field, f"must hold {wanted} items (got {len(items)})")


def choice(field: str, value: Any, allowed: tuple[str, ...]) -> str:
    """One of the documented words."""
    if value not in allowed:
        raise InvalidArgumentError(field, f"must be one of {', '.join(allowed)} (got {value!r})")
    return str(value)


def post_refs(field: str, value: Any, schema: spec.Schema) -> list[PostRef]:
    """Posts, each a ``PostRef`` or an ``(id, source)`` pair, as many as ``schema`` (the
    request's array of ``PostRef``) allows."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidArgumentError(field, "must be a list of PostRef or (id, source) pairs")
    refs: list[PostRef] = []
    for index, item in enumerate(value):
        if isinstance(item, PostRef):
            refs.append(item)
        elif isinstance(item, tuple | list) and len(item) == 2:
            refs.append(PostRef(item[0], item[1]))
        else:
            raise InvalidArgumentError(
                f"{field}[{index}]", "must be a PostRef or an (id, source) pair"
            )
    size(field, refs, schema)
    for index, ref in enumerate(refs):
        text(f"{field}[{index}].id", ref.id)
        valid(f"{field}[{index}].source", ref.source, spec.prop("PostRef", "source"))
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
