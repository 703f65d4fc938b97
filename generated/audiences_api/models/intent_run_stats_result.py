from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_run import IntentAudienceRun
    from ..models.intent_run_stats import IntentRunStats


T = TypeVar("T", bound="IntentRunStatsResult")


@_attrs_define
class IntentRunStatsResult:
    """A completed run and its stats."""

    stats: IntentRunStats
    """ Stats over a completed run's rows. """
    run: IntentAudienceRun | Unset = UNSET
    """ A Leadpipe intent-audience run (camelCase on the wire). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats = self.stats.to_dict()

        run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run, Unset):
            run = self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stats": stats,
            }
        )
        if run is not UNSET:
            field_dict["run"] = run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_run import IntentAudienceRun  # noqa: PLC0415
        from ..models.intent_run_stats import IntentRunStats  # noqa: PLC0415

        d = dict(src_dict)
        stats = IntentRunStats.from_dict(d.pop("stats"))

        _run = d.pop("run", UNSET)
        run: IntentAudienceRun | Unset
        if isinstance(_run, Unset):
            run = UNSET
        else:
            run = IntentAudienceRun.from_dict(_run)

        intent_run_stats_result = cls(
            stats=stats,
            run=run,
        )

        intent_run_stats_result.additional_properties = d
        return intent_run_stats_result

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
