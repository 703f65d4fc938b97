"""Leadpipe intent audiences (save, list, read, update, delete), their configs (validate,
preview) and the ICP filter catalogue: requests and shapes.

A config is sent as the documents write it (``{"topicIds": [...], "minScore": 70,
"filters": {...}}``), checked against the spec's ``IntentAudienceConfig``; an
``IntentAudienceConfig`` model (what validation and saved audiences give back) is turned
into that shape first. The filter catalogue comes back as sent: Leadpipe's current
grouped catalogue and its older flat lists are both plain dicts.
"""

from __future__ import annotations

from typing import Any

from audiences import _spec as spec, _validation as check
from audiences._config import LEADPIPE
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import (
    AudiencePreview,
    AudienceValidation,
    BreakdownItem,
    IntentAudience,
    IntentAudienceConfig,
    IntentAudienceTopic,
)
from audiences._pagination import Page, PageOp
from audiences._read import Fields, Reader, ShapeError, enveloped, enveloped_items, kind
from audiences._responses import no_body

CONFIG = "IntentAudienceConfig"  # the request schema of a config


# ------------------------------------------------------------------ shapes


def _integers(d: Fields, key: str) -> tuple[int, ...]:
    found = []
    for index, value in enumerate(d.array(key)):
        number = int(value) if isinstance(value, float) and value.is_integer() else value
        if isinstance(number, bool) or not isinstance(number, int):
            raise ShapeError(f"{d.where}.{key}[{index}]: expected an integer, got {kind(value)}")
        found.append(number)
    return tuple(found)


def _open_object(d: Fields, key: str) -> dict[str, Any] | None:
    found = d.object(key)  # an object, or absent
    return None if found is None else dict(d.json(key))


read_config = Reader(
    IntentAudienceConfig,
    "IntentAudienceStoredConfig",
    read={"topic_ids": _integers, "filters": _open_object},
)
"""A config as the server sends it back (normalized, or stored on an audience)."""


def _config(d: Fields, key: str) -> IntentAudienceConfig | None:
    found = d.object(key)
    return None if found is None else read_config(found)


_topic_ref = Reader(IntentAudienceTopic, "IntentAudienceTopicRef")


def _topics(d: Fields, key: str) -> tuple[IntentAudienceTopic, ...]:
    items = d.array(key)
    return tuple(_topic_ref(Fields(t, f"{d.where}.{key}[{i}]")) for i, t in enumerate(items))


read_audience = Reader(
    IntentAudience,
    "IntentAudience",
    read={"id": Fields.ident, "config": _config, "topics": _topics},
)
"""A saved audience; keywords fill what the answer leaves out (what was sent)."""

read_validation = Reader(
    AudienceValidation, "IntentAudienceValidation", read={"normalized_config": _config}
)

_breakdown_item = Reader(BreakdownItem, "IntentBreakdownItem")


def _breakdowns(d: Fields, key: str) -> dict[str, tuple[BreakdownItem, ...]]:
    found: dict[str, tuple[BreakdownItem, ...]] = {}
    for name in _open_object(d, key) or {}:
        items = Fields(d.json(key), f"{d.where}.{key}").array(name)
        where = f"{d.where}.{key}.{name}"
        found[name] = tuple(
            _breakdown_item(Fields(x, f"{where}[{i}]")) for i, x in enumerate(items)
        )
    return found


def _rows(d: Fields, key: str) -> tuple[dict[str, Any], ...]:
    rows = d.array(key)
    for index, row in enumerate(rows):
        Fields(row, f"{d.where}.{key}[{index}]")  # each row is an object
    return tuple(dict(row) for row in rows)


read_preview = Reader(
    AudiencePreview,
    "IntentAudiencePreview",
    read={"breakdowns": _breakdowns, "sample": _rows},
)


# ------------------------------------------------------------------ requests


def wire_config(value: Any) -> dict[str, Any] | None:
    """A config in the documents' shape, checked against the spec (``None`` stays ``None``).

    An ``IntentAudienceConfig`` becomes ``{"topicIds": [...], ...}`` (unset fields left
    out); a dict is taken as the documents write it.
    """
    if value is None:
        return None
    if isinstance(value, IntentAudienceConfig):
        sent = {
            "topicIds": list(value.topic_ids),
            "minScore": value.min_score,
            "maxScore": value.max_score,
            "minTopicOverlap": value.min_topic_overlap,
            "filters": value.filters,
            "sourceUrl": value.source_url,
        }
        value = {key: item for key, item in sent.items() if item is not None}
    elif not isinstance(value, dict):
        raise InvalidArgumentError(
            "config", f"must be an IntentAudienceConfig or a dict, not {type(value).__name__}"
        )
    checked: dict[str, Any] = check.valid("config", value, spec.schema(CONFIG))
    return checked


