from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intent_person_company import IntentPersonCompany


T = TypeVar("T", bound="IntentAudienceResultRow")


@_attrs_define
class IntentAudienceResultRow:
    """One result row of a run: a person, as the get-people page prints one (its stored
    copy is cut inside `company`, so further fields may follow: open). The same fields
    are what `stats.fillRates` counts and what the CSV export holds (inferred). Any
    field may be absent; null is accepted too (fill rates show fields empty on some
    rows; inferred).

    """

    hashed_email: None | str | Unset = UNSET
    """ The email's SHA-256 hash (64 hex digits in the example). """
    first_name: None | str | Unset = UNSET
    """ First name. """
    last_name: None | str | Unset = UNSET
    """ Last name. """
    full_name: None | str | Unset = UNSET
    """ Full name. """
    business_email: None | str | Unset = UNSET
    """ Business email. """
    personal_email: None | str | Unset = UNSET
    """ Personal email. """
    email: None | str | Unset = UNSET
    """ The email to use (the personal one in the example). """
    primary_contact_email: None | str | Unset = UNSET
    """ The primary contact email (the business one in the example). """
    phone: None | str | Unset = UNSET
    """ Phone number (`+18005551212`). """
    linkedin_url: None | str | Unset = UNSET
    """ LinkedIn profile URL. """
    headline: None | str | Unset = UNSET
    """ Profile headline. """
    job_title: None | str | Unset = UNSET
    """ Job title. """
    seniority: None | str | Unset = UNSET
    """ Seniority (`director`). """
    department: None | str | Unset = UNSET
    """ Department (`marketing`). """
    company: IntentPersonCompany | None | Unset = UNSET
    """ The person's company, or null (inferred). """
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

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        business_email: None | str | Unset
        if isinstance(self.business_email, Unset):
            business_email = UNSET
        else:
            business_email = self.business_email

        personal_email: None | str | Unset
        if isinstance(self.personal_email, Unset):
            personal_email = UNSET
        else:
            personal_email = self.personal_email

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        primary_contact_email: None | str | Unset
        if isinstance(self.primary_contact_email, Unset):
            primary_contact_email = UNSET
        else:
            primary_contact_email = self.primary_contact_email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

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

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, IntentPersonCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hashed_email is not UNSET:
            field_dict["hashedEmail"] = hashed_email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if business_email is not UNSET:
            field_dict["businessEmail"] = business_email
        if personal_email is not UNSET:
            field_dict["personalEmail"] = personal_email
        if email is not UNSET:
            field_dict["email"] = email
        if primary_contact_email is not UNSET:
            field_dict["primaryContactEmail"] = primary_contact_email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if headline is not UNSET:
            field_dict["headline"] = headline
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if department is not UNSET:
            field_dict["department"] = department
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_person_company import IntentPersonCompany  # noqa: PLC0415

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

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("fullName", UNSET))

        def _parse_business_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_email = _parse_business_email(d.pop("businessEmail", UNSET))

        def _parse_personal_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_email = _parse_personal_email(d.pop("personalEmail", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_primary_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_contact_email = _parse_primary_contact_email(
            d.pop("primaryContactEmail", UNSET)
        )

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedinUrl", UNSET))

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

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

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_company(data: object) -> IntentPersonCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = IntentPersonCompany.from_dict(data)

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntentPersonCompany | None | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        intent_audience_result_row = cls(
            hashed_email=hashed_email,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            business_email=business_email,
            personal_email=personal_email,
            email=email,
            primary_contact_email=primary_contact_email,
            phone=phone,
            linkedin_url=linkedin_url,
            headline=headline,
            job_title=job_title,
            seniority=seniority,
            department=department,
            company=company,
        )

        intent_audience_result_row.additional_properties = d
        return intent_audience_result_row

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
