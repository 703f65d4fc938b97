"""What ties the facade and the fake to openapi.yaml, checked from the spec table's side.

- Every reader reads exactly its schema: a property it reads that the schema does not
  declare, or a declared property it neither reads nor lists as dropped, fails, naming
  the reader and the property (found by reading a full sample of the schema through a
  recording object, so hand-written normalizers are held to it too).
- Every operation of the spec has a fake handler and a facade method, and every handler
  and every facade call answers or makes an operation the spec has (``tests/tour.py``
  calls every public method against the fake and notes which operations it reached).

tests/spec/test_spec_changes.py runs these on scratch copies of the spec.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import audiences._models
import audiences._vendors
import pytest
from audiences import _spec as spec
from audiences._models._lazy import LazyModel
from audiences._read import Fields, Reader
from audiences.testing import _routes as routes

from tests.tour import Tour, public_methods

# ------------------------------------------------------------------ samples of a schema


def sample(node: Any, depth: int = 0) -> Any:  # noqa: PLR0911 - one return per JSON type
    """A value every property of ``node`` is present in, each of its documented type."""
    node = spec.resolve(node)
    if "const" in node:
        return node["const"]
    branches = node.get("oneOf") or node.get("anyOf")
    if branches:
        present = [b for b in branches if spec.resolve(b).get("type") != "null"]
        return sample(present[0], depth)
    kind = spec.type_of(node)
    if kind == "string":
        return _text(spec.non_null(node))
    if kind in ("integer", "number"):
        return max(node.get("minimum", 1), 1)
    if kind == "boolean":
        return True
    if kind == "array":
        return [] if depth > 4 else [sample(spec.item(node), depth + 1)]
    if kind == "object":
        found = spec.non_null(node).get("properties", {})
        return {name: sample(prop, depth + 1) for name, prop in found.items()}
    return "any"


# Strings a sample tries, in turn, against a schema's pattern.
TEXTS = ("0.5", "US", "https://example.com/post/1", "b2c_1253", "text")


def _text(node: Any) -> str:
    if words := spec.words(node):
        return words[0]
    if "default" in node:
        return str(node["default"])
    by_format = {"date-time": "2026-05-01T12:00:00Z", "date": "2026-05-01", "uri": TEXTS[2]}
    if node.get("format") in by_format:
        return by_format[node["format"]]
    pattern = node.get("pattern")
    return next(t for t in TEXTS if pattern is None or re.search(pattern, t))


class Recording(dict[str, Any]):
    """A JSON object that notes every key read from it."""

    def __init__(self, value: dict[str, Any]) -> None:
        super().__init__(value)
        self.read: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return super().__contains__(key)


# ------------------------------------------------------------------ the readers


def _modules(package: Any) -> Iterator[Any]:
    for found in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        yield importlib.import_module(found.name)


def readers() -> dict[str, Reader[Any]]:
    """Every reader of the facade, by where it is (``module.name``)."""
    found = {}
    for module in [*_modules(audiences._vendors), *_modules(audiences._models)]:
        for name, value in vars(module).items():
            if isinstance(value, Reader):
                found[f"{module.__name__}.{name}"] = value
    return found


def lazy_models() -> dict[str, type[LazyModel]]:
    """Every lazily read model, by name."""
    return {cls.__name__: cls for cls in LazyModel.__subclasses__()}


def reader_problems(where: str, reader: Reader[Any]) -> list[str]:
    """What ties ``reader`` badly to its schema, each problem naming both."""
    if reader.schema not in spec.schemas():
        return [f"{where}: reads schema {reader.schema}, which the spec no longer has"]
    declared = set(spec.properties(reader.schema))
    obj = Recording(sample(spec.schema(reader.schema)))
    reader(Fields(obj, "data"))
    problems = [
        f"{where} reads {key!r}, which schema {reader.schema} does not declare"
        for key in sorted(obj.read - declared)
    ]
    problems += [
        f"schema {reader.schema} property {key!r} is neither read by {where} nor in its dropped"
        for key in sorted(declared - obj.read - set(reader.dropped))
    ]
    problems += [
        f"schema {reader.schema} property {key!r} has no field of {where}'s model"
        for key in reader.unplaced
    ]
    planned = {name for name, _, _ in reader.plan()}
    problems += [
        f"{where} reads field {name!r} its own way, but no property of {reader.schema} fills it"
        for name in sorted(set(reader.read) - planned)
    ]
    return problems


def lazy_problems(name: str, model: type[LazyModel]) -> list[str]:
    """What ties a lazily read model badly to its schema."""
    declared = set(spec.properties(model._schema))
    obj = Recording(sample(spec.schema(model._schema)))
    item = model(obj)
    for field in model._fields_:
        getattr(item, field)
    return [
        f"{name} reads {key!r}, which schema {model._schema} does not declare"
        for key in sorted(obj.read - declared)
    ] + [
        f"schema {model._schema} property {key!r} is neither read by {name} nor in its _dropped"
        for key in sorted(declared - obj.read - set(model._dropped))
    ]


def test_every_reader_reads_exactly_its_schema() -> None:
    found = [p for where, reader in readers().items() for p in reader_problems(where, reader)]
    found += [p for name, model in lazy_models().items() for p in lazy_problems(name, model)]
    assert not found, "\n".join(found)


def test_the_tie_sees_a_reader_read_an_undeclared_property() -> None:
    """The check itself: a reader of a property no schema has, and one that skips one."""
    from audiences._models import Dataset

    def peeks(d: Fields, read: dict[str, Any]) -> dict[str, Any]:
        d.raw("secret_field")
        return {}

    peeking = Reader(Dataset, "Dataset", computed=peeks)
    skipping = Reader(Dataset, "Dataset", uses=("url",))  # claims it, never reads it
    assert reader_problems("peeking", peeking) == [
        "peeking reads 'secret_field', which schema Dataset does not declare"
    ]
    assert reader_problems("skipping", skipping) == [
        "schema Dataset property 'url' is neither read by skipping nor in its dropped"
    ]


# ------------------------------------------------------------------ operations


def test_every_handler_answers_an_operation_of_the_spec_by_its_path() -> None:
    dead = [f"fake handler {name}: the spec has no operation {name}" for name in routes.dead()]
    found = [*dead, *routes.mismatched()]
    assert not found, "\n".join(found)


@pytest.fixture(scope="module")
def tour() -> Tour:
    """Every public method of every client, called once against the fake."""
    return Tour.run()


def test_every_public_method_is_on_the_tour(tour: Tour) -> None:
    missing = sorted(set(public_methods()) - set(tour.reached))
    assert not missing, "no call in tests/tour.py CALLS for: " + ", ".join(missing)


def test_every_operation_has_a_fake_handler_and_a_facade_method(tour: Tour) -> None:
    made = {op for ops in tour.reached.values() for op in ops}
    answered = set(routes.handlers())
    missing = []
    for operation_id, op in spec.operations().items():
        where = f"{operation_id} ({op['method']} {op['path']})"
        if operation_id not in answered:
            missing.append(f"{where}: no fake handler (@operation({operation_id!r}))")
        if operation_id not in made:
            missing.append(f"{where}: no facade method calls it")
    assert not missing, "\n".join(missing)


def test_every_facade_call_makes_operations_of_the_spec(tour: Tour) -> None:
    assert not tour.problems, "\n".join(tour.problems)
