from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAudienceDatasetRunRequest")


@_attrs_define
class CreateAudienceDatasetRunRequest:
    """Body of start a profile-collection run."""

    source_dataset_id: str
    """ A dataset owned by the account, with at least one completed run. """
    total_profile_count: int | Unset = 850
    """ Profiles to collect, 1-2000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_dataset_id = self.source_dataset_id

        total_profile_count = self.total_profile_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_dataset_id": source_dataset_id,
            }
        )
        if total_profile_count is not UNSET:
            field_dict["total_profile_count"] = total_profile_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_dataset_id = d.pop("source_dataset_id")

        total_profile_count = d.pop("total_profile_count", UNSET)

        create_audience_dataset_run_request = cls(
            source_dataset_id=source_dataset_id,
            total_profile_count=total_profile_count,
        )

        create_audience_dataset_run_request.additional_properties = d
        return create_audience_dataset_run_request

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
