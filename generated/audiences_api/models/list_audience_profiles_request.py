from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_audience_profiles_request_order import (
    ListAudienceProfilesRequestOrder,
)
from ..models.list_audience_profiles_request_sort import ListAudienceProfilesRequestSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authenticity_score_filter import AuthenticityScoreFilter
    from ..models.content_niche_filter import ContentNicheFilter
    from ..models.creator_tier_filter import CreatorTierFilter
    from ..models.engagement_rate_filter import EngagementRateFilter
    from ..models.follower_count_filter import FollowerCountFilter
    from ..models.interest_clusters_filter import InterestClustersFilter
    from ..models.is_verified_filter import IsVerifiedFilter
    from ..models.location_country_filter import LocationCountryFilter
    from ..models.source_filter import SourceFilter


T = TypeVar("T", bound="ListAudienceProfilesRequest")


@_attrs_define
class ListAudienceProfilesRequest:
    """Body of list audience profiles. Every field is optional; filters, the 10-filter
    limit and the cursor work as in `ListMentionsRequest`.

    """

    audience_dataset_ids: list[str] | None | Unset = UNSET
    """ Audience datasets to search; absent or null (the default) for every audience dataset of the account. """
    sort: ListAudienceProfilesRequestSort | Unset = ListAudienceProfilesRequestSort.DATE
    """ What to order by (`creator_tier` orders `nano` < `micro` < `mid` < `macro` < `mega`, inferred). """
    order: ListAudienceProfilesRequestOrder | Unset = (
        ListAudienceProfilesRequestOrder.DESC
    )
    """ Ascending or descending. """
    cursor: None | str | Unset = UNSET
    """ Opaque cursor from the previous page's `cursor`; absent or null (the default) for
    the first page. It encodes the sort: send it with the same `sort` (422
    `body.cursor` otherwise). Non-empty is inferred.
     """
    limit: int | Unset = 20
    """ Page size, 1-100. """
    filters: (
        list[
            list[
                AuthenticityScoreFilter
                | ContentNicheFilter
                | CreatorTierFilter
                | EngagementRateFilter
                | FollowerCountFilter
                | InterestClustersFilter
                | IsVerifiedFilter
                | LocationCountryFilter
                | SourceFilter
            ]
        ]
        | None
        | Unset
    ) = UNSET
    """ Groups joined by OR, filters within a group joined by AND; at most 10 filters
    across all groups. Absent or null (the default) for no filter.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_niche_filter import ContentNicheFilter  # noqa: PLC0415
        from ..models.creator_tier_filter import CreatorTierFilter  # noqa: PLC0415
        from ..models.engagement_rate_filter import EngagementRateFilter  # noqa: PLC0415
        from ..models.follower_count_filter import FollowerCountFilter  # noqa: PLC0415
        from ..models.interest_clusters_filter import InterestClustersFilter  # noqa: PLC0415
        from ..models.is_verified_filter import IsVerifiedFilter  # noqa: PLC0415
        from ..models.location_country_filter import LocationCountryFilter  # noqa: PLC0415
        from ..models.source_filter import SourceFilter  # noqa: PLC0415

        audience_dataset_ids: list[str] | None | Unset
        if isinstance(self.audience_dataset_ids, Unset):
            audience_dataset_ids = UNSET
        elif isinstance(self.audience_dataset_ids, list):
            audience_dataset_ids = self.audience_dataset_ids

        else:
            audience_dataset_ids = self.audience_dataset_ids

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
                    if isinstance(filters_type_0_item_item_data, SourceFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, IsVerifiedFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(
                        filters_type_0_item_item_data, LocationCountryFilter
                    ):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, CreatorTierFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, ContentNicheFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(
                        filters_type_0_item_item_data, InterestClustersFilter
                    ):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(filters_type_0_item_item_data, FollowerCountFilter):
                        filters_type_0_item_item = (
                            filters_type_0_item_item_data.to_dict()
                        )
                    elif isinstance(
                        filters_type_0_item_item_data, EngagementRateFilter
                    ):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_dataset_ids is not UNSET:
            field_dict["audience_dataset_ids"] = audience_dataset_ids
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authenticity_score_filter import AuthenticityScoreFilter  # noqa: PLC0415
        from ..models.content_niche_filter import ContentNicheFilter  # noqa: PLC0415
        from ..models.creator_tier_filter import CreatorTierFilter  # noqa: PLC0415
        from ..models.engagement_rate_filter import EngagementRateFilter  # noqa: PLC0415
        from ..models.follower_count_filter import FollowerCountFilter  # noqa: PLC0415
        from ..models.interest_clusters_filter import InterestClustersFilter  # noqa: PLC0415
        from ..models.is_verified_filter import IsVerifiedFilter  # noqa: PLC0415
        from ..models.location_country_filter import LocationCountryFilter  # noqa: PLC0415
        from ..models.source_filter import SourceFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_audience_dataset_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audience_dataset_ids_type_0 = cast(list[str], data)

                return audience_dataset_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        audience_dataset_ids = _parse_audience_dataset_ids(
            d.pop("audience_dataset_ids", UNSET)
        )

        _sort = d.pop("sort", UNSET)
        sort: ListAudienceProfilesRequestSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = ListAudienceProfilesRequestSort(_sort)

        _order = d.pop("order", UNSET)
        order: ListAudienceProfilesRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ListAudienceProfilesRequestOrder(_order)

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
                    AuthenticityScoreFilter
                    | ContentNicheFilter
                    | CreatorTierFilter
                    | EngagementRateFilter
                    | FollowerCountFilter
                    | InterestClustersFilter
                    | IsVerifiedFilter
                    | LocationCountryFilter
                    | SourceFilter
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
                            AuthenticityScoreFilter
                            | ContentNicheFilter
                            | CreatorTierFilter
                            | EngagementRateFilter
                            | FollowerCountFilter
                            | InterestClustersFilter
                            | IsVerifiedFilter
                            | LocationCountryFilter
                            | SourceFilter
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_0 = (
                                    SourceFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_1 = (
                                    IsVerifiedFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_2 = (
                                    LocationCountryFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_3 = (
                                    CreatorTierFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_4 = (
                                    ContentNicheFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_5 = (
                                    InterestClustersFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_6 = (
                                    FollowerCountFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_audience_profile_filter_type_7 = (
                                    EngagementRateFilter.from_dict(data)
                                )

                                return componentsschemas_audience_profile_filter_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_audience_profile_filter_type_8 = (
                                AuthenticityScoreFilter.from_dict(data)
                            )

                            return componentsschemas_audience_profile_filter_type_8

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
                        AuthenticityScoreFilter
                        | ContentNicheFilter
                        | CreatorTierFilter
                        | EngagementRateFilter
                        | FollowerCountFilter
                        | InterestClustersFilter
                        | IsVerifiedFilter
                        | LocationCountryFilter
                        | SourceFilter
                    ]
                ]
                | None
                | Unset,
                data,
            )

        filters = _parse_filters(d.pop("filters", UNSET))

        list_audience_profiles_request = cls(
            audience_dataset_ids=audience_dataset_ids,
            sort=sort,
            order=order,
            cursor=cursor,
            limit=limit,
            filters=filters,
        )

        list_audience_profiles_request.additional_properties = d
        return list_audience_profiles_request

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
