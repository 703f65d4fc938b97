from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_topic_list_meta_filters import IntentTopicListMetaFilters


T = TypeVar("T", bound="IntentTopicListMeta")


@_attrs_define
class IntentTopicListMeta:
    """The list's metadata. The sources disagree and all are accepted, none required: the
    older official spec prints `{total, page, pageSize, hasMore}`, the older SDK
    `{count, total, filters}`, and every current Leadpipe response carries
    `{timestamp, request_id}`.

    """

    total: int | Unset = UNSET
    """ Topics matching in all. """
    page: int | Unset = UNSET
    """ The page number (older spec; no page parameter is documented). """
    page_size: int | Unset = UNSET
    """ The page size (older spec). """
    has_more: bool | Unset = UNSET
    """ Whether more topics follow (older spec). """
    count: int | Unset = UNSET
    """ Topics in this answer (older SDK). """
    filters: IntentTopicListMetaFilters | Unset = UNSET
    """ The filters applied, `{type, industry, category, q}`, each null when not given (older SDK). """
    timestamp: Any | Unset = UNSET
    """ When the response was made (current docs; no type is documented, so any JSON value is accepted). """
    request_id: str | Unset = UNSET
    """ The request's id, for support (current docs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        page_size = self.page_size

        has_more = self.has_more

        count = self.count

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        timestamp = self.timestamp

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if count is not UNSET:
            field_dict["count"] = count
        if filters is not UNSET:
            field_dict["filters"] = filters
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_topic_list_meta_filters import IntentTopicListMetaFilters  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        has_more = d.pop("hasMore", UNSET)

        count = d.pop("count", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: IntentTopicListMetaFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = IntentTopicListMetaFilters.from_dict(_filters)

        timestamp = d.pop("timestamp", UNSET)

        request_id = d.pop("request_id", UNSET)

        intent_topic_list_meta = cls(
            total=total,
            page=page,
            page_size=page_size,
            has_more=has_more,
            count=count,
            filters=filters,
            timestamp=timestamp,
            request_id=request_id,
        )

        intent_topic_list_meta.additional_properties = d
        return intent_topic_list_meta

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
