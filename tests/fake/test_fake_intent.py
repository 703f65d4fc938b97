"""The fake's Leadpipe from topics to CSV, at the HTTP level: topics, the filter catalogue,
validate and preview computed from the config, saved audiences and their slots, runs on
any audience (daily ones on active audiences only), stats counted over a run's own rows,
the CSV byte for byte the results' rows, and stored exports behind expiring signed URLs."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from typing import Any

import httpx
import pytest
from audiences import _spec as spec
from audiences.testing import (
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    FakeAPIs,
    ManualClock,
    _leadpipe_people as people,
)

from tests.data import INTENT_CONFIG_GUIDE, INTENT_CONFIG_REFERENCE

LP = "https://api.aws53.cloud"
RUN_DONE = 30.0  # seconds after which the fake's runs have ended
CONFIG: dict[str, Any] = INTENT_CONFIG_GUIDE  # the preview page's config


@pytest.fixture
def lp(fake: FakeAPIs) -> httpx.Client:
    return httpx.Client(
        transport=fake.transport(), base_url=LP, headers={"x-api-key": LEADPIPE_KEY}
    )


def data(answer: httpx.Response, status: int = 200) -> Any:
    assert answer.status_code == status, answer.text
    return answer.json()["data"]


def code(answer: httpx.Response) -> str:
    return str(answer.json()["error"]["code"])


def completed_run(lp: httpx.Client, clock: ManualClock, audience: str = INTENT_AUDIENCE) -> str:
    run = data(lp.post(f"/v1/intent/audiences/{audience}/runs", json={"runType": "manual"}), 201)
    clock.advance(RUN_DONE)
    return str(run["id"])


def all_rows(lp: httpx.Client, audience: str, run: str) -> list[dict[str, Any]]:
    url = f"/v1/intent/audiences/{audience}/runs/{run}/results"
    rows: list[dict[str, Any]] = []
    while True:
        page = data(lp.get(url, params={"limit": 100, "offset": len(rows)}))
        rows += page["results"]
        if len(rows) >= page["total"]:
            return rows


def columns() -> list[str]:
    """The CSV's columns, from the spec's row: its fields, an object's spelled out."""
    found: list[str] = []
    for name, schema in spec.properties("IntentAudienceResultRow").items():
        nested = spec.non_null(schema).get("properties")
        found += [f"{name}.{field}" for field in nested] if nested else [name]
    return found


def value(row: dict[str, Any], column: str) -> Any:
    for part in column.split("."):
        row = row.get(part) if isinstance(row, dict) else None  # type: ignore[assignment]
    return row


# ------------------------------------------------------------------ topics and the catalogue


def test_topics_are_browsed_and_searched(lp: httpx.Client) -> None:
    everything = data(lp.get("/v1/intent/topics"))
    b2b = data(lp.get("/v1/intent/topics", params={"type": "b2b", "industry": "marketing"}))
    assert b2b and all(t["type"] == "b2b" and t["industry"] == "Marketing" for t in b2b)
    assert len(b2b) < len(everything)
    # The examples page's search, sent as it sends it.
    crm = data(lp.get("/v1/intent/topics/search", params={"q": "CRM", "type": "b2b", "limit": 10}))
    assert [t["topicId"] for t in crm] == [117801]
    found = data(lp.get("/v1/intent/topics/search", params={"q": "marketing"}))
    assert all("marketing" in t["topicName"].lower() for t in found)
    default = spec.default(spec.param("search_intent_topics", "limit"))
    assert len(found) == min(default, len(data(lp.get("/v1/intent/topics", params={"q": "mark"}))))
    assert (
        data(lp.get("/v1/intent/topics/search", params={"q": "marketing", "limit": 2}))
        == (found[:2])
    )
    listed = lp.get("/v1/intent/topics", params={"q": "roi"}).json()
    assert (listed["data"], listed["meta"]["total"]) == (
        [
            {
                "topicId": 117805,
                "topicName": "Marketing ROI",
                "type": "b2b",
                "industry": "Marketing",
                "category": "Service",
            }
        ],
        1,
    )


def test_the_filter_catalogue_is_grouped_and_its_keys_apply(lp: httpx.Client) -> None:
    catalog = data(lp.get("/v1/intent/audiences/filters"))
    keys = [f["key"] for group in catalog["groups"] for f in group["filters"]]
    assert catalog["summary"]["filterCount"] == len(keys)
    for key in ("company.industries", "role.seniority", "contact.hasBusinessEmail"):
        assert key in keys
    config = {"topicIds": [117805], "filters": dict.fromkeys([*keys, "made.up"], True)}
    assert data(lp.post("/v1/intent/audiences/validate", json=config))["appliedFilters"] == keys


