"""The fake in a process of its own: what ``audiences fake --json`` prints, and ``fake_process``."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from typing import IO, Any

import attrs

from audiences.testing._rows import KEYS, READY_IDS


def describe(base_url: str) -> dict[str, Any]:
    """The one JSON line ``audiences fake --json`` prints: URL, keys, ready-made ids, env."""
    env: dict[str, str] = {}
    for vendor, key in KEYS.items():
        env[f"{vendor.upper()}_BASE_URL"] = base_url
        env[f"{vendor.upper()}_API_KEY"] = key
    return {"base_url": base_url, "keys": dict(KEYS), "ids": dict(READY_IDS), "env": env}


@attrs.frozen(eq=False)
class FakeProcess:
    """A fake serving over HTTP in its own process (``fake_process()`` yields one).

    ``keys`` and ``ids`` are keyed by ``buzzabout``/``audiencelab``/``leadpipe`` and by
    ``source_dataset``/``empty_dataset``/``failing_dataset``/``source_pattern``/
    ``intent_audience``/``failing_intent_audience``; ``env``
    holds the six ``*_BASE_URL`` and ``*_API_KEY`` variables, ready for a subprocess.
    """

    base_url: str
    keys: dict[str, str]
    ids: dict[str, str]
    env: dict[str, str]
    pid: int


def _first_line(stream: IO[str], timeout: float) -> str | None:
    """The first line of ``stream``, or ``None`` if none came within ``timeout`` seconds."""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return lines[0] if lines else None


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _read_about(proc: subprocess.Popen[str], errors: IO[str], timeout: float) -> dict[str, Any]:
    """The JSON line the process prints first (a ``RuntimeError`` saying why if there is none)."""
    assert proc.stdout is not None
    line = _first_line(proc.stdout, timeout)
    if line:
        with contextlib.suppress(ValueError):
            about: dict[str, Any] = json.loads(line)
            return about
    _stop(proc)
    errors.seek(0)
    said = errors.read()[-2000:].strip() or "nothing on stderr"
    if line is None:
        what = f"printed nothing in {timeout:g} s and was stopped"
    elif line:
        what = f"printed {line.strip()[:200]!r} instead of JSON"
    else:
        what = "exited before serving"
    raise RuntimeError(f"`audiences fake` {what} (exit code {proc.returncode}): {said}")


@contextlib.contextmanager
def fake_process(
    speed: float = 1.0, *, port: int = 0, timeout: float = 30.0
) -> Iterator[FakeProcess]:
    """Run ``audiences fake`` in a separate process for the ``with`` block.

        with fake_process(speed=60) as fake:
            subprocess.run([...], env={**os.environ, **fake.env}, check=True)

    ``speed``: how much faster than real time its runs advance; ``port``: 0 picks a free
    one. ``RuntimeError`` if the process dies or prints nothing within ``timeout``
    seconds. On exit the process is terminated and waited for.
    """
    command = [sys.executable, "-m", "audiences", "fake", "--json"]
    command += ["--port", str(port), "--speed", str(speed)]
    with tempfile.TemporaryFile("w+") as errors:
        # S603: the command is this interpreter running our own module, with numbers only.
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)  # noqa: S603
        try:
            about = _read_about(proc, errors, timeout)
            yield FakeProcess(
                base_url=about["base_url"],
                keys=about["keys"],
                ids=about["ids"],
                env=about["env"],
                pid=proc.pid,
            )
        finally:
            _stop(proc)
            if proc.stdout is not None:
                proc.stdout.close()
