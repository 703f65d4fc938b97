from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_run_results_envelope import (
    IntentAudienceRunResultsEnvelope,
)
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    audience_id: str,
    run_id: str,
    *,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/audiences/{audience_id}/runs/{run_id}/results".format(
            audience_id=quote(str(audience_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudienceRunResultsEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = IntentAudienceRunResultsEnvelope.from_dict(response.json())

        return response_202

    if response.status_code == 400:

        def _parse_response_400(data: object) -> LeadpipeError | LeadpipeErrorMessage:
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

        response_400 = _parse_response_400(response.json())

        return response_400

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
) -> Response[IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage]:
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
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Response[IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    The get-people page prints the 202 body and the 200 body up to its first row (its
    stored copy is cut inside `company.industryGroup`): rows are people, `hashedEmail`,
    names, emails, `phone`, `linkedinUrl`, `headline`, `jobTitle`, `seniority`,
    `department` and a `company` object, open. Whether the 200 body carries `total`,
    `limit` and `offset` like the 202 is not visible (so only `results` is required).
    `limit` is 1-100, default 50, as Leadpipe's older official spec gives it for its
    audience-scoped results endpoint (the pages send 50 and 100). Inferred: the words
    of `state`, `offset` at least 0, 404 for an unknown audience or run, and the bodies
    of 400, 404 and 409.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
        limit=limit,
        offset=offset,
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
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    The get-people page prints the 202 body and the 200 body up to its first row (its
    stored copy is cut inside `company.industryGroup`): rows are people, `hashedEmail`,
    names, emails, `phone`, `linkedinUrl`, `headline`, `jobTitle`, `seniority`,
    `department` and a `company` object, open. Whether the 200 body carries `total`,
    `limit` and `offset` like the 202 is not visible (so only `results` is required).
    `limit` is 1-100, default 50, as Leadpipe's older official spec gives it for its
    audience-scoped results endpoint (the pages send 50 and 100). Inferred: the words
    of `state`, `offset` at least 0, 404 for an unknown audience or run, and the bodies
    of 400, 404 and 409.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        audience_id=audience_id,
        run_id=run_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Response[IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    The get-people page prints the 202 body and the 200 body up to its first row (its
    stored copy is cut inside `company.industryGroup`): rows are people, `hashedEmail`,
    names, emails, `phone`, `linkedinUrl`, `headline`, `jobTitle`, `seniority`,
    `department` and a `company` object, open. Whether the 200 body carries `total`,
    `limit` and `offset` like the 202 is not visible (so only `results` is required).
    `limit` is 1-100, default 50, as Leadpipe's older official spec gives it for its
    audience-scoped results endpoint (the pages send 50 and 100). Inferred: the words
    of `state`, `offset` at least 0, 404 for an unknown audience or run, and the bodies
    of 400, 404 and 409.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    The get-people page prints the 202 body and the 200 body up to its first row (its
    stored copy is cut inside `company.industryGroup`): rows are people, `hashedEmail`,
    names, emails, `phone`, `linkedinUrl`, `headline`, `jobTitle`, `seniority`,
    `department` and a `company` object, open. Whether the 200 body carries `total`,
    `limit` and `offset` like the 202 is not visible (so only `results` is required).
    `limit` is 1-100, default 50, as Leadpipe's older official spec gives it for its
    audience-scoped results endpoint (the pages send 50 and 100). Inferred: the words
    of `state`, `offset` at least 0, 404 for an unknown audience or run, and the bodies
    of 400, 404 and 409.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunResultsEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            run_id=run_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    run_id: str,
    *,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
        limit=limit,
        offset=offset,
    )
