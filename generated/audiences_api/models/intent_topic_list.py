from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_topic import IntentTopic
    from ..models.intent_topic_list_meta import IntentTopicListMeta


T = TypeVar("T", bound="IntentTopicList")


@_attrs_define
class IntentTopicList:
    """The matching topics (`meta` is optional: no current page prints this body)."""

    data: list[IntentTopic]
    """ The topics. """
    meta: IntentTopicListMeta | Unset = UNSET
    """ The list's metadata. The sources disagree and all are accepted, none required: the
    older official spec prints `{total, page, pageSize, hasMore}`, the older SDK
    `{count, total, filters}`, and every current Leadpipe response carries
    `{timestamp, request_id}`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_topic import IntentTopic  # noqa: PLC0415
        from ..models.intent_topic_list_meta import IntentTopicListMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = IntentTopic.from_dict(data_item_data)

            data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: IntentTopicListMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = IntentTopicListMeta.from_dict(_meta)

        intent_topic_list = cls(
            data=data,
            meta=meta,
        )

        intent_topic_list.additional_properties = d
        return intent_topic_list

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
