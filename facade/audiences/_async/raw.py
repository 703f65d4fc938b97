"""``with_raw_response``: any method, returning the HTTP answer behind its result.

``AsyncRawMethod(resource.create)`` has the method's own signature (so a type checker
and a ``TypeError`` speak of the same arguments) and returns ``RawResponse[result]``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar

from audiences._async.pagination import AsyncPager
from audiences._raw import RawResponse, capture, stop_capture

P = ParamSpec("P")
T = TypeVar("T")


class AsyncRawMethod(Generic[P, T]):
    """A resource method that returns ``RawResponse`` (``.parse()`` gives the usual result)."""

    def __init__(self, method: Callable[P, Awaitable[T]]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        responses, token = capture()
        try:
            result = await self._method(*args, **kwargs)
        finally:
            stop_capture(token)
        return RawResponse(responses[-1], result)


class AsyncRawPager(Generic[P, T]):
    """A ``list()`` that fetches its first page now and returns that page's ``RawResponse``.

    ``.parse()`` gives the pager, which goes on from the page already read.
    """

    def __init__(self, method: Callable[P, AsyncPager[T]]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[AsyncPager[T]]:
        pager = self._method(*args, **kwargs)
        responses, token = capture()
        try:
            started = await pager.first_page()
        finally:
            stop_capture(token)
        return RawResponse(responses[-1], started)
