from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUsage")


@_attrs_define
class AccountUsage:
    """The credit balance. The page prints no field for what is left: it is
    `credits_total - credits_used`. Numbers, not integers: charges come in halves
    (`post_processing` costs 0.5 credits a post), so a fractional `credits_used` is
    inferred possible.

    """

    credits_total: float | Unset = UNSET
    """ Credits of the current period (`5000` in the example). """
    credits_used: float | Unset = UNSET
    """ Credits used so far (`1234` in the example). """
    renews_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_total = self.credits_total

        credits_used = self.credits_used

        renews_at = self.renews_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_total is not UNSET:
            field_dict["credits_total"] = credits_total
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if renews_at is not UNSET:
            field_dict["renews_at"] = renews_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_total = d.pop("credits_total", UNSET)

        credits_used = d.pop("credits_used", UNSET)

        renews_at = d.pop("renews_at", UNSET)

        account_usage = cls(
            credits_total=credits_total,
            credits_used=credits_used,
            renews_at=renews_at,
        )

        account_usage.additional_properties = d
        return account_usage

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
