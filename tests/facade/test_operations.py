"""Every operation of the spec through the public API, sync and async, on the documents' payloads.

Each result is compared with the whole expected value, so a failure names the field that
differs; and no result holds anything of the generated client (``audiences_api``).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from typing import Any

import attrs
import httpx
import pytest
from audiences import AsyncPager, SyncPager
from audiences.testing import ManualClock

from tests.data import ASYNC, CASES, HEADERS, KEYS, OPERATIONS, SYNC, Case
from tests.helpers import Recorder


async def _collect_async(value: Any) -> Any:
    if isinstance(value, AsyncPager):
        return [item async for item in value]
    if inspect.isawaitable(value):
        return await value
    return value


def _invoke(case: Case, mode: str, recorder: Recorder) -> Any:
    transport = httpx.MockTransport(recorder)
    options: dict[str, Any] = {"api_key": KEYS[case.vendor], "clock": ManualClock()}
    if mode == "sync":
        with SYNC[case.vendor](transport=transport, **options) as client:
            result = case.call(client)
            return list(result) if isinstance(result, SyncPager) else result

    async def main() -> Any:
        async with ASYNC[case.vendor](transport=transport, **options) as client:
            return await _collect_async(case.call(client))

    return asyncio.run(main())


def _generated_parts(value: Any, where: str = "result") -> list[str]:
    """Where ``value`` holds an object of the generated client (it never should)."""
    if type(value).__module__.startswith("audiences_api"):
        return [f"{where}: {type(value).__qualname__}"]
    if attrs.has(type(value)):
        return [
            found
            for field in attrs.fields(type(value))
            for found in _generated_parts(getattr(value, field.name), f"{where}.{field.name}")
        ]
    if isinstance(value, list | tuple):
        return [p for i, item in enumerate(value) for p in _generated_parts(item, f"{where}[{i}]")]
    if isinstance(value, dict):
        return [p for k, item in value.items() for p in _generated_parts(item, f"{where}[{k!r}]")]
    return []


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_operation(case: Case, mode: str, recorder: Recorder) -> None:
    recorder.on(case.method, case.path, (case.status, case.body))
    result = _invoke(case, mode, recorder)
    assert result == case.expected
    assert _generated_parts(result) == []
    (request,) = recorder.requests
    assert request.method == case.method
    assert request.headers[HEADERS[case.vendor]] == KEYS[case.vendor]
    if case.sent is not None:
        assert json.loads(request.content) == case.sent
    if case.query is not None:
        assert dict(request.url.params) == case.query


def test_the_cases_cover_all_operations() -> None:
    covered = set()
    for case in CASES:
        for method, template, operation_id, _ in OPERATIONS:
            pattern = "^" + re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(template)) + "$"
            if method.upper() == case.method and re.match(pattern, case.path):
                covered.add(operation_id)
    assert covered == {o[2] for o in OPERATIONS}
