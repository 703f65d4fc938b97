"""The house rules of the facade's layout, checked: small modules, one boundary with the
generated client, and cheap imports (generated modules: test_generated_modules.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

PACKAGE = ROOT / "facade" / "audiences"
RUFF = Path(sys.executable).parent / "ruff"
MAX_LINES = 600


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, cwd=ROOT
    )


# The spec table is openapi.yaml's data, generated and drift-checked, not code anyone
# writes: its size follows the spec's.
SPEC_TABLE = PACKAGE / "_spec_table.py"


def test_no_module_is_over_600_lines() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text().splitlines())
        for path in PACKAGE.rglob("*.py")
        if path != SPEC_TABLE
    }
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


@pytest.mark.parametrize(
    ("where", "banned"),
    [
        ("facade/audiences/_async/resources/probe.py", True),
        ("facade/audiences/_models.py", True),
        ("facade/audiences/testing/probe.py", True),
        ("facade/audiences/_vendors/probe.py", False),
    ],
)
def test_only_the_vendor_modules_may_import_the_generated_client(where: str, banned: bool) -> None:
    probe = "from audiences_api.models import CreateAudienceDatasetRequest\n"
    done = subprocess.run(
        [str(RUFF), "check", "--select", "TID251", "--stdin-filename", where, "-"],
        input=probe,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert ("TID251" in done.stdout) is banned, done.stdout


def test_no_generated_name_in_any_public_annotation() -> None:
    """Signatures of the public API never mention the generated client's types."""
    import audiences
    from audiences import testing

    found = []
    for module in (audiences, testing):
        for name in module.__all__:
            value = getattr(module, name)
            for attribute in vars(value).values() if isinstance(value, type) else ():
                annotations = getattr(attribute, "__annotations__", {})
                found += [f"{name}: {a}" for a in annotations.values() if "audiences_api" in str(a)]
    assert found == []


def _modules_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(','.join(sorted(sys.modules)))"
    return set(_run("-c", probe).stdout.strip().split(","))


def test_importing_a_client_loads_neither_models_nor_the_generated_client() -> None:
    extra = _modules_after("from audiences import Buzzabout, AsyncBuzzabout, Leadpipe")
    extra -= _modules_after("import httpx")
    heavy = {"attr", "attrs", "audiences_api", "audiences._models", "dateutil", "anyio", "rich"}
    assert extra & heavy == set()


def test_a_call_loads_only_its_own_area_of_the_generated_client() -> None:
    loaded = _modules_after(
        "from audiences import Buzzabout\n"
        "from audiences.testing import FakeAPIs, BUZZABOUT_KEY\n"
        "fake = FakeAPIs()\n"
        "Buzzabout(api_key=BUZZABOUT_KEY, transport=fake.transport())"
        ".audience_datasets.create(name='x')"
    )
    areas = {m.split(".")[2] for m in loaded if m.startswith("audiences_api.api.")}
    assert areas == {"buzzabout_audience_datasets"}


def test_import_audiences_alone_loads_only_the_standard_library() -> None:
    extra = _modules_after("import audiences") - _modules_after("pass")
    third_party = {m for m in extra if m.split(".")[0] not in sys.stdlib_module_names}
    assert third_party == {"audiences"}
