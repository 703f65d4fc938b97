"""Nothing duplicated, nothing lost: randomized creates under random faults, checked on the ledger.

Seeded. Each logical create meets up to three random faults (rate limits, 5xx, 408,
connections dropped before or after processing, read timeouts, truncated bodies). The
fake's ledger then shows, for every logical call, at most one resource; every call either
returned that resource or raised a typed error; and where the API offers a guard (Leadpipe
idempotency keys, Buzzabout's one in-flight audience run) a caller who retries after an
error never creates a second one.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest
from audiences import AudienceLab, AudiencesError, Buzzabout, ConflictError, Leadpipe
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    Fault,
    ManualClock,
)

SEED = 20261122
CALLS = 1200
FAULTS = [
    Fault.http(429, retry_after=1),
    Fault.http(429),
    Fault.http(500),
    Fault.http(502),
    Fault.http(503),
    Fault.http(408),
    Fault.drop(after=False),
    Fault.drop(after=True),
    Fault.timeout(after=True),
    Fault.raw(200, b'{"status": "success", "da'),
]
OPERATION = {
    "audience dataset": "create_audience_dataset",
    "audience run": "create_audience_dataset_run",
    "audiencelab audience": "create_audience",
    "leadpipe run": "create_intent_audience_run",
}
GUARDED = {"audience run", "leadpipe run"}  # the API offers a guard: the caller retries


def test_randomized_creates_never_duplicate(capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(SEED)
    clock = ManualClock()
    fake = FakeAPIs(clock)
    options: dict[str, Any] = {"transport": fake.transport(), "clock": clock, "max_retries": 2}
    bz = Buzzabout(api_key=BUZZABOUT_KEY, **options)
    al = AudienceLab(api_key=AUDIENCELAB_KEY, **options)
    lp = Leadpipe(api_key=LEADPIPE_KEY, **options)
    returned: dict[str, set[str]] = {}
    errors: Counter[str] = Counter()
    faults_injected = 0

    for index in range(CALLS):
        kind = rng.choice(list(OPERATION))
        tag = f"call-{index}"
        if kind == "audience run":
            tag = bz.audience_datasets.create(name=f"container-{index}").id  # no fault here
        operation = OPERATION[kind]
        for _ in range(rng.choice((0, 0, 1, 2, 3))):
            fake.inject(operation, rng.choice(FAULTS))
            faults_injected += 1
        attempts = 3 if kind in GUARDED else 1
        for _ in range(attempts):
            try:
                if kind == "audience dataset":
                    got = bz.audience_datasets.create(name=tag).id
                elif kind == "audience run":
                    got = bz.audience_datasets.runs.create(
                        tag, source_dataset_id=SOURCE_DATASET, total_profile_count=5
                    ).id
                elif kind == "audiencelab audience":
                    got = al.audiences.create(name=tag, filters={"city": ["NYC"]}).id
                else:
                    got = lp.intent_audiences.runs.create(INTENT_AUDIENCE, idempotency_key=tag).id
            except ConflictError:
                errors["ConflictError"] += 1
                break  # the guard says a run is already in flight: retrying stops here
            except AudiencesError as exc:
                errors[type(exc).__name__] += 1
                continue
            returned.setdefault(f"{kind}|{tag}", set()).add(got)
            break
        fake.clear_faults()

    made: dict[str, list[str]] = {}
    for entry in fake.ledger:
        kind = next(k for k, op in OPERATION.items() if op == entry.operation)
        if kind == "audience dataset" and not str(entry.tag).startswith("call-"):
            continue  # the containers of the audience runs
        made.setdefault(f"{kind}|{entry.tag}", []).append(entry.resource_id)
    duplicates = {call: ids for call, ids in made.items() if len(ids) > 1}
    assert not duplicates
    for call, ids in returned.items():
        assert ids == set(made.get(call, [])), call  # what the caller got is what exists
    lost = [call for call in returned if call not in made]
    assert not lost
    with capsys.disabled():
        print(
            f"\nno-duplicates: {CALLS} logical creates, {faults_injected} faults injected, "
            f"{len(fake.ledger)} ledger entries, {sum(errors.values())} typed errors "
            f"({dict(errors)}), duplicates found: {len(duplicates)}"
        )
    assert CALLS >= 1000
