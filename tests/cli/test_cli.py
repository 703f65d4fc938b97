"""The demo and the command line, against the embedded fake."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from audiences._cli import main
from audiences._demo import run_demo
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    EMPTY_DATASET,
    FAILING_DATASET,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ScaledClock,
    fake_process,
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


def test_the_cli_in_another_process_finds_the_fake_through_its_env() -> None:
    def cli(*args: str, env: dict[str, str]) -> Any:
        done = subprocess.run(
            [sys.executable, "-m", "audiences", "--json", *args],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return json.loads(done.stdout)

    with fake_process(speed=10.0) as fake:
        created = cli("audience-datasets", "create", "--name", "from env", env=fake.env)
        queued = cli("intent-runs", "queue", fake.ids["intent_audience"], env=fake.env)
    assert (created["name"], queued["audience_id"]) == ("from env", INTENT_AUDIENCE)


def test_audiences_fake_prints_what_to_set_and_stops_on_ctrl_c() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "audiences", "fake", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(7)]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert lines[0].startswith("serving Buzzabout, AudienceLab and Leadpipe on http://127.0.0.1:")
    assert f"BUZZABOUT_API_KEY={BUZZABOUT_KEY}" in lines[1]
    assert f"AUDIENCELAB_API_KEY={AUDIENCELAB_KEY}" in lines[2]
    assert f"LEADPIPE_API_KEY={LEADPIPE_KEY}" in lines[3]
    assert all(ds in lines[4] for ds in (SOURCE_DATASET, EMPTY_DATASET, FAILING_DATASET))
    assert INTENT_AUDIENCE in lines[5]
    assert "Ctrl-C" in lines[6]
    assert (proc.returncode, out) == (0, "stopped\n")


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
