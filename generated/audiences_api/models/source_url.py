from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceUrl")


@_attrs_define
class SourceUrl:
    """One post to collect by URL. `text` is only valid when `source` is `reddit`."""

    source: str
    """ A post's platform. Open: a plain string; the documents name `reddit`, `tiktok`,
    `youtube`, `instagram` and `linkedin`.
     """
    url: str
    """ The post's URL (`invalid_scraping_target_url` when malformed). """
    text: str | Unset = UNSET
    """ Reddit only (`text_search_unavailable` on another source); the page's example
    sends `thread` and does not say what else it takes.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        url = self.url

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "url": url,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        url = d.pop("url")

        text = d.pop("text", UNSET)

        source_url = cls(
            source=source,
            url=url,
            text=text,
        )

        source_url.additional_properties = d
        return source_url

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
