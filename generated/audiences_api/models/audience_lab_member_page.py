from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_lab_member import AudienceLabMember


T = TypeVar("T", bound="AudienceLabMemberPage")


@_attrs_define
class AudienceLabMemberPage:
    """One page of an audience's members (community-observed; bare body): `data` rows with
    `total_records`, `page`, `page_size` and `total_pages`, as two sources read it. A
    third source says this path returns the audience's metadata instead (the fields of
    a listed audience, also listed here); nothing is required, so either is accepted.

    """

    data: list[AudienceLabMember] | Unset = UNSET
    """ The page's member records (empty past the last page). """
    total_records: int | Unset = UNSET
    """ Members in all. """
    page: int | Unset = UNSET
    """ This page's number (1-indexed). """
    page_size: int | Unset = UNSET
    """ The page size used (a server may return fewer rows than asked for). """
    total_pages: int | Unset = UNSET
    """ Pages in all. """
    id: str | Unset = UNSET
    """ The audience's id (the metadata shape). """
    name: None | str | Unset = UNSET
    """ The audience's name (the metadata shape). """
    next_scheduled_refresh: None | str | Unset = UNSET
    """ When it refreshes next (the metadata shape). """
    scheduled_refresh: bool | None | Unset = UNSET
    """ Whether scheduled refresh is on (the metadata shape). """
    refresh_interval: None | str | Unset = UNSET
    """ The refresh interval (the metadata shape). """
    webhook_url: None | str | Unset = UNSET
    """ The webhook notified on refresh (the metadata shape). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_records = self.total_records

        page = self.page

        page_size = self.page_size

        total_pages = self.total_pages

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        next_scheduled_refresh: None | str | Unset
        if isinstance(self.next_scheduled_refresh, Unset):
            next_scheduled_refresh = UNSET
        else:
            next_scheduled_refresh = self.next_scheduled_refresh

        scheduled_refresh: bool | None | Unset
        if isinstance(self.scheduled_refresh, Unset):
            scheduled_refresh = UNSET
        else:
            scheduled_refresh = self.scheduled_refresh

        refresh_interval: None | str | Unset
        if isinstance(self.refresh_interval, Unset):
            refresh_interval = UNSET
        else:
            refresh_interval = self.refresh_interval

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total_records is not UNSET:
            field_dict["total_records"] = total_records
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if next_scheduled_refresh is not UNSET:
            field_dict["next_scheduled_refresh"] = next_scheduled_refresh
        if scheduled_refresh is not UNSET:
            field_dict["scheduled_refresh"] = scheduled_refresh
        if refresh_interval is not UNSET:
            field_dict["refresh_interval"] = refresh_interval
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_lab_member import AudienceLabMember  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[AudienceLabMember] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = AudienceLabMember.from_dict(data_item_data)

                data.append(data_item)

        total_records = d.pop("total_records", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_next_scheduled_refresh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_scheduled_refresh = _parse_next_scheduled_refresh(
            d.pop("next_scheduled_refresh", UNSET)
        )

        def _parse_scheduled_refresh(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scheduled_refresh = _parse_scheduled_refresh(d.pop("scheduled_refresh", UNSET))

        def _parse_refresh_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_interval = _parse_refresh_interval(d.pop("refresh_interval", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        audience_lab_member_page = cls(
            data=data,
            total_records=total_records,
            page=page,
            page_size=page_size,
            total_pages=total_pages,
            id=id,
            name=name,
            next_scheduled_refresh=next_scheduled_refresh,
            scheduled_refresh=scheduled_refresh,
            refresh_interval=refresh_interval,
            webhook_url=webhook_url,
        )

        audience_lab_member_page.additional_properties = d
        return audience_lab_member_page

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
