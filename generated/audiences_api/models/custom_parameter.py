from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomParameter")


@_attrs_define
class CustomParameter:
    """A named LLM extraction rule; timestamps are epoch seconds."""

    id: str
    """ Id, `cp_...`. """
    name: str | Unset = UNSET
    """ Name. """
    instructions: str | Unset = UNSET
    """ The extraction rule. """
    value_type: str | Unset = UNSET
    """ The type of the extracted value. Open: a plain string; the documents print only
    `string`, and no list of the others.
     """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    updated_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        instructions = self.instructions

        value_type = self.value_type

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if value_type is not UNSET:
            field_dict["value_type"] = value_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        instructions = d.pop("instructions", UNSET)

        value_type = d.pop("value_type", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        custom_parameter = cls(
            id=id,
            name=name,
            instructions=instructions,
            value_type=value_type,
            created_at=created_at,
            updated_at=updated_at,
        )

        custom_parameter.additional_properties = d
        return custom_parameter

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
