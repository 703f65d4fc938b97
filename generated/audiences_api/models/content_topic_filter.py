from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContentTopicFilter")


@_attrs_define
class ContentTopicFilter:
    """Mentions with any of the content topics in `values`."""

    type_: Literal["content_topic"]
    """ The filter type. """
    operator: Literal["any_of"]
    """ The operator (only `any_of`). """
    values: list[str]
    """ Topics. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        operator = self.operator

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["content_topic"], d.pop("type"))
        if type_ != "content_topic":
            raise ValueError(f"type must match const 'content_topic', got '{type_}'")

        operator = cast(Literal["any_of"], d.pop("operator"))
        if operator != "any_of":
            raise ValueError(f"operator must match const 'any_of', got '{operator}'")

        values = cast(list[str], d.pop("values"))

        content_topic_filter = cls(
            type_=type_,
            operator=operator,
            values=values,
        )

        content_topic_filter.additional_properties = d
        return content_topic_filter

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
