from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatePatternDetectionRequest")


@_attrs_define
class CreatePatternDetectionRequest:
    """Body of start a pattern detection. The reference page prints only an example with
    all three fields; that all three are required is inferred, and no length or format
    constraint is documented.

    """

    dataset_id: str
    """ The dataset to analyse (`ds_...`). """
    name: str
    """ A name for the detection. """
    research_question: str
    """ The question the detection answers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        name = self.name

        research_question = self.research_question

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "name": name,
                "research_question": research_question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_id = d.pop("dataset_id")

        name = d.pop("name")

        research_question = d.pop("research_question")

        create_pattern_detection_request = cls(
            dataset_id=dataset_id,
            name=name,
            research_question=research_question,
        )

        create_pattern_detection_request.additional_properties = d
        return create_pattern_detection_request

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
