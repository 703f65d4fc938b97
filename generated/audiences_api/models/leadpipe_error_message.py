from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.leadpipe_meta import LeadpipeMeta


T = TypeVar("T", bound="LeadpipeErrorMessage")


@_attrs_define
class LeadpipeErrorMessage:
    """Leadpipe's error body with a string `error`, e.g. `{"error": "Unauthorized"}`:
    Leadpipe's own SDK reads a string `message`, `error`, `detail` or `title` when
    there is no `error` object. Open.

    """

    error: str
    """ What went wrong (`Unauthorized`). """
    message: str | Unset = UNSET
    """ A message, which the SDK reads first when present. """
    meta: LeadpipeMeta | Unset = UNSET
    """ Response metadata (`{timestamp, request_id}`; the documents give no types). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leadpipe_meta import LeadpipeMeta  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: LeadpipeMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = LeadpipeMeta.from_dict(_meta)

        leadpipe_error_message = cls(
            error=error,
            message=message,
            meta=meta,
        )

        leadpipe_error_message.additional_properties = d
        return leadpipe_error_message

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
