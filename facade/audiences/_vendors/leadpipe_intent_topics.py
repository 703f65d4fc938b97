"""Leadpipe intent topics (browse, search): requests and shapes.

Only Leadpipe's older official spec documents these answers; its topic record is the one
the current preview page prints in ``matchedTopics``. The list's ``meta`` differs between
the older spec, the older SDK and the current pages, and is not read: both answers give
the same list of topics.
"""

from __future__ import annotations

from typing import Any

from audiences import _spec as spec, _validation as check
from audiences._config import LEADPIPE
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import IntentTopic
from audiences._read import Fields, Reader, ShapeError, enveloped_items


def _topic_id(d: Fields, key: str) -> int:
    found = d.integer(key)
    if found is None:
        raise ShapeError(f"{d.where}.{key}: expected an integer, got null")
    return found


read_topic = Reader(IntentTopic, "IntentTopic", read={"topic_id": _topic_id})


def _query(operation_id: str, **given: Any) -> dict[str, Any]:
    """The query parameters given, each checked against its documented schema; ``type``
    goes to the generated client as ``type_``, as the enum it expects."""
    from audiences_api.types import UNSET

    query: dict[str, Any] = {}
    for name, value in given.items():
        checked = UNSET
        if value is not None:
            checked = check.valid(name, value, spec.param(operation_id, name))
        query[name] = checked
    return query


def _topics(body: Any) -> list[IntentTopic]:
    return list(enveloped_items(body, read_topic))


def list_topics(
    type: str | None, industry: str | None, category: str | None, q: str | None
) -> Operation[list[IntentTopic]]:
    """GET /v1/intent/topics: the catalogue, narrowed (one answer: no paging is documented)."""
    from audiences_api.api.leadpipe_intent_topics import list_intent_topics as api
    from audiences_api.models import ListIntentTopicsType

    query = _query("list_intent_topics", type=type, industry=industry, category=category, q=q)
    if type is not None:
        query["type"] = ListIntentTopicsType(query["type"])
    query["type_"] = query.pop("type")
    return Operation(LEADPIPE, api.request_kwargs(**query), _topics)


def search(
    q: str, industry: str | None, type: str | None, limit: int | None
) -> Operation[list[IntentTopic]]:
    """GET /v1/intent/topics/search: topics whose names match ``q``."""
    from audiences_api.api.leadpipe_intent_topics import search_intent_topics as api
    from audiences_api.models import SearchIntentTopicsType

    if q is None:
        raise InvalidArgumentError("q", "is required: the text to match")
    query = _query("search_intent_topics", q=q, industry=industry, type=type, limit=limit)
    if type is not None:
        query["type"] = SearchIntentTopicsType(query["type"])
    query["type_"] = query.pop("type")
    return Operation(LEADPIPE, api.request_kwargs(**query), _topics)
