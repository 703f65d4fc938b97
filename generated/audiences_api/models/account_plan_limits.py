from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountPlanLimits")


@_attrs_define
class AccountPlanLimits:
    """The plan's limits, each an integer (the page prints these five; others may appear)."""

    max_research_depth: int | Unset = UNSET
    """ Maximum research depth. """
    num_seats: int | Unset = UNSET
    """ Seats. """
    parallelism: int | Unset = UNSET
    """ Runs at once. """
    projects: int | Unset = UNSET
    """ Projects. """
    tracking_agents: int | Unset = UNSET
    """ Tracking agents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_research_depth = self.max_research_depth

        num_seats = self.num_seats

        parallelism = self.parallelism

        projects = self.projects

        tracking_agents = self.tracking_agents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_research_depth is not UNSET:
            field_dict["max_research_depth"] = max_research_depth
        if num_seats is not UNSET:
            field_dict["num_seats"] = num_seats
        if parallelism is not UNSET:
            field_dict["parallelism"] = parallelism
        if projects is not UNSET:
            field_dict["projects"] = projects
        if tracking_agents is not UNSET:
            field_dict["tracking_agents"] = tracking_agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_research_depth = d.pop("max_research_depth", UNSET)

        num_seats = d.pop("num_seats", UNSET)

        parallelism = d.pop("parallelism", UNSET)

        projects = d.pop("projects", UNSET)

        tracking_agents = d.pop("tracking_agents", UNSET)

        account_plan_limits = cls(
            max_research_depth=max_research_depth,
            num_seats=num_seats,
            parallelism=parallelism,
            projects=projects,
            tracking_agents=tracking_agents,
        )

        account_plan_limits.additional_properties = d
        return account_plan_limits

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
