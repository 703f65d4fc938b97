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

from ..models.keyword_filter_operator import KeywordFilterOperator

T = TypeVar("T", bound="KeywordFilter")


@_attrs_define
class KeywordFilter:
    """Mentions whose text has (`is`) or lacks (`is_not`) a keyword of at most two words."""

    type_: Literal["keyword"]
    """ The filter type. """
    operator: KeywordFilterOperator
    """ Has (`is`) or lacks (`is_not`) the keyword. """
    value: str
    """ The keyword, one or two words. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["keyword"], d.pop("type"))
        if type_ != "keyword":
            raise ValueError(f"type must match const 'keyword', got '{type_}'")

        operator = KeywordFilterOperator(d.pop("operator"))

        value = d.pop("value")

        keyword_filter = cls(
            type_=type_,
            operator=operator,
            value=value,
        )

        keyword_filter.additional_properties = d
        return keyword_filter

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
