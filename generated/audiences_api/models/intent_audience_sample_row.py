from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_person_company import IntentPersonCompany
    from ..models.intent_person_match import IntentPersonMatch


T = TypeVar("T", bound="IntentAudienceSampleRow")


@_attrs_define
class IntentAudienceSampleRow:
    """One masked sample row of a preview: a person row as on the get-people page plus
    `intent`; the older official spec's rows are `{hem, intentScore, topicId, email,
    company, jobTitle, masked}`, also accepted. Every field is optional.

    """

    hashed_email: None | str | Unset = UNSET
    """ The email's hash. """
    first_name: None | str | Unset = UNSET
    """ First name. """
    last_name: None | str | Unset = UNSET
    """ Last name. """
    job_title: None | str | Unset = UNSET
    """ Job title. """
    seniority: None | str | Unset = UNSET
    """ Seniority. """
    company: IntentPersonCompany | str | Unset = UNSET
    """ A sample row's company, an object (current guide) or a name (older official spec). """
    intent: IntentPersonMatch | Unset = UNSET
    """ How a sampled person matches the audience's topics (preview page). """
    hem: str | Unset = UNSET
    """ The hashed email (older spec). """
    intent_score: float | Unset = UNSET
    """ The intent score (older spec). """
    topic_id: int | Unset = UNSET
    """ The topic matched (older spec). """
    email: None | str | Unset = UNSET
    """ The email, masked (older spec). """
    masked: bool | Unset = UNSET
    """ Whether the row is masked (older spec). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.intent_person_company import IntentPersonCompany  # noqa: PLC0415

        hashed_email: None | str | Unset
        if isinstance(self.hashed_email, Unset):
            hashed_email = UNSET
        else:
            hashed_email = self.hashed_email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        seniority: None | str | Unset
        if isinstance(self.seniority, Unset):
            seniority = UNSET
        else:
            seniority = self.seniority

        company: dict[str, Any] | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, IntentPersonCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        intent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent, Unset):
            intent = self.intent.to_dict()

        hem = self.hem

        intent_score = self.intent_score

        topic_id = self.topic_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        masked = self.masked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hashed_email is not UNSET:
            field_dict["hashedEmail"] = hashed_email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if company is not UNSET:
            field_dict["company"] = company
        if intent is not UNSET:
            field_dict["intent"] = intent
        if hem is not UNSET:
            field_dict["hem"] = hem
        if intent_score is not UNSET:
            field_dict["intentScore"] = intent_score
        if topic_id is not UNSET:
            field_dict["topicId"] = topic_id
        if email is not UNSET:
            field_dict["email"] = email
        if masked is not UNSET:
            field_dict["masked"] = masked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_person_company import IntentPersonCompany  # noqa: PLC0415
        from ..models.intent_person_match import IntentPersonMatch  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_hashed_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hashed_email = _parse_hashed_email(d.pop("hashedEmail", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))

        def _parse_seniority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seniority = _parse_seniority(d.pop("seniority", UNSET))

        def _parse_company(data: object) -> IntentPersonCompany | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_intent_sample_company_type_0 = (
                    IntentPersonCompany.from_dict(data)
                )

                return componentsschemas_intent_sample_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntentPersonCompany | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        _intent = d.pop("intent", UNSET)
        intent: IntentPersonMatch | Unset
        if isinstance(_intent, Unset):
            intent = UNSET
        else:
            intent = IntentPersonMatch.from_dict(_intent)

        hem = d.pop("hem", UNSET)

        intent_score = d.pop("intentScore", UNSET)

        topic_id = d.pop("topicId", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        masked = d.pop("masked", UNSET)

        intent_audience_sample_row = cls(
            hashed_email=hashed_email,
            first_name=first_name,
            last_name=last_name,
            job_title=job_title,
            seniority=seniority,
            company=company,
            intent=intent,
            hem=hem,
            intent_score=intent_score,
            topic_id=topic_id,
            email=email,
            masked=masked,
        )

        intent_audience_sample_row.additional_properties = d
        return intent_audience_sample_row

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
