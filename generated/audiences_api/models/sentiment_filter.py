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

from ..models.sentiment_filter_values_item import SentimentFilterValuesItem

T = TypeVar("T", bound="SentimentFilter")


@_attrs_define
class SentimentFilter:
    """Mentions whose sentiment is one of `values`."""

    type_: Literal["sentiment"]
    """ The filter type. """
    values: list[SentimentFilterValuesItem]
    """ Sentiments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.value
            values.append(values_item)

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
        type_ = cast(Literal["sentiment"], d.pop("type"))
        if type_ != "sentiment":
            raise ValueError(f"type must match const 'sentiment', got '{type_}'")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = SentimentFilterValuesItem(values_item_data)

            values.append(values_item)

        sentiment_filter = cls(
            type_=type_,
            values=values,
        )

        sentiment_filter.additional_properties = d
        return sentiment_filter

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
