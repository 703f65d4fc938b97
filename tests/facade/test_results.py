"""From search to results through the public API: the pages' payloads read as the pages mean,
every documented limit is checked before sending, cursors travel in the body with their
sort, and the whole path runs on the fake, sync and async."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
from typing import Any

import httpx
import pytest
from audiences import (
    AsyncBuzzabout,
    AsyncLeadpipe,
    Buzzabout,
    ConflictError,
    InvalidArgumentError,
    Leadpipe,
    Mention,
    RunFailedError,
    RunNotReadyError,
    RunStatus,
    SourceURL,
    UnprocessableEntityError,
    filters,
)
from audiences.testing import (
    BUZZABOUT_KEY,
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ManualClock,
)

from tests.data import (
    AUDIENCE_PROFILE,
    DATASET_RUN_URL_REQUEST,
    KEYS,
    LEADPIPE_RESULTS,
    LP,
    MENTION,
    RUN_ID,
)
from tests.helpers import Recorder

UTC = dt.UTC


def bz(recorder: Recorder) -> Buzzabout:
    return Buzzabout(
        api_key=KEYS["bz"], transport=httpx.MockTransport(recorder), clock=ManualClock()
    )


def page(items: list[Any], cursor: str | None = None) -> dict[str, Any]:
    return {"status": "success", "data": items, "has_next": cursor is not None, "cursor": cursor}


# ------------------------------------------------------------------ the pages' payloads


def test_a_mention_reads_as_the_page_means(recorder: Recorder) -> None:
    recorder.on("POST", "/v1/mentions", (200, page([MENTION])))
    (mention,) = bz(recorder).mentions.list()
    assert mention.to_dict() == {
        "id": "post_01H...",
        "source": "reddit",
        "title": "How to make perfect cold brew",
        "text": "Nobody tells you that nitro cold brew tastes...",
        "url": "https://www.reddit.com/r/coffee/comments/...",
        "author": {
            "title": "u/sipdaily",
            "title_url": "https://reddit.com/u/sipdaily",
            "headline": "",
            "headline_url": None,
            "avatar": None,
        },
        "media": [],
        "num_views": 12400,
        "are_views_estimated": True,
        "num_likes": 248,
        "num_comments": 32,
        "num_shares": 0,
        "engagement_rate": 0.02,  # "0.020" on the wire
        "sentiment": {"negative": 0.05, "neutral": 0.15, "positive": 0.8},
        "sentiment_score": 0.75,
        "emotions": None,
        "category": "lifestyle",
        "content_intention": "share_experience",
        "tone_of_voice": "casual",  # {"text": "casual"} on the wire
        "narrative_structure": None,
        "hook": "you're missing out",
        "cta": None,
        "content_topics": ["coffee", "cold brew"],
        "questions": [],
        "mentioned_brands": ["Stumptown"],
        "entities": ["Brooklyn"],
        "created_at": "2024-05-01T10:40:00Z",  # epoch seconds on the wire
        "dataset_run_at": "2024-05-01T12:01:30Z",
        "datasets": [{"id": "ds_01H...", "name": "cold brew"}],
        "collections": [],
        "comments": None,
        "custom_parameters": {},  # none asked for (no parameter_ids)
    }
    assert mention.created_at == dt.datetime(2024, 5, 1, 10, 40, tzinfo=UTC)


def test_a_profile_reads_as_the_page_means(recorder: Recorder) -> None:
    recorder.on("POST", "/v1/audience_profiles", (200, page([AUDIENCE_PROFILE])))
    (profile,) = bz(recorder).audience_profiles.list()
    assert profile.to_dict() == {
        **{k: v for k, v in AUDIENCE_PROFILE.items() if k not in ("created_at",)},
        "authenticity_score": 87.0,
        "score": 84.0,
        "created_at": "2024-05-01T12:20:10Z",
    }
    assert (profile.follower_count, profile.avatar and profile.avatar.width) == (142000, 200)


def test_a_wrong_type_in_a_lazily_read_field_is_a_typed_error_naming_it(
    recorder: Recorder,
) -> None:
    bad = {**AUDIENCE_PROFILE, "follower_count": "142k"}
    recorder.on("POST", "/v1/audience_profiles", (200, page([AUDIENCE_PROFILE, bad])))
    profiles = list(bz(recorder).audience_profiles.list())
    assert profiles[0].follower_count == 142000
    with pytest.raises(Exception, match=r"data\[1\]\.follower_count: expected an integer"):
        _ = profiles[1].follower_count


def test_the_documented_422_names_its_fields(recorder: Recorder) -> None:
    body = {
        "status": "client_error",
        "error_code": "unprocessable_entity",
        "detail": {
            "message": "Invalid request data",
            "errors": {"body.cursor": "Invalid cursor value"},
        },
        "transient": False,
    }
    recorder.on("POST", "/v1/audience_profiles", (422, body))
    with pytest.raises(UnprocessableEntityError) as caught:
        list(bz(recorder).audience_profiles.list(cursor="stale"))
    error = caught.value
    assert (error.code, [(e.loc, e.msg) for e in error.errors]) == (
        "unprocessable_entity",
        [(("body", "cursor"), "Invalid cursor value")],
    )


def test_results_of_a_run_not_ready_raise_with_the_run(recorder: Recorder) -> None:
    queued = {
        "data": {
            "run": {"id": RUN_ID, "audienceId": LP, "status": "queued", "runType": "manual"},
            "state": "queued",
            "results": [],
            "total": 0,
            "limit": 25,
            "offset": 0,
        }
    }
    recorder.on("GET", f"/v1/intent/audiences/{LP}/runs/{RUN_ID}/results", (202, queued))
    lp = Leadpipe(api_key=KEYS["lp"], transport=httpx.MockTransport(recorder))
    with pytest.raises(RunNotReadyError) as caught:
        list(lp.intent_audiences.runs.results(LP, RUN_ID))
    assert (caught.value.run.id, caught.value.run.status) == (RUN_ID, RunStatus.QUEUED)


def test_results_walk_offsets_until_the_total(recorder: Recorder) -> None:
    rows = [{"email": f"p{n}@example.org"} for n in range(5)]

    def answer(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        data = {**LEADPIPE_RESULTS["data"], "results": rows[offset : offset + limit], "total": 5}
        return httpx.Response(200, json={"data": {**data, "offset": offset, "limit": limit}})

    recorder.on("GET", f"/v1/intent/audiences/{LP}/runs/{RUN_ID}/results", answer)
    lp = Leadpipe(api_key=KEYS["lp"], transport=httpx.MockTransport(recorder))
    assert list(lp.intent_audiences.runs.results(LP, RUN_ID, limit=2)) == rows
    assert [r.url.params["offset"] for r in recorder.requests] == ["0", "2", "4"]
    resumed = list(lp.intent_audiences.runs.results(LP, RUN_ID, limit=2, cursor="4"))
    assert resumed == rows[4:]


# ------------------------------------------------------------------ requests as the pages write them


def test_a_url_search_sends_the_pages_body(recorder: Recorder) -> None:
    accepted = {
        "status": "success",
        "data": {"id": "dr_1", "status": {"type": "pending", "steps": []}},
    }
    recorder.on("POST", "/v1/datasets/ds_01H.../runs", (202, accepted))
    run = bz(recorder).datasets.runs.create(
        "ds_01H...",
        source_urls=[
            SourceURL("reddit", "https://reddit.com/r/coffee/comments/...", "thread"),
            ("tiktok", "https://www.tiktok.com/@user/video/..."),
        ],
        count=50,
    )
    assert recorder.body() == DATASET_RUN_URL_REQUEST
    assert run.dataset_id == "ds_01H..."  # what was sent, when the answer leaves it out


# What the spec cannot say, checked by hand before sending (every documented bound is
# checked at the spec's own boundaries: tests/facade/test_spec_bounds.py).
@pytest.mark.parametrize(
    ("options", "field", "problem"),
    [
        ({}, "search_query", "give a prompt search (search_query, sources) or source_urls: one"),
        (
            {"search_query": "x", "sources": ["reddit"], "source_urls": []},
            "search_query",
            "or source_urls: one",
        ),
        ({"search_query": "x", "sources": ["myspace"]}, "sources[0]", "must be one of reddit"),
        ({"source_urls": [("reddit", "https://r.com/a")] * 2}, "source_urls[1]", "appears twice"),
        (
            {"source_urls": [("tiktok", "https://t.com/a", "thread")]},
            "source_urls[0].text",
            "is only for reddit URLs",
        ),
        (
            {"source_urls": [("reddit", "ftp://r.com/a")]},
            "source_urls[0].url",
            "must be an http(s) URL",
        ),
        (
            {
                "search_query": "x",
                "sources": ["reddit"],
                "date_range": (dt.date(2026, 5, 2), dt.date(2026, 5, 1)),
            },
            "date_range",
            "is after",
        ),
        (
            {"search_query": "x", "sources": ["reddit"], "country_code": "USA"},
            "country_code",
            "alpha-2",
        ),
        (
            {"search_query": "x", "sources": ["reddit"], "language": "english!"},
            "language",
            "BCP-47",
        ),
        (
            {"search_query": "x", "sources": ["reddit"], "content_analysis_actions": ["vibes"]},
            "content_analysis_actions[0]",
            "must be one of",
        ),
    ],
)
def test_what_the_spec_cannot_say_of_a_run_is_checked_before_sending(
    recorder: Recorder, options: dict[str, Any], field: str, problem: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        bz(recorder).datasets.runs.create("ds_1", **options)
    assert caught.value.field == field
    assert problem in caught.value.problem
    assert recorder.requests == []


def test_a_cursor_travels_in_the_body_with_the_same_sort(recorder: Recorder) -> None:
    first = page([MENTION], cursor="c2")
    second = page([{**MENTION, "id": "post_2"}])
    recorder.on("POST", "/v1/mentions", (200, first), (200, second))
    got = [m.id for m in bz(recorder).mentions.list(sort="likes", order="asc", limit=1)]
    assert got == ["post_01H...", "post_2"]
    bodies = [json.loads(r.content) for r in recorder.requests]
    assert bodies == [
        {"sort": "likes", "order": "asc", "limit": 1},
        {"sort": "likes", "order": "asc", "limit": 1, "cursor": "c2"},
    ]


def test_more_than_ten_filters_are_refused_before_sending(recorder: Recorder) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        bz(recorder).mentions.list(filters=[[filters.has_media()] * 11])
    assert (caught.value.problem, recorder.requests) == ("at most 10 filters in all (got 11)", [])


# ------------------------------------------------------------------ the whole path on the fake


def test_from_search_to_results_on_the_fake() -> None:
    fake = FakeAPIs(ManualClock())
    options: dict[str, Any] = {"transport": fake.transport(), "clock": fake.clock}
    bz_ = Buzzabout(api_key=BUZZABOUT_KEY, **options)
    ds = bz_.datasets.create(name="cold brew")
    run = bz_.datasets.runs.create(
        ds.id,
        search_query="cold brew",
        sources=["reddit", "tiktok"],
        count=40,
        content_analysis_actions=["sentiment"],
    )
    done = bz_.wait(run)
    assert (done.status, done.mentions_count, bz_.datasets.get(ds.id).mentions_count) == (
        RunStatus.COMPLETED,
        40,
        40,
    )

    positive = list(
        bz_.mentions.list(dataset_ids=[ds.id], filters=[[filters.sentiment("positive")]])
    )
    everything = list(bz_.mentions.list(dataset_ids=[ds.id]))
    assert 0 < len(positive) < len(everything) == 40
    assert {m.sentiment_score is not None for m in positive} == {True}
    by_likes = [
        m.num_likes or 0
        for m in bz_.mentions.list(dataset_ids=[ds.id], sort="likes", order="desc", limit=7)
    ]
    assert by_likes == sorted(by_likes, reverse=True)

    ad = bz_.audience_datasets.create(name="creators").id
    audience_run = bz_.wait(
        bz_.audience_datasets.runs.create(
            ad, source_dataset_id=SOURCE_DATASET, total_profile_count=120
        )
    )
    top = list(
        itertools.islice(
            bz_.audience_profiles.list(
                audience_dataset_ids=[ad], sort="follower_count", order="desc"
            ),
            5,
        )
    )
    followers = [p.follower_count or 0 for p in top]
    assert (audience_run.profile_count, followers) == (120, sorted(followers, reverse=True))
    big = list(
        bz_.audience_profiles.list(
            audience_dataset_ids=[ad], filters=[[filters.follower_count(greater_than=100_000)]]
        )
    )
    assert big and all((p.follower_count or 0) > 100_000 for p in big)

    detection = bz_.wait(
        bz_.pattern_detections.create(
            dataset_id=ds.id, name="themes", research_question="What recurs?"
        )
    )
    assert detection.pattern_id is not None
    pattern = bz_.patterns.get(detection.pattern_id)
    item = bz_.patterns.items.get(pattern.id, pattern.items[0].item_id)
    mention_ids = {m.id for m in everything}
    assert item.post_refs and {ref.id for ref in item.post_refs} <= mention_ids


def test_leadpipe_results_on_the_fake() -> None:
    fake = FakeAPIs(ManualClock())
    lp = Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=fake.clock)
    run = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
    with pytest.raises(RunNotReadyError):
        list(lp.intent_audiences.runs.results(INTENT_AUDIENCE, run.id))
    done = lp.wait(run)
    rows = list(lp.intent_audiences.runs.results(INTENT_AUDIENCE, run.id, limit=10))
    assert len(rows) == done.result_count and all(isinstance(r, dict) for r in rows)
    failed = lp.intent_audiences.runs.create(FAILING_INTENT_AUDIENCE)
    with pytest.raises(RunFailedError):
        lp.wait(failed)
    with pytest.raises(ConflictError):
        list(lp.intent_audiences.runs.results(FAILING_INTENT_AUDIENCE, failed.id))


def test_the_path_on_the_fake_async() -> None:
    fake = FakeAPIs(ManualClock())

    async def main() -> tuple[int, list[Mention], int]:
        options: dict[str, Any] = {"transport": fake.transport(), "clock": fake.clock}
        async with AsyncBuzzabout(api_key=BUZZABOUT_KEY, **options) as client:
            ds = await client.datasets.create(name="async brew")
            run = await client.wait(
                await client.datasets.runs.create(
                    ds.id, search_query="brew", sources=["youtube"], count=20
                )
            )
            mentions = [m async for m in client.mentions.list(dataset_ids=[ds.id], limit=8)]
        async with AsyncLeadpipe(api_key=LEADPIPE_KEY, **options) as leadpipe:
            lrun = await leadpipe.wait(await leadpipe.intent_audiences.runs.create(INTENT_AUDIENCE))
            rows = [
                r async for r in leadpipe.intent_audiences.runs.results(INTENT_AUDIENCE, lrun.id)
            ]
        return run.mentions_count or 0, mentions, len(rows)

    count, mentions, rows = asyncio.run(main())
    assert (count, len(mentions), {m.source for m in mentions}) == (20, 20, {"youtube"})
    assert rows > 0