# ------------------------------------------------------------------ configs


def test_validate_normalizes_and_says_what_cannot_select_anyone(lp: httpx.Client) -> None:
    url = "/v1/intent/audiences/validate"
    checked = data(lp.post(url, json={"topicIds": [117890, 117805, 117805], "minScore": 40}))
    assert checked["normalizedConfig"] == {
        "topicIds": [117805, 117890],
        "minScore": 50,  # "values below 50 are accepted and clamped to 50"
        "maxScore": 99,
        "minTopicOverlap": 1,
        "filters": {},
    }
    assert checked["valid"] is True and re.fullmatch(r"[0-9a-f]{64}", checked["configHash"])
    reference = data(lp.post(url, json=INTENT_CONFIG_REFERENCE))  # the nested filter form
    assert reference["appliedFilters"] == [  # the catalogue's keys, spelled out
        "role.isDecisionMaker",
        "contact.hasBusinessEmail",
        "jobTitle.include",
    ]
    assert reference["normalizedConfig"]["sourceUrl"] == "https://example.com"
    for wrong in ({"minScore": 90, "maxScore": 60}, {"minTopicOverlap": 3}):
        assert data(lp.post(url, json={"topicIds": [117805, 117890], **wrong}))["valid"] is False
    refused = lp.post(url, json={"topicIds": []})
    assert (refused.status_code, code(refused)) == (400, "VALIDATION_ERROR")


def test_a_preview_is_computed_from_the_config(lp: httpx.Client) -> None:
    url = "/v1/intent/audiences/preview"
    preview = data(lp.post(url, json=CONFIG))
    assert data(lp.post(url, json=CONFIG)) == preview  # the same config, the same preview
    validated = data(lp.post("/v1/intent/audiences/validate", json=CONFIG))
    assert preview["configHash"] == validated["configHash"]
    assert preview["appliedFilters"] == list(CONFIG["filters"])
    for dimension, wanted in (("industries", ["software development"]), ("seniorities", None)):
        counts = preview["breakdowns"][dimension]
        assert sum(b["count"] for b in counts) <= preview["totalCount"]
        if wanted:
            assert [b["value"] for b in counts] == wanted
    seniorities = set(CONFIG["filters"]["role.seniority"]["values"])
    assert {b["value"] for b in preview["breakdowns"]["seniorities"]} == seniorities
    for row in preview["sample"]:  # masked: a shortened hash, no email
        assert row["hashedEmail"].endswith("...") and "email" not in row
        assert row["seniority"] in seniorities
        assert row["company"]["industry"] == "software development"
        assert 70 <= row["intent"]["score"] <= 99
    wider = data(lp.post(url, json={**CONFIG, "minScore": 50}))
    assert wider["totalCount"] > preview["totalCount"]
    refused = lp.post(url, json={**CONFIG, "minScore": 95, "maxScore": 90})
    assert (refused.status_code, code(refused)) == (400, "VALIDATION_ERROR")


# ------------------------------------------------------------------ saved audiences


def test_saved_audiences_are_created_listed_read_updated_and_deleted(lp: httpx.Client) -> None:
    made = data(lp.post("/v1/intent/audiences", json={"name": "CRM buyers", "config": CONFIG}), 201)
    assert (made["name"], made["status"], made["audienceSize"]) == ("CRM buyers", "draft", 0)
    one = f"/v1/intent/audiences/{made['id']}"
    read = data(lp.get(one))
    assert (
        read["config"]
        == data(lp.post("/v1/intent/audiences/validate", json=CONFIG))["normalizedConfig"]
    )
    assert read["topics"] == [
        {"id": 117805, "name": "Marketing ROI"},
        {"id": 117890, "name": "Marketing Attribution"},
    ]
    drafts = data(lp.get("/v1/intent/audiences", params={"status": "draft"}))
    assert [a["id"] for a in drafts] == [made["id"]]
    assert len(data(lp.get("/v1/intent/audiences", params={"limit": 1}))) == 1
    changed = data(lp.patch(one, json={"name": "renamed", "config": {"topicIds": [117801]}}))
    assert (changed["name"], changed["config"]["topicIds"], changed["status"]) == (
        "renamed",
        [117801],
        "draft",
    )
    active = data(lp.patch(one, json={"status": "active"}))
    assert (active["status"], active["dailyRefreshEnabled"]) == ("active", True)
    assert data(lp.delete(one)) == {"deleted": True}
    for gone in (lp.get(one), lp.post(f"{one}/runs", json={"runType": "manual"})):
        assert (gone.status_code, code(gone)) == (404, "NOT_FOUND")


