from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_run_params_search import DatasetRunParamsSearch
    from ..models.date_range import DateRange


T = TypeVar("T", bound="DatasetRunParams")


@_attrs_define
class DatasetRunParams:
    """A run's parameters as sent back, defaults filled in (`null` where none was given)."""

    search_query: DatasetRunParamsSearch | Unset = UNSET
    """ The search a run was created with, as the run sends it back. """
    date_range: DateRange | None | Unset = UNSET
    """ The date range, or null. """
    country_code: None | str | Unset = UNSET
    """ The country. """
    language: None | str | Unset = UNSET
    """ The language, or null. """
    count: int | Unset = UNSET
    """ Posts asked for. """
    num_comments_per_post: int | Unset = UNSET
    """ Comments asked for per post. """
    enable_visual_recognition: bool | Unset = UNSET
    """ Whether visual recognition was asked for. """
    enable_transcribing: bool | Unset = UNSET
    """ Whether transcribing was asked for. """
    content_analysis_actions: list[str] | Unset = UNSET
    """ The analyses asked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_range import DateRange  # noqa: PLC0415

        search_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_query, Unset):
            search_query = self.search_query.to_dict()

        date_range: dict[str, Any] | None | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, DateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        count = self.count

        num_comments_per_post = self.num_comments_per_post

        enable_visual_recognition = self.enable_visual_recognition

        enable_transcribing = self.enable_transcribing

        content_analysis_actions: list[str] | Unset = UNSET
        if not isinstance(self.content_analysis_actions, Unset):
            content_analysis_actions = self.content_analysis_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_query is not UNSET:
            field_dict["search_query"] = search_query
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if language is not UNSET:
            field_dict["language"] = language
        if count is not UNSET:
            field_dict["count"] = count
        if num_comments_per_post is not UNSET:
            field_dict["num_comments_per_post"] = num_comments_per_post
        if enable_visual_recognition is not UNSET:
            field_dict["enable_visual_recognition"] = enable_visual_recognition
        if enable_transcribing is not UNSET:
            field_dict["enable_transcribing"] = enable_transcribing
        if content_analysis_actions is not UNSET:
            field_dict["content_analysis_actions"] = content_analysis_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_run_params_search import DatasetRunParamsSearch  # noqa: PLC0415
        from ..models.date_range import DateRange  # noqa: PLC0415

        d = dict(src_dict)
        _search_query = d.pop("search_query", UNSET)
        search_query: DatasetRunParamsSearch | Unset
        if isinstance(_search_query, Unset):
            search_query = UNSET
        else:
            search_query = DatasetRunParamsSearch.from_dict(_search_query)

        def _parse_date_range(data: object) -> DateRange | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_range_type_0 = DateRange.from_dict(data)

                return date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateRange | None | Unset, data)

        date_range = _parse_date_range(d.pop("date_range", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        count = d.pop("count", UNSET)

        num_comments_per_post = d.pop("num_comments_per_post", UNSET)

        enable_visual_recognition = d.pop("enable_visual_recognition", UNSET)

        enable_transcribing = d.pop("enable_transcribing", UNSET)

        content_analysis_actions = cast(
            list[str], d.pop("content_analysis_actions", UNSET)
        )

        dataset_run_params = cls(
            search_query=search_query,
            date_range=date_range,
            country_code=country_code,
            language=language,
            count=count,
            num_comments_per_post=num_comments_per_post,
            enable_visual_recognition=enable_visual_recognition,
            enable_transcribing=enable_transcribing,
            content_analysis_actions=content_analysis_actions,
        )

        dataset_run_params.additional_properties = d
        return dataset_run_params

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
