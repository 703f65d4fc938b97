from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_filter_catalog_summary import IntentFilterCatalogSummary
    from ..models.intent_filter_catalog_version import IntentFilterCatalogVersion
    from ..models.intent_filter_group import IntentFilterGroup


T = TypeVar("T", bound="IntentAudienceFilterCatalog")


@_attrs_define
class IntentAudienceFilterCatalog:
    """The filter catalogue, in either documented shape (both accepted, nothing
    required): the current guide's grouped catalogue (`version`, `summary`, `groups`)
    or the older spec's flat lists of values (`seniority`, `companyIndustry`,
    `companySize`, `department`, `companyRevenueRange`, `ageRange`, `gender`, and the
    older SDK's `state`).

    """

    version: IntentFilterCatalogVersion | Unset = UNSET
    """ Which catalogue build answered (current guide page; all fields as the page's type names them). """
    summary: IntentFilterCatalogSummary | Unset = UNSET
    """ Counts over the catalogue (current guide page). """
    groups: list[IntentFilterGroup] | Unset = UNSET
    """ The filter groups (current guide page). """
    seniority: list[str] | Unset = UNSET
    """ Seniority values (older spec). """
    company_industry: list[str] | Unset = UNSET
    """ Company industries (older spec). """
    company_size: list[str] | Unset = UNSET
    """ Company sizes (older spec). """
    department: list[str] | Unset = UNSET
    """ Departments (older spec). """
    company_revenue_range: list[str] | Unset = UNSET
    """ Company revenue ranges (older spec). """
    age_range: list[str] | Unset = UNSET
    """ Age ranges (older spec). """
    gender: list[str] | Unset = UNSET
    """ Genders (older spec). """
    state: list[str] | Unset = UNSET
    """ States (older SDK only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        seniority: list[str] | Unset = UNSET
        if not isinstance(self.seniority, Unset):
            seniority = self.seniority

        company_industry: list[str] | Unset = UNSET
        if not isinstance(self.company_industry, Unset):
            company_industry = self.company_industry

        company_size: list[str] | Unset = UNSET
        if not isinstance(self.company_size, Unset):
            company_size = self.company_size

        department: list[str] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department

        company_revenue_range: list[str] | Unset = UNSET
        if not isinstance(self.company_revenue_range, Unset):
            company_revenue_range = self.company_revenue_range

        age_range: list[str] | Unset = UNSET
        if not isinstance(self.age_range, Unset):
            age_range = self.age_range

        gender: list[str] | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if summary is not UNSET:
            field_dict["summary"] = summary
        if groups is not UNSET:
            field_dict["groups"] = groups
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if company_industry is not UNSET:
            field_dict["companyIndustry"] = company_industry
        if company_size is not UNSET:
            field_dict["companySize"] = company_size
        if department is not UNSET:
            field_dict["department"] = department
        if company_revenue_range is not UNSET:
            field_dict["companyRevenueRange"] = company_revenue_range
        if age_range is not UNSET:
            field_dict["ageRange"] = age_range
        if gender is not UNSET:
            field_dict["gender"] = gender
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_filter_catalog_summary import IntentFilterCatalogSummary  # noqa: PLC0415
        from ..models.intent_filter_catalog_version import IntentFilterCatalogVersion  # noqa: PLC0415
        from ..models.intent_filter_group import IntentFilterGroup  # noqa: PLC0415

        d = dict(src_dict)
        _version = d.pop("version", UNSET)
        version: IntentFilterCatalogVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = IntentFilterCatalogVersion.from_dict(_version)

        _summary = d.pop("summary", UNSET)
        summary: IntentFilterCatalogSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = IntentFilterCatalogSummary.from_dict(_summary)

        _groups = d.pop("groups", UNSET)
        groups: list[IntentFilterGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = IntentFilterGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        seniority = cast(list[str], d.pop("seniority", UNSET))

        company_industry = cast(list[str], d.pop("companyIndustry", UNSET))

        company_size = cast(list[str], d.pop("companySize", UNSET))

        department = cast(list[str], d.pop("department", UNSET))

        company_revenue_range = cast(list[str], d.pop("companyRevenueRange", UNSET))

        age_range = cast(list[str], d.pop("ageRange", UNSET))

        gender = cast(list[str], d.pop("gender", UNSET))

        state = cast(list[str], d.pop("state", UNSET))

        intent_audience_filter_catalog = cls(
            version=version,
            summary=summary,
            groups=groups,
            seniority=seniority,
            company_industry=company_industry,
            company_size=company_size,
            department=department,
            company_revenue_range=company_revenue_range,
            age_range=age_range,
            gender=gender,
            state=state,
        )

        intent_audience_filter_catalog.additional_properties = d
        return intent_audience_filter_catalog

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
