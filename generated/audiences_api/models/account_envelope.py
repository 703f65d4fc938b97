from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="AccountEnvelope")


@_attrs_define
class AccountEnvelope:
    """Envelope holding the account."""

    status: str
    """ The envelope's HTTP status class. Open: a plain string; the overview documents
    `info` (1xx), `success` (2xx), `redirect` (3xx), `client_error` (4xx) and
    `server_error` (5xx), and the reference pages print the playground placeholder
    `info` on 2xx and 4xx bodies alike, so any word is accepted.
     """
    data: Account
    """ The calling seat, its account and plan, and the credit balance. Timestamps are unix epoch seconds. """
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
        from ..models.account import Account  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        data = Account.from_dict(d.pop("data"))

        account_envelope = cls(
            status=status,
            data=data,
        )

        account_envelope.additional_properties = d
        return account_envelope

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
