"""AudienceLab audiences (its one documented operation): request and shape."""

from __future__ import annotations

from typing import Any

from audiences import _spec as spec, _validation as check
from audiences._config import AUDIENCELAB
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import Audience
from audiences._read import Fields, Reader

REQUEST = "CreateAudienceRequest"
read_audience = Reader(Audience, "CreateAudienceResponse", renamed={"audienceId": "id"})


def _filters(value: Any) -> Any:
    from audiences_api.models import AudienceFilters

    # Every documented filter in its documented shape (arrays stay arrays even for one
    # value, as the vendor requires); other keys are sent as given.
    filters = check.valid("filters", value, spec.prop(REQUEST, "filters"))
    try:
        return AudienceFilters.from_dict(filters)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidArgumentError("filters", f"not a valid filter object ({exc})") from None


def create(name: str, filters: Any, segment: Any, days_back: int | None) -> Operation[Audience]:
    """POST /audiences."""
    from audiences_api.api.audiencelab_audiences import create_audience as api
    from audiences_api.models import CreateAudienceRequest

    given = check.given(REQUEST, name=name, segment=segment, days_back=days_back)
    body = CreateAudienceRequest(**given, filters=_filters(filters))
    return Operation(
        vendor=AUDIENCELAB,
        request=api.request_kwargs(body=body),
        parse=lambda b: read_audience(Fields(b, "body")),
    )