def _config_body(config: Any) -> Any:
    from audiences_api.models import IntentAudienceConfig as Body

    sent = wire_config(config)
    if sent is None:
        raise InvalidArgumentError("config", "is required")
    return Body.from_dict(sent)


def _one(read: Reader[Any], **sent: Any) -> Any:
    return lambda body: read(enveloped(body), **sent)


def filters() -> Operation[dict[str, Any]]:
    """GET /v1/intent/audiences/filters: the catalogue, as sent (either documented shape)."""
    from audiences_api.api.leadpipe_intent_audiences import get_intent_audience_filters as api

    def parse(body: Any) -> dict[str, Any]:
        enveloped(body)  # an object in ``data``
        return dict(body["data"])

    return Operation(LEADPIPE, api.request_kwargs(), parse)


def validate(config: Any) -> Operation[AudienceValidation]:
    """POST /v1/intent/audiences/validate (the body is the config itself)."""
    from audiences_api.api.leadpipe_intent_audiences import validate_intent_audience as api

    body = _config_body(config)
    return Operation(LEADPIPE, api.request_kwargs(body=body), _one(read_validation))


def preview(config: Any) -> Operation[AudiencePreview]:
    """POST /v1/intent/audiences/preview (the body is the config itself)."""
    from audiences_api.api.leadpipe_intent_audiences import preview_intent_audience as api

    body = _config_body(config)
    return Operation(LEADPIPE, api.request_kwargs(body=body), _one(read_preview))


def _sent(name: str | None, status: str | None, config: Any) -> dict[str, Any]:
    """What the caller sent, to fill a result whose answer leaves it out."""
    if isinstance(config, dict):
        config = read_config(Fields(config, "config"))
    return {"name": name, "status": status, "config": config}


def create(name: str, config: Any, status: str | None) -> Operation[IntentAudience]:
    """POST /v1/intent/audiences."""
    from audiences_api.api.leadpipe_intent_audiences import create_intent_audience as api
    from audiences_api.models import CreateIntentAudienceRequest as Body

    given = check.given(
        "CreateIntentAudienceRequest", name=name, status=status, config=wire_config(config)
    )
    request = api.request_kwargs(body=Body.from_dict(given))
    return Operation(LEADPIPE, request, _one(read_audience, **_sent(name, status, given["config"])))


def list_page(status: str | None, limit: int | None) -> PageOp[IntentAudience]:
    """GET /v1/intent/audiences (one page: no cursor or offset is documented)."""
    from audiences_api.api.leadpipe_intent_audiences import list_intent_audiences as api
    from audiences_api.models import ListIntentAudiencesStatus
    from audiences_api.types import UNSET

    operation_id = "list_intent_audiences"
    query: dict[str, Any] = {"status": UNSET, "limit": UNSET}
    if status is not None:
        word = check.valid("status", status, spec.param(operation_id, "status"))
        query["status"] = ListIntentAudiencesStatus(word)
    if limit is not None:
        query["limit"] = check.valid("limit", limit, spec.param(operation_id, "limit"))
    op = Operation(
        LEADPIPE,
        api.request_kwargs(**query),
        lambda b: Page(enveloped_items(b, read_audience)),
    )
    return lambda _: op


def get(audience_id: str) -> Operation[IntentAudience]:
    """GET /v1/intent/audiences/{audience_id}."""
    from audiences_api.api.leadpipe_intent_audiences import get_intent_audience as api

    aid = check.path_id("audience_id", audience_id)
    return Operation(LEADPIPE, api.request_kwargs(aid), _one(read_audience))


def update(
    audience_id: str, name: str | None, config: Any, status: str | None
) -> Operation[IntentAudience]:
    """PATCH /v1/intent/audiences/{audience_id}: only what is given is sent."""
    from audiences_api.api.leadpipe_intent_audiences import update_intent_audience as api
    from audiences_api.models import UpdateIntentAudienceRequest as Body

    aid = check.path_id("audience_id", audience_id)
    given = check.given(
        "UpdateIntentAudienceRequest", name=name, status=status, config=wire_config(config)
    )
    if not given:
        raise InvalidArgumentError("update", "give name, config or status: nothing would change")
    request = api.request_kwargs(aid, body=Body.from_dict(given))
    sent = _sent(name, status, given.get("config"))
    return Operation(LEADPIPE, request, _one(read_audience, **sent))


def delete(audience_id: str) -> Operation[None]:
    """DELETE /v1/intent/audiences/{audience_id}."""
    from audiences_api.api.leadpipe_intent_audiences import delete_intent_audience as api

    aid = check.path_id("audience_id", audience_id)
    return Operation(LEADPIPE, api.request_kwargs(aid), no_body)
