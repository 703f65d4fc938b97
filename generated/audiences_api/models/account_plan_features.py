from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountPlanFeatures")


@_attrs_define
class AccountPlanFeatures:
    """The plan's feature gates, each a boolean (the page prints these nine; others may appear)."""

    api_access: bool | Unset = UNSET
    """ API access. """
    audience_research: bool | Unset = UNSET
    """ Audience research (audience datasets). """
    csv_export: bool | Unset = UNSET
    """ CSV export. """
    custom_date_filter: bool | Unset = UNSET
    """ Custom date filters. """
    daily_digest: bool | Unset = UNSET
    """ The daily digest. """
    digest_webhook: bool | Unset = UNSET
    """ The digest webhook. """
    mcp: bool | Unset = UNSET
    """ The MCP server. """
    multisource_research: bool | Unset = UNSET
    """ Research across several sources. """
    webhooks: bool | Unset = UNSET
    """ Webhooks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_access = self.api_access

        audience_research = self.audience_research

        csv_export = self.csv_export

        custom_date_filter = self.custom_date_filter

        daily_digest = self.daily_digest

        digest_webhook = self.digest_webhook

        mcp = self.mcp

        multisource_research = self.multisource_research

        webhooks = self.webhooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_access is not UNSET:
            field_dict["api_access"] = api_access
        if audience_research is not UNSET:
            field_dict["audience_research"] = audience_research
        if csv_export is not UNSET:
            field_dict["csv_export"] = csv_export
        if custom_date_filter is not UNSET:
            field_dict["custom_date_filter"] = custom_date_filter
        if daily_digest is not UNSET:
            field_dict["daily_digest"] = daily_digest
        if digest_webhook is not UNSET:
            field_dict["digest_webhook"] = digest_webhook
        if mcp is not UNSET:
            field_dict["mcp"] = mcp
        if multisource_research is not UNSET:
            field_dict["multisource_research"] = multisource_research
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_access = d.pop("api_access", UNSET)

        audience_research = d.pop("audience_research", UNSET)

        csv_export = d.pop("csv_export", UNSET)

        custom_date_filter = d.pop("custom_date_filter", UNSET)

        daily_digest = d.pop("daily_digest", UNSET)

        digest_webhook = d.pop("digest_webhook", UNSET)

        mcp = d.pop("mcp", UNSET)

        multisource_research = d.pop("multisource_research", UNSET)

        webhooks = d.pop("webhooks", UNSET)

        account_plan_features = cls(
            api_access=api_access,
            audience_research=audience_research,
            csv_export=csv_export,
            custom_date_filter=custom_date_filter,
            daily_digest=daily_digest,
            digest_webhook=digest_webhook,
            mcp=mcp,
            multisource_research=multisource_research,
            webhooks=webhooks,
        )

        account_plan_features.additional_properties = d
        return account_plan_features

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
