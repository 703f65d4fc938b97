"""audiences.testing: an embedded, stateful fake of the Buzzabout, AudienceLab and Leadpipe APIs.

    from audiences import Buzzabout
    from audiences.testing import FakeAPIs, ManualClock, BUZZABOUT_KEY, SOURCE_DATASET

    clock = ManualClock()
    fake = FakeAPIs(clock)
    bz = Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport(), clock=clock)
    ds = bz.audience_datasets.create(name="cold brew creators")
    run = bz.wait(bz.audience_datasets.runs.create(ds.id, source_dataset_id=SOURCE_DATASET))

Passing the same ``ManualClock`` to the fake and to the client makes waiting instant.
``fake.inject(operation_id, Fault.http(429, retry_after=1))`` switches faults on;
``fake.serve()`` serves the same state over HTTP on loopback, in a thread.
"""

from audiences.testing._clock import ManualClock, ScaledClock
from audiences.testing._fake import FakeAPIs
from audiences.testing._rows import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    EMPTY_DATASET,
    FAILING_DATASET,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    LedgerEntry,
)
from audiences.testing._wire import FakeRequest, FakeResponse, Fault

__all__ = [
    "AUDIENCELAB_KEY",
    "BUZZABOUT_KEY",
    "EMPTY_DATASET",
    "FAILING_DATASET",
    "INTENT_AUDIENCE",
    "LEADPIPE_KEY",
    "SOURCE_DATASET",
    "FakeAPIs",
    "FakeRequest",
    "FakeResponse",
    "Fault",
    "LedgerEntry",
    "ManualClock",
    "ScaledClock",
]
