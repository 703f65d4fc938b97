"""Helpers the tests share: a recording mock transport and validation against openapi.yaml."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml
from openapi_schema_validator import OAS31Validator

ROOT = Path(__file__).resolve().parents[1]


def load_spec() -> dict[str, Any]:
    """openapi.yaml, parsed."""
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return loaded


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
