from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.leadpipe_error_detail import LeadpipeErrorDetail
    from ..models.leadpipe_meta import LeadpipeMeta


T = TypeVar("T", bound="LeadpipeError")


@_attrs_define
class LeadpipeError:
    """Leadpipe's error body with an `error` object. Inferred: the documents print none;
    this is the shape assumed here (an `error` object with `code` and `message`, beside
    `meta`), kept open. Leadpipe's own SDK reads `error.code` and `error.message` from
    such an object (`LeadpipeErrorBody` also accepts a string `error`).

    """

    error: LeadpipeErrorDetail | Unset = UNSET
    """ What went wrong (inferred). """
    meta: LeadpipeMeta | Unset = UNSET
    """ Response metadata (`{timestamp, request_id}`; the documents give no types). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leadpipe_error_detail import LeadpipeErrorDetail  # noqa: PLC0415
        from ..models.leadpipe_meta import LeadpipeMeta  # noqa: PLC0415

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: LeadpipeErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = LeadpipeErrorDetail.from_dict(_error)

        _meta = d.pop("meta", UNSET)
        meta: LeadpipeMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = LeadpipeMeta.from_dict(_meta)

        leadpipe_error = cls(
            error=error,
            meta=meta,
        )

        leadpipe_error.additional_properties = d
        return leadpipe_error

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
