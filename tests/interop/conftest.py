"""Fixtures of the interop tests: the fake on loopback, and the clients other teams generate."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from audiences.testing import fake_process

from tests.data import VENDORS
from tests.helpers import NODE_BIN, ROOT, tool

BUILD = ROOT / ".build" / "interop"
GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"


@pytest.fixture(scope="session")
def fake_url() -> Iterator[str]:
    """The base URL of ``audiences fake`` serving all three vendors on loopback."""
    with fake_process() as fake:
        yield fake.base_url


def _config(vendor: str, generator: str) -> str:
    spec = ROOT / "specs" / f"{vendor}.yaml"
    out = BUILD / vendor / generator
    lines = [f"generatorName: {generator}", f"inputSpec: {spec}", f"outputDir: {out}"]
    if generator == "go":
        # useOneOfDiscriminatorLookup: decode oneOf members with encoding/json alone; the
        # default also imports gopkg.in/validator.v2, which an offline build cannot fetch.
        lines += [
            "gitUserId: audiences",
            f"gitRepoId: {vendor}",
            "additionalProperties:",
            f"  packageName: {vendor}",
            "  withGoMod: true",
            "  isGoSubmodule: false",
            "  useOneOfDiscriminatorLookup: true",
        ]
    else:
        lines += ["additionalProperties:", "  supportsES6: true"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def generated_clients() -> Path:
    """OpenAPI Generator's `go` and `typescript-fetch` clients of every vendor spec.

    One `batch` run (one JVM) writes all six into .build/interop/<vendor>/<generator>.
    """
    tool("java")
    shutil.rmtree(BUILD, ignore_errors=True)
    configs = BUILD / "configs"
    configs.mkdir(parents=True)
    names = []
    for vendor in VENDORS:
        for generator in ("go", "typescript-fetch"):
            path = configs / f"{vendor}-{generator}.yaml"
            path.write_text(_config(vendor, generator))
            names.append(str(path))
    result = subprocess.run(
        [str(GENERATOR), "batch", "--fail-fast", *names],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return BUILD


@pytest.fixture(scope="session")
def workflow_programs() -> Path:
    """typescript/interop/*.mts compiled (tsc --strict) against openapi-typescript's types."""
    api = ROOT / "typescript" / "interop" / "api"
    api.mkdir(exist_ok=True)
    for vendor in VENDORS:
        subprocess.run(
            [
                str(NODE_BIN / "openapi-typescript"),
                str(ROOT / "specs" / f"{vendor}.yaml"),
                "--output",
                str(api / f"{vendor}.d.ts"),
            ],
            capture_output=True,
            check=True,
            timeout=120,
        )
    out = ROOT / ".build" / "interop-ts"
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run(
        [str(NODE_BIN / "tsc"), "-p", str(ROOT / "typescript" / "interop"), "--outDir", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out
