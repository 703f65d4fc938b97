from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AudienceLabMember")


@_attrs_define
class AudienceLabMember:
    """One member record (community-observed): an open object of UPPER_CASE fields, most
    of them strings (`UUID`, `FIRST_NAME`, `LAST_NAME`, `PERSONAL_EMAILS`,
    `BUSINESS_EMAIL`, `PERSONAL_PHONE`, `MOBILE_PHONE`, `COMPANY_NAME`,
    `COMPANY_DOMAIN`, `JOB_TITLE`, `SENIORITY_LEVEL`, `PERSONAL_CITY`,
    `PERSONAL_STATE`, `PERSONAL_ZIP`, `SKIPTRACE_MATCH_SCORE` (a number or a string),
    `PERSONAL_VERIFIED_EMAILS` (a string or null), `SHA256_PERSONAL_EMAIL`, ...). No
    source prints a row with values, so no field is typed here: read the ones you
    know by name.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audience_lab_member = cls()

        audience_lab_member.additional_properties = d
        return audience_lab_member

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
