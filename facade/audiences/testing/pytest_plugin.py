"""A pytest plugin: the embedded fake and clients bound to it, as fixtures.

Installed with the package and registered through the ``pytest11`` entry point, so a
service's suite needs no conftest and no ``pytest_plugins`` line:

    from audiences.testing import Fault

    def test_my_report_survives_a_rate_limit(audiences_fake, buzzabout):
        audiences_fake.inject("list_audience_datasets", Fault.http(429, retry_after=1))
        assert my_report(buzzabout) == []

Every fixture is function-scoped: each test gets a fresh ``FakeAPIs`` on a
``ManualClock`` (waits take no real time) and clients built with the fake's test keys,
its transport and its clock, closed when the test ends. ``-p no:audiences`` turns the
plugin off.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from audiences.testing import AUDIENCELAB_KEY, BUZZABOUT_KEY, LEADPIPE_KEY, FakeAPIs, ManualClock

# The clients load when a test first asks for one (as ``audiences`` loads every name), so
# that a suite that never uses them pays nothing for them: pytest loads this plugin in
# every run where the package is installed.
if TYPE_CHECKING:
    from audiences import (
        AsyncAudienceLab,
        AsyncBuzzabout,
        AsyncLeadpipe,
        AudienceLab,
        Buzzabout,
        Leadpipe,
    )

__all__ = [
    "async_audiencelab",
    "async_buzzabout",
    "async_leadpipe",
    "audiencelab",
    "audiences_fake",
    "buzzabout",
    "leadpipe",
]


@pytest.fixture
def audiences_fake() -> FakeAPIs:
    """A fresh fake of the three APIs on a ``ManualClock`` (``audiences_fake.clock``)."""
    return FakeAPIs(ManualClock())


@pytest.fixture
def buzzabout(audiences_fake: FakeAPIs) -> Iterator[Buzzabout]:
    """A ``Buzzabout`` client bound to ``audiences_fake`` (its key, transport and clock)."""
    from audiences import Buzzabout  # noqa: PLC0415

    with Buzzabout(
        api_key=BUZZABOUT_KEY, transport=audiences_fake.transport(), clock=audiences_fake.clock
    ) as client:
        yield client


@pytest.fixture
def audiencelab(audiences_fake: FakeAPIs) -> Iterator[AudienceLab]:
    """An ``AudienceLab`` client bound to ``audiences_fake``."""
    from audiences import AudienceLab  # noqa: PLC0415

    with AudienceLab(
        api_key=AUDIENCELAB_KEY, transport=audiences_fake.transport(), clock=audiences_fake.clock
    ) as client:
        yield client


@pytest.fixture
def leadpipe(audiences_fake: FakeAPIs) -> Iterator[Leadpipe]:
    """A ``Leadpipe`` client bound to ``audiences_fake``."""
    from audiences import Leadpipe  # noqa: PLC0415

    with Leadpipe(
        api_key=LEADPIPE_KEY, transport=audiences_fake.transport(), clock=audiences_fake.clock
    ) as client:
        yield client


# The async clients are plain (sync) fixtures, so they serve any async runner: an
# ``asyncio.run`` in the test, pytest-asyncio, anyio's plugin. Each is closed after its test
# in an event loop of its own (the fake's transport holds no connection to a loop).


@pytest.fixture
def async_buzzabout(audiences_fake: FakeAPIs) -> Iterator[AsyncBuzzabout]:
    """An ``AsyncBuzzabout`` client bound to ``audiences_fake``."""
    from audiences import AsyncBuzzabout  # noqa: PLC0415

    client = AsyncBuzzabout(
        api_key=BUZZABOUT_KEY, transport=audiences_fake.transport(), clock=audiences_fake.clock
    )
    yield client
    asyncio.run(client.aclose())


@pytest.fixture
def async_audiencelab(audiences_fake: FakeAPIs) -> Iterator[AsyncAudienceLab]:
    """An ``AsyncAudienceLab`` client bound to ``audiences_fake``."""
    from audiences import AsyncAudienceLab  # noqa: PLC0415

    client = AsyncAudienceLab(
        api_key=AUDIENCELAB_KEY, transport=audiences_fake.transport(), clock=audiences_fake.clock
    )
    yield client
    asyncio.run(client.aclose())


@pytest.fixture
def async_leadpipe(audiences_fake: FakeAPIs) -> Iterator[AsyncLeadpipe]:
    """An ``AsyncLeadpipe`` client bound to ``audiences_fake``."""
    from audiences import AsyncLeadpipe  # noqa: PLC0415

    client = AsyncLeadpipe(
        api_key=LEADPIPE_KEY, transport=audiences_fake.transport(), clock=audiences_fake.clock
    )
    yield client
    asyncio.run(client.aclose())
