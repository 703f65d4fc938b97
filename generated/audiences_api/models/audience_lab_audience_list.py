from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_lab_audience import AudienceLabAudience


T = TypeVar("T", bound="AudienceLabAudienceList")


@_attrs_define
class AudienceLabAudienceList:
    """One page of audiences (community-observed; bare body). Two sources name the total
    `total_records`, a third `total`: both are accepted, neither required.

    """

    data: list[AudienceLabAudience]
    """ The page's audiences. """
    page: int | Unset = UNSET
    """ This page's number (1-indexed). """
    page_size: int | Unset = UNSET
    """ The page size used. """
    total_pages: int | Unset = UNSET
    """ Pages in all. """
    total_records: int | Unset = UNSET
    """ Audiences in all (two sources). """
    total: int | Unset = UNSET
    """ Audiences in all (one source's name for it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page = self.page

        page_size = self.page_size

        total_pages = self.total_pages

        total_records = self.total_records

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_records is not UNSET:
            field_dict["total_records"] = total_records
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_lab_audience import AudienceLabAudience  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AudienceLabAudience.from_dict(data_item_data)

            data.append(data_item)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_records = d.pop("total_records", UNSET)

        total = d.pop("total", UNSET)

        audience_lab_audience_list = cls(
            data=data,
            page=page,
            page_size=page_size,
            total_pages=total_pages,
            total_records=total_records,
            total=total,
        )

        audience_lab_audience_list.additional_properties = d
        return audience_lab_audience_list

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