def test_activating_past_the_slots_is_refused(lp: httpx.Client) -> None:
    seeded = data(lp.get("/v1/intent/audiences", params={"status": "active"}))
    made = [
        data(lp.post("/v1/intent/audiences", json={"name": f"a{i}", "config": CONFIG}), 201)["id"]
        for i in range(6)
    ]
    answers = [lp.patch(f"/v1/intent/audiences/{a}", json={"status": "active"}) for a in made]
    full = [(a.status_code, code(a)) for a in answers if a.status_code != 200]
    free = 5 - len(seeded)  # AUDIENCE_SLOTS, of which the seeded audiences hold two
    assert (len(answers) - len(full), full) == (free, [(403, "SLOTS_FULL")] * (6 - free))
    refused = lp.post(
        "/v1/intent/audiences", json={"name": "n", "config": CONFIG, "status": "active"}
    )
    assert (refused.status_code, code(refused)) == (403, "SLOTS_FULL")
    lp.patch(f"/v1/intent/audiences/{made[0]}", json={"status": "paused"})  # frees a slot
    assert lp.patch(f"/v1/intent/audiences/{made[-1]}", json={"status": "active"}).is_success


def test_manual_runs_queue_on_any_audience_and_daily_runs_on_active_ones(
    lp: httpx.Client, clock: ManualClock
) -> None:
    audiences = {
        status: data(
            lp.post(
                "/v1/intent/audiences",
                json={"name": status, "config": CONFIG, "status": status},
            ),
            201,
        )["id"]
        for status in ("draft", "active", "paused")
    }
    for audience in audiences.values():  # what the documents say: manual runs, any status
        run = completed_run(lp, clock, audience)
        listed = data(lp.get(f"/v1/intent/audiences/{audience}/runs"))
        assert [(r["id"], r["status"], r["runType"]) for r in listed] == [
            (run, "completed", "manual")
        ]
    clock.advance(86_400)  # a UTC midnight passes: active audiences get a daily run
    daily = {
        status: [r["runType"] for r in data(lp.get(f"/v1/intent/audiences/{audience}/runs"))].count(
            "daily"
        )
        for status, audience in audiences.items()
    }
    assert daily == {"draft": 0, "active": 1, "paused": 0}
    seeded = data(lp.get(f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs"))
    assert [r["runType"] for r in seeded] == ["daily"]
    refreshed = data(lp.get(f"/v1/intent/audiences/{audiences['active']}"))
    assert refreshed["lastRefreshedAt"] is not None and refreshed["audienceSize"] > 0


# ------------------------------------------------------------------ what a completed run gives


def test_rows_follow_the_config(lp: httpx.Client, clock: ManualClock) -> None:
    run = completed_run(lp, clock)  # the seeded audience: the manage page's config
    rows = all_rows(lp, INTENT_AUDIENCE, run)
    assert {r["seniority"] for r in rows} <= {"director", "vp", "c_suite"}
    assert {r["company"]["industry"] for r in rows} == {"software development"}
    assert all(r["businessEmail"] for r in rows)  # contact.hasBusinessEmail
    assert all(r["hashedEmail"] == hashlib.sha256(r["email"].encode()).hexdigest() for r in rows)


def test_the_csv_is_the_results_rows_byte_for_byte(lp: httpx.Client, clock: ManualClock) -> None:
    run = completed_run(lp, clock)
    answer = lp.get(f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{run}/export.csv")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.headers["x-export-row-cap"] == "300000"
    assert answer.headers["x-clickhouse-query-id"]
    expected = io.StringIO()
    writer = csv.writer(expected)
    writer.writerow(columns())
    for row in all_rows(lp, INTENT_AUDIENCE, run):
        writer.writerow(["" if value(row, c) is None else value(row, c) for c in columns()])
    assert answer.content == expected.getvalue().encode()


def test_a_csv_holds_the_first_rows_up_to_the_cap(
    fake: FakeAPIs, lp: httpx.Client, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cap (300,000 rows, the header says) lowered to 50, so that a run past it is
    quick to make: the file holds the results' first 50 rows, and the header says 50."""
    monkeypatch.setattr(people, "EXPORT_ROW_CAP", 50)
    fake.add_intent_audience(LEADPIPE_KEY, "big", result_count=51)
    run = completed_run(lp, clock, "big")
    answer = lp.get(f"/v1/intent/audiences/big/runs/{run}/export.csv")
    lines = answer.content.split(b"\r\n")
    assert (len(lines), lines[-1], answer.headers["x-export-row-cap"]) == (1 + 50 + 1, b"", "50")
    rows = all_rows(lp, "big", run)
    assert [line.split(b",")[0].decode() for line in lines[1:-1]] == [
        row["hashedEmail"] for row in rows[:50]
    ]
    assert len(rows) == 51


def test_stats_are_counted_over_the_runs_rows(lp: httpx.Client, clock: ManualClock) -> None:
    run = completed_run(lp, clock)
    answer = data(lp.get(f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{run}/stats"))
    stats, rows = answer["stats"], all_rows(lp, INTENT_AUDIENCE, run)
    assert (answer["run"]["id"], stats["total"]) == (run, len(rows))
    for column in columns():
        count = sum(1 for row in rows if value(row, column) not in (None, ""))
        assert stats["fillRates"][column] == {
            "count": count,
            "percent": pytest.approx(round(100 * count / len(rows), 2)),
        }, column
    buckets = stats["scoreHistogram"]
    assert [b["bucket"] for b in buckets] == ["50-69", "70-89", "90-99"]
    assert sum(b["count"] for b in buckets) == len(rows)
    assert buckets[0]["count"] == 0  # the seeded config's minScore is 70


def test_what_a_run_gives_waits_for_it_and_not_for_a_failed_one(
    lp: httpx.Client, clock: ManualClock
) -> None:
    runs = f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs"
    queued = data(lp.post(runs, json={"runType": "manual"}), 201)["id"]
    for path in ("stats", "export.csv"):
        pending = lp.get(f"{runs}/{queued}/{path}")
        assert (pending.status_code, data(pending, 202)["state"]) == (202, "queued")
    early = lp.post(f"{runs}/{queued}/exports")
    assert (early.status_code, code(early)) == (409, "RUN_NOT_COMPLETED")
    failed = completed_run(lp, clock, FAILING_INTENT_AUDIENCE)
    failing = f"/v1/intent/audiences/{FAILING_INTENT_AUDIENCE}/runs/{failed}"
    for answer in (
        lp.get(f"{failing}/stats"),
        lp.get(f"{failing}/export.csv"),
        lp.post(f"{failing}/exports"),
    ):
        assert (answer.status_code, code(answer)) == (409, "RUN_RESULTS_UNAVAILABLE")


# ------------------------------------------------------------------ stored exports


def test_a_stored_export_is_reused_and_its_signed_url_expires(
    lp: httpx.Client, clock: ManualClock
) -> None:
    run = completed_run(lp, clock)
    exports = f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{run}/exports"
    made = data(lp.post(exports))
    clock.advance(60)
    again = data(lp.post(exports))  # "already exists; fresh signed URL returned"
    read = data(lp.get(f"{exports}/{made['export']['id']}"))
    assert made["export"] == again["export"] == read["export"]
    assert made["downloadUrl"] != again["downloadUrl"]
    assert again["downloadUrlTtlSeconds"] == 3600
    csv_bytes = lp.get(f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{run}/export.csv").content
    stored = made["export"]
    assert (stored["status"], stored["byteSize"], stored["contentSha1"]) == (
        "completed",
        len(csv_bytes),
        hashlib.sha1(csv_bytes, usedforsecurity=False).hexdigest(),
    )
    anyone = httpx.Client(transport=lp._transport)  # a signed URL needs no key
    assert anyone.get(again["downloadUrl"]).content == csv_bytes
    assert anyone.get(again["downloadUrl"].replace("signature=", "signature=0")).status_code == 403
    clock.advance(3600)
    assert anyone.get(again["downloadUrl"]).status_code == 403  # expired
    assert anyone.get(data(lp.get(f"{exports}/{stored['id']}"))["downloadUrl"]).is_success
    missing = lp.get(f"{exports}/nope")
    assert (missing.status_code, code(missing)) == (404, "NOT_FOUND")


def test_a_signed_url_over_loopback_points_at_the_fake(fake: FakeAPIs, clock: ManualClock) -> None:
    with fake.serve() as server:
        lp = httpx.Client(base_url=server.base_url, headers={"x-api-key": LEADPIPE_KEY})
        run = completed_run(lp, clock)
        made = data(lp.post(f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs/{run}/exports"))
        assert made["downloadUrl"].startswith(f"{server.base_url}/")
        csv_bytes = httpx.get(made["downloadUrl"]).content
        assert len(csv_bytes) == made["export"]["byteSize"]


@pytest.mark.parametrize("path", ["/v1/intent/topics", "/v1/intent/topics/search?q=crm"])
def test_topic_discovery_needs_no_key_as_the_spec_says(fake: FakeAPIs, path: str) -> None:
    """The spec's security there is ``[{}, {LeadpipeApiKey: []}]``: the key is optional."""
    anonymous = httpx.Client(transport=fake.transport())
    assert anonymous.get(f"https://api.aws53.cloud{path}").status_code == 200
    # Elsewhere a missing key is still refused.
    runs = f"https://api.aws53.cloud/v1/intent/audiences/{INTENT_AUDIENCE}/runs"
    assert anonymous.get(runs).status_code == 401
