"""``--filter EXPR`` (one AND-group, in a small grammar) and ``--filters JSON`` (any groups).

Each expression becomes one filter through the constructors of ``audiences.filters``; the
repeated ``--filter`` options are ANDed. ``--filters`` takes the documented wire shape,
AND-groups joined by OR. The grammar is in ``GRAMMAR`` (shown by ``--help``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from audiences import InvalidArgumentError, filters
from audiences._cli._errors import UsageError
from audiences.filters import Filter

GRAMMAR = """filter expressions (--filter, repeatable; all must hold):
  NAME=A,B          one of these words: sentiment, source, dominant_emotion,
                    country_code, content_topic, content_intention, tone_of_voice,
                    hook, cta; for profiles source, location_country, creator_tier,
                    content_niche, interest_clusters
  NAME / NAME=no    yes/no filters: has_media; for profiles is_verified
  keyword=WORDS     mentions with these words (at most two); keyword!=WORDS: without
  mentioned_brands=A,B  any of these brands; mentioned_brands:equals=X, :contains=X
  NAME>N  NAME<N  NAME=MIN..MAX
                    numbers: likes, views, comments, engagement_rate for mentions
                    (metric_change; also NAME:changed_by=N); follower_count,
                    engagement_rate, authenticity_score for profiles
  N may end in k or m (10k = 10000). Values are split on commas. The documented
  operator words work too: NAME:greater_than=N, :less_than=N, :in_range=A..B, :is_not=W.
  Example: --filter sentiment=positive --filter has_media --filter likes>1k
