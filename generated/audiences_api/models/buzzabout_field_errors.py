from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.buzzabout_field_errors_errors import BuzzaboutFieldErrorsErrors


T = TypeVar("T", bound="BuzzaboutFieldErrors")


@_attrs_define
class BuzzaboutFieldErrors:
    """What a malformed request got wrong, field by field (the `detail` of a 422 on the public pages)."""

    errors: BuzzaboutFieldErrorsErrors
    """ Field path (`body.filters`, `body.cursor`, ...) → what is wrong with it. """
    message: str | Unset = UNSET
    """ A summary, e.g. `Invalid request data`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buzzabout_field_errors_errors import BuzzaboutFieldErrorsErrors  # noqa: PLC0415

        d = dict(src_dict)
        errors = BuzzaboutFieldErrorsErrors.from_dict(d.pop("errors"))

        message = d.pop("message", UNSET)

        buzzabout_field_errors = cls(
            errors=errors,
            message=message,
        )

        buzzabout_field_errors.additional_properties = d
        return buzzabout_field_errors

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
