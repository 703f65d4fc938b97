from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.buzzabout_field_errors import BuzzaboutFieldErrors


T = TypeVar("T", bound="BuzzaboutValidationError")


@_attrs_define
class BuzzaboutValidationError:
    """Buzzabout's error envelope as a 422 of the public pages sends it: `detail` is prose
    (the datasets page's codes, `invalid_cursor`) or, as the mentions and
    audience-profiles pages print it, field errors (`error_code`
    `unprocessable_entity`). Match on `error_code`. The same shape as `BuzzaboutError`,
    which now takes both forms of `detail` too; kept by name for the public pages'
    operations.

    """

    error_code: str
    """ Stable machine code, e.g. `unprocessable_entity` or `date_filter_unavailable`. """
    status: str | Unset = UNSET
    """ The envelope's HTTP status class. Open: a plain string; the overview documents
    `info` (1xx), `success` (2xx), `redirect` (3xx), `client_error` (4xx) and
    `server_error` (5xx), and the reference pages print the playground placeholder
    `info` on 2xx and 4xx bodies alike, so any word is accepted.
     """
    detail: BuzzaboutFieldErrors | str | Unset = UNSET
    """ Prose, or the field errors. """
    transient: bool | Unset = UNSET
    """ When true, retrying the same request later may succeed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.buzzabout_field_errors import BuzzaboutFieldErrors  # noqa: PLC0415

        error_code = self.error_code

        status = self.status

        detail: dict[str, Any] | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, BuzzaboutFieldErrors):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

        transient = self.transient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if transient is not UNSET:
            field_dict["transient"] = transient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buzzabout_field_errors import BuzzaboutFieldErrors  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("error_code")

        status = d.pop("status", UNSET)

        def _parse_detail(data: object) -> BuzzaboutFieldErrors | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_1 = BuzzaboutFieldErrors.from_dict(data)

                return detail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuzzaboutFieldErrors | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        transient = d.pop("transient", UNSET)

        buzzabout_validation_error = cls(
            error_code=error_code,
            status=status,
            detail=detail,
            transient=transient,
        )

        buzzabout_validation_error.additional_properties = d
        return buzzabout_validation_error

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
