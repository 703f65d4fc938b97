from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentFilterCatalogSummary")


@_attrs_define
class IntentFilterCatalogSummary:
    """Counts over the catalogue (current guide page)."""

    group_count: int | Unset = UNSET
    """ Groups. """
    filter_count: int | Unset = UNSET
    """ Filters. """
    value_count: int | Unset = UNSET
    """ Values. """
    recommended_filter_count: int | Unset = UNSET
    """ Recommended filters. """
    standard_filter_count: int | Unset = UNSET
    """ Standard filters. """
    advanced_filter_count: int | Unset = UNSET
    """ Advanced filters. """
    supports_advanced_logic: bool | Unset = UNSET
    """ Whether advanced logic is supported. """
    default_field_logic: str | Unset = UNSET
    """ How filters on different fields combine. Open: a plain string; the page's type allows only `and`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_count = self.group_count

        filter_count = self.filter_count

        value_count = self.value_count

        recommended_filter_count = self.recommended_filter_count

        standard_filter_count = self.standard_filter_count

        advanced_filter_count = self.advanced_filter_count

        supports_advanced_logic = self.supports_advanced_logic

        default_field_logic = self.default_field_logic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_count is not UNSET:
            field_dict["groupCount"] = group_count
        if filter_count is not UNSET:
            field_dict["filterCount"] = filter_count
        if value_count is not UNSET:
            field_dict["valueCount"] = value_count
        if recommended_filter_count is not UNSET:
            field_dict["recommendedFilterCount"] = recommended_filter_count
        if standard_filter_count is not UNSET:
            field_dict["standardFilterCount"] = standard_filter_count
        if advanced_filter_count is not UNSET:
            field_dict["advancedFilterCount"] = advanced_filter_count
        if supports_advanced_logic is not UNSET:
            field_dict["supportsAdvancedLogic"] = supports_advanced_logic
        if default_field_logic is not UNSET:
            field_dict["defaultFieldLogic"] = default_field_logic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_count = d.pop("groupCount", UNSET)

        filter_count = d.pop("filterCount", UNSET)

        value_count = d.pop("valueCount", UNSET)

        recommended_filter_count = d.pop("recommendedFilterCount", UNSET)

        standard_filter_count = d.pop("standardFilterCount", UNSET)

        advanced_filter_count = d.pop("advancedFilterCount", UNSET)

        supports_advanced_logic = d.pop("supportsAdvancedLogic", UNSET)

        default_field_logic = d.pop("defaultFieldLogic", UNSET)

        intent_filter_catalog_summary = cls(
            group_count=group_count,
            filter_count=filter_count,
            value_count=value_count,
            recommended_filter_count=recommended_filter_count,
            standard_filter_count=standard_filter_count,
            advanced_filter_count=advanced_filter_count,
            supports_advanced_logic=supports_advanced_logic,
            default_field_logic=default_field_logic,
        )

        intent_filter_catalog_summary.additional_properties = d
        return intent_filter_catalog_summary

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
