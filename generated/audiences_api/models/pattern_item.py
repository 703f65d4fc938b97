from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_ref import PostRef


T = TypeVar("T", bound="PatternItem")


@_attrs_define
class PatternItem:
    """One item of a pattern. Inside a pattern it has no `post_refs`; read alone
    (`GET /v1/patterns/{pattern_id}/items/{item_id}`) it is expanded with them.

    """

    item_id: str
    """ The item's id. """
    title: None | str | Unset = UNSET
    """ A short title. """
    synopsis: None | str | Unset = UNSET
    """ What the item is about. """
    post_count: int | None | Unset = UNSET
    """ Posts behind the item. """
    post_refs: list[PostRef] | Unset = UNSET
    """ The posts behind the item (only when the item is read alone). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        synopsis: None | str | Unset
        if isinstance(self.synopsis, Unset):
            synopsis = UNSET
        else:
            synopsis = self.synopsis

        post_count: int | None | Unset
        if isinstance(self.post_count, Unset):
            post_count = UNSET
        else:
            post_count = self.post_count

        post_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_refs, Unset):
            post_refs = []
            for post_refs_item_data in self.post_refs:
                post_refs_item = post_refs_item_data.to_dict()
                post_refs.append(post_refs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if synopsis is not UNSET:
            field_dict["synopsis"] = synopsis
        if post_count is not UNSET:
            field_dict["post_count"] = post_count
        if post_refs is not UNSET:
            field_dict["post_refs"] = post_refs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_ref import PostRef  # noqa: PLC0415

        d = dict(src_dict)
        item_id = d.pop("item_id")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_synopsis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        synopsis = _parse_synopsis(d.pop("synopsis", UNSET))

        def _parse_post_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_count = _parse_post_count(d.pop("post_count", UNSET))

        _post_refs = d.pop("post_refs", UNSET)
        post_refs: list[PostRef] | Unset = UNSET
        if _post_refs is not UNSET:
            post_refs = []
            for post_refs_item_data in _post_refs:
                post_refs_item = PostRef.from_dict(post_refs_item_data)

                post_refs.append(post_refs_item)

        pattern_item = cls(
            item_id=item_id,
            title=title,
            synopsis=synopsis,
            post_count=post_count,
            post_refs=post_refs,
        )

        pattern_item.additional_properties = d
        return pattern_item

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
