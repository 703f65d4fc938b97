from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountMember")


@_attrs_define
class AccountMember:
    """One member of the account, or a pending invitation (which has only `type` and `email`)."""

    type_: str | Unset = UNSET
    """ What a member entry is. Open: a plain string; the page prints `member` (a user,
    with `user_id` and `name`) and `invitation` (a pending invite, with only `email`).
     """
    user_id: str | Unset = UNSET
    """ The member's user id (`user_...`); absent on invitations. """
    email: str | Unset = UNSET
    """ The member's or the invitee's email. """
    name: str | Unset = UNSET
    """ The member's name; absent on invitations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        user_id = self.user_id

        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        user_id = d.pop("user_id", UNSET)

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        account_member = cls(
            type_=type_,
            user_id=user_id,
            email=email,
            name=name,
        )

        account_member.additional_properties = d
        return account_member

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
