"""audiences.filters: each documented filter type builds the wire shape the documents print,
and filters are checked (groups, types, at most 10) before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest
from audiences import InvalidArgumentError, filters

from tests.data import MENTION_FILTER_TYPES, PROFILE_FILTER_TYPES

MENTIONS = filters.MENTION_FILTERS
PROFILES = filters.PROFILE_FILTERS


@pytest.mark.parametrize(
    ("built", "wire"),
    [
        # buzzabout-public/mentions.mdx, the filter table and the example
        (filters.keyword("nitro"), {"type": "keyword", "operator": "is", "value": "nitro"}),
        (
            filters.keyword("cold brew", negate=True),
            {"type": "keyword", "operator": "is_not", "value": "cold brew"},
        ),
        (filters.sentiment("positive"), {"type": "sentiment", "values": ["positive"]}),
        (
            filters.metric_change("likes", greater_than=100),
            {
                "type": "metric_change",
                "metric": "likes",
                "operator": {"type": "greater_than", "value": 100},
            },
        ),
        (
            filters.metric_change("engagement_rate", in_range=(0.01, 0.2)),
            {
                "type": "metric_change",
                "metric": "engagement_rate",
                "operator": {"type": "in_range", "min_value": 0.01, "max_value": 0.2},
            },
        ),
        (
            filters.metric_change("views", changed_by=1000),
            {
                "type": "metric_change",
                "metric": "views",
                "operator": {"type": "changed_by", "value": 1000},
            },
        ),
        (filters.source("reddit", "tiktok"), {"type": "source", "values": ["reddit", "tiktok"]}),
        (
            filters.content_topic("coffee"),
            {"type": "content_topic", "operator": "any_of", "values": ["coffee"]},
        ),
        (
            filters.content_intention("share_experience"),
            {"type": "content_intention", "operator": "any_of", "values": ["share_experience"]},
        ),
        (
            filters.tone_of_voice("casual"),
            {"type": "tone_of_voice", "operator": "any_of", "values": ["casual"]},
        ),
        (filters.hook("question"), {"type": "hook", "operator": "any_of", "values": ["question"]}),
        (filters.cta("buy now"), {"type": "cta", "operator": "any_of", "values": ["buy now"]}),
        (
            filters.mentioned_brands("Stumptown", "Blue Bottle"),
            {
                "type": "mentioned_brands",
                "operator": {"type": "any_of", "values": ["Stumptown", "Blue Bottle"]},
            },
        ),
        (
            filters.mentioned_brands("Stump", match="contains"),
            {"type": "mentioned_brands", "operator": {"type": "contains", "value": "Stump"}},
        ),
        (filters.country_code("US", "GB"), {"type": "country_code", "values": ["US", "GB"]}),
        # upper-cased, as a dataset run's country_code is
        (filters.country_code("us", "Gb"), {"type": "country_code", "values": ["US", "GB"]}),
        (filters.has_media(), {"type": "has_media", "value": True}),
        (filters.has_media(False), {"type": "has_media", "value": False}),
        (filters.dominant_emotion("joy"), {"type": "dominant_emotion", "values": ["joy"]}),
        # buzzabout-public/audience-profiles.mdx, the filter table and the example
        (filters.is_verified(), {"type": "is_verified", "value": True}),
        (
            filters.location_country("United States"),
            {"type": "location_country", "values": ["United States"]},
        ),
        (
            filters.creator_tier("nano", "micro"),
            {"type": "creator_tier", "values": ["nano", "micro"]},
        ),
        (
            filters.content_niche("coffee"),
            {"type": "content_niche", "operator": "any_of", "values": ["coffee"]},
        ),
        (
            filters.interest_clusters("specialty coffee"),
            {"type": "interest_clusters", "operator": "any_of", "values": ["specialty coffee"]},
        ),
        (
            filters.follower_count(greater_than=10_000),
            {"type": "follower_count", "operator": {"type": "greater_than", "value": 10000}},
        ),
        (
            filters.engagement_rate(less_than=0.5),
            {"type": "engagement_rate", "operator": {"type": "less_than", "value": 0.5}},
        ),
        (
            filters.authenticity_score(in_range=(50, 90)),
            {
                "type": "authenticity_score",
                "operator": {"type": "in_range", "min_value": 50, "max_value": 90},
            },
        ),
    ],
)
def test_each_constructor_builds_the_documented_shape(
    built: dict[str, Any], wire: dict[str, Any]
) -> None:
    assert built == wire


NOT_CONSTRUCTORS = {
    "Filter",
    "MAX_FILTERS",
    "SOURCES",
    "MENTION_FILTERS",
    "PROFILE_FILTERS",
    "checked",
}


def test_every_documented_filter_type_has_a_constructor() -> None:
    assert MENTIONS == MENTION_FILTER_TYPES
    assert PROFILES == PROFILE_FILTER_TYPES
    constructors = {name for name in filters.__all__ if name not in NOT_CONSTRUCTORS}
    assert constructors == MENTION_FILTER_TYPES | PROFILE_FILTER_TYPES
    assert filters.MAX_FILTERS == 10
    assert filters.SOURCES == ("reddit", "tiktok", "youtube", "instagram", "linkedin")


@pytest.mark.parametrize(
    ("build", "field", "problem"),
    [
        (lambda: filters.keyword("three word phrase"), "filters.keyword", "at most 2 words"),
        (
            lambda: filters.sentiment("happy"),  # type: ignore[arg-type]
            "filters.sentiment",
            "'happy' is not one of positive, negative, neutral",
        ),
        (filters.sentiment, "filters.sentiment", "needs at least one value"),
        (
            filters.follower_count,
            "filters.follower_count",
            "needs exactly one of greater_than, less_than, in_range",
        ),
        (
            lambda: filters.follower_count(greater_than=1, less_than=5),
            "filters.follower_count",
            "needs exactly one of",
        ),
        (
            lambda: filters.follower_count(in_range=(9, 1)),
            "filters.follower_count",
            "in_range: 9 is above 1",
        ),
        (
            lambda: filters.country_code("usa"),
            "filters.country_code",
            "'usa' is not an alpha-2 code",
        ),
        (
            lambda: filters.mentioned_brands("a", "b", match="equals"),
            "filters.mentioned_brands",
            "equals takes exactly one value",
        ),
        (
            lambda: filters.metric_change("shares", greater_than=1),  # type: ignore[arg-type]
            "filters.metric_change",
            "'shares' is not one of",
        ),
        (
            lambda: filters.engagement_rate(greater_than=float("nan")),
            "filters.engagement_rate",
            "needs a number",
        ),
    ],
)
def test_a_bad_filter_is_refused_when_built(build: Any, field: str, problem: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        build()
    assert caught.value.field == field
    assert problem in caught.value.problem


def test_groups_are_checked_before_sending() -> None:
    a, b = filters.sentiment("positive"), filters.has_media()
    assert filters.checked([[a, b], [filters.keyword("nitro")]], MENTIONS) == [
        [a, b],
        [{"type": "keyword", "operator": "is", "value": "nitro"}],
    ]
    assert filters.checked([[{"type": "is_verified", "value": True}]], PROFILES) == [
        [{"type": "is_verified", "value": True}]
    ]  # plain dicts in the wire shape are accepted


@pytest.mark.parametrize(
    ("groups", "field", "problem"),
    [
        (
            [filters.has_media()],
            "filters",
            "[0] is a filter where a group belongs: write [[a, b], [c]]",
        ),
        ({"type": "has_media"}, "filters", "must be a list of AND-groups"),
        ([[]], "filters", "[0] must be a non-empty list of filters"),
        ([[filters.is_verified()]], "filters[0][0]", "'is_verified' is not a filter here"),
        ([[{"value": 1}]], "filters[0][0]", "None is not a filter here"),
        (
            [[filters.has_media()] * 6, [filters.has_media()] * 6],
            "filters",
            "at most 10 filters in all (got 12)",
        ),
    ],
)
def test_a_bad_set_of_filters_is_refused(groups: Any, field: str, problem: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        filters.checked(groups, MENTIONS)
    assert caught.value.field == field
    assert problem in caught.value.problem
