"""Downloads: a 300,000-row CSV export over loopback, the facade against raw httpx.

Both write the same bytes to a file on disk as they arrive; the facade through
``lp.intent_audiences.runs.export_csv(...)`` (a temporary file renamed at the end), raw
httpx through ``client.stream(...)`` and ``iter_raw()``. Throughput is the paired
per-round median of their speeds; memory is what the facade's download holds at its peak
(tracemalloc), which must not grow with the file.
"""

from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench._common import KEY, Result, interleaved, median_ratio

EXPORT = "/v1/intent/audiences/aud_1/runs/run_1/export.csv"


@contextmanager
def csv_server() -> Iterator[tuple[str, int]]:
    """bench._csv_server in its own process: its URL and the body's size."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench._csv_server"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        port = proc.stdout.readline().strip()
        size = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}", size
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def csv_export(rounds: int = 7) -> list[Result]:
    """The whole export, to disk: the facade's speed over raw httpx's, and its memory."""
    from audiences import Leadpipe

    with csv_server() as (url, size), tempfile.TemporaryDirectory() as tmp:
        raw_file, facade_file = Path(tmp) / "raw.csv", Path(tmp) / "facade.csv"
        raw = httpx.Client(base_url=url, headers={"x-api-key": KEY}, timeout=60)
        lp = Leadpipe(api_key=KEY, base_url=url, timeout=60)

        def raw_download() -> None:
            with raw.stream("GET", EXPORT) as answer, raw_file.open("wb") as out:
                for chunk in answer.iter_raw():
                    out.write(chunk)

        def facade_download() -> None:
            written = lp.intent_audiences.runs.export_csv("aud_1", "run_1", facade_file)
            assert written == size

        raw_download()
        facade_download()
        assert _digest(raw_file) == _digest(facade_file)  # the same bytes
        times = interleaved(
            {"raw": raw_download, "facade": facade_download}, rounds=rounds, calls=1
        )
        speed = {name: size / statistics.median(v) / 1e6 for name, v in times.items()}
        ratio = median_ratio(times["raw"], times["facade"])  # MB/s facade over MB/s raw

        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        facade_download()
        growth = (tracemalloc.get_traced_memory()[1] - before) / 1e6
        tracemalloc.stop()
        raw.close()
        lp.close()
    return [
        Result(
            f"CSV export, {size / 1e6:.0f} MB: throughput",
            "MB/s",
            speed["facade"],
            speed["raw"],
            "raw httpx streaming to a file",
            ">= 0.95x",
            ratio >= 0.95,
            {"ratio": ratio},
        ),
        Result(
            "CSV export: peak memory growth",
            "MB",
            growth,
            None,
            "tracemalloc",
            "< 10 MB",
            growth < 10.0,
        ),
    ]
