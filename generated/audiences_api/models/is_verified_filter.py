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

T = TypeVar("T", bound="IsVerifiedFilter")


@_attrs_define
class IsVerifiedFilter:
    """Profiles that are (`true`) or are not (`false`) verified."""

    type_: Literal["is_verified"]
    """ The filter type. """
    value: bool
    """ Verified or not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["is_verified"], d.pop("type"))
        if type_ != "is_verified":
            raise ValueError(f"type must match const 'is_verified', got '{type_}'")

        value = d.pop("value")

        is_verified_filter = cls(
            type_=type_,
            value=value,
        )

        is_verified_filter.additional_properties = d
        return is_verified_filter

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
