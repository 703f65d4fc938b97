"""``client.account`` and ``client.credit_prices``: Buzzabout credits, what is left and
what each result costs (beta: Buzzabout's staging docs only)."""

from __future__ import annotations

from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._models import Account, CreditPrices, UsageRecord
from audiences._vendors import buzzabout_account as ops


class AsyncAccountResource(AsyncResource, path="AsyncBuzzabout.account"):
    """The calling account: its plan, its credit balance and their history."""

    async def get(self) -> Account:
        """The account, its plan and its credits (``credits_left`` is what a run may spend)."""
        return await self._client._request(ops.get())

    def usage_history(
        self, *, limit: int | None = None, cursor: str | None = None
    ) -> AsyncPager[UsageRecord]:
        """Every credit charge and refund, fetched page by page as you iterate (``limit`` is
        the page size, 1-100; ``cursor`` a saved ``Page.next_cursor``)."""
        return self._client._pager(ops.usage_history(limit, cursor), cursor)

    @cached_property
    def with_raw_response(self) -> AsyncAccountWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncAccountWithRawResponse(self)


class AsyncAccountWithRawResponse:
    """``client.account.with_raw_response``."""

    def __init__(self, account: AsyncAccountResource) -> None:
        self.get = AsyncRawMethod(account.get)
        self.usage_history = AsyncRawPager(account.usage_history)


class AsyncCreditPricesResource(AsyncResource, path="AsyncBuzzabout.credit_prices"):
    """The credit price table (public: the API needs no key for it)."""

    async def get(self) -> CreditPrices:
        """Credits per result in each category (``audience_profile``: per profile collected)."""
        return await self._client._request(ops.credit_prices())

    @cached_property
    def with_raw_response(self) -> AsyncCreditPricesWithRawResponse:
        """The same method, returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncCreditPricesWithRawResponse(self)


class AsyncCreditPricesWithRawResponse:
    """``client.credit_prices.with_raw_response``."""

    def __init__(self, credit_prices: AsyncCreditPricesResource) -> None:
        self.get = AsyncRawMethod(credit_prices.get)
