from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.value_type_word import ValueTypeWord
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
    value_type: str | Unset | ValueTypeWord = UNSET
    """ The type of the extracted value. Open (only `string` is printed in the documents). """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    updated_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        instructions = self.instructions

        value_type: str | Unset
        if isinstance(self.value_type, Unset):
            value_type = UNSET
        elif isinstance(self.value_type, ValueTypeWord):
            value_type = self.value_type.value
        else:
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

        def _parse_value_type(data: object) -> str | Unset | ValueTypeWord:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_value_type_type_0 = ValueTypeWord(data)

                return componentsschemas_value_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ValueTypeWord, data)

        value_type = _parse_value_type(d.pop("value_type", UNSET))

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
