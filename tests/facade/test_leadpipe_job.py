"""Leadpipe's whole job through the public API, sync and async, against the fake: from a
topic search to a saved, active audience, a run, its stats, its CSV and a stored export;
and what goes wrong on the way (the older API's runs list, full slots, a run not ready,
retries that must not repeat a POST)."""

from __future__ import annotations

import asyncio
import csv
import inspect
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from audiences import (
    APIConnectionError,
    AsyncLeadpipe,
    AsyncPager,
    AudiencePreview,
    AudienceValidation,
    ConflictError,
    IntentAudience,
    IntentAudienceConfig,
    IntentAudienceRun,
    IntentTopic,
    InvalidArgumentError,
    Leadpipe,
    OlderAPIError,
    PermissionDeniedError,
    RunExport,
    RunNotReadyError,
    RunStats,
    RunStatus,
    SyncPager,
)
from audiences.testing import (
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    FakeAPIs,
    Fault,
    ManualClock,
)

from tests.helpers import Recorder

MODES = ["sync", "async"]
CONFIG = {"topicIds": [117805, 117890], "minScore": 60, "minTopicOverlap": 1}


def on_fake(mode: str, fake: FakeAPIs, steps: Any) -> Any:
    """``steps(client, call)`` with a Leadpipe client of ``mode`` on the fake; ``call(x)``
    is ``x`` (sync) or ``await x`` (async), so one script serves both."""
    options: dict[str, Any] = {"api_key": LEADPIPE_KEY, "transport": fake.transport()}
    options["clock"] = fake.clock
    if mode == "sync":
        with Leadpipe(**options) as client:
            return asyncio.run(steps(client, _plain))

    async def main() -> Any:
        async with AsyncLeadpipe(**options) as client:
            return await steps(client, _awaited)

    return asyncio.run(main())


async def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, SyncPager) else value


async def _awaited(value: Any) -> Any:
    if inspect.isawaitable(value):
        return await value
    if isinstance(value, AsyncPager):
        return [item async for item in value]
    return value


async def _the_whole_job(lp: Any, call: Any, target: Path) -> dict[str, Any]:
    """Every step of the job, what each gave kept by name."""
    found: dict[str, Any] = {}
    topics = await call(lp.intent_topics.search("marketing", type="b2b", limit=2))
    found["topics"] = topics
    found["listed_topics"] = await call(lp.intent_topics.list(industry="Marketing"))
    found["filters"] = await call(lp.intent_audiences.filters())
    config = {**CONFIG, "topicIds": [t.topic_id for t in topics]}
    validation = await call(lp.intent_audiences.validate(config=config))
    found["validation"] = validation
    found["preview"] = await call(lp.intent_audiences.preview(config=config))
    # The normalized config goes back as it came: a model, not a dict.
    audience = await call(
        lp.intent_audiences.create(name="marketers", config=validation.normalized_config)
    )
    found["created"] = audience
    found["drafts"] = await call(lp.intent_audiences.list(status="draft"))
    found["active"] = await call(lp.intent_audiences.update(audience.id, status="active"))
    found["read"] = await call(lp.intent_audiences.get(audience.id))
    run = await call(lp.intent_audiences.runs.create(audience.id))
    with pytest.raises(RunNotReadyError):
        await call(lp.intent_audiences.runs.stats(audience.id, run.id))
    done = await call(lp.wait(run))
    found["run"] = done
    found["stats"] = await call(lp.intent_audiences.runs.stats(audience.id, done.id))
    found["written"] = await call(lp.intent_audiences.runs.export_csv(audience.id, done.id, target))
    found["rows"] = await call(lp.intent_audiences.runs.results(audience.id, done.id))
    stored = await call(lp.intent_audiences.runs.exports.create(audience.id, done.id))
    found["stored"] = stored
    found["again"] = await call(
        lp.intent_audiences.runs.exports.get(audience.id, done.id, stored.id)
    )
    await call(lp.intent_audiences.delete(audience.id))
    found["after"] = await call(lp.intent_audiences.list())
    return found


