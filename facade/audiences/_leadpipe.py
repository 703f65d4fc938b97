"""Leadpipe: intent-audience runs (queue, list, cancel)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import cached_property
from typing import Any

from audiences_api.api.leadpipe_intent_audience_runs import (
    cancel_intent_audience_run,
    create_intent_audience_run,
    list_intent_audience_runs,
)
from audiences_api.models.create_intent_audience_run_request import CreateIntentAudienceRunRequest
from audiences_api.models.create_intent_audience_run_request_run_type import (
    CreateIntentAudienceRunRequestRunType,
)
from audiences_api.models.intent_audience_run import IntentAudienceRun as _IntentAudienceRun
from audiences_api.models.intent_audience_run_envelope import IntentAudienceRunEnvelope
from audiences_api.models.intent_audience_run_list import IntentAudienceRunList
from audiences_api.types import UNSET

from audiences import _validation as check
from audiences._client import AsyncClient, SyncClient, register_observer
from audiences._core import Operation
from audiences._errors import InvalidArgumentError, NotFoundError
from audiences._models import IntentAudienceRun, RunStatus
from audiences._pagination import AsyncPager, Page, SyncPager
from audiences._responses import Vendor, no_body
from audiences._shapes import ident, opt, word
from audiences._status import normalize_word
from audiences._time import to_date, to_utc

LEADPIPE = Vendor(
    name="leadpipe",
    key_env="LEADPIPE_API_KEY",
    base_url_env="LEADPIPE_BASE_URL",
    default_base_url="https://api.aws53.cloud",
    key_header="x-api-key",
)
MAX_IDEMPOTENCY_KEY = 120
LIST_MAX = 100


def intent_audience_run(d: _IntentAudienceRun) -> IntentAudienceRun:
    """Generated Leadpipe run (camelCase on the wire) -> ``IntentAudienceRun``."""
    raw = word(d.status)
    status = normalize_word(raw)
    finished = opt(d.completed_at) or (
        opt(d.cancelled_at) if status is RunStatus.CANCELLED else None
    )
    return IntentAudienceRun(
        id=ident(d.id),
        status=status,
        raw_status=raw,
        created_at=to_utc(opt(d.created_at)),
        updated_at=to_utc(opt(d.updated_at)),
        started_at=to_utc(opt(d.started_at)),
        completed_at=to_utc(finished),
        error_message=opt(d.error_message),
        audience_id=opt(d.audience_id),
        organization_id=opt(d.organization_id),
        run_type=word(d.run_type),
        config_hash=opt(d.config_hash),
        data_date=to_date(opt(d.data_date)),
        candidate_count=opt(d.candidate_count),
        result_count=opt(d.result_count),
        attempts=opt(d.attempts),
        error_code=opt(d.error_code),
    )


def _idempotency_key(value: str | None) -> str:
    if value is None:
        return f"audiences-{uuid.uuid4()}"
    key = check.text("idempotency_key", value, max_length=MAX_IDEMPOTENCY_KEY)
    if not key.isascii() or not key.isprintable():
        raise InvalidArgumentError(
            "idempotency_key", "must be printable ASCII (it is sent as a header)"
        )
    return key


def op_create_run(audience_id: str, idempotency_key: str | None) -> Operation[IntentAudienceRun]:
    """POST /v1/intent/audiences/{id}/runs, always with an ``Idempotency-Key``.

    The key is chosen once per logical call (here), so every retry of the call reuses it.
    """
    aid = check.path_id("audience_id", audience_id)
    body = CreateIntentAudienceRunRequest(run_type=CreateIntentAudienceRunRequestRunType.MANUAL)
    kwargs = create_intent_audience_run._get_kwargs(
        aid, body=body, idempotency_key=_idempotency_key(idempotency_key)
    )
    return Operation(
        vendor=LEADPIPE,
        request=kwargs,
        parse=lambda b: intent_audience_run(IntentAudienceRunEnvelope.from_dict(b).data),
    )


def _run_list(audience_id: str, limit: int | None) -> dict[str, Any]:
    aid = check.path_id("audience_id", audience_id)
    size = UNSET if limit is None else check.integer("limit", limit, minimum=1, maximum=LIST_MAX)
    return list_intent_audience_runs._get_kwargs(aid, limit=size)


def op_list_runs(
    audience_id: str, limit: int | None
) -> Callable[[str | None], Operation[Page[IntentAudienceRun]]]:
    """GET /v1/intent/audiences/{id}/runs (one page: no cursor is documented)."""
    kwargs = _run_list(audience_id, limit)

    def page(_: str | None) -> Operation[Page[IntentAudienceRun]]:
        return Operation(
            vendor=LEADPIPE,
            request=kwargs,
            parse=lambda b: Page(
                tuple(intent_audience_run(d) for d in IntentAudienceRunList.from_dict(b).data)
            ),
        )

    return page


def op_find_run(audience_id: str, run_id: str) -> Operation[IntentAudienceRun]:
    """Observe one run: Leadpipe documents no single-run GET, so find it in the list."""
    kwargs = _run_list(audience_id, LIST_MAX)

    def parse(body: Any) -> IntentAudienceRun:
        for d in IntentAudienceRunList.from_dict(body).data:
            if d.id == run_id:
                return intent_audience_run(d)
        raise NotFoundError(
            f"run {run_id} is not among the newest {LIST_MAX} runs of audience {audience_id}",
            provider=LEADPIPE.name,
            status_code=404,
            code="run_not_listed",
        )

    return Operation(vendor=LEADPIPE, request=kwargs, parse=parse)


def op_cancel_run(audience_id: str, run_id: str) -> Operation[None]:
    """DELETE /v1/intent/audiences/{id}/runs/{run_id} (queued runs only)."""
    aid = check.path_id("audience_id", audience_id)
    rid = check.path_id("run_id", run_id)
    return Operation(
        vendor=LEADPIPE,
        request=cancel_intent_audience_run._get_kwargs(aid, rid),
        parse=no_body,
    )


def _observe(run: IntentAudienceRun) -> Operation[IntentAudienceRun]:
    if not run.audience_id:
        raise InvalidArgumentError("run.audience_id", "is unknown, so the run cannot be observed")
    return op_find_run(run.audience_id, run.id)


register_observer(IntentAudienceRun, LEADPIPE, _observe)


class IntentAudienceRuns:
    """``client.intent_audiences.runs``: runs of an intent audience."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(self, audience_id: str, *, idempotency_key: str | None = None) -> IntentAudienceRun:
        """Queue a manual run; retries reuse one ``Idempotency-Key`` (yours, if given)."""
        return self._client._request(op_create_run(audience_id, idempotency_key))

    def list(self, audience_id: str, *, limit: int | None = None) -> SyncPager[IntentAudienceRun]:
        """The newest runs (up to ``limit``, 1-100; the API's default is 25)."""
        return self._client._pager(op_list_runs(audience_id, limit))

    def cancel(self, audience_id: str, run_id: str) -> None:
        """Cancel a queued run (``ConflictError`` for a run that is not queued)."""
        self._client._request(op_cancel_run(audience_id, run_id))


