"""Progress on a terminal: a bar for a run being waited on, a counter for rows being read.

Rich draws them when the ``cli`` extra is installed and the stream is a terminal. Anywhere
else (a pipe, a log file, no rich) they are plain lines: one per change of a run, and for
rows one at the first page, then at most one every few seconds, and the last. Labels and
statuses are shown as text, never read as rich markup: ``"run [queued]"`` stays as it is.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from audiences._models import Run

R = TypeVar("R", bound=Run)
PLAIN_EVERY = 5.0  # seconds between two plain lines of a counter


def plural(count: int, word: str) -> str:
    """``"1 page"``, ``"2 pages"``, ``"1,200 rows"``."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def on_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal (where rich draws; elsewhere plain lines)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


def rich_console(stream: TextIO) -> Any:
    """A rich ``Console`` on ``stream``, or ``None`` (no rich, or not a terminal)."""
    if not on_terminal(stream):
        return None
    try:
        # PLC0415: rich is optional (the ``cli`` extra) and costs an import only here.
        from rich.console import Console  # noqa: PLC0415
    except ImportError:
        return None
    console = Console(file=stream)
    return console if console.is_terminal else None


def _rich_progress(stream: TextIO, columns: Callable[[Any], tuple[Any, ...]]) -> Any:
    """A started rich ``Progress`` on ``stream``, or ``None`` (no rich, or not a terminal).

    ``columns`` gets the ``rich.progress`` module and gives the columns to draw.
    """
    console = rich_console(stream)
    if console is None:
        return None
    import rich.progress  # noqa: PLC0415 - rich is there: the console is

    progress = rich.progress.Progress(*columns(rich.progress), console=console)
    progress.start()
    return progress


def _text(template: str) -> Any:
    """A rich column showing ``template`` (``str.format`` of the task) as plain text."""
    from rich.progress import TextColumn  # noqa: PLC0415 - only when rich is drawing

    return TextColumn(template, markup=False)


class Bar:
    """Shows a run's status and progress: rich's bar on a terminal, a plain line per change."""

    def __init__(self, label: str, *, stream: TextIO | None = None) -> None:
        self.label = label
        self._stream = stream if stream is not None else sys.stdout
        self._last: tuple[str, float] | None = None
        self._rich = self._start()

    def _start(self) -> Any:
        progress = _rich_progress(
            self._stream,
            lambda rp: (
                _text("{task.description}"),
                rp.BarColumn(),
                rp.TaskProgressColumn(),
                rp.TimeElapsedColumn(),
            ),
        )
        if progress is not None:
            self._task = progress.add_task(self.label, total=1.0)
        return progress

    def update(self, run: Run) -> None:
        """Show one observation of the run."""
        fraction = (
            run.progress.fraction if run.progress else (1.0 if run.status.is_terminal else 0.0)
        )
        status = run.status.value
        if self._rich is not None:
            self._rich.update(
                self._task, completed=fraction, description=f"{self.label} [{status}]"
            )
        elif self._last != (status, fraction):
            print(f"  {self.label}: {status:<9} {fraction:5.0%}", file=self._stream, flush=True)
        self._last = (status, fraction)

    def close(self) -> None:
        """Stop drawing."""
        if self._rich is not None:
            self._rich.stop()


def wait_with_bar(
    client: Any, run: R, label: str, *, timeout: float = 900.0, stream: Any = None
) -> R:
    """``client.wait(run)`` with a progress bar fed by ``on_progress``."""
    bar = Bar(label, stream=stream)
    try:
        bar.update(run)
        done: R = client.wait(run, timeout=timeout, on_progress=bar.update)
        bar.update(done)
        return done
    finally:
        bar.close()


class Counter:
    """Counts rows and pages as they are read, with the rate: for exports."""

    def __init__(self, label: str, *, stream: TextIO | None = None) -> None:
        self.label = label
        self.rows = 0
        self.pages = 0
        self._stream = stream if stream is not None else sys.stderr
        self._started = time.monotonic()
        self._shown_at: float | None = None
        self._shown: tuple[int, int] = (0, 0)
        self._rich = self._start()

    def _start(self) -> Any:
        progress = _rich_progress(
            self._stream,
            lambda rp: (
                rp.SpinnerColumn(),
                _text("{task.description}"),
                _text("{task.completed:,.0f} rows"),
                _text("{task.fields[pages]} pages"),
                _text("{task.fields[rate]:,.0f} rows/s"),
                rp.TimeElapsedColumn(),
            ),
        )
        if progress is not None:
            self._task = progress.add_task(self.label, total=None, pages=0, rate=0.0)
        return progress

    @property
    def rate(self) -> float:
        """Rows a second since the counter started."""
        elapsed = time.monotonic() - self._started
        return self.rows / elapsed if elapsed > 0 else 0.0

    def add(self, rows: int) -> None:
        """One more page of ``rows`` rows was read."""
        self.rows += rows
        self.pages += 1
        if self._rich is not None:
            self._rich.update(self._task, completed=self.rows, pages=self.pages, rate=self.rate)
            return
        now = time.monotonic()
        if self._shown_at is None or now - self._shown_at >= PLAIN_EVERY:
            self._line(now)

    def _line(self, now: float) -> None:
        self._shown_at = now
        self._shown = (self.rows, self.pages)
        print(
            f"  {self.label}: {plural(self.rows, 'row')}, {plural(self.pages, 'page')},"
            f" {self.rate:,.0f} rows/s",
            file=self._stream,
            flush=True,
        )

    def close(self) -> None:
        """Stop drawing (a plain counter shows its last count if it has not yet)."""
        if self._rich is not None:
            self._rich.stop()
        elif self._shown != (self.rows, self.pages):
            self._line(time.monotonic())
