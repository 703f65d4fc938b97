from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_stored_config_filters import (
        IntentAudienceStoredConfigFilters,
    )


T = TypeVar("T", bound="IntentAudienceStoredConfig")


@_attrs_define
class IntentAudienceStoredConfig:
    """A config as the server sends it back (normalized, or stored on an audience). Open; no constraint is checked on what
    a server sends.

    """

    topic_ids: list[int] | Unset = UNSET
    """ The topics. """
    min_score: int | None | Unset = UNSET
    """ Lowest intent score. """
    max_score: int | None | Unset = UNSET
    """ Highest intent score. """
    min_topic_overlap: int | None | Unset = UNSET
    """ Topics a person must match. """
    filters: IntentAudienceStoredConfigFilters | Unset = UNSET
    """ The filters, in any of the forms `IntentAudienceFilters` describes. """
    source_url: None | str | Unset = UNSET
    """ The website the topics came from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_ids: list[int] | Unset = UNSET
        if not isinstance(self.topic_ids, Unset):
            topic_ids = self.topic_ids

        min_score: int | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        max_score: int | None | Unset
        if isinstance(self.max_score, Unset):
            max_score = UNSET
        else:
            max_score = self.max_score

        min_topic_overlap: int | None | Unset
        if isinstance(self.min_topic_overlap, Unset):
            min_topic_overlap = UNSET
        else:
            min_topic_overlap = self.min_topic_overlap

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic_ids is not UNSET:
            field_dict["topicIds"] = topic_ids
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
        from ..models.intent_audience_stored_config_filters import (
            IntentAudienceStoredConfigFilters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        topic_ids = cast(list[int], d.pop("topicIds", UNSET))

        def _parse_min_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_score = _parse_min_score(d.pop("minScore", UNSET))

        def _parse_max_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_score = _parse_max_score(d.pop("maxScore", UNSET))

        def _parse_min_topic_overlap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_topic_overlap = _parse_min_topic_overlap(d.pop("minTopicOverlap", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: IntentAudienceStoredConfigFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = IntentAudienceStoredConfigFilters.from_dict(_filters)

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("sourceUrl", UNSET))

        intent_audience_stored_config = cls(
            topic_ids=topic_ids,
            min_score=min_score,
            max_score=max_score,
            min_topic_overlap=min_topic_overlap,
            filters=filters,
            source_url=source_url,
        )

        intent_audience_stored_config.additional_properties = d
        return intent_audience_stored_config

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
