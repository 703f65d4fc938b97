"""A Buzzabout run's steps on the fake's clock: its status at any moment, and its JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from audiences.testing._checks import iso
from audiences.testing._rows import PENDING_SECONDS


@attrs.frozen
class Steps:
    """A kind of run's steps on the fake's clock, each ``(name, seconds after creation)``;
    a run made to fail (``run.fails``) fails at step ``fails_at``, saying ``why``."""

    table: tuple[tuple[str, float], ...]
    fails_at: str
    why: str

    @property
    def seconds(self) -> float:
        """How long a run that does not fail takes."""
        return self.table[-1][1]

    def state(self, run: Any, now: float) -> tuple[str, list[dict[str, Any]]]:
        """The run's status word and steps at ``now``."""
        age = now - run.created
        kind = "pending" if age < PENDING_SECONDS else "working"
        steps: list[dict[str, Any]] = []
        for name, at in self.table:
            if age < at:
                return kind, steps
            step: dict[str, Any] = {"name": name, "completed_at": int(run.created + at)}
            steps.append(step)
            if run.fails and name == self.fails_at:
                step["error_message"] = self.why
                return "failed", steps
        return "completed", steps

    def json(
        self,
        run: Any,
        now: float,
        ids: dict[str, Any],
        details: dict[str, Any],
        made: Callable[[], dict[str, Any]],
    ) -> dict[str, Any]:
        """The run as the API shows it at ``now``: its id and ``ids``, its status, its
        ``details``, its times, and once completed what it ``made``."""
        kind, steps = self.state(run, now)
        data = {
            "id": run.id,
            **ids,
            "status": {"type": kind, "steps": steps},
            **details,
            "created_at": iso(run.created),
            "updated_at": iso(run.created + min(now - run.created, self.seconds)),
        }
        return {**data, **made()} if kind == "completed" else data
