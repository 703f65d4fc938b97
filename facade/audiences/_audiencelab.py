"""AudienceLab: create an audience (its one documented operation)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from audiences_api.api.audiencelab_audiences import create_audience
from audiences_api.models.audience_filters import AudienceFilters
from audiences_api.models.create_audience_request import CreateAudienceRequest
from audiences_api.models.create_audience_response import CreateAudienceResponse
from audiences_api.types import UNSET

from audiences import _validation as check
from audiences._client import AsyncClient, SyncClient
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import Audience
from audiences._responses import Vendor
from audiences._shapes import ident

AUDIENCELAB = Vendor(
    name="audiencelab",
    key_env="AUDIENCELAB_API_KEY",
    base_url_env="AUDIENCELAB_BASE_URL",
    default_base_url="https://api.audiencelab.io",
    key_header="X-Api-Key",
)

# Filters the vendor requires as arrays even for one value.
_ARRAY_FILTERS = ("city", "state", "personalState", "zip", "gender")
_NESTED_ARRAY_FILTERS = {
    "businessProfile": ("industry", "seniority", "companyName", "jobTitle", "excludeJobTitle"),
    "attributes": ("education", "excludeEducation"),
}


def _filters(value: Any) -> AudienceFilters:
    filters = check.mapping("filters", value)
    for key in _ARRAY_FILTERS:
        if key in filters:
            check.strings(f"filters.{key}", filters[key])
    for group, keys in _NESTED_ARRAY_FILTERS.items():
        if group in filters:
            nested = check.mapping(f"filters.{group}", filters[group])
            for key in keys:
                if key in nested:
                    check.strings(f"filters.{group}.{key}", nested[key])
    if "age" in filters:
        age = check.mapping("filters.age", filters["age"])
        for key in ("minAge", "maxAge"):
            if key in age:
                check.integer(f"filters.age.{key}", age[key], minimum=0)
    try:
        return AudienceFilters.from_dict(filters)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidArgumentError("filters", f"not a valid filter object ({exc})") from None


def op_create_audience(
    name: str, filters: Any, segment: Any, days_back: int | None
) -> Operation[Audience]:
    """POST /audiences."""
    body = CreateAudienceRequest(
        name=check.text("name", name),
        filters=_filters(filters),
        segment=UNSET if segment is None else check.strings("segment", segment),
        days_back=UNSET if days_back is None else check.integer("days_back", days_back, minimum=1),
    )
    return Operation(
        vendor=AUDIENCELAB,
        request=create_audience._get_kwargs(body=body),
        parse=lambda b: Audience(ident(CreateAudienceResponse.from_dict(b).audience_id)),
    )


class Audiences:
    """``client.audiences``: AudienceLab audiences."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        filters: dict[str, Any],
        segment: list[str] | None = None,
        days_back: int | None = None,
    ) -> Audience:
        """Create an audience from filters (array filters must be lists, even of one)."""
        return self._client._request(op_create_audience(name, filters, segment, days_back))


class AsyncAudiences:
    """``client.audiences``: AudienceLab audiences."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        filters: dict[str, Any],
        segment: list[str] | None = None,
        days_back: int | None = None,
    ) -> Audience:
        """Create an audience from filters (array filters must be lists, even of one)."""
        return await self._client._request(op_create_audience(name, filters, segment, days_back))


class AudienceLab(SyncClient):
    """AudienceLab's API. Key from ``api_key`` or ``AUDIENCELAB_API_KEY``."""

    _vendor = AUDIENCELAB

    @cached_property
    def audiences(self) -> Audiences:
        """Audiences."""
        return Audiences(self)


class AsyncAudienceLab(AsyncClient):
    """AudienceLab's API, async. Key from ``api_key`` or ``AUDIENCELAB_API_KEY``."""

    _vendor = AUDIENCELAB

    @cached_property
    def audiences(self) -> AsyncAudiences:
        """Audiences."""
        return AsyncAudiences(self)
