"""The command tree: every command, its options, its help.

Each leaf command sets ``handler`` (a function of ``_commands``, ``_export`` or ``_fake``)
and, for the generic handlers, the resource it works on (``area``) and its positional ids.
``--json`` and ``--timeout`` are accepted before or after any command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, get_args

from audiences import __version__
from audiences._cli import _commands as do, _options as opt
from audiences._cli._errors import EXIT_CODES
from audiences._cli._export import FORMATS, export
from audiences._cli._fake import serve
from audiences._cli._filters import GRAMMAR
from audiences._cli._options import AL, BZ, LP
from audiences._cli._session import WAIT_KINDS
from audiences.types import ContentAnalysisAction, Source, ValueType

ROWS_SHOWN = 20  # rows mentions, profiles and results show without --limit


def _resource(
    sub: Any, area: str, what: str, ident: str, *, vendors: tuple[str, ...], runs: bool = False
) -> None:
    """``list``, ``get``, ``create --name``, ``delete`` (and ``runs ID``) of one resource."""
    listed = opt.add(sub, "list", f"every {what}", vendors, handler=do.listing, area=area, ids=())
    listed.set_defaults(paged=True)
    opt.limit(listed)
    opt.order(listed)
    opt.ids(opt.add(sub, "get", f"one {what}", vendors, handler=do.get, area=area), ident)
    made = opt.add(sub, "create", f"create {opt.a(what)}", vendors, handler=do.create, area=area)
    made.add_argument("--name", required=True, help="its name (1-255 characters)")
    made.set_defaults(fields=("name",))
    gone = opt.add(sub, "delete", f"delete {opt.a(what)} and its runs", vendors, handler=do.delete)
    opt.ids(gone, ident)
    gone.set_defaults(area=area, what=what)
    if runs:
        listed = opt.add(sub, "runs", f"the runs of {opt.a(what)}", vendors, handler=do.listing)
        listed.set_defaults(area=f"{area}.runs", paged=True)
        opt.ids(listed, ident)
        opt.limit(listed, what="runs")
        opt.order(listed)


def _start_run(
    sub: Any, ident: str, summary: str, handler: Callable[..., Any], more: str = ""
) -> argparse.ArgumentParser:
    """``start-run ID [--wait]`` of a Buzzabout container; the caller adds the run's options."""
    start = opt.add(sub, "start-run", summary, BZ, more=more, handler=handler)
    opt.ids(start, ident)
    opt.wait_option(start)
    return start


def _datasets(sub: Any) -> None:
    group = opt.group(sub, "datasets", "Buzzabout datasets: the searches that collect mentions", BZ)
    _resource(group, "buzzabout.datasets", "dataset", "DATASET_ID", vendors=BZ, runs=True)
    start = _start_run(
        group,
        "DATASET_ID",
        "start a search that fills a dataset with mentions",
        do.start_dataset_run,
        more="A prompt search (--query and --source) or a URL search (--url): one of the two.",
    )
    start.add_argument("--query", help="what to search for (1-5000 characters)")
    start.add_argument(
        "--source", action="append", choices=get_args(Source), help="a platform (repeat it)"
    )
    start.add_argument(
        "--url",
        action="append",
        metavar="SOURCE=URL[#TEXT]",
        help="a post or thread to collect (repeat it, 1-100); #TEXT narrows a Reddit "
        "thread to matching comments (a URL's own #fragment never reaches a server)",
    )
    start.add_argument("--count", type=int, help="posts to collect (20-500, default 200)")
    start.add_argument("--comments", type=int, help="comments per post (0-100)")
    start.add_argument("--from", dest="date_from", type=opt.day, metavar="DATE", help="YYYY-MM-DD")
    start.add_argument(
        "--to", dest="date_to", type=opt.day, metavar="DATE", help="YYYY-MM-DD (default today)"
    )
    start.add_argument("--country", help="ISO 3166-1 alpha-2 code (US)")
    start.add_argument("--language", help="BCP-47 language (en)")
    start.add_argument(
        "--analysis",
        action="append",
        choices=get_args(ContentAnalysisAction),
        metavar="ANALYSIS",
        help="an analysis of each post (repeat it): " + ", ".join(get_args(ContentAnalysisAction)),
    )
    start.add_argument("--visual", action="store_true", help="recognize what images show")
    start.add_argument("--transcribe", action="store_true", help="transcribe videos")


def _audience_datasets(sub: Any) -> None:
    group = opt.group(sub, "audience-datasets", "Buzzabout audience datasets and their runs", BZ)
    area = "buzzabout.audience_datasets"
    _resource(group, area, "audience dataset", "AUDIENCE_DATASET_ID", vendors=BZ, runs=True)
    start = _start_run(
        group,
        "AUDIENCE_DATASET_ID",
        "start a run that collects the profiles of a dataset's authors and commenters",
        do.start_audience_dataset_run,
    )
    start.add_argument("--source-dataset-id", required=True, metavar="DATASET_ID")
    start.add_argument("--total-profile-count", type=int, metavar="N", help="1-2000 (default 850)")


