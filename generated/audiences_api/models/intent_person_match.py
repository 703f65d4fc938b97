from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_topic import IntentTopic


T = TypeVar("T", bound="IntentPersonMatch")


@_attrs_define
class IntentPersonMatch:
    """How a sampled person matches the audience's topics (preview page)."""

    score: float | Unset = UNSET
    """ The intent score. """
    topic_overlap: int | Unset = UNSET
    """ How many of the audience's topics the person matches. """
    matched_topics: list[IntentTopic] | Unset = UNSET
    """ The topics matched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        topic_overlap = self.topic_overlap

        matched_topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matched_topics, Unset):
            matched_topics = []
            for matched_topics_item_data in self.matched_topics:
                matched_topics_item = matched_topics_item_data.to_dict()
                matched_topics.append(matched_topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score
        if topic_overlap is not UNSET:
            field_dict["topicOverlap"] = topic_overlap
        if matched_topics is not UNSET:
            field_dict["matchedTopics"] = matched_topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_topic import IntentTopic  # noqa: PLC0415

        d = dict(src_dict)
        score = d.pop("score", UNSET)

        topic_overlap = d.pop("topicOverlap", UNSET)

        _matched_topics = d.pop("matchedTopics", UNSET)
        matched_topics: list[IntentTopic] | Unset = UNSET
        if _matched_topics is not UNSET:
            matched_topics = []
            for matched_topics_item_data in _matched_topics:
                matched_topics_item = IntentTopic.from_dict(matched_topics_item_data)

                matched_topics.append(matched_topics_item)

        intent_person_match = cls(
            score=score,
            topic_overlap=topic_overlap,
            matched_topics=matched_topics,
        )

        intent_person_match.additional_properties = d
        return intent_person_match

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
