"""The facade's suite on the lowest and on the highest versions the runtime dependencies allow.

    python scripts/dependency_bounds.py                # both (make dependency-bounds)
    python scripts/dependency_bounds.py lowest         # one of them

Each bound gets a throwaway venv under .build/bounds/ made by uv: the package (editable,
with its ``cli`` extra) and the ``test`` dependency group, resolved with
``--resolution lowest-direct`` (every declared floor: ``httpx>=0.27`` installs 0.27.0) or
``--resolution highest``. The runtime dependencies' versions are printed, a floor that
could not be installed fails the run, and then the facade's tests and the deadline and
size-limit tests on a real socket (tests/reliability/test_hostile_network.py: the
network layer is what leans hardest on httpx and httpcore) run in that venv.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
WHERE = ROOT / ".build" / "bounds"
UV = Path(sys.executable).parent / "uv"
SUITE = ["tests/facade", "tests/reliability/test_hostile_network.py"]
RESOLUTIONS = {"lowest": "lowest-direct", "highest": "highest"}


def runtime_requirements() -> list[Requirement]:
    """The package's dependencies and its extras' (what a user may install)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    texts = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        texts.extend(extra)
    return [Requirement(text) for text in texts]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our pinned tools, fixed arguments
        [str(arg) for arg in args], capture_output=True, text=True, check=False, cwd=ROOT
    )


def floor(requirement: Requirement) -> str | None:
    """The version a ``>=`` bound names, if any."""
    found = [spec.version for spec in requirement.specifier if spec.operator == ">="]
    return found[0] if found else None


def installed(python: Path) -> dict[str, str]:
    """``{canonical name: version}`` of the venv's distributions."""
    done = _run(UV, "pip", "list", "--python", python, "--format", "json")
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return {canonicalize_name(row["name"]): row["version"] for row in json.loads(done.stdout)}


def check(bound: str) -> bool:
    """Install one bound's venv and run the suite in it; whether everything passed."""
    venv = WHERE / bound
    shutil.rmtree(venv, ignore_errors=True)
    started = time.monotonic()
    python = venv / "bin" / "python"
    steps = [
        (UV, "venv", "--quiet", "--python", sys.executable, venv),
        (
            UV, "pip", "install", "--quiet", "--python", python,
            "--resolution", RESOLUTIONS[bound], "-e", ".[cli]", "--group", "test",
        ),
    ]  # fmt: skip
    for step in steps:
        done = _run(*step)
        if done.returncode != 0:
            print(f"{bound}: {' '.join(map(str, step))} failed:\n{done.stderr}")
            return False
    versions = installed(python)
    requirements = runtime_requirements()
    shown = ", ".join(
        f"{req.name} {versions.get(canonicalize_name(req.name))}" for req in requirements
    )
    print(f"{bound}: {shown}")
    if bound == "lowest":
        missed = [
            f"{req.name} {versions.get(canonicalize_name(req.name))} (floor {floor(req)})"
            for req in requirements
            if (low := floor(req)) is not None
            and Version(versions.get(canonicalize_name(req.name), "0")) != Version(low)
        ]
        if missed:
            print(f"{bound}: not on their floors: {', '.join(missed)}")
            return False
    done = _run(python, "-m", "pytest", "-p", "no:cacheprovider", "-q", *SUITE)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    print(f"{bound}: {summary} ({time.monotonic() - started:.0f} s with the install)")
    if done.returncode != 0:
        print(done.stdout[-5000:])
        return False
    shutil.rmtree(venv, ignore_errors=True)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bounds", nargs="*", help="lowest, highest (default: both)")
    args = parser.parse_args(argv)
    unknown = set(args.bounds) - RESOLUTIONS.keys()
    if unknown:
        parser.error(f"unknown bounds {sorted(unknown)}: choose from {list(RESOLUTIONS)}")
    results = [check(bound) for bound in args.bounds or RESOLUTIONS]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
