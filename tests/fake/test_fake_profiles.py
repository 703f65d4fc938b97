"""The fake's audience profiles, patterns and Leadpipe results, at the HTTP level."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from audiences import _spec as spec
from audiences.testing import (
    BUZZABOUT_KEY,
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    SOURCE_PATTERN,
    FakeAPIs,
    ManualClock,
)

from tests.data import PROFILE_FILTERS, PROFILE_SORTS

BZ = "https://api.buzzabout.ai"
LP = "https://api.aws53.cloud"
RESULTS = "list_intent_audience_run_results"
TIERS = ["nano", "micro", "mid", "macro", "mega"]
LLM_FIELDS = [
    "creator_tier",
    "aesthetic",
    "summary",
    "ocean",
    "authenticity_score",
    "score",
    "content_niche",
]


def code(response: httpx.Response) -> Any:
    body = response.json()
    return body.get("error_code") or (body.get("error") or {}).get("code")


def all_profiles(bz: httpx.Client, limit: int = 100, **body: Any) -> list[dict[str, Any]]:
    """Every page of POST /v1/audience_profiles, following the cursor in the body."""
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = bz.post("/v1/audience_profiles", json={**body, "limit": limit, "cursor": cursor})
        assert page.status_code == 200, page.text
        found += page.json()["data"]
        cursor = page.json()["cursor"]
        if not page.json()["has_next"]:
            return found


def audience_run(
    bz: httpx.Client, source: str = SOURCE_DATASET, target: int = 850, ad: str | None = None
) -> tuple[str, str]:
    """A new audience dataset (or ``ad``) and a run on ``source``."""
    ad = ad or bz.post("/v1/audience_datasets", json={"name": "creators"}).json()["data"]["id"]
    started = bz.post(
        f"/v1/audience_datasets/{ad}/runs",
        json={"source_dataset_id": source, "total_profile_count": target},
    )
    assert started.status_code == 202, started.text
    return str(ad), str(started.json()["data"]["id"])


def people_of(bz: httpx.Client, dataset: str) -> set[tuple[str, str]]:
    """Every author and commenter of a dataset's mentions, as (source, username)."""
    found = set()
    cursor = None
    while True:
        page = bz.post(
            "/v1/mentions", json={"dataset_ids": [dataset], "limit": 100, "cursor": cursor}
        ).json()
        for m in page["data"]:
            for author in [m["author"]] + [c["author"] for c in m["comments"] or []]:
                found.add((m["source"], author["title"].removeprefix("u/").removeprefix("@")))
        cursor = page["cursor"]
        if not page["has_next"]:
            return found


# ------------------------------------------------------------------ collection


def test_a_run_collects_profiles_from_its_datasets_authors_and_commenters(
    bz: httpx.Client, clock: ManualClock
) -> None:
    ad, run = audience_run(bz)
    clock.advance(40)
    shown = bz.get(f"/v1/audience_datasets/{ad}/runs/{run}").json()["data"]
    assert (shown["status"]["type"], shown["profile_count"]) == ("completed", 850)
    assert bz.get(f"/v1/audience_datasets/{ad}").json()["data"]["profile_count"] == 850
    profiles = all_profiles(bz, audience_dataset_ids=[ad])
    keys = {(p["source"], p["username"]) for p in profiles}
    assert len(profiles) == len(keys) == 850
    assert keys <= people_of(bz, SOURCE_DATASET)
    assert {p["run_id"] for p in profiles} == {run}
    assert all(p[f] is not None for p in profiles for f in LLM_FIELDS)


def test_a_small_dataset_yields_fewer_profiles_and_says_so(
    fake: FakeAPIs, bz: httpx.Client, clock: ManualClock
) -> None:
    fake.add_dataset(BUZZABOUT_KEY, "ds_small", posts=20)
    ad, run = audience_run(bz, "ds_small", target=2000)
    clock.advance(40)
    count = bz.get(f"/v1/audience_datasets/{ad}/runs/{run}").json()["data"]["profile_count"]
    assert count == len(people_of(bz, "ds_small")) < 2000
    assert len(all_profiles(bz, audience_dataset_ids=[ad])) == count


def test_profiles_appear_after_collection_and_are_enriched_after_analysis(
    bz: httpx.Client, clock: ManualClock
) -> None:
    ad, _ = audience_run(bz, target=30)
    clock.advance(20)
    assert all_profiles(bz, audience_dataset_ids=[ad]) == []
    clock.advance(10)  # collect_profiles done, analyze_profiles not yet
    raw = all_profiles(bz, audience_dataset_ids=[ad])
    assert len(raw) == 30
    assert {p[f] for p in raw for f in ("creator_tier", "aesthetic", "summary", "ocean")} == {None}
    assert all(p["follower_count"] >= 0 and p["display_name"] for p in raw)
    clock.advance(10)
    assert all(p["creator_tier"] in TIERS for p in all_profiles(bz, audience_dataset_ids=[ad]))


