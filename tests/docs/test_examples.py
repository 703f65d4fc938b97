"""Every Python block of the docs runs, as written, against the fake in its own process.

The convention (docs/guide/docs.md): the blocks of one page run in order in one
namespace, against a fresh ``audiences fake --speed 60`` started with ``fake_process()``,
with its ``*_API_KEY`` and ``*_BASE_URL`` variables in the environment; a block that
cannot run says why in an HTML comment on the line before it (``<!-- not run: why -->``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from audiences.testing import fake_process

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PYTHON = {"python", "py", "python3"}
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
NOT_RUN = re.compile(r"^\s*<!--\s*not run:(?P<reason>.*?)-->\s*$")
SPEED = 60.0  # what the docs tell readers to start the fake with


@attrs.frozen
class Block:
    """A fenced code block of a page: where it starts, its language and code."""

    page: str  # relative to the repository
    line: int  # the line of its first line of code, 1-based
    language: str
    code: str
    not_run: str | None  # the reason, when the block says it cannot run


def blocks(path: Path) -> list[Block]:
    """The fenced code blocks of one Markdown page, in order."""
    found: list[Block] = []
    lines = path.read_text().splitlines()
    page = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        info = opening["info"].strip()
        language = info.split()[0].lower() if info else ""
        previous = next((text for text in reversed(lines[:index]) if text.strip()), "")
        marker = NOT_RUN.match(previous)
        body: list[str] = []
        index += 1
        while index < len(lines) and not lines[index].strip().startswith(fence):
            body.append(lines[index][indent:])
            index += 1
        first = index - len(body) + 1
        reason = marker["reason"].strip() if marker else None
        found.append(Block(page, first, language, "\n".join(body) + "\n", reason))
        index += 1
    return found


def pages() -> list[Path]:
    """Every page of the docs (the generated ones have no source here)."""
    return sorted(path for path in DOCS.rglob("*.md") if "_tools" not in path.parts)


def python_pages() -> list[Path]:
    return [path for path in pages() if any(b.language in PYTHON for b in blocks(path))]


def test_blocks_are_read_from_fences_with_their_markers(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "text\n\n```python\nx = 1\n```\n\n<!-- not run: a fragment -->\n"
        "```python\nmy_report(bz)\n```\n\n- item\n\n    ```sh\n    make docs\n    ```\n"
    )
    found = [(b.line, b.language, b.code, b.not_run) for b in blocks(page)]
    assert found == [
        (4, "python", "x = 1\n", None),
        (9, "python", "my_report(bz)\n", "a fragment"),
        (15, "sh", "make docs\n", None),
    ]


def test_every_marker_gives_a_reason() -> None:
    silent = [
        f"{b.page}:{b.line}"
        for path in pages()
        for b in blocks(path)
        if b.not_run is not None and not b.not_run
    ]
    assert silent == []


def test_the_guide_has_examples() -> None:
    assert len(python_pages()) >= 5


@pytest.mark.parametrize("path", python_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_page_examples_run_against_the_fake(
    path: Path,
    monkeypatch: pytest.MonkeyPatch,
    blocks_seen: list[tuple[str, int, str | None]],
) -> None:
    page_blocks = [b for b in blocks(path) if b.language in PYTHON]
    namespace: dict[str, object] = {"__name__": "__docs_example__"}
    with fake_process(speed=SPEED) as fake:
        for name, value in fake.env.items():
            monkeypatch.setenv(name, value)
        for block in page_blocks:
            if block.not_run is not None:
                blocks_seen.append((block.page, block.line, block.not_run))
                continue
            # Blank lines first, so a traceback names the page's own line numbers.
            source = "\n" * (block.line - 1) + block.code
            exec(compile(source, block.page, "exec"), namespace)  # noqa: S102 - the docs' own examples
            blocks_seen.append((block.page, block.line, None))


# ------------------------------------------------------------------ the examples type-check

TYPED_PAGES = [ROOT / "README.md", *python_pages()]


@pytest.fixture(scope="module")
def mypy_said(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """``mypy --strict`` on every page's Python blocks, each page one module (the blocks at
    their own line numbers, as they run: in order, in one namespace); its errors by page."""
    folder = tmp_path_factory.mktemp("typed_examples")
    modules: dict[str, str] = {}
    for path in TYPED_PAGES:
        page_blocks = [b for b in blocks(path) if b.language in PYTHON and b.not_run is None]
        lines = [""] * len(path.read_text().splitlines())
        for block in page_blocks:
            for offset, line in enumerate(block.code.splitlines()):
                lines[block.line - 1 + offset] = line
        module = folder / f"page_{len(modules)}.py"
        module.write_text("\n".join(lines) + "\n")
        modules[module.name] = str(path.relative_to(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir",
         str(folder / ".cache"), *(str(folder / name) for name in modules)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    said: dict[str, list[str]] = {page: [] for page in modules.values()}
    for line in done.stdout.splitlines():
        name, _, rest = line.partition(":")
        if Path(name).name in modules and ": error:" in line:
            said[modules[Path(name).name]].append(f"{modules[Path(name).name]}:{rest}")
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return said


@pytest.mark.parametrize("path", TYPED_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_examples_pass_mypy_strict_as_written(
    path: Path, mypy_said: dict[str, list[str]]
) -> None:
    said = mypy_said[str(path.relative_to(ROOT))]
    assert said == [], "\n".join(said)
