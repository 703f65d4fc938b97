from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_stored_config import IntentAudienceStoredConfig
    from ..models.intent_audience_topic_ref import IntentAudienceTopicRef


T = TypeVar("T", bound="IntentAudience")


@_attrs_define
class IntentAudience:
    """A saved intent audience. The current guide prints `id`, `organizationId`, `name`,
    `status`, `accessType`, `dailyRefreshEnabled`, `audienceSize`, `lastRefreshedAt`,
    `createdAt` and `updatedAt` (some absent from list items); the older official spec
    also `config` and `topics`. All but `id` are optional; timestamps are ISO-8601
    with milliseconds.

    """

    id: str
    """ The audience's id (UUID), what its runs' `audienceId` is. """
    organization_id: None | str | Unset = UNSET
    """ A string or null. """
    name: str | Unset = UNSET
    """ The audience's name. """
    status: str | Unset = UNSET
    """ A saved audience's status. Open: a plain string; the documents list `draft`,
    `active` and `paused`.
     """
    access_type: None | str | Unset = UNSET
    """ The access type; `paid` is the only word printed, so any word is accepted. """
    daily_refresh_enabled: bool | None | Unset = UNSET
    """ Whether daily runs refresh it. """
    audience_size: int | None | Unset = UNSET
    """ People in its latest run (`number` or null in the older spec). """
    last_refreshed_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    config: IntentAudienceStoredConfig | Unset = UNSET
    """ A config as the server sends it back (normalized, or stored on an audience). Open; no constraint is checked
    on what a server sends. """
    topics: list[IntentAudienceTopicRef] | Unset = UNSET
    """ The audience's topics (older spec). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        name = self.name

        status = self.status

        access_type: None | str | Unset
        if isinstance(self.access_type, Unset):
            access_type = UNSET
        else:
            access_type = self.access_type

        daily_refresh_enabled: bool | None | Unset
        if isinstance(self.daily_refresh_enabled, Unset):
            daily_refresh_enabled = UNSET
        else:
            daily_refresh_enabled = self.daily_refresh_enabled

        audience_size: int | None | Unset
        if isinstance(self.audience_size, Unset):
            audience_size = UNSET
        else:
            audience_size = self.audience_size

        last_refreshed_at: None | str | Unset
        if isinstance(self.last_refreshed_at, Unset):
            last_refreshed_at = UNSET
        elif isinstance(self.last_refreshed_at, datetime.datetime):
            last_refreshed_at = self.last_refreshed_at.isoformat()
        else:
            last_refreshed_at = self.last_refreshed_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if access_type is not UNSET:
            field_dict["accessType"] = access_type
        if daily_refresh_enabled is not UNSET:
            field_dict["dailyRefreshEnabled"] = daily_refresh_enabled
        if audience_size is not UNSET:
            field_dict["audienceSize"] = audience_size
        if last_refreshed_at is not UNSET:
            field_dict["lastRefreshedAt"] = last_refreshed_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if config is not UNSET:
            field_dict["config"] = config
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_stored_config import IntentAudienceStoredConfig  # noqa: PLC0415
        from ..models.intent_audience_topic_ref import IntentAudienceTopicRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organizationId", UNSET))

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        def _parse_access_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_type = _parse_access_type(d.pop("accessType", UNSET))

        def _parse_daily_refresh_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        daily_refresh_enabled = _parse_daily_refresh_enabled(
            d.pop("dailyRefreshEnabled", UNSET)
        )

        def _parse_audience_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audience_size = _parse_audience_size(d.pop("audienceSize", UNSET))

        def _parse_last_refreshed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_refreshed_at = _parse_last_refreshed_at(d.pop("lastRefreshedAt", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        _config = d.pop("config", UNSET)
        config: IntentAudienceStoredConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = IntentAudienceStoredConfig.from_dict(_config)

        _topics = d.pop("topics", UNSET)
        topics: list[IntentAudienceTopicRef] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = IntentAudienceTopicRef.from_dict(topics_item_data)

                topics.append(topics_item)

        intent_audience = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            status=status,
            access_type=access_type,
            daily_refresh_enabled=daily_refresh_enabled,
            audience_size=audience_size,
            last_refreshed_at=last_refreshed_at,
            created_at=created_at,
            updated_at=updated_at,
            config=config,
            topics=topics,
        )

        intent_audience.additional_properties = d
        return intent_audience

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
