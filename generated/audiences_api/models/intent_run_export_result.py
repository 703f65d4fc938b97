from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_run_export import IntentRunExport


T = TypeVar("T", bound="IntentRunExportResult")


@_attrs_define
class IntentRunExportResult:
    """A stored export and its signed download URL."""

    export: IntentRunExport
    """ A stored CSV export of a run. The API reference lists these fields; the guide's
    example shows nine of them, so all but `id` are optional, and nullable where the
    documents show them absent. Timestamps are ISO-8601.
     """
    download_url: None | str | Unset = UNSET
    """ A signed URL to download the file; absent while the export is processing (inferred). """
    download_url_expires_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    download_url_ttl_seconds: int | None | Unset = UNSET
    """ Seconds the URL stays valid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export = self.export.to_dict()

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        download_url_expires_at: None | str | Unset
        if isinstance(self.download_url_expires_at, Unset):
            download_url_expires_at = UNSET
        elif isinstance(self.download_url_expires_at, datetime.datetime):
            download_url_expires_at = self.download_url_expires_at.isoformat()
        else:
            download_url_expires_at = self.download_url_expires_at

        download_url_ttl_seconds: int | None | Unset
        if isinstance(self.download_url_ttl_seconds, Unset):
            download_url_ttl_seconds = UNSET
        else:
            download_url_ttl_seconds = self.download_url_ttl_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export": export,
            }
        )
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if download_url_expires_at is not UNSET:
            field_dict["downloadUrlExpiresAt"] = download_url_expires_at
        if download_url_ttl_seconds is not UNSET:
            field_dict["downloadUrlTtlSeconds"] = download_url_ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_run_export import IntentRunExport  # noqa: PLC0415

        d = dict(src_dict)
        export = IntentRunExport.from_dict(d.pop("export"))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("downloadUrl", UNSET))

        def _parse_download_url_expires_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        download_url_expires_at = _parse_download_url_expires_at(
            d.pop("downloadUrlExpiresAt", UNSET)
        )

        def _parse_download_url_ttl_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        download_url_ttl_seconds = _parse_download_url_ttl_seconds(
            d.pop("downloadUrlTtlSeconds", UNSET)
        )

        intent_run_export_result = cls(
            export=export,
            download_url=download_url,
            download_url_expires_at=download_url_expires_at,
            download_url_ttl_seconds=download_url_ttl_seconds,
        )

        intent_run_export_result.additional_properties = d
        return intent_run_export_result

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
