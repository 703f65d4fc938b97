"""``client.mentions``: Buzzabout mentions across datasets, filtered and sorted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawPager
from audiences._models import Mention
from audiences._vendors import buzzabout_mentions as ops
from audiences.filters import Filter
from audiences.types import MentionSort, Order, Source


class AsyncMentions(AsyncResource, path="AsyncBuzzabout.mentions"):
    """Posts collected by dataset runs, from every dataset of the account."""

    def list(
        self,
        *,
        dataset_ids: Iterable[str] | None = None,
        sources: Iterable[Source] | None = None,
        sort: MentionSort | None = None,
        order: Order | None = None,
        filters: Sequence[Sequence[Filter]] | None = None,
        limit: int | None = None,
        collection_ids: Iterable[str] | None = None,
        cursor: str | None = None,
        parameter_ids: Iterable[str] | None = None,
    ) -> AsyncPager[Mention]:
        """Every matching mention, across pages, fetched as you iterate; a cursor keeps its sort.

        The mentions of ``dataset_ids`` (of every dataset without), from ``sources``, in
        ``collection_ids``; ``sort`` by a ``MentionSort`` field; ``filters`` of mention types
        (``audiences.filters``), AND-groups joined by OR, 10 at most; ``limit`` is the page
        size (1-100, the API's default 20). With ``parameter_ids`` (custom parameters,
        ``cp_...``), each mention's ``custom_parameters`` holds the values those parameters'
        completed runs extracted (beta: Buzzabout's staging docs only). Checked before
        sending.
        """
        sent = ops.body(
            dataset_ids=dataset_ids,
            sources=sources,
            sort=sort,
            order=order,
            filters=filters,
            limit=limit,
            collection_ids=collection_ids,
            parameter_ids=parameter_ids,
        )
        return self._client._pager(ops.list_page(sent, cursor), cursor)

    @cached_property
    def with_raw_response(self) -> AsyncMentionsWithRawResponse:
        """The same method, returning the HTTP answer of its first page."""
        return AsyncMentionsWithRawResponse(self)


class AsyncMentionsWithRawResponse:
    """``client.mentions.with_raw_response``."""

    def __init__(self, mentions: AsyncMentions) -> None:
        self.list = AsyncRawPager(mentions.list)
