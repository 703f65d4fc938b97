from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_validation import IntentAudienceValidation
    from ..models.leadpipe_meta import LeadpipeMeta


T = TypeVar("T", bound="IntentAudienceValidationEnvelope")


@_attrs_define
class IntentAudienceValidationEnvelope:
    """Envelope holding a validation."""

    data: IntentAudienceValidation
    """ A config's validation (guide page; fields from the API reference). """
    meta: LeadpipeMeta | Unset = UNSET
    """ Response metadata (`{timestamp, request_id}`; the documents give no types). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_validation import IntentAudienceValidation  # noqa: PLC0415
        from ..models.leadpipe_meta import LeadpipeMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = IntentAudienceValidation.from_dict(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: LeadpipeMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = LeadpipeMeta.from_dict(_meta)

        intent_audience_validation_envelope = cls(
            data=data,
            meta=meta,
        )

        intent_audience_validation_envelope.additional_properties = d
        return intent_audience_validation_envelope

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
