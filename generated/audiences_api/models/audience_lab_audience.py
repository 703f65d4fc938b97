from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceLabAudience")


@_attrs_define
class AudienceLabAudience:
    """An audience as community sources list it (community-observed): `id` and `name`, and
    refresh settings one client marks optional. Open.

    """

    id: str
    """ The audience's id (a UUID). """
    name: None | str | Unset = UNSET
    """ The audience's name. """
    next_scheduled_refresh: None | str | Unset = UNSET
    """ When it refreshes next (a timestamp of no documented format). """
    scheduled_refresh: bool | None | Unset = UNSET
    """ Whether scheduled refresh is on. """
    refresh_interval: None | str | Unset = UNSET
    """ The refresh interval (no format is documented). """
    webhook_url: None | str | Unset = UNSET
    """ The webhook notified on refresh. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(
            {
                "id": id,
            }
        )
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
        d = dict(src_dict)
        id = d.pop("id")

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

        audience_lab_audience = cls(
            id=id,
            name=name,
            next_scheduled_refresh=next_scheduled_refresh,
            scheduled_refresh=scheduled_refresh,
            refresh_interval=refresh_interval,
            webhook_url=webhook_url,
        )

        audience_lab_audience.additional_properties = d
        return audience_lab_audience

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
