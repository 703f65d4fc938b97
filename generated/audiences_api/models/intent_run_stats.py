from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_run_stats_averages import IntentRunStatsAverages
    from ..models.intent_run_stats_fill_rates import IntentRunStatsFillRates
    from ..models.intent_score_bucket import IntentScoreBucket


T = TypeVar("T", bound="IntentRunStats")


@_attrs_define
class IntentRunStats:
    """Stats over a completed run's rows."""

    total: int | Unset = UNSET
    """ Rows in all. """
    fill_rates: IntentRunStatsFillRates | Unset = UNSET
    """ Fill rate per result field (keys are field names, some dotted, e.g. `company.name`). """
    score_histogram: list[IntentScoreBucket] | Unset = UNSET
    """ Rows per score range. """
    averages: IntentRunStatsAverages | Unset = UNSET
    """ Averages; empty in the only example, so their shape is unknown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        fill_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fill_rates, Unset):
            fill_rates = self.fill_rates.to_dict()

        score_histogram: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.score_histogram, Unset):
            score_histogram = []
            for score_histogram_item_data in self.score_histogram:
                score_histogram_item = score_histogram_item_data.to_dict()
                score_histogram.append(score_histogram_item)

        averages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.averages, Unset):
            averages = self.averages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if fill_rates is not UNSET:
            field_dict["fillRates"] = fill_rates
        if score_histogram is not UNSET:
            field_dict["scoreHistogram"] = score_histogram
        if averages is not UNSET:
            field_dict["averages"] = averages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_run_stats_averages import IntentRunStatsAverages  # noqa: PLC0415
        from ..models.intent_run_stats_fill_rates import IntentRunStatsFillRates  # noqa: PLC0415
        from ..models.intent_score_bucket import IntentScoreBucket  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        _fill_rates = d.pop("fillRates", UNSET)
        fill_rates: IntentRunStatsFillRates | Unset
        if isinstance(_fill_rates, Unset):
            fill_rates = UNSET
        else:
            fill_rates = IntentRunStatsFillRates.from_dict(_fill_rates)

        _score_histogram = d.pop("scoreHistogram", UNSET)
        score_histogram: list[IntentScoreBucket] | Unset = UNSET
        if _score_histogram is not UNSET:
            score_histogram = []
            for score_histogram_item_data in _score_histogram:
                score_histogram_item = IntentScoreBucket.from_dict(
                    score_histogram_item_data
                )

                score_histogram.append(score_histogram_item)

        _averages = d.pop("averages", UNSET)
        averages: IntentRunStatsAverages | Unset
        if isinstance(_averages, Unset):
            averages = UNSET
        else:
            averages = IntentRunStatsAverages.from_dict(_averages)

        intent_run_stats = cls(
            total=total,
            fill_rates=fill_rates,
            score_histogram=score_histogram,
            averages=averages,
        )

        intent_run_stats.additional_properties = d
        return intent_run_stats

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
