"""``client.intent_topics``: Leadpipe's intent topics, what an audience config's
``topicIds`` lists."""

from __future__ import annotations

import builtins
from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.raw import AsyncRawMethod
from audiences._models import IntentTopic
from audiences._spec_table import IntentTopicType
from audiences._vendors import leadpipe_intent_topics as ops


class AsyncIntentTopics(AsyncResource, path="AsyncLeadpipe.intent_topics"):
    """The topics people research (a catalogue of 20K+ that Leadpipe caches for a day)."""

    async def list(
        self,
        *,
        type: IntentTopicType | None = None,
        industry: str | None = None,
        category: str | None = None,
        q: str | None = None,
    ) -> builtins.list[IntentTopic]:
        """The catalogue, narrowed to a ``type`` (``b2b``, ``b2c``, ``both``), an
        ``industry``, a ``category`` or names containing ``q``."""
        return await self._client._request(ops.list_topics(type, industry, category, q))

    async def search(
        self,
        q: str,
        *,
        industry: str | None = None,
        type: IntentTopicType | None = None,
        limit: int | None = None,
    ) -> builtins.list[IntentTopic]:
        """Topics whose names match ``q`` (autocomplete), ``limit`` at most."""
        return await self._client._request(ops.search(q, industry, type, limit))

    @cached_property
    def with_raw_response(self) -> AsyncIntentTopicsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncIntentTopicsWithRawResponse(self)


class AsyncIntentTopicsWithRawResponse:
    """``client.intent_topics.with_raw_response``."""

    def __init__(self, topics: AsyncIntentTopics) -> None:
        self.list = AsyncRawMethod(topics.list)
        self.search = AsyncRawMethod(topics.search)
