"""Helpers the tests share: a recording mock transport and validation against openapi.yaml."""

from __future__ import annotations

import copy
import json
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml
from audiences.testing import FakeResponse
from openapi_schema_validator import OAS31Validator

ROOT = Path(__file__).resolve().parents[1]
NODE_BIN = ROOT / "node_modules" / ".bin"
# The spec the suite judges by: openapi.yaml, or a scratch copy a test of spec changes
# runs the suite's checks against (tests/spec/test_spec_changes.py).
SPEC_FILE = Path(os.environ.get("AUDIENCES_SPEC", ROOT / "openapi.yaml"))


def load_spec() -> dict[str, Any]:
    """openapi.yaml (or ``AUDIENCES_SPEC``), parsed."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_FILE.read_text())
    return loaded


def strict(node: Any) -> Any:
    """A copy of a spec (or schema) that refuses what it does not declare: every object
    schema with ``properties`` gets ``unevaluatedProperties: false`` (which sees through
    ``allOf``/``anyOf``/``oneOf``), even where it is open for clients. What our fake
    sends is judged by it: the fake may not drift from the spec unnoticed."""
    if isinstance(node, list):
        return [strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: strict(value) for key, value in node.items()}
    if isinstance(node.get("properties"), dict):
        found.pop("additionalProperties", None)
        found["unevaluatedProperties"] = False
    return found


def errors(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    """Every validation error of *value* against *schema*, as readable strings."""
    root = {**schema, "components": spec["components"]}
    validator = OAS31Validator(root, format_checker=OAS31Validator.FORMAT_CHECKER)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)
    ]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one level at a time) to the node it names."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def documented_response(responses: dict[str, Any], status: int) -> dict[str, Any] | None:
    """The response an operation documents for ``status``, as OpenAPI picks it.

    The exact code first, then its range (``4XX``), then ``default``; None when none fits.
    """
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            found: dict[str, Any] = responses[key]
            return found
    return None


def media_schema(
    content: dict[str, Any], content_type: str | None
) -> tuple[str, dict[str, Any]] | None:
    """The (media type, schema) a body of ``content_type`` is checked against, if documented."""
    wanted = (content_type or "application/json").split(";")[0].strip().lower()
    media = content.get(wanted)
    if media is None:
        return None
    return wanted, media.get("schema", {})


Route = tuple[int, Any] | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """An httpx handler: answers from a route table and remembers every request."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Route]] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, *answers: Route) -> None:
        """Answer ``method path`` with each answer in turn (the last one repeats)."""
        self.routes[(method, path)] = list(answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, request.url.raw_path.split(b"?")[0].decode())
        answers = self.routes.get(key)
        if not answers:
            return httpx.Response(599, text=f"no route for {key}")
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if callable(answer):
            return answer(request)
        status, body = answer
        if body is None:
            return httpx.Response(status)
        if isinstance(body, bytes):
            return httpx.Response(status, content=body)
        return httpx.Response(status, json=body)

    def body(self, index: int = -1) -> Any:
        """The JSON body of a recorded request."""
        return json.loads(self.requests[index].content)


class RawServer:
    """A loopback TCP server that answers each connection with ``answer(socket)``.

    For what no well-behaved HTTP server does: trickling bytes, endless bodies, bombs.
    It stops itself when the ``with`` block ends (closing every connection).
    """

    def __init__(self, answer: Callable[[Any], None]) -> None:
        import socket
        import threading

        self._answer = answer
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        import threading

        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: Any) -> None:
        with conn:
            conn.settimeout(5)
            try:
                conn.recv(65536)  # the request (small: headers and a short body)
                self._answer(conn)
            except OSError:
                pass  # the client hung up: what these tests expect of it

    @property
    def stopped(self) -> bool:
        """Whether the server was told to stop (answers check it to end early)."""
        return self._stop.is_set()

    def __enter__(self) -> RawServer:
        self._accepting.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._listener.close()
        self._accepting.join(timeout=2)
        for thread in self._threads:
            thread.join(timeout=2)


def tool(name: str) -> str:
    """A command a test needs on PATH, or a failure that says how to get it."""
    import shutil

    import pytest

    found = shutil.which(name)
    if found is None:
        pytest.fail(f"`{name}` is not on PATH: `make go-toolchain` installs Go and Java")
    return found


# ------------------------------------------------------------------ where a key could hide


def reachable(root: Any) -> Iterator[Any]:
    """Everything reachable from an error: cause and context chain, attributes, items."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        value = todo.pop()
        if value is None or isinstance(value, bool | int | float) or id(value) in seen:
            continue
        seen.add(id(value))
        yield value
        if isinstance(value, BaseException):
            todo += [value.__cause__, value.__context__, *value.args]
        if isinstance(value, httpx.Request | httpx.Response):
            todo += [str(value.url), *(f"{k}: {v}" for k, v in value.headers.items())]
        if isinstance(value, dict):
            todo += [*value.keys(), *value.values()]
        elif isinstance(value, list | tuple | set):
            todo += list(value)
        elif hasattr(value, "__dict__") and not isinstance(value, type):
            todo += list(vars(value).values())


def where_the_key_is(error: BaseException, key: str) -> list[str]:
    """Where ``key`` is reachable from ``error`` (its text, repr, pickle, cause and context
    chain and their attributes); empty when nowhere."""
    import pickle

    found = [repr(v)[:60] for v in reachable(error) if isinstance(v, str | bytes) and key in str(v)]
    if key.encode() in pickle.dumps(error):
        found.append("pickle")
    return found + [f for f in ("str", "repr") if key in (str(error), repr(error))[f == "repr"]]


# ------------------------------------------------------------------ the suite-wide watches
# (tests/conftest.py runs them around every test; a test of a watch calls them directly)

KEYS_SEEN: set[str] = set()  # every key any client was built with
KEYS_THIS_TEST: set[str] = set()  # those built during the running test


def leaks(records: list[logging.LogRecord], keys: set[str] | None = None) -> list[str]:
    """The records (as text) that hold one of ``keys`` (default: every key seen), in their
    message, arguments or exception (its text, and its cause and context chain walked).

    Keys shorter than 8 characters are not watched: they would match ordinary words.
    """
    watched = [key for key in (KEYS_SEEN if keys is None else keys) if len(key) >= 8]
    found = []
    for record in records:
        text = record.getMessage() + repr(record.args) + (record.exc_text or "")
        error = record.exc_info[1] if record.exc_info else None
        if error is not None:
            text += "".join(str(v) for v in reachable(error) if isinstance(v, str | bytes))
        if any(key in text for key in watched):
            found.append(f"{record.name}: {text[:200]}")
    return found


_SPEC = strict(copy.deepcopy(load_spec()))
_RESPONSES = {
    op["operationId"]: op["responses"]
    for item in _SPEC["paths"].values()
    for method, op in item.items()
    if method in ("get", "post", "patch", "delete", "put")
}


def spec_problems(operation: str, response: FakeResponse) -> list[str]:
    """What is wrong with one fake answer, judged by the spec made ``strict`` (empty when
    nothing is). Each problem names the operation, whose handler has its name.

    The status is looked up as OpenAPI does: the exact code, then its range (``5XX``),
    then ``default``; the body is checked against the media type it was sent as.
    """
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
