from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.age_filter import AgeFilter
    from ..models.attributes_filter import AttributesFilter
    from ..models.business_profile_filter import BusinessProfileFilter


T = TypeVar("T", bound="AudienceFilters")


@_attrs_define
class AudienceFilters:
    """Filter criteria. Open: the keys below are those the official example shows; other
    keys exist. Array-typed filters must be arrays even for one value.

    """

    age: AgeFilter | Unset = UNSET
    """ Age range. """
    city: list[str] | Unset = UNSET
    """ Cities. """
    state: list[str] | Unset = UNSET
    """ States. """
    personal_state: list[str] | Unset = UNSET
    """ Personal states. """
    zip_: list[str] | Unset = UNSET
    """ ZIP codes. """
    gender: list[str] | Unset = UNSET
    """ Genders. """
    business_profile: BusinessProfileFilter | Unset = UNSET
    """ Business filters; every one an array, even for one value. """
    attributes: AttributesFilter | Unset = UNSET
    """ Attribute filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age: dict[str, Any] | Unset = UNSET
        if not isinstance(self.age, Unset):
            age = self.age.to_dict()

        city: list[str] | Unset = UNSET
        if not isinstance(self.city, Unset):
            city = self.city

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        personal_state: list[str] | Unset = UNSET
        if not isinstance(self.personal_state, Unset):
            personal_state = self.personal_state

        zip_: list[str] | Unset = UNSET
        if not isinstance(self.zip_, Unset):
            zip_ = self.zip_

        gender: list[str] | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        business_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_profile, Unset):
            business_profile = self.business_profile.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age is not UNSET:
            field_dict["age"] = age
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if personal_state is not UNSET:
            field_dict["personalState"] = personal_state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if gender is not UNSET:
            field_dict["gender"] = gender
        if business_profile is not UNSET:
            field_dict["businessProfile"] = business_profile
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.age_filter import AgeFilter  # noqa: PLC0415
        from ..models.attributes_filter import AttributesFilter  # noqa: PLC0415
        from ..models.business_profile_filter import BusinessProfileFilter  # noqa: PLC0415

        d = dict(src_dict)
        _age = d.pop("age", UNSET)
        age: AgeFilter | Unset
        if isinstance(_age, Unset):
            age = UNSET
        else:
            age = AgeFilter.from_dict(_age)

        city = cast(list[str], d.pop("city", UNSET))

        state = cast(list[str], d.pop("state", UNSET))

        personal_state = cast(list[str], d.pop("personalState", UNSET))

        zip_ = cast(list[str], d.pop("zip", UNSET))

        gender = cast(list[str], d.pop("gender", UNSET))

        _business_profile = d.pop("businessProfile", UNSET)
        business_profile: BusinessProfileFilter | Unset
        if isinstance(_business_profile, Unset):
            business_profile = UNSET
        else:
            business_profile = BusinessProfileFilter.from_dict(_business_profile)

        _attributes = d.pop("attributes", UNSET)
        attributes: AttributesFilter | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AttributesFilter.from_dict(_attributes)

        audience_filters = cls(
            age=age,
            city=city,
            state=state,
            personal_state=personal_state,
            zip_=zip_,
            gender=gender,
            business_profile=business_profile,
            attributes=attributes,
        )

        audience_filters.additional_properties = d
        return audience_filters

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
