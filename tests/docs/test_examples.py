"""Every Python block of the docs runs, as written, against the fake in its own process.

The convention (docs/guide/docs.md): the blocks of one page run in order in one
namespace, against a fresh ``audiences fake --speed 60`` started with ``fake_process()``,
with its ``*_API_KEY`` and ``*_BASE_URL`` variables in the environment; a block that
cannot run says why in an HTML comment on the line before it (``<!-- not run: why -->``).
A block titled as a test file (```` ```python title="test_report.py" ````) is a user's
test module: pytest runs it in a folder of its own, as the user's suite would, with the
package's pytest plugin arriving through its entry point.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import attrs
import pytest
from audiences.testing import fake_process

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PYTHON = {"python", "py", "python3"}
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
NOT_RUN = re.compile(r"^\s*<!--\s*not run:(?P<reason>.*?)-->\s*$")
TEST_FILE = re.compile(r'\btitle="(?P<name>test_\w+\.py)"')
SPEED = 60.0  # what the docs tell readers to start the fake with


@attrs.frozen
class Block:
    """A fenced code block of a page: where it starts, its language and code."""

    page: str  # relative to the repository
    line: int  # the line of its first line of code, 1-based
    language: str
    code: str
    not_run: str | None  # the reason, when the block says it cannot run
    info: str = ""  # the fence's words after the language (``title="test_report.py"``)

    @property
    def test_file(self) -> str | None:
        """The file name of a block titled as a pytest module, else None."""
        found = TEST_FILE.search(self.info)
        return found["name"] if found else None


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
        code = "\n".join(body) + "\n"
        found.append(Block(page, first, language, code, reason, info.partition(" ")[2]))
        index += 1
    return found


def pages() -> list[Path]:
    """Every page of the docs (the generated ones have no source here), and the README."""
    docs = sorted(path for path in DOCS.rglob("*.md") if "_tools" not in path.parts)
    return [*docs, ROOT / "README.md"]


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


@pytest.mark.parametrize("path", python_pages(), ids=lambda p: str(p.relative_to(ROOT)))
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
            if block.test_file is not None:
                continue  # a test module: test_test_files_pass_under_pytest runs it
            if block.not_run is not None:
                blocks_seen.append((block.page, block.line, block.not_run))
                continue
            ran = run_block(block, namespace)
            # An example shows data: a print in a loop that never ran is a loop over
            # nothing (a search that found no mentions).
            silent = [f"{block.page}:{line}" for line in looped_prints(block) if line not in ran]
            assert silent == [], "these prints in loops never ran: the loops found nothing"
            blocks_seen.append((block.page, block.line, None))


def run_block(block: Block, namespace: dict[str, object]) -> set[int]:
    """Run a block in ``namespace``; the lines of the block that ran."""
    # Blank lines first, so a traceback names the page's own line numbers.
    source = "\n" * (block.line - 1) + block.code
    code = compile(source, block.page, "exec")
    ran: set[int] = set()

    def lines(frame: FrameType, event: str, arg: object) -> Any:
        if frame.f_code.co_filename != block.page:
            return None
        if event == "line":
            ran.add(frame.f_lineno)
        return lines

    sys.settrace(lines)
    try:
        exec(code, namespace)  # noqa: S102 - the docs' own examples
    finally:
        sys.settrace(None)
    return ran


def looped_prints(block: Block) -> list[int]:
    """The page's line numbers of the ``print(...)`` calls in the block's ``for`` loops."""
    found: set[int] = set()
    for loop in ast.walk(ast.parse(block.code)):
        if isinstance(loop, ast.For | ast.AsyncFor):
            found |= {
                node.lineno + block.line - 1
                for statement in loop.body
                for node in ast.walk(statement)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "print"
            }
    return sorted(found)


def titled_test_files() -> list[Block]:
    """Every block of the docs titled as a pytest module."""
    return [b for path in pages() for b in blocks(path) if b.test_file and b.not_run is None]


def test_the_testing_guide_has_a_test_file() -> None:
    assert any(b.page == "docs/guide/testing.md" for b in titled_test_files())


@pytest.mark.parametrize("block", titled_test_files(), ids=lambda b: f"{b.page}:{b.line}")
def test_test_files_pass_under_pytest(
    block: Block, tmp_path: Path, blocks_seen: list[tuple[str, int, str | None]]
) -> None:
    """The block as a user's test module, collected and run by pytest in its own folder."""
    assert block.test_file is not None
    # Blank lines first, so a failure names the page's own line numbers.
    (tmp_path / block.test_file).write_text("\n" * (block.line - 1) + block.code)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", block.test_file],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    tests = len(re.findall(r"^def test_", block.code, re.MULTILINE))
    assert (done.returncode, re.findall(r"\d+ passed|\d+ failed|\d+ errors?", done.stdout)) == (
        0,
        [f"{tests} passed"],
    ), done.stdout[-3000:]
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
