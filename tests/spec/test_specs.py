"""specs/*.yaml: one self-contained spec per vendor, derived from openapi.yaml and in sync."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.data import HOSTS, METHODS, OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
VENDORS = ["buzzabout", "audiencelab", "leadpipe"]


def _load(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text())
    return loaded


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_specs_match_openapi_yaml() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "specs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_spec_is_self_contained(vendor: str) -> None:
    spec = _load(vendor)
    validate(spec)
    hosts, scheme = HOSTS[vendor]
    assert [s["url"] for s in spec["servers"]] == hosts
    assert list(spec["components"]["securitySchemes"]) == [scheme]
    assert spec["security"] == [{scheme: []}]
    for item in spec["paths"].values():
        assert "servers" not in item  # top-level servers only: generators ignore the others
    found = {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS
    }
    assert found == {o[2] for o in OPERATIONS if o[3].startswith(f"{vendor}-")}
    refs = _refs(spec)
    assert all(r.startswith("#/components/") for r in refs)  # nothing outside the file
    for ref in refs:
        node: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
    used = {r.removeprefix("#/components/") for r in refs}
    declared = {
        f"{kind}/{name}"
        for kind, entries in spec["components"].items()
        if kind != "securitySchemes"
        for name in entries
    }
    assert declared == used  # only the components this vendor's paths reach
