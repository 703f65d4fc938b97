"""The fake's datasets and mentions, at the HTTP level: runs fill datasets, filters select,
sorts order, cursors resume and are tied to their sort, and the same search gives the same
data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from audiences.testing import (
    BUZZABOUT_KEY,
    EMPTY_DATASET,
    FAILING_DATASET,
    SOURCE_DATASET,
    FakeAPIs,
    ManualClock,
)

from tests.data import DATASET_RUN_URL_REQUEST, MENTION_FILTERS, MENTION_SORTS

BZ = "https://api.buzzabout.ai"
PROMPT = {"type": "prompt", "sources": ["reddit", "youtube"], "search_query": "nitro cold brew"}


def code(response: httpx.Response) -> Any:
    return response.json().get("error_code")


def all_mentions(bz: httpx.Client, limit: int = 100, **body: Any) -> list[dict[str, Any]]:
    """Every page of POST /v1/mentions, following the cursor in the body."""
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = bz.post("/v1/mentions", json={**body, "limit": limit, "cursor": cursor})
        assert page.status_code == 200, page.text
        found += page.json()["data"]
        cursor = page.json()["cursor"]
        if not page.json()["has_next"]:
            assert cursor is None
            return found


def new_dataset(bz: httpx.Client, name: str = "cold brew") -> str:
    created = bz.post("/v1/datasets", json={"name": name})
    assert created.status_code == 201
    assert set(created.json()["data"]) == {"id", "name", "created_at"}
    return str(created.json()["data"]["id"])


def start_run(bz: httpx.Client, dataset: str, **body: Any) -> str:
    started = bz.post(f"/v1/datasets/{dataset}/runs", json={"search_query": PROMPT, **body})
    assert started.status_code == 202, started.text
    return str(started.json()["data"]["id"])


# ------------------------------------------------------------------ datasets and runs


def test_the_seeded_datasets_are_real_datasets(bz: httpx.Client) -> None:
    listed = {d["id"]: d["mentions_count"] for d in bz.get("/v1/datasets").json()["data"]}
    assert listed == {SOURCE_DATASET: 200, EMPTY_DATASET: 0, FAILING_DATASET: 50}
    (run,) = bz.get(f"/v1/datasets/{SOURCE_DATASET}/runs").json()["data"]
    assert (run["status"]["type"], run["mentions_count"]) == ("completed", 200)
    assert [s["name"] for s in run["status"]["steps"]] == ["scraping", "analysis"]
    assert run["params"]["search_query"]["sources"] == ["reddit", "tiktok", "youtube", "instagram"]
    assert len(run["params"]["content_analysis_actions"]) == 12
    assert bz.get(f"/v1/datasets/{EMPTY_DATASET}/runs").json()["data"] == []
    sources = {m["source"] for m in all_mentions(bz, dataset_ids=[SOURCE_DATASET])}
    assert sources == {"reddit", "tiktok", "youtube", "instagram"}


def test_dataset_crud_and_soft_delete(bz: httpx.Client) -> None:
    ids = [new_dataset(bz, f"d{i}") for i in range(3)]
    renamed = bz.patch(f"/v1/datasets/{ids[0]}", json={"name": "cold brew — Q2"}).json()["data"]
    assert (renamed["name"], renamed["mentions_count"], renamed["url"]) == (
        "cold brew — Q2",
        0,
        f"https://app.buzzabout.ai/datasets/{ids[0]}",
    )
    assert bz.patch(f"/v1/datasets/{ids[0]}").json()["data"]["name"] == "cold brew — Q2"
    assert bz.patch(f"/v1/datasets/{ids[0]}", json={"name": ""}).json()["data"]["name"] is None
    first = bz.get("/v1/datasets", params={"order": "asc", "limit": 4}).json()
    rest = bz.get("/v1/datasets", params={"order": "asc", "cursor": first["cursor"]}).json()
    assert [d["id"] for d in first["data"] + rest["data"]][3:] == ids
    assert bz.delete(f"/v1/datasets/{ids[1]}").status_code == 204
    for gone in (bz.get(f"/v1/datasets/{ids[1]}"), bz.get(f"/v1/datasets/{ids[1]}/runs")):
        assert (gone.status_code, code(gone)) == (404, "dataset_not_found")
    assert ids[1] not in {
        d["id"] for d in bz.get("/v1/datasets", params={"limit": 100}).json()["data"]
    }
    gone = bz.post("/v1/mentions", json={"dataset_ids": [ids[1]]})
    assert (gone.status_code, code(gone)) == (404, "dataset_not_found")


def test_a_run_advances_on_the_clock_and_fills_its_dataset(
    bz: httpx.Client, clock: ManualClock
) -> None:
    ds = new_dataset(bz)
    run = start_run(
        bz,
        ds,
        count=20,
        num_comments_per_post=0,
        date_range={"from": "2026-04-01", "to": "2026-04-10"},
        content_analysis_actions=["sentiment"],
    )
    seen = []
    for _ in range(4):
        shown = bz.get(f"/v1/datasets/{ds}/runs/{run}").json()["data"]
        seen.append(
            (shown["status"]["type"], len(shown["status"]["steps"]), shown.get("mentions_count"))
        )
        seen.append(bz.get(f"/v1/datasets/{ds}").json()["data"]["mentions_count"])
        clock.advance(7)
    assert seen == [
        ("pending", 0, None),
        0,
        ("working", 0, None),
        0,
        ("working", 1, None),
        0,
        ("completed", 2, 20),
        20,
    ]
    mentions = all_mentions(bz, dataset_ids=[ds])
    assert sorted(m["source"] for m in mentions) == ["reddit"] * 10 + ["youtube"] * 10
    start = dt.datetime(2026, 4, 1, tzinfo=dt.UTC).timestamp()
    end = dt.datetime(2026, 4, 11, tzinfo=dt.UTC).timestamp()
    assert all(start <= m["created_at"] < end for m in mentions)
    steps = bz.get(f"/v1/datasets/{ds}/runs/{run}").json()["data"]["status"]["steps"]
    assert {m["dataset_run_at"] for m in mentions} == {steps[0]["completed_at"]}
    assert {m["datasets"][0]["name"] for m in mentions} == {"cold brew"}
    assert all(m["sentiment"] and m["sentiment_score"] for m in mentions)
    assert {m["hook"] for m in mentions} == {m["emotions"] for m in mentions} == {None}
    assert {m["comments"] is None for m in mentions} == {True}
    for m in mentions:
        parts = m["sentiment"]
        assert float(m["engagement_rate"]) == pytest.approx(
            (m["num_likes"] + m["num_comments"] + m["num_shares"]) / m["num_views"], abs=0.0006
        )
        assert sum(float(parts[k]) for k in parts) == pytest.approx(1.0)
        assert float(m["sentiment_score"]) == pytest.approx(
            float(parts["positive"]) - float(parts["negative"])
        )


def test_comments_come_only_with_num_comments_per_post(
    bz: httpx.Client, clock: ManualClock
) -> None:
    ds = new_dataset(bz)
    start_run(bz, ds, count=20, num_comments_per_post=3)
    clock.advance(20)
    for m in all_mentions(bz, dataset_ids=[ds]):
        assert len(m["comments"]) == min(3, m["num_comments"])
        assert {c["author"]["title"][:1] for c in m["comments"]} <= {"u", "@"}


def test_a_url_search_collects_one_mention_per_url(bz: httpx.Client, clock: ManualClock) -> None:
    ds = new_dataset(bz)
    started = bz.post(f"/v1/datasets/{ds}/runs", json=DATASET_RUN_URL_REQUEST)
    assert started.status_code == 202
    clock.advance(20)
    found = {(m["source"], m["url"]) for m in all_mentions(bz, dataset_ids=[ds])}
    search: Any = DATASET_RUN_URL_REQUEST["search_query"]
    assert found == {(e["source"], e["url"]) for e in search["source_urls"]}


def _url_search(*urls: dict[str, Any]) -> dict[str, Any]:
    return {"search_query": {"type": "url", "source_urls": list(urls)}}


REDDIT = {"source": "reddit", "url": "https://reddit.com/r/coffee/comments/1"}
RUN_ERRORS: list[tuple[dict[str, Any], str]] = [
    (
        {"search_query": PROMPT, "date_range": {"from": "2024-01-01", "to": "2024-02-01"}},
        "date_filter_unavailable",
    ),
    ({"search_query": {"type": "hashtag", "tags": ["#x"]}}, "unsupported_search_type"),
    (_url_search({"source": "reddit", "url": "not a url"}), "invalid_scraping_target_url"),
    (_url_search(REDDIT, REDDIT), "duplicate_target_url"),
    (
        _url_search(
            *({"source": "tiktok", "url": f"https://tiktok.com/v/{i}"} for i in range(101))
        ),
        "too_many_target_urls",
    ),
    (
        _url_search({"source": "tiktok", "url": "https://tiktok.com/v/1", "text": "thread"}),
        "text_search_unavailable",
    ),
]
RUN_VALIDATION: list[tuple[dict[str, Any], list[Any]]] = [
    ({"search_query": PROMPT, "count": 19}, ["body", "count"]),
    ({"search_query": PROMPT, "count": 501}, ["body", "count"]),
    ({"search_query": PROMPT, "num_comments_per_post": 101}, ["body", "num_comments_per_post"]),
    (
        {"search_query": {**PROMPT, "search_query": "x" * 5001}},
        ["body", "search_query", "search_query"],
    ),
    ({"search_query": {**PROMPT, "sources": []}}, ["body", "search_query", "sources"]),
    ({"search_query": PROMPT, "country_code": "us"}, ["body", "country_code"]),
    (
        {"search_query": PROMPT, "content_analysis_actions": ["hook", "hook"]},
        ["body", "content_analysis_actions"],
    ),
    (
        {"search_query": PROMPT, "content_analysis_actions": ["vibes"]},
        ["body", "content_analysis_actions", 0],
    ),
    (
        {"search_query": PROMPT, "date_range": {"from": "2026-04-10", "to": "2026-04-01"}},
        ["body", "date_range"],
    ),
    (_url_search(), ["body", "search_query", "source_urls"]),
    ({"count": 200}, ["body", "search_query"]),
]


@pytest.mark.parametrize(("sent", "error_code"), RUN_ERRORS, ids=[e[1] for e in RUN_ERRORS])
def test_every_documented_run_error(
    bz: httpx.Client, sent: dict[str, Any], error_code: str
) -> None:
    refused = bz.post(f"/v1/datasets/{SOURCE_DATASET}/runs", json=sent)
    assert (refused.status_code, code(refused)) == (422, error_code)


@pytest.mark.parametrize(
    ("sent", "loc"), RUN_VALIDATION, ids=[".".join(map(str, v[1])) for v in RUN_VALIDATION]
)
def test_out_of_range_run_fields_are_422(
    bz: httpx.Client, sent: dict[str, Any], loc: list[Any]
) -> None:
    refused = bz.post(f"/v1/datasets/{SOURCE_DATASET}/runs", json=sent)
    assert (refused.status_code, refused.json()["detail"][0]["loc"]) == (422, loc)


def test_run_404_and_402(clock: ManualClock) -> None:
    fake = FakeAPIs(clock, credits=150)
    bz = httpx.Client(transport=fake.transport(), base_url=BZ, headers={"x-api-key": BUZZABOUT_KEY})
    missing = bz.post("/v1/datasets/ds_missing/runs", json={"search_query": PROMPT})
    assert (missing.status_code, code(missing)) == (404, "dataset_not_found")
    broke = bz.post(f"/v1/datasets/{SOURCE_DATASET}/runs", json={"search_query": PROMPT})
    assert (broke.status_code, code(broke)) == (402, "insufficient_credits_dataset_run")
    assert (
        bz.post(
            f"/v1/datasets/{SOURCE_DATASET}/runs", json={"search_query": PROMPT, "count": 100}
        ).status_code
        == 202
    )
    unknown = bz.get(f"/v1/datasets/{SOURCE_DATASET}/runs/dr_missing")
    assert (unknown.status_code, code(unknown)) == (404, "dataset_run_not_found")


def test_runs_on_the_failing_dataset_fail_at_analysis(bz: httpx.Client, clock: ManualClock) -> None:
    run = start_run(bz, FAILING_DATASET, count=20)
    clock.advance(30)
    status = bz.get(f"/v1/datasets/{FAILING_DATASET}/runs/{run}").json()["data"]["status"]
    assert status["type"] == "failed"
    assert [("error_message" in s) for s in status["steps"]] == [False, True]
    assert bz.get(f"/v1/datasets/{FAILING_DATASET}").json()["data"]["mentions_count"] == 50


# ------------------------------------------------------------------ determinism


def test_the_same_seed_gives_the_same_data(clock: ManualClock) -> None:
    def mentions_of_a_new_fake() -> list[dict[str, Any]]:
        fresh = FakeAPIs(ManualClock())
        client = httpx.Client(
            transport=fresh.transport(), base_url=BZ, headers={"x-api-key": BUZZABOUT_KEY}
        )
        return all_mentions(client, dataset_ids=[SOURCE_DATASET])

    first = mentions_of_a_new_fake()
    assert first == mentions_of_a_new_fake()
    assert len({(m["source"], m["id"]) for m in first}) == 200


def test_the_same_search_finds_the_same_posts_in_two_datasets(
    bz: httpx.Client, clock: ManualClock
) -> None:
    one, two = new_dataset(bz, "one"), new_dataset(bz, "two")
    start_run(bz, one, count=20)
    start_run(bz, two, count=20)
    clock.advance(20)
    both = all_mentions(bz, dataset_ids=[one, two])
    assert len(both) == 20
    assert {tuple(d["name"] for d in m["datasets"]) for m in both} == {("one", "two")}
    assert {m["id"] for m in both} == {m["id"] for m in all_mentions(bz, dataset_ids=[one])}


# ------------------------------------------------------------------ filters


def _sentiment(m: dict[str, Any]) -> str | None:
    parts = m["sentiment"]
    return None if parts is None else max(parts, key=lambda k: float(parts[k]))


def _texts(value: Any) -> list[str]:
    if value is None:
        return []
    return [
        v["text"] if isinstance(v, dict) else v
        for v in (value if isinstance(value, list) else [value])
    ]


# (filter name in tests.data.MENTION_FILTERS, what it selects, read from the mention body)
MENTION_SELECTS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "keyword": lambda m: "nitro" in f"{m['title']} {m['text']}".lower(),
    "keyword (is_not)": lambda m: "oat milk" not in f"{m['title']} {m['text']}".lower(),
    "sentiment": lambda m: _sentiment(m) in ("positive", "neutral"),
    "metric_change": lambda m: m["num_likes"] > 100,
    "metric_change (less_than)": lambda m: m["num_views"] < 5000,
    "metric_change (in_range)": lambda m: 0.01 <= float(m["engagement_rate"]) <= 0.05,
    "source": lambda m: m["source"] in ("reddit", "tiktok"),
    "content_topic": lambda m: "coffee" in _texts(m["content_topics"]),
    "content_intention": lambda m: m["content_intention"] == "share_experience",
    "tone_of_voice": lambda m: _texts(m["tone_of_voice"]) == ["casual"],
    "hook": lambda m: _texts(m["hook"]) == ["you're missing out"],
    "cta": lambda m: _texts(m["cta"]) == ["link in bio"],
    "mentioned_brands": lambda m: bool({"Stumptown", "Blue Bottle"} & set(m["mentioned_brands"])),
    "mentioned_brands (equals)": lambda m: "Stumptown" in m["mentioned_brands"],
    "mentioned_brands (contains)": lambda m: any(
        "stump" in b.lower() for b in m["mentioned_brands"]
    ),
    "has_media": lambda m: m["media"] == [],
    "dominant_emotion": lambda m: (
        max(m["emotions"], key=lambda k: float(m["emotions"][k])) in ("joy", "surprise")
    ),
}


# The page's own keyword, and one the seeded posts hold in part.
KEYWORDS = {
    "keyword": {"type": "keyword", "operator": "is", "value": "nitro"},
    "keyword (is_not)": {"type": "keyword", "operator": "is_not", "value": "oat  milk"},
}


@pytest.fixture(scope="module")
def source_mentions() -> list[dict[str, Any]]:
    fake = FakeAPIs(ManualClock())
    client = httpx.Client(
        transport=fake.transport(), base_url=BZ, headers={"x-api-key": BUZZABOUT_KEY}
    )
    return all_mentions(client, dataset_ids=[SOURCE_DATASET])


@pytest.mark.parametrize("name", list(MENTION_SELECTS))
def test_every_mention_filter_selects(
    bz: httpx.Client, source_mentions: list[dict[str, Any]], name: str
) -> None:
    chosen = all_mentions(
        bz, dataset_ids=[SOURCE_DATASET], filters=[[KEYWORDS.get(name) or MENTION_FILTERS[name]]]
    )
    expected = [m for m in source_mentions if MENTION_SELECTS[name](m)]
    assert sorted(m["id"] for m in chosen) == sorted(m["id"] for m in expected)
    assert 0 < len(chosen) < len(source_mentions)


def test_country_code_splits_the_mentions(bz: httpx.Client) -> None:
    """A post's country is not in the mention body: the filter's two halves cover all."""
    us = all_mentions(
        bz,
        dataset_ids=[SOURCE_DATASET],
        filters=[[MENTION_FILTERS["country_code"] | {"values": ["US"]}]],
    )
    other = all_mentions(
        bz,
        dataset_ids=[SOURCE_DATASET],
        filters=[[{"type": "country_code", "values": ["GB", "CA", "AU", "DE", "FR"]}]],
    )
    assert 100 < len(us) < 200
    assert len(us) + len(other) == 200
    assert not {m["id"] for m in us} & {m["id"] for m in other}


def test_changed_by_compares_a_posts_first_and_last_sighting(
    bz: httpx.Client, clock: ManualClock
) -> None:
    ds = new_dataset(bz)
    days = {"from": "2026-04-29", "to": "2026-04-30"}
    start_run(bz, ds, count=20, date_range=days)
    clock.advance(30)
    before = {m["id"]: m["num_comments"] for m in all_mentions(bz, dataset_ids=[ds])}
    clock.advance(2 * 86400)
    start_run(bz, ds, count=20, date_range=days)  # the same posts, seen again two days on
    clock.advance(30)
    after = {m["id"]: m["num_comments"] for m in all_mentions(bz, dataset_ids=[ds])}
    assert before.keys() == after.keys()
    grew = all_mentions(
        bz, dataset_ids=[ds], filters=[[MENTION_FILTERS["metric_change (changed_by)"]]]
    )
    assert sorted(m["id"] for m in grew) == sorted(i for i in after if after[i] - before[i] >= 10)
    assert 0 < len(grew) < 20


def test_filters_are_an_or_of_and_groups(bz: httpx.Client) -> None:
    a, b = MENTION_FILTERS["source"], MENTION_FILTERS["has_media"]

    def ids(filters: list[list[dict[str, Any]]]) -> set[str]:
        return {r["id"] for r in all_mentions(bz, dataset_ids=[SOURCE_DATASET], filters=filters)}

    assert ids([[a, b]]) == ids([[a]]) & ids([[b]])
    assert ids([[a], [b]]) == ids([[a]]) | ids([[b]])
    assert ids([[a, b]]) and ids([[a], [b]]) != ids([[a, b]])


def test_more_than_10_filters_is_the_documented_422(bz: httpx.Client) -> None:
    twelve = [[MENTION_FILTERS["has_media"]] * 6, [MENTION_FILTERS["source"]] * 6]
    refused = bz.post("/v1/mentions", json={"filters": twelve})
    assert (refused.status_code, refused.json()) == (
        422,
        {
            "status": "client_error",
            "error_code": "unprocessable_entity",
            "detail": {
                "message": "Invalid request data",
                "errors": {"body.filters": "Maximum 10 filters allowed, got 12"},
            },
            "transient": False,
        },
    )
    bad = bz.post("/v1/mentions", json={"filters": [[{"type": "sentiment", "values": ["meh"]}]]})
    assert list(bad.json()["detail"]["errors"]) == ["body.filters.0.0.values.0"]


# ------------------------------------------------------------------ sorts and cursors


def _sort_value(m: dict[str, Any], sort: str) -> float | None:
    if sort == "date":
        return float(m["created_at"])
    if sort in ("engagement_rate", "sentiment_score"):
        return None if m[sort] is None else float(m[sort])
    if sort == "dataset_run_at":
        return float(m["dataset_run_at"])
    return float(m[f"num_{sort}"])


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("sort", MENTION_SORTS)
def test_every_sort_orders_and_cursors_resume(bz: httpx.Client, sort: str, order: str) -> None:
    paged = all_mentions(bz, limit=37, dataset_ids=[SOURCE_DATASET], sort=sort, order=order)
    assert len({(m["source"], m["id"]) for m in paged}) == 200
    values = [_sort_value(m, sort) for m in paged]
    assert values == sorted(values, reverse=order == "desc")  # type: ignore[type-var]


def test_the_default_page_is_20_by_date_newest_first(bz: httpx.Client) -> None:
    page = bz.post("/v1/mentions", json={"dataset_ids": [SOURCE_DATASET]}).json()
    dates = [m["created_at"] for m in page["data"]]
    assert (len(dates), dates == sorted(dates, reverse=True), page["has_next"]) == (20, True, True)


def test_a_cursor_is_tied_to_its_sort(bz: httpx.Client) -> None:
    first = bz.post("/v1/mentions", json={"sort": "likes", "limit": 5}).json()
    invalid = {
        "status": "client_error",
        "error_code": "unprocessable_entity",
        "detail": {
            "message": "Invalid request data",
            "errors": {"body.cursor": "Invalid cursor value"},
        },
        "transient": False,
    }
    for body in (
        {"sort": "views", "cursor": first["cursor"]},
        {"sort": "likes", "order": "asc", "cursor": first["cursor"]},
        {"sort": "likes", "cursor": "not-a-cursor"},
    ):
        refused = bz.post("/v1/mentions", json=body)
        assert (refused.status_code, refused.json()) == (422, invalid)
    resumed = bz.post(
        "/v1/mentions", json={"sort": "likes", "limit": 5, "cursor": first["cursor"]}
    ).json()
    assert resumed["data"][0]["num_likes"] <= first["data"][-1]["num_likes"]


def test_scope_sources_collections_and_limits(bz: httpx.Client, fake: FakeAPIs) -> None:
    assert len(all_mentions(bz)) == 250  # every dataset of the account: 200 + 50
    only = all_mentions(bz, sources=["youtube"], dataset_ids=[SOURCE_DATASET])
    assert {m["source"] for m in only} == {"youtube"}
    assert all_mentions(bz, collection_ids=["col_1"]) == []
    fake.add_account("bz_test_other", "buzzabout")
    other = httpx.Client(
        transport=fake.transport(), base_url=BZ, headers={"x-api-key": "bz_test_other"}
    )
    mine = new_dataset(bz)
    foreign = other.post("/v1/mentions", json={"dataset_ids": [mine]})
    assert (foreign.status_code, code(foreign)) == (404, "dataset_not_found")
    for limit in (0, 101):
        refused = bz.post("/v1/mentions", json={"limit": limit})
        assert list(refused.json()["detail"]["errors"]) == ["body.limit"]
