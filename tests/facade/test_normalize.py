"""Table-driven tests of the pure normalizers: timestamps, statuses, case."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from audiences import Progress, RunStatus, Step
from audiences._case import snake_case
from audiences._status import (
    counter_status,
    failed_step_message,
    normalize_steps,
    normalize_word,
    status_word,
)
from audiences._time import TimestampError, to_date, to_utc

UTC = dt.UTC


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2026-05-01T12:00:00Z", dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),
        ("2026-05-01T12:00:00+00:00", dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),
        ("2026-05-01T14:00:00+02:00", dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),
        ("2026-05-05T07:49:00.675Z", dt.datetime(2026, 5, 5, 7, 49, 0, 675000, tzinfo=UTC)),
        ("2026-05-05T09:30:00.000Z", dt.datetime(2026, 5, 5, 9, 30, tzinfo=UTC)),
        ("2026-05-01T12:00:00", dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),  # naive: read as UTC
        ("2026-05-01T12:00:00.123456789Z", dt.datetime(2026, 5, 1, 12, 0, 0, 123456, tzinfo=UTC)),
        (" 2026-05-01T12:00:00Z ", dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),
        (1714564890, dt.datetime(2024, 5, 1, 12, 1, 30, tzinfo=UTC)),
        (1717200000, dt.datetime(2024, 6, 1, tzinfo=UTC)),
        (1746090862.5, dt.datetime(2025, 5, 1, 9, 14, 22, 500000, tzinfo=UTC)),
        (dt.datetime(2026, 5, 1, 12), dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),
        (
            dt.datetime(2026, 5, 1, 14, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            dt.datetime(2026, 5, 1, 12, tzinfo=UTC),
        ),
        (None, None),
    ],
)
def test_timestamps_become_aware_utc(wire: Any, expected: dt.datetime | None) -> None:
    result = to_utc(wire)
    assert result == expected
    if result is not None:
        assert result.tzinfo is UTC


@pytest.mark.parametrize(
    "wire", ["yesterday", "", "2026-13-01T00:00:00Z", True, [], {"t": 1}, 10**20, float("nan")]
)
def test_bad_timestamps_raise_timestamp_error(wire: Any) -> None:
    with pytest.raises(TimestampError):
        to_utc(wire)


@pytest.mark.parametrize(
    ("wire", "expected"),
    [("2026-05-04", dt.date(2026, 5, 4)), (dt.date(2026, 5, 4), dt.date(2026, 5, 4)), (None, None)],
)
def test_dates(wire: Any, expected: dt.date | None) -> None:
    assert to_date(wire) == expected


def test_bad_date() -> None:
    with pytest.raises(TimestampError):
        to_date("4 May 2026")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("pending", RunStatus.QUEUED),
        ("working", RunStatus.RUNNING),
        ("processing", RunStatus.RUNNING),
        ("completed", RunStatus.COMPLETED),
        ("failed", RunStatus.FAILED),
        ("queued", RunStatus.QUEUED),
        ("running", RunStatus.RUNNING),
        ("cancelled", RunStatus.CANCELLED),
        ("COMPLETED", RunStatus.COMPLETED),
        ("paused_for_review", RunStatus.UNKNOWN),
        ("", RunStatus.UNKNOWN),
        (None, RunStatus.UNKNOWN),
    ],
)
def test_status_words(word: str | None, expected: RunStatus) -> None:
    assert normalize_word(word) is expected


@pytest.mark.parametrize(
    ("wire", "word"),
    [
        ("working", "working"),
        ({"type": "pending", "steps": []}, "pending"),
        ({"type": "processing"}, "processing"),
        ({}, None),
        (None, None),
    ],
)
def test_status_shapes(wire: Any, word: str | None) -> None:
    assert status_word(wire) == word


def test_terminal_statuses() -> None:
    assert {s for s in RunStatus if s.is_terminal} == {
        RunStatus.COMPLETED,
        RunStatus.FAILED,
        RunStatus.CANCELLED,
    }


def test_steps_and_the_failed_step_message() -> None:
    steps = normalize_steps(
        [
            {"name": "fetch_posts", "completed_at": 1714564890},
            {"name": "collect_profiles", "completed_at": 1714565410, "error_message": "blocked"},
            {"name": "analyze_profiles"},
        ]
    )
    assert steps[0] == Step("fetch_posts", dt.datetime(2024, 5, 1, 12, 1, 30, tzinfo=UTC))
    assert steps[2].completed_at is None
    assert failed_step_message(steps) == "collect_profiles: blocked"
    assert failed_step_message(steps[:1]) is None


@pytest.mark.parametrize(
    ("status", "progress", "expected"),
    [
        (RunStatus.RUNNING, Progress(124, 2, 187), RunStatus.RUNNING),
        (RunStatus.RUNNING, Progress(185, 2, 187), RunStatus.COMPLETED),  # the documents' rule
        (RunStatus.UNKNOWN, Progress(187, 0, 187), RunStatus.COMPLETED),
        (RunStatus.QUEUED, Progress(0, 0, 0), RunStatus.QUEUED),  # nothing counted yet
        (RunStatus.FAILED, Progress(187, 0, 187), RunStatus.FAILED),
        (RunStatus.RUNNING, None, RunStatus.RUNNING),
    ],
)
def test_custom_parameter_counter_rule(
    status: RunStatus, progress: Progress | None, expected: RunStatus
) -> None:
    assert counter_status(status, progress) is expected


def test_progress_fraction() -> None:
    assert Progress(124, 2, 187).fraction == pytest.approx(126 / 187)
    assert Progress(0, 0, 0).fraction == 0.0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("audienceId", "audience_id"),
        ("organizationId", "organization_id"),
        ("readyEmailExportId", "ready_email_export_id"),
        ("dataDate", "data_date"),
        ("HTTPStatus", "http_status"),
        ("already_snake", "already_snake"),
        ("id", "id"),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected
