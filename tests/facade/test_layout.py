"""The house rules of the facade's layout, checked: small modules, one boundary with the
generated client, and cheap imports (generated modules: test_generated_modules.py)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

PACKAGE = ROOT / "facade" / "audiences"
RUFF = Path(sys.executable).parent / "ruff"
MAX_LINES = 600


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, cwd=ROOT
    )


# The spec table is openapi.yaml's data, generated and drift-checked, not code anyone
# writes: its size follows the spec's.
SPEC_TABLE = PACKAGE / "_spec_table.py"


def test_no_module_is_over_600_lines() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text().splitlines())
        for path in PACKAGE.rglob("*.py")
        if path != SPEC_TABLE
    }
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


@pytest.mark.parametrize(
    ("where", "banned"),
    [
        ("facade/audiences/_async/resources/probe.py", True),
        ("facade/audiences/_models.py", True),
        ("facade/audiences/testing/probe.py", True),
        ("facade/audiences/_vendors/probe.py", False),
    ],
)
def test_only_the_vendor_modules_may_import_the_generated_client(where: str, banned: bool) -> None:
    probe = "from audiences_api.models import CreateAudienceDatasetRequest\n"
    done = subprocess.run(
        [str(RUFF), "check", "--select", "TID251", "--stdin-filename", where, "-"],
        input=probe,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert ("TID251" in done.stdout) is banned, done.stdout


def test_no_generated_name_in_any_public_annotation() -> None:
    """Signatures of the public API never mention the generated client's types."""
    import audiences
    from audiences import testing

    found = []
    for module in (audiences, testing):
        for name in module.__all__:
            value = getattr(module, name)
            for attribute in vars(value).values() if isinstance(value, type) else ():
                annotations = getattr(attribute, "__annotations__", {})
                found += [f"{name}: {a}" for a in annotations.values() if "audiences_api" in str(a)]
    assert found == []


def _modules_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(','.join(sorted(sys.modules)))"
    return set(_run("-c", probe).stdout.strip().split(","))


def test_importing_a_client_loads_neither_models_nor_the_generated_client() -> None:
    extra = _modules_after("from audiences import Buzzabout, AsyncBuzzabout, Leadpipe")
    extra -= _modules_after("import httpx")
    heavy = {"attr", "attrs", "audiences_api", "audiences._models", "dateutil", "anyio", "rich"}
    assert extra & heavy == set()


def test_a_call_loads_only_its_own_area_of_the_generated_client() -> None:
    loaded = _modules_after(
        "from audiences import Buzzabout\n"
        "from audiences.testing import FakeAPIs, BUZZABOUT_KEY\n"
        "fake = FakeAPIs()\n"
        "Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport())"
        ".audience_datasets.create(name='x')"
    )
    areas = {m.split(".")[2] for m in loaded if m.startswith("audiences_api.api.")}
    assert areas == {"buzzabout_audience_datasets"}


def test_import_audiences_alone_loads_only_the_standard_library() -> None:
    extra = _modules_after("import audiences") - _modules_after("pass")
    third_party = {m for m in extra if m.split(".")[0] not in sys.stdlib_module_names}
    assert third_party == {"audiences"}


# Names with a leading underscore that are public API all the same.
PUBLIC_UNDERSCORED = {
    "_replace",  # NamedTuple's documented method (the underscore avoids field names)
    "_Decompress",  # typeshed's name of zlib's decompressor type, in an annotation
}


def _private_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """(private names a module defines, private attributes it uses on other objects)."""
    defined: set[str] = set()
    read: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.add(node.name)
            if not isinstance(node, ast.ClassDef):
                defined.update(a.arg for a in (*node.args.args, *node.args.kwonlyargs))
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}:
                if isinstance(node.ctx, ast.Store):
                    defined.add(node.attr)
            else:
                read.add(node.attr)  # read or written on another object
        elif isinstance(node, ast.alias):
            defined.add(node.asname or node.name.split(".")[0])
    private = {name for name in defined | read if name.startswith("_") and not name.endswith("__")}
    return defined & private, read & private


def test_the_facade_reads_no_other_librarys_private_attributes() -> None:
    """Every ``x._name`` the facade reads or sets is a name the facade itself defines.

    httpx's and httpcore's private attributes (a transport's ``_pool``, a pool's
    ``_network_backend``) may change in any release; only their public API is used.
    """
    defined: set[str] = set()
    read: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        mine, theirs = _private_names(ast.parse(path.read_text()))
        defined |= mine
        for name in theirs:
            read.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    foreign = {name: sorted(files) for name, files in read.items() if name not in defined}
    assert foreign.keys() - PUBLIC_UNDERSCORED == set(), foreign


def test_every_public_name_is_imported_for_type_checkers() -> None:
    """``audiences/__init__.py`` loads names lazily; its ``TYPE_CHECKING`` imports are what
    type checkers and the API reference read: each name of ``__all__`` is among them."""
    import ast

    tree = ast.parse((PACKAGE / "__init__.py").read_text())
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    import audiences

    assert sorted(set(audiences.__all__) - imported - {"__version__"}) == []
