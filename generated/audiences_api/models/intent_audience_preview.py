from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_preview_breakdowns import (
        IntentAudiencePreviewBreakdowns,
    )
    from ..models.intent_audience_sample_row import IntentAudienceSampleRow


T = TypeVar("T", bound="IntentAudiencePreview")


@_attrs_define
class IntentAudiencePreview:
    """A preview: the current guide's fields (its stored copy ends after
    `appliedFilters`), and the older official spec's `previewKey`. Nothing is required.

    """

    config_hash: str | Unset = UNSET
    """ The normalized config's hash (printed shortened by the page). """
    data_date: datetime.date | None | Unset = UNSET
    """ The day the data describes (YYYY-MM-DD). """
    strategy: str | Unset = UNSET
    """ The query strategy (`serving_table_in` is the only word printed). """
    total_count: int | Unset = UNSET
    """ People the config selects. """
    breakdowns: IntentAudiencePreviewBreakdowns | Unset = UNSET
    """ Breakdowns by dimension (`industries`, `seniorities`, ...), each a list of `{value, label, count}`. """
    sample: list[IntentAudienceSampleRow] | Unset = UNSET
    """ Masked sample rows (up to 50, older spec). """
    applied_filters: list[str] | Unset = UNSET
    """ The filter keys that applied. """
    preview_key: str | Unset = UNSET
    """ The preview's key (older spec). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_hash = self.config_hash

        data_date: None | str | Unset
        if isinstance(self.data_date, Unset):
            data_date = UNSET
        elif isinstance(self.data_date, datetime.date):
            data_date = self.data_date.isoformat()
        else:
            data_date = self.data_date

        strategy = self.strategy

        total_count = self.total_count

        breakdowns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakdowns, Unset):
            breakdowns = self.breakdowns.to_dict()

        sample: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sample, Unset):
            sample = []
            for sample_item_data in self.sample:
                sample_item = sample_item_data.to_dict()
                sample.append(sample_item)

        applied_filters: list[str] | Unset = UNSET
        if not isinstance(self.applied_filters, Unset):
            applied_filters = self.applied_filters

        preview_key = self.preview_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_hash is not UNSET:
            field_dict["configHash"] = config_hash
        if data_date is not UNSET:
            field_dict["dataDate"] = data_date
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns
        if sample is not UNSET:
            field_dict["sample"] = sample
        if applied_filters is not UNSET:
            field_dict["appliedFilters"] = applied_filters
        if preview_key is not UNSET:
            field_dict["previewKey"] = preview_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_preview_breakdowns import (
            IntentAudiencePreviewBreakdowns,  # noqa: PLC0415
        )
        from ..models.intent_audience_sample_row import IntentAudienceSampleRow  # noqa: PLC0415

        d = dict(src_dict)
        config_hash = d.pop("configHash", UNSET)

        def _parse_data_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_date_type_0 = datetime.date.fromisoformat(data)

                return data_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        data_date = _parse_data_date(d.pop("dataDate", UNSET))

        strategy = d.pop("strategy", UNSET)

        total_count = d.pop("totalCount", UNSET)

        _breakdowns = d.pop("breakdowns", UNSET)
        breakdowns: IntentAudiencePreviewBreakdowns | Unset
        if isinstance(_breakdowns, Unset):
            breakdowns = UNSET
        else:
            breakdowns = IntentAudiencePreviewBreakdowns.from_dict(_breakdowns)

        _sample = d.pop("sample", UNSET)
        sample: list[IntentAudienceSampleRow] | Unset = UNSET
        if _sample is not UNSET:
            sample = []
            for sample_item_data in _sample:
                sample_item = IntentAudienceSampleRow.from_dict(sample_item_data)

                sample.append(sample_item)

        applied_filters = cast(list[str], d.pop("appliedFilters", UNSET))

        preview_key = d.pop("previewKey", UNSET)

        intent_audience_preview = cls(
            config_hash=config_hash,
            data_date=data_date,
            strategy=strategy,
            total_count=total_count,
            breakdowns=breakdowns,
            sample=sample,
            applied_filters=applied_filters,
            preview_key=preview_key,
        )

        intent_audience_preview.additional_properties = d
        return intent_audience_preview

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
