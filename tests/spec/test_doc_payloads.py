"""Every payload printed in the vendor documents validates against the spec's schema for it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.data import PAYLOADS
from tests.helpers import errors


@pytest.mark.parametrize(("what", "schema", "payload"), PAYLOADS, ids=[p[0] for p in PAYLOADS])
def test_document_payload_validates(
    spec: dict[str, Any], what: str, schema: str, payload: Any
) -> None:
    assert not errors(spec, {"$ref": f"#/components/schemas/{schema}"}, payload), what


def test_wire_inconsistencies_are_accepted(spec: dict[str, Any]) -> None:
    """Both status shapes, every timestamp shape, and unknown words validate."""
    run = {"$ref": "#/components/schemas/AudienceDatasetRun"}
    assert not errors(spec, run, {"id": "adr_1", "status": "working"})
    assert not errors(
        spec,
        run,
        {"id": "adr_1", "status": {"type": "brand_new_word", "steps": [{"name": "new_step"}]}},
    )
    lp = {"$ref": "#/components/schemas/IntentAudienceRun"}
    assert not errors(
        spec, lp, {"id": "r", "status": "paused", "runType": "hourly", "dataDate": "2026-05-04"}
    )
    assert errors(spec, lp, {"id": "r", "status": "queued", "dataDate": "4 May"})
