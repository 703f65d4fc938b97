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

For code under test that runs in another process (a service, a CLI, another language),
``fake_process()`` starts the fake in a process of its own (``audiences fake --json``)
and gives its URL, keys, ready-made ids and the six ``*_BASE_URL``/``*_API_KEY``
variables; the process is stopped when the block ends:

    from audiences.testing import fake_process

    with fake_process(speed=60) as fake:
        bz = Buzzabout(api_key=fake.keys["buzzabout"], base_url=fake.base_url)
        subprocess.run(["my-service", "--dataset", fake.ids["source_dataset"]],
                       env={**os.environ, **fake.env}, check=True)
"""

from audiences.testing._clock import ManualClock, ScaledClock
from audiences.testing._fake import FakeAPIs
from audiences.testing._process import FakeProcess, fake_process
from audiences.testing._rows import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    EMPTY_DATASET,
    FAILING_DATASET,
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    SOURCE_PATTERN,
    LedgerEntry,
)
from audiences.testing._wire import FakeRequest, FakeResponse, Fault

__all__ = [
    "AUDIENCELAB_KEY",
    "BUZZABOUT_KEY",
    "EMPTY_DATASET",
    "FAILING_DATASET",
    "FAILING_INTENT_AUDIENCE",
    "INTENT_AUDIENCE",
    "LEADPIPE_KEY",
    "SOURCE_DATASET",
    "SOURCE_PATTERN",
    "FakeAPIs",
    "FakeProcess",
    "FakeRequest",
    "FakeResponse",
    "Fault",
    "LedgerEntry",
    "ManualClock",
    "ScaledClock",
    "fake_process",
]
