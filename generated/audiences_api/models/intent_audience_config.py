from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_filters import IntentAudienceFilters


T = TypeVar("T", bound="IntentAudienceConfig")


@_attrs_define
class IntentAudienceConfig:
    """An audience config: the body of validate and preview, and `config` of create and
    update. Constraints are the newer API reference's (validate page): `topicIds` 1-250
    ids, `minScore` 0-99 or null ("values below 50 are accepted and clamped to 50"),
    `maxScore` 50-99, `minTopicOverlap` 1-250. Leadpipe's older official spec allowed
    1-10 topic ids, scores 1-100 and an overlap of 1-10, with preview defaults
    `minScore` 70, `maxScore` 100 and `minTopicOverlap` 1; the newer reference prints
    no defaults (its copy is cut), so none is stated here.

    """

    topic_ids: list[int]
    """ The topics (`topicId`s) people must be researching, 1-250. """
    min_score: int | None | Unset = UNSET
    """ Lowest intent score (percentile), 0-99; values below 50 are clamped to 50. """
    max_score: int | Unset = UNSET
    """ Highest intent score, 50-99. """
    min_topic_overlap: int | Unset = UNSET
    """ How many of the topics a person must match, 1-250. """
    filters: IntentAudienceFilters | Unset = UNSET
    """ ICP filters, keyed by the catalogue's filter keys ("use the live catalog as the
    source of truth"), so the object is open. The documents print three forms, all
    accepted: dotted keys with a `values` list (`"role.seniority": {"values":
    ["director", "vp"]}`, `"jobTitle.include": {"values": [...], "operator":
    "contains", "mode": "any"}`) or a boolean (`"contact.hasBusinessEmail": true`),
    the guide pages' form; nested groups (`"role": {"isDecisionMaker": true},
    "jobTitle": {"include": [...], "includeMode": "any"}`), the API reference's
    example; and the older spec's flat keys (`companyIndustry`, `seniority`,
    `companySize`, `department`, `companyRevenueRange`, `ageRange` lists; `state`,
    `gender`, `jobTitle` (at most 200 characters), `companyDomain`, `companyName` (at
    most 255) strings; `isB2b` `y` or `n`; `hasBusinessEmail`, `hasPersonalEmail`,
    `hasLinkedin`, `hasPhone` booleans).
     """
    source_url: str | Unset = UNSET
    """ The website the topics came from (a URI in the older spec; the newer reference's description of it is cut).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_ids = self.topic_ids

        min_score: int | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        max_score = self.max_score

        min_topic_overlap = self.min_topic_overlap

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topicIds": topic_ids,
            }
        )
        if min_score is not UNSET:
            field_dict["minScore"] = min_score
        if max_score is not UNSET:
            field_dict["maxScore"] = max_score
        if min_topic_overlap is not UNSET:
            field_dict["minTopicOverlap"] = min_topic_overlap
        if filters is not UNSET:
            field_dict["filters"] = filters
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_filters import IntentAudienceFilters  # noqa: PLC0415

        d = dict(src_dict)
        topic_ids = cast(list[int], d.pop("topicIds"))

        def _parse_min_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_score = _parse_min_score(d.pop("minScore", UNSET))

        max_score = d.pop("maxScore", UNSET)

        min_topic_overlap = d.pop("minTopicOverlap", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: IntentAudienceFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = IntentAudienceFilters.from_dict(_filters)

        source_url = d.pop("sourceUrl", UNSET)

        intent_audience_config = cls(
            topic_ids=topic_ids,
            min_score=min_score,
            max_score=max_score,
            min_topic_overlap=min_topic_overlap,
            filters=filters,
            source_url=source_url,
        )

        intent_audience_config.additional_properties = d
        return intent_audience_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
