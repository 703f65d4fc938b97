from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentFilterCatalogVersion")


@_attrs_define
class IntentFilterCatalogVersion:
    """Which catalogue build answered (current guide page; all fields as the page's type names them)."""

    status: str | Unset = UNSET
    """ Where the catalogue came from. Open: a plain string; the page's type lists `catalog` and `static_fallback`.
    """
    source_table: str | Unset = UNSET
    """ The source table. """
    catalog_table: str | Unset = UNSET
    """ The catalogue table. """
    catalog_version: None | str | Unset = UNSET
    """ The catalogue's version. """
    build_id: None | str | Unset = UNSET
    """ The build's id. """
    build_date: None | str | Unset = UNSET
    """ The build's date (no format is documented). """
    generated_at: None | str | Unset = UNSET
    """ When the catalogue was generated (no format is documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        source_table = self.source_table

        catalog_table = self.catalog_table

        catalog_version: None | str | Unset
        if isinstance(self.catalog_version, Unset):
            catalog_version = UNSET
        else:
            catalog_version = self.catalog_version

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        build_date: None | str | Unset
        if isinstance(self.build_date, Unset):
            build_date = UNSET
        else:
            build_date = self.build_date

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = self.generated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if source_table is not UNSET:
            field_dict["sourceTable"] = source_table
        if catalog_table is not UNSET:
            field_dict["catalogTable"] = catalog_table
        if catalog_version is not UNSET:
            field_dict["catalogVersion"] = catalog_version
        if build_id is not UNSET:
            field_dict["buildId"] = build_id
        if build_date is not UNSET:
            field_dict["buildDate"] = build_date
        if generated_at is not UNSET:
            field_dict["generatedAt"] = generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        source_table = d.pop("sourceTable", UNSET)

        catalog_table = d.pop("catalogTable", UNSET)

        def _parse_catalog_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        catalog_version = _parse_catalog_version(d.pop("catalogVersion", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("buildId", UNSET))

        def _parse_build_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_date = _parse_build_date(d.pop("buildDate", UNSET))

        def _parse_generated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_at = _parse_generated_at(d.pop("generatedAt", UNSET))

        intent_filter_catalog_version = cls(
            status=status,
            source_table=source_table,
            catalog_table=catalog_table,
            catalog_version=catalog_version,
            build_id=build_id,
            build_date=build_date,
            generated_at=generated_at,
        )

        intent_filter_catalog_version.additional_properties = d
        return intent_filter_catalog_version

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
