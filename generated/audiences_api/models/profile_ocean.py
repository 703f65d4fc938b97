from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileOcean")


@_attrs_define
class ProfileOcean:
    """OCEAN (Big Five) personality scores, 0-1. The page prints `openness` and elides the
    rest; the other four names are inferred from the acronym.

    """

    openness: float | Unset = UNSET
    """ Openness. """
    conscientiousness: float | Unset = UNSET
    """ Conscientiousness (inferred). """
    extraversion: float | Unset = UNSET
    """ Extraversion (inferred). """
    agreeableness: float | Unset = UNSET
    """ Agreeableness (inferred). """
    neuroticism: float | Unset = UNSET
    """ Neuroticism (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openness = self.openness

        conscientiousness = self.conscientiousness

        extraversion = self.extraversion

        agreeableness = self.agreeableness

        neuroticism = self.neuroticism

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openness is not UNSET:
            field_dict["openness"] = openness
        if conscientiousness is not UNSET:
            field_dict["conscientiousness"] = conscientiousness
        if extraversion is not UNSET:
            field_dict["extraversion"] = extraversion
        if agreeableness is not UNSET:
            field_dict["agreeableness"] = agreeableness
        if neuroticism is not UNSET:
            field_dict["neuroticism"] = neuroticism

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        openness = d.pop("openness", UNSET)

        conscientiousness = d.pop("conscientiousness", UNSET)

        extraversion = d.pop("extraversion", UNSET)

        agreeableness = d.pop("agreeableness", UNSET)

        neuroticism = d.pop("neuroticism", UNSET)

        profile_ocean = cls(
            openness=openness,
            conscientiousness=conscientiousness,
            extraversion=extraversion,
            agreeableness=agreeableness,
            neuroticism=neuroticism,
        )

        profile_ocean.additional_properties = d
        return profile_ocean

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
