from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentFilterUi")


@_attrs_define
class IntentFilterUi:
    """How a product UI should render the filter."""

    label: str | Unset = UNSET
    """ Label. """
    description: str | Unset = UNSET
    """ Description. """
    control: str | Unset = UNSET
    """ The control. Open: a plain string; the page's type lists `multi_select`, `toggle`, `text_chips` and
    `number_range`. """
    section: str | Unset = UNSET
    """ The section. Open: a plain string; the page's type lists `recommended`, `standard` and `advanced`. """
    recommended: bool | Unset = UNSET
    """ Whether it is recommended. """
    advanced: bool | Unset = UNSET
    """ Whether it is advanced. """
    placeholder: str | Unset = UNSET
    """ Placeholder text (optional). """
    helper_text: str | Unset = UNSET
    """ Helper text (optional). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        description = self.description

        control = self.control

        section = self.section

        recommended = self.recommended

        advanced = self.advanced

        placeholder = self.placeholder

        helper_text = self.helper_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if control is not UNSET:
            field_dict["control"] = control
        if section is not UNSET:
            field_dict["section"] = section
        if recommended is not UNSET:
            field_dict["recommended"] = recommended
        if advanced is not UNSET:
            field_dict["advanced"] = advanced
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if helper_text is not UNSET:
            field_dict["helperText"] = helper_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        control = d.pop("control", UNSET)

        section = d.pop("section", UNSET)

        recommended = d.pop("recommended", UNSET)

        advanced = d.pop("advanced", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        helper_text = d.pop("helperText", UNSET)

        intent_filter_ui = cls(
            label=label,
            description=description,
            control=control,
            section=section,
            recommended=recommended,
            advanced=advanced,
            placeholder=placeholder,
            helper_text=helper_text,
        )

        intent_filter_ui.additional_properties = d
        return intent_filter_ui

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
