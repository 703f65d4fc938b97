"""The types of the arguments that take documented words or shapes.

Enumerated arguments are ``Literal`` types of the documented words, so a type checker
refuses ``order="newest"`` before the API ever could. These are for annotating your own
code: ``def newest(order: Order = "desc") -> ...``.
"""

from __future__ import annotations

from typing import Literal, TypedDict

Order = Literal["asc", "desc"]
"""List order by creation time (the APIs' default is ``desc``)."""

ValueType = Literal["string"]
"""A custom parameter's value type (``string`` is the only one the documents print)."""

Source = Literal["reddit", "tiktok", "youtube", "instagram", "linkedin"]
"""A platform Buzzabout collects posts from."""

ContentAnalysisAction = Literal[
    "content_category",
    "tone_of_voice",
    "narrative_structure",
    "intent",
    "hook",
    "mentioned_brands",
    "content_topics",
    "emotions",
    "cta",
    "entities",
    "questions",
    "sentiment",
]
"""An analysis a dataset run can apply to each post."""

MentionSort = Literal[
    "date",
    "likes",
    "engagement_rate",
    "views",
    "comments",
    "shares",
    "sentiment_score",
    "dataset_run_at",
]
"""What ``mentions.list`` can sort by (default ``date``)."""

ProfileSort = Literal[
    "date",
    "follower_count",
    "following_count",
    "content_count",
    "engagement_rate",
    "score",
    "authenticity_score",
    "creator_tier",
]
"""What ``audience_profiles.list`` can sort by (default ``date``)."""


class AgeRange(TypedDict, total=False):
    """AudienceLab's age filter, in years."""

    minAge: float
    maxAge: float


class BusinessProfileFilter(TypedDict, total=False):
    """AudienceLab's business-profile filters (each a list, even of one)."""

    industry: list[str]
    seniority: list[str]
    companyName: list[str]
    jobTitle: list[str]
    excludeJobTitle: list[str]


class AttributesFilter(TypedDict, total=False):
    """AudienceLab's attribute filters (each a list, even of one)."""

    education: list[str]
    excludeEducation: list[str]


class AudienceFilters(TypedDict, total=False):
    """AudienceLab's audience filters as the official example writes them.

    Array filters are lists even for one value. The vendor knows more keys than these;
    a dict with others is sent as given (``typing.cast`` it for a type checker).
    """

    age: AgeRange
    city: list[str]
    state: list[str]
    personalState: list[str]
    zip: list[str]
    gender: list[str]
    businessProfile: BusinessProfileFilter
    attributes: AttributesFilter


__all__ = [
    "AgeRange",
    "AttributesFilter",
    "AudienceFilters",
    "BusinessProfileFilter",
    "ContentAnalysisAction",
    "MentionSort",
    "Order",
    "ProfileSort",
    "Source",
    "ValueType",
]
