from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributesFilter")


@_attrs_define
class AttributesFilter:
    """Attribute filters."""

    education: list[str] | Unset = UNSET
    """ Education levels. """
    exclude_education: list[str] | Unset = UNSET
    """ Education levels to exclude. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education: list[str] | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = self.education

        exclude_education: list[str] | Unset = UNSET
        if not isinstance(self.exclude_education, Unset):
            exclude_education = self.exclude_education

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if education is not UNSET:
            field_dict["education"] = education
        if exclude_education is not UNSET:
            field_dict["excludeEducation"] = exclude_education

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        education = cast(list[str], d.pop("education", UNSET))

        exclude_education = cast(list[str], d.pop("excludeEducation", UNSET))

        attributes_filter = cls(
            education=education,
            exclude_education=exclude_education,
        )

        attributes_filter.additional_properties = d
        return attributes_filter

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
