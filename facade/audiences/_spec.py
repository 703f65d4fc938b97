"""The spec table, read: what the facade, the fake and the command line take from openapi.yaml.

The table (``_spec_table.py``) is generated from openapi.yaml by ``make generate`` and
loads on the first call here, so importing a client costs nothing of it. Every bound,
default, allowed word, path and field name the code needs comes through these functions:

    spec.prop("CreateDatasetRunRequest", "count")   # {"type": "integer", "minimum": 20, ...}
    spec.param("list_datasets", "limit")            # the query parameter's schema
    spec.words(spec.schema("Source"))               # ("reddit", "tiktok", ...)
    spec.operation("get_dataset")["path"]           # "/v1/datasets/{dataset_id}"
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import ModuleType
from typing import Any

Schema = Mapping[str, Any]


@cache
def _table() -> ModuleType:
    from audiences import _spec_table  # noqa: PLC0415 - the table loads on first use

    return _spec_table


def operations() -> Mapping[str, Mapping[str, Any]]:
    """Every operation by its operationId."""
    return _table().OPERATIONS  # type: ignore[no-any-return]


def operation(operation_id: str) -> Mapping[str, Any]:
    """One operation: ``vendor``, ``method``, ``path``, ``auth``, ``parameters``, ``body``,
    ``responses``."""
    return operations()[operation_id]


def schemas() -> Mapping[str, Schema]:
    """Every component schema by its name."""
    return _table().SCHEMAS  # type: ignore[no-any-return]


def schema(name: str) -> Schema:
    """One component schema."""
    return schemas()[name]


def resolve(node: Schema) -> Schema:
    """``node`` with its ``$ref`` followed (to the component it names), and again."""
    while "$ref" in node:
        node = schema(node["$ref"])
    return node


def non_null(node: Schema) -> Schema:
    """The schema of a value that is present: the null branch of a nullable schema dropped.

    ``{"anyOf": [X, {"type": "null"}]}`` gives X (resolved); ``{"type": ["string",
    "null"]}`` gives it with ``type: string``.
    """
    node = resolve(node)
    branches = node.get("anyOf") or node.get("oneOf")
    if branches:
        present = [b for b in branches if resolve(b).get("type") != "null"]
        if len(present) == 1:
            return non_null(present[0])
    kind = node.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        return {**node, "type": rest[0] if len(rest) == 1 else rest}
    return node


def type_of(node: Schema) -> str | None:
    """The JSON type of a present value (``"integer"``, ``"string"``, ...), if one."""
    kind = non_null(node).get("type")
    return kind if isinstance(kind, str) else None


def prop(schema_name: str, *names: str) -> Schema:
    """The schema of a property of a component, down a path of property names.

    ``prop("PromptSearch", "search_query")``; each step follows ``$ref`` and nullability.
    ``KeyError`` names the missing step.
    """
    node: Schema = schema(schema_name)
    where = schema_name
    for name in names:
        properties = non_null(node).get("properties", {})
        if name not in properties:
            raise KeyError(f"{where} has no property {name!r}")
        node = properties[name]
        where = f"{where}.{name}"
    return node


def properties(schema_name: str) -> Mapping[str, Schema]:
    """Every property of a component schema, by wire name."""
    found: Mapping[str, Schema] = non_null(schema(schema_name)).get("properties", {})
    return found


# The range an integer's ``format`` implies where the schema gives none (``topicIds`` are int64).
_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def range_of(node: Schema) -> tuple[Any, Any]:
    """A number's ``minimum`` and ``maximum`` (``None`` where unbounded), its ``format``'s
    range filling what they leave out."""
    node = non_null(node)
    low, high = _FORMATS.get(str(node.get("format")), (None, None))
    return node.get("minimum", low), node.get("maximum", high)


def param(operation_id: str, name: str) -> Schema:
    """The schema of one of an operation's parameters (path, query or header)."""
    for parameter in operation(operation_id)["parameters"]:
        if parameter["name"] == name:
            return parameter["schema"]  # type: ignore[no-any-return]
    raise KeyError(f"{operation_id} has no parameter {name!r}")


def words(node: Schema) -> tuple[str, ...]:
    """The documented words of an enumerated string (``enum``, ``x-extensible-enum`` or
    ``const``), following ``$ref`` and nullability; ``()`` if it enumerates none."""
    node = non_null(node)
    found = node.get("enum") or node.get("x-extensible-enum")
    if found is None and "const" in node:
        found = [node["const"]]
    return tuple(w for w in found or () if isinstance(w, str))


def item(node: Schema) -> Schema:
    """The schema of an array's items."""
    return non_null(node).get("items", {})  # type: ignore[no-any-return]


def default(node: Schema) -> Any:
    """The documented default (``None`` if none is documented)."""
    return non_null(node).get("default", resolve(node).get("default"))


@cache
def id_prefixes() -> tuple[str, ...]:
    """Every ``x-id-prefix`` the spec names (the prefix its examples show for a kind of id),
    longest first."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            if isinstance(node.get("x-id-prefix"), str):
                found.add(node["x-id-prefix"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(operations())
    walk(schemas())
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


@cache
def path_id_prefixes(name: str) -> tuple[str, ...]:
    """The ``x-id-prefix`` of every path parameter called ``name`` (``run_id`` names several
    kinds of run)."""
    found = {
        parameter["schema"]["x-id-prefix"]
        for op in operations().values()
        for parameter in op["parameters"]
        if parameter["name"] == name and "x-id-prefix" in parameter["schema"]
    }
    return tuple(sorted(found))


def bounds(node: Schema) -> str:
    """A schema's bounds as help text reads them: ``20-500, default 200``, ``1-255 characters``."""
    node = non_null(node)
    kind = node.get("type")
    low_key, high_key, unit = "minimum", "maximum", ""
    if kind == "string":
        low_key, high_key, unit = "minLength", "maxLength", " characters"
    elif kind == "array":
        low_key, high_key, unit = "minItems", "maxItems", " items"
    low, high = node.get(low_key), node.get(high_key)
    parts = []
    if low is not None and high is not None:
        parts.append(f"{low}-{high}{unit}")
    elif low is not None:
        parts.append(f"at least {low}{unit}")
    elif high is not None:
        parts.append(f"at most {high}{unit}")
    if (value := default(node)) is not None and not isinstance(value, list | dict):
        parts.append(f"default {str(value).lower() if isinstance(value, bool) else value}")
    return ", ".join(parts)
