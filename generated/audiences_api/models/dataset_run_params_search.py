from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_url import SourceUrl


T = TypeVar("T", bound="DatasetRunParamsSearch")


@_attrs_define
class DatasetRunParamsSearch:
    """The search a run was created with, as the run sends it back."""

    type_: str
    """ A dataset run's search type. Open: a plain string; the page documents `prompt` and `url`. """
    sources: list[str] | Unset = UNSET
    """ The platforms searched (prompt searches). """
    search_query: str | Unset = UNSET
    """ The query (prompt searches). """
    source_urls: list[SourceUrl] | Unset = UNSET
    """ The posts asked for (URL searches). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        search_query = self.search_query

        source_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_urls, Unset):
            source_urls = []
            for source_urls_item_data in self.source_urls:
                source_urls_item = source_urls_item_data.to_dict()
                source_urls.append(source_urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sources is not UNSET:
            field_dict["sources"] = sources
        if search_query is not UNSET:
            field_dict["search_query"] = search_query
        if source_urls is not UNSET:
            field_dict["source_urls"] = source_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_url import SourceUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        sources = cast(list[str], d.pop("sources", UNSET))

        search_query = d.pop("search_query", UNSET)

        _source_urls = d.pop("source_urls", UNSET)
        source_urls: list[SourceUrl] | Unset = UNSET
        if _source_urls is not UNSET:
            source_urls = []
            for source_urls_item_data in _source_urls:
                source_urls_item = SourceUrl.from_dict(source_urls_item_data)

                source_urls.append(source_urls_item)

        dataset_run_params_search = cls(
            type_=type_,
            sources=sources,
            search_query=search_query,
            source_urls=source_urls,
        )

        dataset_run_params_search.additional_properties = d
        return dataset_run_params_search

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
