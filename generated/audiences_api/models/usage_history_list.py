from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_record import UsageRecord


T = TypeVar("T", bound="UsageHistoryList")


@_attrs_define
class UsageHistoryList:
    """One page of usage records."""

    status: str
    """ The envelope's HTTP status class. Open: a plain string; the overview documents
    `info` (1xx), `success` (2xx), `redirect` (3xx), `client_error` (4xx) and
    `server_error` (5xx), and the reference pages print the playground placeholder
    `info` on 2xx and 4xx bodies alike, so any word is accepted.
     """
    data: list[UsageRecord]
    """ The page's records. """
    has_next: bool
    """ Whether another page follows. """
    cursor: None | str | Unset = UNSET
    """ Cursor for the next page; null exactly when `has_next` is false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_next = self.has_next

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
                "has_next": has_next,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_record import UsageRecord  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = UsageRecord.from_dict(data_item_data)

            data.append(data_item)

        has_next = d.pop("has_next")

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        usage_history_list = cls(
            status=status,
            data=data,
            has_next=has_next,
            cursor=cursor,
        )

        usage_history_list.additional_properties = d
        return usage_history_list

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
