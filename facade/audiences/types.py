"""The types of the arguments that take documented words or shapes.

Enumerated arguments are ``Literal`` types of the documented words, so a type checker
refuses ``order="newest"`` before the API ever could. These are for annotating your own
code: ``def newest(order: Order = "desc") -> ...``. Their words are the spec's
(openapi.yaml): ``Order`` (a list's order by creation time), ``Source`` (a platform
Buzzabout collects posts from), ``ValueType`` (a custom parameter's value type),
``ContentAnalysisAction`` (an analysis a dataset run can apply to each post),
``MentionSort`` and ``ProfileSort`` (what ``mentions.list`` and
``audience_profiles.list`` sort by), ``IntentTopicType`` (a Leadpipe topic's audience
type) and ``IntentAudienceStatus`` (a saved Leadpipe audience's status).
"""

from __future__ import annotations

from typing import TypedDict

# The documented words come from openapi.yaml, through the generated spec table.
from audiences._spec_table import (
    ContentAnalysisAction,
    IntentAudienceStatus,
    IntentTopicType,
    MentionSort,
    Order,
    ProfileSort,
    Source,
    ValueType,
)


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
    "IntentAudienceStatus",
    "IntentTopicType",
    "MentionSort",
    "Order",
    "ProfileSort",
    "Source",
    "ValueType",
]