class IntentAudiences:
    """``client.intent_audiences``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> IntentAudienceRuns:
        """Intent-audience runs."""
        return IntentAudienceRuns(self._client)


class AsyncIntentAudienceRuns:
    """``client.intent_audiences.runs``: runs of an intent audience."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self, audience_id: str, *, idempotency_key: str | None = None
    ) -> IntentAudienceRun:
        """Queue a manual run; retries reuse one ``Idempotency-Key`` (yours, if given)."""
        return await self._client._request(op_create_run(audience_id, idempotency_key))

    def list(self, audience_id: str, *, limit: int | None = None) -> AsyncPager[IntentAudienceRun]:
        """The newest runs (``async for``; up to ``limit``, 1-100)."""
        return self._client._pager(op_list_runs(audience_id, limit))

    async def cancel(self, audience_id: str, run_id: str) -> None:
        """Cancel a queued run (``ConflictError`` for a run that is not queued)."""
        await self._client._request(op_cancel_run(audience_id, run_id))


class AsyncIntentAudiences:
    """``client.intent_audiences``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> AsyncIntentAudienceRuns:
        """Intent-audience runs."""
        return AsyncIntentAudienceRuns(self._client)


class Leadpipe(SyncClient):
    """Leadpipe's API. Key from ``api_key`` or ``LEADPIPE_API_KEY``."""

    _vendor = LEADPIPE

    @cached_property
    def intent_audiences(self) -> IntentAudiences:
        """Intent audiences and their runs."""
        return IntentAudiences(self)


class AsyncLeadpipe(AsyncClient):
    """Leadpipe's API, async. Key from ``api_key`` or ``LEADPIPE_API_KEY``."""

    _vendor = LEADPIPE

    @cached_property
    def intent_audiences(self) -> AsyncIntentAudiences:
        """Intent audiences and their runs."""
        return AsyncIntentAudiences(self)
