"""The benchmark cases. Each returns ``Result`` rows measured against a same-run baseline."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from bench._common import KEY, Result, interleaved, median_ratio
from bench.payloads import RUN_BYTES, pages

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://api.buzzabout.ai"
RUN_PATH = "/v1/audience_datasets/ad_01H/runs/adr_01H"
JSON_HEADERS = {"content-type": "application/json"}


# ------------------------------------------------------------------ import


RUNTIME_VENV = ROOT / ".build" / "runtime-venv"


def runtime_python() -> Path:
    """A venv with only the runtime dependencies and the package (made once, then reused).

    The dev venv would flatter any ratio: there ``import httpx`` also loads rich and click
    (httpx's command line), which the runtime dependencies do not install.
    """
    python = RUNTIME_VENV / "bin" / "python"
    stamp = RUNTIME_VENV / ".installed"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(RUNTIME_VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "-e", str(ROOT)], check=True)
        stamp.touch()
    return python


def import_time(runs: int = 21) -> list[Result]:
    """Imports in fresh interpreters of a runtime-only venv, interleaved, median of ``runs``.

    Each run times the import statement itself inside a new process (interpreter start-up,
    the same for all, is left out, so the ratio is the import's own).
    """
    python = runtime_python()
    # pip compiles an installed package's bytecode, and httpx's is compiled; compile ours too
    # (an editable install under PYTHONDONTWRITEBYTECODE would otherwise compile from source
    # on every run, which no installed service pays).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [str(python), "-m", "compileall", "-q", str(ROOT / "facade"), str(ROOT / "generated")],
        check=True,
        env=env,
    )
    codes = {
        "Buzzabout": "from audiences import Buzzabout",
        "httpx": "import httpx",
        "audiences": "import audiences",
        "every client": "from audiences import AsyncBuzzabout, AudienceLab, Buzzabout, Leadpipe",
    }
    times: dict[str, list[float]] = {name: [] for name in codes}
    names = list(codes)
    for index in range(runs + 1):
        order = names[index % len(names) :] + names[: index % len(names)]
        for name in order:
            probe = f"import time; t = time.perf_counter(); {codes[name]}; "
            probe += "print(time.perf_counter() - t)"
            done = subprocess.run(
                [str(python), "-c", probe], check=True, capture_output=True, text=True, env=env
            )
            if index:  # the first round warms the file cache
                times[name].append(float(done.stdout))
    med = {name: statistics.median(v) * 1000 for name, v in times.items()}
    ratio = {name: median_ratio(times[name], times["httpx"]) for name in codes}
    extra = {"runs": runs, "venv": "runtime dependencies only"}
    return [
        Result(
            "from audiences import Buzzabout",
            "ms",
            med["Buzzabout"],
            med["httpx"],
            "import httpx",
            "<= 1.3x",
            ratio["Buzzabout"] <= 1.3,
            {"ratio": ratio["Buzzabout"], **extra},
        ),
        Result(
            "import audiences",
            "ms",
            med["audiences"],
            med["httpx"],
            "import httpx",
            "(reported)",
            None,
            {"ratio": ratio["audiences"], **extra},
        ),
        Result(
            "import every client",
            "ms",
            med["every client"],
            med["httpx"],
            "import httpx",
            "(reported)",
            None,
            {"ratio": ratio["every client"], **extra},
        ),
    ]


# ------------------------------------------------------------------ per call, in process


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=RUN_BYTES, headers=JSON_HEADERS)


def per_call_in_process(rounds: int = 9, calls: int = 2000) -> list[Result]:
    """A run ``get`` through MockTransport: the facade, the generated client, raw httpx."""
    from audiences import Buzzabout
    from audiences_api import AuthenticatedClient
    from audiences_api.api.buzzabout_audience_datasets import get_audience_dataset_run

    raw = httpx.Client(
        base_url=BASE, transport=httpx.MockTransport(_answer), headers={"x-api-key": KEY}
    )
    generated = AuthenticatedClient(
        base_url=BASE,
        token=KEY,
        prefix="",
        auth_header_name="x-api-key",
        httpx_args={"transport": httpx.MockTransport(_answer)},
    )
    facade = Buzzabout(api_key=KEY, transport=httpx.MockTransport(_answer))
    variants = {
        "raw": lambda: json.loads(raw.get(RUN_PATH).content),
        "generated": lambda: (
            get_audience_dataset_run.sync_detailed("ad_01H", "adr_01H", client=generated).parsed
        ),
        "facade": lambda: facade.audience_datasets.runs.get("ad_01H", "adr_01H"),
    }
    times = interleaved(variants, rounds=rounds, calls=calls)
    us = {name: statistics.median(v) * 1e6 for name, v in times.items()}
    facade_ratio = median_ratio(times["facade"], times["raw"])
    return [
        Result(
            "per call, in process: facade",
            "us",
            us["facade"],
            us["raw"],
            "raw httpx + json.loads",
            "<= 1.5x",
            facade_ratio <= 1.5,
            {"ratio": facade_ratio, "added_us": us["facade"] - us["raw"]},
        ),
        Result(
            "per call, in process: generated sync_detailed",
            "us",
            us["generated"],
            us["raw"],
            "raw httpx + json.loads",
            "(middle rung)",
            None,
            {
                "ratio": median_ratio(times["generated"], times["raw"]),
                "added_us": us["generated"] - us["raw"],
            },
        ),
    ]


# ------------------------------------------------------------------ per call, over loopback


@contextmanager
def canned_server() -> Iterator[str]:
    """bench._server in its own process (so it does not share the client's GIL)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench._server"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        yield f"http://127.0.0.1:{proc.stdout.readline().strip()}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def per_call_loopback(rounds: int = 21, calls: int = 500) -> list[Result]:
    """The same ``get`` against a fast local server on keep-alive connections."""
    from audiences import Buzzabout

    with canned_server() as url:
        raw = httpx.Client(base_url=url, headers={"x-api-key": KEY})
        facade = Buzzabout(api_key=KEY, base_url=url)
        variants = {
            "raw": lambda: json.loads(raw.get(RUN_PATH).content),
            "facade": lambda: facade.audience_datasets.runs.get("ad_01H", "adr_01H"),
        }
        times = interleaved(variants, rounds=rounds, calls=calls)
        raw.close()
        facade.close()
    us = {name: statistics.median(v) * 1e6 for name, v in times.items()}
    ratio = median_ratio(times["facade"], times["raw"])
    return [
        Result(
            "per call, loopback: facade",
            "us",
            us["facade"],
            us["raw"],
            "raw httpx + json.loads",
            "<= 1.1x",
            ratio <= 1.1,
            {"ratio": ratio},
        )
    ]


# ------------------------------------------------------------------ paging


def paging(total: int = 10_000, size: int = 100, rounds: int = 5) -> list[Result]:
    """Iterate 10,000 audience datasets (100 pages) via ``list()`` vs raw httpx paging."""
    from audiences import Buzzabout

    bodies = pages(total, size)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=bodies[request.url.params.get("cursor")], headers=JSON_HEADERS
        )

    raw = httpx.Client(base_url=BASE, transport=httpx.MockTransport(answer))
    facade = Buzzabout(api_key=KEY, transport=httpx.MockTransport(answer))

    def raw_pages() -> int:
        count, cursor = 0, None
        while True:
            params: dict[str, Any] = {"limit": size}
            if cursor:
                params["cursor"] = cursor
            body = json.loads(raw.get("/v1/audience_datasets", params=params).content)
            count += sum(1 for _ in body["data"])
            if not body["has_next"]:
                return count
            cursor = body["cursor"]

    def facade_pages() -> int:
        return sum(1 for _ in facade.audience_datasets.list(limit=size))

    assert raw_pages() == facade_pages() == total
    times = interleaved({"raw": raw_pages, "facade": facade_pages}, rounds=rounds, calls=1)
    rate = {name: total / statistics.median(v) for name, v in times.items()}
    throughput = median_ratio(times["raw"], times["facade"])  # items/s facade / items/s raw

    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    facade_pages()
    growth = (tracemalloc.get_traced_memory()[1] - baseline) / 1e6
    tracemalloc.stop()
    return [
        Result(
            "paging 10,000 items: throughput",
            "items/s",
            rate["facade"],
            rate["raw"],
            "raw httpx paging",
            ">= 0.8x",
            throughput >= 0.8,
            {"ratio": throughput},
        ),
        Result(
            "paging 10,000 items: peak memory growth",
            "MB",
            growth,
            None,
            "tracemalloc",
            "<= 5 MB",
            growth <= 5.0,
        ),
    ]


# ------------------------------------------------------------------ fan-out


class _CountedStream:
    """A network stream that tells its backend when it closes."""

    def __init__(self, inner: Any, backend: _CountingBackend) -> None:
        self.inner = inner
        self.backend = backend

    async def aclose(self) -> None:
        self.backend.open -= 1
        await self.inner.aclose()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class _CountingBackend:
    """An httpcore network backend that counts connections opened and the most open at once."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.opened = 0
        self.open = 0
        self.peak = 0

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        stream = await self.inner.connect_tcp(*args, **kwargs)
        self.opened += 1
        self.open += 1
        self.peak = max(self.peak, self.open)
        return _CountedStream(stream, self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class _CountingTransport(httpx.AsyncHTTPTransport):
    """An async transport that counts requests and connections."""

    def __init__(self) -> None:
        from audiences._config import CONNECTION_LIMITS

        super().__init__(limits=CONNECTION_LIMITS)  # the pool the clients build themselves
        self.requests = 0
        self.backend = _CountingBackend(self._pool._network_backend)
        self._pool._network_backend = self.backend

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return await super().handle_async_request(request)


def fan_out(runs: int = 1000, speed: float = 1.5) -> list[Result]:
    """1,000 audience runs created, then awaited concurrently: the async facade's ``wait`` vs
    raw async httpx polling on the same schedule (1 s, x1.5, capped at 15 s), each against a
    fresh fake over loopback. Wall time covers creating and awaiting."""
    from audiences.testing import ScaledClock, fake_process

    figures: dict[str, dict[str, float]] = {}
    for name in ("facade", "raw"):
        # A fresh fake in its own process for each, so both start alike.
        with fake_process(speed=speed) as fake:
            clock = ScaledClock(speed=speed)
            figures[name] = asyncio.run(_fan_out_once(name, fake.base_url, runs, clock))
    limit = 100  # httpx's default pool size, which the clients keep
    f, r = figures["facade"], figures["raw"]
    ratio = f["wall"] / r["wall"]
    return [
        Result(
            f"fan-out {runs} runs: wall time",
            "s",
            f["wall"],
            r["wall"],
            "raw async httpx, same polling",
            "<= 1.2x",
            ratio <= 1.2,
            {"ratio": ratio},
        ),
        Result(
            f"fan-out {runs} runs: creating them (before waiting)",
            "s",
            f["create"],
            r["create"],
            "raw variant's creation",
            "(reported)",
            None,
        ),
        Result(
            f"fan-out {runs} runs: requests while waiting",
            "requests",
            f["requests"],
            r["requests"],
            "raw async httpx",
            "(reported)",
            None,
        ),
        Result(
            f"fan-out {runs} runs: most connections open at once",
            "connections",
            f["peak"],
            limit,
            "pool limit",
            "<= pool limit",
            f["peak"] <= limit,
        ),
        Result(
            f"fan-out {runs} runs: connections opened while waiting",
            "connections",
            f["opened"],
            r["opened"],
            "raw async httpx",
            "(reported)",
            None,
        ),
    ]


async def _fan_out_once(name: str, url: str, runs: int, clock: Any) -> dict[str, float]:
    """Create ``runs`` audience runs, then await them all; figures from the creation on."""
    from audiences import AsyncBuzzabout
    from audiences.testing import BUZZABOUT_KEY, SOURCE_DATASET

    transport = _CountingTransport()
    async with AsyncBuzzabout(
        api_key=BUZZABOUT_KEY, base_url=url, clock=clock, transport=transport
    ) as client:
        t0 = time.perf_counter()
        containers = await asyncio.gather(
            *(client.audience_datasets.create(name=f"fan-{i}") for i in range(runs))
        )
        started = await asyncio.gather(
            *(
                client.audience_datasets.runs.create(
                    c.id, source_dataset_id=SOURCE_DATASET, total_profile_count=1
                )
                for c in containers
            )
        )
        created = time.perf_counter() - t0
        transport.requests = 0
        transport.backend.opened = transport.backend.open
        if name == "facade":
            await asyncio.gather(*(client.wait(r) for r in started))
        else:
            raw = client._http  # the same pool and limits, without the facade in the loop
            await asyncio.gather(
                *(_raw_wait(raw, clock, r.audience_dataset_id or "", r.id) for r in started)
            )
        return {
            "wall": time.perf_counter() - t0,
            "create": created,
            "requests": transport.requests,
            "opened": transport.backend.opened,
            "peak": transport.backend.peak,
        }


async def _raw_wait(client: httpx.AsyncClient, clock: Any, ad: str, run_id: str) -> None:
    interval = 1.0
    while True:
        await clock.asleep(interval)
        interval = min(interval * 1.5, 15.0)
        body = json.loads((await client.get(f"/v1/audience_datasets/{ad}/runs/{run_id}")).content)
        if body["data"]["status"]["type"] in ("completed", "failed"):
            return


# ------------------------------------------------------------------ polling cost


def polling_cost(done_at: float = 600.0) -> list[Result]:
    """A run that completes after 600 s on the manual clock: requests ``wait`` sends and how
    late it notices, vs a fixed 2.5 s poll (Leadpipe's own SDK)."""
    from audiences import Buzzabout
    from audiences.testing import ManualClock

    clock = ManualClock()
    sent = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        body = json.loads(RUN_BYTES)
        if clock.monotonic() < done_at:
            body["data"]["status"] = {"type": "working", "steps": []}
        return httpx.Response(200, json=body)

    client = Buzzabout(api_key=KEY, transport=httpx.MockTransport(answer), clock=clock)
    first = client.audience_datasets.runs.get("ad_01H", "adr_01H")
    sent = 0
    client.wait(first, timeout=3600)
    late = clock.monotonic() - done_at
    fixed_requests, fixed_t = 0, 0.0
    while True:
        fixed_t += 2.5
        fixed_requests += 1
        if fixed_t >= done_at:
            break
    return [
        Result(
            "polling a 600 s run: requests",
            "requests",
            sent,
            fixed_requests,
            "fixed 2.5 s poll",
            "<= 50",
            sent <= 50,
        ),
        Result(
            "polling a 600 s run: noticed late by",
            "s",
            late,
            fixed_t - done_at,
            "fixed 2.5 s poll",
            "<= 15 s",
            late <= 15,
        ),
    ]
