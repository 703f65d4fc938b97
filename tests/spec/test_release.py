"""The breaking-change gate: real on both halves, and passing on the current state."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import api_surface  # noqa: E402 - scripts/ is not a package
import release  # noqa: E402

pytestmark = pytest.mark.node  # api-smart-diff runs on node


@pytest.fixture(scope="module")
def baseline() -> str:
    found = release.latest_release()
    assert found is not None, "no release under releases/: run `make release`"
    return found


@pytest.fixture(scope="module")
def released_spec(baseline: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (ROOT / "releases" / baseline / "openapi.yaml").read_text()
    )
    return loaded


@pytest.fixture(scope="module")
def released_api(baseline: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (ROOT / "releases" / baseline / "python-api.json").read_text()
    )
    return loaded


def test_the_current_state_passes_the_gate() -> None:
    assert release.check() == 0


def test_a_removed_response_field_is_breaking(released_spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(released_spec)
    del changed["components"]["schemas"]["AudienceDataset"]["properties"]["profile_count"]
    found = release.spec_breaking_changes(released_spec, changed)
    assert any("profile_count" in line for line in found), found


def test_what_breaks_generated_clients_is_breaking(released_spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(released_spec)
    changed["paths"]["/v1/audience_datasets"]["post"]["operationId"] = "make_audience_dataset"
    changed["components"]["schemas"]["Dataset"] = changed["components"]["schemas"].pop(
        "AudienceDataset"
    )
    for schema in ("AudienceDatasetEnvelope", "AudienceDatasetList"):
        text = json.dumps(changed["components"]["schemas"][schema])
        changed["components"]["schemas"][schema] = json.loads(
            text.replace('schemas/AudienceDataset"', 'schemas/Dataset"')
        )
    found = release.spec_breaking_changes(released_spec, changed)
    assert any("operationId" in line for line in found), found
    assert any("schema AudienceDataset removed" in line for line in found), found


def test_an_added_optional_field_is_not_breaking(released_spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(released_spec)
    props = changed["components"]["schemas"]["AudienceDataset"]["properties"]
    props["url"] = {"type": "string", "description": "New."}
    assert release.spec_breaking_changes(released_spec, changed) == []


def test_a_removed_python_parameter_is_breaking(released_api: dict[str, Any]) -> None:
    changed = copy.deepcopy(released_api)
    method = changed["members"]["Buzzabout/audience_datasets"]["members"]["list"]
    method["parameters"] = [p for p in method["parameters"] if p["name"] != "order"]
    found = api_surface.breaking_changes(released_api, changed)
    assert found == [
        "audiences.Buzzabout/audience_datasets.list: Parameter was removed (parameter `order`)"
    ]


def test_a_removed_public_name_or_base_is_breaking(released_api: dict[str, Any]) -> None:
    changed = copy.deepcopy(released_api)
    del changed["members"]["testing"]["members"]["SOURCE_DATASET"]
    del changed["members"]["ConflictError"]["members"]["<subclass of APIStatusError>"]
    found = api_surface.breaking_changes(released_api, changed)
    assert len(found) == 2, found


def test_the_verdict_needs_a_major_bump_and_a_changelog_entry() -> None:
    good = "## [2.0.0] - 2027-01-01\n### Removed\n- `AudienceDataset.profile_count`.\n"
    assert release.verdict("1.0.0", "1.0.0", False, "")[0]
    assert not release.verdict("1.1.0", "1.0.0", True, good.replace("2.0.0", "1.1.0"))[0]
    assert not release.verdict("2.0.0", "1.0.0", True, "## [2.0.0]\n### Added\n- x\n")[0]
    assert not release.verdict("2.0.0", "1.0.0", True, "## [2.0.0]\n### Removed\n\n")[0]
    assert release.verdict("2.0.0", "1.0.0", True, good)[0]


def test_the_changelog_has_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text()
    assert release.changelog_section(text, release.current_version()) is not None
    assert "## [Unreleased]" in text
