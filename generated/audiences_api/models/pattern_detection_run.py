from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status_word import RunStatusWord
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_status_object import RunStatusObject


T = TypeVar("T", bound="PatternDetectionRun")


@_attrs_define
class PatternDetectionRun:
    """A pattern detection run; `created_at` is epoch seconds; `pattern_id` appears once completed."""

    run_id: str
    """ Id, `pdr_...`. """
    status: RunStatusObject | RunStatusWord | str
    """ A run status, sent as an object `{type, steps}` or as a plain word. """
    dataset_id: str | Unset = UNSET
    """ The dataset analysed. """
    name: str | Unset = UNSET
    """ The detection's name. """
    research_question: str | Unset = UNSET
    """ The question asked. """
    pattern_id: str | Unset = UNSET
    """ The discovered pattern (`pt_...`), once completed. """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_status_object import RunStatusObject  # noqa: PLC0415

        run_id = self.run_id

        status: dict[str, Any] | str
        if isinstance(self.status, RunStatusObject):
            status = self.status.to_dict()
        elif isinstance(self.status, RunStatusWord):
            status = self.status.value
        else:
            status = self.status

        dataset_id = self.dataset_id

        name = self.name

        research_question = self.research_question

        pattern_id = self.pattern_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "status": status,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if name is not UNSET:
            field_dict["name"] = name
        if research_question is not UNSET:
            field_dict["research_question"] = research_question
        if pattern_id is not UNSET:
            field_dict["pattern_id"] = pattern_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_status_object import RunStatusObject  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id")

        def _parse_status(data: object) -> RunStatusObject | RunStatusWord | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_status_type_0 = RunStatusObject.from_dict(data)

                return componentsschemas_run_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_run_status_type_type_0 = RunStatusWord(data)

                return componentsschemas_run_status_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunStatusObject | RunStatusWord | str, data)

        status = _parse_status(d.pop("status"))

        dataset_id = d.pop("dataset_id", UNSET)

        name = d.pop("name", UNSET)

        research_question = d.pop("research_question", UNSET)

        pattern_id = d.pop("pattern_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        pattern_detection_run = cls(
            run_id=run_id,
            status=status,
            dataset_id=dataset_id,
            name=name,
            research_question=research_question,
            pattern_id=pattern_id,
            created_at=created_at,
        )

        pattern_detection_run.additional_properties = d
        return pattern_detection_run

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