--filters JSON takes the documented shape instead: AND-groups joined by OR,
  '[[{"type": "sentiment", "values": ["positive"]}], [{"type": "has_media", "value": true}]]'
  At most 10 filters in all."""

_EXPR = re.compile(
    r"^(?P<name>[a-z_]+)(?::(?P<op>[a-z_]+))?"
    r"(?:\s*(?P<sign>!=|>=|<=|=|>|<)\s*(?P<value>.*))?$",
    re.DOTALL,
)
_SIGNS = {"=": None, "!=": "is_not", ">": "greater_than", "<": "less_than"}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$")
_SCALE = {"k": 1_000, "m": 1_000_000}
_YES = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


class _Bad(Exception):
    """An expression that does not read: the problem, to be named with the expression."""


def _split(value: str) -> list[str]:
    words = [word.strip() for word in value.split(",")]
    if not value.strip() or not all(words):
        raise _Bad("needs values, separated by commas")
    return words


def _number(word: str) -> float:
    cleaned = word.strip().lower().replace("_", "")
    scale = _SCALE.get(cleaned[-1:], 1)
    digits = cleaned[:-1] if scale != 1 else cleaned
    if not _NUMBER.match(digits):
        raise _Bad(f"{word.strip()!r} is not a number")
    number = float(digits) * scale
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _words(name: str, op: str | None, value: str) -> Filter:
    _only(op, None)
    constructor: Callable[..., Filter] = getattr(filters, name)
    return constructor(*_split(value))


def _flag(name: str, op: str | None, value: str) -> Filter:
    _only(op, None, "is")
    answer = _YES.get(value.strip().lower() if value else "true")
    if answer is None:
        raise _Bad(f"{value!r} is not yes or no (true, false, yes, no, 1, 0)")
    return filters.has_media(answer) if name == "has_media" else filters.is_verified(answer)


def _keyword(name: str, op: str | None, value: str) -> Filter:
    _only(op, None, "is", "is_not")
    return filters.keyword(value.strip(), negate=op == "is_not")


def _brands(name: str, op: str | None, value: str) -> Filter:
    _only(op, None, "any_of", "equals", "contains")
    if op == "equals":
        return filters.mentioned_brands(value.strip(), match="equals")
    if op == "contains":
        return filters.mentioned_brands(value.strip(), match="contains")
    return filters.mentioned_brands(*_split(value))


def _bounds(op: str | None, value: str, operators: Sequence[str]) -> dict[str, Any]:
    op = op or ("in_range" if ".." in value else None)
    if op is None:
        raise _Bad("compare with >N, <N or =MIN..MAX")
    _only(op, *operators)
    if op != "in_range":
        return {op: _number(value)}
    low, dots, high = value.partition("..")
    if not dots:
        raise _Bad("a range is MIN..MAX")
    return {"in_range": (_number(low), _number(high))}


def _metric(name: str, op: str | None, value: str) -> Filter:
    ops = ("greater_than", "less_than", "in_range", "changed_by")
    return filters.metric_change(name, **_bounds(op, value, ops))  # type: ignore[arg-type]


def _profile_range(name: str, op: str | None, value: str) -> Filter:
    constructor: Callable[..., Filter] = getattr(filters, name)
    return constructor(**_bounds(op, value, ("greater_than", "less_than", "in_range")))


_FORMS = {
    None: "=",
    "is": "=",
    "any_of": "=",
    "is_not": "!=",
    "greater_than": ">",
    "less_than": "<",
    "in_range": "=MIN..MAX",
}


def _only(op: str | None, *allowed: str | None) -> None:
    if op not in allowed:
        used = _FORMS.get(op, f":{op}=")
        offered = dict.fromkeys(_FORMS.get(word, f":{word}=") for word in allowed)
        raise _Bad(f"{used} does not apply to this filter (it takes {', '.join(offered)})")


Kind = Callable[[str, str | None, str], Filter]
_MENTION_WORDS = "sentiment source dominant_emotion country_code content_topic "
_MENTION_WORDS += "content_intention tone_of_voice hook cta"
KINDS: dict[str, dict[str, Kind]] = {
    "mentions": {
        **dict.fromkeys(_MENTION_WORDS.split(), _words),
        "has_media": _flag,
        "keyword": _keyword,
        "mentioned_brands": _brands,
        **dict.fromkeys(("likes", "views", "comments", "engagement_rate"), _metric),
    },
    "profiles": {
        **dict.fromkeys(
            ("source", "location_country", "creator_tier", "content_niche", "interest_clusters"),
            _words,
        ),
        "is_verified": _flag,
        **dict.fromkeys(
            ("follower_count", "engagement_rate", "authenticity_score"), _profile_range
        ),
    },
}


def parse(expression: str, scope: str) -> Filter:
    """The filter ``expression`` means for ``scope`` (``mentions`` or ``profiles``)."""
    found = _EXPR.match(expression.strip())
    kinds = KINDS[scope]
    try:
        if found is None:
            raise _Bad("write NAME=VALUES, NAME>N, NAME<N, NAME=MIN..MAX or NAME")
        name, op, sign, value = found.group("name", "op", "sign", "value")
        kind = kinds.get(name)
        if kind is None:
            raise _Bad(f"{name!r} is not a filter of {scope} (one of {', '.join(sorted(kinds))})")
        if sign in (">=", "<="):
            raise _Bad(f"{sign} is not offered: the API compares strictly, use {sign[0]}")
        if op is not None and sign not in (None, "="):
            raise _Bad(f"write {name}:{op}=VALUE")
        if sign is None and kind is not _flag:
            raise _Bad(f"{name} needs a value ({name}=...)")
        return kind(name, op if sign in (None, "=") else _SIGNS[sign], value or "")
    except _Bad as bad:
        raise UsageError(f"--filter {expression!r}: {bad}") from None
    except InvalidArgumentError as exc:
        raise UsageError(f"--filter {expression!r}: {exc.problem}") from None


def load(text: str) -> Any:
    """``--filters``: the documented JSON (checked by the client when it is used)."""
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"--filters: not valid JSON ({exc})") from None


def groups(
    expressions: Sequence[str] | None, given: str | None, scope: str
) -> list[list[Filter]] | None:
    """The filters of ``--filter`` expressions (one AND-group) or of ``--filters`` JSON."""
    if given is not None:
        loaded: list[list[Filter]] = load(given)
        return loaded
    if expressions:
        return [[parse(expression, scope) for expression in expressions]]
    return None


def option(expressions: Sequence[str] | None) -> str:
    """Which option gave the filters, for messages."""
    return "--filter" if expressions else "--filters"
