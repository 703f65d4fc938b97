"""The generated client: present, importable, tolerant of new words and fields, and in sync."""

from __future__ import annotations

import datetime
import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from audiences_api.models import (
    AudienceDatasetRunEnvelope,
    AudienceProfileList,
    BuzzaboutFieldErrors,
    DatasetRunEnvelope,
    IntentAudienceRunEnvelope,
    IntentAudienceRunResultsEnvelope,
    MentionList,
    PreviewResultEnvelope,
    RunStatusObject,
)

from tests.data import AUDIENCE_PROFILE, DATASET_RUN, LEADPIPE_RUN, MENTION, OPERATIONS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("operation_id", "tag"), [(o[2], o[3]) for o in OPERATIONS])
def test_every_operation_has_a_generated_module(operation_id: str, tag: str) -> None:
    module = importlib.import_module(f"audiences_api.api.{tag.replace('-', '_')}.{operation_id}")
    assert callable(module.sync_detailed)
    assert callable(module.asyncio_detailed)


def test_unknown_status_word_and_fields_survive_the_generated_models() -> None:
    body = {
        "status": "success_v2",
        "data": {
            "id": "adr_1",
            "status": {
                "type": "paused_for_review",
                "steps": [{"name": "brand_new_step", "completed_at": 1714564890, "colour": "blue"}],
                "eta": 12,
            },
            "created_at": "2026-05-01T12:00:30Z",
            "shiny_new_field": {"nested": True},
        },
    }
    parsed = AudienceDatasetRunEnvelope.from_dict(body)
    assert parsed.status == "success_v2"
    status = parsed.data.status
    assert isinstance(status, RunStatusObject)
    assert status.type_ == "paused_for_review"
    assert type(status.type_) is str
    assert status.steps[0].name == "brand_new_step"  # type: ignore[index]
    assert status.steps[0].additional_properties == {"colour": "blue"}  # type: ignore[index]
    assert status.additional_properties == {"eta": 12}
    assert parsed.data.additional_properties == {"shiny_new_field": {"nested": True}}
    assert parsed.data.created_at == datetime.datetime(2026, 5, 1, 12, 0, 30, tzinfo=datetime.UTC)


def test_known_and_unknown_words_are_plain_strings() -> None:
    """Open words are plain strings: a known word and a new one parse the same way."""
    for word in ("working", "brand_new_word"):
        parsed = AudienceDatasetRunEnvelope.from_dict(
            {"status": "success", "data": {"id": "a", "status": word}}
        )
        assert parsed.data.status == word
        assert type(parsed.data.status) is str
    preview = PreviewResultEnvelope.from_dict(
        {"status": "info", "data": {"results": [{"post_id": "1", "source": "threads"}]}}
    )
    assert preview.data.results[0].source == "threads"


def test_nullable_fields_accept_null() -> None:
    """Fields the documents show absent may arrive as null too."""
    parsed = AudienceDatasetRunEnvelope.from_dict(
        {
            "status": "success",
            "data": {
                "id": "a",
                "status": {"type": "pending", "steps": None},
                "profile_count": None,
                "target_profile_count": None,
                "updated_at": None,
            },
        }
    )
    assert parsed.data.profile_count is None
    assert parsed.data.updated_at is None


def test_leadpipe_unknown_status_and_run_type() -> None:
    parsed = IntentAudienceRunEnvelope.from_dict(
        {
            "data": {
                "id": "r",
                "status": "archived",
                "runType": "hourly",
                "dataDate": "2026-05-04",
                "newThing": 1,
            }
        }
    )
    assert parsed.data.status == "archived"
    assert parsed.data.run_type == "hourly"
    assert parsed.data.additional_properties == {"newThing": 1}


def test_new_words_and_fields_survive_the_read_models() -> None:
    """From search to results: unknown words and fields in what servers send still parse."""
    mention = {**MENTION, "source": "threads", "sparkle": 1, "emotions": {"joy": "0.9"}}
    page = MentionList.from_dict({"status": "success", "data": [mention], "has_next": False})
    assert (page.data[0].source, page.data[0].additional_properties) == ("threads", {"sparkle": 1})
    assert page.data[0].engagement_rate == "0.020"  # a decimal string, as sent
    profile = {**AUDIENCE_PROFILE, "creator_tier": "giga", "ocean": None, "summary": None}
    profiles = AudienceProfileList.from_dict(
        {"status": "success", "data": [profile], "has_next": False}
    )
    assert (profiles.data[0].creator_tier, profiles.data[0].ocean) == ("giga", None)
    params = {**DATASET_RUN["params"], "search_query": {"type": "hashtag", "tags": ["#x"]}}  # type: ignore[dict-item]
    run = DatasetRunEnvelope.from_dict(
        {"status": "success", "data": {**DATASET_RUN, "params": params}}
    )
    assert run.data.params.search_query.type_ == "hashtag"  # type: ignore[union-attr]
    results = IntentAudienceRunResultsEnvelope.from_dict(
        {
            "data": {
                "run": LEADPIPE_RUN,
                "state": "warming_up",
                "results": [{"anything": 1}],
                "total": 1,
            }
        }
    )
    assert results.data.results[0].additional_properties == {"anything": 1}
    errors = BuzzaboutFieldErrors.from_dict({"message": "m", "errors": {"body.limit": "too big"}})
    assert errors.errors["body.limit"] == "too big"


def test_generated_code_matches_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
