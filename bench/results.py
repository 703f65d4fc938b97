"""Benchmarks of the path's results: reading 100,000 profiles, and the per-item cost."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import timeit
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from bench._common import KEY, Result, interleaved, median_ratio
from tests.data import AUDIENCE_PROFILE, MENTION


@contextmanager
def pages_server() -> Iterator[str]:
    """bench._pages_server in its own process (so it does not share the client's GIL)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench._pages_server"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        yield f"http://127.0.0.1:{proc.stdout.readline().strip()}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def profiles_loopback(rounds: int = 5) -> list[Result]:
    """100,000 audience profiles (1,000 pages of 100) over loopback: facade vs raw httpx.

    Raw httpx posts the same bodies, walks the same cursors and decodes every page with
    ``json.loads``; the facade's pager yields an ``AudienceProfile`` per item.
    """
    from audiences import Buzzabout

    with pages_server() as url:
        raw = httpx.Client(base_url=url, headers={"x-api-key": KEY})
        facade = Buzzabout(api_key=KEY, base_url=url)

        def raw_walk() -> int:
            count, cursor = 0, None
            while True:
                body: dict[str, Any] = {"limit": 100}
                if cursor:
                    body["cursor"] = cursor
                page = json.loads(raw.post("/v1/audience_profiles", json=body).content)
                count += len(page["data"])
                if not page["has_next"]:
                    return count
                cursor = page["cursor"]

        def facade_walk() -> int:
            return sum(1 for _ in facade.audience_profiles.list(limit=100))

        assert raw_walk() == facade_walk() == 100_000
        times = interleaved({"raw": raw_walk, "facade": facade_walk}, rounds=rounds, calls=1)
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        facade_walk()
        growth = (tracemalloc.get_traced_memory()[1] - baseline) / 1e6
        tracemalloc.stop()
        raw.close()
        facade.close()
    rate = {name: 100_000 / statistics.median(v) for name, v in times.items()}
    ratio = median_ratio(times["raw"], times["facade"])  # facade items/s over raw items/s
    return [
        Result(
            "100,000 profiles over loopback: throughput",
            "items/s",
            rate["facade"],
            rate["raw"],
            "raw httpx + json.loads, same cursors",
            ">= 0.9x",
            ratio >= 0.9,
            {"ratio": ratio, "rounds": rounds},
        ),
        Result(
            "100,000 profiles over loopback: peak memory growth",
            "MB",
            growth,
            None,
            "tracemalloc",
            "<= 10 MB",
            growth <= 10.0,
        ),
    ]


def per_item(number: int = 300) -> list[Result]:
    """In process: what a profile and a mention cost, in µs an item, beside ``json.loads``.

    ``page`` is the pager's own cost (checking each item is an object with an id, and
    making its lazily read model); ``every field`` is reading all of them (``to_dict()``).
    """
    from audiences import AudienceProfile, Mention

    results = []
    for name, model, item in (
        ("profile", AudienceProfile, AUDIENCE_PROFILE),
        ("mention", Mention, MENTION),
    ):
        text = json.dumps([{**item, "id": f"x{i}"} for i in range(100)]).encode()
        items = json.loads(text)
        loads = timeit.timeit(lambda t=text: json.loads(t), number=number) / number / 100  # type: ignore[misc]
        page = timeit.timeit(lambda m=model, i=items: m.page(i), number=number) / number / 100  # type: ignore[misc]
        models = model.page(items)
        every = (
            timeit.timeit(
                lambda m=model, i=items: [x.to_dict() for x in m.page(i)],  # type: ignore[misc]
                number=max(1, number // 10),
            )
            / max(1, number // 10)
            / 100
        )
        assert len(models) == 100
        results.append(
            Result(
                f"per {name}: the pager's cost",
                "us",
                page * 1e6,
                loads * 1e6,
                "json.loads of the item",
                "(reported)",
                None,
                {"ratio": page / loads, "every field (to_dict)": round(every * 1e6, 2)},
            )
        )
    return results
