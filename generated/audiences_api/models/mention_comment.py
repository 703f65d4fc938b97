from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mention_author import MentionAuthor


T = TypeVar("T", bound="MentionComment")


@_attrs_define
class MentionComment:
    """One comment on the post. The page says comments come as full bodies when the run
    asked for them, without printing one: every field here is inferred.

    """

    id: str | Unset = UNSET
    """ The comment's id (inferred). """
    author: MentionAuthor | Unset = UNSET
    """ A mention's author as its platform shows them. """
    text: None | str | Unset = UNSET
    """ The comment (inferred). """
    num_likes: int | None | Unset = UNSET
    """ Likes on the comment (inferred). """
    created_at: int | None | Unset = UNSET
    """ When it was posted, unix epoch seconds (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        num_likes: int | None | Unset
        if isinstance(self.num_likes, Unset):
            num_likes = UNSET
        else:
            num_likes = self.num_likes

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if author is not UNSET:
            field_dict["author"] = author
        if text is not UNSET:
            field_dict["text"] = text
        if num_likes is not UNSET:
            field_dict["num_likes"] = num_likes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mention_author import MentionAuthor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _author = d.pop("author", UNSET)
        author: MentionAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = MentionAuthor.from_dict(_author)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_num_likes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_likes = _parse_num_likes(d.pop("num_likes", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        mention_comment = cls(
            id=id,
            author=author,
            text=text,
            num_likes=num_likes,
            created_at=created_at,
        )

        mention_comment.additional_properties = d
        return mention_comment

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