def test_profiles_are_deduped_keeping_the_most_recent_run(
    bz: httpx.Client, clock: ManualClock
) -> None:
    ad, first = audience_run(bz, target=40)
    clock.advance(40)
    _, second = audience_run(bz, target=40, ad=ad)
    clock.advance(40)
    profiles = all_profiles(bz, audience_dataset_ids=[ad])
    assert len(profiles) == 40
    assert {p["run_id"] for p in profiles} == {second}
    assert first != second


def test_no_profiles_from_a_failed_run_and_404s(bz: httpx.Client, clock: ManualClock) -> None:
    from audiences.testing import FAILING_DATASET

    ad, _ = audience_run(bz, FAILING_DATASET)
    clock.advance(60)
    assert all_profiles(bz, audience_dataset_ids=[ad]) == []
    missing = bz.post("/v1/audience_profiles", json={"audience_dataset_ids": ["ad_missing"]})
    assert (missing.status_code, code(missing)) == (404, "audience_dataset_not_found")
    bz.delete(f"/v1/audience_datasets/{ad}")
    deleted = bz.post("/v1/audience_profiles", json={"audience_dataset_ids": [ad]})
    assert (deleted.status_code, code(deleted)) == (404, "audience_dataset_not_found")


def test_the_same_dataset_gives_the_same_people() -> None:
    def people() -> list[tuple[Any, ...]]:
        clock = ManualClock()
        client = httpx.Client(
            transport=FakeAPIs(clock).transport(), base_url=BZ, headers={"x-api-key": BUZZABOUT_KEY}
        )
        ad, _ = audience_run(client, target=100)
        clock.advance(40)
        return sorted(
            (p["source"], p["username"], p["follower_count"], p["summary"])
            for p in all_profiles(client, audience_dataset_ids=[ad])
        )

    assert people() == people()


# ------------------------------------------------------------------ filters, sorts, cursors


@pytest.fixture(scope="module")
def enriched() -> tuple[httpx.Client, str, list[dict[str, Any]]]:
    clock = ManualClock()
    client = httpx.Client(
        transport=FakeAPIs(clock).transport(), base_url=BZ, headers={"x-api-key": BUZZABOUT_KEY}
    )
    ad, _ = audience_run(client, target=400)
    clock.advance(40)
    return client, ad, all_profiles(client, audience_dataset_ids=[ad])


PROFILE_SELECTS: dict[str, tuple[dict[str, Any], Callable[[dict[str, Any]], bool]]] = {
    "source": (PROFILE_FILTERS["source"], lambda p: p["source"] in ("reddit", "tiktok")),
    "is_verified": ({"type": "is_verified", "value": False}, lambda p: not p["is_verified"]),
    "location_country": (
        PROFILE_FILTERS["location_country"],
        lambda p: p["location_country"] in ("United States", "United Kingdom"),
    ),
    "creator_tier": (
        PROFILE_FILTERS["creator_tier"],
        lambda p: p["creator_tier"] in ("nano", "micro"),
    ),
    "content_niche": (PROFILE_FILTERS["content_niche"], lambda p: "coffee" in p["content_niche"]),
    "interest_clusters": (
        PROFILE_FILTERS["interest_clusters"],
        lambda p: "specialty coffee" in p["interest_clusters"],
    ),
    "follower_count": (PROFILE_FILTERS["follower_count"], lambda p: p["follower_count"] > 10000),
    "engagement_rate": (
        PROFILE_FILTERS["engagement_rate"],
        lambda p: 0.02 <= p["engagement_rate"] <= 0.08,
    ),
    "authenticity_score": (
        PROFILE_FILTERS["authenticity_score"],
        lambda p: p["authenticity_score"] < 50,
    ),
}


def test_the_filter_table_is_covered() -> None:
    assert set(PROFILE_SELECTS) == {f["type"] for f in PROFILE_FILTERS.values()}


@pytest.mark.parametrize("name", list(PROFILE_SELECTS))
def test_every_profile_filter_selects(
    enriched: tuple[httpx.Client, str, list[dict[str, Any]]], name: str
) -> None:
    client, ad, everyone = enriched
    wire, selects = PROFILE_SELECTS[name]
    chosen = all_profiles(client, audience_dataset_ids=[ad], filters=[[wire]])
    assert sorted(p["id"] for p in chosen) == sorted(p["id"] for p in everyone if selects(p))
    assert 0 < len(chosen) < len(everyone)


