"""Read-only searches sent as POST (mentions, audience profiles) are retried like GETs: a
transient failure on any page resumes at that page's cursor, and every item comes once."""

from __future__ import annotations

import pytest
from audiences import Buzzabout
from audiences.testing import BUZZABOUT_KEY, SOURCE_DATASET, FakeAPIs, Fault, ManualClock

BIG = "ds_big_search_0001"
PASS = Fault.change(lambda body: body)  # this request is answered as usual
FAULTS = [
    Fault.http(503),
    Fault.http(429),
    Fault.http(500),
    Fault.drop(after=True),
    Fault.timeout(after=True),
    Fault.drop(after=False),
    Fault.http(502),
    Fault.http(408),
]


def _client(fake: FakeAPIs) -> Buzzabout:
    return Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=fake.clock)


def _every_page_but_the_first_fails_once(fake: FakeAPIs, operation: str) -> None:
    fake.inject(operation, PASS)
    for fault in FAULTS:
        fake.inject(operation, fault)
        fake.inject(operation, PASS)


def _search(client: Buzzabout, what: str, scope: str) -> list[str]:
    if what == "mentions":
        return [m.id for m in client.mentions.list(dataset_ids=[scope], limit=100)]
    return [p.id for p in client.audience_profiles.list(audience_dataset_ids=[scope], limit=10)]


@pytest.mark.parametrize("what", ["mentions", "profiles"])
def test_a_search_survives_a_transient_failure_on_every_page(what: str) -> None:
    fake = FakeAPIs(ManualClock())
    fake.add_dataset(BUZZABOUT_KEY, BIG, posts=1000)
    client = _client(fake)
    scope = BIG
    if what == "profiles":
        audience = client.audience_datasets.create(name="many people")
        client.wait(
            client.audience_datasets.runs.create(audience.id, source_dataset_id=SOURCE_DATASET)
        )
        scope = audience.id
    expected = _search(client, what, scope)
    pages = -(-len(expected) // (100 if what == "mentions" else 10))
    assert pages > len(FAULTS)  # every fault meets a page of its own
    operation = "list_mentions" if what == "mentions" else "list_audience_profiles"
    _every_page_but_the_first_fails_once(fake, operation)
    sent = len(fake.requests)
    got = _search(client, what, scope)
    assert (len(got), len(set(got)), got == expected) == (len(expected), len(expected), True)
    assert len(fake.requests) - sent == pages + len(FAULTS)  # each failed page asked again once
