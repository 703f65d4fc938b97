"""Filters for ``mentions.list`` and ``audience_profiles.list``, built as the documents write them.

Filters go in as a list of AND-groups joined by OR: ``[[a, b], [c]]`` means (a and b) or
c, with at most 10 filters in all (checked before sending). Each documented filter type
has a constructor that builds its wire shape::

    from audiences import filters
    bz.mentions.list(filters=[[filters.sentiment("positive"), filters.has_media()],
                              [filters.keyword("nitro")]])
    bz.audience_profiles.list(filters=[[filters.follower_count(greater_than=10_000)]])

Plain dicts in the wire shape are accepted too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any, get_args

from audiences import _spec as spec
from audiences._errors import InvalidArgumentError

# The documented words of each filter's arguments, from openapi.yaml's spec table.
from audiences._spec_table import (
    BrandMatch,
    Emotion,
    Metric,
    SentimentWord,
    Source,
)

Filter = dict[str, Any]
"""One filter, in the wire shape: ``{"type": "sentiment", "values": ["positive"]}``."""

MAX_FILTERS: int = spec.item(spec.prop("ListMentionsRequest", "filters"))["maxItems"]
"""Filters in all, across every group, that one request may carry."""

SOURCES: tuple[str, ...] = get_args(Source)
"""The sources the pages name."""
_SENTIMENTS = get_args(SentimentWord)
_EMOTIONS = get_args(Emotion)
_METRICS = get_args(Metric)
_BRAND_MATCHES = get_args(BrandMatch)

MENTION_FILTERS = frozenset(spec.schema("MentionFilter")["discriminator"]["mapping"])
"""The filter types ``mentions.list`` takes."""
PROFILE_FILTERS = frozenset(spec.schema("AudienceProfileFilter")["discriminator"]["mapping"])
"""The filter types ``audience_profiles.list`` takes."""


def _words(kind: str, values: Iterable[Any], allowed: tuple[str, ...] | None = None) -> list[str]:
    words = list(values)
    if not words:
        raise InvalidArgumentError(f"filters.{kind}", "needs at least one value")
    for word in words:
        if not isinstance(word, str) or not word:
            raise InvalidArgumentError(f"filters.{kind}", f"values must be strings, not {word!r}")
        if allowed is not None and word not in allowed:
            raise InvalidArgumentError(
                f"filters.{kind}", f"{word!r} is not one of {', '.join(allowed)}"
            )
    return words


def _number(kind: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgumentError(f"filters.{kind}", f"needs a number, not {value!r}")
    return value


def _range(
    kind: str,
    greater_than: float | None,
    less_than: float | None,
    in_range: tuple[float, float] | None,
    changed_by: float | None = None,
) -> dict[str, Any]:
    given = {
        name: value
        for name, value in (
            ("greater_than", greater_than),
            ("less_than", less_than),
            ("in_range", in_range),
            ("changed_by", changed_by),
        )
        if value is not None
    }
    if len(given) != 1:
        names = "greater_than, less_than, in_range" + (
            ", changed_by" if kind == "metric_change" else ""
        )
        raise InvalidArgumentError(f"filters.{kind}", f"needs exactly one of {names}")
    ((operator, value),) = given.items()
    if operator != "in_range":
        return {"type": operator, "value": _number(kind, value)}
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidArgumentError(f"filters.{kind}", "in_range is a (min, max) pair")
    low, high = _number(kind, value[0]), _number(kind, value[1])
    if low > high:
        raise InvalidArgumentError(f"filters.{kind}", f"in_range: {low} is above {high}")
    return {"type": "in_range", "min_value": low, "max_value": high}


def _any_of(kind: str, values: Iterable[str]) -> Filter:
    return {"type": kind, "operator": "any_of", "values": _words(kind, values)}


# ------------------------------------------------------------------ mentions


def keyword(value: str, *, negate: bool = False) -> Filter:
    """Mentions with (or, ``negate=True``, without) a keyword of at most two words."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError("filters.keyword", "needs a keyword")
    if len(value.split()) > 2:
        raise InvalidArgumentError("filters.keyword", f"at most 2 words (got {value!r})")
    return {"type": "keyword", "operator": "is_not" if negate else "is", "value": value}


def sentiment(*values: SentimentWord) -> Filter:
    """Mentions whose sentiment is one of ``positive``, ``negative``, ``neutral``."""
    return {"type": "sentiment", "values": _words("sentiment", values, _SENTIMENTS)}


def metric_change(
    metric: Metric,
    *,
    greater_than: float | None = None,
    less_than: float | None = None,
    in_range: tuple[float, float] | None = None,
    changed_by: float | None = None,
) -> Filter:
    """Mentions whose ``likes``, ``views``, ``comments`` or ``engagement_rate`` is in a range.

    Exactly one of the operators; ``in_range`` is a ``(min, max)`` pair.
    """
    (word,) = _words("metric_change", [metric], _METRICS)
    operator = _range("metric_change", greater_than, less_than, in_range, changed_by)
    return {"type": "metric_change", "metric": word, "operator": operator}


def source(*values: Source) -> Filter:
    """Mentions or profiles from these platforms."""
    return {"type": "source", "values": _words("source", values, SOURCES)}


def content_topic(*values: str) -> Filter:
    """Mentions about any of these topics."""
    return _any_of("content_topic", values)


def content_intention(*values: str) -> Filter:
    """Mentions with any of these intentions (``share_experience``, ...)."""
    return _any_of("content_intention", values)


def tone_of_voice(*values: str) -> Filter:
    """Mentions in any of these tones of voice."""
    return _any_of("tone_of_voice", values)


def hook(*values: str) -> Filter:
    """Mentions with any of these hooks."""
    return _any_of("hook", values)


