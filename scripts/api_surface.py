"""The public Python API of the facade, as griffe sees it, in a form that survives refactors.

The surface is every name in ``audiences.__all__`` and ``audiences.testing.__all__``, with
its signature; each class with its public attributes and methods (inherited ones
included, so moving a method to a private base class changes nothing); and the classes
users reach through a public attribute or method, under that access path
(``Buzzabout/audience_datasets``, ``Buzzabout/audience_datasets/runs``, and
``FakeAPIs/add_account()`` for what a method returns). Objects are keyed by how users
reach them, never by the private module that defines them, so private modules may move.

Names are found at run time (``__all__``, then ``getattr``, which also resolves the
package's lazy PEP 562 ``__getattr__``); their signatures are read statically by griffe
from the source. ``python scripts/release.py snapshot`` stores the surface; ``check``
compares it with ``griffe.find_breaking_changes``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_MODULES = ("audiences", "audiences.testing")
# Protocol methods users rely on (construction, with, for, async for, calls).
PUBLIC_DUNDERS = {
    "__init__",
    "__call__",
    "__iter__",
    "__next__",
    "__aiter__",
    "__anext__",
    "__enter__",
    "__exit__",
    "__aenter__",
    "__aexit__",
}
DROPPED_KEYS = ("lineno", "endlineno", "docstring", "analysis", "runtime", "filepath")


def _is_public(name: str) -> bool:
    return not name.startswith("_") or name in PUBLIC_DUNDERS


def _target(obj: Any) -> Any:
    return obj.final_target if obj.is_alias else obj


class _Surface:
    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT / "facade"))
        self.package = griffe.load(
            "audiences", search_paths=[str(ROOT / "facade")], resolve_aliases=True
        )
        self.exported: dict[str, str] = {}  # canonical path -> public access path
        self.reachable: dict[str, dict[str, Any]] = {}  # access path -> class dump

    def lookup(self, path: str) -> Any:
        return _target(self.package.modules_collection[path])

    def dump(self, obj: Any, name: str) -> dict[str, Any]:
        obj = _target(obj)
        if obj.is_function:
            _resolve_defaults(obj)
        data: dict[str, Any] = obj.as_dict(full=False)
        for key in DROPPED_KEYS:
            data.pop(key, None)
        data["name"] = name
        if obj.is_class:
            data["bases"] = []  # flattened below: inherited members are listed as own
            members = {}
            for member_name, member in sorted(obj.all_members.items()):
                if _is_public(member_name):
                    members[member_name] = self.dump(member, member_name)
                    self.follow(_target(member), f"{name}/{member_name}")
            data["members"] = members
        elif "members" in data:
            data["members"] = {}
        return data

    def follow(self, member: Any, access: str) -> None:
        """A public attribute typed with a private class: that class is API too."""
        annotation = getattr(member, "annotation", None)
        if not isinstance(annotation, griffe.ExprName) or access in self.reachable:
            return
        canonical = annotation.canonical_path
        if not canonical.startswith("audiences.") or canonical in self.exported:
            return
        try:
            cls = self.lookup(canonical)
        except (KeyError, griffe.AliasResolutionError):
            return
        if cls.is_class:
            if member.is_function:
                access += "()"  # the class of what the method returns
            self.reachable[access] = {}
            self.reachable[access] = self.dump(cls, access)


def _resolve_defaults(function: Any) -> None:
    """Defaults that name a module constant (``timeout=DEFAULT_TIMEOUT``) as its value.

    A caller sees the value, not the name: writing ``timeout=30.0`` where the constant
    stood (or the reverse) changes nothing for them, and must not read as a break.
    """
    for parameter in function.parameters:
        default = parameter.default
        if not isinstance(default, griffe.ExprName):
            continue
        try:
            target = _target(function.modules_collection[default.canonical_path])
        except (KeyError, griffe.AliasResolutionError):
            continue
        if target.is_attribute and target.value is not None:
            parameter.default = target.value


def _bases(value: Any, public: set[int]) -> list[str]:
    """The public classes and builtins in a class's MRO.

    Removing one breaks ``except`` clauses and ``isinstance`` checks; private bases are
    internals and may change freely.
    """
    return [
        base.__name__
        for base in inspect.getmro(value)[1:]
        if base is not object and (base.__module__ == "builtins" or id(base) in public)
    ]


def surface() -> dict[str, Any]:
    """The public API as a griffe JSON tree (one synthetic module per public module)."""
    found = _Surface()
    modules: dict[str, dict[str, Any]] = {}
    runtime: dict[str, tuple[str, Any]] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value) or inspect.isfunction(value):
                found.exported[f"{value.__module__}.{value.__qualname__}"] = name
            runtime[f"{module_name}.{name}"] = (module_name, value)
    public = {id(value) for _, value in runtime.values()}
    for access, (module_name, value) in runtime.items():
        name = access.rsplit(".", 1)[1]
        if inspect.isclass(value) or inspect.isfunction(value):
            obj = found.lookup(f"{value.__module__}.{value.__qualname__}")
        else:
            obj = found.lookup(access)
        data = found.dump(obj, name)
        if inspect.isclass(value):
            for base in _bases(value, public):
                data["members"][f"<subclass of {base}>"] = {"kind": "attribute", "name": base}
        members = modules.setdefault(module_name, {})
        members[name] = data
    for access, data in found.reachable.items():
        modules["audiences"][access] = data
    root: dict[str, Any] = {"kind": "module", "name": "audiences", "members": modules["audiences"]}
    root["members"]["testing"] = {
        "kind": "module",
        "name": "testing",
        "members": modules["audiences.testing"],
    }
    plain: dict[str, Any] = json.loads(json.dumps(root, cls=griffe.JSONEncoder))
    return plain


def _decode(obj: dict[str, Any]) -> Any:
    # Line numbers are left out of stored surfaces (they change with every edit).
    if obj.get("kind") in ("module", "class", "function", "attribute", "type alias"):
        obj.setdefault("lineno", 0)
    return griffe.json_decoder(obj)


def load(data: dict[str, Any]) -> Any:
    """A surface (as :func:`surface` returns or a stored file holds) as griffe objects."""
    return json.loads(json.dumps(data), object_hook=_decode)


def breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What ``new`` breaks for users of ``old``, one readable line each."""
    lines = []
    for breakage in griffe.find_breaking_changes(load(old), load(new)):
        detail = ""
        for value in (breakage.old_value, breakage.new_value):
            if hasattr(value, "name") and hasattr(value, "kind"):
                detail = f" (parameter `{value.name}`)"
                break
        lines.append(f"{breakage.obj.path}: {breakage.kind.value}{detail}")
    return sorted(set(lines))


if __name__ == "__main__":
    json.dump(surface(), sys.stdout, indent=1, sort_keys=True)
