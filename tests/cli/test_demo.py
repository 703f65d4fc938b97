"""The demo: the main workflow on the embedded fake, as ``make demo`` and ``audiences demo`` run it."""

from __future__ import annotations

from audiences._demo import run_demo


def test_the_demo_runs_every_step() -> None:
    lines: list[str] = []
    assert run_demo(speed=30.0, say=lines.append) == 0
    text = "\n".join(lines)
    for expected in (
        "audience dataset",
        "ConflictError",
        "\n   pt_",
        "recurring themes",
        "preview:",
        "created audience",
        "cancelled",
        "done in",
    ):
        assert expected in text, expected
