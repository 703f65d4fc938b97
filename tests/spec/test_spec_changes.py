"""A change to openapi.yaml reaches the facade, the fake and the command line, or a test
names what to change: tried on scratch copies of the spec, as a maintainer would.

Each case writes a changed copy of openapi.yaml, derives the spec table from it into a
copy of the package (and, where the change touches the generated client, regenerates it
too), then runs the suite's own checks against that copy in a subprocess (``PYTHONPATH``
puts the copy first; ``AUDIENCES_SPEC`` makes the tests judge by the changed spec).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.helpers import ROOT

SCRIPTS = ROOT / "scripts"
Change = Callable[[dict[str, Any]], None]


def scratch(tmp_path: Path, change: Change, *, client: bool = False) -> dict[str, str]:
    """The environment of a package whose spec table (and generated client, if ``client``)
    come from openapi.yaml changed by ``change``."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    change(spec)
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    package = tmp_path / "pkg"
    shutil.copytree(
        ROOT / "facade" / "audiences",
        package / "audiences",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    table = package / "audiences" / "_spec_table.py"
    _python(SCRIPTS / "spec_table.py", "--spec", str(changed), "--output", str(table))
    paths = [str(package)]
    if client:
        generated = tmp_path / "gen"
        code = (
            f"import sys; sys.path.insert(0, {str(SCRIPTS)!r}); import generate; "
            f"generate.generate(__import__('pathlib').Path({str(generated / 'audiences_api')!r}), "
            f"__import__('pathlib').Path({str(changed)!r}))"
        )
        _python("-c", code)
        paths.append(str(generated))
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "AUDIENCES_SPEC": str(changed)}


def _python(*args: str | Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def pytest_in(env: dict[str, str], *tests: str) -> subprocess.CompletedProcess[str]:
    """The suite's ``tests`` run against the scratch package."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-cov", *tests],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )


TIES = "tests/spec/test_ties.py"


def _paths(spec: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = spec["paths"]
    return paths


def test_the_copy_of_the_package_is_the_one_tested(tmp_path: Path) -> None:
    env = scratch(tmp_path, lambda spec: None)
    found = _python("-c", "import audiences; print(audiences.__file__)", env=env)
    assert found.strip() == str(tmp_path / "pkg" / "audiences" / "__init__.py")
    done = pytest_in(env, TIES)
    assert done.returncode == 0, done.stdout[-3000:]


def test_a_renamed_response_property_fails_naming_the_reader_and_the_handler(
    tmp_path: Path,
) -> None:
    def rename(spec: dict[str, Any]) -> None:
        properties = spec["components"]["schemas"]["AudienceDataset"]["properties"]
        properties["profiles_count"] = properties.pop("profile_count")

    done = pytest_in(scratch(tmp_path, rename), TIES)
    assert done.returncode == 1
    reader = "audiences._vendors.buzzabout_audience_datasets.read_dataset"
    assert (
        f"schema AudienceDataset property 'profiles_count' has no field of {reader}" in done.stdout
    )
    assert (
        f"schema AudienceDataset property 'profiles_count' is neither read by {reader}"
        in done.stdout
    )
    # The fake still sends the old name: its handler is named with what the strict spec refuses.
    assert (
        "get_audience_dataset 200: data: Unevaluated properties are not allowed ('profile_count' was unexpected)"
        in done.stdout
    )


def test_a_raised_request_bound_is_accepted_by_the_facade_the_fake_and_the_cli(
    tmp_path: Path,
) -> None:
    def raise_count(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["CreateDatasetRunRequest"]["properties"]["count"][
            "maximum"
        ] = 1000

    env = scratch(tmp_path, raise_count)
    done = pytest_in(env, "tests/facade/test_spec_bounds.py", "-k", "create_dataset_run and count")
    assert done.returncode == 0, done.stdout[-3000:]
    assert "create_dataset_run body.count=1000" in _collected(env)
    started = _python(
        "-c",
        "from audiences import Buzzabout\n"
        "from audiences.testing import BUZZABOUT_KEY, SOURCE_DATASET, FakeAPIs\n"
        "bz = Buzzabout(api_key=BUZZABOUT_KEY, transport=FakeAPIs().transport())\n"
        "run = bz.datasets.runs.create(SOURCE_DATASET, search_query='x', sources=['reddit'], count=600)\n"
        "print(run.status, run.params)\n",
        env=env,
    )
    assert started.startswith("queued")
    shown = _python(
        "-m", "audiences", "datasets", "start-run", "--help", env={**env, "COLUMNS": "200"}
    )
    assert "posts to collect (20-1000, default 200)" in shown


def _collected(env: dict[str, str]) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--collect-only",
            "tests/facade/test_spec_bounds.py",
            "-k",
            "count",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )
    return done.stdout


def test_a_new_status_word_breaks_nothing(tmp_path: Path) -> None:
    def new_word(spec: dict[str, Any]) -> None:
        for name in ("RunStatusType", "IntentRunStatus"):
            spec["components"]["schemas"][name]["x-extensible-enum"].append("paused")

    env = scratch(tmp_path, new_word, client=True)
    done = pytest_in(env, TIES, "tests/facade/test_spec_bounds.py")
    assert done.returncode == 0, done.stdout[-3000:]
    read = _python(
        "-c",
        "import httpx\n"
        "from audiences import Buzzabout, RunStatus\n"
        "run = {'status': 'success', 'data': {'id': 'dr_1', 'status': {'type': 'paused', 'steps': []}}}\n"
        "bz = Buzzabout(api_key='bz_test_k', transport=httpx.MockTransport(lambda r: httpx.Response(200, json=run)))\n"
        "seen = bz.datasets.runs.get('ds_1', 'dr_1')\n"
        "assert (seen.status, seen.raw_status) == (RunStatus.UNKNOWN, 'paused'), seen\n"
        "from audiences_api.models import DatasetRunEnvelope\n"
        "print(DatasetRunEnvelope.from_dict(run).data.status.type_)\n",
        env=env,
    )
    assert read.strip() == "paused"


def test_an_operation_added_to_the_spec_fails_naming_the_missing_method_and_handler(
    tmp_path: Path,
) -> None:
    def add(spec: dict[str, Any]) -> None:
        runs = _paths(spec)["/v1/datasets/{dataset_id}/runs"]
        _paths(spec)["/v1/datasets/{dataset_id}/exports"] = {
            "parameters": runs["parameters"],
            "post": {
                "tags": ["buzzabout-datasets"],
                "operationId": "create_dataset_export",
                "summary": "Export a dataset",
                "security": [{"BuzzaboutApiKey": []}],
                "responses": runs["post"]["responses"],
            },
        }

    done = pytest_in(scratch(tmp_path, add, client=True), TIES)
    assert done.returncode == 1
    where = "create_dataset_export (POST /v1/datasets/{dataset_id}/exports)"
    assert f"{where}: no fake handler (@operation('create_dataset_export'))" in done.stdout
    assert f"{where}: no facade method calls it" in done.stdout


def test_an_operation_removed_from_the_spec_fails_naming_the_dead_method_and_handler(
    tmp_path: Path,
) -> None:
    def remove(spec: dict[str, Any]) -> None:
        del _paths(spec)["/v1/datasets/{dataset_id}"]["delete"]

    done = pytest_in(scratch(tmp_path, remove, client=True), TIES)
    assert done.returncode == 1
    assert "fake handler delete_dataset: the spec has no operation delete_dataset" in done.stdout
    assert (
        "Buzzabout.datasets.delete: ImportError: cannot import name 'delete_dataset'" in done.stdout
    )
