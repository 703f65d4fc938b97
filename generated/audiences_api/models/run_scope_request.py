from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_scope_request_kind import RunScopeRequestKind

T = TypeVar("T", bound="RunScopeRequest")


@_attrs_define
class RunScopeRequest:
    """The scope to run over; `dataset` is the only kind in v1."""

    kind: RunScopeRequestKind
    """ The scope's kind. """
    id: str
    """ The dataset's id (`ds_...`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RunScopeRequestKind(d.pop("kind"))

        id = d.pop("id")

        run_scope_request = cls(
            kind=kind,
            id=id,
        )

        run_scope_request.additional_properties = d
        return run_scope_request

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
