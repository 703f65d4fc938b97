from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_run import IntentAudienceRun


T = TypeVar("T", bound="IntentRunNotReady")


@_attrs_define
class IntentRunNotReady:
    """What a result endpoint answers (202) while the run is queued or running:
    inferred from the results endpoint's pending body, `{run, state, ...}`; nothing
    is required.

    """

    run: IntentAudienceRun | Unset = UNSET
    """ A Leadpipe intent-audience run (camelCase on the wire). """
    state: str | Unset = UNSET
    """ Where the run stands (`queued`, `running`; inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run, Unset):
            run = self.run.to_dict()

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run is not UNSET:
            field_dict["run"] = run
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_run import IntentAudienceRun  # noqa: PLC0415

        d = dict(src_dict)
        _run = d.pop("run", UNSET)
        run: IntentAudienceRun | Unset
        if isinstance(_run, Unset):
            run = UNSET
        else:
            run = IntentAudienceRun.from_dict(_run)

        state = d.pop("state", UNSET)

        intent_run_not_ready = cls(
            run=run,
            state=state,
        )

        intent_run_not_ready.additional_properties = d
        return intent_run_not_ready

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
