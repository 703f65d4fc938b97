"""The fault matrix, cell by cell, through the public API, in process and over loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from audiences import Buzzabout, Leadpipe, RunStatus
from audiences.testing import (
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ManualClock,
)

from tests.reliability.matrix import (
    COLUMNS,
    CREATES,
    OPERATIONS,
    ROWS,
    SIZE_LIMIT,
    Row,
    expected,
    markdown,
)

ROOT = Path(__file__).resolve().parents[2]
MODES = ("in process", "loopback")


@attrs.define
class Env:
    fake: FakeAPIs
    clock: ManualClock
    bz: Buzzabout
    lp: Leadpipe
    ad: str
    ad2: str
    run_id: str


def _call(env: Env, column: str) -> Any:
    if column == "GET":
        return env.bz.audience_datasets.runs.get(env.ad, env.run_id)
    if column == "PATCH":
        return env.bz.audience_datasets.update(env.ad2, name="renamed")
    if column == "DELETE":
        return env.bz.audience_datasets.delete(env.ad2)
    if column == "POST":
        return env.bz.audience_datasets.create(name="made by the matrix")
    if column == "POST search":  # its first page, every field of every mention read
        page = next(iter(env.bz.mentions.list(dataset_ids=[SOURCE_DATASET]).iter_pages()))
        return [mention.to_dict() for mention in page.items]
    return env.lp.intent_audiences.runs.create(INTENT_AUDIENCE)


@pytest.fixture
def env_factory() -> Iterator[Any]:
    servers: list[Any] = []
    clients: list[Any] = []

    def make(mode: str, *, refused: bool = False) -> Env:
        clock = ManualClock()
        fake = FakeAPIs(clock)
        options: dict[str, Any] = {
            "clock": clock,
            "max_retries": 2,
            "max_response_bytes": SIZE_LIMIT,
        }
        if mode == "in process":
            options["transport"] = fake.transport()
        else:
            server = fake.serve()
            server._server.silent_seconds = 4.0
            servers.append(server)
            options["base_url"] = server.base_url
            options["timeout"] = 2.0  # generous: only the timeout cells should ever time out
        bz = Buzzabout(api_key=BUZZABOUT_KEY, **options)
        lp = Leadpipe(api_key=LEADPIPE_KEY, **options)
        clients.extend([bz, lp])
        ad = bz.audience_datasets.create(name="container").id
        ad2 = bz.audience_datasets.create(name="to change").id
        run_id = bz.audience_datasets.runs.create(ad, source_dataset_id=SOURCE_DATASET).id
        if refused:  # a port where nobody listens
            dead = Buzzabout(
                api_key=BUZZABOUT_KEY, base_url="http://127.0.0.1:9", clock=clock, timeout=0.5
            )
            dead_lp = Leadpipe(
                api_key=LEADPIPE_KEY, base_url="http://127.0.0.1:9", clock=clock, timeout=0.5
            )
            clients.extend([dead, dead_lp])
            return Env(fake, clock, dead, dead_lp, ad, ad2, run_id)
        return Env(fake, clock, bz, lp, ad, ad2, run_id)

    yield make
    for client in clients:
        client.close()
    for server in servers:
        server.stop()


CELLS = [(row, column, mode) for row in ROWS for column in COLUMNS for mode in MODES]


@pytest.mark.parametrize(
    ("row", "column", "mode"), CELLS, ids=[f"{r.label}|{c}|{m}" for r, c, m in CELLS]
)
def test_cell(env_factory: Any, row: Row, column: str, mode: str) -> None:
    expect = expected(row, column, mode)
    refused = row.fault is None
    env = env_factory(mode, refused=refused and mode == "loopback")
    operation = OPERATIONS[column]
    if refused and mode == "in process":
        from audiences.testing import Fault

        env.fake.inject(operation, Fault.drop(after=False))
    elif row.fault is not None:
        env.fake.inject(operation, row.fault(env.clock, column))
    before = len([e for e in env.fake.ledger if e.operation == operation])
    sent_before = env.fake.requests.count((operation, _method(column)))

    if isinstance(expect.outcome, str):
        result = _call(env, column)
        attempts = env.fake.requests.count((operation, _method(column))) - sent_before
        assert attempts == (1 if expect.outcome == "ok" else 2), attempts
        if "status unknown" in expect.check:
            assert result.status is RunStatus.UNKNOWN
            assert result.raw_status in ("paused_for_review", "archived")
        if "absent fields are None" in expect.check and column == "GET":
            assert result.updated_at is None
            assert result.target_profile_count is None
    else:
        with pytest.raises(expect.outcome) as caught:
            _call(env, column)
        assert type(caught.value) is expect.outcome  # exactly: raises() also accepts subclasses
        error: Any = caught.value
        if "kept on .body" in expect.check:
            assert error.body
        if "redacted" in expect.check:
            key = LEADPIPE_KEY if column == "Leadpipe create" else BUZZABOUT_KEY
            assert (key in str(error), key in repr(error.body)) == (False, False)
            assert "[redacted]" in str(error)
        if "field is named" in expect.check:
            assert ": expected an integer, got string" in str(error)
    created = len([e for e in env.fake.ledger if e.operation == operation]) - before
    if column in CREATES:
        assert created == expect.created
    else:
        assert created == 0


def _method(column: str) -> str:
    return {"GET": "GET", "PATCH": "PATCH", "DELETE": "DELETE"}.get(column, "POST")


def test_the_document_holds_the_matrix() -> None:
    document = (ROOT / "docs" / "reliability.md").read_text()
    assert markdown() in document, (
        "run `python -m tests.reliability.matrix` and paste the table into docs/reliability.md"
    )


def test_matrix_size() -> None:
    assert len(ROWS) == 25
    assert len(CELLS) == 300
