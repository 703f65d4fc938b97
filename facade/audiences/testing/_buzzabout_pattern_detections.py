"""Buzzabout pattern detections (tag ``buzzabout-pattern-detections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audiences.testing._buzzabout_datasets import live_dataset
from audiences.testing._checks import Reject, bz_error, bz_ok, new_id
from audiences.testing._corpus import mentions_count
from audiences.testing._credits import charge
from audiences.testing._routes import operation
from audiences.testing._rows import PENDING_SECONDS, Account, PatternRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

PATTERN_SECONDS = 30.0


def pattern_json(fake: FakeAPIs, row: PatternRow) -> dict[str, Any]:
    """A pattern detection as the API shows it now."""
    age = fake.now() - row.created
    kind = "working" if age < PATTERN_SECONDS else "completed"
    if age < PENDING_SECONDS:
        kind = "pending"
    data: dict[str, Any] = {
        "run_id": row.id,
        "dataset_id": row.dataset_id,
        "name": row.name,
        "research_question": row.research_question,
        "status": {"type": kind, "steps": []},
        "created_at": int(row.created),
    }
    if kind == "completed":
        data["pattern_id"] = row.pattern_id
    return data


@operation("create_pattern_detection")
def create_pattern_detection(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Start a pattern detection over a dataset (202)."""
    dataset_id = req.data["dataset_id"]
    name, question = req.data["name"], req.data["research_question"]
    dataset = live_dataset(account, dataset_id)
    charge(
        account,
        fake.now(),
        "post_processing",
        mentions_count(dataset, fake.now()),
        refusal=(
            "insufficient_credits_pattern_detection",
            "Insufficient credits to start this pattern detection",
        ),
    )
    row = PatternRow(
        id=new_id("pdr_"),
        dataset_id=dataset_id,
        name=name,
        research_question=question,
        created=fake.now(),
        pattern_id=new_id("pt_"),
    )
    account.patterns[row.id] = row
    fake.record("create_pattern_detection", row.id, account, name)
    return bz_ok(202, pattern_json(fake, row))


@operation("get_pattern_detection")
def get_pattern_detection(
    fake: FakeAPIs, account: Account, req: FakeRequest, run_id: str
) -> FakeResponse:
    """One pattern detection, as it stands now."""
    row = account.patterns.get(run_id)
    if row is None:
        raise Reject(
            bz_error(404, "pattern_detection_run_not_found", "Pattern detection run not found")
        )
    return bz_ok(200, pattern_json(fake, row))
