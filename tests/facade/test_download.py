"""``runs.export_csv``: a download written as it arrives, sync and async, through the public API.

The bytes written are the server's (decompressed where it compressed them), a path is
written atomically (nothing left behind on failure, an older file kept), memory stays
flat whatever the size (the size limit of JSON answers does not apply, and is not needed),
and a download retried after a broken connection starts the file over: never twice.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest
from audiences import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncLeadpipe,
    ConflictError,
    IntentAudienceRun,
    InvalidArgumentError,
    Leadpipe,
    RunNotReadyError,
    RunStatus,
)
from audiences.testing import ManualClock

from tests.helpers import RawServer, Recorder

KEY = "sk_test_download"
AUDIENCE, RUN = "a1", "r1"
PATH = f"/v1/intent/audiences/{AUDIENCE}/runs/{RUN}/export.csv"
MB = 1024 * 1024
CSV = b"hashedEmail,firstName\r\n" + b"".join(
    f"{i:064x},name {i}\r\n".encode() for i in range(2_000)
)
MODES = ["sync", "async"]


def download(mode: str, destination: Any, **options: Any) -> int:
    """``export_csv`` of ``RUN`` into ``destination`` with a client in ``mode``."""
    options = {"api_key": KEY, "clock": ManualClock(), **options}
    if mode == "sync":
        with Leadpipe(**options) as client:
            return client.intent_audiences.runs.export_csv(AUDIENCE, RUN, destination)

    async def main() -> int:
        async with AsyncLeadpipe(**options) as client:
            return await client.intent_audiences.runs.export_csv(AUDIENCE, RUN, destination)

    return asyncio.run(main())


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ------------------------------------------------------------------ what is written


@pytest.mark.parametrize("mode", MODES)
def test_a_path_receives_exactly_the_servers_bytes(
    mode: str, recorder: Recorder, tmp_path: Path
) -> None:
    recorder.on("GET", PATH, (200, CSV))
    target = tmp_path / "run.csv"
    written = download(mode, target, transport=httpx.MockTransport(recorder))
    assert (written, target.read_bytes(), leftovers(tmp_path)) == (len(CSV), CSV, ["run.csv"])
    (request,) = recorder.requests
    assert request.headers["accept"] == "text/csv, application/json"


@pytest.mark.parametrize("mode", MODES)
def test_a_compressed_answer_is_written_decompressed(mode: str, tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=gzip.compress(CSV), headers={"content-encoding": "gzip"})

    target = io.BytesIO(b"kept:")
    target.seek(0, io.SEEK_END)  # a file object is written from where it stands
    written = download(mode, target, transport=httpx.MockTransport(answer))
    assert (written, target.getvalue()) == (len(CSV), b"kept:" + CSV)


@pytest.mark.parametrize("mode", MODES)
def test_a_download_is_not_held_in_memory(mode: str) -> None:
    """16 MB through a client whose JSON answers may hold 64 KB: the limit never trips,
    and the body is never held (a bound, not a benchmark: buffering it needs 16 MB)."""
    size = 16 * MB
    chunk = bytes(range(256)) * 256  # 64 KB

    def answer(conn: Any) -> None:
        head = f"HTTP/1.1 200 OK\r\ncontent-type: text/csv\r\ncontent-length: {size}\r\n"
        conn.sendall(head.encode() + b"connection: close\r\n\r\n")
        for _ in range(size // len(chunk)):
            conn.sendall(chunk)

    sink = _Counting()
    with RawServer(answer) as server:
        options = {"base_url": server.base_url, "max_response_bytes": 64 * 1024}
        download(mode, io.BytesIO(), **options)  # load every module before measuring
        tracemalloc.start()
        written = download(mode, sink, **options)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert (written, sink.size) == (size, size)
    assert peak < 2 * MB, peak


class _Counting(io.RawIOBase):
    """A binary file that counts what it is given and keeps nothing."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        return len(data)


# ------------------------------------------------------------------ retries never write twice


