from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_run_params import DatasetRunParams
    from ..models.run_status_object import RunStatusObject


T = TypeVar("T", bound="DatasetRun")


@_attrs_define
class DatasetRun:
    """One scraping run of a dataset. Its own timestamps are ISO-8601 strings; its steps'
    `completed_at` are epoch seconds.

    """

    id: str
    """ Id, `dr_...`. """
    status: RunStatusObject | str
    """ A run status, sent as an object `{type, steps}` or as a plain word. """
    dataset_id: str | Unset = UNSET
    """ The dataset the run fills. """
    params: DatasetRunParams | Unset = UNSET
    """ A run's parameters as sent back, defaults filled in (`null` where none was given). """
    mentions_count: int | None | Unset = UNSET
    """ Mentions the run collected; absent on a new run (the 202 response omits it). """
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

        dataset_id = self.dataset_id

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        mentions_count: int | None | Unset
        if isinstance(self.mentions_count, Unset):
            mentions_count = UNSET
        else:
            mentions_count = self.mentions_count

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
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if params is not UNSET:
            field_dict["params"] = params
        if mentions_count is not UNSET:
            field_dict["mentions_count"] = mentions_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_run_params import DatasetRunParams  # noqa: PLC0415
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

        dataset_id = d.pop("dataset_id", UNSET)

        _params = d.pop("params", UNSET)
        params: DatasetRunParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DatasetRunParams.from_dict(_params)

        def _parse_mentions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mentions_count = _parse_mentions_count(d.pop("mentions_count", UNSET))

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

        dataset_run = cls(
            id=id,
            status=status,
            dataset_id=dataset_id,
            params=params,
            mentions_count=mentions_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        dataset_run.additional_properties = d
        return dataset_run

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
