from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_run import DatasetRun


T = TypeVar("T", bound="DatasetRunEnvelope")


@_attrs_define
class DatasetRunEnvelope:
    """Envelope holding one dataset run."""

    status: str
    """ The envelope's HTTP status class. Open: a plain string; the overview documents
    `info` (1xx), `success` (2xx), `redirect` (3xx), `client_error` (4xx) and
    `server_error` (5xx), and the reference pages print the playground placeholder
    `info` on 2xx and 4xx bodies alike, so any word is accepted.
     """
    data: DatasetRun
    """ One scraping run of a dataset. Its own timestamps are ISO-8601 strings; its steps'
    `completed_at` are epoch seconds.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_run import DatasetRun  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        data = DatasetRun.from_dict(d.pop("data"))

        dataset_run_envelope = cls(
            status=status,
            data=data,
        )

        dataset_run_envelope.additional_properties = d
        return dataset_run_envelope

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
