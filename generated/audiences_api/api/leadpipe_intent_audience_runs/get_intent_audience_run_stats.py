from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_run_not_ready_envelope import IntentRunNotReadyEnvelope
from ...models.intent_run_stats_envelope import IntentRunStatsEnvelope
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import Response


def _get_kwargs(
    audience_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/audiences/{audience_id}/runs/{run_id}/stats".format(
            audience_id=quote(str(audience_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    IntentRunNotReadyEnvelope
    | IntentRunStatsEnvelope
    | LeadpipeError
    | LeadpipeErrorMessage
    | None
):
    if response.status_code == 200:
        response_200 = IntentRunStatsEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = IntentRunNotReadyEnvelope.from_dict(response.json())

        return response_202

    if response.status_code == 401:

        def _parse_response_401(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 404:

        def _parse_response_404(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if 200 <= response.status_code <= 299:
        response_2xx = IntentRunStatsEnvelope.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:

        def _parse_response_4xx(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_4xx = _parse_response_4xx(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    IntentRunNotReadyEnvelope
    | IntentRunStatsEnvelope
    | LeadpipeError
    | LeadpipeErrorMessage
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    IntentRunNotReadyEnvelope
    | IntentRunStatsEnvelope
    | LeadpipeError
    | LeadpipeErrorMessage
]:
    """Read a completed run's stats (fill rates, score histogram)

     Fill rates, a score histogram and averages over a completed run's rows, with the
    run itself. `fillRates` is keyed by result field (some keys dotted, e.g.
    `company.name`), each `{count, percent}`, and "includes public result fields
    exposed by the run results endpoint"; `percent` may be whole (`100`) or not
    (`68.21`). `averages` is empty in the only example, so its shape is unknown (an
    open object).

    "Stats are scoped to a completed run." The guide prints the body without a code:
    200 is inferred (with a `2XX` fallback). What a run that is not completed answers
    is not documented: the daily-runs page says "Result endpoints return 202 while a
    run is queued or running", so a 202 carrying the run (as the results endpoint's
    pending body does) is inferred, and so are 409 for a run that cannot serve results
    (failed or cancelled, as the results endpoint answers) and 404.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentRunNotReadyEnvelope | IntentRunStatsEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    IntentRunNotReadyEnvelope
    | IntentRunStatsEnvelope
    | LeadpipeError
    | LeadpipeErrorMessage
    | None
):
    """Read a completed run's stats (fill rates, score histogram)

     Fill rates, a score histogram and averages over a completed run's rows, with the
    run itself. `fillRates` is keyed by result field (some keys dotted, e.g.
    `company.name`), each `{count, percent}`, and "includes public result fields
    exposed by the run results endpoint"; `percent` may be whole (`100`) or not
    (`68.21`). `averages` is empty in the only example, so its shape is unknown (an
    open object).

    "Stats are scoped to a completed run." The guide prints the body without a code:
    200 is inferred (with a `2XX` fallback). What a run that is not completed answers
    is not documented: the daily-runs page says "Result endpoints return 202 while a
    run is queued or running", so a 202 carrying the run (as the results endpoint's
    pending body does) is inferred, and so are 409 for a run that cannot serve results
    (failed or cancelled, as the results endpoint answers) and 404.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentRunNotReadyEnvelope | IntentRunStatsEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        audience_id=audience_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    IntentRunNotReadyEnvelope
    | IntentRunStatsEnvelope
    | LeadpipeError
    | LeadpipeErrorMessage
]:
    """Read a completed run's stats (fill rates, score histogram)

     Fill rates, a score histogram and averages over a completed run's rows, with the
    run itself. `fillRates` is keyed by result field (some keys dotted, e.g.
    `company.name`), each `{count, percent}`, and "includes public result fields
    exposed by the run results endpoint"; `percent` may be whole (`100`) or not
    (`68.21`). `averages` is empty in the only example, so its shape is unknown (an
    open object).

    "Stats are scoped to a completed run." The guide prints the body without a code:
    200 is inferred (with a `2XX` fallback). What a run that is not completed answers
    is not documented: the daily-runs page says "Result endpoints return 202 while a
    run is queued or running", so a 202 carrying the run (as the results endpoint's
    pending body does) is inferred, and so are 409 for a run that cannot serve results
    (failed or cancelled, as the results endpoint answers) and 404.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentRunNotReadyEnvelope | IntentRunStatsEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    IntentRunNotReadyEnvelope
    | IntentRunStatsEnvelope
    | LeadpipeError
    | LeadpipeErrorMessage
    | None
):
    """Read a completed run's stats (fill rates, score histogram)

     Fill rates, a score histogram and averages over a completed run's rows, with the
    run itself. `fillRates` is keyed by result field (some keys dotted, e.g.
    `company.name`), each `{count, percent}`, and "includes public result fields
    exposed by the run results endpoint"; `percent` may be whole (`100`) or not
    (`68.21`). `averages` is empty in the only example, so its shape is unknown (an
    open object).

    "Stats are scoped to a completed run." The guide prints the body without a code:
    200 is inferred (with a `2XX` fallback). What a run that is not completed answers
    is not documented: the daily-runs page says "Result endpoints return 202 while a
    run is queued or running", so a 202 carrying the run (as the results endpoint's
    pending body does) is inferred, and so are 409 for a run that cannot serve results
    (failed or cancelled, as the results endpoint answers) and 404.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentRunNotReadyEnvelope | IntentRunStatsEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            run_id=run_id,
            client=client,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    run_id: str,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
    )
