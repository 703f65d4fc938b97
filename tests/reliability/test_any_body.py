"""Any JSON at all, as the answer of any operation, at any status: the caller gets a result of
the declared type (every field of it readable) or an error from our tree, never anything else
(hypothesis)."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
from audiences import AsyncPager, AudiencesError, SyncPager
from audiences.testing import ManualClock
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.data import ASYNC, CASES, KEYS, SYNC, Case

EXAMPLES = 3000
STATUSES = [200, 201, 202, 204, 400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503]
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
ANY_JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [k for key, item in value.items() for k in (key, *_keys(item))]
    if isinstance(value, list):
        return [k for item in value for k in _keys(item)]
    return []


@st.composite
def answers(draw: st.DrawFn) -> tuple[Case, str, int, Any]:
    """A case, a mode, a status, and a body: free JSON, or the document's with values swapped."""
    case = draw(st.sampled_from(CASES))
    mode = draw(st.sampled_from(["sync", "async"]))
    status = draw(st.sampled_from([case.status, *STATUSES]))
    if draw(st.booleans()) or not isinstance(case.body, dict):
        return case, mode, status, draw(ANY_JSON)
    body = json.loads(json.dumps(case.body))
    swaps = draw(st.dictionaries(st.sampled_from(_keys(body) or ["x"]), ANY_JSON, max_size=3))
    return case, mode, status, _swap(body, swaps)


def _swap(value: Any, swaps: dict[str, Any]) -> Any:
    if isinstance(value, dict):
        return {k: swaps[k] if k in swaps else _swap(v, swaps) for k, v in value.items()}
    if isinstance(value, list):
        return [_swap(v, swaps) for v in value]
    return value


def _call(case: Case, mode: str, status: int, body: Any) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=json.dumps(body).encode())

    options: dict[str, Any] = {
        "api_key": KEYS[case.vendor],
        "transport": httpx.MockTransport(answer),
        "clock": ManualClock(),
        "max_retries": 0,
    }
    if mode == "sync":
        with SYNC[case.vendor](**options) as client:
            result = case.call(client)
            return list(result) if isinstance(result, SyncPager) else result

    async def main() -> Any:
        async with ASYNC[case.vendor](**options) as client:
            result = case.call(client)
            if isinstance(result, AsyncPager):
                return [item async for item in result]
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def _declared(case: Case) -> str:
    expected = case.expected
    if isinstance(expected, list):
        return f"list[{type(expected[0]).__name__}]"
    return type(expected).__name__


def _got(result: Any) -> str:
    if isinstance(result, list):
        kinds = {type(item).__name__ for item in result}
        return f"list[{kinds.pop()}]" if len(kinds) == 1 else f"list{sorted(kinds)}"
    return type(result).__name__


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(answers())
def test_any_answer_gives_the_declared_type_or_an_error_of_ours(
    drawn: tuple[Case, str, int, Any],
) -> None:
    case, mode, status, body = drawn
    try:
        result = _call(case, mode, status, body)
        for item in result if isinstance(result, list) else [result]:
            if hasattr(item, "to_dict"):
                item.to_dict()  # reads every field: lazily read models check them now
    except AudiencesError:
        return
    got = _got(result)
    if got == "list[]" or (got.startswith("list") and not result):
        got = _declared(case) if isinstance(case.expected, list) else got
    assert got == _declared(case)
