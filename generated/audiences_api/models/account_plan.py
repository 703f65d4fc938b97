from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_plan_features import AccountPlanFeatures
    from ..models.account_plan_limits import AccountPlanLimits


T = TypeVar("T", bound="AccountPlan")


@_attrs_define
class AccountPlan:
    """The account's plan."""

    features: AccountPlanFeatures | Unset = UNSET
    """ The plan's feature gates, each a boolean (the page prints these nine; others may appear). """
    limits: AccountPlanLimits | Unset = UNSET
    """ The plan's limits, each an integer (the page prints these five; others may appear). """
    name: str | Unset = UNSET
    """ The plan's display name (`Pro`). """
    type_: str | Unset = UNSET
    """ The plan's machine name; `pro` is the only word printed, so any word is accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features
        if limits is not UNSET:
            field_dict["limits"] = limits
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_plan_features import AccountPlanFeatures  # noqa: PLC0415
        from ..models.account_plan_limits import AccountPlanLimits  # noqa: PLC0415

        d = dict(src_dict)
        _features = d.pop("features", UNSET)
        features: AccountPlanFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = AccountPlanFeatures.from_dict(_features)

        _limits = d.pop("limits", UNSET)
        limits: AccountPlanLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = AccountPlanLimits.from_dict(_limits)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        account_plan = cls(
            features=features,
            limits=limits,
            name=name,
            type_=type_,
        )

        account_plan.additional_properties = d
        return account_plan

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
