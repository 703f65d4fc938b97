"""Every response the fake gives (errors included) validates against openapi.yaml."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import httpx
import pytest
from audiences import (
    AudienceLab,
    BadRequestError,
    Buzzabout,
    ConflictError,
    Leadpipe,
    NotFoundError,
)
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    EMPTY_DATASET,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    FakeRequest,
    FakeResponse,
    ManualClock,
)

from tests.data import (
    DATASET_RUN_URL_REQUEST,
    MENTION_FILTERS,
    MENTIONS_REQUEST_FILTERED,
    OPERATIONS,
    PROFILES_REQUEST_FILTERED,
)
from tests.helpers import errors, media_schema, resolve

BZ = "https://api.buzzabout.ai"
LP = "https://api.aws53.cloud"


class SpecCheckingFake(FakeAPIs):
    """The fake, checking each answer against the spec's schema for its operation and status."""

    def __init__(self, spec: dict[str, Any], clock: ManualClock) -> None:
        super().__init__(clock)
        self.spec = spec
        self.checked: list[tuple[str, str, int]] = []
        self.problems: list[str] = []

    def handle(self, req: FakeRequest) -> FakeResponse:
        response = super().handle(req)
        for template, item in self.spec["paths"].items():
            pattern = "^" + re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(template)) + "$"
            op = item.get(req.method.lower())
            if op is None or not re.match(pattern, req.path):
                continue
            documented = op["responses"].get(str(response.status))
            where = f"{req.method} {template} {response.status}"
            if documented is None:
                self.problems.append(f"{where}: status not documented")
                return response
            content = resolve(self.spec, documented).get("content")
            found = content and media_schema(content, response.headers.get("content-type"))
            if content is None:
                if response.body:
                    self.problems.append(f"{where}: body where none is documented")
            elif not found:
                self.problems.append(
                    f"{where}: {response.headers.get('content-type')} undocumented"
                )
            else:
                media, schema = found
                body = response.body.decode() if media == "text/csv" else json.loads(response.body)
                self.problems += [f"{where}: {e}" for e in errors(self.spec, schema, body)]
            self.checked.append((req.method, template, response.status))
            return response
        self.problems.append(f"{req.method} {req.path}: no operation in the spec")
        return response


def test_every_fake_response_validates(spec: dict[str, Any]) -> None:
    clock = ManualClock()
    fake = SpecCheckingFake(spec, clock)
    options: dict[str, Any] = {"transport": fake.transport(), "clock": clock, "max_retries": 0}
    bz = Buzzabout(api_key=BUZZABOUT_KEY, **options)
    ds = bz.audience_datasets.create(name="cold brew creators")
    bz.audience_datasets.update(ds.id, name="renamed")
    run = bz.audience_datasets.runs.create(ds.id, source_dataset_id=SOURCE_DATASET)
    with pytest.raises(ConflictError):
        bz.audience_datasets.runs.create(ds.id, source_dataset_id=SOURCE_DATASET)
    bz.wait(run)
    list(bz.audience_datasets.list(limit=1))
    list(bz.audience_datasets.runs.list(ds.id))
    for bad in (EMPTY_DATASET, "ds_missing"):
        with pytest.raises(Exception):  # noqa: B017, PT011 - any documented error; the schema check is the point
            bz.audience_datasets.runs.create(ds.id, source_dataset_id=bad)
    with pytest.raises(NotFoundError):
        bz.audience_datasets.runs.get(ds.id, "adr_missing")
    pd = bz.pattern_detections.create(dataset_id=SOURCE_DATASET, name="n", research_question="q")
    bz.wait(pd)
    with pytest.raises(NotFoundError):
        bz.pattern_detections.get("pdr_missing")
    cp = bz.custom_parameters.create(name="p", instructions="i", value_type="string")
    with pytest.raises(ConflictError):
        bz.custom_parameters.create(name="p", instructions="i", value_type="string")
    bz.custom_parameters.update(cp.id, instructions="j")
    bz.custom_parameters.preview(
        instructions="i", value_type="string", post_refs=[("t3_1", "reddit")]
    )
    list(bz.custom_parameters.list())
    cpr = bz.custom_parameters.runs.create(cp.id, dataset_id=SOURCE_DATASET)
    bz.wait(cpr)
    list(bz.custom_parameters.runs.list(cp.id))
    bz.custom_parameters.delete(cp.id)
    with pytest.raises(NotFoundError):
        bz.custom_parameters.get(cp.id)
    bz.audience_datasets.delete(ds.id)
    with pytest.raises(NotFoundError):
        bz.audience_datasets.get(ds.id)
    AudienceLab(api_key=AUDIENCELAB_KEY, **options).audiences.create(
        name="a", filters={"city": ["NYC"]}
    )
    lp = Leadpipe(api_key=LEADPIPE_KEY, **options)
    r1 = lp.intent_audiences.runs.create(INTENT_AUDIENCE, idempotency_key="k1")
    lp.intent_audiences.runs.create(INTENT_AUDIENCE, idempotency_key="k1")
    r2 = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
    lp.intent_audiences.runs.cancel(INTENT_AUDIENCE, r2.id)
    lp.wait(r1)
    with pytest.raises(ConflictError):
        lp.intent_audiences.runs.cancel(INTENT_AUDIENCE, r1.id)
    _the_whole_leadpipe_job(lp, r1.id)
    _from_search_to_results(fake, clock)
    _credits_and_audiences(fake, clock)
    assert not fake.problems, "\n".join(fake.problems)
    assert len({(m, t) for m, t, _ in fake.checked}) == len(OPERATIONS)


