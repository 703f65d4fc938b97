"""The fake's Buzzabout credits and custom-parameter values, on the wire: the price table
without a key, the balance ``GET /v1/me`` reports as runs are charged and refunded, the
usage history's pages, and the values a completed run puts on mentions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ManualClock,
)

BZ = "https://api.buzzabout.ai"


def client(fake: FakeAPIs, key: str | None = BUZZABOUT_KEY) -> httpx.Client:
    headers = {} if key is None else {"x-api-key": key}
    return httpx.Client(transport=fake.transport(), base_url=BZ, headers=headers)


def used(bz: httpx.Client) -> Any:
    return bz.get("/v1/me").json()["data"]["usage"]["credits_used"]


@pytest.mark.parametrize("key", [None, BUZZABOUT_KEY, AUDIENCELAB_KEY, "bz_live_unknown"])
def test_the_price_table_needs_no_key(fake: FakeAPIs, key: str | None) -> None:
    prices = client(fake, key).get("/v1/credit_prices")
    assert (prices.status_code, prices.json()["data"]) == (
        200,
        {"mention": 1, "audience_profile": 3, "post_processing": 0.5, "ai_assistant": 15},
    )


def test_the_account_needs_its_key(fake: FakeAPIs) -> None:
    assert client(fake, None).get("/v1/me").status_code == 401
    assert client(fake, AUDIENCELAB_KEY).get("/v1/me/usage_history").status_code == 401


def test_an_audience_run_is_charged_what_it_collected_once_it_ends(clock: ManualClock) -> None:
    fake = FakeAPIs(clock, credits=1_000)
    fake.add_dataset(BUZZABOUT_KEY, "ds_small", posts=5)  # few authors and commenters
    bz = client(fake)
    ad = bz.post("/v1/audience_datasets", json={"name": "n"}).json()["data"]["id"]
    run = bz.post(
        f"/v1/audience_datasets/{ad}/runs",
        json={"source_dataset_id": "ds_small", "total_profile_count": 200},
    ).json()["data"]
    held = used(bz)
    clock.advance(60)
    done = bz.get(f"/v1/audience_datasets/{ad}/runs/{run['id']}").json()["data"]
    collected = done["profile_count"]
    assert (held, done["status"]["type"], collected < 200) == (600, "completed", True)
    assert used(bz) == 3 * collected
    history = bz.get("/v1/me/usage_history").json()["data"]
    assert [(r["category"], r["quantity"]) for r in history] == [
        ("audience_profile", 600),
        ("audience_profile", 3 * collected - 600),
    ]
    assert history[1]["created_at"] == done["status"]["steps"][-1]["completed_at"]


def test_the_balance_left_decides_the_next_run(clock: ManualClock) -> None:
    fake = FakeAPIs(clock, credits=150)
    bz = client(fake)
    run = {"search_query": {"type": "prompt", "sources": ["reddit"], "search_query": "brew"}}
    assert (
        bz.post(f"/v1/datasets/{SOURCE_DATASET}/runs", json={**run, "count": 100}).status_code
        == 202
    )
    refused = bz.post(f"/v1/datasets/{SOURCE_DATASET}/runs", json={**run, "count": 60})
    assert (refused.status_code, refused.json()["error_code"]) == (
        402,
        "insufficient_credits_dataset_run",
    )
    allowed = bz.post(f"/v1/datasets/{SOURCE_DATASET}/runs", json={**run, "count": 50})
    assert (allowed.status_code, used(bz)) == (202, 150)


def test_the_usage_history_pages_by_cursor(clock: ManualClock) -> None:
    fake = FakeAPIs(clock)
    bz = client(fake)
    run = {"search_query": {"type": "prompt", "sources": ["reddit"], "search_query": "brew"}}
    for count in range(20, 50):
        bz.post(f"/v1/datasets/{SOURCE_DATASET}/runs", json={**run, "count": count})
    first = bz.get("/v1/me/usage_history").json()
    second = bz.get("/v1/me/usage_history", params={"cursor": first["cursor"]}).json()
    assert (len(first["data"]), first["has_next"]) == (25, True)  # the documented default
    assert (len(second["data"]), second["has_next"], second["cursor"]) == (5, False, None)
    quantities = [r["quantity"] for r in first["data"] + second["data"]]
    assert quantities == list(range(20, 50))
    stale = bz.get("/v1/me/usage_history", params={"cursor": "bm9wZQ"})
    assert (stale.status_code, stale.json()["error_code"]) == (422, "invalid_cursor")


@pytest.mark.parametrize(
    ("value_type", "kind"), [("string", str), ("number", float), ("boolean", bool)]
)
def test_a_completed_run_puts_a_value_on_each_post_it_processed(
    bz: httpx.Client, clock: ManualClock, value_type: str, kind: type
) -> None:
    cp = bz.post(
        "/v1/custom_parameters",
        json={"name": "p", "instructions": "Extract it.", "value_type": value_type},
    ).json()["data"]["id"]
    asked = {"dataset_ids": [SOURCE_DATASET], "parameter_ids": [cp], "limit": 100}

    def values() -> list[Any]:
        found, cursor = [], None
        while True:
            page = bz.post("/v1/mentions", json={**asked, "cursor": cursor} if cursor else asked)
            found += [m["custom_parameters"][cp] for m in page.json()["data"]]
            cursor = page.json()["cursor"]
            if cursor is None:
                return found

    before = values()
    run = bz.post(
        f"/v1/custom_parameters/{cp}/runs",
        json={"scope": {"kind": "dataset", "id": SOURCE_DATASET}},
    )
    clock.advance(60)
    done = bz.get(f"/v1/custom_parameters/{cp}/runs/{run.json()['data']['run_id']}").json()["data"]
    after = values()
    assert before == [None] * done["mentions_total"]
    assert (len(after), after.count(None)) == (done["mentions_total"], done["mentions_error"])
    assert {type(v) for v in after if v is not None} == {kind}
    assert values() == after  # the same post, the same value
