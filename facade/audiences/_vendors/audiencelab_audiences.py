"""AudienceLab audiences (its one documented operation): request and shape."""

from __future__ import annotations

from typing import Any

from audiences import _validation as check
from audiences._config import AUDIENCELAB
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import Audience
from audiences._read import Fields

# Filters the vendor requires as arrays even for one value.
ARRAY_FILTERS = ("city", "state", "personalState", "zip", "gender")
NESTED_ARRAY_FILTERS = {
    "businessProfile": ("industry", "seniority", "companyName", "jobTitle", "excludeJobTitle"),
    "attributes": ("education", "excludeEducation"),
}


def _filters(value: Any) -> Any:
    from audiences_api.models import AudienceFilters

    filters = check.mapping("filters", value)
    for key in ARRAY_FILTERS:
        if key in filters:
            check.strings(f"filters.{key}", filters[key])
    for group, keys in NESTED_ARRAY_FILTERS.items():
        if group in filters:
            nested = check.mapping(f"filters.{group}", filters[group])
            for key in keys:
                if key in nested:
                    check.strings(f"filters.{group}.{key}", nested[key])
    if "age" in filters:
        age = check.mapping("filters.age", filters["age"])
        for key in ("minAge", "maxAge"):
            if key in age:
                check.number(f"filters.age.{key}", age[key], minimum=0)
    try:
        return AudienceFilters.from_dict(filters)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidArgumentError("filters", f"not a valid filter object ({exc})") from None


def create(name: str, filters: Any, segment: Any, days_back: int | None) -> Operation[Audience]:
    """POST /audiences."""
    from audiences_api.api.audiencelab_audiences import create_audience as api
    from audiences_api.models import CreateAudienceRequest
    from audiences_api.types import UNSET

    body = CreateAudienceRequest(
        name=check.text("name", name),
        filters=_filters(filters),
        segment=UNSET if segment is None else check.strings("segment", segment),
        days_back=UNSET if days_back is None else check.integer("days_back", days_back, minimum=1),
    )
    return Operation(
        vendor=AUDIENCELAB,
        request=api.request_kwargs(body=body),
        parse=lambda b: Audience(Fields(b, "body").ident("audienceId")),
    )
