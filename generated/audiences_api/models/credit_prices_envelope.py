from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credit_prices import CreditPrices


T = TypeVar("T", bound="CreditPricesEnvelope")


@_attrs_define
class CreditPricesEnvelope:
    """Envelope holding the price table."""

    status: str
    """ The envelope's HTTP status class. Open: a plain string; the overview documents
    `info` (1xx), `success` (2xx), `redirect` (3xx), `client_error` (4xx) and
    `server_error` (5xx), and the reference pages print the playground placeholder
    `info` on 2xx and 4xx bodies alike, so any word is accepted.
     """
    data: CreditPrices
    """ Credits per result in each pricing category, numbers (possibly fractional). Open:
    the page lists four categories; another category would arrive as another number.
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
        from ..models.credit_prices import CreditPrices  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        data = CreditPrices.from_dict(d.pop("data"))

        credit_prices_envelope = cls(
            status=status,
            data=data,
        )

        credit_prices_envelope.additional_properties = d
        return credit_prices_envelope

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
