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
    from ..models.greater_than_operator import GreaterThanOperator
    from ..models.in_range_operator import InRangeOperator
    from ..models.less_than_operator import LessThanOperator


T = TypeVar("T", bound="FollowerCountFilter")


@_attrs_define
class FollowerCountFilter:
    """Profiles whose follower count compares as `operator` says."""

    type_: Literal["follower_count"]
    """ The filter type. """
    operator: GreaterThanOperator | InRangeOperator | LessThanOperator
    """ A numeric comparison, told apart by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.greater_than_operator import GreaterThanOperator  # noqa: PLC0415
        from ..models.less_than_operator import LessThanOperator  # noqa: PLC0415

        type_ = self.type_

        operator: dict[str, Any]
        if isinstance(self.operator, GreaterThanOperator):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, LessThanOperator):
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
        from ..models.greater_than_operator import GreaterThanOperator  # noqa: PLC0415
        from ..models.in_range_operator import InRangeOperator  # noqa: PLC0415
        from ..models.less_than_operator import LessThanOperator  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["follower_count"], d.pop("type"))
        if type_ != "follower_count":
            raise ValueError(f"type must match const 'follower_count', got '{type_}'")

        def _parse_operator(
            data: object,
        ) -> GreaterThanOperator | InRangeOperator | LessThanOperator:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_range_operator_type_0 = GreaterThanOperator.from_dict(
                    data
                )

                return componentsschemas_range_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_range_operator_type_1 = LessThanOperator.from_dict(
                    data
                )

                return componentsschemas_range_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_range_operator_type_2 = InRangeOperator.from_dict(data)

            return componentsschemas_range_operator_type_2

        operator = _parse_operator(d.pop("operator"))

        follower_count_filter = cls(
            type_=type_,
            operator=operator,
        )

        follower_count_filter.additional_properties = d
        return follower_count_filter

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
