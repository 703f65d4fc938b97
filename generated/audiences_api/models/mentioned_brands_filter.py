from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mentioned_brands_any_of import MentionedBrandsAnyOf
    from ..models.mentioned_brands_contains import MentionedBrandsContains
    from ..models.mentioned_brands_equals import MentionedBrandsEquals


T = TypeVar("T", bound="MentionedBrandsFilter")


@_attrs_define
class MentionedBrandsFilter:
    """Mentions naming brands as `operator` says."""

    type_: Literal["mentioned_brands"]
    """ The filter type. """
    operator: MentionedBrandsAnyOf | MentionedBrandsContains | MentionedBrandsEquals
    """ How `mentioned_brands` matches, told apart by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mentioned_brands_any_of import MentionedBrandsAnyOf  # noqa: PLC0415
        from ..models.mentioned_brands_equals import MentionedBrandsEquals  # noqa: PLC0415

        type_ = self.type_

        operator: dict[str, Any]
        if isinstance(self.operator, MentionedBrandsAnyOf):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, MentionedBrandsEquals):
            operator = self.operator.to_dict()
        else:
            operator = self.operator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentioned_brands_any_of import MentionedBrandsAnyOf  # noqa: PLC0415
        from ..models.mentioned_brands_contains import MentionedBrandsContains  # noqa: PLC0415
        from ..models.mentioned_brands_equals import MentionedBrandsEquals  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mentioned_brands"], d.pop("type"))
        if type_ != "mentioned_brands":
            raise ValueError(f"type must match const 'mentioned_brands', got '{type_}'")

        def _parse_operator(
            data: object,
        ) -> MentionedBrandsAnyOf | MentionedBrandsContains | MentionedBrandsEquals:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mentioned_brands_operator_type_0 = (
                    MentionedBrandsAnyOf.from_dict(data)
                )

                return componentsschemas_mentioned_brands_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mentioned_brands_operator_type_1 = (
                    MentionedBrandsEquals.from_dict(data)
                )

                return componentsschemas_mentioned_brands_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_mentioned_brands_operator_type_2 = (
                MentionedBrandsContains.from_dict(data)
            )

            return componentsschemas_mentioned_brands_operator_type_2

        operator = _parse_operator(d.pop("operator"))

        mentioned_brands_filter = cls(
            type_=type_,
            operator=operator,
        )

        mentioned_brands_filter.additional_properties = d
        return mentioned_brands_filter

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