def test_profile_filter_groups_and_the_10_filter_limit(
    enriched: tuple[httpx.Client, str, list[dict[str, Any]]],
) -> None:
    client, ad, _ = enriched
    verified, big = PROFILE_SELECTS["is_verified"][0], PROFILE_FILTERS["follower_count"]

    def ids(filters: list[list[dict[str, Any]]]) -> set[str]:
        return {r["id"] for r in all_profiles(client, audience_dataset_ids=[ad], filters=filters)}

    assert ids([[verified, big]]) == ids([[verified]]) & ids([[big]])
    assert ids([[verified], [big]]) == ids([[verified]]) | ids([[big]])
    refused = client.post("/v1/audience_profiles", json={"filters": [[big] * 11]})
    assert refused.json()["detail"]["errors"] == {
        "body.filters": "Maximum 10 filters allowed, got 11"
    }


def _value(p: dict[str, Any], sort: str) -> Any:
    if sort == "date":
        return p["created_at"]
    if sort == "creator_tier":
        return TIERS.index(p["creator_tier"])
    return p[sort]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("sort", PROFILE_SORTS)
def test_every_profile_sort_orders_and_cursors_resume(
    enriched: tuple[httpx.Client, str, list[dict[str, Any]]], sort: str, order: str
) -> None:
    client, ad, everyone = enriched
    paged = all_profiles(client, limit=33, audience_dataset_ids=[ad], sort=sort, order=order)
    assert sorted(p["id"] for p in paged) == sorted(p["id"] for p in everyone)
    values = [_value(p, sort) for p in paged]
    assert values == sorted(values, reverse=order == "desc")


def test_a_profile_cursor_is_tied_to_its_sort(
    enriched: tuple[httpx.Client, str, list[dict[str, Any]]],
) -> None:
    client, ad, _ = enriched
    first = client.post(
        "/v1/audience_profiles",
        json={"audience_dataset_ids": [ad], "sort": "follower_count", "limit": 5},
    ).json()
    refused = client.post(
        "/v1/audience_profiles",
        json={"audience_dataset_ids": [ad], "sort": "engagement_rate", "cursor": first["cursor"]},
    )
    assert (refused.status_code, refused.json()["detail"]) == (
        422,
        {"message": "Invalid request data", "errors": {"body.cursor": "Invalid cursor value"}},
    )


def test_nulls_sort_last_while_profiles_are_not_enriched(
    bz: httpx.Client, clock: ManualClock
) -> None:
    audience_run(bz, target=60)
    clock.advance(45)
    audience_run(bz, target=20)  # the same walk: the first 20 people again, newer
    clock.advance(30)  # collected, not yet analysed: their rows replace the enriched ones
    for order in ("asc", "desc"):
        tiers = [p["creator_tier"] for p in all_profiles(bz, sort="creator_tier", order=order)]
        assert [t is None for t in tiers] == [False] * 40 + [True] * 20
        ranks = [TIERS.index(t) for t in tiers[:40]]
        assert ranks == sorted(ranks, reverse=order == "desc")


# ------------------------------------------------------------------ patterns


def test_a_completed_pattern_detection_leads_to_its_pattern(
    bz: httpx.Client, clock: ManualClock
) -> None:
    run = bz.post(
        "/v1/pattern_detections",
        json={"dataset_id": SOURCE_DATASET, "name": "n", "research_question": "Why nitro?"},
    ).json()["data"]
    assert "pattern_id" not in run
    clock.advance(40)
    pattern_id = bz.get(f"/v1/pattern_detections/{run['run_id']}").json()["data"]["pattern_id"]
    pattern = bz.get(f"/v1/patterns/{pattern_id}").json()["data"]
    assert pattern["id"] == pattern_id
    assert "Why nitro?" in pattern["summary"]
    posts = {(m["id"], m["source"]) for m in _mentions(bz)}
    assert 1 <= len(pattern["items"]) <= 5
    for item in pattern["items"]:
        assert "post_refs" not in item
        expanded = bz.get(f"/v1/patterns/{pattern_id}/items/{item['item_id']}").json()["data"]
        refs = {(r["id"], r["source"]) for r in expanded["post_refs"]}
        assert len(refs) == expanded["post_count"] == item["post_count"]
        assert refs <= posts
    missing_item = bz.get(f"/v1/patterns/{pattern_id}/items/pti_missing")
    assert (missing_item.status_code, code(missing_item)) == (404, "pattern_item_not_found")
    missing = bz.get("/v1/patterns/pt_missing")
    assert (missing.status_code, code(missing)) == (404, "pattern_not_found")


