"""The main job on the embedded fake, from a search to its results, over real HTTP on loopback.

Started by ``make demo`` (``audiences demo``). The fake's clock runs ``speed`` times
faster than real time, and the clients share it, so the whole path takes seconds:
a dataset and its search, an audience run on it and its top profiles, a custom
parameter over the posts, a pattern detection and its items, an AudienceLab audience,
and a Leadpipe run and its result rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import time
from collections.abc import Callable, Sequence

from audiences import AudienceLab, Buzzabout, ConflictError, Leadpipe, Run
from audiences._progress import wait_with_bar
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    FakeAPIs,
    ScaledClock,
)

Say = Callable[[str], None]


def _fmt(stamp: dt.datetime | None) -> str:
    return stamp.strftime("%H:%M:%S") if stamp else "-"


def _table(title: str, header: Sequence[str], lines: Sequence[Sequence[str]], say: Say) -> None:
    """A table: rich's when installed (110 columns when piped), plain aligned text otherwise."""
    try:
        from rich.console import Console  # noqa: PLC0415 - the cli extra is optional
        from rich.table import Table  # noqa: PLC0415
    except ImportError:
        say(title)
        widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=False)]
        for line in (header, *lines):
            say("  " + "  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)))
        return
    table = Table(title=title, title_justify="left")
    for name in header:
        table.add_column(name)
    for line in lines:
        table.add_row(*(str(x) for x in line))
    # Piped (make's output, a log), rich would assume 80 columns and fold every row.
    Console(width=None if sys.stdout.isatty() else 110, markup=False).print(table)


def _runs_table(rows: list[tuple[str, str, Run]], say: Say) -> None:
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
    header = ("vendor", "kind", "run", "status", "created", "completed", "duration")
    _table("Every run, normalized", header, lines, say)


def _buzzabout(bz: Buzzabout, rows: list[tuple[str, str, Run]], say: Say) -> None:
    say("\n1. A dataset and its search")
    ds = bz.datasets.create(name="cold brew demo")
    run = bz.datasets.runs.create(
        ds.id,
        search_query="cold brew coffee",
        sources=["reddit", "tiktok", "youtube"],
        count=60,
        content_analysis_actions=["sentiment", "hook", "content_topics", "mentioned_brands"],
    )
    run = wait_with_bar(bz, run, "dataset run")
    sources = ", ".join(run.params.sources if run.params else ())
    say(f"   {ds.id}: {run.mentions_count} mentions from {sources}")
    rows.append(("buzzabout", "dataset run", run))

    say("\n2. An audience run on it, and its top 5 profiles by followers")
    audience = bz.audience_datasets.create(name="cold brew creators")
    audience_run = bz.audience_datasets.runs.create(
        audience.id, source_dataset_id=ds.id, total_profile_count=120
    )
    try:
        bz.audience_datasets.runs.create(audience.id, source_dataset_id=ds.id)
    except ConflictError as exc:
        say(f"   a second run is refused, as documented: {exc!r}")
    audience_run = wait_with_bar(bz, audience_run, "audience run")
    rows.append(("buzzabout", "audience dataset run", audience_run))
    top = bz.audience_profiles.list(
        audience_dataset_ids=[audience.id], sort="follower_count", order="desc", limit=5
    )
    _table(
        f"   Top 5 of {audience_run.profile_count} profiles",
        ("username", "source", "followers", "tier", "engagement"),
        [
            (
                p.username or "-",
                p.source or "-",
                f"{p.follower_count or 0:,}",
                p.creator_tier or "-",
                f"{p.engagement_rate or 0:.1%}",
            )
            for p in itertools.islice(top, 5)
        ],
        say,
    )

    say("\n3. A custom parameter over the posts, and the mentions it read")
    mentions = list(
        itertools.islice(bz.mentions.list(dataset_ids=[ds.id], sort="likes", limit=3), 3)
    )
    parameter = bz.custom_parameters.create(
        name="Brand sentiment label",
        value_type="string",
        instructions="Classify the post's sentiment toward our brand: positive, negative, neutral.",
    )
    preview = bz.custom_parameters.preview(
        instructions=parameter.instructions or "",
        value_type="string",
        post_refs=[(m.id, m.source or "") for m in mentions[:2]],
    )
    say("   preview: " + ", ".join(f"{p.source}/{p.post_id} -> {p.value}" for p in preview))
    parameter_run = wait_with_bar(
        bz, bz.custom_parameters.runs.create(parameter.id, dataset_id=ds.id), "parameter run"
    )
    rows.append(("buzzabout", "custom parameter run", parameter_run))
    _table(
        "   The most liked mentions",
        ("source", "likes", "engagement", "sentiment", "title"),
        [
            (
                m.source or "-",
                f"{m.num_likes or 0:,}",
                f"{m.engagement_rate or 0:.1%}",
                f"{m.sentiment_score:+.2f}" if m.sentiment_score is not None else "-",
                (m.title or "")[:48],
            )
            for m in mentions
        ],
        say,
    )

    say("\n4. A pattern detection, and the pattern's items")
    detection = bz.pattern_detections.create(
        dataset_id=ds.id,
        name="Cold brew themes",
        research_question="What do people keep saying about cold brew?",
    )
    detection = wait_with_bar(bz, detection, "pattern detection")
    rows.append(("buzzabout", "pattern detection", detection))
    pattern = bz.patterns.get(detection.pattern_id or "")
    say(f"   {pattern.id}: {pattern.summary}")
    _table(
        "   Items",
        ("item", "posts", "title"),
        [(i.item_id, str(i.post_count or 0), i.title or "-") for i in pattern.items],
        say,
    )


def run_demo(speed: float = 30.0, say: Say = print) -> int:
    """Start the fake on loopback and walk the whole path through the facade."""
    started = time.perf_counter()
    clock = ScaledClock(speed=speed)
    fake = FakeAPIs(clock)
    rows: list[tuple[str, str, Run]] = []
    with fake.serve() as server:
        say(f"fake Buzzabout, AudienceLab and Leadpipe on {server.base_url} (clock x{speed:g})")
        options = {"base_url": server.base_url, "clock": clock}
        with Buzzabout(api_key=BUZZABOUT_KEY, **options) as bz:
            _buzzabout(bz, rows, say)

        with AudienceLab(api_key=AUDIENCELAB_KEY, **options) as al:
            say("\n5. An AudienceLab audience")
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
            say("\n6. A Leadpipe intent-audience run, and its results")
            first = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
            second = lp.intent_audiences.runs.create(INTENT_AUDIENCE)
            try:
                lp.intent_audiences.runs.cancel(INTENT_AUDIENCE, second.id)
                say(f"   queued {first.id[:8]}, and cancelled {second.id[:8]} while queued")
            except ConflictError as exc:  # a slow machine: the worker took it first
                say(f"   too late to cancel {second.id[:8]}: {exc}")
            done = wait_with_bar(lp, first, "intent run")
            rows.append(("leadpipe", "intent audience run", done))
            results = lp.intent_audiences.runs.results(INTENT_AUDIENCE, done.id, limit=50)
            rows_read = list(results)
            say(f"   {len(rows_read)} result rows from {done.candidate_count:,} candidates")
            _table(
                "   The first three",
                ("email", "company", "intent"),
                [
                    (str(r.get("email")), str(r.get("companyName")), str(r.get("intentScore")))
                    for r in rows_read[:3]
                ],
                say,
            )

    say("")
    _runs_table(rows, say)
    say(f"\ndone in {time.perf_counter() - started:.1f} s of wall time")
    return 0
