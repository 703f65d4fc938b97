from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentionAuthor")


@_attrs_define
class MentionAuthor:
    """A mention's author as its platform shows them."""

    avatar: Any | Unset = UNSET
    """ The author's picture; null in the page's example, and its shape when present is not shown, so any JSON value
    is accepted. """
    title: None | str | Unset = UNSET
    """ Display name or handle (`u/sipdaily`). """
    title_url: None | str | Unset = UNSET
    """ Link to the author's profile. """
    headline: None | str | Unset = UNSET
    """ A secondary line (empty in the example). """
    headline_url: None | str | Unset = UNSET
    """ Link of the headline. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar = self.avatar

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        title_url: None | str | Unset
        if isinstance(self.title_url, Unset):
            title_url = UNSET
        else:
            title_url = self.title_url

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        headline_url: None | str | Unset
        if isinstance(self.headline_url, Unset):
            headline_url = UNSET
        else:
            headline_url = self.headline_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if title is not UNSET:
            field_dict["title"] = title
        if title_url is not UNSET:
            field_dict["title_url"] = title_url
        if headline is not UNSET:
            field_dict["headline"] = headline
        if headline_url is not UNSET:
            field_dict["headline_url"] = headline_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_title_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_url = _parse_title_url(d.pop("title_url", UNSET))

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_headline_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline_url = _parse_headline_url(d.pop("headline_url", UNSET))

        mention_author = cls(
            avatar=avatar,
            title=title,
            title_url=title_url,
            headline=headline,
            headline_url=headline_url,
        )

        mention_author.additional_properties = d
        return mention_author

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
