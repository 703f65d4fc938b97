from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentAudienceRun")


@_attrs_define
class IntentAudienceRun:
    """A Leadpipe intent-audience run (camelCase on the wire)."""

    id: str
    """ The run's id (UUID). """
    status: str
    """ A Leadpipe run status. Open: a plain string; the documents list `queued`, `running`,
    `completed`, `failed` and `cancelled`.
     """
    audience_id: str | Unset = UNSET
    """ The audience. """
    organization_id: None | str | Unset = UNSET
    """ A string or null. """
    run_type: str | Unset = UNSET
    """ A Leadpipe run type. Open: a plain string; the documents list `manual`, `daily` and
    `preview`.
     """
    config_hash: None | str | Unset = UNSET
    """ A string or null. """
    data_date: datetime.date | None | Unset = UNSET
    """ The day the run's data describes (YYYY-MM-DD). """
    result_key: None | str | Unset = UNSET
    """ A string or null. """
    candidate_count: int | None | Unset = UNSET
    """ An integer or null. """
    result_count: int | None | Unset = UNSET
    """ An integer or null. """
    attempts: int | None | Unset = UNSET
    """ An integer or null. """
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    idempotency_key: None | str | Unset = UNSET
    """ A string or null. """
    error_code: None | str | Unset = UNSET
    """ A string or null. """
    error_message: None | str | Unset = UNSET
    """ A string or null. """
    started_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    cancelled_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    ready_email_sent_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    ready_email_export_id: None | str | Unset = UNSET
    """ A string or null. """
    ready_email_error: None | str | Unset = UNSET
    """ A string or null. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ An ISO-8601 date-time (with milliseconds and Z) or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        audience_id = self.audience_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        run_type = self.run_type

        config_hash: None | str | Unset
        if isinstance(self.config_hash, Unset):
            config_hash = UNSET
        else:
            config_hash = self.config_hash

        data_date: None | str | Unset
        if isinstance(self.data_date, Unset):
            data_date = UNSET
        elif isinstance(self.data_date, datetime.date):
            data_date = self.data_date.isoformat()
        else:
            data_date = self.data_date

        result_key: None | str | Unset
        if isinstance(self.result_key, Unset):
            result_key = UNSET
        else:
            result_key = self.result_key

        candidate_count: int | None | Unset
        if isinstance(self.candidate_count, Unset):
            candidate_count = UNSET
        else:
            candidate_count = self.candidate_count

        result_count: int | None | Unset
        if isinstance(self.result_count, Unset):
            result_count = UNSET
        else:
            result_count = self.result_count

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        ready_email_sent_at: None | str | Unset
        if isinstance(self.ready_email_sent_at, Unset):
            ready_email_sent_at = UNSET
        elif isinstance(self.ready_email_sent_at, datetime.datetime):
            ready_email_sent_at = self.ready_email_sent_at.isoformat()
        else:
            ready_email_sent_at = self.ready_email_sent_at

        ready_email_export_id: None | str | Unset
        if isinstance(self.ready_email_export_id, Unset):
            ready_email_export_id = UNSET
        else:
            ready_email_export_id = self.ready_email_export_id

        ready_email_error: None | str | Unset
        if isinstance(self.ready_email_error, Unset):
            ready_email_error = UNSET
        else:
            ready_email_error = self.ready_email_error

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if audience_id is not UNSET:
            field_dict["audienceId"] = audience_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if run_type is not UNSET:
            field_dict["runType"] = run_type
        if config_hash is not UNSET:
            field_dict["configHash"] = config_hash
        if data_date is not UNSET:
            field_dict["dataDate"] = data_date
        if result_key is not UNSET:
            field_dict["resultKey"] = result_key
        if candidate_count is not UNSET:
            field_dict["candidateCount"] = candidate_count
        if result_count is not UNSET:
            field_dict["resultCount"] = result_count
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if next_attempt_at is not UNSET:
            field_dict["nextAttemptAt"] = next_attempt_at
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if cancelled_at is not UNSET:
            field_dict["cancelledAt"] = cancelled_at
        if ready_email_sent_at is not UNSET:
            field_dict["readyEmailSentAt"] = ready_email_sent_at
        if ready_email_export_id is not UNSET:
            field_dict["readyEmailExportId"] = ready_email_export_id
        if ready_email_error is not UNSET:
            field_dict["readyEmailError"] = ready_email_error
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        audience_id = d.pop("audienceId", UNSET)

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organizationId", UNSET))

        run_type = d.pop("runType", UNSET)

        def _parse_config_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_hash = _parse_config_hash(d.pop("configHash", UNSET))

        def _parse_data_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_date_type_0 = datetime.date.fromisoformat(data)

                return data_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        data_date = _parse_data_date(d.pop("dataDate", UNSET))

        def _parse_result_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_key = _parse_result_key(d.pop("resultKey", UNSET))

        def _parse_candidate_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        candidate_count = _parse_candidate_count(d.pop("candidateCount", UNSET))

        def _parse_result_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        result_count = _parse_result_count(d.pop("resultCount", UNSET))

        def _parse_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempts = _parse_attempts(d.pop("attempts", UNSET))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotencyKey", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelledAt", UNSET))

        def _parse_ready_email_sent_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ready_email_sent_at = _parse_ready_email_sent_at(
            d.pop("readyEmailSentAt", UNSET)
        )

        def _parse_ready_email_export_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ready_email_export_id = _parse_ready_email_export_id(
            d.pop("readyEmailExportId", UNSET)
        )

        def _parse_ready_email_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ready_email_error = _parse_ready_email_error(d.pop("readyEmailError", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        intent_audience_run = cls(
            id=id,
            status=status,
            audience_id=audience_id,
            organization_id=organization_id,
            run_type=run_type,
            config_hash=config_hash,
            data_date=data_date,
            result_key=result_key,
            candidate_count=candidate_count,
            result_count=result_count,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            idempotency_key=idempotency_key,
            error_code=error_code,
            error_message=error_message,
            started_at=started_at,
            completed_at=completed_at,
            cancelled_at=cancelled_at,
            ready_email_sent_at=ready_email_sent_at,
            ready_email_export_id=ready_email_export_id,
            ready_email_error=ready_email_error,
            created_at=created_at,
            updated_at=updated_at,
        )

        intent_audience_run.additional_properties = d
        return intent_audience_run

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
