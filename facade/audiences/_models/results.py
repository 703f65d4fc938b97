"""What runs produce, to read: mentions, audience profiles, patterns and their items.

Numbers the API sends as decimal strings (``"engagement_rate": "0.020"``) are floats;
timestamps, epoch or ISO, are aware UTC; analysis fields are ``None`` when the analysis
did not run. Fields whose shape the documents do not show (``emotions``, ``media``,
``comments``, ``platform_metadata``, ...) keep the JSON the API sent. Mentions and
profiles come by the hundred thousand, so they are read lazily (``_lazy.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from audiences._models._base import Model
from audiences._models._lazy import Lazy, LazyModel
from audiences._models.resources import PostRef
from audiences._read import Fields, Reader

M = TypeVar("M")


@attrs.frozen(kw_only=True, repr=False)
class MentionAuthor(Model):
    """Who posted a mention: a display title and a headline, with their links."""

    title: str | None = None
    """The author's display name."""
    title_url: str | None = None
    """A link to the author."""
    headline: str | None = None
    """The author's headline."""
    headline_url: str | None = None
    """A link for the headline."""
    avatar: str | None = None
    """The author's picture."""


@attrs.frozen(kw_only=True, repr=False)
class Sentiment(Model):
    """A mention's sentiment as shares from 0 to 1."""

    negative: float | None = None
    """Share negative."""
    neutral: float | None = None
    """Share neutral."""
    positive: float | None = None
    """Share positive."""


@attrs.frozen(repr=False)
class DatasetRef(Model):
    """A dataset a mention belongs to."""

    id: str
    """The dataset's id."""
    name: str | None = None
    """Its name."""


@attrs.frozen(kw_only=True, repr=False)
class Avatar(Model):
    """A profile picture."""

    url: str | None = None
    """The picture."""
    width: int | None = None
    """Its width in pixels."""
    height: int | None = None
    """Its height in pixels."""


_author = Reader(MentionAuthor, "MentionAuthor", read={"avatar": Fields.text})
_sentiment = Reader(
    Sentiment,
    "MentionSentiment",  # decimal strings on the wire
    read={"negative": Fields.number, "neutral": Fields.number, "positive": Fields.number},
)
_avatar = Reader(Avatar, "ProfileAvatar")


def _optional(read: Callable[[Fields], M]) -> Callable[[Fields, str], M | None]:
    """A reader of an object field that may be absent or null."""

    def read_field(d: Fields, key: str) -> M | None:
        found = d.object(key)
        return None if found is None else read(found)

    return read_field


_read_author = _optional(_author)
_read_sentiment = _optional(_sentiment)
_read_avatar = _optional(_avatar)


def _read_values(d: Fields, key: str) -> dict[str, Any]:
    """Custom-parameter values by parameter id (absent or null: none were asked for)."""
    found = d.raw(key)
    if found is None:
        return {}
    Fields(found, f"{d.where}.{key}")  # an object, or the error names the field
    return dict(found)


def _read_refs(d: Fields, key: str) -> tuple[DatasetRef, ...]:
    refs = (Fields(x, f"{d.where}.{key}[{i}]") for i, x in enumerate(d.array(key)))
    return tuple(DatasetRef(ref.ident("id"), ref.text("name")) for ref in refs)


class Mention(LazyModel):
    """One post in one or more datasets, with its counts and content analysis."""

    __slots__ = ()
    _vendor = "buzzabout"
    _schema = "Mention"
    _shown = ("id", "source", "title", "engagement_rate", "created_at")

    id = Lazy(Fields.ident)
    """The post's id."""
    source = Lazy(Fields.word)
    """Its platform."""
    title = Lazy(Fields.text)
    """Its title."""
    text = Lazy(Fields.text)
    """Its text."""
    url = Lazy(Fields.text)
    """Where it is."""
    author = Lazy(_read_author)
    """Who posted it."""
    media = Lazy(Fields.json)
    """Attached media, as sent."""
    num_views = Lazy(Fields.integer)
    """Views."""
    are_views_estimated = Lazy(Fields.flag)
    """Whether views are the platform's estimate."""
    num_likes = Lazy(Fields.integer)
    """Likes."""
    num_comments = Lazy(Fields.integer)
    """Comments."""
    num_shares = Lazy(Fields.integer)
    """Shares."""
    engagement_rate = Lazy(Fields.number)
    """Engagement over views (a decimal string on the wire)."""
    sentiment = Lazy(_read_sentiment)
    """Sentiment shares."""
    sentiment_score = Lazy(Fields.number)
    """Sentiment from -1 to 1."""
    emotions = Lazy(Fields.json)
    """Emotions, as sent."""
    category = Lazy(Fields.word)
    """Its content category."""
    content_intention = Lazy(Fields.word)
    """What the post means to do (``share_experience``, ...)."""
    tone_of_voice = Lazy(Fields.label)
    """Its tone."""
    narrative_structure = Lazy(Fields.label)
    """Its narrative structure."""
    hook = Lazy(Fields.label)
    """Its hook."""
    cta = Lazy(Fields.label)
    """Its call to action."""
    content_topics = Lazy(Fields.labels)
    """Its topics."""
    questions = Lazy(Fields.labels)
    """Questions it asks."""
    mentioned_brands = Lazy(Fields.labels)
    """Brands it names."""
    entities = Lazy(Fields.labels)
    """Other entities it names."""
    created_at = Lazy(Fields.stamp)
    """When it was posted."""
    dataset_run_at = Lazy(Fields.stamp)
    """When a run collected it."""
    datasets = Lazy(_read_refs)
    """The datasets it is in."""
    collections = Lazy(Fields.json)
    """Web-app collections, as sent."""
    comments = Lazy(Fields.json)
    """Its comments, when the run collected them."""
    custom_parameters = Lazy(_read_values)
    """Extracted custom-parameter values, ``{parameter_id: value}``, for the
    ``parameter_ids`` the list asked for (``{}`` without them). A value is JSON, typed by
    its parameter's value type; ``None`` where none was extracted. Beta: documented only
    in Buzzabout's staging docs."""


