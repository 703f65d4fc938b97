"""Suite-wide fixtures: the parsed spec, the spec watch and the secret watch.

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
from pathlib import Path
from typing import Any

import pytest
import yaml
from audiences import _client
from audiences.testing import FakeAPIs, FakeRequest, FakeResponse

from tests.spec._validate import documented_response, errors, media_schema, resolve

ROOT = Path(__file__).resolve().parents[1]
KEYS_SEEN: set[str] = set()  # every key any client was built with
KEYS_THIS_TEST: set[str] = set()  # those built during the running test


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """openapi.yaml, parsed."""
    return _load_spec()


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


def _load_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return loaded


_SPEC = _load_spec()
_RESPONSES = {
    op["operationId"]: op["responses"]
    for item in _SPEC["paths"].values()
    for method, op in item.items()
    if method in ("get", "post", "patch", "delete", "put")
}


def spec_problems(operation: str, response: FakeResponse) -> list[str]:
    """What is wrong with one fake answer, judged by the spec (empty when nothing is).

    The status is looked up as OpenAPI does: the exact code, then its range (``5XX``),
    then ``default``; the body is checked against the media type it was sent as.
    """
    import json

    documented = documented_response(_RESPONSES[operation], response.status)
    where = f"{operation} {response.status}"
    if documented is None:
        return [f"{where}: status not documented"]
    content = resolve(_SPEC, documented).get("content")
    if content is None:
        return [f"{where}: a body where none is documented"] if response.body else []
    found = media_schema(content, response.headers.get("content-type"))
    if found is None:
        return [f"{where}: content type {response.headers.get('content-type')} not documented"]
    media_type, schema = found
    if media_type != "application/json":
        return [f"{where}: {e}" for e in errors(_SPEC, schema, response.body.decode())]
    return [f"{where}: {e}" for e in errors(_SPEC, schema, json.loads(response.body))]


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
