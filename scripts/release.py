"""The breaking-change gate, and the released baselines it compares with.

    python scripts/release.py check      # make check-breaking (make test runs it)
    python scripts/release.py snapshot   # make release: store the current state as released

Baselines live in the repository (git tags do not travel with every checkout):
``releases/<version>/openapi.yaml`` (the spec) and ``releases/<version>/python-api.json``
(the facade's public Python API as scripts/api_surface.py reads it with griffe).

``check`` compares the current state with the newest baseline:
- openapi.yaml with api-smart-diff (npm, pinned), plus what breaks generated clients
  whatever the tool says: a property removed from a request or response body, an
  operationId or tag changed or removed, a component schema removed or renamed;
- the public Python API with ``griffe.find_breaking_changes``.
Any breaking change fails the gate unless the version (``__version__`` in
facade/audiences/__init__.py) has a major part above the baseline's and CHANGELOG.md (Keep
a Changelog) has a section for that version with a non-empty ``### Changed`` or
``### Removed`` list saying what broke.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_surface  # the sibling script, importable once its folder is on the path

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "releases"
SPEC = "openapi.yaml"
PYTHON_API = "python-api.json"
NODE_DIFF = ROOT / "scripts" / "api_diff.cjs"
SHOWN = 40  # breaking changes printed per kind; the rest are counted


def version_tuple(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` as ``(1, 2, 3)``."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text)
    if match is None:
        raise SystemExit(f"not a MAJOR.MINOR.PATCH version: {text!r}")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def version_file(root: Path = ROOT) -> Path:
    """Where the version is written: the file pyproject.toml names (``[tool.hatch.version]``)."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text())
    path: str = pyproject["tool"]["hatch"]["version"]["path"]
    return root / path


def current_version(root: Path = ROOT) -> str:
    """The version, from its one source: ``__version__`` in ``facade/audiences/__init__.py``."""
    match = re.search(r'^__version__ = "([^"]+)"$', version_file(root).read_text(), re.MULTILINE)
    if match is None:
        raise SystemExit(f"{version_file(root)} has no __version__ line")
    return match[1]


def latest_release(root: Path = ROOT) -> str | None:
    """The newest version under releases/, or None before the first release."""
    versions = [p.name for p in (root / "releases").glob("*") if (p / SPEC).exists()]
    return max(versions, key=version_tuple) if versions else None


def changelog_section(text: str, version: str) -> str | None:
    """The body of ``## [version]`` in a Keep a Changelog file, or None."""
    match = re.search(
        rf"^## \[{re.escape(version)}\][^\n]*\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL
    )
    return match.group(1) if match else None


def says_what_broke(section: str) -> bool:
    """Whether a changelog section has a non-empty ``### Changed`` or ``### Removed`` list."""
    for heading in re.finditer(r"^### (Changed|Removed)\s*$", section, re.MULTILINE):
        rest = section[heading.end() :]
        body = re.split(r"^### ", rest, maxsplit=1, flags=re.MULTILINE)[0]
        if re.search(r"^\s*[-*] \S", body, re.MULTILINE):
            return True
    return False


# ------------------------------------------------------------------ the spec


def _schema_names(spec: dict[str, Any]) -> set[str]:
    return set(spec.get("components", {}).get("schemas", {}))


