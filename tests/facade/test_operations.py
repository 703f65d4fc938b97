"""Every one of the 23 operations through the public API, sync and async, on the documents' payloads."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from typing import Any

import httpx
import pytest
from audiences import (
    AsyncAudienceLab,
    AsyncBuzzabout,
    AsyncLeadpipe,
    AsyncPager,
    AudienceLab,
    Buzzabout,
    Leadpipe,
    SyncPager,
)

from tests.facade._cases import CASES, Case
from tests.facade.conftest import Recorder
from tests.spec.test_spec import OPERATIONS

SYNC = {"bz": Buzzabout, "al": AudienceLab, "lp": Leadpipe}
ASYNC = {"bz": AsyncBuzzabout, "al": AsyncAudienceLab, "lp": AsyncLeadpipe}
KEYS = {"bz": "bz_test_k", "al": "al_test_k", "lp": "sk_test_k"}
HEADERS = {"bz": "x-api-key", "al": "X-Api-Key", "lp": "x-api-key"}


async def _collect_async(value: Any) -> Any:
    if isinstance(value, AsyncPager):
        return [item async for item in value]
    if inspect.isawaitable(value):
        return await value
    return value


def _invoke(case: Case, mode: str, recorder: Recorder) -> Any:
    transport = httpx.MockTransport(recorder)
    if mode == "sync":
        with SYNC[case.vendor](api_key=KEYS[case.vendor], transport=transport) as client:
            result = case.call(client)
            return list(result) if isinstance(result, SyncPager) else result

    async def main() -> Any:
        async with ASYNC[case.vendor](api_key=KEYS[case.vendor], transport=transport) as client:
            return await _collect_async(case.call(client))

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_operation(case: Case, mode: str, recorder: Recorder) -> None:
    recorder.on(case.method, case.path, (case.status, case.body))
    result = _invoke(case, mode, recorder)
    assert case.check(result), result
    (request,) = recorder.requests
    assert request.method == case.method
    assert request.headers[HEADERS[case.vendor]] == KEYS[case.vendor]
    if case.sent is not None:
        assert json.loads(request.content) == case.sent
    if case.query is not None:
        assert dict(request.url.params) == case.query


def test_the_cases_cover_all_23_operations() -> None:
    covered = set()
    for case in CASES:
        for method, template, operation_id, _ in OPERATIONS:
            pattern = "^" + re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(template)) + "$"
            if method.upper() == case.method and re.match(pattern, case.path):
                covered.add(operation_id)
    assert covered == {o[2] for o in OPERATIONS}
