"""What the operating system does to a service: fork, close, event loops that end.

A client used after ``fork()`` opens its own connections; after ``close()`` nothing more is
sent and calls in flight end with ``ClientClosedError``; an async client outlives the event
loop it was first used on. Every server here is a loopback server that stops with its test.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from audiences import AsyncBuzzabout, Buzzabout, ClientClosedError, RunStatus
from audiences.testing import BUZZABOUT_KEY, SOURCE_DATASET, FakeAPIs, Fault

from tests.helpers import where_the_key_is

THREADS = 4  # in each process, each making CALLS // THREADS creates after the fork
CALLS = 300


@pytest.fixture
def served() -> Iterator[tuple[FakeAPIs, str]]:
    """The fake over loopback (real sockets, kept alive between requests)."""
    fake = FakeAPIs()
    server = fake.serve()
    try:
        yield fake, server.base_url
    finally:
        server.stop()


def _warm(client: Buzzabout) -> None:
    """Leave several connections kept alive in the pool, as a service's would be."""
    threads = [
        threading.Thread(target=client.audience_datasets.create, kwargs={"name": f"warm-{i}"})
        for i in range(2 * THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _misdelivered(client: Buzzabout, tag: str) -> list[str]:
    """Create audience datasets named ``tag-i`` from THREADS threads; the answers that came
    back about another name (or as an error)."""
    wrong: list[str] = []

    def create(first: int) -> None:
        for index in range(first, CALLS, THREADS):
            name = f"{tag}-{index}"
            try:
                got = client.audience_datasets.create(name=name).name
            except Exception as exc:  # the report says what happened, in either process
                got = f"{type(exc).__name__}: {exc}"
            if got != name:
                wrong.append(f"{name} -> {got}")

    threads = [threading.Thread(target=create, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return wrong


def _report(write_fd: int, wrong: list[str]) -> None:
    with os.fdopen(write_fd, "w") as out:
        json.dump(wrong, out)


def test_after_os_fork_no_answer_lands_in_the_wrong_process(served: tuple[FakeAPIs, str]) -> None:
    fake, base_url = served
    client = Buzzabout(api_key=BUZZABOUT_KEY, base_url=base_url, max_retries=0)
    _warm(client)
    read_fd, write_fd = os.pipe()
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report, then leave without running anything of pytest's
        code = 0
        try:
            os.close(read_fd)
            os.read(go_read, 1)  # both processes start together
            _report(write_fd, _misdelivered(client, "child"))
        except BaseException:
            code = 1
        os._exit(code)
    os.close(write_fd)
    os.write(go_write, b"!")
    parent_wrong = _misdelivered(client, "parent")
    with os.fdopen(read_fd) as answers:
        child_wrong = json.load(answers)
    _, status = os.waitpid(pid, 0)
    client.close()
    for fd in (go_read, go_write):
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
    assert (len(parent_wrong), len(child_wrong)) == (0, 0), (parent_wrong[:3], child_wrong[:3])
    names = [entry.tag for entry in fake.ledger if entry.operation == "create_audience_dataset"]
    assert len(names) == 2 * CALLS + 2 * THREADS  # each create reached the server once


_INHERITED: list[Buzzabout] = []  # what a multiprocessing child inherits across the fork


def _child_work(conn: Any) -> None:
    conn.send(_misdelivered(_INHERITED[0], "worker"))
    conn.close()


def test_multiprocessing_fork_children_get_their_own_connections(
    served: tuple[FakeAPIs, str],
) -> None:
    _, base_url = served
    client = Buzzabout(api_key=BUZZABOUT_KEY, base_url=base_url, max_retries=0)
    _warm(client)
    _INHERITED[:] = [client]
    context = multiprocessing.get_context("fork")
    receivers, workers = [], []
    for _ in range(2):
        receiver, sender = context.Pipe(duplex=False)
        worker = context.Process(target=_child_work, args=(sender,))
        worker.start()
        sender.close()
        receivers.append(receiver)
        workers.append(worker)
    parent_wrong = _misdelivered(client, "parent")
    children_wrong = [receiver.recv() for receiver in receivers]
    for worker in workers:
        worker.join(timeout=60)
    client.close()
    _INHERITED.clear()
    assert [worker.exitcode for worker in workers] == [0, 0]
    wrong = [len(parent_wrong), *(len(w) for w in children_wrong)]
    assert wrong == [0, 0, 0], (parent_wrong[:3], [w[:3] for w in children_wrong])


# ------------------------------------------------------------------ close()

FAN_OUT = 150  # threads, more than the pool's 100 connections: some wait for one


def test_after_close_nothing_more_is_sent_and_calls_in_flight_end(
    served: tuple[FakeAPIs, str],
) -> None:
    fake, base_url = served
    release = threading.Event()

    def held(body: Any) -> Any:  # every answer waits until the test lets it go
        release.wait(60)
        return body

    fake.inject("create_audience_dataset", Fault.change(held), times=FAN_OUT)
    client = Buzzabout(api_key=BUZZABOUT_KEY, base_url=base_url, timeout=120, max_retries=0)
    outcomes: list[BaseException | None] = []

    def create(index: int) -> None:
        try:
            client.audience_datasets.create(name=f"fan-{index}")
            outcomes.append(None)
        except BaseException as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=create, args=(i,), daemon=True) for i in range(FAN_OUT)]
    for thread in threads:
        thread.start()
    in_flight = _requests_once(fake, at_least=100)
    client.close()
    bound = time.monotonic() + 20  # a bound, not a benchmark: only close() can end them
    for thread in threads:  # (the server holds every answer until the end of the test)
        thread.join(timeout=max(0.0, bound - time.monotonic()))
    ended = sum(not thread.is_alive() for thread in threads)
    release.set()  # whatever still waits for a connection may now get one: it must not send
    for thread in threads:
        thread.join(timeout=60)
    sent_after_close = len(fake.requests) - in_flight
    assert (ended, sent_after_close) == (FAN_OUT, 0)
    assert {type(e).__name__ for e in outcomes} == {"ClientClosedError"}
    assert [e for e in outcomes if e is not None and where_the_key_is(e, BUZZABOUT_KEY)] == []


def _requests_once(fake: FakeAPIs, at_least: int) -> int:
    """The requests the fake has seen, once there are ``at_least`` (waited for, bounded)."""
    for _ in range(1200):
        seen = len(fake.requests)
        if seen >= at_least:
            return seen
        threading.Event().wait(0.05)
    raise AssertionError(f"the fake saw {len(fake.requests)} requests, never {at_least}")


def test_wait_on_a_closed_client_is_a_typed_error_even_for_a_finished_run(
    served: tuple[FakeAPIs, str],
) -> None:
    _, base_url = served
    client = Buzzabout(api_key=BUZZABOUT_KEY, base_url=base_url)
    made = client.audience_datasets.create(name="finished")
    run = client.audience_datasets.runs.create(made.id, source_dataset_id=SOURCE_DATASET)
    finished = attrs.evolve(run, status=RunStatus.COMPLETED)
    client.close()
    with pytest.raises(ClientClosedError):
        client.wait(finished)


# ------------------------------------------------------------------ event loops


def test_an_async_client_serves_a_second_asyncio_run(served: tuple[FakeAPIs, str]) -> None:
    _, base_url = served
    client = AsyncBuzzabout(api_key=BUZZABOUT_KEY, base_url=base_url)

    async def names(tag: str) -> list[str | None]:
        made = [await client.audience_datasets.create(name=f"{tag}-{i}") for i in range(3)]
        return [m.name for m in made]

    first = asyncio.run(names("first"))
    second = asyncio.run(names("second"))  # the first loop, and its connections, are gone
    asyncio.run(client.aclose())
    assert (first, second) == (
        ["first-0", "first-1", "first-2"],
        ["second-0", "second-1", "second-2"],
    )
