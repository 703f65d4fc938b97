"""``fake_process()``: the fake in a process of its own, as services and other languages use it."""

from __future__ import annotations

import os
import socket
from types import ModuleType

import audiences.testing
import httpx
import pytest
from audiences import AudienceLab, Buzzabout, Leadpipe
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    EMPTY_DATASET,
    FAILING_DATASET,
    FAILING_INTENT_AUDIENCE,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    SOURCE_PATTERN,
    fake_process,
)


def test_real_clients_work_with_its_url_keys_and_ids() -> None:
    with fake_process(speed=10.0) as fake:
        with Buzzabout(api_key=fake.keys["buzzabout"], base_url=fake.base_url) as bz:
            dataset = bz.audience_datasets.create(name="x")
            run = bz.audience_datasets.runs.create(
                dataset.id, source_dataset_id=fake.ids["source_dataset"]
            )
        with AudienceLab(api_key=fake.keys["audiencelab"], base_url=fake.base_url) as al:
            audience = al.audiences.create(name="a", filters={"city": ["NYC"]})
        with Leadpipe(api_key=fake.keys["leadpipe"], base_url=fake.base_url) as lp:
            queued = lp.intent_audiences.runs.create(fake.ids["intent_audience"])
    assert (dataset.name, run.source_dataset_id, queued.audience_id) == (
        "x",
        SOURCE_DATASET,
        INTENT_AUDIENCE,
    )
    assert audience.id


def test_it_reports_the_keys_ids_and_environment() -> None:
    with fake_process() as fake:
        url = fake.base_url
        assert url.startswith("http://127.0.0.1:")
        assert fake.keys == {
            "buzzabout": BUZZABOUT_KEY,
            "audiencelab": AUDIENCELAB_KEY,
            "leadpipe": LEADPIPE_KEY,
        }
        assert fake.ids == {
            "source_dataset": SOURCE_DATASET,
            "empty_dataset": EMPTY_DATASET,
            "failing_dataset": FAILING_DATASET,
            "source_pattern": SOURCE_PATTERN,
            "intent_audience": INTENT_AUDIENCE,
            "failing_intent_audience": FAILING_INTENT_AUDIENCE,
        }
        assert fake.env == {
            "BUZZABOUT_BASE_URL": url,
            "BUZZABOUT_API_KEY": BUZZABOUT_KEY,
            "AUDIENCELAB_BASE_URL": url,
            "AUDIENCELAB_API_KEY": AUDIENCELAB_KEY,
            "LEADPIPE_BASE_URL": url,
            "LEADPIPE_API_KEY": LEADPIPE_KEY,
        }


def test_the_process_is_gone_after_the_block() -> None:
    with fake_process() as fake:
        assert httpx.get(f"{fake.base_url}/no/such/path").status_code == 404
    with pytest.raises(ProcessLookupError):
        os.kill(fake.pid, 0)  # terminated and waited for: no such process, not even a zombie
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{fake.base_url}/no/such/path")


def test_a_process_that_dies_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with (
            pytest.raises(RuntimeError, match=r"`audiences fake` exited before serving"),
            fake_process(port=port),
        ):
            pass


def test_a_process_that_prints_nothing_in_time_is_stopped() -> None:
    with (
        pytest.raises(RuntimeError, match=r"printed nothing in 0\.001 s and was stopped"),
        fake_process(timeout=0.001),
    ):
        pass


def test_the_helper_is_public_and_documented() -> None:
    # Not names of its own: its public submodule (pytest_plugin, loaded by pytest in this
    # run), and pytest's assertion-rewrite globals (@py_builtins: not identifiers).
    public = {
        name
        for name, value in vars(audiences.testing).items()
        if name.isidentifier() and not name.startswith("_") and not isinstance(value, ModuleType)
    }
    assert public == set(audiences.testing.__all__)
    assert "with fake_process(" in (audiences.testing.__doc__ or "")
