"""The command tree: every command, its options, its help.

Each leaf command sets ``handler`` (a function of ``_commands``, ``_export`` or ``_fake``)
and, for the generic handlers, the resource it works on (``area``) and its positional ids.
``--json`` and ``--timeout`` are accepted before or after any command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, get_args

from audiences import __version__, _spec as spec
from audiences._cli import _commands as do, _completion, _intent as intent, _options as opt
from audiences._cli._errors import EXIT_CODES
from audiences._cli._export import FORMATS, export
from audiences._cli._fake import serve
from audiences._cli._filters import GRAMMAR
from audiences._cli._options import AL, BZ, LP
from audiences._cli._session import WAIT_KINDS
from audiences.types import (
    ContentAnalysisAction,
    IntentAudienceStatus,
    IntentTopicType,
    Source,
    ValueType,
)

ROWS_SHOWN = 20  # rows mentions, profiles and results show without --limit
SEARCH = "search_intent_topics"


def _resource(
    sub: Any,
    area: str,
    what: str,
    ident: str,
    *,
    vendors: tuple[str, ...],
    request: str,
    runs: bool = False,
) -> None:
    """``list``, ``get``, ``create --name``, ``delete`` (and ``runs ID``) of one resource;
    ``request`` is the spec's schema of its creation."""
    listed = opt.add(sub, "list", f"every {what}", vendors, handler=do.listing, area=area, ids=())
    listed.set_defaults(paged=True)
    opt.limit(listed)
    opt.order(listed)
    opt.ids(opt.add(sub, "get", f"one {what}", vendors, handler=do.get, area=area), ident)
    made = opt.add(sub, "create", f"create {opt.a(what)}", vendors, handler=do.create, area=area)
    made.add_argument(
        "--name", required=True, help=f"its name ({spec.bounds(spec.prop(request, 'name'))})"
    )
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
    _resource(
        group,
        "buzzabout.datasets",
        "dataset",
        "DATASET_ID",
        vendors=BZ,
        request="CreateDatasetRequest",
        runs=True,
    )
    start = _start_run(
        group,
        "DATASET_ID",
        "start a search that fills a dataset with mentions",
        do.start_dataset_run,
        more="A prompt search (--query and --source) or a URL search (--url): one of the two.",
    )
    run = "CreateDatasetRunRequest"
    query = spec.bounds(spec.prop("PromptSearch", "search_query"))
    start.add_argument("--query", help=f"what to search for ({query})")
    start.add_argument(
        "--source", action="append", choices=get_args(Source), help="a platform (repeat it)"
    )
    start.add_argument(
        "--url",
        action="append",
        metavar="SOURCE=URL[#TEXT]",
        help=f"a post or thread to collect (repeat it: "
        f"{spec.bounds(spec.prop('UrlSearch', 'source_urls'))}); #TEXT narrows a Reddit "
        "thread to matching comments (a URL's own #fragment never reaches a server)",
    )
    count = spec.bounds(spec.prop(run, "count"))
    start.add_argument("--count", type=int, help=f"posts to collect ({count})")
    comments = spec.bounds(spec.prop(run, "num_comments_per_post"))
    start.add_argument("--comments", type=int, help=f"comments per post ({comments})")
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
    _resource(
        group,
        area,
        "audience dataset",
        "AUDIENCE_DATASET_ID",
        vendors=BZ,
        request="CreateAudienceDatasetRequest",
        runs=True,
    )
    start = _start_run(
        group,
        "AUDIENCE_DATASET_ID",
        "start a run that collects the profiles of a dataset's authors and commenters",
        do.start_audience_dataset_run,
    )
    start.add_argument("--source-dataset-id", required=True, metavar="DATASET_ID")
    target = spec.bounds(spec.prop("CreateAudienceDatasetRunRequest", "total_profile_count"))
    start.add_argument("--total-profile-count", type=int, metavar="N", help=target)


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
        sub, "export", "every row into a file, page by page (JSON Lines or CSV)", BZ + AL + LP
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
        ("audiencelab-members", "an AudienceLab audience's member rows (community-observed)", AL),
    ):
        epilog = GRAMMAR if what in ("mentions", "profiles") else ""
        parser = opt.add(group, what, summary, vendors, more=more, epilog=epilog, handler=export)
        parser.set_defaults(rows=what)
        if what == "intent-results":
            parser.add_argument("audience_id", metavar="AUDIENCE_ID")
            parser.add_argument("run_id", metavar="RUN_ID")
        elif what == "audiencelab-members":
            parser.add_argument("audience_id", metavar="AUDIENCE_ID")
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
    segment = spec.item(spec.prop("CreateAudienceRequest", "segment"))
    made.add_argument(
        "--segment",
        action="append",
        metavar="ID",
        help=f"a segment id (repeat it), matching {spec.non_null(segment)['pattern']} (b2c_1253)",
    )
    days = spec.bounds(spec.prop("CreateAudienceRequest", "days_back"))
    made.add_argument("--days-back", type=int, metavar="N", help=days)


