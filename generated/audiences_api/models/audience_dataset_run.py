from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_status_object import RunStatusObject


T = TypeVar("T", bound="AudienceDatasetRun")


@_attrs_define
class AudienceDatasetRun:
    """One profile-collection run. Its own timestamps are ISO-8601 strings; its steps'
    `completed_at` are epoch seconds.

    """

    id: str
    """ Id, `adr_...`. """
    status: RunStatusObject | str
    """ A run status, sent as an object `{type, steps}` or as a plain word. """
    audience_dataset_id: str | Unset = UNSET
    """ The container. """
    source_dataset_id: str | Unset = UNSET
    """ The dataset whose posts the run reads. """
    target_profile_count: int | None | Unset = UNSET
    """ Profiles requested; absent on a new run (the 202 response omits it). """
    profile_count: int | None | Unset = UNSET
    """ Profiles collected; absent until the run has collected some (the 202 response omits it). """
    created_at: datetime.datetime | Unset = UNSET
    """ When the run was created. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the run last changed; absent on a new run (the 202 response omits it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_status_object import RunStatusObject  # noqa: PLC0415

        id = self.id

        status: dict[str, Any] | str
        if isinstance(self.status, RunStatusObject):
            status = self.status.to_dict()
        else:
            status = self.status

        audience_dataset_id = self.audience_dataset_id

        source_dataset_id = self.source_dataset_id

        target_profile_count: int | None | Unset
        if isinstance(self.target_profile_count, Unset):
            target_profile_count = UNSET
        else:
            target_profile_count = self.target_profile_count

        profile_count: int | None | Unset
        if isinstance(self.profile_count, Unset):
            profile_count = UNSET
        else:
            profile_count = self.profile_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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
                "status": status,
            }
        )
        if audience_dataset_id is not UNSET:
            field_dict["audience_dataset_id"] = audience_dataset_id
        if source_dataset_id is not UNSET:
            field_dict["source_dataset_id"] = source_dataset_id
        if target_profile_count is not UNSET:
            field_dict["target_profile_count"] = target_profile_count
        if profile_count is not UNSET:
            field_dict["profile_count"] = profile_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_status_object import RunStatusObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> RunStatusObject | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_status_type_0 = RunStatusObject.from_dict(data)

                return componentsschemas_run_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunStatusObject | str, data)

        status = _parse_status(d.pop("status"))

        audience_dataset_id = d.pop("audience_dataset_id", UNSET)

        source_dataset_id = d.pop("source_dataset_id", UNSET)

        def _parse_target_profile_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_profile_count = _parse_target_profile_count(
            d.pop("target_profile_count", UNSET)
        )

        def _parse_profile_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        profile_count = _parse_profile_count(d.pop("profile_count", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        audience_dataset_run = cls(
            id=id,
            status=status,
            audience_dataset_id=audience_dataset_id,
            source_dataset_id=source_dataset_id,
            target_profile_count=target_profile_count,
            profile_count=profile_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        audience_dataset_run.additional_properties = d
        return audience_dataset_run

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
