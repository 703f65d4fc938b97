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

T = TypeVar("T", bound="CreatorTierFilter")


@_attrs_define
class CreatorTierFilter:
    """Profiles in one of the creator tiers in `values`."""

    type_: Literal["creator_tier"]
    """ The filter type. """
    values: list[str]
    """ Tiers (see `CreatorTier`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["creator_tier"], d.pop("type"))
        if type_ != "creator_tier":
            raise ValueError(f"type must match const 'creator_tier', got '{type_}'")

        values = cast(list[str], d.pop("values"))

        creator_tier_filter = cls(
            type_=type_,
            values=values,
        )

        creator_tier_filter.additional_properties = d
        return creator_tier_filter

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
