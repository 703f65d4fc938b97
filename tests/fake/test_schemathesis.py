"""Schemathesis against `audiences fake` over loopback: the fake answers what the spec says.

Bounded: a fixed seed and at most 30 examples per operation, in the examples, coverage
and fuzzing phases (about half a minute for the three vendors together).

Every check runs except ``positive_data_acceptance``: an opaque list cursor the API did
not issue (e.g. ``cursor=0``) is schema-valid, and the API rejects it with 422
``invalid_cursor`` as documented. No schema can tell an issued cursor from another
string, so that check cannot pass on a faithful fake.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from audiences.testing import AUDIENCELAB_KEY, BUZZABOUT_KEY, LEADPIPE_KEY

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
VENDORS = [
    (
        "buzzabout",
        f"x-api-key: {BUZZABOUT_KEY}",
        [
            "buzzabout-audience-datasets",
            "buzzabout-pattern-detections",
            "buzzabout-custom-parameters",
        ],
    ),
    ("audiencelab", f"X-Api-Key: {AUDIENCELAB_KEY}", ["audiencelab-audiences"]),
    ("leadpipe", f"x-api-key: {LEADPIPE_KEY}", ["leadpipe-intent-audience-runs"]),
]


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "audiences", "fake", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        match = re.search(r"(http://127\.0\.0\.1:\d+)", proc.stdout.readline())
        assert match, "the fake did not print its base URL"
        yield match.group(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize(("vendor", "header", "tags"), VENDORS, ids=[v[0] for v in VENDORS])
def test_schemathesis_finds_no_failure(
    fake_url: str, vendor: str, header: str, tags: list[str], tmp_path: Path
) -> None:
    command = [
        str(SCHEMATHESIS),
        "run",
        str(ROOT / "openapi.yaml"),
        "--url",
        fake_url,
        "-H",
        header,
        "--checks",
        "all",
        "--exclude-checks",
        "positive_data_acceptance",
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        "30",
        "--seed",
        "1",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    for tag in tags:
        command += ["--include-tag", tag]
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300
    )
    summary = re.search(r"(\d+) generated, .*", result.stdout)
    print(f"schemathesis {vendor}: {summary.group(0) if summary else result.stdout[-500:]}")
    assert result.returncode == 0, result.stdout[-4000:]
    assert summary is not None
    assert "failure" not in summary.group(0)
