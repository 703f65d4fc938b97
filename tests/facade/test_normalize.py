"""Table-driven tests of the pure normalizers: timestamps, statuses, field readers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from audiences import Progress, RunStatus, Step
from audiences._read import Fields, ShapeError
from audiences._status import counter_status, failed_step_message, normalize_word
from audiences._time import TimestampError, to_date, to_utc
from audiences._vendors._buzzabout import status

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
    ("wire", "expected"),
    [
        ("working", (RunStatus.RUNNING, "working", ())),
        ({"type": "pending", "steps": []}, (RunStatus.QUEUED, "pending", ())),
        ({"type": "processing"}, (RunStatus.RUNNING, "processing", ())),
        ({}, (RunStatus.UNKNOWN, None, ())),
        (None, (RunStatus.UNKNOWN, None, ())),
    ],
)
def test_status_shapes(wire: Any, expected: tuple[RunStatus, str | None, tuple[Step, ...]]) -> None:
    assert status(Fields({"status": wire}, "data")) == expected


@pytest.mark.parametrize(
    ("wire", "message"),
    [
        (["working"], "data.status: expected a string or an object, got array"),
        ({"type": 3}, "data.status.type: expected a string, got number"),
        ({"type": "working", "steps": {}}, "data.status.steps: expected an array, got object"),
        (
            {"type": "working", "steps": ["x"]},
            "data.status.steps[0]: expected an object, got string",
        ),
    ],
)
def test_malformed_statuses_name_the_field(wire: Any, message: str) -> None:
    with pytest.raises(ShapeError) as caught:
        status(Fields({"status": wire}, "data"))
    assert str(caught.value) == message


def test_terminal_statuses() -> None:
    assert {s for s in RunStatus if s.is_terminal} == {
        RunStatus.COMPLETED,
        RunStatus.FAILED,
        RunStatus.CANCELLED,
    }


def test_steps_and_the_failed_step_message() -> None:
    wire = {
        "type": "failed",
        "steps": [
            {"name": "fetch_posts", "completed_at": 1714564890},
            {"name": "collect_profiles", "completed_at": 1714565410, "error_message": "blocked"},
            {"name": "analyze_profiles"},
        ],
    }
    _, _, steps = status(Fields({"status": wire}, "data"))
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
    ("key", "wire", "expected"),
    [
        ("integer", 850, 850),
        ("integer", 850.0, 850),
        ("integer", None, None),
        ("number", "0.020", 0.02),
        ("number", 0.052, 0.052),
        ("number", 87, 87.0),
        ("flag", False, False),
        ("text", "x", "x"),
        ("stamp", 1714564890, dt.datetime(2024, 5, 1, 12, 1, 30, tzinfo=UTC)),
        ("stamp", "2026-05-01T12:00:00Z", dt.datetime(2026, 5, 1, 12, tzinfo=UTC)),
        ("stamp", "not a time", None),  # lenient: one bad timestamp never loses the object
        ("stamp", {"x": 1}, None),
        ("day", "2026-05-04", dt.date(2026, 5, 4)),
        ("strings", ["a", "b"], ("a", "b")),
        ("strings", None, ()),
    ],
)
def test_field_readers(key: str, wire: Any, expected: Any) -> None:
    assert getattr(Fields({"f": wire}, "data"), key)("f") == expected


@pytest.mark.parametrize(
    ("key", "wire", "message"),
    [
        ("integer", "850", "data.f: expected an integer, got string"),
        ("integer", True, "data.f: expected an integer, got boolean"),
        ("integer", 8.5, "data.f: expected an integer, got number"),
        ("number", "n/a", "data.f: expected a number or a decimal string, got string"),
        ("number", "nan", "data.f: expected a finite number, got string"),
        ("text", {"x": 1}, "data.f: expected a string, got object"),
        ("ident", "", "data.f: expected a non-empty id string, got string"),
        ("ident", 7, "data.f: expected a non-empty id string, got number"),
        ("flag", "true", "data.f: expected a boolean, got string"),
        ("strings", ["a", 1], "data.f[1]: expected a string, got number"),
    ],
)
def test_field_readers_name_what_is_wrong(key: str, wire: Any, message: str) -> None:
    with pytest.raises(ShapeError) as caught:
        getattr(Fields({"f": wire}, "data"), key)("f")
    assert str(caught.value) == message
