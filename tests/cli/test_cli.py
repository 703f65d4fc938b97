"""The demo and the command line, against the embedded fake."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from audiences._cli import main
from audiences._demo import run_demo
from audiences.testing import (
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ScaledClock,
)


def test_the_demo_runs_every_step() -> None:
    lines: list[str] = []
    assert run_demo(speed=30.0, say=lines.append) == 0
    text = "\n".join(lines)
    for expected in (
        "audience dataset",
        "ConflictError",
        "pattern found: pt_",
        "preview:",
        "created audience",
        "cancelled",
        "done in",
    ):
        assert expected in text


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAPIs]:
    fake = FakeAPIs(ScaledClock(speed=10.0))  # queued Leadpipe runs stay cancellable 0.5 s
    server = fake.serve()
    for vendor, key in (("BUZZABOUT", BUZZABOUT_KEY), ("LEADPIPE", LEADPIPE_KEY)):
        monkeypatch.setenv(f"{vendor}_API_KEY", key)
        monkeypatch.setenv(f"{vendor}_BASE_URL", server.base_url)
    yield fake
    server.stop()


def test_cli_commands_against_the_fake(
    served: FakeAPIs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--json", "audience-datasets", "create", "--name", "from the shell"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["name"] == "from the shell"
    assert (
        main(
            [
                "--json",
                "audience-datasets",
                "start-run",
                created["id"],
                "--source-dataset-id",
                SOURCE_DATASET,
                "--wait",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["status"] == "completed"
    assert main(["audience-datasets", "list"]) == 0
    assert "from the shell" in capsys.readouterr().out
    assert main(["--json", "intent-runs", "queue", INTENT_AUDIENCE]) == 0
    run = json.loads(capsys.readouterr().out)
    assert main(["intent-runs", "cancel", INTENT_AUDIENCE, run["id"]]) == 0


def test_cli_errors_are_one_line_with_distinct_exit_codes(
    served: FakeAPIs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audience-datasets", "get", "ad_missing"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "404 audience_dataset_not_found" in err
    assert main(["audience-datasets", "create", "--name", ""]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["no-such-command"])
    assert usage.value.code == 2


def test_audiences_fake_serves_until_interrupted() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "audiences", "fake", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("serving Buzzabout, AudienceLab and Leadpipe on http://127.0.0.1:")
        assert "BUZZABOUT_API_KEY=" in proc.stdout.readline()
        assert proc.stdout.readline()
        assert proc.stdout.readline()
        assert "Ctrl-C" in proc.stdout.readline()
    finally:
        proc.send_signal(2)
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0


def test_cli_wait_shows_progress_and_prints_the_terminal_run(
    served: FakeAPIs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--json", "audience-datasets", "create", "--name", "w"]) == 0
    ad = json.loads(capsys.readouterr().out)["id"]
    assert (
        main(
            ["--json", "audience-datasets", "start-run", ad, "--source-dataset-id", SOURCE_DATASET]
        )
        == 0
    )
    run = json.loads(capsys.readouterr().out)["id"]
    assert main(["--json", "wait", "audience-dataset-run", ad, run]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["status"] == "completed"
    assert "audience-dataset-run" in err
    assert main(["--json", "intent-runs", "queue", INTENT_AUDIENCE]) == 0
    queued = json.loads(capsys.readouterr().out)["id"]
    assert main(["--json", "wait", "intent-run", INTENT_AUDIENCE, queued]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "completed"
    assert main(["wait", "--timeout", "0", "intent-run", INTENT_AUDIENCE, "never-seen"]) == 4
