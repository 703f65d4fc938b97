from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentTopic")


@_attrs_define
class IntentTopic:
    """An intent topic: `{topicId, topicName, type, industry, category}` in the older
    official spec, and the same five fields in the preview page's `matchedTopics`.
    `topicId` is typed `number` there; an integer is inferred (configs send `topicIds`
    as integers).

    """

    topic_id: int
    """ The topic's id, what a config's `topicIds` lists. """
    topic_name: str | Unset = UNSET
    """ The topic's name. """
    type_: str | Unset = UNSET
    """ A topic's audience type. Open: a plain string; the older official spec and SDK list
    `b2b`, `b2c` and `both`.
     """
    industry: str | Unset = UNSET
    """ The topic's industry. """
    category: str | Unset = UNSET
    """ The topic's category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_id = self.topic_id

        topic_name = self.topic_name

        type_ = self.type_

        industry = self.industry

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topicId": topic_id,
            }
        )
        if topic_name is not UNSET:
            field_dict["topicName"] = topic_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if industry is not UNSET:
            field_dict["industry"] = industry
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic_id = d.pop("topicId")

        topic_name = d.pop("topicName", UNSET)

        type_ = d.pop("type", UNSET)

        industry = d.pop("industry", UNSET)

        category = d.pop("category", UNSET)

        intent_topic = cls(
            topic_id=topic_id,
            topic_name=topic_name,
            type_=type_,
            industry=industry,
            category=category,
        )

        intent_topic.additional_properties = d
        return intent_topic

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
