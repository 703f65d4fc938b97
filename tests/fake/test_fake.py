"""The fake's own behaviour, at the HTTP level: documented errors, pagination, clock, faults."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    EMPTY_DATASET,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    Fault,
    ManualClock,
)

from tests.data import OPERATIONS

BZ = "https://api.buzzabout.ai"
LP = "https://api.aws53.cloud"


@pytest.fixture
def fake(clock: ManualClock) -> FakeAPIs:
    return FakeAPIs(clock, credits=5_000)


def http(fake: FakeAPIs, key: str = BUZZABOUT_KEY) -> httpx.Client:
    return httpx.Client(transport=fake.transport(), headers={"x-api-key": key})


def new_dataset(client: httpx.Client) -> str:
    response = client.post(f"{BZ}/v1/audience_datasets", json={"name": "n"})
    assert response.status_code == 201
    return str(response.json()["data"]["id"])


def code(response: httpx.Response) -> Any:
    body = response.json()
    return body.get("error_code") or (body.get("error") or {}).get("code")


def test_ids_carry_the_vendor_prefixes(fake: FakeAPIs) -> None:
    client = http(fake)
    ad = new_dataset(client)
    run = client.post(
        f"{BZ}/v1/audience_datasets/{ad}/runs", json={"source_dataset_id": SOURCE_DATASET}
    ).json()["data"]
    assert ad.startswith("ad_")
    assert run["id"].startswith("adr_")
    assert run["status"] == {"type": "pending", "steps": []}


def test_accounts_are_scoped_per_key(fake: FakeAPIs) -> None:
    fake.add_account("bz_test_other", "buzzabout")
    ad = new_dataset(http(fake))
    other = http(fake, "bz_test_other").get(f"{BZ}/v1/audience_datasets/{ad}")
    assert (other.status_code, code(other)) == (404, "audience_dataset_not_found")
    assert http(fake, "nope").get(f"{BZ}/v1/audience_datasets").status_code == 401
    assert http(fake, LEADPIPE_KEY).get(f"{BZ}/v1/audience_datasets").status_code == 401


def test_documented_run_errors(fake: FakeAPIs, clock: ManualClock) -> None:
    client = http(fake)
    ad = new_dataset(client)
    url = f"{BZ}/v1/audience_datasets/{ad}/runs"
    missing = client.post(url, json={"source_dataset_id": "ds_missing"})
    assert (missing.status_code, code(missing)) == (404, "dataset_not_found")
    empty = client.post(url, json={"source_dataset_id": EMPTY_DATASET})
    assert (empty.status_code, code(empty)) == (400, "source_dataset_has_no_completed_run")
    assert (
        client.post(
            url, json={"source_dataset_id": SOURCE_DATASET, "total_profile_count": 100}
        ).status_code
        == 202
    )
    again = client.post(url, json={"source_dataset_id": SOURCE_DATASET})
    assert (again.status_code, code(again)) == (409, "audience_dataset_run_already_in_flight")
    clock.advance(40)
    broke = client.post(
        url, json={"source_dataset_id": SOURCE_DATASET, "total_profile_count": 2000}
    )
    assert (broke.status_code, code(broke)) == (402, "insufficient_credits_audience_dataset_run")
    invalid = client.post(url, json={"source_dataset_id": SOURCE_DATASET, "total_profile_count": 0})
    assert invalid.status_code == 422
    assert invalid.json()["detail"][0]["loc"] == ["body", "total_profile_count"]


def test_runs_advance_on_the_clock(fake: FakeAPIs, clock: ManualClock) -> None:
    client = http(fake)
    ad = new_dataset(client)
    run_id = client.post(
        f"{BZ}/v1/audience_datasets/{ad}/runs", json={"source_dataset_id": SOURCE_DATASET}
    ).json()["data"]["id"]
    seen = []
    for _ in range(5):
        status = client.get(f"{BZ}/v1/audience_datasets/{ad}/runs/{run_id}").json()["data"][
            "status"
        ]
        seen.append((status["type"], len(status["steps"])))
        clock.advance(10)
    assert seen == [
        ("pending", 0),
        ("working", 1),
        ("working", 1),
        ("working", 2),
        ("completed", 3),
    ]


def test_soft_delete_hides_the_dataset_and_its_runs(fake: FakeAPIs) -> None:
    client = http(fake)
    ad = new_dataset(client)
    assert client.delete(f"{BZ}/v1/audience_datasets/{ad}").status_code == 204
    assert client.get(f"{BZ}/v1/audience_datasets/{ad}").status_code == 404
    assert client.get(f"{BZ}/v1/audience_datasets/{ad}/runs").status_code == 404
    assert client.get(f"{BZ}/v1/audience_datasets").json()["data"] == []


def test_cursor_pagination(fake: FakeAPIs) -> None:
    client = http(fake)
    ids = [new_dataset(client) for _ in range(5)]
    first = client.get(f"{BZ}/v1/audience_datasets", params={"limit": 2, "order": "asc"}).json()
    assert [d["id"] for d in first["data"]] == ids[:2]
    assert first["has_next"] is True
    second = client.get(
        f"{BZ}/v1/audience_datasets", params={"limit": 2, "order": "asc", "cursor": first["cursor"]}
    ).json()
    assert [d["id"] for d in second["data"]] == ids[2:4]
    last = client.get(
        f"{BZ}/v1/audience_datasets",
        params={"limit": 2, "order": "asc", "cursor": second["cursor"]},
    ).json()
    assert (last["has_next"], last["cursor"]) == (False, None)
    bad = client.get(f"{BZ}/v1/audience_datasets", params={"cursor": "0"})
    assert (bad.status_code, code(bad)) == (422, "invalid_cursor")
    newest = client.get(f"{BZ}/v1/audience_datasets", params={"limit": 1}).json()["data"]
    assert newest[0]["id"] == ids[-1]  # desc by default


def test_custom_parameter_errors(fake: FakeAPIs) -> None:
    client = http(fake)
    body = {"name": "p", "instructions": "i", "value_type": "string"}
    cp = client.post(f"{BZ}/v1/custom_parameters", json=body).json()["data"]["id"]
    dup = client.post(f"{BZ}/v1/custom_parameters", json=body)
    assert (dup.status_code, code(dup)) == (409, "custom_parameter_duplicate_name")
    empty = client.post(f"{BZ}/v1/custom_parameters", json={**body, "name": " "})
    assert (empty.status_code, code(empty)) == (422, "custom_parameter_empty_name")
    nothing = client.post(
        f"{BZ}/v1/custom_parameters/{cp}/runs",
        json={"scope": {"kind": "dataset", "id": EMPTY_DATASET}},
    )
    assert (nothing.status_code, code(nothing)) == (422, "nothing_to_analyze")
    assert (
        client.post(
            f"{BZ}/v1/custom_parameters/{cp}/runs",
            json={"scope": {"kind": "dataset", "id": SOURCE_DATASET}},
        ).status_code
        == 202
    )
    busy = client.post(
        f"{BZ}/v1/custom_parameters/{cp}/runs",
        json={"scope": {"kind": "dataset", "id": SOURCE_DATASET}},
    )
    assert (busy.status_code, code(busy)) == (409, "custom_parameter_run_in_flight")


@pytest.mark.parametrize(
    ("path", "sent", "loc", "kind"),
    [
        ("/runs", {"scope": {"kind": "dataset"}}, ["body", "scope", "id"], "missing"),
        ("/runs", {"scope": {"kind": "x", "id": "d"}}, ["body", "scope", "kind"], "literal_error"),
        ("/runs", {}, ["body", "scope"], "missing"),
        ("/preview", {"post_refs": []}, ["body", "post_refs"], "too_short"),
        ("/preview", {"post_refs": [{"id": "1"}]}, ["body", "post_refs", 0, "source"], "missing"),
    ],
)
def test_custom_parameter_bodies_are_refused_where_they_are_wrong(
    fake: FakeAPIs, path: str, sent: dict[str, Any], loc: list[Any], kind: str
) -> None:
    client = http(fake)
    if path == "/runs":
        body = {"name": "p", "instructions": "i", "value_type": "string"}
        cp = client.post(f"{BZ}/v1/custom_parameters", json=body).json()["data"]["id"]
        url = f"{BZ}/v1/custom_parameters/{cp}/runs"
    else:
        url = f"{BZ}/v1/custom_parameters/preview"
        sent = {"instructions": "i", "value_type": "string", **sent}
    refused = client.post(url, json=sent)
    assert refused.status_code == 422
    assert [(e["loc"], e["type"]) for e in refused.json()["detail"]] == [(loc, kind)]


def test_leadpipe_idempotency_and_cancel(fake: FakeAPIs, clock: ManualClock) -> None:
    client = http(fake, LEADPIPE_KEY)
    url = f"{LP}/v1/intent/audiences/{INTENT_AUDIENCE}/runs"
    first = client.post(url, json={"runType": "manual"}, headers={"Idempotency-Key": "k"})
    replay = client.post(url, json={"runType": "manual"}, headers={"Idempotency-Key": "k"})
    assert (first.status_code, replay.status_code) == (201, 200)
    assert first.json()["data"]["id"] == replay.json()["data"]["id"]
    assert client.post(url, json={"runType": "daily"}).status_code == 400
    clock.advance(6)  # now running: no longer cancellable
    running = client.delete(f"{url}/{first.json()['data']['id']}")
    assert (running.status_code, code(running)) == (409, "RUN_NOT_CANCELLABLE")
    queued = client.post(url, json={"runType": "manual"}).json()["data"]["id"]
    cancelled = client.delete(f"{url}/{queued}")
    assert cancelled.json()["data"]["status"] == "cancelled"
    assert client.get(f"{LP}/v1/intent/audiences/unknown/runs").status_code == 404


def test_audiencelab_validation(fake: FakeAPIs) -> None:
    client = http(fake, AUDIENCELAB_KEY)
    bad = client.post(
        "https://api.audiencelab.io/audiences", json={"name": "n", "filters": {"city": "NYC"}}
    )
    assert (bad.status_code, code(bad)) == (400, "VALIDATION_ERROR")
    good = client.post(
        "https://api.audiencelab.io/audiences", json={"name": "n", "filters": {"city": ["NYC"]}}
    )
    assert good.status_code == 200
    assert set(good.json()) == {"audienceId"}


@pytest.mark.parametrize("age", ["Infinity", "NaN"])
def test_audiencelab_refuses_an_age_that_is_no_integer(fake: FakeAPIs, age: str) -> None:
    # Python's JSON reader accepts Infinity and NaN; the fake once crashed on int(inf).
    body = '{"name": "n", "filters": {"age": {"minAge": ' + age + "}}}"
    bad = http(fake, AUDIENCELAB_KEY).post(
        "https://api.audiencelab.io/audiences",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert (bad.status_code, code(bad)) == (400, "VALIDATION_ERROR")


def test_undocumented_methods_get_405_with_allow(fake: FakeAPIs) -> None:
    response = http(fake).request("TRACE", f"{BZ}/v1/custom_parameters/preview")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


def test_faults(fake: FakeAPIs, clock: ManualClock) -> None:
    client = http(fake)
    fake.inject("list_audience_datasets", Fault.http(429, retry_after=3))
    limited = client.get(f"{BZ}/v1/audience_datasets")
    assert (limited.status_code, limited.headers["retry-after"], code(limited)) == (
        429,
        "3",
        "too_many_requests",
    )
    assert limited.json()["transient"] is True
    fake.inject("list_audience_datasets", Fault.http(503))
    assert client.get(f"{BZ}/v1/audience_datasets").status_code == 503
    fake.inject(
        "list_audience_datasets",
        Fault.raw(502, b"<html>Bad Gateway</html>", content_type="text/html"),
    )
    assert client.get(f"{BZ}/v1/audience_datasets").text == "<html>Bad Gateway</html>"
    fake.inject("list_audience_datasets", Fault.drop())
    with pytest.raises(httpx.ConnectError):
        client.get(f"{BZ}/v1/audience_datasets")
    fake.inject("create_audience_dataset", Fault.drop(after=True))
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(f"{BZ}/v1/audience_datasets", json={"name": "x"})
    assert len(fake.ledger) == 1  # processed, then dropped
    fake.inject("list_audience_datasets", Fault.timeout())
    with pytest.raises(httpx.ReadTimeout):
        client.get(f"{BZ}/v1/audience_datasets")
    before = clock.monotonic()
    fake.inject("list_audience_datasets", Fault.slow(7))
    assert client.get(f"{BZ}/v1/audience_datasets").status_code == 200
    assert clock.monotonic() - before == 7
    assert client.get(f"{BZ}/v1/audience_datasets").status_code == 200  # faults are used up
    with pytest.raises(ValueError, match="unknown operation"):
        fake.inject("no_such_operation", Fault.http(500))


def test_faults_over_loopback(fake: FakeAPIs) -> None:
    with (
        fake.serve() as server,
        httpx.Client(base_url=server.base_url, headers={"x-api-key": BUZZABOUT_KEY}) as client,
    ):
        assert client.get("/v1/audience_datasets").status_code == 200
        fake.inject("list_audience_datasets", Fault.drop())
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/v1/audience_datasets")
        created = client.post("/v1/audience_datasets", json={"name": "over http"})
        assert json.loads(created.content)["data"]["name"] == "over http"


def test_every_operation_in_the_spec_routes_to_the_handler_of_its_name(
    spec: dict[str, Any],
) -> None:
    fake = FakeAPIs(ManualClock())
    client = httpx.Client(transport=fake.transport())
    reached = {}
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "post", "patch", "put", "delete"):
                continue
            # A fault injected on the operationId answers before the handler runs.
            fake.inject(operation["operationId"], Fault.http(418))
            path = re.sub(r"\{[a-z_]+\}", "x", template)
            answer = client.request(method.upper(), f"http://fake{path}")
            reached[operation["operationId"]] = answer.status_code
    assert reached == dict.fromkeys(reached, 418)
    assert len(reached) == len(OPERATIONS)
