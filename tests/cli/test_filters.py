"""The ``--filter`` grammar: each expression builds what ``audiences.filters`` builds."""

from __future__ import annotations

import pytest
from audiences import filters
from audiences._cli._errors import UsageError
from audiences._cli._filters import GRAMMAR, KINDS, parse
from audiences.filters import Filter

MENTIONS: list[tuple[str, Filter]] = [
    ("sentiment=positive", filters.sentiment("positive")),
    ("sentiment=positive,neutral", filters.sentiment("positive", "neutral")),
    ("source = reddit, tiktok", filters.source("reddit", "tiktok")),
    ("dominant_emotion=joy", filters.dominant_emotion("joy")),
    ("country_code=US,GB", filters.country_code("US", "GB")),
    ("content_topic=coffee", filters.content_topic("coffee")),
    ("content_intention=inform", filters.content_intention("inform")),
    ("tone_of_voice=casual", filters.tone_of_voice("casual")),
    ("hook=the secret is simple", filters.hook("the secret is simple")),
    ("cta=link in bio", filters.cta("link in bio")),
    ("has_media", filters.has_media(True)),
    ("has_media=no", filters.has_media(False)),
    ("has_media=true", filters.has_media(True)),
    ("keyword=nitro", filters.keyword("nitro")),
    ("keyword=cold brew", filters.keyword("cold brew")),
    ("keyword!=nitro", filters.keyword("nitro", negate=True)),
    ("keyword:is_not=nitro", filters.keyword("nitro", negate=True)),
    ("mentioned_brands=Nespresso,La Colombe", filters.mentioned_brands("Nespresso", "La Colombe")),
    ("mentioned_brands:equals=Nespresso", filters.mentioned_brands("Nespresso", match="equals")),
    ("mentioned_brands:contains=nes", filters.mentioned_brands("nes", match="contains")),
    ("likes>1k", filters.metric_change("likes", greater_than=1000)),
    ("views<2.5m", filters.metric_change("views", less_than=2_500_000)),
    ("comments=10..20", filters.metric_change("comments", in_range=(10, 20))),
    ("engagement_rate>0.05", filters.metric_change("engagement_rate", greater_than=0.05)),
    ("likes:changed_by=100", filters.metric_change("likes", changed_by=100)),
    ("likes:greater_than=1_000", filters.metric_change("likes", greater_than=1000)),
]
PROFILES: list[tuple[str, Filter]] = [
    ("source=youtube", filters.source("youtube")),
    ("location_country=United States", filters.location_country("United States")),
    ("creator_tier=micro,mega", filters.creator_tier("micro", "mega")),
    ("content_niche=fitness", filters.content_niche("fitness")),
    ("interest_clusters=home baristas", filters.interest_clusters("home baristas")),
    ("is_verified", filters.is_verified(True)),
    ("is_verified=0", filters.is_verified(False)),
    ("follower_count>10k", filters.follower_count(greater_than=10_000)),
    ("follower_count<1e6", filters.follower_count(less_than=1_000_000)),
    ("follower_count=1k..50k", filters.follower_count(in_range=(1000, 50_000))),
    ("engagement_rate>0.05", filters.engagement_rate(greater_than=0.05)),
    ("authenticity_score:in_range=50..90", filters.authenticity_score(in_range=(50, 90))),
]


@pytest.mark.parametrize(("expression", "expected"), MENTIONS)
def test_mention_expressions(expression: str, expected: Filter) -> None:
    assert parse(expression, "mentions") == expected


@pytest.mark.parametrize(("expression", "expected"), PROFILES)
def test_profile_expressions(expression: str, expected: Filter) -> None:
    assert parse(expression, "profiles") == expected


def test_every_filter_type_has_an_expression() -> None:
    types = {f["type"] for _, f in MENTIONS} | {f["type"] for _, f in PROFILES}
    assert types == filters.MENTION_FILTERS | filters.PROFILE_FILTERS
    for scope, table in (("mentions", MENTIONS), ("profiles", PROFILES)):
        named = {expression.split(":")[0].split("=")[0].split("<")[0].split(">")[0].strip()
                 for expression, _ in table}  # fmt: skip
        assert {name.rstrip("!") for name in named} == set(KINDS[scope]), scope


def test_the_grammar_in_the_help_names_every_expression() -> None:
    for scope in KINDS.values():
        for name in scope:
            assert name in GRAMMAR, name


@pytest.mark.parametrize(
    ("expression", "scope", "said"),
    [
        ("followers>10", "profiles", "'followers' is not a filter of profiles (one of "),
        ("follower_count>3", "mentions", "'follower_count' is not a filter of mentions"),
        ("sentiment=happy", "mentions", "'happy' is not one of positive, negative, neutral"),
        ("sentiment>3", "mentions", "> does not apply to this filter (it takes =)"),
        ("sentiment", "mentions", "sentiment needs a value (sentiment=...)"),
        ("sentiment=", "mentions", "needs values, separated by commas"),
        ("source=reddit,,tiktok", "mentions", "needs values, separated by commas"),
        ("likes>=10", "mentions", ">= is not offered: the API compares strictly, use >"),
        ("likes>lots", "mentions", "'lots' is not a number"),
        ("likes=10", "mentions", "compare with >N, <N or =MIN..MAX"),
        ("likes=20..10", "mentions", "in_range: 20 is above 10"),
        ("follower_count:changed_by=5", "profiles", ":changed_by= does not apply"),
        ("has_media=maybe", "mentions", "'maybe' is not yes or no"),
        ("keyword=three words here", "mentions", "at most 2 words"),
        ("keyword:is_not>3", "mentions", "write keyword:is_not=VALUE"),
        ("=positive", "mentions", "write NAME=VALUES, NAME>N, NAME<N, NAME=MIN..MAX or NAME"),
    ],
)
def test_a_bad_expression_is_named_with_its_problem(expression: str, scope: str, said: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse(expression, scope)
    assert str(caught.value).startswith(f"--filter {expression!r}: ")
    assert said in str(caught.value)