def _the_whole_leadpipe_job(lp: Leadpipe, run_id: str) -> None:
    """Topics, the catalogue, a config, an audience, and a completed run's stats and files."""
    lp.intent_topics.list(type="b2b")
    lp.intent_topics.search("marketing", limit=3)
    lp.intent_audiences.filters()
    config = {"topicIds": [117805, 117890], "minScore": 60, "minTopicOverlap": 2}
    lp.intent_audiences.validate(config=config)
    lp.intent_audiences.preview(config=config)
    with pytest.raises(BadRequestError):
        lp.intent_audiences.preview(config={**config, "minScore": 90, "maxScore": 80})
    audience = lp.intent_audiences.create(name="whole job", config=config)
    list(lp.intent_audiences.list(status="draft"))
    lp.intent_audiences.update(audience.id, status="active")
    lp.intent_audiences.get(audience.id)
    lp.intent_audiences.runs.stats(INTENT_AUDIENCE, run_id)
    lp.intent_audiences.runs.export_csv(INTENT_AUDIENCE, run_id, io.BytesIO())
    stored = lp.intent_audiences.runs.exports.create(INTENT_AUDIENCE, run_id)
    lp.intent_audiences.runs.exports.get(INTENT_AUDIENCE, run_id, stored.id)
    lp.intent_audiences.delete(audience.id)
    with pytest.raises(NotFoundError):
        lp.intent_audiences.get(audience.id)


def _from_search_to_results(fake: FakeAPIs, clock: ManualClock) -> None:
    """The operations from a search to its results, over HTTP, refusals included."""
    bz = httpx.Client(transport=fake.transport(), base_url=BZ, headers={"x-api-key": BUZZABOUT_KEY})
    ds = bz.post("/v1/datasets", json={"name": "cold brew"}).json()["data"]["id"]
    bz.patch(f"/v1/datasets/{ds}", json={"name": ""})
    run = bz.post(f"/v1/datasets/{ds}/runs", json=DATASET_RUN_URL_REQUEST).json()["data"]["id"]
    assert (
        bz.post(f"/v1/datasets/{ds}/runs", json={"search_query": {"type": "x"}}).status_code == 422
    )
    assert bz.post(f"/v1/datasets/{ds}/runs", json={"count": 1}).status_code == 422
    clock.advance(30)
    assert bz.get(f"/v1/datasets/{ds}/runs/{run}").json()["data"]["mentions_count"] == 2
    assert bz.get(f"/v1/datasets/{ds}/runs/dr_missing").status_code == 404
    bz.get(f"/v1/datasets/{ds}/runs", params={"limit": 1})
    bz.get("/v1/datasets", params={"order": "asc"})
    mentions = bz.post("/v1/mentions", json={**MENTIONS_REQUEST_FILTERED, "dataset_ids": None})
    assert mentions.status_code == 200
    twelve = {"filters": [[MENTION_FILTERS["has_media"]] * 6] * 2}
    assert bz.post("/v1/mentions", json=twelve).status_code == 422
    assert bz.post("/v1/mentions", json={"dataset_ids": ["ds_missing"]}).status_code == 404
    ad = bz.post("/v1/audience_datasets", json={"name": "creators"}).json()["data"]["id"]
    bz.post(f"/v1/audience_datasets/{ad}/runs", json={"source_dataset_id": SOURCE_DATASET})
    clock.advance(60)
    profiles = bz.post(
        "/v1/audience_profiles", json={**PROFILES_REQUEST_FILTERED, "audience_dataset_ids": [ad]}
    )
    assert profiles.json()["data"]
    assert (
        bz.post("/v1/audience_profiles", json={"audience_dataset_ids": ["ad_x"]}).status_code == 404
    )
    detection = bz.post(
        "/v1/pattern_detections",
        json={"dataset_id": SOURCE_DATASET, "name": "n", "research_question": "q"},
    ).json()["data"]["run_id"]
    clock.advance(60)
    pattern = bz.get(f"/v1/pattern_detections/{detection}").json()["data"]["pattern_id"]
    item = bz.get(f"/v1/patterns/{pattern}").json()["data"]["items"][0]["item_id"]
    assert bz.get(f"/v1/patterns/{pattern}/items/{item}").status_code == 200
    assert bz.get(f"/v1/patterns/{pattern}/items/pti_x").status_code == 404
    assert bz.get("/v1/patterns/pt_x").status_code == 404
    assert bz.delete(f"/v1/datasets/{ds}").status_code == 204
    assert bz.get(f"/v1/datasets/{ds}").status_code == 404
    lp = httpx.Client(transport=fake.transport(), base_url=LP, headers={"x-api-key": LEADPIPE_KEY})
    runs = f"/v1/intent/audiences/{INTENT_AUDIENCE}/runs"
    queued = lp.post(runs, json={"runType": "manual"}).json()["data"]["id"]
    assert lp.get(f"{runs}/{queued}/results").status_code == 202
    clock.advance(30)
    assert lp.get(f"{runs}/{queued}/results", params={"limit": 5, "offset": 2}).status_code == 200
    cancelled = lp.post(runs, json={"runType": "manual"}).json()["data"]["id"]
    lp.delete(f"{runs}/{cancelled}")
    assert lp.get(f"{runs}/{cancelled}/results").status_code == 409
    assert lp.get(f"{runs}/nope/results").status_code == 404
    assert lp.get(f"{runs}/{queued}/results", params={"limit": 0}).status_code == 400


