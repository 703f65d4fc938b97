from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessProfileFilter")


@_attrs_define
class BusinessProfileFilter:
    """Business filters; every one an array, even for one value."""

    industry: list[str] | Unset = UNSET
    """ Industries. """
    seniority: list[str] | Unset = UNSET
    """ Seniority levels. """
    company_name: list[str] | Unset = UNSET
    """ Company names. """
    job_title: list[str] | Unset = UNSET
    """ Job titles. """
    exclude_job_title: list[str] | Unset = UNSET
    """ Job titles to exclude. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        industry: list[str] | Unset = UNSET
        if not isinstance(self.industry, Unset):
            industry = self.industry

        seniority: list[str] | Unset = UNSET
        if not isinstance(self.seniority, Unset):
            seniority = self.seniority

        company_name: list[str] | Unset = UNSET
        if not isinstance(self.company_name, Unset):
            company_name = self.company_name

        job_title: list[str] | Unset = UNSET
        if not isinstance(self.job_title, Unset):
            job_title = self.job_title

        exclude_job_title: list[str] | Unset = UNSET
        if not isinstance(self.exclude_job_title, Unset):
            exclude_job_title = self.exclude_job_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if industry is not UNSET:
            field_dict["industry"] = industry
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if exclude_job_title is not UNSET:
            field_dict["excludeJobTitle"] = exclude_job_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        industry = cast(list[str], d.pop("industry", UNSET))

        seniority = cast(list[str], d.pop("seniority", UNSET))

        company_name = cast(list[str], d.pop("companyName", UNSET))

        job_title = cast(list[str], d.pop("jobTitle", UNSET))

        exclude_job_title = cast(list[str], d.pop("excludeJobTitle", UNSET))

        business_profile_filter = cls(
            industry=industry,
            seniority=seniority,
            company_name=company_name,
            job_title=job_title,
            exclude_job_title=exclude_job_title,
        )

        business_profile_filter.additional_properties = d
        return business_profile_filter

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
