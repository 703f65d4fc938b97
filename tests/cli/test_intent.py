"""Leadpipe's whole job from the shell: ``intent-topics search``, ``intent-audiences
create|list|get|activate|pause|delete|preview|validate`` and ``intent-runs stats|export-csv``,
run as a user runs them (``python -m audiences`` against ``audiences fake``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from audiences import _spec as spec
from audiences._cli import main
from audiences.testing import FAILING_INTENT_AUDIENCE, FakeProcess

from tests.cli.conftest import Cli

CONFIG = ("--topic", "117805", "--topic", "117890", "--min-score", "70")


def ok(ran: Any) -> Any:
    assert (ran.code, ran.err) == (0, ""), ran.err
    return ran.json()


def test_a_topic_search_as_a_table_and_as_json(cli: Cli) -> None:
    found = ok(
        cli("intent-topics", "search", "marketing", "--type", "b2b", "--limit", "2", "--json")
    )
    assert [(t["topic_id"], t["type"]) for t in found] == [(117805, "b2b"), (117890, "b2b")]
    table = cli("intent-topics", "search", "CRM")
    header, *rows = table.out.splitlines()
    assert re.split(r"  +", header) == ["topic id", "name", "type", "industry", "category"]
    assert [row.split()[0] for row in rows] == ["117801"]


def test_the_help_takes_bounds_and_words_from_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["intent-audiences", "create", "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    for option, field in (("--min-score N", "minScore"), ("--max-score N", "maxScore")):
        assert f"{option} {spec.bounds(spec.prop('IntentAudienceConfig', field))}" in shown
    words = spec.words(spec.prop("CreateIntentAudienceRequest", "status"))
    assert f"--status {{{','.join(words)}}}" in shown
    assert main(["intent-topics", "search", "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert f"--limit N {spec.bounds(spec.param('search_intent_topics', 'limit'))}" in shown


def test_an_audience_from_config_to_deleted(cli: Cli) -> None:
    checked = ok(cli("intent-audiences", "validate", *CONFIG, "--min-topic-overlap", "3", "--json"))
    assert checked["valid"] is False  # three topics to match, two given
    preview = ok(cli("intent-audiences", "preview", *CONFIG, "--json"))
    assert preview["total_count"] > 0 and preview["applied_filters"] == []
    filters = '{"role.seniority": {"values": ["vp"]}}'
    narrowed = ok(cli("intent-audiences", "preview", *CONFIG, "--filters", filters, "--json"))
    assert narrowed["applied_filters"] == ["role.seniority"]
    made = ok(cli("intent-audiences", "create", "--name", "shell", *CONFIG, "--json"))
    assert (made["name"], made["status"], made["config"]["topic_ids"]) == (
        "shell",
        "draft",
        [117805, 117890],
    )
    audience = made["id"]
    assert ok(cli("intent-audiences", "activate", audience, "--json"))["status"] == "active"
    active = ok(cli("intent-audiences", "list", "--status", "active", "--json"))
    assert audience in [a["id"] for a in active]
    assert ok(cli("intent-audiences", "pause", audience, "--json"))["status"] == "paused"
    read = cli("intent-audiences", "get", audience)
    assert re.search(r"^status +paused$", read.out, re.MULTILINE), read.out
    assert re.search(r"^config.min_score +70$", read.out, re.MULTILINE), read.out
    gone = cli("intent-audiences", "delete", audience)
    assert (gone.code, gone.out) == (0, f"deleted intent audience {audience}\n")
    again = cli("intent-audiences", "get", audience)
    assert (again.code, again.out) == (3, "")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((*CONFIG, "--min-score", "120"), "--min-score: must be at most 99 (got 120)"),
        (("--min-score", "70"), "--topic: is required"),
        ((*CONFIG, "--filters", "[1]"), "--filters: a JSON object"),
    ],
)
def test_a_config_out_of_bounds_exits_2_naming_the_option(
    cli: Cli, args: tuple[str, ...], said: str
) -> None:
    ran = cli("intent-audiences", "create", "--name", "n", *args)
    assert (ran.code, ran.out) == (2, "")
    assert said in ran.err, ran.err


def test_a_runs_stats_and_its_csv_as_leadpipe_sends_it(
    cli: Cli, fake: FakeProcess, tmp_path: Path
) -> None:
    audience = ok(cli("intent-audiences", "create", "--name", "csv", *CONFIG, "--json"))["id"]
    run = ok(cli("intent-runs", "queue", audience, "--json"))["id"]
    done = cli("wait", "intent-run", audience, run, "--json").json()  # a progress bar on stderr
    stats = ok(cli("intent-runs", "stats", audience, run, "--json"))
    assert (stats["total"], stats["run"]["id"]) == (done["result_count"], run)
    assert sum(b["count"] for b in stats["score_histogram"]) == stats["total"]
    table = cli("intent-runs", "stats", audience, run).out
    assert re.search(r"^ +company\.name +\d+ +[\d.]+$", table, re.MULTILINE), table
    target = tmp_path / "people.csv"
    ran = cli("intent-runs", "export-csv", audience, run, "--output", str(target))
    sent = httpx.get(
        f"{fake.base_url}/v1/intent/audiences/{audience}/runs/{run}/export.csv",
        headers={"x-api-key": fake.keys["leadpipe"]},
    ).content
    assert (ran.code, ran.out) == (0, f"wrote {len(sent):,} bytes to {target}\n")
    assert target.read_bytes() == sent
    assert len(sent.splitlines()) == 1 + done["result_count"]  # a header, then each row
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv"]


def test_a_csv_that_cannot_be_had_leaves_no_file(
    cli: Cli, slow_fake: FakeProcess, tmp_path: Path
) -> None:
    target = tmp_path / "people.csv"
    failed = ok(cli("intent-runs", "queue", FAILING_INTENT_AUDIENCE, "--json"))["id"]
    assert cli("wait", "intent-run", FAILING_INTENT_AUDIENCE, failed).code == 4
    refused = cli("intent-runs", "export-csv", FAILING_INTENT_AUDIENCE, failed, "-o", str(target))
    assert (refused.code, "409 RUN_RESULTS_UNAVAILABLE" in refused.err) == (3, True), refused.err
    queued = ok(cli("intent-runs", "queue", FAILING_INTENT_AUDIENCE, "--json", env=slow_fake.env))
    early = cli(
        "intent-runs", "export-csv", FAILING_INTENT_AUDIENCE, queued["id"], "-o", str(target),
        env=slow_fake.env,
    )  # fmt: skip
    assert early.code == 4 and "results are not ready yet" in early.err, early.err
    nowhere = cli("intent-runs", "export-csv", "a1", "r1", "--output", str(tmp_path / "no" / "x"))
    said = f"audiences: --output: no folder {str(tmp_path / 'no')!r}\n"
    assert (nowhere.code, nowhere.err) == (2, said)
    assert list(tmp_path.iterdir()) == []
