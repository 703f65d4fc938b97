"""What each command does, through the public API of ``audiences``.

Most commands are declared in ``_parser.py`` with the resource they work on (``area``,
``buzzabout.datasets``) and the ids they take, and run one of the generic handlers at the
top (``get``, ``listing``, ``create``, ``delete``); the others have a handler of their own.
Each handler prints through ``session.out`` and returns nothing: errors are exceptions,
turned into exit codes by ``main``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from audiences import SourceURL, filters
from audiences._cli import _filters, _views as views
from audiences._cli._errors import UsageError
from audiences._cli._session import WAIT_KINDS, Session

# ------------------------------------------------------------------ generic handlers


def get(session: Session) -> None:
    """``... get ID``: one resource."""
    session.out.result(session.area().get(*session.ids()))


def listing(session: Session) -> None:
    """``... list``, ``... runs ID``: a list, ``--limit`` items at most."""
    args, options = session.args, {}
    if getattr(args, "order", None) is not None:
        options["order"] = args.order
    if args.paged:
        options["limit"] = session.page_size()
    session.out.results(session.take(session.area().list(*session.ids(), **options)))


def create(session: Session) -> None:
    """``... create --name NAME ...``: a new resource from the command's ``fields``."""
    fields = {name: getattr(session.args, name) for name in session.args.fields}
    session.out.result(session.area().create(**fields))


def delete(session: Session) -> None:
    """``... delete ID``: gone (soft-deleted where the API says so)."""
    ids = session.ids()
    session.area().delete(*ids)
    session.out.done(f"deleted {session.args.what} {ids[-1]}", {"deleted": ids[-1]})


# ------------------------------------------------------------------ runs


def _maybe_wait(session: Session, run: Any) -> None:
    session.out.result(session.wait(run) if session.args.wait else run)


def start_audience_dataset_run(session: Session) -> None:
    """``audience-datasets start-run``."""
    args = session.args
    run = session.buzzabout().audience_datasets.runs.create(
        args.audience_dataset_id,
        source_dataset_id=args.source_dataset_id,
        total_profile_count=args.total_profile_count,
    )
    _maybe_wait(session, run)


def _source_url(given: str) -> SourceURL:
    source, equals, rest = given.partition("=")
    url, _, comment_text = rest.partition("#")
    if not equals or not source.strip() or not url.strip():
        raise UsageError(f"--url {given!r}: write SOURCE=URL, or SOURCE=URL#TEXT for Reddit")
    return SourceURL(source.strip(), url.strip(), comment_text.strip() or None)


def search(args: Any) -> dict[str, Any]:
    """The keyword arguments of ``datasets.runs.create`` that ``start-run``'s options give."""
    found: dict[str, Any] = {
        "count": args.count,
        "num_comments_per_post": args.comments,
        "country_code": args.country,
        "language": args.language,
        "content_analysis_actions": args.analysis,
        "enable_visual_recognition": args.visual or None,
        "enable_transcribing": args.transcribe or None,
    }
    if args.query is not None or args.source is not None:
        found.update(search_query=args.query, sources=args.source)
    if args.url is not None:
        found["source_urls"] = [_source_url(given) for given in args.url]
    if args.date_to is not None and args.date_from is None:
        raise UsageError("--to needs --from (the search's first day)")
    if args.date_from is not None:
        found["date_range"] = (args.date_from, args.date_to or dt.datetime.now(dt.UTC).date())
    return found


def start_dataset_run(session: Session) -> None:
    """``datasets start-run``: a prompt search or a URL search."""
    run = session.buzzabout().datasets.runs.create(session.args.dataset_id, **search(session.args))
    _maybe_wait(session, run)


def pattern_detection(session: Session) -> None:
    """``pattern-detection``: start one and wait for it."""
    args = session.args
    detection = session.buzzabout().pattern_detections.create(
        dataset_id=args.dataset_id, name=args.name, research_question=args.research_question
    )
    session.out.result(session.wait(detection))


def custom_parameter_run(session: Session) -> None:
    """``custom-parameter-run``: start one and wait for it."""
    args = session.args
    run = session.buzzabout().custom_parameters.runs.create(
        args.parameter_id, dataset_id=args.dataset_id
    )
    session.out.result(session.wait(run))


def wait(session: Session) -> None:
    """``wait KIND IDS...``: observe a run until it ends."""
    kind = WAIT_KINDS[session.args.kind]
    client = session.client(kind.vendor)
    first = kind.first(client, *(getattr(session.args, name.lower()) for name in kind.ids))
    session.out.result(session.wait(first))


# ------------------------------------------------------------------ what runs produce