def _rows(sub: Any) -> None:
    for what, summary in (
        ("mentions", "Buzzabout mentions: the posts of every dataset, filtered and sorted"),
        ("profiles", "Buzzabout audience profiles: creators and commenters, filtered, sorted"),
    ):
        parser = opt.add(sub, what, summary, BZ, epilog=GRAMMAR, handler=do.rows, rows=what)
        opt.scope_options(parser, what)
        opt.limit(parser, ROWS_SHOWN, what)


def _export(sub: Any) -> None:
    group = opt.group(
        sub, "export", "every row into a file, page by page (JSON Lines or CSV)", BZ + LP
    )
    more = (
        "Rows go to a hidden temporary file beside FILE, renamed to FILE at the end: "
        "after a failure or Ctrl-C there is no FILE (an older one is left as it was). "
        "Progress (rows, pages, rate) goes to stderr."
    )
    for what, summary, vendors in (
        ("mentions", "every matching mention", BZ),
        ("profiles", "every matching audience profile", BZ),
        ("intent-results", "the result rows of a completed Leadpipe intent run", LP),
    ):
        epilog = GRAMMAR if what != "intent-results" else ""
        parser = opt.add(group, what, summary, vendors, more=more, epilog=epilog, handler=export)
        parser.set_defaults(rows=what)
        if what == "intent-results":
            parser.add_argument("audience_id", metavar="AUDIENCE_ID")
            parser.add_argument("run_id", metavar="RUN_ID")
        else:
            opt.scope_options(parser, what)
        parser.add_argument("--output", "-o", required=True, metavar="FILE")
        parser.add_argument(
            "--format", choices=FORMATS, help="default: from FILE's name (.jsonl, .csv)"
        )
        opt.limit(parser, what="rows")


def _patterns(sub: Any) -> None:
    detect = opt.add(
        sub,
        "pattern-detection",
        "start a Buzzabout pattern detection over a dataset and wait for it",
        BZ,
        more="Its pattern_id leads to what it found: audiences pattern PATTERN_ID.",
        handler=do.pattern_detection,
        waits=True,
    )
    detect.add_argument("--dataset-id", required=True, metavar="DATASET_ID")
    detect.add_argument("--name", required=True)
    detect.add_argument("--research-question", required=True, metavar="QUESTION")
    shown = opt.add(
        sub,
        "pattern",
        "a Buzzabout pattern: its summary and items (or one item and its posts)",
        BZ,
        handler=do.pattern,
    )
    shown.add_argument("pattern_id", metavar="PATTERN_ID")
    shown.add_argument("--item", metavar="ITEM_ID", help="one item, with its post refs")


def _custom_parameters(sub: Any) -> None:
    group = opt.group(
        sub, "custom-parameters", "Buzzabout custom parameters: LLM extraction rules", BZ
    )
    area = "buzzabout.custom_parameters"
    listed = opt.add(group, "list", "every custom parameter", BZ, handler=do.listing, area=area)
    listed.set_defaults(ids=(), paged=False)
    opt.limit(listed)
    opt.ids(
        opt.add(group, "get", "one custom parameter", BZ, handler=do.get, area=area), "PARAMETER_ID"
    )
    made = opt.add(group, "create", "define a custom parameter", BZ, handler=do.create, area=area)
    made.add_argument("--name", required=True)
    made.add_argument("--instructions", required=True, help="what to extract from each post")
    made.add_argument("--value-type", choices=get_args(ValueType), default="string")
    made.set_defaults(fields=("name", "instructions", "value_type"))
    gone = opt.add(group, "delete", "delete a custom parameter", BZ, handler=do.delete, area=area)
    opt.ids(gone, "PARAMETER_ID")
    gone.set_defaults(what="custom parameter")
    run = opt.add(
        sub,
        "custom-parameter-run",
        "run a Buzzabout custom parameter over a dataset and wait for it",
        BZ,
        handler=do.custom_parameter_run,
        waits=True,
    )
    run.add_argument("parameter_id", metavar="PARAMETER_ID")
    run.add_argument("--dataset-id", required=True, metavar="DATASET_ID")


def _audiencelab(sub: Any) -> None:
    made = opt.add(
        sub, "create-audience", "create an AudienceLab audience", AL, handler=do.create_audience
    )
    made.add_argument("--name", required=True)
    made.add_argument(
        "--filters",
        required=True,
        metavar="JSON",
        help='as documented, a JSON object: \'{"city": ["New York"], "age": {"minAge": 25}}\'',
    )
    made.add_argument("--segment", action="append", metavar="ID", help="a segment (repeat it)")
    made.add_argument("--days-back", type=int, metavar="N", help="1 or more")