def _credits_and_audiences(fake: FakeAPIs, clock: ManualClock) -> None:
    """Issue 20's Buzzabout and AudienceLab operations over HTTP, refusals included."""
    bz = httpx.Client(transport=fake.transport(), base_url=BZ, headers={"x-api-key": BUZZABOUT_KEY})
    assert bz.get("/v1/me").json()["data"]["usage"]["credits_used"] > 0
    assert bz.get("/v1/me/usage_history", params={"limit": 1}).json()["has_next"] is True
    assert bz.get("/v1/me/usage_history", params={"cursor": "x"}).status_code == 422
    assert httpx.Client(transport=fake.transport()).get(f"{BZ}/v1/credit_prices").status_code == 200
    cp = bz.post(
        "/v1/custom_parameters", json={"name": "mood", "instructions": "i", "value_type": "string"}
    ).json()["data"]["id"]
    scope = {"scope": {"kind": "dataset", "id": SOURCE_DATASET}}
    bz.post(f"/v1/custom_parameters/{cp}/runs", json=scope)
    clock.advance(60)
    valued = bz.post("/v1/mentions", json={"dataset_ids": [SOURCE_DATASET], "parameter_ids": [cp]})
    assert valued.json()["data"][0]["custom_parameters"]
    assert bz.post("/v1/mentions", json={"parameter_ids": ["cp_missing"]}).status_code == 404
    al = httpx.Client(
        transport=fake.transport(), base_url="https://api.audiencelab.io",
        headers={"X-Api-Key": AUDIENCELAB_KEY},
    )  # fmt: skip
    audience = al.get("/audiences", params={"page_size": 1}).json()["data"][0]["id"]
    assert al.get(f"/audiences/{audience}", params={"page": 2}).json()["data"]
    assert al.get("/audiences/5b1f4a52-0000-0000-0000-000000000000").status_code == 404
    assert al.get("/audiences", params={"page": 0}).status_code == 400


def test_the_suite_wide_spec_watch_is_real() -> None:
    """tests/conftest.py checks every fake answer of every test; this shows it can fail."""
    from tests.helpers import spec_problems

    assert FakeAPIs().observers  # installed on every fake built in a test
    assert spec_problems("get_audience_dataset", FakeResponse.json(200, {"bogus": 1}))
    assert spec_problems("get_audience_dataset", FakeResponse.json(418, {}))
    assert spec_problems("delete_audience_dataset", FakeResponse.json(204, {"x": 1}))
    dataset: dict[str, Any] = {"id": "ad_1", "created_at": "2026-05-01T12:00:00Z"}
    good = {"status": "success", "data": dataset}
    assert not spec_problems("get_audience_dataset", FakeResponse.json(200, good))
    # Strict: AudienceDataset is open for clients (additionalProperties), not for our fake.
    extra = {**good, "data": {**dataset, "profiles_count": 3}}
    found = spec_problems("get_audience_dataset", FakeResponse.json(200, extra))
    assert len(found) == 1 and "'profiles_count' was unexpected" in found[0], found
