from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PromptSearch")


@_attrs_define
class PromptSearch:
    """A keyword search (`type` `prompt`) over one or more platforms."""

    type_: Literal["prompt"]
    """ The search type. """
    sources: list[str]
    """ The platforms to search, at least one. """
    search_query: str
    """ What to search for, 1-5000 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sources = self.sources

        search_query = self.search_query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sources": sources,
                "search_query": search_query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["prompt"], d.pop("type"))
        if type_ != "prompt":
            raise ValueError(f"type must match const 'prompt', got '{type_}'")

        sources = cast(list[str], d.pop("sources"))

        search_query = d.pop("search_query")

        prompt_search = cls(
            type_=type_,
            sources=sources,
            search_query=search_query,
        )

        prompt_search.additional_properties = d
        return prompt_search

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
