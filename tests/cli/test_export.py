"""``audiences export``: every row, page by page, in constant memory; a whole file or none."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from audiences import Buzzabout, Leadpipe
from audiences.testing import BUZZABOUT_KEY, INTENT_AUDIENCE, FakeProcess, Fault

from tests.cli.conftest import Cli, Popen, Served, environment

BIG = "ds_cli_export"  # a dataset the in-process fake fills with as many mentions as asked


def cell(value: Any) -> str:
    """A value as the export's CSV writes it (the documented encoding)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def mentions_of(served: Served, dataset: str) -> list[dict[str, Any]]:
    base_url = served.env["BUZZABOUT_BASE_URL"]
    with Buzzabout(api_key=BUZZABOUT_KEY, base_url=base_url) as bz:
        return [mention.to_dict() for mention in bz.mentions.list(dataset_ids=[dataset])]


def test_mentions_to_jsonl_and_csv_over_several_pages(
    served: Served, cli: Cli, tmp_path: Path
) -> None:
    served.fake.add_dataset(BUZZABOUT_KEY, BIG, posts=350)
    expected = mentions_of(served, BIG)
    assert len(expected) == 350
    ran = cli("export", "mentions", "--dataset-id", BIG, "--output", str(tmp_path / "m.jsonl"),
              env=served.env)  # fmt: skip
    assert (ran.code, ran.out) == (0, f"wrote 350 mentions (4 pages) to {tmp_path / 'm.jsonl'}\n")
    assert "mentions to m.jsonl: 350 rows, 4 pages" in ran.err
    lines = (tmp_path / "m.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == expected
    ran = cli("--json", "export", "mentions", "--dataset-id", BIG, "-o", str(tmp_path / "m.csv"),
              env=served.env)  # fmt: skip
    said = {"output": str(tmp_path / "m.csv"), "format": "csv", "rows": 350, "pages": 4}
    assert (ran.code, ran.json()) == (0, said)
    with (tmp_path / "m.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(expected[0])
    assert rows[1:] == [[cell(value) for value in mention.values()] for mention in expected]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv", "m.jsonl"]


def test_limit_and_format_options(served: Served, cli: Cli, tmp_path: Path) -> None:
    served.fake.add_dataset(BUZZABOUT_KEY, BIG, posts=150)
    target = tmp_path / "first.txt"
    ran = cli("export", "mentions", "--dataset-id", BIG, "--limit", "120", "--format", "jsonl",
              "--output", str(target), env=served.env)  # fmt: skip
    assert ran.code == 0
    assert len(target.read_text().splitlines()) == 120
    assert [op for op, _ in served.fake.requests].count("list_mentions") == 2


def test_profiles_to_csv(fake: FakeProcess, cli: Cli, tmp_path: Path) -> None:
    made = cli("audience-datasets", "create", "--name", "export", "--json").json()
    ran = cli("audience-datasets", "start-run", made["id"], "--source-dataset-id",
              fake.ids["source_dataset"], "--total-profile-count", "250", "--wait")  # fmt: skip
    assert ran.code == 0
    target = tmp_path / "profiles.csv"
    ran = cli("export", "profiles", "--audience-dataset-id", made["id"], "--sort",
              "follower_count", "-o", str(target))  # fmt: skip
    assert (ran.code, ran.out) == (0, f"wrote 250 profiles (3 pages) to {target}\n")
    with Buzzabout(api_key=fake.keys["buzzabout"], base_url=fake.base_url) as bz:
        listed = bz.audience_profiles.list(audience_dataset_ids=[made["id"]], sort="follower_count")
        expected = [profile.to_dict() for profile in listed]
    with target.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(expected[0])
    assert rows[1:] == [[cell(value) for value in profile.values()] for profile in expected]


def test_intent_results_to_csv_with_the_first_pages_fields(
    fake: FakeProcess, cli: Cli, tmp_path: Path
) -> None:
    run = cli("intent-runs", "queue", INTENT_AUDIENCE, "--json").json()
    assert cli("wait", "intent-run", INTENT_AUDIENCE, run["id"]).code == 0
    target = tmp_path / "results.csv"
    ran = cli("export", "intent-results", INTENT_AUDIENCE, run["id"], "-o", str(target))
    assert ran.code == 0
    with Leadpipe(api_key=fake.keys["leadpipe"], base_url=fake.base_url) as lp:
        expected = list(lp.intent_audiences.runs.results(INTENT_AUDIENCE, run["id"]))
    with target.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [*expected[0], "extra"]
    assert rows[1:] == [[*(cell(v) for v in row.values()), ""] for row in expected]


def test_results_not_ready_leave_no_file(slow_fake: FakeProcess, cli: Cli, tmp_path: Path) -> None:
    run = cli("intent-runs", "queue", INTENT_AUDIENCE, "--json", env=slow_fake.env).json()
    ran = cli("export", "intent-results", INTENT_AUDIENCE, run["id"], "-o",
              str(tmp_path / "r.jsonl"), env=slow_fake.env)  # fmt: skip
    assert ran.code == 4
    assert "its results are not ready yet" in ran.err
    assert list(tmp_path.iterdir()) == []


def test_an_api_error_midway_leaves_no_file_and_an_older_one_as_it_was(
    served: Served, cli: Cli, tmp_path: Path
) -> None:
    served.fake.add_dataset(BUZZABOUT_KEY, BIG, posts=350)
    served.fake.inject("list_mentions", Fault.change(lambda body: body), times=2)
    served.fake.inject("list_mentions", Fault.http(500), times=3)  # a search is retried twice
    ran = cli("export", "mentions", "--dataset-id", BIG, "-o", str(tmp_path / "m.csv"),
              env=served.env)  # fmt: skip
    assert (ran.code, ran.out) == (3, "")
    assert "mentions to m.csv: 200 rows, 2 pages" in ran.err  # two pages were written, then
    assert ran.err.splitlines()[-1].startswith("audiences: buzzabout 500")
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "m.csv").write_text("the export of yesterday\n")
    served.fake.inject("list_mentions", Fault.http(500), times=3)
    assert cli("export", "mentions", "-o", str(tmp_path / "m.csv"), env=served.env).code == 3
    assert [p.name for p in tmp_path.iterdir()] == ["m.csv"]
    assert (tmp_path / "m.csv").read_text() == "the export of yesterday\n"


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_export_leaves_no_file(
    served: Served, started: Popen, tmp_path: Path, stop: signal.Signals, code: int
) -> None:
    served.fake.add_dataset(BUZZABOUT_KEY, BIG, posts=350)
    release = threading.Event()

    def held(body: Any) -> Any:  # the second page is in flight until the test lets it go
        release.wait(30)
        return body

    served.fake.inject("list_mentions", Fault.change(lambda body: body))
    served.fake.inject("list_mentions", Fault.change(held))
    proc = started("export", "mentions", "--dataset-id", BIG, "-o", str(tmp_path / "m.jsonl"),
                   env=served.env)  # fmt: skip
    try:
        assert proc.stderr is not None
        assert "100 rows, 1 page" in proc.stderr.readline()
        assert [p.name.endswith(".part") for p in tmp_path.iterdir()] == [True]
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=30)
    finally:
        release.set()
    assert (proc.returncode, out) == (code, "")
    assert err.splitlines()[-1] in ("audiences: interrupted", "audiences: terminated")
    assert list(tmp_path.iterdir()) == []


