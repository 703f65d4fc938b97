from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IntentAudienceFilters")


@_attrs_define
class IntentAudienceFilters:
    """ICP filters, keyed by the catalogue's filter keys ("use the live catalog as the
    source of truth"), so the object is open. The documents print three forms, all
    accepted: dotted keys with a `values` list (`"role.seniority": {"values":
    ["director", "vp"]}`, `"jobTitle.include": {"values": [...], "operator":
    "contains", "mode": "any"}`) or a boolean (`"contact.hasBusinessEmail": true`),
    the guide pages' form; nested groups (`"role": {"isDecisionMaker": true},
    "jobTitle": {"include": [...], "includeMode": "any"}`), the API reference's
    example; and the older spec's flat keys (`companyIndustry`, `seniority`,
    `companySize`, `department`, `companyRevenueRange`, `ageRange` lists; `state`,
    `gender`, `jobTitle` (at most 200 characters), `companyDomain`, `companyName` (at
    most 255) strings; `isB2b` `y` or `n`; `hasBusinessEmail`, `hasPersonalEmail`,
    `hasLinkedin`, `hasPhone` booleans).

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent_audience_filters = cls()

        intent_audience_filters.additional_properties = d
        return intent_audience_filters

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
