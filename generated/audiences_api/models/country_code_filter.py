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

T = TypeVar("T", bound="CountryCodeFilter")


@_attrs_define
class CountryCodeFilter:
    """Mentions from one of the countries in `values`."""

    type_: Literal["country_code"]
    """ The filter type. """
    values: list[str]
    """ Uppercase ISO 3166-1 alpha-2 codes. """
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
        type_ = cast(Literal["country_code"], d.pop("type"))
        if type_ != "country_code":
            raise ValueError(f"type must match const 'country_code', got '{type_}'")

        values = cast(list[str], d.pop("values"))

        country_code_filter = cls(
            type_=type_,
            values=values,
        )

        country_code_filter.additional_properties = d
        return country_code_filter

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
