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

T = TypeVar("T", bound="InRangeOperator")


@_attrs_define
class InRangeOperator:
    """Between `min_value` and `max_value`."""

    type_: Literal["in_range"]
    """ The operator. """
    min_value: float
    """ The lower bound (included). """
    max_value: float
    """ The upper bound (included). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        min_value = self.min_value

        max_value = self.max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "min_value": min_value,
                "max_value": max_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["in_range"], d.pop("type"))
        if type_ != "in_range":
            raise ValueError(f"type must match const 'in_range', got '{type_}'")

        min_value = d.pop("min_value")

        max_value = d.pop("max_value")

        in_range_operator = cls(
            type_=type_,
            min_value=min_value,
            max_value=max_value,
        )

        in_range_operator.additional_properties = d
        return in_range_operator

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
