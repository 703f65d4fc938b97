"""``client.custom_parameters``: Buzzabout custom parameters, previews and runs."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import cached_property

from audiences._async._resource import AsyncResource
from audiences._async.pagination import AsyncPager
from audiences._async.raw import AsyncRawMethod, AsyncRawPager
from audiences._models import CustomParameter, CustomParameterRun, PostRef, PreviewResult
from audiences._vendors import buzzabout_custom_parameters as ops
from audiences.types import ValueType


class AsyncCustomParameterRuns(AsyncResource, path="AsyncBuzzabout.custom_parameters.runs"):
    """Runs of a custom parameter over a dataset."""

    async def create(self, parameter_id: str, *, dataset_id: str) -> CustomParameterRun:
        """Run the custom parameter over a dataset (0.5 credits per post)."""
        op = ops.create_run(parameter_id, dataset_id, self._client._now)
        return await self._client._request(op)

    def list(self, parameter_id: str) -> AsyncPager[CustomParameterRun]:
        """Every run of the custom parameter, fetched as you iterate.

        One page: the API documents no pagination (so no ``cursor``).
        """
        return self._client._pager(ops.list_runs_page(parameter_id))

    async def get(self, parameter_id: str, run_id: str) -> CustomParameterRun:
        """One run, with its counters as ``progress``."""
        return await self._client._request(ops.get_run(parameter_id, run_id))

    @cached_property
    def with_raw_response(self) -> AsyncCustomParameterRunsWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncCustomParameterRunsWithRawResponse(self)


class AsyncCustomParameterRunsWithRawResponse:
    """``client.custom_parameters.runs.with_raw_response``."""

    def __init__(self, runs: AsyncCustomParameterRuns) -> None:
        self.create = AsyncRawMethod(runs.create)
        self.list = AsyncRawPager(runs.list)
        self.get = AsyncRawMethod(runs.get)


class AsyncCustomParameters(AsyncResource, path="AsyncBuzzabout.custom_parameters"):
    """Named LLM extraction rules."""

    @cached_property
    def runs(self) -> AsyncCustomParameterRuns:
        """The custom parameters' runs."""
        return AsyncCustomParameterRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCustomParametersWithRawResponse:
        """The same methods, each returning the HTTP answer (``.parse()`` gives the result)."""
        return AsyncCustomParametersWithRawResponse(self)

    async def create(
        self, *, name: str, instructions: str, value_type: ValueType
    ) -> CustomParameter:
        """Define a custom parameter."""
        return await self._client._request(ops.create(name, instructions, value_type))

    def list(self) -> AsyncPager[CustomParameter]:
        """Every custom parameter, fetched as you iterate.

        One page: the API documents no pagination (so no ``cursor``).
        """
        return self._client._pager(ops.list_page())

    async def preview(
        self,
        *,
        instructions: str,
        value_type: ValueType,
        post_refs: Iterable[PostRef | tuple[str, str]],
    ) -> builtins.list[PreviewResult]:
        """Try instructions on 1-5 posts (``PostRef`` or ``(id, source)``); free."""
        return await self._client._request(ops.preview(instructions, value_type, post_refs))

    async def get(self, parameter_id: str) -> CustomParameter:
        """One custom parameter."""
        return await self._client._request(ops.get(parameter_id))

    async def update(
        self,
        parameter_id: str,
        *,
        name: str | None = None,
        instructions: str | None = None,
        value_type: ValueType | None = None,
    ) -> CustomParameter:
        """Change any of name, instructions, value type."""
        flow = ops.update(self._client._call, parameter_id, name, instructions, value_type)
        return await self._client._run(flow)

    async def delete(self, parameter_id: str) -> None:
        """Delete the custom parameter."""
        await self._client._request(ops.delete(parameter_id))


class AsyncCustomParametersWithRawResponse:
    """``client.custom_parameters.with_raw_response``."""

    def __init__(self, parameters: AsyncCustomParameters) -> None:
        self.runs = parameters.runs.with_raw_response
        self.create = AsyncRawMethod(parameters.create)
        self.list = AsyncRawPager(parameters.list)
        self.preview = AsyncRawMethod(parameters.preview)
        self.get = AsyncRawMethod(parameters.get)
        self.update = AsyncRawMethod(parameters.update)
        self.delete = AsyncRawMethod(parameters.delete)
