"""Regenerate generated/audiences_api and the facade's spec table from openapi.yaml, or
check that neither has drifted.

    python scripts/generate.py            # write generated/audiences_api and the table
    python scripts/generate.py --check    # generate into a temporary folder and diff

The generator is pinned in pyproject.toml and configured by openapi-python-client.yaml,
whose post hooks run ruff in isolated mode, so the output does not depend on where it is
written. templates/ adds one public function to each endpoint module (``request_kwargs``:
the request built without sending it). The table (facade/audiences/_spec_table.py) is
written by scripts/spec_table.py. The script adds ``py.typed`` (PEP 561), which the
generator writes only beside the packaging files ``--meta none`` leaves out. Exit status 1
on drift, listing the files that differ.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spec_table  # scripts/spec_table.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "generated" / "audiences_api"
IGNORED = {"__pycache__", ".ruff_cache"}


def generate(output: Path, spec: Path = ROOT / "openapi.yaml") -> float:
    """Run the generator on *spec* into *output*; return the seconds it took."""
    bindir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
        "AUDIENCES_ROOT": str(ROOT),
    }
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - fixed argument list, our own pinned tool
        [
            str(bindir / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(ROOT / "openapi-python-client.yaml"),
            "--custom-template-path",
            str(ROOT / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--overwrite",
            "--fail-on-warning",
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    # PEP 561: the package ships its types (the generator writes py.typed only with --meta).
    (output / "py.typed").write_text("")
    return elapsed


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (ignoring caches)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only:
            if name not in IGNORED:
                found.append(prefix + name)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            if name not in IGNORED:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=list(IGNORED)), "")
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ has drifted")
    args = parser.parse_args(argv)
    if not args.check:
        seconds = generate(TARGET)
        print(f"generated {TARGET.relative_to(ROOT)} in {seconds:.2f} s")
        return spec_table.main([])
    if spec_table.main(["--check"]) != 0:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "audiences_api"
        seconds = generate(fresh)
        drift = differences(TARGET, fresh)
    if drift:
        print("generated/audiences_api differs from what openapi.yaml generates:", file=sys.stderr)
        for name in drift:
            print(f"  {name}", file=sys.stderr)
        print("run `make generate` and commit the result", file=sys.stderr)
        return 1
    print(f"generated/audiences_api matches openapi.yaml (generated in {seconds:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
