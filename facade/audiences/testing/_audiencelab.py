"""AudienceLab audiences (tag ``audiencelab-audiences``)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from audiences.testing._checks import body, field_int, field_str, lab_invalid
from audiences.testing._routes import route
from audiences.testing._rows import Account
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

_LAB = "audiencelab"
_ARRAYS = ("city", "state", "personalState", "zip", "gender")
_GROUPS = {
    "businessProfile": ("industry", "seniority", "companyName", "jobTitle", "excludeJobTitle"),
    "attributes": ("education", "excludeEducation"),
}


def _strings(where: str, value: Any, *, min_length: int = 0) -> None:
    if not isinstance(value, list) or not all(
        isinstance(item, str) and len(item) >= min_length for item in value
    ):
        raise lab_invalid(f"{where} must be an array of strings")


def _object(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise lab_invalid(f"{where} must be an object")
    return value


def _filters(filters: dict[str, Any]) -> None:
    """The documented filter keys, checked as the spec types them; other keys pass."""
    for key in _ARRAYS:
        if key in filters:
            _strings(f"filters.{key}", filters[key])
    if "age" in filters:
        age = _object("filters.age", filters["age"])
        for key in ("minAge", "maxAge"):
            value = age.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise lab_invalid(f"filters.age.{key} must be an integer")
            if isinstance(value, float) and not value.is_integer():  # 1.5, Infinity, NaN
                raise lab_invalid(f"filters.age.{key} must be an integer")
    for group, keys in _GROUPS.items():
        if group in filters:
            nested = _object(f"filters.{group}", filters[group])
            for key in keys:
                if key in nested:
                    _strings(f"filters.{group}.{key}", nested[key])


@route("POST", "/audiences", vendor=_LAB)
def create_audience(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Create an audience from filters (200, its id only)."""
    data = body(req, _LAB)
    name = field_str(data, "name", _LAB)
    filters = data.get("filters")
    if not isinstance(filters, dict):
        raise lab_invalid("filters is required and must be an object")
    _filters(filters)
    if "segment" in data:
        _strings("segment", data["segment"], min_length=1)
    field_int(data, "days_back", _LAB, lo=1, hi=None, default=None)
    audience_id = str(uuid.uuid4())
    account.audiences.append(audience_id)
    fake.record("create_audience", audience_id, account, name)
    return FakeResponse.json(200, {"audienceId": audience_id})
