from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_filter_definition import IntentFilterDefinition


T = TypeVar("T", bound="IntentFilterGroup")


@_attrs_define
class IntentFilterGroup:
    """A group of filters (Company, Role, Job titles, Contactability, ...)."""

    key: str | Unset = UNSET
    """ The group's key. """
    label: str | Unset = UNSET
    """ Label. """
    description: str | Unset = UNSET
    """ Description. """
    filters: list[IntentFilterDefinition] | Unset = UNSET
    """ The group's filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        description = self.description

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_filter_definition import IntentFilterDefinition  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[IntentFilterDefinition] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = IntentFilterDefinition.from_dict(filters_item_data)

                filters.append(filters_item)

        intent_filter_group = cls(
            key=key,
            label=label,
            description=description,
            filters=filters,
        )

        intent_filter_group.additional_properties = d
        return intent_filter_group

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
