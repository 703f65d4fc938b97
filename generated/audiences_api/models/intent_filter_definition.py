from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_filter_option import IntentFilterOption
    from ..models.intent_filter_ui import IntentFilterUi


T = TypeVar("T", bound="IntentFilterDefinition")


@_attrs_define
class IntentFilterDefinition:
    """One filter of the catalogue; submit it in a config's `filters` by its `key`. The
    page also names backend diagnostic fields (`sourceColumn`, `source`,
    `requiresSidecar`, `isSearchOnly`) without types: the object is open.

    """

    key: str | Unset = UNSET
    """ The key to submit (`role.seniority`, `company.industries`, ...). """
    label: str | Unset = UNSET
    """ Label. """
    type_: str | Unset = UNSET
    """ The kind of filter. Open: a plain string; the page's type lists `multi_select`, `boolean`, `text_terms` and
    `number_range`. """
    value_type: str | Unset = UNSET
    """ The type of its values. Open: a plain string; the page's type lists `enum`, `boolean`, `string` and
    `number`. """
    operators: list[str] | Unset = UNSET
    """ The operators it accepts. """
    values: list[IntentFilterOption] | Unset = UNSET
    """ The values it offers (optional). """
    ui: IntentFilterUi | Unset = UNSET
    """ How a product UI should render the filter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        type_ = self.type_

        value_type = self.value_type

        operators: list[str] | Unset = UNSET
        if not isinstance(self.operators, Unset):
            operators = self.operators

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        ui: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui, Unset):
            ui = self.ui.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if operators is not UNSET:
            field_dict["operators"] = operators
        if values is not UNSET:
            field_dict["values"] = values
        if ui is not UNSET:
            field_dict["ui"] = ui

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_filter_option import IntentFilterOption  # noqa: PLC0415
        from ..models.intent_filter_ui import IntentFilterUi  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        label = d.pop("label", UNSET)

        type_ = d.pop("type", UNSET)

        value_type = d.pop("valueType", UNSET)

        operators = cast(list[str], d.pop("operators", UNSET))

        _values = d.pop("values", UNSET)
        values: list[IntentFilterOption] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = IntentFilterOption.from_dict(values_item_data)

                values.append(values_item)

        _ui = d.pop("ui", UNSET)
        ui: IntentFilterUi | Unset
        if isinstance(_ui, Unset):
            ui = UNSET
        else:
            ui = IntentFilterUi.from_dict(_ui)

        intent_filter_definition = cls(
            key=key,
            label=label,
            type_=type_,
            value_type=value_type,
            operators=operators,
            values=values,
            ui=ui,
        )

        intent_filter_definition.additional_properties = d
        return intent_filter_definition

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
