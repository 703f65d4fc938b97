from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_intent_audience_request_status import (
    UpdateIntentAudienceRequestStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_config import IntentAudienceConfig


T = TypeVar("T", bound="UpdateIntentAudienceRequest")


@_attrs_define
class UpdateIntentAudienceRequest:
    """Body of update an audience; send only what changes."""

    name: str | Unset = UNSET
    """ A new name, 1-255 characters (the range is the older spec's). """
    status: UpdateIntentAudienceRequestStatus | Unset = UNSET
    """ `active` activates (may answer 403 `SLOTS_FULL`), `paused` pauses. """
    config: IntentAudienceConfig | Unset = UNSET
    """ An audience config: the body of validate and preview, and `config` of create and
    update. Constraints are the newer API reference's (validate page): `topicIds` 1-250
    ids, `minScore` 0-99 or null ("values below 50 are accepted and clamped to 50"),
    `maxScore` 50-99, `minTopicOverlap` 1-250. Leadpipe's older official spec allowed
    1-10 topic ids, scores 1-100 and an overlap of 1-10, with preview defaults
    `minScore` 70, `maxScore` 100 and `minTopicOverlap` 1; the newer reference prints
    no defaults (its copy is cut), so none is stated here.
     """
    audience_size: int | Unset = UNSET
    """ An audience size (in the older spec's request only; the current pages do not send it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        audience_size = self.audience_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
        if audience_size is not UNSET:
            field_dict["audienceSize"] = audience_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_config import IntentAudienceConfig  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: UpdateIntentAudienceRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateIntentAudienceRequestStatus(_status)

        _config = d.pop("config", UNSET)
        config: IntentAudienceConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = IntentAudienceConfig.from_dict(_config)

        audience_size = d.pop("audienceSize", UNSET)

        update_intent_audience_request = cls(
            name=name,
            status=status,
            config=config,
            audience_size=audience_size,
        )

        update_intent_audience_request.additional_properties = d
        return update_intent_audience_request

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
