"""Run-status normalization: every vendor's words and shapes to one ``RunStatus``.

Pure functions; the table of shapes lives in tests/facade/test_normalize.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from audiences._models import Progress, RunStatus, Step

# Every documented word. Anything else is UNKNOWN (and kept in ``raw_status``).
_WORDS: Mapping[str, RunStatus] = {
    # Buzzabout
    "pending": RunStatus.QUEUED,
    "working": RunStatus.RUNNING,
    "processing": RunStatus.RUNNING,
    # Buzzabout and Leadpipe
    "completed": RunStatus.COMPLETED,
    "failed": RunStatus.FAILED,
    # Leadpipe
    "queued": RunStatus.QUEUED,
    "running": RunStatus.RUNNING,
    "cancelled": RunStatus.CANCELLED,
}


def normalize_word(word: str | None) -> RunStatus:
    """A vendor's status word as a ``RunStatus``; unknown words give ``UNKNOWN``."""
    if word is None:
        return RunStatus.UNKNOWN
    return _WORDS.get(word.strip().lower(), RunStatus.UNKNOWN)


def failed_step_message(steps: Iterable[Step]) -> str | None:
    """The error message of the first step that carries one."""
    for step in steps:
        if step.error_message:
            return f"{step.name}: {step.error_message}" if step.name else step.error_message
    return None


def counter_status(status: RunStatus, progress: Progress | None) -> RunStatus:
    """Apply the custom-parameter rule: done + errors == total (> 0) means completed."""
    if status.is_terminal or progress is None or progress.total <= 0:
        return status
    if progress.done + progress.errors >= progress.total:
        return RunStatus.COMPLETED
    return status


def step_progress(steps: tuple[Step, ...], known_total: int | None) -> Progress | None:
    """Progress from a step list when the run kind's number of steps is known."""
    if not known_total:
        return None
    done = sum(1 for step in steps if step.completed_at is not None and not step.error_message)
    errors = sum(1 for step in steps if step.error_message)
    return Progress(done=min(done, known_total), errors=errors, total=known_total)
