"""Suite-wide fixtures: the parsed spec, and the secret watch.

The secret watch runs around every test: every logger at DEBUG, every record kept, and
every API key a client was built with remembered; a key found in any record fails the
test that logged it. So the whole suite's traffic, not one test, proves that keys never
reach the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from audiences import _client

ROOT = Path(__file__).resolve().parents[1]
KEYS_SEEN: set[str] = set()  # every key any client was built with
KEYS_THIS_TEST: set[str] = set()  # those built during the running test


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """openapi.yaml, parsed."""
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return loaded


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="session", autouse=True)
def _remember_keys() -> Iterator[None]:
    original = _client._KeyAuth.__init__

    def remembering(self: Any, header: str, key: str, origin: Any) -> None:
        KEYS_SEEN.add(key)
        KEYS_THIS_TEST.add(key)
        original(self, header, key, origin)

    _client._KeyAuth.__init__ = remembering  # type: ignore[method-assign]
    yield
    _client._KeyAuth.__init__ = original  # type: ignore[method-assign]


def leaks(records: list[logging.LogRecord], keys: set[str] | None = None) -> list[str]:
    """The records (as text) that hold one of ``keys`` (default: every key seen).

    Keys shorter than 8 characters are not watched: they would match ordinary words.
    """
    watched = KEYS_SEEN if keys is None else keys
    found = []
    for record in records:
        text = record.getMessage() + repr(record.args) + (record.exc_text or "")
        if any(len(key) >= 8 and key in text for key in watched):
            found.append(f"{record.name}: {text[:200]}")
    return found


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
