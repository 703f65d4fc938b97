from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_scope_request import RunScopeRequest


T = TypeVar("T", bound="CreateCustomParameterRunRequest")


@_attrs_define
class CreateCustomParameterRunRequest:
    """Body of run a custom parameter (a `scope` is what the page's prose says it takes)."""

    scope: RunScopeRequest
    """ The scope to run over; `dataset` is the only kind in v1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_scope_request import RunScopeRequest  # noqa: PLC0415

        d = dict(src_dict)
        scope = RunScopeRequest.from_dict(d.pop("scope"))

        create_custom_parameter_run_request = cls(
            scope=scope,
        )

        create_custom_parameter_run_request.additional_properties = d
        return create_custom_parameter_run_request

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
