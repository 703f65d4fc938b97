"""Fixtures: a recording mock transport and a manual clock."""

from __future__ import annotations

import httpx
import pytest
from audiences.testing import ManualClock

from tests.helpers import Recorder


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def transport(recorder: Recorder) -> httpx.MockTransport:
    return httpx.MockTransport(recorder)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()
