from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_stored_config import IntentAudienceStoredConfig


T = TypeVar("T", bound="IntentAudienceValidation")


@_attrs_define
class IntentAudienceValidation:
    """A config's validation (guide page; fields from the API reference)."""

    valid: bool | Unset = UNSET
    """ Whether the config is valid. """
    config_hash: str | Unset = UNSET
    """ The normalized config's hash (a run's `configHash`). """
    normalized_config: IntentAudienceStoredConfig | Unset = UNSET
    """ A config as the server sends it back (normalized, or stored on an audience). Open; no constraint is checked
    on what a server sends. """
    applied_filters: list[str] | Unset = UNSET
    """ The filter keys that apply. """
    strategy: str | Unset = UNSET
    """ The query strategy; `serving_table_in` is the only word printed, so any word is accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        config_hash = self.config_hash

        normalized_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalized_config, Unset):
            normalized_config = self.normalized_config.to_dict()

        applied_filters: list[str] | Unset = UNSET
        if not isinstance(self.applied_filters, Unset):
            applied_filters = self.applied_filters

        strategy = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if config_hash is not UNSET:
            field_dict["configHash"] = config_hash
        if normalized_config is not UNSET:
            field_dict["normalizedConfig"] = normalized_config
        if applied_filters is not UNSET:
            field_dict["appliedFilters"] = applied_filters
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_stored_config import IntentAudienceStoredConfig  # noqa: PLC0415

        d = dict(src_dict)
        valid = d.pop("valid", UNSET)

        config_hash = d.pop("configHash", UNSET)

        _normalized_config = d.pop("normalizedConfig", UNSET)
        normalized_config: IntentAudienceStoredConfig | Unset
        if isinstance(_normalized_config, Unset):
            normalized_config = UNSET
        else:
            normalized_config = IntentAudienceStoredConfig.from_dict(_normalized_config)

        applied_filters = cast(list[str], d.pop("appliedFilters", UNSET))

        strategy = d.pop("strategy", UNSET)

        intent_audience_validation = cls(
            valid=valid,
            config_hash=config_hash,
            normalized_config=normalized_config,
            applied_filters=applied_filters,
            strategy=strategy,
        )

        intent_audience_validation.additional_properties = d
        return intent_audience_validation

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
