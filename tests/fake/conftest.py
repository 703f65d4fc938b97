"""The in-process fake for the fake's own tests: a ``FakeAPIs`` on the suite's manual clock,
and a Buzzabout client of raw httpx on it (the fake is tested on the wire, not through the
facade)."""

from __future__ import annotations

import httpx
import pytest
from audiences.testing import BUZZABOUT_KEY, FakeAPIs, ManualClock


@pytest.fixture
def fake(clock: ManualClock) -> FakeAPIs:
    return FakeAPIs(clock)


@pytest.fixture
def bz(fake: FakeAPIs) -> httpx.Client:
    return httpx.Client(
        transport=fake.transport(),
        base_url="https://api.buzzabout.ai",
        headers={"x-api-key": BUZZABOUT_KEY},
    )
