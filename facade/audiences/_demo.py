"""The main job on the embedded fake: every vendor, over real HTTP on loopback.

Started by ``make demo`` (``audiences demo``). The fake's clock runs ``speed`` times
faster than real time, and the clients share it, so the whole workflow takes seconds.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable

from audiences import AudienceLab, Buzzabout, ConflictError, Leadpipe, Run
from audiences._progress import wait_with_bar
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ScaledClock,
)


def _fmt(stamp: dt.datetime | None) -> str:
    return stamp.strftime("%H:%M:%S") if stamp else "-"


def _table(rows: list[tuple[str, str, Run]], say: Callable[[str], None]) -> None:
    header = ("vendor", "kind", "run", "status", "created", "completed", "duration")
    lines = []
    for vendor, kind, run in rows:
        duration = "-"
        if run.created_at and run.completed_at:
            duration = f"{(run.completed_at - run.created_at).total_seconds():.0f} s"
        lines.append(
            (
                vendor,
                kind,
                run.id[:14],
                run.status.value,
                _fmt(run.created_at),
                _fmt(run.completed_at),
                duration,
            )
        )
    try:
        from rich.console import Console  # noqa: PLC0415
        from rich.table import Table  # noqa: PLC0415

        table = Table(title="Every run, normalized")
        for name in header:
            table.add_column(name)
        for line in lines:
            table.add_row(*line)
        # Piped (make's output, a log), rich would assume 80 columns and fold every row.
        Console(width=None if sys.stdout.isatty() else 110).print(table)
    except ImportError:
        widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=False)]
        for line in (header, *lines):
            say("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)))


def run_demo(speed: float = 30.0, say: Callable[[str], None] = print) -> int:
    """Start the fake on loopback and drive the main workflow through the facade."""
    started = time.perf_counter()
    clock = ScaledClock(speed=speed)
    fake = FakeAPIs(clock)
    rows: list[tuple[str, str, Run]] = []
    with fake.serve() as server:
        say(f"fake Buzzabout, AudienceLab and Leadpipe on {server.base_url} (clock x{speed:g})")
        options = {"base_url": server.base_url, "clock": clock}
        with Buzzabout(api_key=BUZZABOUT_KEY, **options) as bz:
            say("\n1. Buzzabout audience dataset")
            ds = bz.audience_datasets.create(name="cold brew creators")
            say(f"   created {ds.id} '{ds.name}'")
            run = bz.audience_datasets.runs.create(
                ds.id, source_dataset_id=SOURCE_DATASET, total_profile_count=850
            )
            say(f"   started run {run.id} ({run.status.value})")
            try:
                bz.audience_datasets.runs.create(ds.id, source_dataset_id=SOURCE_DATASET)
            except ConflictError as exc:
                say(f"   a second run is refused, as documented: {type(exc).__name__}: {exc}")
            run = wait_with_bar(bz, run, "audience run")
            say(f"   {run.profile_count} profiles; steps: {', '.join(s.name for s in run.steps)}")
            listed = list(bz.audience_datasets.runs.list(ds.id))
            say(f"   runs listed: {len(listed)}")
            rows.append(("buzzabout", "audience dataset run", run))

            say("\n2. Buzzabout pattern detection")
            pd = bz.pattern_detections.create(
                dataset_id=SOURCE_DATASET,
                name="Pricing complaints",
                research_question="What recurring complaints come up about pricing?",
            )
            pd = wait_with_bar(bz, pd, "pattern detection")
            say(f"   pattern found: {pd.pattern_id}")
            rows.append(("buzzabout", "pattern detection", pd))

            say("\n3. Buzzabout custom parameter")
            cp = bz.custom_parameters.create(
                name="Brand sentiment label",
                value_type="string",
                instructions="Classify the post's sentiment toward our brand: "
                "positive, negative, neutral or mixed.",
            )
            preview = bz.custom_parameters.preview(
                instructions=cp.instructions or "",
                value_type="string",
                post_refs=[("t3_1oqliu8", "reddit"), ("7396418572401016102", "tiktok")],
            )
            say("   preview: " + ", ".join(f"{p.source}/{p.post_id} -> {p.value}" for p in preview))
            cpr = bz.custom_parameters.runs.create(cp.id, dataset_id=SOURCE_DATASET)
            cpr = wait_with_bar(bz, cpr, "custom parameter run")
            if cpr.progress:
                say(
                    f"   {cpr.progress.done} mentions done, {cpr.progress.errors} failed,"
                    f" of {cpr.progress.total}"
                )
            rows.append(("buzzabout", "custom parameter run", cpr))

        with AudienceLab(api_key=AUDIENCELAB_KEY, **options) as al:
            say("\n4. AudienceLab audience")
            audience = al.audiences.create(
                name="Software Engineers in NYC",
                filters={
                    "age": {"minAge": 25, "maxAge": 45},
                    "city": ["New York"],
                    "businessProfile": {"industry": ["Software Development"]},
                },
                days_back=30,
            )
            say(f"   created audience {audience.id}")

        with Leadpipe(api_key=LEADPIPE_KEY, **options) as lp:
            say("\n5. Leadpipe intent-audience runs")
            first = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
            second = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
            say(f"   queued {first.id} and {second.id}")
            try:
                lp.intent_audiences.runs.cancel(INTENT_AUDIENCE, second.id)
            except ConflictError as exc:  # a slow machine: the worker took it first
                say(f"   too late to cancel {second.id}: {exc}")
            runs = {r.id: r for r in lp.intent_audiences.runs.list(INTENT_AUDIENCE)}
            say("   listed: " + ", ".join(f"{r.id[:8]} {r.status.value}" for r in runs.values()))
            done = wait_with_bar(lp, first, "intent audience run")
            say(f"   {done.result_count} results from {done.candidate_count} candidates")
            rows.append(("leadpipe", "intent audience run", done))
            rows.append(("leadpipe", "intent audience run", runs[second.id]))

    say("")
    _table(rows, say)
    say(f"\ndone in {time.perf_counter() - started:.1f} s of wall time")
    return 0
