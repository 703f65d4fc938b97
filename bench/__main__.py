"""`make bench`: run every case, print one table, write bench/results.json."""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

import attrs

from bench import cases, downloads, results
from bench._common import Result, table

CASES = [
    cases.import_time,
    cases.per_call_in_process,
    cases.per_call_loopback,
    cases.paging,
    cases.fan_out,
    cases.polling_cost,
    results.profiles_loopback,
    results.per_item,
    downloads.csv_export,
]


def main() -> int:
    started = time.perf_counter()
    measured: list[Result] = []
    chosen = [c for c in CASES if not sys.argv[1:] or c.__name__ in sys.argv[1:]]
    for case in chosen:
        print(f"running {case.__name__} ...", file=sys.stderr, flush=True)
        measured.extend(case())
    if chosen == CASES:
        print(table(measured))
    machine = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": __import__("os").cpu_count(),
    }
    out = Path(__file__).with_name("results.json")
    if chosen != CASES:
        print(table(measured))
        return 0
    out.write_text(
        json.dumps(
            {
                "machine": machine,
                "results": [attrs.asdict(r) | {"ratio": r.ratio} for r in measured],
            },
            indent=2,
        )
    )
    print(f"\nmachine: {machine}\nwritten {out} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
