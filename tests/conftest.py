"""Suite-wide fixtures: a recording mock transport, a manual clock, the parsed spec, the
spec watch and the secret watch.

The spec watch: every answer any in-process or loopback fake gives in any test (before
an injected fault changes it) must be a documented status of its operation with a body
that validates against openapi.yaml; a test whose fake answered otherwise fails.

The secret watch runs around every test: every logger at DEBUG, every record kept, and
every API key a client was built with remembered; a key found in any record fails the
test that logged it. So the whole suite's traffic, not one test, proves that keys never
reach the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from audiences import _config
from audiences.testing import FakeAPIs, FakeRequest, FakeResponse, ManualClock

from tests.helpers import KEYS_SEEN, KEYS_THIS_TEST, Recorder, leaks, load_spec, spec_problems


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """openapi.yaml, parsed."""
    return load_spec()


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="session", autouse=True)
def _remember_keys() -> Iterator[None]:
    original = _config.KeyAuth.__init__

    def remembering(self: Any, header: str, key: str, origin: Any) -> None:
        KEYS_SEEN.add(key)
        KEYS_THIS_TEST.add(key)
        original(self, header, key, origin)

    _config.KeyAuth.__init__ = remembering  # type: ignore[method-assign]
    yield
    _config.KeyAuth.__init__ = original  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _no_key_in_any_log_record() -> Iterator[None]:
    KEYS_THIS_TEST.clear()
    root = logging.getLogger()
    keep = _Keep()
    previous = root.level
    root.addHandler(keep)
    root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(keep)
        root.setLevel(previous)
    # Only the keys of this test's clients: another test's key may turn up as plain data
    # here (hypothesis draws ids from the suite's own string literals).
    found = leaks(keep.records, KEYS_THIS_TEST)
    assert not found, f"an API key reached the log: {found[0]}"


@pytest.fixture(autouse=True)
def _every_fake_answer_matches_the_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    problems: list[str] = []
    original = FakeAPIs.__init__

    def watched(self: FakeAPIs, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)

        def observe(operation: str, request: FakeRequest, response: FakeResponse) -> None:
            problems.extend(spec_problems(operation, response))

        self.observers.append(observe)

    monkeypatch.setattr(FakeAPIs, "__init__", watched)
    yield
    assert not problems, "the fake answered off the spec:\n" + "\n".join(problems[:10])


@pytest.fixture
def recorder() -> Recorder:
    """An httpx handler answering from a route table, remembering every request."""
    return Recorder()


@pytest.fixture
def transport(recorder: Recorder) -> httpx.MockTransport:
    """A mock transport over ``recorder``."""
    return httpx.MockTransport(recorder)


@pytest.fixture
def clock() -> ManualClock:
    """A clock that moves only when a client sleeps (waits take no real time)."""
    return ManualClock()
