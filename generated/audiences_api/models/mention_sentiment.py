from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentionSentiment")


@_attrs_define
class MentionSentiment:
    """Sentiment parts, decimal strings (`"0.80"`)."""

    negative: str | Unset = UNSET
    """ A decimal number sent as a string, e.g. `"0.020"` (mentions send rates and scores
    this way). The pattern is inferred from the page's examples.
     """
    neutral: str | Unset = UNSET
    """ A decimal number sent as a string, e.g. `"0.020"` (mentions send rates and scores
    this way). The pattern is inferred from the page's examples.
     """
    positive: str | Unset = UNSET
    """ A decimal number sent as a string, e.g. `"0.020"` (mentions send rates and scores
    this way). The pattern is inferred from the page's examples.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        negative = self.negative

        neutral = self.neutral

        positive = self.positive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if negative is not UNSET:
            field_dict["negative"] = negative
        if neutral is not UNSET:
            field_dict["neutral"] = neutral
        if positive is not UNSET:
            field_dict["positive"] = positive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        negative = d.pop("negative", UNSET)

        neutral = d.pop("neutral", UNSET)

        positive = d.pop("positive", UNSET)

        mention_sentiment = cls(
            negative=negative,
            neutral=neutral,
            positive=positive,
        )

        mention_sentiment.additional_properties = d
        return mention_sentiment

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
