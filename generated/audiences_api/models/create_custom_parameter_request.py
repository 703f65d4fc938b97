from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateCustomParameterRequest")


@_attrs_define
class CreateCustomParameterRequest:
    """Body of create custom parameter. The reference page prints only an example with
    all three fields; that all three are required is inferred. An empty `name` is
    answered with `custom_parameter_empty_name`, so no length constraint is stated here.

    """

    name: str
    """ Unique, non-empty name (`custom_parameter_empty_name` otherwise). """
    instructions: str
    """ The extraction rule, in prose. """
    value_type: str
    """ The type of the extracted value. Open: a plain string; the documents print only
    `string`, and no list of the others.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        instructions = self.instructions

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "instructions": instructions,
                "value_type": value_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        instructions = d.pop("instructions")

        value_type = d.pop("value_type")

        create_custom_parameter_request = cls(
            name=name,
            instructions=instructions,
            value_type=value_type,
        )

        create_custom_parameter_request.additional_properties = d
        return create_custom_parameter_request

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
