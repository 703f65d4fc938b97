"""Schemathesis against `audiences fake` over loopback: the fake answers what the spec says.

Bounded: a fixed seed and at most 30 examples per operation, in the examples, coverage
and fuzzing phases (about half a minute for the three vendors together).

Every check runs except ``positive_data_acceptance``: an opaque list cursor the API did
not issue (e.g. ``cursor=0``) is schema-valid, and the API rejects it with 422
``invalid_cursor`` as documented. No schema can tell an issued cursor from another
string, so that check cannot pass on a faithful fake. (Likewise a schema-valid URI that is
no web address, which a dataset run refuses as ``invalid_scraping_target_url``.)

Random path ids only reach a 404, so a config file binds the ids of operations that read
or change a resource to the fake's ready-made ones most of the time (``SCHEMATHESIS_IDS``):
runs, filters and pages then run on real data. Deleting a seeded dataset is left to
random ids, so it stays for the other operations.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from audiences.testing import (
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    SOURCE_DATASET,
    SOURCE_PATTERN,
    FakeProcess,
    fake_process,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
VENDORS = [
    (
        "buzzabout",
        "x-api-key",
        [
            "buzzabout-audience-datasets",
            "buzzabout-pattern-detections",
            "buzzabout-custom-parameters",
            "buzzabout-datasets",
            "buzzabout-mentions",
            "buzzabout-audience-profiles",
            "buzzabout-patterns",
        ],
    ),
    ("audiencelab", "X-Api-Key", ["audiencelab-audiences"]),
    (
        "leadpipe",
        "x-api-key",
        ["leadpipe-intent-audience-runs", "leadpipe-intent-audiences", "leadpipe-intent-topics"],
    ),
]


# (operationIds, path parameter, ready-made ids it takes 70% of the time)
SCHEMATHESIS_IDS = [
    (
        "get_dataset|update_dataset|create_dataset_run|list_dataset_runs|get_dataset_run",
        "dataset_id",
        [SOURCE_DATASET],
    ),
    ("get_pattern|get_pattern_item", "pattern_id", [SOURCE_PATTERN]),
    (
        "create_intent_audience_run|list_intent_audience_runs|list_intent_audience_run_results"
        "|get_intent_audience|update_intent_audience|get_intent_audience_run_stats"
        "|export_intent_audience_run_csv|create_intent_audience_run_export",
        "audience_id",
        [INTENT_AUDIENCE, FAILING_INTENT_AUDIENCE],
    ),
]


def _config(path: Path) -> Path:
    lines = []
    for n, (_, _, values) in enumerate(SCHEMATHESIS_IDS):
        lines += [f"[dictionaries.ids{n}]", f"values = {values!r}".replace("'", '"'), ""]
    for n, (operations, parameter, _) in enumerate(SCHEMATHESIS_IDS):
        lines += [
            "[[operations]]",
            f'include-operation-id-regex = "^({operations})$"',
            f'parameters = {{ "path.{parameter}" = {{ dictionary = "ids{n}", probability = 0.7 }} }}',
            "",
        ]
    config = path / "schemathesis.toml"
    config.write_text("\n".join(lines))
    return config


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeProcess]:
    with fake_process() as running:
        yield running


@pytest.mark.parametrize(("vendor", "header", "tags"), VENDORS, ids=[v[0] for v in VENDORS])
def test_schemathesis_finds_no_failure(
    fake: FakeProcess, vendor: str, header: str, tags: list[str], tmp_path: Path
) -> None:
    command = [
        str(SCHEMATHESIS),
        "--config-file",
        str(_config(tmp_path)),
        "run",
        str(ROOT / "openapi.yaml"),
        "--url",
        fake.base_url,
        "-H",
        f"{header}: {fake.keys[vendor]}",
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
