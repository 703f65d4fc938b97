from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status_word import RunStatusWord
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step import RunStep


T = TypeVar("T", bound="RunStatusObject")


@_attrs_define
class RunStatusObject:
    """A run status as an object, with the steps done so far."""

    type_: RunStatusWord | str
    """ A run status word. Open: runs start `pending`, move through `working`, end
    `completed` or `failed`; custom-parameter runs print `processing`, which the
    overview does not list, so any word is accepted.
     """
    steps: list[RunStep] | Unset = UNSET
    """ Steps in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, RunStatusWord):
            type_ = self.type_.value
        else:
            type_ = self.type_

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step import RunStep  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> RunStatusWord | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_run_status_type_type_0 = RunStatusWord(data)

                return componentsschemas_run_status_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunStatusWord | str, data)

        type_ = _parse_type_(d.pop("type"))

        _steps = d.pop("steps", UNSET)
        steps: list[RunStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = RunStep.from_dict(steps_item_data)

                steps.append(steps_item)

        run_status_object = cls(
            type_=type_,
            steps=steps,
        )

        run_status_object.additional_properties = d
        return run_status_object

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
