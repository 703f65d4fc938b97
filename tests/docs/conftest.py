"""The docs tests' report: how many of the guide's code blocks ran, and which did not."""

from __future__ import annotations

import pytest

# (page, line, reason) of every block the examples test met; reason None: it ran.
BLOCKS_SEEN = pytest.StashKey[list[tuple[str, int, str | None]]]()


@pytest.fixture
def blocks_seen(request: pytest.FixtureRequest) -> list[tuple[str, int, str | None]]:
    """Where a test notes each block it ran (or skipped, with the reason)."""
    return request.config.stash.setdefault(BLOCKS_SEEN, [])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    seen = terminalreporter.config.stash.get(BLOCKS_SEEN, None)
    if not seen:
        return
    ran = [block for block in seen if block[2] is None]
    pages = len({page for page, _, _ in ran})
    skipped = [block for block in seen if block[2] is not None]
    terminalreporter.write_sep("-", "docs examples")
    terminalreporter.write_line(
        f"{len(ran)} Python blocks of the docs ran against the fake ({pages} pages);"
        f" {len(skipped)} marked not run"
    )
    for page, line, reason in skipped:
        terminalreporter.write_line(f"  not run: {page}:{line}: {reason}")