class AudienceProfile(LazyModel):
    """One creator or commenter from an audience run, with its LLM-derived audience layer."""

    __slots__ = ()
    _vendor = "buzzabout"
    _schema = "AudienceProfile"
    _shown = ("id", "source", "username", "follower_count", "creator_tier")

    id = Lazy(Fields.ident)
    """The profile's id."""
    run_id = Lazy(Fields.text)
    """The audience run that collected it."""
    source = Lazy(Fields.word)
    """Its platform."""
    username = Lazy(Fields.text)
    """Its handle."""
    display_name = Lazy(Fields.text)
    """Its display name."""
    avatar = Lazy(_read_avatar)
    """Its picture."""
    bio = Lazy(Fields.text)
    """Its bio."""
    external_link = Lazy(Fields.text)
    """The link in its bio."""
    is_verified = Lazy(Fields.flag)
    """Whether the platform verified it."""
    follower_count = Lazy(Fields.integer)
    """Followers."""
    following_count = Lazy(Fields.integer)
    """Accounts it follows."""
    content_count = Lazy(Fields.integer)
    """Posts it has made."""
    engagement_rate = Lazy(Fields.number)
    """Engagement over followers."""
    posting_cadence = Lazy(Fields.word)
    """How often it posts."""
    creator_tier = Lazy(Fields.word)
    """``nano``, ``micro``, ... by followers."""
    location_country = Lazy(Fields.text)
    """Its country, as stored."""
    location_city = Lazy(Fields.text)
    """Its city."""
    primary_language = Lazy(Fields.text)
    """Its main language."""
    authenticity_score = Lazy(Fields.number)
    """How authentic it looks (0-100)."""
    authenticity_reason = Lazy(Fields.text)
    """Why."""
    aesthetic = Lazy(Fields.text)
    """Its visual aesthetic."""
    communication_tone = Lazy(Fields.text)
    """Its tone."""
    content_niche = Lazy(Fields.labels)
    """Its niches."""
    interest_clusters = Lazy(Fields.labels)
    """Its audience's interests."""
    brand_affinities = Lazy(Fields.labels)
    """Brands it favours."""
    occupation = Lazy(Fields.text)
    """Its occupation."""
    industry = Lazy(Fields.text)
    """Its industry."""
    ocean = Lazy(Fields.json)
    """OCEAN personality scores, as sent."""
    summary = Lazy(Fields.text)
    """A summary of the profile."""
    score = Lazy(Fields.number)
    """An overall score (0-100)."""
    platform_metadata = Lazy(Fields.json)
    """The platform's own fields, as sent."""
    created_at = Lazy(Fields.stamp)
    """When it was collected."""


@attrs.frozen(kw_only=True, repr=False)
class PatternItem(Model):
    """One recurring shape of a pattern; ``post_refs`` are the posts that show it."""

    item_id: str
    """The item's id."""
    title: str | None = None
    """A short title."""
    synopsis: str | None = None
    """What the item is about."""
    post_count: int | None = None
    """Posts that show it."""
    post_refs: tuple[PostRef, ...] | None = None
    """Those posts, when the item is read on its own (``patterns.items.get``); ``None`` in
    a ``Pattern``'s items, which leave them out."""


@attrs.frozen(kw_only=True, repr=False)
class Pattern(Model):
    """What a pattern detection found: a summary and its items."""

    id: str
    """The pattern's id."""
    summary: str | None = None
    """What the detection found, in short."""
    items: tuple[PatternItem, ...] = ()
    """The recurring shapes it found."""


__all__ = [
    "AudienceProfile",
    "Avatar",
    "DatasetRef",
    "Mention",
    "MentionAuthor",
    "Pattern",
    "PatternItem",
    "Sentiment",
]
