"""Endings a user causes: a pipe closed by ``head``, Ctrl-C, SIGTERM, a port already taken."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import threading

from audiences import testing
from audiences.testing import SOURCE_DATASET, FakeProcess

from tests.cli.conftest import COMMAND, Cli, Popen, environment


def first_line(stream: object, timeout: float = 30) -> str:
    """The next line of a child's stream, or ``""`` if none comes in time."""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(stream.readline()))  # type: ignore[attr-defined]
    reader.daemon = True
    reader.start()
    reader.join(timeout)
    return lines[0] if lines else ""


def test_a_pipe_closed_by_head_ends_quietly(fake: FakeProcess) -> None:
    line = " ".join([*COMMAND, "mentions", "--dataset-id", SOURCE_DATASET, "--limit", "200"])
    for shown in (line, line + " --json"):
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", f"{shown} | head -3"],
            check=False,
            env=environment(fake.env),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (done.returncode, done.stderr) == (0, ""), shown
        assert len(done.stdout.splitlines()) == 3


def test_ctrl_c_during_a_wait_exits_130_with_one_line(
    slow_fake: FakeProcess, cli: Cli, started: Popen
) -> None:
    env = slow_fake.env
    made = cli("audience-datasets", "create", "--name", "interrupted", "--json", env=env).json()
    run = cli("audience-datasets", "start-run", made["id"], "--source-dataset-id",
              SOURCE_DATASET, "--json", env=env).json()  # fmt: skip
    proc = started("wait", "audience-dataset-run", made["id"], run["id"], env=env)
    assert "audience-dataset-run: queued" in first_line(proc.stderr)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert (proc.returncode, out) == (130, "")
    assert err == (
        f"audiences: interrupted; run {run['id']} goes on (`audiences wait audience-dataset-run"
        f" {made['id']} {run['id']}` waits again)\n"
    )


def test_the_fake_prints_what_to_set_and_its_ids_and_stops_on_sigterm(started: Popen) -> None:
    proc = started("fake", "--port", "0", env={})
    lines = [first_line(proc.stdout) for _ in range(12)]
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert (proc.returncode, out, err) == (0, "stopped\n", "")
    base_url = lines[0].removeprefix("serving Buzzabout, AudienceLab and Leadpipe on ").strip()
    assert base_url.startswith("http://127.0.0.1:")
    for line, (vendor, key) in zip(
        lines[1:4],
        [("BUZZABOUT", testing.BUZZABOUT_KEY), ("AUDIENCELAB", testing.AUDIENCELAB_KEY),
         ("LEADPIPE", testing.LEADPIPE_KEY)],
        strict=True,
    ):  # fmt: skip
        assert line.split() == [f"{vendor}_BASE_URL={base_url}", f"{vendor}_API_KEY={key}"]
    assert lines[4] == "ready-made ids:\n"
    ids = [line.split()[0] for line in lines[5:11]]
    assert ids == [
        testing.SOURCE_DATASET,
        testing.EMPTY_DATASET,
        testing.FAILING_DATASET,
        testing.SOURCE_PATTERN,
        testing.INTENT_AUDIENCE,
        testing.FAILING_INTENT_AUDIENCE,
    ]
    assert "Ctrl-C" in lines[11]


def test_the_fake_json_line_is_what_fake_process_reads(fake: FakeProcess, started: Popen) -> None:
    proc = started("fake", "--json", "--port", "0", env={})
    said = json.loads(first_line(proc.stdout))
    proc.send_signal(signal.SIGINT)
    assert proc.communicate(timeout=30) == ("", "")
    assert proc.returncode == 0
    assert (said["keys"], said["ids"]) == (fake.keys, fake.ids)
    assert said["env"] == {
        name: said["base_url"] if name.endswith("_BASE_URL") else value
        for name, value in fake.env.items()
    }


def test_a_port_already_taken_is_one_line(cli: Cli) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = cli("fake", "--port", str(port), env={})
    assert (ran.code, ran.out) == (2, "")
    assert ran.err == f"audiences: --port {port} is taken (--port 0 picks a free one)\n"
