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

T = TypeVar("T", bound="MentionedBrandsAnyOf")


@_attrs_define
class MentionedBrandsAnyOf:
    """Any of the brands in `values` (the pairing of `any_of` with `values` is inferred from the page's
    `"values"/"value"`).

    """

    type_: Literal["any_of"]
    """ The operator. """
    values: list[str]
    """ Brands. """
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
        type_ = cast(Literal["any_of"], d.pop("type"))
        if type_ != "any_of":
            raise ValueError(f"type must match const 'any_of', got '{type_}'")

        values = cast(list[str], d.pop("values"))

        mentioned_brands_any_of = cls(
            type_=type_,
            values=values,
        )

        mentioned_brands_any_of.additional_properties = d
        return mentioned_brands_any_of

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