def _broken_then_whole(attempts: list[int]) -> Any:
    """A server whose first answer breaks halfway through the body, and whose next is whole."""

    def answer(conn: Any) -> None:
        attempts.append(1)
        head = f"HTTP/1.1 200 OK\r\ncontent-length: {len(CSV)}\r\nconnection: close\r\n\r\n"
        conn.sendall(head.encode() + (CSV[: len(CSV) // 2] if len(attempts) == 1 else CSV))

    return answer


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["path", "file"])
def test_a_retry_after_a_broken_download_starts_the_file_over(
    mode: str, kind: str, tmp_path: Path
) -> None:
    attempts: list[int] = []
    target: Any = tmp_path / "run.csv" if kind == "path" else io.BytesIO()
    with RawServer(_broken_then_whole(attempts)) as server:
        written = download(mode, target, base_url=server.base_url, max_retries=2)
    got = target.read_bytes() if kind == "path" else target.getvalue()
    assert (len(attempts), written, got) == (2, len(CSV), CSV)


class _Pipe(io.RawIOBase):
    """A binary file that cannot seek (a pipe, a socket)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.data += data
        return len(data)


@pytest.mark.parametrize("mode", MODES)
def test_a_file_that_cannot_rewind_is_not_written_twice(mode: str) -> None:
    attempts: list[int] = []
    pipe = _Pipe()
    with (
        RawServer(_broken_then_whole(attempts)) as server,
        pytest.raises(APIConnectionError, match="cannot be rewound") as caught,
    ):
        download(mode, pipe, base_url=server.base_url, max_retries=2)
    assert (len(attempts), bytes(pipe.data)) == (2, CSV[: len(CSV) // 2])
    assert f"after {len(CSV) // 2:,} bytes" in str(caught.value)


# ------------------------------------------------------------------ failures leave nothing behind


@pytest.mark.parametrize("mode", MODES)
def test_an_error_leaves_no_file_and_keeps_an_older_one(
    mode: str, recorder: Recorder, tmp_path: Path
) -> None:
    recorder.on("GET", PATH, (409, {"error": {"code": "RUN_RESULTS_UNAVAILABLE", "message": "x"}}))
    old = tmp_path / "old.csv"
    old.write_bytes(b"yesterday")
    transport = httpx.MockTransport(recorder)
    with pytest.raises(ConflictError):
        download(mode, tmp_path / "new.csv", transport=transport)
    with pytest.raises(ConflictError):
        download(mode, old, transport=transport)
    assert (leftovers(tmp_path), old.read_bytes()) == (["old.csv"], b"yesterday")


@pytest.mark.parametrize("mode", MODES)
def test_a_run_not_ready_raises_with_the_run_and_writes_nothing(
    mode: str, recorder: Recorder, tmp_path: Path
) -> None:
    pending = {
        "data": {
            "run": {"id": RUN, "status": "running", "runType": "manual"},
            "state": "running",
        }
    }
    recorder.on("GET", PATH, (202, pending))
    with pytest.raises(RunNotReadyError) as caught:
        download(mode, tmp_path / "run.csv", transport=httpx.MockTransport(recorder))
    run = caught.value.run
    assert isinstance(run, IntentAudienceRun)
    assert (run.id, run.status, run.audience_id, leftovers(tmp_path)) == (
        RUN,
        RunStatus.RUNNING,
        AUDIENCE,
        [],
    )


@pytest.mark.parametrize("mode", MODES)
def test_corrupt_compression_is_a_typed_error_and_no_file(mode: str, tmp_path: Path) -> None:
    packed = gzip.compress(CSV)
    broken = packed[: len(packed) // 2] + bytes(64) + packed[len(packed) // 2 :]

    def answer(conn: Any) -> None:
        head = "HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\nconnection: close\r\n"
        conn.sendall(f"{head}content-length: {len(broken)}\r\n\r\n".encode() + broken)

    with RawServer(answer) as server, pytest.raises(APIResponseValidationError, match="corrupt"):
        download(mode, tmp_path / "run.csv", base_url=server.base_url, max_retries=0)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("destination", "problem"),
    [
        (io.StringIO(), "must be a path or a file opened for binary writing"),
        (42, "must be a path or a file opened for binary writing"),
        ("no/such/folder/run.csv", "no folder 'no/such/folder'"),
        (".", "is a folder: name a file"),
    ],
)
def test_a_destination_is_checked_before_sending(
    destination: Any, problem: str, recorder: Recorder
) -> None:
    with pytest.raises(InvalidArgumentError, match=problem) as caught:
        download("sync", destination, transport=httpx.MockTransport(recorder))
    assert (caught.value.field, recorder.requests) == ("destination", [])


def test_the_raw_response_of_a_download_says_what_came(recorder: Recorder) -> None:
    headers = {"x-export-row-cap": "300000", "x-clickhouse-query-id": "q-1"}
    recorder.on("GET", PATH, lambda request: httpx.Response(200, content=CSV, headers=headers))
    target = io.BytesIO()
    with Leadpipe(api_key=KEY, transport=httpx.MockTransport(recorder)) as client:
        raw = client.intent_audiences.runs.with_raw_response.export_csv(AUDIENCE, RUN, target)
    assert (raw.status_code, raw.headers["x-export-row-cap"], raw.parse()) == (
        200,
        "300000",
        len(CSV),
    )
    assert (raw.content, target.getvalue()) == (b"", CSV)  # the body went to the file only