def _mentions(bz: httpx.Client) -> list[dict[str, Any]]:
    return list(
        bz.post("/v1/mentions", json={"dataset_ids": [SOURCE_DATASET], "limit": 100}).json()["data"]
    ) + list(
        bz.post(
            "/v1/mentions",
            json={"dataset_ids": [SOURCE_DATASET], "limit": 100, "sort": "date", "order": "asc"},
        ).json()["data"]
    )


def test_a_pattern_is_unknown_until_its_detection_completes(
    bz: httpx.Client, clock: ManualClock
) -> None:
    fake_ids = bz.post(
        "/v1/pattern_detections",
        json={"dataset_id": SOURCE_DATASET, "name": "n", "research_question": "q"},
    )
    assert fake_ids.status_code == 202
    assert bz.get(f"/v1/patterns/{SOURCE_PATTERN}").status_code == 200  # the seeded one is done
    other = FakeAPIs(clock)
    other.add_account("bz_test_other", "buzzabout")
    stranger = httpx.Client(
        transport=other.transport(), base_url=BZ, headers={"x-api-key": "bz_test_other"}
    )
    assert (
        stranger.get(f"/v1/patterns/{SOURCE_PATTERN}").status_code == 200
    )  # every account is seeded alike


# ------------------------------------------------------------------ Leadpipe results


@pytest.fixture
def lp(fake: FakeAPIs) -> httpx.Client:
    return httpx.Client(
        transport=fake.transport(), base_url=LP, headers={"x-api-key": LEADPIPE_KEY}
    )


def _queue(lp: httpx.Client, audience: str = INTENT_AUDIENCE) -> str:
    return str(
        lp.post(f"/v1/intent/audiences/{audience}/runs", json={"runType": "manual"}).json()["data"][
            "id"
        ]
    )


def test_results_are_not_ready_until_the_run_completes(
    lp: httpx.Client, clock: ManualClock
) -> None:
    run = _queue(lp)
    url = f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{run}/results"
    for state in ("queued", "running"):
        waiting = lp.get(url)
        data = waiting.json()["data"]
        assert waiting.status_code == 202
        assert (
            data["state"],
            data["run"]["status"],
            data["results"],
            data["total"],
            data["limit"],
            data["offset"],
        ) == (state, state, [], 0, spec.default(spec.param(RESULTS, "limit")), 0)
        clock.advance(10)
    clock.advance(10)
    done = lp.get(url, params={"limit": 7, "offset": 3})
    data = done.json()["data"]
    assert (done.status_code, data["state"], data["limit"], data["offset"]) == (
        200,
        "completed",
        7,
        3,
    )
    assert data["total"] == data["run"]["resultCount"]
    pages = [
        lp.get(url, params={"limit": 10, "offset": o}).json()["data"]["results"]
        for o in range(0, data["total"] + 10, 10)
    ]
    rows = [r for page in pages for r in page]
    assert len(rows) == data["total"]
    assert rows[3:10] == data["results"]
    # The get-people page's fields, and no other (a score is not a row's field).
    assert {key for row in rows for key in row} == set(spec.properties("IntentAudienceResultRow"))
    again = [lp.get(url, params={"limit": 100, "offset": o}).json() for o in (0, 100, 200)]
    assert rows == [r for page in again for r in page["data"]["results"]]  # the same every time
    assert lp.get(url, params={"offset": data["total"]}).json()["data"]["results"] == []


def test_failed_and_cancelled_runs_cannot_serve_results(
    lp: httpx.Client, clock: ManualClock
) -> None:
    failing = _queue(lp, FAILING_INTENT_AUDIENCE)
    cancelled = _queue(lp)
    lp.delete(f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{cancelled}")
    clock.advance(30)
    failed_run = lp.get(f"/v1/intent/audiences/{FAILING_INTENT_AUDIENCE}/runs").json()["data"][0]
    assert (failed_run["status"], failed_run["errorCode"]) == ("failed", "NO_CANDIDATES")
    for audience, run in ((FAILING_INTENT_AUDIENCE, failing), (INTENT_AUDIENCE, cancelled)):
        refused = lp.get(f"/v1/intent/audiences/{audience}/runs/{run}/results")
        assert (refused.status_code, code(refused)) == (409, "RUN_RESULTS_UNAVAILABLE")


def test_results_404_and_400(lp: httpx.Client) -> None:
    run = _queue(lp)
    for url in (
        f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/nope/results",
        f"/v1/intent/audiences/nope/runs/{run}/results",
    ):
        assert (lp.get(url).status_code, code(lp.get(url))) == (404, "NOT_FOUND")
    for params in ({"limit": 0}, {"offset": -1}, {"limit": "x"}):
        refused = lp.get(
            f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{run}/results", params=params
        )
        assert (refused.status_code, code(refused)) == (400, "VALIDATION_ERROR")
