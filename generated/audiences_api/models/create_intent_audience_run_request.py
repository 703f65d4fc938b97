from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_intent_audience_run_request_run_type import (
    CreateIntentAudienceRunRequestRunType,
)

T = TypeVar("T", bound="CreateIntentAudienceRunRequest")


@_attrs_define
class CreateIntentAudienceRunRequest:
    """Body of queue a run; public run creation supports `manual` only (the document
    prints this body; that `runType` is required is inferred).

    """

    run_type: CreateIntentAudienceRunRequestRunType
    """ The run type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_type = self.run_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runType": run_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_type = CreateIntentAudienceRunRequestRunType(d.pop("runType"))

        create_intent_audience_run_request = cls(
            run_type=run_type,
        )

        create_intent_audience_run_request.additional_properties = d
        return create_intent_audience_run_request

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