def scope(session: Session, what: str) -> dict[str, Any]:
    """The ``list()`` arguments of ``mentions`` or ``profiles`` (and their exports)."""
    args = session.args
    session.filter_option = _filters.option(args.filter)
    found = _filters.groups(args.filter, args.filters, what)
    options: dict[str, Any] = {"sort": args.sort, "order": args.order, "filters": found}
    if what == "mentions":
        options.update(
            dataset_ids=args.dataset_id, sources=args.source, parameter_ids=args.parameter_id
        )
        return options
    options["audience_dataset_ids"] = args.audience_dataset_id
    if args.source:  # profiles have no sources argument: a source filter in every group
        by_source = filters.source(*args.source)
        if found is None:
            options["filters"] = [[by_source]]
        elif isinstance(found, list) and all(isinstance(group, list) for group in found):
            options["filters"] = [[*group, by_source] for group in found]
    return options


# The operation whose pages a kind of rows reads, where its page size is not the usual.
PAGED_BY = {"audiencelab-members": "list_audience_members"}


def pager(session: Session, what: str, page_size: int | None) -> Any:
    """The pager of ``mentions``, ``profiles``, ``intent-results`` or ``audiencelab-members``."""
    args = session.args
    if what == "audiencelab-members":
        audiences = session.client("audiencelab").audiences
        return audiences.members(args.audience_id, page_size=page_size)
    if what == "intent-results":
        runs = session.leadpipe().intent_audiences.runs
        return runs.results(args.audience_id, args.run_id, limit=page_size)
    bz = session.buzzabout()
    lister = bz.mentions if what == "mentions" else bz.audience_profiles
    return lister.list(limit=page_size, **scope(session, what))


def rows(session: Session) -> None:
    """``mentions``, ``profiles``, ``intent-runs results``, ``audiencelab audiences members``:
    ``--limit`` rows (default 20); mentions with a column per ``--parameter-id``."""
    args = session.args
    size = getattr(args, "page_size", None) or session.page_size(PAGED_BY.get(args.rows))
    found = pager(session, args.rows, size)
    values = getattr(args, "parameter_id", None)
    session.out.results(session.take(found), views.with_values(values) if values else None)


def pattern(session: Session) -> None:
    """``pattern PATTERN_ID [--item ITEM_ID]``."""
    patterns = session.buzzabout().patterns
    args = session.args
    if args.item is None:
        session.out.result(patterns.get(args.pattern_id))
    else:
        session.out.result(patterns.items.get(args.pattern_id, args.item))


# ------------------------------------------------------------------ the others


def create_audience(session: Session) -> None:
    """``create-audience``: an AudienceLab audience from JSON filters."""
    args = session.args
    given = _filters.load(args.filters)
    if not isinstance(given, dict):
        raise UsageError('--filters: a JSON object, as in {"city": ["New York"]}')
    audience = session.client("audiencelab").audiences.create(
        name=args.name, filters=given, segment=args.segment, days_back=args.days_back
    )
    session.out.result(audience)


def queue(session: Session) -> None:
    """``intent-runs queue AUDIENCE_ID``."""
    runs = session.leadpipe().intent_audiences.runs
    session.out.result(
        runs.create(session.args.audience_id, idempotency_key=session.args.idempotency_key)
    )


def cancel(session: Session) -> None:
    """``intent-runs cancel AUDIENCE_ID RUN_ID``."""
    args = session.args
    session.leadpipe().intent_audiences.runs.cancel(args.audience_id, args.run_id)
    session.out.done(f"cancelled run {args.run_id}", {"cancelled": args.run_id})


def demo(session: Session) -> None:
    """``demo``: the main workflow on the embedded fake."""
    from audiences._demo import run_demo  # noqa: PLC0415 - the demo loads the fake

    run_demo(speed=session.args.speed)


# ------------------------------------------------------------------ issue 20: credits, AudienceLab


def account(session: Session) -> None:
    """``account``: the Buzzabout account and its credits (``--usage``, ``--prices``)."""
    args, bz = session.args, session.buzzabout()
    if args.prices:
        session.out.result(bz.credit_prices.get())
    elif args.usage:
        history = bz.account.usage_history(limit=session.page_size("list_usage_history"))
        session.out.results(session.take(history))
    else:
        session.out.result(bz.account.get())


def audiencelab_audiences(session: Session) -> None:
    """``audiencelab audiences list``: the AudienceLab audiences, ``--limit`` at most."""
    size = session.args.page_size or session.page_size("list_audiences")
    audiences = session.client("audiencelab").audiences
    session.out.results(session.take(audiences.list(page_size=size)))
