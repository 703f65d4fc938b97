"""What runs produce, to read: mentions, audience profiles, patterns and their items.

Numbers the API sends as decimal strings (``"engagement_rate": "0.020"``) are floats;
timestamps, epoch or ISO, are aware UTC; analysis fields are ``None`` when the analysis
did not run. Fields whose shape the documents do not show (``emotions``, ``media``,
``comments``, ``platform_metadata``, ...) keep the JSON the API sent. Mentions and
profiles come by the hundred thousand, so they are read lazily (``_lazy.py``).
"""

from __future__ import annotations

import attrs

from audiences._models._base import Model
from audiences._models._lazy import Lazy, LazyModel
from audiences._models.resources import PostRef
from audiences._read import Fields, shape


@attrs.frozen(kw_only=True, repr=False)
class MentionAuthor(Model):
    """Who posted a mention: a display title and a headline, with their links."""

    title: str | None = None
    title_url: str | None = None
    headline: str | None = None
    headline_url: str | None = None
    avatar: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class Sentiment(Model):
    """A mention's sentiment as shares from 0 to 1."""

    negative: float | None = None
    neutral: float | None = None
    positive: float | None = None


@attrs.frozen(repr=False)
class DatasetRef(Model):
    """A dataset a mention belongs to."""

    id: str
    name: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class Avatar(Model):
    """A profile picture."""

    url: str | None = None
    width: int | None = None
    height: int | None = None


_author = shape(MentionAuthor, "title title_url headline headline_url avatar")
_sentiment = shape(Sentiment, "negative:number neutral:number positive:number")
_avatar = shape(Avatar, "url width:integer height:integer")


def _read_author(d: Fields, key: str) -> MentionAuthor | None:
    found = d.object(key)
    return None if found is None else _author(found)


def _read_sentiment(d: Fields, key: str) -> Sentiment | None:
    found = d.object(key)
    return None if found is None else _sentiment(found)


def _read_avatar(d: Fields, key: str) -> Avatar | None:
    found = d.object(key)
    return None if found is None else _avatar(found)


def _read_refs(d: Fields, key: str) -> tuple[DatasetRef, ...]:
    refs = (Fields(x, f"{d.where}.{key}[{i}]") for i, x in enumerate(d.array(key)))
    return tuple(DatasetRef(ref.ident("id"), ref.text("name")) for ref in refs)


class Mention(LazyModel):
    """One post in one or more datasets, with its counts and content analysis."""

    __slots__ = ()
    _vendor = "buzzabout"
    _shown = ("id", "source", "title", "engagement_rate", "created_at")

    id = Lazy(Fields.ident)
    source = Lazy(Fields.word)
    title = Lazy(Fields.text)
    text = Lazy(Fields.text)
    url = Lazy(Fields.text)
    author = Lazy(_read_author)
    media = Lazy(Fields.json)
    num_views = Lazy(Fields.integer)
    are_views_estimated = Lazy(Fields.flag)
    num_likes = Lazy(Fields.integer)
    num_comments = Lazy(Fields.integer)
    num_shares = Lazy(Fields.integer)
    engagement_rate = Lazy(Fields.number)
    sentiment = Lazy(_read_sentiment)
    sentiment_score = Lazy(Fields.number)
    emotions = Lazy(Fields.json)
    category = Lazy(Fields.word)
    content_intention = Lazy(Fields.word)
    tone_of_voice = Lazy(Fields.label)
    narrative_structure = Lazy(Fields.label)
    hook = Lazy(Fields.label)
    cta = Lazy(Fields.label)
    content_topics = Lazy(Fields.labels)
    questions = Lazy(Fields.labels)
    mentioned_brands = Lazy(Fields.labels)
    entities = Lazy(Fields.labels)
    created_at = Lazy(Fields.stamp)
    dataset_run_at = Lazy(Fields.stamp)
    datasets = Lazy(_read_refs)
    collections = Lazy(Fields.json)
    comments = Lazy(Fields.json)


class AudienceProfile(LazyModel):
    """One creator or commenter from an audience run, with its LLM-derived audience layer."""

    __slots__ = ()
    _vendor = "buzzabout"
    _shown = ("id", "source", "username", "follower_count", "creator_tier")

    id = Lazy(Fields.ident)
    run_id = Lazy(Fields.text)
    source = Lazy(Fields.word)
    username = Lazy(Fields.text)
    display_name = Lazy(Fields.text)
    avatar = Lazy(_read_avatar)
    bio = Lazy(Fields.text)
    external_link = Lazy(Fields.text)
    is_verified = Lazy(Fields.flag)
    follower_count = Lazy(Fields.integer)
    following_count = Lazy(Fields.integer)
    content_count = Lazy(Fields.integer)
    engagement_rate = Lazy(Fields.number)
    posting_cadence = Lazy(Fields.word)
    creator_tier = Lazy(Fields.word)
    location_country = Lazy(Fields.text)
    location_city = Lazy(Fields.text)
    primary_language = Lazy(Fields.text)
    authenticity_score = Lazy(Fields.number)
    authenticity_reason = Lazy(Fields.text)
    aesthetic = Lazy(Fields.text)
    communication_tone = Lazy(Fields.text)
    content_niche = Lazy(Fields.labels)
    interest_clusters = Lazy(Fields.labels)
    brand_affinities = Lazy(Fields.labels)
    occupation = Lazy(Fields.text)
    industry = Lazy(Fields.text)
    ocean = Lazy(Fields.json)
    summary = Lazy(Fields.text)
    score = Lazy(Fields.number)
    platform_metadata = Lazy(Fields.json)
    created_at = Lazy(Fields.stamp)


@attrs.frozen(kw_only=True, repr=False)
class PatternItem(Model):
    """One recurring shape of a pattern; ``post_refs`` are the posts that show it."""

    item_id: str
    title: str | None = None
    synopsis: str | None = None
    post_count: int | None = None
    post_refs: tuple[PostRef, ...] = ()


@attrs.frozen(kw_only=True, repr=False)
class Pattern(Model):
    """What a pattern detection found: a summary and its items."""

    id: str
    summary: str | None = None
    items: tuple[PatternItem, ...] = ()