# ------------------------------------------------------------------ issue 20: credits, AudienceLab

BETA = "Beta: Buzzabout documents this in its staging docs only, as an endpoint that may change."
COMMUNITY = (
    "Community-observed: no official AudienceLab reference documents this; it follows "
    "third-party code that reads it."
)


def _account(sub: Any) -> None:
    shown = opt.add(
        sub,
        "account",
        "the Buzzabout account: its plan and credits (what is left to spend)",
        BZ,
        more=f"credits_left is credits_total - credits_used. {BETA}",
        handler=do.account,
    )
    instead = shown.add_mutually_exclusive_group()
    instead.add_argument(
        "--usage", action="store_true", help="the credit charges and refunds instead"
    )
    instead.add_argument(
        "--prices", action="store_true", help="the credits each kind of result costs instead"
    )
    opt.limit(shown, what="usage records")


def _page_size(parser: argparse.ArgumentParser, operation_id: str, what: str) -> None:
    size = spec.bounds(spec.param(operation_id, "page_size"))
    parser.add_argument(
        "--page-size", type=int, metavar="N", help=f"{what} a request asks for ({size})"
    )


def _audiencelab_audiences(sub: Any) -> None:
    group = opt.group(sub, "audiencelab", "AudienceLab audiences read back", AL)
    audiences = opt.group(group, "audiences", "AudienceLab audiences and their members", AL)
    listed = opt.add(
        audiences,
        "list",
        "every AudienceLab audience",
        AL,
        more=COMMUNITY,
        handler=do.audiencelab_audiences,
    )
    _page_size(listed, "list_audiences", "audiences")
    opt.limit(listed, what="audiences")
    members = opt.add(
        audiences,
        "members",
        "the member rows of an AudienceLab audience",
        AL,
        more=f"{COMMUNITY} audiences export audiencelab-members writes them all to a file.",
        handler=do.rows,
        rows="audiencelab-members",
    )
    members.add_argument("audience_id", metavar="AUDIENCE_ID")
    _page_size(members, "list_audience_members", "rows")
    opt.limit(members, ROWS_SHOWN, "rows")


def _leadpipe(sub: Any) -> None:
    group = opt.group(sub, "intent-runs", "Leadpipe intent-audience runs and their results", LP)
    area = "leadpipe.intent_audiences.runs"
    listed = opt.add(group, "list", "the newest runs of an intent audience", LP, handler=do.listing)
    listed.set_defaults(area=area, paged=True)
    opt.ids(listed, "AUDIENCE_ID")
    most = spec.non_null(spec.param("list_intent_audience_runs", "limit"))["maximum"]
    opt.limit(listed, what=f"runs ({most} at most)")
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
    _intent_runs(group)


# ------------------------------------------------------------------ Leadpipe: the whole job


