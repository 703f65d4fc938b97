from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentScoreBucket")


@_attrs_define
class IntentScoreBucket:
    """One bucket of the score histogram."""

    bucket: str | Unset = UNSET
    """ The score range (`70-89`). """
    count: int | Unset = UNSET
    """ Rows in it. """
    percent: float | Unset = UNSET
    """ Their share, in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        count = self.count

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if count is not UNSET:
            field_dict["count"] = count
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket = d.pop("bucket", UNSET)

        count = d.pop("count", UNSET)

        percent = d.pop("percent", UNSET)

        intent_score_bucket = cls(
            bucket=bucket,
            count=count,
            percent=percent,
        )

        intent_score_bucket.additional_properties = d
        return intent_score_bucket

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
