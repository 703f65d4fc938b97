from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_status_object import RunStatusObject


T = TypeVar("T", bound="PatternDetectionRun")


@_attrs_define
class PatternDetectionRun:
    """A pattern detection run; `created_at` is epoch seconds. The lifecycle section prints
    runs with only `run_id`, `status` and (once completed) `pattern_id`, so every other
    field may be absent.

    """

    run_id: str
    """ Id, `pdr_...`. """
    status: RunStatusObject | str
    """ A run status, sent as an object `{type, steps}` or as a plain word. """
    dataset_id: None | str | Unset = UNSET
    """ The dataset analysed. """
    name: None | str | Unset = UNSET
    """ The detection's name. """
    research_question: None | str | Unset = UNSET
    """ The question asked. """
    pattern_id: None | str | Unset = UNSET
    """ The discovered pattern (`pt_...`); absent until the run has completed. """
    created_at: int | None | Unset = UNSET
    """ When the run was created (unix epoch seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_status_object import RunStatusObject  # noqa: PLC0415

        run_id = self.run_id

        status: dict[str, Any] | str
        if isinstance(self.status, RunStatusObject):
            status = self.status.to_dict()
        else:
            status = self.status

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        research_question: None | str | Unset
        if isinstance(self.research_question, Unset):
            research_question = UNSET
        else:
            research_question = self.research_question

        pattern_id: None | str | Unset
        if isinstance(self.pattern_id, Unset):
            pattern_id = UNSET
        else:
            pattern_id = self.pattern_id

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
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

        def _parse_status(data: object) -> RunStatusObject | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_status_type_0 = RunStatusObject.from_dict(data)

                return componentsschemas_run_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunStatusObject | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_dataset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_research_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        research_question = _parse_research_question(d.pop("research_question", UNSET))

        def _parse_pattern_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern_id = _parse_pattern_id(d.pop("pattern_id", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

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
