from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentRunExport")


@_attrs_define
class IntentRunExport:
    """A stored CSV export of a run. The API reference lists these fields; the guide's
    example shows nine of them, so all but `id` are optional, and nullable where the
    documents show them absent. Timestamps are ISO-8601.

    """

    id: str
    """ The export's id (UUID), the `export_id` of its GET. """
    organization_id: None | str | Unset = UNSET
    """ A string or null. """
    audience_id: str | Unset = UNSET
    """ The audience. """
    run_id: str | Unset = UNSET
    """ The run. """
    export_type: str | Unset = UNSET
    """ The export's type; `csv` is the only word documented, so any word is accepted. """
    status: str | Unset = UNSET
    """ A stored export's status. Open: a plain string; the documents print `processing`
    (an enum value of the API reference) and `completed` (the guide's example).
     """
    storage_provider: None | str | Unset = UNSET
    """ Where the file is stored; `b2` is the only word documented, so any word is accepted. """
    content_type: None | str | Unset = UNSET
    """ A string or null. """
    byte_size: int | None | Unset = UNSET
    """ The file's size in bytes. """
    row_count: int | None | Unset = UNSET
    """ Rows in the file. """
    bucket_name: None | str | Unset = UNSET
    """ A string or null. """
    file_id: None | str | Unset = UNSET
    """ A string or null. """
    file_name: None | str | Unset = UNSET
    """ A string or null. """
    content_sha_1: None | str | Unset = UNSET
    """ A string or null. """
    error_code: None | str | Unset = UNSET
    """ A string or null. """
    error_message: None | str | Unset = UNSET
    """ A string or null. """
    requested_by: None | str | Unset = UNSET
    """ A string or null. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    expires_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        audience_id = self.audience_id

        run_id = self.run_id

        export_type = self.export_type

        status = self.status

        storage_provider: None | str | Unset
        if isinstance(self.storage_provider, Unset):
            storage_provider = UNSET
        else:
            storage_provider = self.storage_provider

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        byte_size: int | None | Unset
        if isinstance(self.byte_size, Unset):
            byte_size = UNSET
        else:
            byte_size = self.byte_size

        row_count: int | None | Unset
        if isinstance(self.row_count, Unset):
            row_count = UNSET
        else:
            row_count = self.row_count

        bucket_name: None | str | Unset
        if isinstance(self.bucket_name, Unset):
            bucket_name = UNSET
        else:
            bucket_name = self.bucket_name

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        content_sha_1: None | str | Unset
        if isinstance(self.content_sha_1, Unset):
            content_sha_1 = UNSET
        else:
            content_sha_1 = self.content_sha_1

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        requested_by: None | str | Unset
        if isinstance(self.requested_by, Unset):
            requested_by = UNSET
        else:
            requested_by = self.requested_by

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if audience_id is not UNSET:
            field_dict["audienceId"] = audience_id
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if export_type is not UNSET:
            field_dict["exportType"] = export_type
        if status is not UNSET:
            field_dict["status"] = status
        if storage_provider is not UNSET:
            field_dict["storageProvider"] = storage_provider
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if byte_size is not UNSET:
            field_dict["byteSize"] = byte_size
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if bucket_name is not UNSET:
            field_dict["bucketName"] = bucket_name
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if content_sha_1 is not UNSET:
            field_dict["contentSha1"] = content_sha_1
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if requested_by is not UNSET:
            field_dict["requestedBy"] = requested_by
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organizationId", UNSET))

        audience_id = d.pop("audienceId", UNSET)

        run_id = d.pop("runId", UNSET)

        export_type = d.pop("exportType", UNSET)

        status = d.pop("status", UNSET)

        def _parse_storage_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_provider = _parse_storage_provider(d.pop("storageProvider", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("contentType", UNSET))

        def _parse_byte_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        byte_size = _parse_byte_size(d.pop("byteSize", UNSET))

        def _parse_row_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_count = _parse_row_count(d.pop("rowCount", UNSET))

        def _parse_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_name = _parse_bucket_name(d.pop("bucketName", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("fileId", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_content_sha_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_sha_1 = _parse_content_sha_1(d.pop("contentSha1", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_requested_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_by = _parse_requested_by(d.pop("requestedBy", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
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

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
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

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
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

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
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

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        intent_run_export = cls(
            id=id,
            organization_id=organization_id,
            audience_id=audience_id,
            run_id=run_id,
            export_type=export_type,
            status=status,
            storage_provider=storage_provider,
            content_type=content_type,
            byte_size=byte_size,
            row_count=row_count,
            bucket_name=bucket_name,
            file_id=file_id,
            file_name=file_name,
            content_sha_1=content_sha_1,
            error_code=error_code,
            error_message=error_message,
            requested_by=requested_by,
            completed_at=completed_at,
            expires_at=expires_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        intent_run_export.additional_properties = d
        return intent_run_export

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