def cta(*values: str) -> Filter:
    """Mentions with any of these calls to action."""
    return _any_of("cta", values)


def mentioned_brands(*values: str, match: BrandMatch = "any_of") -> Filter:
    """Mentions naming brands: ``any_of`` these, or one that ``equals``/``contains`` a value."""
    (how,) = _words("mentioned_brands", [match], _BRAND_MATCHES)
    words = _words("mentioned_brands", values)
    if how == "any_of":
        return {"type": "mentioned_brands", "operator": {"type": how, "values": words}}
    if len(words) != 1:
        raise InvalidArgumentError("filters.mentioned_brands", f"{how} takes exactly one value")
    return {"type": "mentioned_brands", "operator": {"type": how, "value": words[0]}}


def country_code(*codes: str) -> Filter:
    """Mentions from these countries (ISO 3166-1 alpha-2: ``US``, ``GB``; sent upper case,
    as a dataset run's ``country_code`` is)."""
    for code in _words("country_code", codes):
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            raise InvalidArgumentError("filters.country_code", f"{code!r} is not an alpha-2 code")
    return {"type": "country_code", "values": [code.upper() for code in codes]}


def has_media(value: bool = True) -> Filter:
    """Mentions with (or without) attached media."""
    return {"type": "has_media", "value": bool(value)}


def dominant_emotion(*values: Emotion) -> Filter:
    """Mentions whose dominant emotion is one of these."""
    return {"type": "dominant_emotion", "values": _words("dominant_emotion", values, _EMOTIONS)}


# ------------------------------------------------------------------ audience profiles


def is_verified(value: bool = True) -> Filter:
    """Profiles that are (or are not) verified."""
    return {"type": "is_verified", "value": bool(value)}


def location_country(*countries: str) -> Filter:
    """Profiles in these countries, as stored on them (``"United States"``)."""
    return {"type": "location_country", "values": _words("location_country", countries)}


def creator_tier(*tiers: str) -> Filter:
    """Profiles of these creator tiers (``nano``, ``micro``, ...)."""
    return {"type": "creator_tier", "values": _words("creator_tier", tiers)}


def content_niche(*values: str) -> Filter:
    """Profiles in any of these content niches."""
    return _any_of("content_niche", values)


def interest_clusters(*values: str) -> Filter:
    """Profiles in any of these interest clusters."""
    return _any_of("interest_clusters", values)


def _profile_range(
    kind: str,
    greater_than: float | None,
    less_than: float | None,
    in_range: tuple[float, float] | None,
) -> Filter:
    return {"type": kind, "operator": _range(kind, greater_than, less_than, in_range)}


def follower_count(
    *,
    greater_than: float | None = None,
    less_than: float | None = None,
    in_range: tuple[float, float] | None = None,
) -> Filter:
    """Profiles by follower count: exactly one of the operators."""
    return _profile_range("follower_count", greater_than, less_than, in_range)


def engagement_rate(
    *,
    greater_than: float | None = None,
    less_than: float | None = None,
    in_range: tuple[float, float] | None = None,
) -> Filter:
    """Profiles by engagement rate (0 to 1): exactly one of the operators."""
    return _profile_range("engagement_rate", greater_than, less_than, in_range)


def authenticity_score(
    *,
    greater_than: float | None = None,
    less_than: float | None = None,
    in_range: tuple[float, float] | None = None,
) -> Filter:
    """Profiles by authenticity score: exactly one of the operators."""
    return _profile_range("authenticity_score", greater_than, less_than, in_range)


# ------------------------------------------------------------------ checking what is sent


def checked(
    value: Sequence[Sequence[Filter]] | None, allowed: frozenset[str]
) -> list[list[Filter]] | None:
    """``filters`` as sent: AND-groups of filters of the ``allowed`` types, 10 at most.

    The lists check what they are given with it; call it to check filters earlier, e.g.
    ``checked(groups, MENTION_FILTERS)``. Raises ``InvalidArgumentError`` naming the filter.
    """
    if value is None:
        return None
    if isinstance(value, dict | str) or not isinstance(value, Sequence):
        raise InvalidArgumentError("filters", "must be a list of AND-groups: [[a, b], [c]]")
    groups: list[list[Filter]] = []
    for index, group in enumerate(value):
        if isinstance(group, dict):
            raise InvalidArgumentError(
                "filters", f"[{index}] is a filter where a group belongs: write [[a, b], [c]]"
            )
        if isinstance(group, str) or not isinstance(group, Sequence) or not group:
            raise InvalidArgumentError("filters", f"[{index}] must be a non-empty list of filters")
        for position, item in enumerate(group):
            kind = item.get("type") if isinstance(item, dict) else None
            if kind not in allowed:
                raise InvalidArgumentError(
                    f"filters[{index}][{position}]",
                    f"{kind!r} is not a filter here (one of {', '.join(sorted(allowed))})",
                )
        groups.append([dict(item) for item in group])
    count = sum(len(group) for group in groups)
    if count > MAX_FILTERS:
        raise InvalidArgumentError("filters", f"at most {MAX_FILTERS} filters in all (got {count})")
    return groups


__all__ = [
    "MAX_FILTERS",
    "MENTION_FILTERS",
    "PROFILE_FILTERS",
    "SOURCES",
    "Filter",
    "authenticity_score",
    "checked",
    "content_intention",
    "content_niche",
    "content_topic",
    "country_code",
    "creator_tier",
    "cta",
    "dominant_emotion",
    "engagement_rate",
    "follower_count",
    "has_media",
    "hook",
    "interest_clusters",
    "is_verified",
    "keyword",
    "location_country",
    "mentioned_brands",
    "metric_change",
    "sentiment",
    "source",
    "tone_of_voice",
]
