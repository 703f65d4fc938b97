"""The distribution as a user gets it: an sdist, and the wheel built from that sdist.

Built once per session with ``python -m build --no-isolation`` (the venv's pinned
hatchling; nothing is downloaded), as a release would be: the wheel comes from the sdist,
so a file the sdist leaves out cannot reach the wheel either.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import attrs
import pytest

from tests.helpers import ROOT


@attrs.frozen
class Dists:
    """The built sdist and wheel, and the names of the files each holds."""

    sdist: Path
    wheel: Path

    def sdist_names(self) -> set[str]:
        with tarfile.open(self.sdist) as archive:
            top = archive.getnames()[0].split("/")[0]
            return {
                name.removeprefix(f"{top}/")
                for name in archive.getnames()
                if archive.getmember(name).isfile()
            }

    def wheel_names(self) -> set[str]:
        with zipfile.ZipFile(self.wheel) as archive:
            return set(archive.namelist())

    def wheel_text(self, name: str) -> str:
        with zipfile.ZipFile(self.wheel) as archive:
            return archive.read(name).decode()


def build(source: Path, outdir: Path, *what: str) -> subprocess.CompletedProcess[str]:
    """``python -m build`` of ``source`` into ``outdir`` (``--wheel``, ``--sdist`` or both)."""
    return subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", *what, "--outdir", str(outdir), "."],
        capture_output=True,
        text=True,
        check=False,
        cwd=source,
    )


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    outdir = tmp_path_factory.mktemp("dist")
    done = build(ROOT, outdir)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (sdist,) = outdir.glob("*.tar.gz")
    (wheel,) = outdir.glob("*.whl")
    return Dists(sdist, wheel)
