"""The command line as a user runs it: ``python -m audiences ...`` in a process of its own,
against ``audiences fake`` (``fake_process()``) or an in-process fake served on loopback
whose faults a test controls."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import attrs
import pytest
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    LEADPIPE_KEY,
    FakeAPIs,
    FakeProcess,
    ScaledClock,
    fake_process,
)

COMMAND = [sys.executable, "-m", "audiences"]


@attrs.frozen
class Ran:
    """A finished command: its exit code, stdout and stderr."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli(Protocol):
    def __call__(self, *args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Ran:
        """Run ``audiences *args`` against the fake (``env`` replaces its variables)."""


def environment(extra: dict[str, str]) -> dict[str, str]:
    """This process's environment without any real API key, plus ``extra``."""
    base = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL"))}
    return {**base, "COLUMNS": "200", **extra}


def run(args: tuple[str, ...], env: dict[str, str], timeout: float = 60) -> Ran:
    done = subprocess.run(
        [*COMMAND, *args],
        check=False,
        env=environment(env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return Ran(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="session")
def fake() -> Iterator[FakeProcess]:
    """``audiences fake`` at 60x: runs end in a second or two."""
    with fake_process(speed=60.0) as running:
        yield running


@pytest.fixture(scope="session")
def slow_fake() -> Iterator[FakeProcess]:
    """``audiences fake`` in real time: its runs stay queued and running for many seconds."""
    with fake_process(speed=1.0) as running:
        yield running


@pytest.fixture
def cli(fake: FakeProcess) -> Cli:
    """Runs the command line against the session's fake."""

    def call(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Ran:
        return run(args, fake.env if env is None else env, timeout)

    return call


@attrs.frozen
class Served:
    """A fake in this process, served on loopback: ``fake.inject()`` reaches the CLI."""

    fake: FakeAPIs
    env: dict[str, str]


@pytest.fixture
def served() -> Iterator[Served]:
    apis = FakeAPIs(ScaledClock(speed=60.0))
    keys = {"BUZZABOUT": BUZZABOUT_KEY, "AUDIENCELAB": AUDIENCELAB_KEY, "LEADPIPE": LEADPIPE_KEY}
    with apis.serve() as server:
        env = {f"{vendor}_API_KEY": key for vendor, key in keys.items()}
        env.update({f"{vendor}_BASE_URL": server.base_url for vendor in keys})
        yield Served(apis, env)


@pytest.fixture
def without_rich(tmp_path: Path) -> dict[str, str]:
    """Variables under which ``import rich`` fails, as where the cli extra is not installed."""
    hidden = tmp_path / "no-rich" / "rich"
    hidden.mkdir(parents=True)
    (hidden / "__init__.py").write_text("raise ImportError('rich is not installed here')\n")
    return {"PYTHONPATH": str(hidden.parent)}


Popen = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def started() -> Iterator[Popen]:
    """Starts ``audiences ...`` without waiting; every process is killed at the end."""
    procs: list[subprocess.Popen[str]] = []

    def start(*args: str, env: dict[str, str], **options: Any) -> subprocess.Popen[str]:
        options.setdefault("stdout", subprocess.PIPE)
        options.setdefault("stderr", subprocess.PIPE)
        proc = subprocess.Popen([*COMMAND, *args], env=environment(env), text=True, **options)
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