@pytest.mark.parametrize("mode", MODES)
def test_from_a_topic_search_to_a_runs_csv(mode: str, tmp_path: Path) -> None:
    fake = FakeAPIs(ManualClock())
    target = tmp_path / "people.csv"

    found = on_fake(mode, fake, lambda lp, call: _the_whole_job(lp, call, target))
    topics = found["topics"]
    assert [type(t) for t in topics] == [IntentTopic, IntentTopic]
    assert all("marketing" in (t.topic_name or "").lower() for t in topics)
    assert {t.industry for t in found["listed_topics"]} == {"Marketing"}
    assert [g["key"] for g in found["filters"]["groups"]] == [
        "company",
        "role",
        "jobTitle",
        "contact",
    ]
    validation = found["validation"]
    assert isinstance(validation, AudienceValidation) and validation.valid is True
    assert validation.normalized_config == IntentAudienceConfig(
        topic_ids=tuple(sorted(t.topic_id for t in topics)),
        min_score=60,
        max_score=99,
        min_topic_overlap=1,
        filters={},
    )
    preview = found["preview"]
    assert isinstance(preview, AudiencePreview)
    assert (preview.config_hash, bool(preview.total_count)) == (validation.config_hash, True)
    created, active, read = found["created"], found["active"], found["read"]
    assert isinstance(created, IntentAudience)
    assert (created.status, created.config) == ("draft", validation.normalized_config)
    assert [a.id for a in found["drafts"]] == [created.id]
    assert (active.status, active.daily_refresh_enabled) == ("active", True)
    assert (read.config, [t.id for t in read.topics]) == (
        validation.normalized_config,
        list(validation.normalized_config.topic_ids),
    )
    run = found["run"]
    assert isinstance(run, IntentAudienceRun) and run.status is RunStatus.COMPLETED
    assert run.config_hash == validation.config_hash  # the config the run ran with
    stats, rows = found["stats"], found["rows"]
    assert isinstance(stats, RunStats) and stats.total == run.result_count == len(rows)
    emails = sum(1 for row in rows if row["email"])
    assert (stats.fill_rates["email"].count, stats.run and stats.run.id) == (emails, run.id)
    with target.open(newline="") as file:
        written = list(csv.DictReader(file))
    assert [r["hashedEmail"] for r in written] == [r["hashedEmail"] for r in rows]
    assert found["written"] == target.stat().st_size
    stored, again = found["stored"], found["again"]
    assert isinstance(stored, RunExport)
    assert (stored.run_id, stored.status, stored.byte_size, stored.row_count) == (
        run.id,
        "completed",
        target.stat().st_size,
        len(rows),
    )
    assert again.id == stored.id and again.download_url and again.download_url_expires_at
    assert created.id not in [a.id for a in found["after"]]


# ------------------------------------------------------------------ what goes wrong


OLDER_RUNS = {  # the daily-run items of Leadpipe's older spec and SDK: no id
    "data": [
        {
            "cacheKey": "8c049a20:2026-05-04",
            "dataDate": "2026-05-04",
            "status": "ready",
            "totalCount": 151,
            "createdAt": "2026-05-05T07:49:00.000Z",
            "hasExport": False,
        }
    ]
}


@pytest.mark.parametrize("mode", MODES)
def test_the_older_apis_runs_list_is_named_not_misread(mode: str, recorder: Recorder) -> None:
    recorder.on("GET", "/v1/intent/audiences/a1/runs", (200, OLDER_RUNS))
    queued = IntentAudienceRun(id="r1", status=RunStatus.QUEUED, audience_id="a1")
    options: dict[str, Any] = {"api_key": "sk_test_k", "transport": httpx.MockTransport(recorder)}
    options["clock"] = ManualClock()

    async def main() -> tuple[Any, Any]:
        async with AsyncLeadpipe(**options) as client:
            with pytest.raises(OlderAPIError) as waited:
                await client.wait(queued)
            with pytest.raises(OlderAPIError) as listed:
                [run async for run in client.intent_audiences.runs.list("a1")]
        return waited.value, listed.value

    if mode == "sync":
        with Leadpipe(**options) as client:
            with pytest.raises(OlderAPIError) as waited:
                client.wait(queued)
            with pytest.raises(OlderAPIError) as listed:
                list(client.intent_audiences.runs.list("a1"))
        errors = (waited.value, listed.value)
    else:
        errors = asyncio.run(main())
    for error in errors:
        assert "older API" in str(error) and "status 'ready'" in str(error)
        assert error.body == OLDER_RUNS["data"][0]


