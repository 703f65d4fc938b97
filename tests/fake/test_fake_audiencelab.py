"""The fake's AudienceLab audiences read back, on the wire (community-observed shapes):
pages by number with their totals, an empty page past the last, members drawn from the
audience's filters, an unknown audience a 404 in the community error shape."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from audiences.testing import AUDIENCELAB_KEY, FakeAPIs

AL = "https://api.audiencelab.io"


@pytest.fixture
def al(fake: FakeAPIs) -> httpx.Client:
    return httpx.Client(
        transport=fake.transport(), base_url=AL, headers={"X-Api-Key": AUDIENCELAB_KEY}
    )


def create(al: httpx.Client, name: str, filters: dict[str, Any]) -> str:
    made = al.post("/audiences", json={"name": name, "filters": filters})
    assert made.status_code == 200
    return str(made.json()["audienceId"])


def test_audiences_are_listed_oldest_first_page_by_page(al: httpx.Client) -> None:
    ids = [create(al, f"audience {n}", {}) for n in range(3)]
    first = al.get("/audiences", params={"page_size": 2}).json()
    last = al.get("/audiences", params={"page_size": 2, "page": 2}).json()
    past = al.get("/audiences", params={"page_size": 2, "page": 3}).json()
    assert [a["id"] for a in first["data"] + last["data"]] == ids
    assert {k: first[k] for k in ("page", "page_size", "total_pages", "total_records")} == {
        "page": 1,
        "page_size": 2,
        "total_pages": 2,
        "total_records": 3,
    }
    assert (past["data"], past["page"]) == ([], 3)
    assert first["data"][0] == {
        "id": ids[0],
        "name": "audience 0",
        "next_scheduled_refresh": None,
        "scheduled_refresh": False,
        "refresh_interval": None,
        "webhook_url": None,
    }


def test_members_follow_the_audience_filters_and_page_by_number(al: httpx.Client) -> None:
    filters = {
        "city": ["Austin"],
        "businessProfile": {"industry": ["Retail"], "jobTitle": ["Founder", "Brand Manager"]},
        "age": {"minAge": 25, "maxAge": 30},
    }
    audience = create(al, "austin retail", filters)
    first = al.get(f"/audiences/{audience}").json()
    size, total = first["page_size"], first["total_records"]
    rows = [row for page in range(1, first["total_pages"] + 1) for row in
            al.get(f"/audiences/{audience}", params={"page": page}).json()["data"]]  # fmt: skip
    assert (size, len(rows), len(first["data"])) == (100, total, min(100, total))
    assert {(r["PERSONAL_CITY"], r["PERSONAL_STATE"], r["COMPANY_INDUSTRY"]) for r in rows} == {
        ("Austin", "TX", "Retail")
    }
    assert {r["JOB_TITLE"] for r in rows} == {"Founder", "Brand Manager"}
    assert {r["AGE_RANGE"] for r in rows} == {"25-34"}
    assert (
        al.get(f"/audiences/{audience}", params={"page": 1, "page_size": 1000}).json()["data"]
        == rows
    )


def test_an_unknown_audience_is_a_404_in_the_community_shape(al: httpx.Client) -> None:
    missing = al.get("/audiences/5b1f4a52-0000-0000-0000-000000000000")
    assert (missing.status_code, missing.json()) == (404, {"error": "Not Found", "status": 404})


def test_another_accounts_audiences_are_not_seen(fake: FakeAPIs, al: httpx.Client) -> None:
    audience = create(al, "mine", {})
    fake.add_account("al_test_other", "audiencelab")
    other = httpx.Client(
        transport=fake.transport(), base_url=AL, headers={"X-Api-Key": "al_test_other"}
    )
    assert other.get("/audiences").json()["data"] == []
    assert other.get(f"/audiences/{audience}").status_code == 404
