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

from ..models.metric_change_filter_metric import MetricChangeFilterMetric

if TYPE_CHECKING:
    from ..models.changed_by_operator import ChangedByOperator
    from ..models.greater_than_operator import GreaterThanOperator
    from ..models.in_range_operator import InRangeOperator
    from ..models.less_than_operator import LessThanOperator


T = TypeVar("T", bound="MetricChangeFilter")


@_attrs_define
class MetricChangeFilter:
    """Mentions whose metric (or its change, with `changed_by`) compares as `operator` says."""

    type_: Literal["metric_change"]
    """ The filter type. """
    metric: MetricChangeFilterMetric
    """ The metric. """
    operator: (
        ChangedByOperator | GreaterThanOperator | InRangeOperator | LessThanOperator
    )
    """ A numeric comparison of a mention metric, or its change, told apart by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.greater_than_operator import GreaterThanOperator  # noqa: PLC0415
        from ..models.in_range_operator import InRangeOperator  # noqa: PLC0415
        from ..models.less_than_operator import LessThanOperator  # noqa: PLC0415

        type_ = self.type_

        metric = self.metric.value

        operator: dict[str, Any]
        if isinstance(self.operator, GreaterThanOperator):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, LessThanOperator):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, InRangeOperator):
            operator = self.operator.to_dict()
        else:
            operator = self.operator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "metric": metric,
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changed_by_operator import ChangedByOperator  # noqa: PLC0415
        from ..models.greater_than_operator import GreaterThanOperator  # noqa: PLC0415
        from ..models.in_range_operator import InRangeOperator  # noqa: PLC0415
        from ..models.less_than_operator import LessThanOperator  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["metric_change"], d.pop("type"))
        if type_ != "metric_change":
            raise ValueError(f"type must match const 'metric_change', got '{type_}'")

        metric = MetricChangeFilterMetric(d.pop("metric"))

        def _parse_operator(
            data: object,
        ) -> (
            ChangedByOperator | GreaterThanOperator | InRangeOperator | LessThanOperator
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metric_change_operator_type_0 = (
                    GreaterThanOperator.from_dict(data)
                )

                return componentsschemas_metric_change_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metric_change_operator_type_1 = (
                    LessThanOperator.from_dict(data)
                )

                return componentsschemas_metric_change_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metric_change_operator_type_2 = (
                    InRangeOperator.from_dict(data)
                )

                return componentsschemas_metric_change_operator_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_metric_change_operator_type_3 = (
                ChangedByOperator.from_dict(data)
            )

            return componentsschemas_metric_change_operator_type_3

        operator = _parse_operator(d.pop("operator"))

        metric_change_filter = cls(
            type_=type_,
            metric=metric,
            operator=operator,
        )

        metric_change_filter.additional_properties = d
        return metric_change_filter

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
