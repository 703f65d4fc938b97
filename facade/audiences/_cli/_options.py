"""The building blocks of the command tree: the global options, a command with its help,
ids, ``--limit``, and the options that choose mentions or profiles."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any, get_args

from audiences import _spec as spec
from audiences._cli._session import NAMES, WAIT_TIMEOUT
from audiences.types import MentionSort, Order, ProfileSort, Source

BZ, AL, LP = ("buzzabout",), ("audiencelab",), ("leadpipe",)
Formatter = argparse.RawDescriptionHelpFormatter


def environment(vendors: tuple[str, ...]) -> str:
    """The help's lines on the variables the vendors' clients read (``""`` for none)."""
    rows: list[tuple[str, str]] = []
    for vendor in vendors:
        name, shown = vendor.upper(), NAMES[vendor]
        rows.append((f"{name}_API_KEY", f"{shown}'s API key (required)"))
        rows.append((f"{name}_BASE_URL", f"another host than {shown}'s (an `audiences fake`)"))
    if not rows:
        return ""
    width = max(len(variable) for variable, _ in rows)
    return "environment:\n" + "\n".join(f"  {v:<{width}}  {what}" for v, what in rows)


def a(noun: str) -> str:
    """``noun`` with its article: ``a dataset``, ``an audience dataset``."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    if number > sys.maxsize:  # beyond it, no list could be counted out
        raise argparse.ArgumentTypeError(f"{text!r} is too large (at most {sys.maxsize})")
    return number


def seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds")
    return seconds


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def global_options(top: bool) -> argparse.ArgumentParser:
    """``--json`` and ``--timeout``: at the top with defaults, and in every command without
    (so that a value given after the command wins, and one given before is kept)."""
    unset = argparse.SUPPRESS
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else unset,
        help="print JSON for scripts (the results' to_dict(); a list as an array)",
    )
    parser.add_argument(
        "--timeout",
        type=seconds,
        metavar="SECONDS",
        default=None if top else unset,
        help=f"give up after SECONDS: the whole wait for commands that wait on a run "
        f"(default {WAIT_TIMEOUT:g}), each request for the others (default 30)",
    )
    return parser


COMMON = global_options(top=False)


def add(
    sub: Any,
    name: str,
    summary: str,
    vendors: tuple[str, ...] = (),
    *,
    more: str = "",
    epilog: str = "",
    **defaults: Any,
) -> argparse.ArgumentParser:
    """A command: ``summary`` in the list of commands, and as its description (with ``more``)."""
    description = summary[0].upper() + summary[1:] + "." + (f"\n\n{more}" if more else "")
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        parents=[COMMON],
        help=summary,
        description=description,
        epilog="\n\n".join(part for part in (epilog, environment(vendors)) if part),
        formatter_class=Formatter,
    )
    parser.set_defaults(**defaults)
    return parser


def group(sub: Any, name: str, summary: str, vendors: tuple[str, ...]) -> Any:
    parser = add(sub, name, summary, vendors)
    return parser.add_subparsers(dest="action", metavar="ACTION", title="actions", required=True)


def ids(parser: argparse.ArgumentParser, *names: str) -> None:
    for name in names:
        parser.add_argument(name.lower(), metavar=name)
    parser.set_defaults(ids=tuple(name.lower() for name in names))


def limit(parser: argparse.ArgumentParser, default: int | None = None, what: str = "") -> None:
    shown = f"default {default}" if default else "default: all"
    parser.add_argument(
        "--limit",
        type=positive,
        default=default,
        metavar="N",
        help=f"show at most N {what or 'items'} ({shown}); no page beyond them is read",
    )


def order(parser: argparse.ArgumentParser) -> None:
    default = spec.default(spec.param("list_datasets", "order"))
    parser.add_argument(
        "--order", choices=get_args(Order), help=f"by creation time (default {default})"
    )


def wait_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wait", action="store_true", help="wait for the run to end (a progress bar on stderr)"
    )


def filter_options(parser: argparse.ArgumentParser) -> None:
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--filter", action="append", metavar="EXPR", help="a filter (repeat it: all must hold)"
    )
    given.add_argument("--filters", metavar="JSON", help="AND-groups joined by OR, as documented")


def scope_options(parser: argparse.ArgumentParser, what: str) -> None:
    """The options that choose mentions or profiles (their commands and their exports)."""
    if what == "mentions":
        parser.add_argument("--dataset-id", action="append", metavar="ID", help="repeat it")
        parser.add_argument(
            "--parameter-id",
            action="append",
            metavar="ID",
            help="a custom parameter (cp_...) whose values each mention shows, once a run "
            "of it has completed (repeat it; beta)",
        )
        sorts: tuple[str, ...] = get_args(MentionSort)
        request = "ListMentionsRequest"
    else:
        parser.add_argument(
            "--audience-dataset-id", action="append", metavar="ID", help="repeat it"
        )
        sorts = get_args(ProfileSort)
        request = "ListAudienceProfilesRequest"
    parser.add_argument(
        "--source", action="append", choices=get_args(Source), help="a platform (repeat it)"
    )
    sort, order = (spec.default(spec.prop(request, name)) for name in ("sort", "order"))
    parser.add_argument("--sort", choices=sorts, help=f"default {sort}")
    parser.add_argument("--order", choices=get_args(Order), help=f"default {order}")
    filter_options(parser)
