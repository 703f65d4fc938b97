from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_scope import RunScope
    from ..models.run_status_object import RunStatusObject


T = TypeVar("T", bound="CustomParameterRun")


@_attrs_define
class CustomParameterRun:
    """A run of a custom parameter with its counters; complete when
    `mentions_done + mentions_error == mentions_total`. Timestamps are epoch seconds.

    """

    id: str
    """ Id, `cpr_...`. """
    status: RunStatusObject | str
    """ A run status, sent as an object `{type, steps}` or as a plain word. """
    custom_parameter_id: str | Unset = UNSET
    """ The custom parameter. """
    scope: RunScope | Unset = UNSET
    """ What a custom-parameter run covers (a tagged union on `kind`). """
    mentions_total: int | Unset = UNSET
    """ Posts the run will visit. """
    mentions_done: int | Unset = UNSET
    """ Posts processed successfully. """
    mentions_error: int | Unset = UNSET
    """ Posts that finally failed. """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    updated_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_status_object import RunStatusObject  # noqa: PLC0415

        id = self.id

        status: dict[str, Any] | str
        if isinstance(self.status, RunStatusObject):
            status = self.status.to_dict()
        else:
            status = self.status

        custom_parameter_id = self.custom_parameter_id

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        mentions_total = self.mentions_total

        mentions_done = self.mentions_done

        mentions_error = self.mentions_error

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if custom_parameter_id is not UNSET:
            field_dict["custom_parameter_id"] = custom_parameter_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if mentions_total is not UNSET:
            field_dict["mentions_total"] = mentions_total
        if mentions_done is not UNSET:
            field_dict["mentions_done"] = mentions_done
        if mentions_error is not UNSET:
            field_dict["mentions_error"] = mentions_error
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_scope import RunScope  # noqa: PLC0415
        from ..models.run_status_object import RunStatusObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        custom_parameter_id = d.pop("custom_parameter_id", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: RunScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = RunScope.from_dict(_scope)

        mentions_total = d.pop("mentions_total", UNSET)

        mentions_done = d.pop("mentions_done", UNSET)

        mentions_error = d.pop("mentions_error", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        custom_parameter_run = cls(
            id=id,
            status=status,
            custom_parameter_id=custom_parameter_id,
            scope=scope,
            mentions_total=mentions_total,
            mentions_done=mentions_done,
            mentions_error=mentions_error,
            created_at=created_at,
            updated_at=updated_at,
        )

        custom_parameter_run.additional_properties = d
        return custom_parameter_run

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
