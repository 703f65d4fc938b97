from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_filters import AudienceFilters


T = TypeVar("T", bound="CreateAudienceRequest")


@_attrs_define
class CreateAudienceRequest:
    """Body of create audience."""

    name: str
    """ The audience's name. """
    filters: AudienceFilters
    """ Filter criteria. Open: the keys below are those the official example shows; other
    keys exist. Array-typed filters must be arrays even for one value.
     """
    segment: list[str] | Unset = UNSET
    """ Segment ids, each `b2c_<n>` or `b2b_<n>` (the current official page; bare numbers are refused). """
    days_back: int | Unset = UNSET
    """ Days to look back (at least 1 is inferred; the document gives no range). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filters = self.filters.to_dict()

        segment: list[str] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment

        days_back = self.days_back

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "filters": filters,
            }
        )
        if segment is not UNSET:
            field_dict["segment"] = segment
        if days_back is not UNSET:
            field_dict["days_back"] = days_back

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_filters import AudienceFilters  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        filters = AudienceFilters.from_dict(d.pop("filters"))

        segment = cast(list[str], d.pop("segment", UNSET))

        days_back = d.pop("days_back", UNSET)

        create_audience_request = cls(
            name=name,
            filters=filters,
            segment=segment,
            days_back=days_back,
        )

        create_audience_request.additional_properties = d
        return create_audience_request

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
