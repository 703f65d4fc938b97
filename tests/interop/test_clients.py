"""Other language teams' clients, generated from specs/*.yaml, build and drive the fake.

For each vendor spec:
- OpenAPI Generator's `go` client builds with `go build` (Go 1.19, offline);
- OpenAPI Generator's `typescript-fetch` client compiles under `tsc --strict`;
- a TypeScript program written as a TypeScript team would (openapi-typescript types,
  openapi-fetch, typed bodies, no `any`) runs the vendor's main workflow against
  `audiences fake` on loopback and checks the values it reads back.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
)

from tests.data import VENDORS
from tests.helpers import NODE_BIN, ROOT, tool

pytestmark = pytest.mark.node

WORKFLOW_ENV = {
    "buzzabout": {"AUDIENCES_API_KEY": BUZZABOUT_KEY, "AUDIENCES_SOURCE_DATASET": SOURCE_DATASET},
    "audiencelab": {"AUDIENCES_API_KEY": AUDIENCELAB_KEY},
    "leadpipe": {"AUDIENCES_API_KEY": LEADPIPE_KEY, "AUDIENCES_INTENT_AUDIENCE": INTENT_AUDIENCE},
}
# The least each program must check (create, conflict, read back, page, 404, ...).
MIN_CHECKS = {"buzzabout": 15, "audiencelab": 3, "leadpipe": 10}


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    return time.perf_counter() - started


@pytest.mark.parametrize("vendor", VENDORS)
def test_go_client_builds(generated_clients: Path, vendor: str) -> None:
    out = generated_clients / vendor / "go"
    mod = out / "go.mod"
    mod.write_text(re.sub(r"(?m)^go \d+\.\d+.*$", "go 1.19", mod.read_text()))
    env = {"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOTOOLCHAIN": "local"}
    seconds = _run([tool("go"), "build", "./..."], out, env)
    print(f"{vendor}: go build ok in {seconds:.1f} s")


@pytest.mark.parametrize("vendor", VENDORS)
def test_typescript_fetch_client_compiles(generated_clients: Path, vendor: str) -> None:
    out = generated_clients / vendor / "typescript-fetch"
    command = [str(NODE_BIN / "tsc"), "--strict", "--noEmit", "--target", "es2020"]
    command += ["--module", "es2020", "--moduleResolution", "node", "--lib", "es2020,dom"]
    seconds = _run([*command, "index.ts"], out)
    print(f"{vendor}: typescript-fetch tsc --strict ok in {seconds:.1f} s")


@pytest.mark.parametrize("vendor", VENDORS)
def test_openapi_fetch_workflow_runs_against_the_fake(
    workflow_programs: Path, fake_url: str, vendor: str
) -> None:
    result = subprocess.run(
        [tool("node"), str(workflow_programs / f"{vendor}.mjs")],
        env={**os.environ, "AUDIENCES_BASE_URL": fake_url, **WORKFLOW_ENV[vendor]},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(rf"^{vendor}: (\d+) checks passed$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    assert int(match.group(1)) >= MIN_CHECKS[vendor]
    print(match.group(0))


def test_workflow_programs_are_typed() -> None:
    """Written as a TypeScript team would: no `any`, no casts, no ts-ignore."""
    for source in (ROOT / "typescript" / "interop").glob("*.mts"):
        text = source.read_text()
        for forbidden in (r"\bany\b", r"\bas\s+[A-Z{(]", r"@ts-(ignore|expect-error|nocheck)"):
            assert not re.search(forbidden, text), (source.name, forbidden)