def _config_options(parser: argparse.ArgumentParser) -> None:
    """A config's options (``_intent.config`` reads them), bounds from the spec."""
    config = "IntentAudienceConfig"

    def bounds(name: str) -> str:
        return spec.bounds(spec.prop(config, name))

    parser.add_argument(
        "--topic",
        action="append",
        type=int,
        metavar="TOPIC_ID",
        help=f"a topic people research (repeat it: {bounds('topicIds')}; intent-topics search)",
    )
    parser.add_argument("--min-score", type=int, metavar="N", help=bounds("minScore"))
    parser.add_argument("--max-score", type=int, metavar="N", help=bounds("maxScore"))
    parser.add_argument(
        "--min-topic-overlap",
        type=int,
        metavar="N",
        help=f"topics a person must match ({bounds('minTopicOverlap')})",
    )
    parser.add_argument(
        "--filters",
        metavar="JSON",
        help="ICP filters, as the filter catalogue keys them: "
        '\'{"role.seniority": {"values": ["vp"]}, "contact.hasBusinessEmail": true}\'',
    )
    parser.add_argument("--source-url", metavar="URL", help="the website the topics came from")


def _intent_audiences(sub: Any) -> None:
    statuses = get_args(IntentAudienceStatus)
    group = opt.group(sub, "intent-audiences", "Leadpipe intent audiences and their configs", LP)
    area = "leadpipe.intent_audiences"
    made = opt.add(group, "create", "save an intent audience", LP, handler=intent.create)
    made.add_argument(
        "--name",
        required=True,
        help=f"its name ({spec.bounds(spec.prop('CreateIntentAudienceRequest', 'name'))})",
    )
    made.add_argument(
        "--status", choices=statuses, help="its status (Leadpipe's default if not given)"
    )
    _config_options(made)
    listed = opt.add(group, "list", "the saved intent audiences", LP, handler=intent.listing)
    listed.add_argument("--status", choices=statuses)
    opt.limit(listed, what="audiences")
    opt.ids(
        opt.add(group, "get", "one intent audience", LP, handler=do.get, area=area), "AUDIENCE_ID"
    )
    for action, status, summary in (
        ("activate", "active", "activate an intent audience (daily runs; it takes a slot)"),
        ("pause", "paused", "pause an intent audience"),
    ):
        changed = opt.add(group, action, summary, LP, handler=intent.set_status, status=status)
        changed.add_argument("audience_id", metavar="AUDIENCE_ID")
    gone = opt.add(group, "delete", "delete an intent audience", LP, handler=do.delete, area=area)
    opt.ids(gone, "AUDIENCE_ID")
    gone.set_defaults(what="intent audience")
    for action, handler, summary in (
        ("preview", intent.preview, "how many people a config selects, with a masked sample"),
        ("validate", intent.validate, "check a config and see it normalized"),
    ):
        _config_options(opt.add(group, action, summary, LP, handler=handler))
    topics = opt.group(sub, "intent-topics", "Leadpipe intent topics, what configs list", LP)
    search = opt.add(
        topics, "search", "topics whose names match QUERY", LP, handler=intent.search_topics
    )
    search.add_argument("q", metavar="QUERY", help=spec.bounds(spec.param(SEARCH, "q")))
    search.add_argument("--industry")
    search.add_argument("--type", choices=get_args(IntentTopicType))
    search.add_argument(
        "--limit", type=int, metavar="N", help=spec.bounds(spec.param(SEARCH, "limit"))
    )


def _intent_runs(group: Any) -> None:
    """``intent-runs stats`` and ``intent-runs export-csv``."""
    shown = opt.add(
        group, "stats", "a completed run's fill rates and score histogram", LP, handler=intent.stats
    )
    shown.add_argument("audience_id", metavar="AUDIENCE_ID")
    shown.add_argument("run_id", metavar="RUN_ID")
    saved = opt.add(
        group,
        "export-csv",
        "a completed run's CSV, as Leadpipe sends it, into a file",
        LP,
        more="The bytes go to a hidden temporary file beside FILE as they arrive, renamed to "
        "FILE at the end: after a failure or Ctrl-C there is no FILE (an older one is left "
        "as it was).",
        handler=intent.export_csv,
    )
    saved.add_argument("audience_id", metavar="AUDIENCE_ID")
    saved.add_argument("run_id", metavar="RUN_ID")
    saved.add_argument("--output", "-o", required=True, metavar="FILE")


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
    _account(sub)
    _audiencelab_audiences(sub)
    _leadpipe(sub)
    _intent_audiences(sub)
    _wait(sub)
    _export(sub)
    _local(sub)
    _completion.add(sub)
    return parser
