"""What a platform engineer vets before putting the package on an index: the wheel's files,
its metadata, one version everywhere, and an sdist whose tests run by themselves.

Expected values come from the tree (the packages' files, openapi.yaml's license, the
imports of the facade), never from a list written here.
"""

from __future__ import annotations

import ast
import email.parser
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from email.message import Message
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import ROOT
from tests.packaging.conftest import Dists, build

PACKAGES = {
    "audiences": ROOT / "facade" / "audiences",
    "audiences_api": ROOT / "generated" / "audiences_api",
}
# Imported by a module that only its host ever loads: pytest loads the plugin.
HOST_IMPORTS = {"facade/audiences/testing/pytest_plugin.py": {"pytest"}}


def _metadata(dists: Dists) -> Message:
    (name,) = (n for n in dists.wheel_names() if n.endswith(".dist-info/METADATA"))
    return email.parser.Parser().parsestr(dists.wheel_text(name))


def _package_files() -> set[str]:
    """Every file of the two import packages, as the wheel names it."""
    return {
        f"{name}/{path.relative_to(folder)}"
        for name, folder in PACKAGES.items()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and ".ruff_cache" not in path.parts
    }


def test_the_wheel_holds_the_two_packages_their_markers_and_the_license(dists: Dists) -> None:
    names = dists.wheel_names()
    info = {n for n in names if ".dist-info/" in n}
    dist_info = next(iter(info)).split("/")[0]
    assert names - info == _package_files()
    assert {n.removeprefix(f"{dist_info}/") for n in info} == {
        "METADATA",
        "WHEEL",
        "RECORD",
        "entry_points.txt",
        "licenses/LICENSE",
    }
    # Both import names are typed (PEP 561): mypy reads audiences_api without import-untyped.
    assert {"audiences/py.typed", "audiences_api/py.typed"} <= names


def test_the_metadata_says_what_a_vetting_engineer_looks_for(dists: Dists) -> None:
    meta = _metadata(dists)
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    # One license, as the HTTP reference states it, with its text in the wheel.
    assert meta["License-Expression"] == spec["info"]["license"]["identifier"]
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["License"] is None  # the free-text field the expression replaces
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    python = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert python == ">=3.11"
    assert {
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3 :: Only",
    } <= set(classifiers)
    assert meta["Author-email"] or meta["Author"]
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL") or [])
    assert len(urls) >= 3, urls
    assert all(url.startswith("https://") for url in urls.values()), urls
    # No development tools published as an extra: the extras are for users.
    assert "dev" not in (meta.get_all("Provides-Extra") or [])


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level modules outside the standard library that the facade imports, by file."""
    found: dict[str, set[str]] = {}
    own = {"audiences", "audiences_api", "__future__"}
    for path in PACKAGES["audiences"].rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top not in sys.stdlib_module_names and top not in own:
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_library_the_facade_imports_is_declared(dists: Dists) -> None:
    requires = [Requirement(text) for text in _metadata(dists).get_all("Requires-Dist") or []]
    declared = {canonicalize_name(req.name) for req in requires}
    where = importlib.metadata.packages_distributions()
    undeclared = {}
    for module, files in _third_party_imports().items():
        importers = {f for f in files if module not in HOST_IMPORTS.get(f, set())}
        dists_of = {canonicalize_name(d) for d in where.get(module, [module])}
        if importers and not dists_of & declared:
            undeclared[module] = sorted(importers)
    assert undeclared == {}
    assert {"httpx", "httpcore", "anyio"} <= declared  # imported directly, so declared directly


def test_one_version_source_feeds_the_wheel_the_package_and_the_user_agent(
    tmp_path: Path,
) -> None:
    """Bump the version where pyproject says it lives: all three follow, nothing else edited."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" in pyproject["project"]["dynamic"]
    source = pyproject["tool"]["hatch"]["version"]["path"]
    tree = tmp_path / "tree"
    for part in ("facade", "generated"):
        shutil.copytree(ROOT / part, tree / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / part, tree / part)
    version_file = tree / source
    text = version_file.read_text()
    bumped = re.sub(r'^__version__ = "[^"]+"$', '__version__ = "9.8.7"', text, flags=re.M)
    assert bumped != text
    version_file.write_text(bumped)
    done = build(tree, tmp_path / "out", "--wheel")
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = (tmp_path / "out").glob("*.whl")
    probe = (
        "import httpx, audiences\n"
        "seen = []\n"
        "def answer(request):\n"
        "    seen.append(request.headers['user-agent'])\n"
        "    return httpx.Response(404, json={})\n"
        "bz = audiences.Buzzabout(api_key='k', transport=httpx.MockTransport(answer), max_retries=0)\n"
        "try:\n"
        "    bz.datasets.get('ds_1')\n"
        "except audiences.NotFoundError:\n"
        "    pass\n"
        "print(audiences.__version__, seen[0])\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{tree / 'facade'}{os.pathsep}{tree / 'generated'}"}
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert ran.stderr == ""
    assert (wheel.name.split("-")[1], ran.stdout.split()) == (
        "9.8.7",
        ["9.8.7", "audiences-python/9.8.7"],
    )


def test_the_sdist_carries_its_tests_and_what_they_need(dists: Dists) -> None:
    names = dists.sdist_names()
    tests = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "tests").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert tests - names == set()
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml", "openapi.yaml"} <= names


def test_the_sdists_own_tests_run_by_themselves(dists: Dists, tmp_path: Path) -> None:
    """Unpacked alone, the sdist collects its whole suite and passes the facade's tests."""
    with tarfile.open(dists.sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    (tree,) = tmp_path.iterdir()
    env = {**os.environ, "PYTHONPATH": f"{tree / 'facade'}{os.pathsep}{tree / 'generated'}"}
    pytest = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]
    collected = subprocess.run(
        [*pytest, "--collect-only", "tests"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=False,
    )
    assert collected.returncode == 0, collected.stdout[-3000:]
    ran = subprocess.run(
        [*pytest, "-x", "tests/facade"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout[-3000:]
    # The tests read the unpacked tree, not this checkout.
    where = subprocess.run(
        [sys.executable, "-c", "import audiences; print(audiences.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=True,
    )
    assert where.stdout.startswith(str(tree))


def test_a_type_checker_reads_both_import_names_as_typed(tmp_path: Path) -> None:
    """A service's own mypy run (its own folder, no config of ours) sees both packages' types."""
    (tmp_path / "service.py").write_text(
        "from audiences import Buzzabout\n"
        "from audiences_api.client import AuthenticatedClient\n"
        "low = AuthenticatedClient(base_url='https://api.buzzabout.ai', token='k')\n"
        "reveal_type(low.get_httpx_client)\n"
        "Buzzabout(api_key='k').close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "service.py"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    lines = [line for line in done.stdout.splitlines() if "service.py" in line]
    assert lines == [
        'service.py:4: note: Revealed type is "def () -> httpx._client.Client"',
    ]
