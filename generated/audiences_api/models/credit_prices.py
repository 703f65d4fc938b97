from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditPrices")


@_attrs_define
class CreditPrices:
    """Credits per result in each pricing category, numbers (possibly fractional). Open:
    the page lists four categories; another category would arrive as another number.

    """

    mention: float | Unset = UNSET
    """ Credits per mention collected (`1`). """
    audience_profile: float | Unset = UNSET
    """ Credits per profile an audience-dataset run collects (`3`). """
    post_processing: float | Unset = UNSET
    """ Credits per post a custom-parameter or pattern-detection run processes (`0.5`). """
    ai_assistant: float | Unset = UNSET
    """ Credits per assistant turn (`15`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mention = self.mention

        audience_profile = self.audience_profile

        post_processing = self.post_processing

        ai_assistant = self.ai_assistant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mention is not UNSET:
            field_dict["mention"] = mention
        if audience_profile is not UNSET:
            field_dict["audience_profile"] = audience_profile
        if post_processing is not UNSET:
            field_dict["post_processing"] = post_processing
        if ai_assistant is not UNSET:
            field_dict["ai_assistant"] = ai_assistant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mention = d.pop("mention", UNSET)

        audience_profile = d.pop("audience_profile", UNSET)

        post_processing = d.pop("post_processing", UNSET)

        ai_assistant = d.pop("ai_assistant", UNSET)

        credit_prices = cls(
            mention=mention,
            audience_profile=audience_profile,
            post_processing=post_processing,
            ai_assistant=ai_assistant,
        )

        credit_prices.additional_properties = d
        return credit_prices

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
