"""The whole job at every vendor, on the embedded fake, over real HTTP on loopback.

Started by ``make demo`` (``audiences demo``). The fake's clock runs ``speed`` times
faster than real time, and the clients share it, so every job takes seconds:

* Buzzabout: a dataset and its search; the credits checked before an audience run, and
  its top profiles; a custom parameter over the posts and the values it extracted; a
  pattern detection and its items.
* AudienceLab: an audience created, listed, and its first members read.
* Leadpipe: topics found, an intent audience validated, previewed, saved and activated,
  a run of it, its stats and its CSV.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from audiences import AudienceLab, Buzzabout, ConflictError, Leadpipe, Run
from audiences._progress import wait_with_bar
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
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

    say("\n2. The credits an audience run needs, then the run and its top 5 profiles")
    wanted = 120
    before = bz.account.get()
    price = bz.credit_prices.get().audience_profile or 0.0
    say(
        f"   {before.credits_left or 0:,.0f} credits left; {wanted} profiles at {price:g} "
        f"credits each reserve {wanted * price:,.0f} (refunded down to what is collected)"
    )
    audience = bz.audience_datasets.create(name="cold brew creators")
    audience_run = bz.audience_datasets.runs.create(
        audience.id, source_dataset_id=ds.id, total_profile_count=wanted
    )
    try:
        bz.audience_datasets.runs.create(audience.id, source_dataset_id=ds.id)
    except ConflictError as exc:
        say(f"   a second run is refused, as documented: {exc!r}")
    audience_run = wait_with_bar(bz, audience_run, "audience run")
    rows.append(("buzzabout", "audience dataset run", audience_run))
    spent = (before.credits_left or 0) - (bz.account.get().credits_left or 0)
    say(f"   {audience_run.profile_count} profiles collected for {spent:,.0f} credits")
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

    say("\n3. A custom parameter over the posts, and the values it extracted")
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
    valued = bz.mentions.list(
        dataset_ids=[ds.id], sort="likes", limit=3, parameter_ids=[parameter.id]
    )
    _table(
        "   The most liked mentions, with the parameter's value",
        ("source", "likes", "engagement", "sentiment", "value", "title"),
        [
            (
                m.source or "-",
                f"{m.num_likes or 0:,}",
                f"{m.engagement_rate or 0:.1%}",
                f"{m.sentiment_score:+.2f}" if m.sentiment_score is not None else "-",
                str(m.custom_parameters.get(parameter.id, "-")),
                (m.title or "")[:40],
            )
            for m in itertools.islice(valued, 3)
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


def _audiencelab(al: AudienceLab, say: Say) -> None:
    say("\n5. An AudienceLab audience, listed, and its first members")
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
    listed = [a.name for a in al.audiences.list()]
    say(f"   the account's audiences: {', '.join(n or '-' for n in listed)}")
    members = list(itertools.islice(al.audiences.members(audience.id), 3))
    _table(
        "   Its first three members (community-observed rows, as sent)",
        ("name", "city", "company", "title"),
        [
            (
                f"{m.get('FIRST_NAME', '')} {m.get('LAST_NAME', '')}",
                str(m.get("PERSONAL_CITY", "-")),
                str(m.get("COMPANY_NAME", "-")),
                str(m.get("JOB_TITLE", "-")),
            )
            for m in members
        ],
        say,
    )


def _leadpipe(lp: Leadpipe, rows: list[tuple[str, str, Run]], say: Say) -> None:
    say("\n6. Leadpipe: topics, an intent audience, a run, its stats and its CSV")
    topics = lp.intent_topics.search("CRM", type="b2b", limit=5)
    say("   topics: " + ", ".join(f"{t.topic_id} {t.topic_name}" for t in topics))
    config = {"topicIds": [t.topic_id for t in topics], "minScore": 70}
    checked = lp.intent_audiences.validate(config=config)
    preview = lp.intent_audiences.preview(config=config)
    say(f"   valid: {checked.valid}; a preview counts {preview.total_count:,} people")
    saved = lp.intent_audiences.create(name="CRM buyers", config=config)
    active = lp.intent_audiences.update(saved.id, status="active")
    say(f"   saved {active.id[:8]} as {saved.status}, now {active.status}")
    first = lp.intent_audiences.runs.create(active.id)
    second = lp.intent_audiences.runs.create(active.id)
    try:
        lp.intent_audiences.runs.cancel(active.id, second.id)
        say(f"   queued {first.id[:8]}, and cancelled {second.id[:8]} while queued")
    except ConflictError as exc:  # a slow machine: the worker took it first
        say(f"   too late to cancel {second.id[:8]}: {exc}")
    done = wait_with_bar(lp, first, "intent run")
    rows.append(("leadpipe", "intent audience run", done))
    stats = lp.intent_audiences.runs.stats(active.id, done.id)
    filled = ", ".join(f"{k} {v.percent or 0:.0f}%" for k, v in list(stats.fill_rates.items())[:3])
    say(f"   {stats.total} people in the run; filled: {filled}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crm-buyers.csv"
        written = lp.intent_audiences.runs.export_csv(active.id, done.id, path)
        lines = path.read_text().splitlines()
    say(f"   its CSV: {written:,} bytes, {len(lines) - 1} rows, columns {lines[0][:60]}...")
    people = list(itertools.islice(lp.intent_audiences.runs.results(active.id, done.id), 3))
    _table(
        "   The first three people",
        ("name", "email", "company"),
        [
            (
                str(p.get("fullName")),
                str(p.get("email")),
                str((p.get("company") or {}).get("name")),
            )
            for p in people
        ],
        say,
    )


def run_demo(speed: float = 30.0, say: Say = print) -> int:
    """Start the fake on loopback and walk every vendor's whole job through the facade."""
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
            _audiencelab(al, say)
        with Leadpipe(api_key=LEADPIPE_KEY, **options) as lp:
            _leadpipe(lp, rows, say)

    say("")
    _runs_table(rows, say)
    say(f"\ndone in {time.perf_counter() - started:.1f} s of wall time")
    return 0