def _leadpipe(sub: Any) -> None:
    group = opt.group(sub, "intent-runs", "Leadpipe intent-audience runs and their results", LP)
    area = "leadpipe.intent_audiences.runs"
    listed = opt.add(group, "list", "the newest runs of an intent audience", LP, handler=do.listing)
    listed.set_defaults(area=area, paged=True)
    opt.ids(listed, "AUDIENCE_ID")
    opt.limit(listed, what="runs (100 at most)")
    queued = opt.add(group, "queue", "queue a manual run", LP, handler=do.queue)
    queued.add_argument("audience_id", metavar="AUDIENCE_ID")
    queued.add_argument("--idempotency-key", metavar="KEY", help="default: a new one")
    cancel = opt.add(group, "cancel", "cancel a queued run", LP, handler=do.cancel)
    cancel.add_argument("audience_id", metavar="AUDIENCE_ID")
    cancel.add_argument("run_id", metavar="RUN_ID")
    results = opt.add(
        group,
        "results",
        "the result rows of a completed run",
        LP,
        more="A run that has not completed exits 4 and says so: wait for it first "
        "(audiences wait intent-run AUDIENCE_ID RUN_ID).",
        handler=do.rows,
        rows="intent-results",
    )
    results.add_argument("audience_id", metavar="AUDIENCE_ID")
    results.add_argument("run_id", metavar="RUN_ID")
    opt.limit(results, ROWS_SHOWN, "rows")


def _wait(sub: Any) -> None:
    kinds = "\n".join(f"  {kind.name:<22} {' '.join(kind.ids)}" for kind in WAIT_KINDS.values())
    group = opt.add(
        sub,
        "wait",
        "wait on a run until it ends, with a progress bar on stderr",
        BZ + LP,
        more=f"Each kind takes the ids that observe it:\n{kinds}\n\nThe run ends completed "
        "(exit 0) or failed (exit 4); --timeout (default 900 s) gives up with exit 4.",
    )
    tree = group.add_subparsers(dest="kind", metavar="KIND", title="kinds", required=True)
    for kind in WAIT_KINDS.values():
        vendors = LP if kind.vendor == "leadpipe" else BZ
        parser = opt.add(
            tree,
            kind.name,
            f"wait on {opt.a(kind.name.replace('-', ' '))}: {' '.join(kind.ids)}",
            vendors,
            handler=do.wait,
        )
        parser.set_defaults(waits=True)
        for name in kind.ids:
            parser.add_argument(name.lower(), metavar=name)


def _local(sub: Any) -> None:
    fake = opt.add(
        sub,
        "fake",
        "serve the embedded fake of all three APIs on loopback until Ctrl-C",
        more="Prints the base URL, the keys and ready-made ids to use; --json prints them "
        "as one JSON line (what audiences.testing.fake_process() reads); --env prints "
        "export lines a shell can eval or source. Ctrl-C and SIGTERM stop it (exit 0).",
        handler=serve,
    )
    fake.add_argument("--port", type=int, default=8080, help="0 picks a free port (default 8080)")
    fake.add_argument(
        "--speed",
        type=float,
        default=1.0,
        help="how much faster than real time runs advance (default 1)",
    )
    fake.add_argument("--env", action="store_true", help="print `export NAME=value` lines")
    demo = opt.add(
        sub, "demo", "run the main workflow on the embedded fake (no keys)", handler=do.demo
    )
    demo.add_argument("--speed", type=float, default=30.0, help="the fake's clock (default 30)")


DESCRIPTION = """Buzzabout, AudienceLab and Leadpipe from the shell.

Tables and readable lines for people; --json for scripts. Errors go to stderr, in one
line; progress bars too. Times are UTC. `audiences COMMAND --help` tells more."""


def build() -> argparse.ArgumentParser:
    """The whole command tree."""
    parser = argparse.ArgumentParser(
        prog="audiences",
        parents=[opt.global_options(top=True)],
        description=DESCRIPTION,
        epilog=EXIT_CODES + "\n\n" + opt.environment(BZ + AL + LP),
        formatter_class=opt.Formatter,
    )
    parser.add_argument("--version", action="version", version=f"audiences {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", required=True)
    _datasets(sub)
    _rows(sub)
    _audience_datasets(sub)
    _patterns(sub)
    _custom_parameters(sub)
    _audiencelab(sub)
    _leadpipe(sub)
    _wait(sub)
    _export(sub)
    _local(sub)
    return parser
