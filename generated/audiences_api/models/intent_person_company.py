from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentPersonCompany")


@_attrs_define
class IntentPersonCompany:
    """A person's company: `name`, `domain`, `industry` and `industryGroup` are printed
    (the get-people page's stored copy is cut inside `industryGroup`, so further
    fields may follow: open). Fields may be null (fill rates show fields empty on
    some rows; null is inferred).

    """

    name: None | str | Unset = UNSET
    """ The company's name. """
    domain: None | str | Unset = UNSET
    """ Its web domain. """
    industry: None | str | Unset = UNSET
    """ Its industry. """
    industry_group: None | str | Unset = UNSET
    """ Its industry group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        industry_group: None | str | Unset
        if isinstance(self.industry_group, Unset):
            industry_group = UNSET
        else:
            industry_group = self.industry_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if industry is not UNSET:
            field_dict["industry"] = industry
        if industry_group is not UNSET:
            field_dict["industryGroup"] = industry_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        def _parse_industry_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry_group = _parse_industry_group(d.pop("industryGroup", UNSET))

        intent_person_company = cls(
            name=name,
            domain=domain,
            industry=industry,
            industry_group=industry_group,
        )

        intent_person_company.additional_properties = d
        return intent_person_company

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
