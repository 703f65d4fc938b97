from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_audience_result_row import IntentAudienceResultRow
    from ..models.intent_audience_run import IntentAudienceRun


T = TypeVar("T", bound="IntentAudienceRunResults")


@_attrs_define
class IntentAudienceRunResults:
    """A page of a run's results with the run itself. While the run is queued or running
    (202) `results` is empty. The get-people page's 200 body is cut after its first
    row, so whether it carries `state`, `total`, `limit` and `offset` is not visible:
    only `results` is required.

    """

    results: list[IntentAudienceResultRow]
    """ The page's rows; empty while the run is not completed. """
    run: IntentAudienceRun | Unset = UNSET
    """ A Leadpipe intent-audience run (camelCase on the wire). """
    state: str | Unset = UNSET
    """ Where the results stand. Its words are not documented (inferred: they follow the
    run's status, e.g. `queued`, `running`, `completed`).
     """
    total: int | Unset = UNSET
    """ Rows in all (printed on the 202 body). """
    limit: int | Unset = UNSET
    """ The page size the server used. """
    offset: int | Unset = UNSET
    """ The offset the server used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run, Unset):
            run = self.run.to_dict()

        state = self.state

        total = self.total

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if run is not UNSET:
            field_dict["run"] = run
        if state is not UNSET:
            field_dict["state"] = state
        if total is not UNSET:
            field_dict["total"] = total
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_audience_result_row import IntentAudienceResultRow  # noqa: PLC0415
        from ..models.intent_audience_run import IntentAudienceRun  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = IntentAudienceResultRow.from_dict(results_item_data)

            results.append(results_item)

        _run = d.pop("run", UNSET)
        run: IntentAudienceRun | Unset
        if isinstance(_run, Unset):
            run = UNSET
        else:
            run = IntentAudienceRun.from_dict(_run)

        state = d.pop("state", UNSET)

        total = d.pop("total", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        intent_audience_run_results = cls(
            results=results,
            run=run,
            state=state,
            total=total,
            limit=limit,
            offset=offset,
        )

        intent_audience_run_results.additional_properties = d
        return intent_audience_run_results

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
