from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_dataset_run_request_content_analysis_actions_item import (
    CreateDatasetRunRequestContentAnalysisActionsItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.prompt_search import PromptSearch
    from ..models.url_search import UrlSearch


T = TypeVar("T", bound="CreateDatasetRunRequest")


@_attrs_define
class CreateDatasetRunRequest:
    """Body of start a dataset run."""

    search_query: PromptSearch | UrlSearch
    """ What a dataset run searches, exactly one of a prompt search and a URL search, told apart by `type`. """
    count: int | Unset = 200
    """ Posts to collect, 20-500. """
    num_comments_per_post: int | Unset = 10
    """ Comments to collect per post, 0-100 (0 collects none, and mentions' `comments` stay null). """
    date_range: DateRange | None | Unset = UNSET
    """ Only posts created in this range; absent or null (the default) for no range.
    Beyond the plan's window: `date_filter_unavailable`.
     """
    country_code: str | Unset = "US"
    """ ISO 3166-1 alpha-2 country (two capital letters; the pattern is inferred from the standard). """
    language: None | str | Unset = UNSET
    """ BCP-47 language (e.g. `en`, `fr`); absent or null (the default) for any. """
    enable_visual_recognition: bool | Unset = False
    """ Analyse images and video frames. """
    enable_transcribing: bool | Unset = False
    """ Transcribe audio and video. """
    content_analysis_actions: (
        list[CreateDatasetRunRequestContentAnalysisActionsItem] | Unset
    ) = UNSET
    """ The analyses to run on each post, a subset of these words (no repeats is inferred from "subset"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_range import DateRange  # noqa: PLC0415
        from ..models.prompt_search import PromptSearch  # noqa: PLC0415

        search_query: dict[str, Any]
        if isinstance(self.search_query, PromptSearch):
            search_query = self.search_query.to_dict()
        else:
            search_query = self.search_query.to_dict()

        count = self.count

        num_comments_per_post = self.num_comments_per_post

        date_range: dict[str, Any] | None | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, DateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range

        country_code = self.country_code

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        enable_visual_recognition = self.enable_visual_recognition

        enable_transcribing = self.enable_transcribing

        content_analysis_actions: list[str] | Unset = UNSET
        if not isinstance(self.content_analysis_actions, Unset):
            content_analysis_actions = []
            for content_analysis_actions_item_data in self.content_analysis_actions:
                content_analysis_actions_item = content_analysis_actions_item_data.value
                content_analysis_actions.append(content_analysis_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search_query": search_query,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if num_comments_per_post is not UNSET:
            field_dict["num_comments_per_post"] = num_comments_per_post
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if language is not UNSET:
            field_dict["language"] = language
        if enable_visual_recognition is not UNSET:
            field_dict["enable_visual_recognition"] = enable_visual_recognition
        if enable_transcribing is not UNSET:
            field_dict["enable_transcribing"] = enable_transcribing
        if content_analysis_actions is not UNSET:
            field_dict["content_analysis_actions"] = content_analysis_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_range import DateRange  # noqa: PLC0415
        from ..models.prompt_search import PromptSearch  # noqa: PLC0415
        from ..models.url_search import UrlSearch  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_search_query(data: object) -> PromptSearch | UrlSearch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_dataset_run_search_type_0 = PromptSearch.from_dict(
                    data
                )

                return componentsschemas_dataset_run_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_dataset_run_search_type_1 = UrlSearch.from_dict(data)

            return componentsschemas_dataset_run_search_type_1

        search_query = _parse_search_query(d.pop("search_query"))

        count = d.pop("count", UNSET)

        num_comments_per_post = d.pop("num_comments_per_post", UNSET)

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

        country_code = d.pop("country_code", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        enable_visual_recognition = d.pop("enable_visual_recognition", UNSET)

        enable_transcribing = d.pop("enable_transcribing", UNSET)

        _content_analysis_actions = d.pop("content_analysis_actions", UNSET)
        content_analysis_actions: (
            list[CreateDatasetRunRequestContentAnalysisActionsItem] | Unset
        ) = UNSET
        if _content_analysis_actions is not UNSET:
            content_analysis_actions = []
            for content_analysis_actions_item_data in _content_analysis_actions:
                content_analysis_actions_item = (
                    CreateDatasetRunRequestContentAnalysisActionsItem(
                        content_analysis_actions_item_data
                    )
                )

                content_analysis_actions.append(content_analysis_actions_item)

        create_dataset_run_request = cls(
            search_query=search_query,
            count=count,
            num_comments_per_post=num_comments_per_post,
            date_range=date_range,
            country_code=country_code,
            language=language,
            enable_visual_recognition=enable_visual_recognition,
            enable_transcribing=enable_transcribing,
            content_analysis_actions=content_analysis_actions,
        )

        create_dataset_run_request.additional_properties = d
        return create_dataset_run_request

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
