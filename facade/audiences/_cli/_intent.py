"""What the Leadpipe commands of the whole job do: ``intent-topics``, ``intent-audiences``,
and ``intent-runs stats|export-csv``, through the public API of ``audiences``.

A config comes from options as the documents write it: ``--topic`` (repeated) is
``topicIds``, ``--min-score``, ``--max-score``, ``--min-topic-overlap`` and ``--source-url``
its fields, ``--filters`` a JSON object of ICP filters keyed as the catalogue keys them.
"""

from __future__ import annotations

from typing import Any

from audiences._cli import _filters
from audiences._cli._errors import UsageError
from audiences._cli._session import Session

# option (argparse's name) -> the config field it fills
CONFIG_OPTIONS = {
    "topic": "topicIds",
    "min_score": "minScore",
    "max_score": "maxScore",
    "min_topic_overlap": "minTopicOverlap",
    "source_url": "sourceUrl",
}


def config(args: Any) -> dict[str, Any]:
    """The config the options give (the facade checks it against the spec)."""
    found = {
        field: getattr(args, option)
        for option, field in CONFIG_OPTIONS.items()
        if getattr(args, option) is not None
    }
    if args.filters is not None:
        filters = _filters.load(args.filters)
        if not isinstance(filters, dict):
            raise UsageError(
                '--filters: a JSON object, as in {"role.seniority": {"values": ["vp"]}}'
            )
        found["filters"] = filters
    return found


def search_topics(session: Session) -> None:
    """``intent-topics search QUERY``."""
    args = session.args
    topics = session.leadpipe().intent_topics.search(
        args.q, industry=args.industry, type=args.type, limit=args.limit
    )
    session.out.results(topics)


def validate(session: Session) -> None:
    """``intent-audiences validate``: a config checked and normalized."""
    session.out.result(session.leadpipe().intent_audiences.validate(config=config(session.args)))


def preview(session: Session) -> None:
    """``intent-audiences preview``: how many people a config selects, and a masked sample."""
    session.out.result(session.leadpipe().intent_audiences.preview(config=config(session.args)))


def create(session: Session) -> None:
    """``intent-audiences create --name NAME --topic ID ...``."""
    args = session.args
    audience = session.leadpipe().intent_audiences.create(
        name=args.name, config=config(args), status=args.status
    )
    session.out.result(audience)


def listing(session: Session) -> None:
    """``intent-audiences list``: ``--limit`` audiences at most (of one ``--status``)."""
    args = session.args
    found = session.leadpipe().intent_audiences.list(status=args.status, limit=args.limit)
    session.out.results(session.take(found))


def set_status(session: Session) -> None:
    """``intent-audiences activate|pause AUDIENCE_ID``."""
    args = session.args
    audience = session.leadpipe().intent_audiences.update(args.audience_id, status=args.status)
    session.out.result(audience)


def stats(session: Session) -> None:
    """``intent-runs stats AUDIENCE_ID RUN_ID``."""
    args = session.args
    session.out.result(
        session.leadpipe().intent_audiences.runs.stats(args.audience_id, args.run_id)
    )


def export_csv(session: Session) -> None:
    """``intent-runs export-csv AUDIENCE_ID RUN_ID --output FILE``: streamed, atomically."""
    args = session.args
    runs = session.leadpipe().intent_audiences.runs
    written = runs.export_csv(args.audience_id, args.run_id, args.output)
    session.out.done(
        f"wrote {written:,} bytes to {args.output}", {"output": args.output, "bytes": written}
    )