def spec_breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Breaking changes from ``old`` to ``new`` (two parsed OpenAPI documents)."""
    with tempfile.TemporaryDirectory() as tmp:
        before, after = Path(tmp) / "before.json", Path(tmp) / "after.json"
        before.write_text(json.dumps(old))
        after.write_text(json.dumps(new))
        node = shutil.which("node") or "node"
        result = subprocess.run(  # noqa: S603 - our own script, fixed arguments
            [node, str(NODE_DIFF), str(before), str(after)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
    found = []
    for diff in json.loads(result.stdout):
        path = diff["path"]
        if not path or path[0] != "paths":  # the tool resolves components into paths
            continue
        where = " ".join(str(p) for p in path[1:3]).strip()
        text = diff["description"] or f"{diff['action']} {'/'.join(map(str, path))}"
        last = str(path[-1])
        before_last = str(path[-2]) if len(path) > 1 else ""
        if diff["type"] == "breaking":
            found.append(f"{where}: {text}")
        elif diff["action"] == "remove" and before_last == "properties":
            found.append(f"{where}: {text} (a generated model loses the field)")
        elif last == "operationId" and diff["action"] in ("replace", "remove"):
            found.append(f"{where}: operationId changed (generated method names change)")
        elif before_last == "tags" and diff["action"] in ("replace", "remove"):
            found.append(f"{where}: tag changed (generated modules and API classes move)")
    for name in sorted(_schema_names(old) - _schema_names(new)):
        found.append(f"components: schema {name} removed or renamed (a generated type is gone)")
    return sorted(set(found))


# ------------------------------------------------------------------ the commands


def _print(title: str, lines: list[str]) -> None:
    print(f"{title}: {len(lines)} breaking change(s)")
    for line in lines[:SHOWN]:
        print(f"  - {line}")
    if len(lines) > SHOWN:
        print(f"  ... and {len(lines) - SHOWN} more")


def check(root: Path = ROOT) -> int:
    """The gate; 0 when the current state may ship under the current version."""
    version = current_version(root)
    baseline = latest_release(root)
    if baseline is None:
        print("no release under releases/ yet: run `make release` to make the first one")
        return 1
    if version_tuple(version) < version_tuple(baseline):
        print(
            f"facade/audiences/__init__.py says {version}, older than the last release {baseline}"
        )
        return 1
    base = root / "releases" / baseline
    spec_breaks = spec_breaking_changes(
        yaml.safe_load((base / SPEC).read_text()), yaml.safe_load((root / SPEC).read_text())
    )
    python_breaks = api_surface.breaking_changes(
        json.loads((base / PYTHON_API).read_text()), api_surface.surface()
    )
    print(f"compared with release {baseline} (version now {version})")
    _print("openapi.yaml (api-smart-diff)", spec_breaks)
    _print("public Python API (griffe)", python_breaks)
    changelog = (root / "CHANGELOG.md").read_text()
    ok, message = verdict(version, baseline, bool(spec_breaks or python_breaks), changelog)
    print(message)
    return 0 if ok else 1


def verdict(version: str, baseline: str, breaking: bool, changelog: str) -> tuple[bool, str]:
    """Whether the current state may ship as ``version``, and why."""
    if not breaking:
        return True, f"ok: nothing breaks users of {baseline}"
    if version_tuple(version)[0] <= version_tuple(baseline)[0]:
        return False, (
            "FAIL: breaking changes need a new major version: raise the version in "
            f"facade/audiences/__init__.py above {version_tuple(baseline)[0]}.x.x and say what "
            "broke in CHANGELOG.md (a `## [X.0.0]` section with `### Changed` or `### Removed`)"
        )
    section = changelog_section(changelog, version)
    if section is None or not says_what_broke(section):
        return False, (
            f"FAIL: version {version} is a new major version, but CHANGELOG.md has no "
            f"`## [{version}]` section with a `### Changed` or `### Removed` list saying "
            "what broke"
        )
    return (
        True,
        f"ok: the breaking changes ship as major version {version}, and CHANGELOG.md says so",
    )


def snapshot(root: Path = ROOT) -> int:
    """Store the current spec and Python API as the release of the current version."""
    version = current_version(root)
    section = changelog_section((root / "CHANGELOG.md").read_text(), version)
    if section is None:
        print(f"CHANGELOG.md has no `## [{version}]` section: write it first")
        return 1
    target = root / "releases" / version
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(root / SPEC, target / SPEC)
    text = json.dumps(api_surface.surface(), indent=1, sort_keys=True) + "\n"
    (target / PYTHON_API).write_text(text)
    print(f"released {version}: {target.relative_to(root)}/{SPEC}, {PYTHON_API}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "snapshot"])
    args = parser.parse_args(argv)
    return check() if args.command == "check" else snapshot()


if __name__ == "__main__":
    sys.exit(main())
