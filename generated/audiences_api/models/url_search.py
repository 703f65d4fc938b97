from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.source_url import SourceUrl


T = TypeVar("T", bound="UrlSearch")


@_attrs_define
class UrlSearch:
    """A search by direct URLs (`type` `url`)."""

    type_: Literal["url"]
    """ The search type. """
    source_urls: list[SourceUrl]
    """ 1-100 posts, no URL twice (`too_many_target_urls`, `duplicate_target_url`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source_urls = []
        for source_urls_item_data in self.source_urls:
            source_urls_item = source_urls_item_data.to_dict()
            source_urls.append(source_urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source_urls": source_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_url import SourceUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["url"], d.pop("type"))
        if type_ != "url":
            raise ValueError(f"type must match const 'url', got '{type_}'")

        source_urls = []
        _source_urls = d.pop("source_urls")
        for source_urls_item_data in _source_urls:
            source_urls_item = SourceUrl.from_dict(source_urls_item_data)

            source_urls.append(source_urls_item)

        url_search = cls(
            type_=type_,
            source_urls=source_urls,
        )

        url_search.additional_properties = d
        return url_search

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
