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

T = TypeVar("T", bound="LocationCountryFilter")


@_attrs_define
class LocationCountryFilter:
    """Profiles located in one of `values`, free-text country names as stored on the profile (`United States`)."""

    type_: Literal["location_country"]
    """ The filter type. """
    values: list[str]
    """ Country names. """
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
        type_ = cast(Literal["location_country"], d.pop("type"))
        if type_ != "location_country":
            raise ValueError(f"type must match const 'location_country', got '{type_}'")

        values = cast(list[str], d.pop("values"))

        location_country_filter = cls(
            type_=type_,
            values=values,
        )

        location_country_filter.additional_properties = d
        return location_country_filter

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