@pytest.mark.parametrize("mode", MODES)
def test_slots_runs_not_ready_and_failed_runs_are_typed(mode: str) -> None:
    fake = FakeAPIs(ManualClock())

    async def steps(lp: Any, call: Any) -> None:
        for index in range(3):  # the seeded audiences hold two of the fake's five slots
            await call(lp.intent_audiences.create(name=f"a{index}", config=CONFIG, status="active"))
        with pytest.raises(PermissionDeniedError) as full:
            await call(
                lp.intent_audiences.create(name="one too many", config=CONFIG, status="active")
            )
        assert full.value.code == "SLOTS_FULL"
        run = await call(lp.intent_audiences.runs.create(INTENT_AUDIENCE))
        with pytest.raises(RunNotReadyError) as early:
            await call(lp.intent_audiences.runs.export_csv(INTENT_AUDIENCE, run.id, io.BytesIO()))
        assert early.value.run.id == run.id
        failed = await call(lp.intent_audiences.runs.create(FAILING_INTENT_AUDIENCE))
        fake.clock.advance(60)
        runs = lp.intent_audiences.runs
        gives: list[Callable[[], Any]] = [
            lambda: runs.stats(FAILING_INTENT_AUDIENCE, failed.id),
            lambda: runs.export_csv(FAILING_INTENT_AUDIENCE, failed.id, io.BytesIO()),
            lambda: runs.exports.create(FAILING_INTENT_AUDIENCE, failed.id),
        ]
        for give in gives:
            with pytest.raises(ConflictError):
                await call(give())

    on_fake(mode, fake, steps)


def test_a_post_whose_fate_is_unknown_is_not_repeated() -> None:
    fake = FakeAPIs(ManualClock())
    fake.inject("create_intent_audience", Fault.drop(after=True))
    fake.inject("get_intent_audience_run_stats", Fault.http(503), times=2)
    with Leadpipe(api_key=LEADPIPE_KEY, transport=fake.transport(), clock=fake.clock) as lp:
        with pytest.raises(APIConnectionError):
            lp.intent_audiences.create(name="once", config=CONFIG)
        run = lp.wait(lp.intent_audiences.runs.create(INTENT_AUDIENCE))
        assert lp.intent_audiences.runs.stats(INTENT_AUDIENCE, run.id).total == run.result_count
    made = [e for e in fake.ledger if e.operation == "create_intent_audience"]
    assert [e.tag for e in made] == ["once"]  # processed once, and not sent again
    asked = [op for op, _ in fake.requests if op == "get_intent_audience_run_stats"]
    assert len(asked) == 3  # a GET is retried through two 503s


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda lp: lp.intent_audiences.update("a1"), "update"),
        (
            lambda lp: lp.intent_audiences.create(name="n", config={"minScore": 70}),
            "config.topicIds",
        ),
        (lambda lp: lp.intent_audiences.create(name="n", config=[117805]), "config"),
        (
            lambda lp: lp.intent_audiences.validate(config={"topicIds": [1], "maxScore": 100}),
            "config.maxScore",
        ),
        (
            lambda lp: lp.intent_audiences.preview(config={"topicIds": [2**63]}),
            "config.topicIds[0]",
        ),
        (lambda lp: lp.intent_audiences.list(status="archived"), "status"),
        (lambda lp: lp.intent_topics.list(type="b2x"), "type"),
        (lambda lp: lp.intent_topics.search(None), "q"),
        (lambda lp: lp.intent_audiences.runs.exports.get("a1", "r1", ".."), "export_id"),
    ],
)
def test_mistakes_are_named_before_sending(call: Any, field: str, recorder: Recorder) -> None:
    with (
        Leadpipe(api_key="sk_test_k", transport=httpx.MockTransport(recorder)) as lp,
        pytest.raises(InvalidArgumentError) as caught,
    ):
        call(lp)
    assert (caught.value.field, recorder.requests) == (field, [])
