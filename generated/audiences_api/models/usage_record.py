from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageRecord")


@_attrs_define
class UsageRecord:
    """One credit charge or refund."""

    id: int
    """ The record's id, an integer (`9183271`). """
    category: str | Unset = UNSET
    """ A pricing category. Open: a plain string; the pricing page lists `mention`,
    `audience_profile`, `post_processing` and `ai_assistant`.
     """
    quantity: float | Unset = UNSET
    """ Credits charged, possibly fractional (`0.5`); that a refund is negative is not documented. """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        quantity = self.quantity

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        category = d.pop("category", UNSET)

        quantity = d.pop("quantity", UNSET)

        created_at = d.pop("created_at", UNSET)

        usage_record = cls(
            id=id,
            category=category,
            quantity=quantity,
            created_at=created_at,
        )

        usage_record.additional_properties = d
        return usage_record

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
