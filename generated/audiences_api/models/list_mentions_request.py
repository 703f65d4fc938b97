from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_mentions_request_order import ListMentionsRequestOrder
from ..models.list_mentions_request_sort import ListMentionsRequestSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_intention_filter import ContentIntentionFilter
    from ..models.content_topic_filter import ContentTopicFilter
    from ..models.country_code_filter import CountryCodeFilter
    from ..models.cta_filter import CtaFilter
    from ..models.dominant_emotion_filter import DominantEmotionFilter
    from ..models.has_media_filter import HasMediaFilter
    from ..models.hook_filter import HookFilter
    from ..models.keyword_filter import KeywordFilter
    from ..models.mentioned_brands_filter import MentionedBrandsFilter
    from ..models.metric_change_filter import MetricChangeFilter
    from ..models.sentiment_filter import SentimentFilter
    from ..models.source_filter import SourceFilter
    from ..models.tone_of_voice_filter import ToneOfVoiceFilter


T = TypeVar("T", bound="ListMentionsRequest")


@_attrs_define
class ListMentionsRequest:
    """Body of list mentions. Every field is optional; `filters` is a list of groups
    joined by OR, each a list of filters joined by AND, at most 10 filters in all.

    """

    dataset_ids: list[str] | None | Unset = UNSET
    """ Datasets to search; absent or null (the default) for every dataset of the account. """
    sources: list[str] | None | Unset = UNSET
    """ Platforms to keep; absent or null (the default) for all. """
    sort: ListMentionsRequestSort | Unset = ListMentionsRequestSort.DATE
    """ What to order by. """
    order: ListMentionsRequestOrder | Unset = ListMentionsRequestOrder.DESC
    """ Ascending or descending. """
    cursor: None | str | Unset = UNSET
    """ Opaque cursor from the previous page's `cursor`, for the next page; absent or null
    (the default) for the first. Sort-aware: send it with the same `sort` as the page
    that gave it (a cursor of another sort is rejected with 422). Non-empty is inferred.
     """
    limit: int | Unset = 20
    """ Page size, 1-100. """
    filters: (
        list[
            list[
                ContentIntentionFilter
                | ContentTopicFilter
                | CountryCodeFilter
                | CtaFilter
                | DominantEmotionFilter
                | HasMediaFilter
                | HookFilter
                | KeywordFilter
                | MentionedBrandsFilter
                | MetricChangeFilter
                | SentimentFilter
                | SourceFilter
                | ToneOfVoiceFilter
            ]
        ]
        | None
        | Unset
    ) = UNSET
    """ Groups joined by OR, filters within a group joined by AND; at most 10 filters
    across all groups (422 `body.filters` otherwise). Absent or null (the default)
    for no filter.
     """
    collection_ids: list[str] | None | Unset = UNSET
    """ Web-app collections to search (rarely needed through the API); absent or null (the default) for no such
    scope. """
    parameter_ids: list[str] | None | Unset = UNSET
    """ Custom parameters whose extracted values each mention should carry, under
    `custom_parameters[{parameter_id}]`. Beta: documented in one sentence of the
    staging custom-parameters page ("query POST /v1/mentions with the parameter_ids
    field set to your parameter's id"), which prints no type: a list of ids
    (`cp_...`) is inferred from the plural name. Absent or null (the default) for
    none.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_intention_filter import ContentIntentionFilter  # noqa: PLC0415
        from ..models.content_topic_filter import ContentTopicFilter  # noqa: PLC0415
        from ..models.country_code_filter import CountryCodeFilter  # noqa: PLC0415
        from ..models.cta_filter import CtaFilter  # noqa: PLC0415
        from ..models.has_media_filter import HasMediaFilter  # noqa: PLC0415
        from ..models.hook_filter import HookFilter  # noqa: PLC0415
        from ..models.keyword_filter import KeywordFilter  # noqa: PLC0415
        from ..models.mentioned_brands_filter import MentionedBrandsFilter  # noqa: PLC0415
        from ..models.metric_change_filter import MetricChangeFilter  # noqa: PLC0415
        from ..models.sentiment_filter import SentimentFilter  # noqa: PLC0415
        from ..models.source_filter import SourceFilter  # noqa: PLC0415
        from ..models.tone_of_voice_filter import ToneOfVoiceFilter  # noqa: PLC0415

        dataset_ids: list[str] | None | Unset
        if isinstance(self.dataset_ids, Unset):
            dataset_ids = UNSET
        elif isinstance(self.dataset_ids, list):
            dataset_ids = self.dataset_ids

        else:
            dataset_ids = self.dataset_ids

        sources: list[str] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, list):
            sources = self.sources

        else:
            sources = self.sources

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        limit = self.limit

        filters: list[list[dict[str, Any]]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = []
                for filters_type_0_item_item_data in filters_type_0_item_data:
                    filters_type_0_item_item: dict[str, Any]
                    if isinstance(filters_type_0_item_item_data, KeywordFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, SentimentFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, MetricChangeFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, SourceFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, ContentTopicFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(
                        filters_type_0_item_item_data, ContentIntentionFilter
                    ):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, ToneOfVoiceFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, HookFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, CtaFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(
                        filters_type_0_item_item_data, MentionedBrandsFilter
                    ):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, CountryCodeFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, HasMediaFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    else:
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )

                    filters_type_0_item.append(filters_type_0_item_item)

                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        collection_ids: list[str] | None | Unset
        if isinstance(self.collection_ids, Unset):
            collection_ids = UNSET
        elif isinstance(self.collection_ids, list):
            collection_ids = self.collection_ids

        else:
            collection_ids = self.collection_ids

        parameter_ids: list[str] | None | Unset
        if isinstance(self.parameter_ids, Unset):
            parameter_ids = UNSET
        elif isinstance(self.parameter_ids, list):
            parameter_ids = self.parameter_ids

        else:
            parameter_ids = self.parameter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_ids is not UNSET:
            field_dict["dataset_ids"] = dataset_ids
        if sources is not UNSET:
            field_dict["sources"] = sources
        if sort is not UNSET:
            field_dict["sort"] = sort
        if order is not UNSET:
            field_dict["order"] = order
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if filters is not UNSET:
            field_dict["filters"] = filters
        if collection_ids is not UNSET:
            field_dict["collection_ids"] = collection_ids
        if parameter_ids is not UNSET:
            field_dict["parameter_ids"] = parameter_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_intention_filter import ContentIntentionFilter  # noqa: PLC0415
        from ..models.content_topic_filter import ContentTopicFilter  # noqa: PLC0415
        from ..models.country_code_filter import CountryCodeFilter  # noqa: PLC0415
        from ..models.cta_filter import CtaFilter  # noqa: PLC0415
        from ..models.dominant_emotion_filter import DominantEmotionFilter  # noqa: PLC0415
        from ..models.has_media_filter import HasMediaFilter  # noqa: PLC0415
        from ..models.hook_filter import HookFilter  # noqa: PLC0415
        from ..models.keyword_filter import KeywordFilter  # noqa: PLC0415
        from ..models.mentioned_brands_filter import MentionedBrandsFilter  # noqa: PLC0415
        from ..models.metric_change_filter import MetricChangeFilter  # noqa: PLC0415
        from ..models.sentiment_filter import SentimentFilter  # noqa: PLC0415
        from ..models.source_filter import SourceFilter  # noqa: PLC0415
        from ..models.tone_of_voice_filter import ToneOfVoiceFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_dataset_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dataset_ids_type_0 = cast(list[str], data)

                return dataset_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dataset_ids = _parse_dataset_ids(d.pop("dataset_ids", UNSET))

        def _parse_sources(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sources_type_0 = cast(list[str], data)

                return sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sources = _parse_sources(d.pop("sources", UNSET))

        _sort = d.pop("sort", UNSET)
        sort: ListMentionsRequestSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = ListMentionsRequestSort(_sort)

        _order = d.pop("order", UNSET)
        order: ListMentionsRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ListMentionsRequestOrder(_order)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        limit = d.pop("limit", UNSET)

        def _parse_filters(
            data: object,
        ) -> (
            list[
                list[
                    ContentIntentionFilter
                    | ContentTopicFilter
                    | CountryCodeFilter
                    | CtaFilter
                    | DominantEmotionFilter
                    | HasMediaFilter
                    | HookFilter
                    | KeywordFilter
                    | MentionedBrandsFilter
                    | MetricChangeFilter
                    | SentimentFilter
                    | SourceFilter
                    | ToneOfVoiceFilter
                ]
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = []
                    _filters_type_0_item = filters_type_0_item_data
                    for filters_type_0_item_item_data in _filters_type_0_item:

                        def _parse_filters_type_0_item_item(
                            data: object,
                        ) -> (
                            ContentIntentionFilter
                            | ContentTopicFilter
                            | CountryCodeFilter
                            | CtaFilter
                            | DominantEmotionFilter
                            | HasMediaFilter
                            | HookFilter
                            | KeywordFilter
                            | MentionedBrandsFilter
                            | MetricChangeFilter
                            | SentimentFilter
                            | SourceFilter
                            | ToneOfVoiceFilter
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_0 = (
                                    KeywordFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_1 = (
                                    SentimentFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_2 = (
                                    MetricChangeFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_3 = (
                                    SourceFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_4 = (
                                    ContentTopicFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_5 = (
                                    ContentIntentionFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_6 = (
                                    ToneOfVoiceFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_7 = (
                                    HookFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_8 = (
                                    CtaFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_9 = (
                                    MentionedBrandsFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_10 = (
                                    CountryCodeFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_mention_filter_type_11 = (
                                    HasMediaFilter.from_dict(data)
                                )

                                return componentsschemas_mention_filter_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_mention_filter_type_12 = (
                                DominantEmotionFilter.from_dict(data)
                            )

                            return componentsschemas_mention_filter_type_12

                        filters_type_0_item_item = _parse_filters_type_0_item_item(
                            filters_type_0_item_item_data
                        )

                        filters_type_0_item.append(filters_type_0_item_item)

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    list[
                        ContentIntentionFilter
                        | ContentTopicFilter
                        | CountryCodeFilter
                        | CtaFilter
                        | DominantEmotionFilter
                        | HasMediaFilter
                        | HookFilter
                        | KeywordFilter
                        | MentionedBrandsFilter
                        | MetricChangeFilter
                        | SentimentFilter
                        | SourceFilter
                        | ToneOfVoiceFilter
                    ]
                ]
                | None
                | Unset,
                data,
            )

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_collection_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                collection_ids_type_0 = cast(list[str], data)

                return collection_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        collection_ids = _parse_collection_ids(d.pop("collection_ids", UNSET))

        def _parse_parameter_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameter_ids_type_0 = cast(list[str], data)

                return parameter_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        parameter_ids = _parse_parameter_ids(d.pop("parameter_ids", UNSET))

        list_mentions_request = cls(
            dataset_ids=dataset_ids,
            sources=sources,
            sort=sort,
            order=order,
            cursor=cursor,
            limit=limit,
            filters=filters,
            collection_ids=collection_ids,
            parameter_ids=parameter_ids,
        )

        list_mentions_request.additional_properties = d
        return list_mentions_request

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
