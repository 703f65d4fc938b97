"""A progress bar for waiting on a run: rich's when the ``cli`` extra is installed."""

from __future__ import annotations

import sys
from typing import Any, TypeVar

from audiences._models import Run

R = TypeVar("R", bound=Run)


class Bar:
    """Shows a run's status and progress fraction; a plain line per update without rich."""

    def __init__(self, label: str, *, stream: Any = None) -> None:
        self.label = label
        self._stream = stream if stream is not None else sys.stdout
        self._rich: Any = None
        try:
            from rich.console import Console  # noqa: PLC0415
            from rich.progress import Progress  # noqa: PLC0415
        except ImportError:
            return
        self._rich = Progress(console=Console(file=self._stream), transient=False)
        self._rich.start()
        self._task = self._rich.add_task(label, total=1.0)

    def update(self, run: Run) -> None:
        """Show one observation of the run."""
        fraction = (
            run.progress.fraction if run.progress else (1.0 if run.status.is_terminal else 0.0)
        )
        if self._rich is not None:
            self._rich.update(
                self._task, completed=fraction, description=f"{self.label} [{run.status.value}]"
            )
        else:
            print(f"  {self.label}: {run.status.value:<9} {fraction:5.0%}", file=self._stream)

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