PROBE = """
import sys, tracemalloc
import csv, json, audiences._cli, audiences._sync.clients  # loaded before measuring
from audiences._cli import main
tracemalloc.start()
code = main(sys.argv[2:])
open(sys.argv[1], "w").write(str(tracemalloc.get_traced_memory()[1]))
sys.exit(code)
"""


def export_peak(served: Served, tmp_path: Path, rows: int) -> tuple[int, int]:
    """The peak of memory traced while exporting ``rows`` mentions, and the file's size."""
    dataset = f"{BIG}_{rows}"
    served.fake.add_dataset(BUZZABOUT_KEY, dataset, posts=rows)
    peak, target = tmp_path / f"peak{rows}", tmp_path / f"m{rows}.jsonl"
    args = ["export", "mentions", "--dataset-id", dataset, "-o", str(target)]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(peak), *args],
        check=False,
        env=environment(served.env),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert len(target.read_text().splitlines()) == rows
    return int(peak.read_text()), target.stat().st_size


def test_memory_stays_flat_however_many_pages(served: Served, tmp_path: Path) -> None:
    few, _ = export_peak(served, tmp_path, 300)
    many, size = export_peak(served, tmp_path, 1500)
    # 12 more pages, 4 MB more written: the peak (imports, a page or two) barely moves.
    assert many - few < 1_000_000, (few, many, size)
