"""Timing helpers: interleaved rounds, medians, ratios, and the results table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import attrs

KEY = "bz_test_bench_key"  # what every benchmarked client sends (the servers ignore it)


@attrs.define
class Result:
    """One benchmark case: a measured value, its baseline, and the target on their ratio."""

    case: str
    unit: str
    value: float
    baseline: float | None
    baseline_name: str
    target: str
    passed: bool | None
    extra: dict[str, Any] = attrs.field(factory=dict)

    @property
    def ratio(self) -> float | None:
        """The ratio the target is judged on: the paired per-round median where measured."""
        if "ratio" in self.extra:
            return float(self.extra["ratio"])
        return None if not self.baseline else self.value / self.baseline


def interleaved(
    variants: dict[str, Callable[[], None]], *, rounds: int, calls: int
) -> dict[str, list[float]]:
    """Seconds per call of each variant, one figure per round; the order rotates every round."""
    names = list(variants)
    per_call: dict[str, list[float]] = {name: [] for name in names}
    for fn in variants.values():  # warm up
        for _ in range(max(1, calls // 10)):
            fn()
    for index in range(rounds):
        order = names[index % len(names) :] + names[: index % len(names)]
        for name in order:
            fn = variants[name]
            started = time.perf_counter()
            for _ in range(calls):
                fn()
            per_call[name].append((time.perf_counter() - started) / calls)
    return per_call


def median_ratio(values: list[float], baseline: list[float]) -> float:
    """The median of the per-round ratios (rounds are paired, so drift cancels)."""
    return statistics.median(v / b for v, b in zip(values, baseline, strict=True))


def table(results: list[Result]) -> str:
    """The results as one text table."""
    header = ("case", "value", "baseline", "ratio", "target", "met")
    rows = []
    for r in results:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        baseline = (
            f"{r.baseline:.4g} {r.unit} ({r.baseline_name})"
            if r.baseline is not None
            else r.baseline_name
        )
        met = "-" if r.passed is None else ("PASS" if r.passed else "FAIL")
        rows.append((r.case, f"{r.value:.4g} {r.unit}", baseline, ratio, r.target, met))
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    lines = [
        "  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True))
        for line in (header, *rows)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
