from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_run_not_ready_envelope import IntentRunNotReadyEnvelope
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import File, Response


def _get_kwargs(
    audience_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/audiences/{audience_id}/runs/{run_id}/export.csv".format(
            audience_id=quote(str(audience_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage]:
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
) -> Response[File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Download a completed run as one CSV file

     Stream a completed run's rows as one CSV file, "capped at 300,000 rows". The 200
    answer carries two headers: `X-Export-Row-Cap` and `X-ClickHouse-Query-Id` ("query
    id for export tracing"). The guide downloads it with `curl -L`, following
    redirects: that the server may redirect (e.g. to storage) is inferred possible.

    No CSV sample, header line or column list is printed; that the columns are the
    result fields the results endpoint exposes is inferred. The media type is inferred
    as `text/csv`: the API reference's copy is cut before its `content`, and a stored
    export records `contentType` `text/csv`. 200 is printed; a not-completed run's 202
    and a failed or cancelled run's 409 are inferred as for stats, and so is 404.

    No 2XX fallback: 200 is the documented success; the 202 is declared.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage]
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
) -> File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Download a completed run as one CSV file

     Stream a completed run's rows as one CSV file, "capped at 300,000 rows". The 200
    answer carries two headers: `X-Export-Row-Cap` and `X-ClickHouse-Query-Id` ("query
    id for export tracing"). The guide downloads it with `curl -L`, following
    redirects: that the server may redirect (e.g. to storage) is inferred possible.

    No CSV sample, header line or column list is printed; that the columns are the
    result fields the results endpoint exposes is inferred. The media type is inferred
    as `text/csv`: the API reference's copy is cut before its `content`, and a stored
    export records `contentType` `text/csv`. 200 is printed; a not-completed run's 202
    and a failed or cancelled run's 409 are inferred as for stats, and so is 404.

    No 2XX fallback: 200 is the documented success; the 202 is declared.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage
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
) -> Response[File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Download a completed run as one CSV file

     Stream a completed run's rows as one CSV file, "capped at 300,000 rows". The 200
    answer carries two headers: `X-Export-Row-Cap` and `X-ClickHouse-Query-Id` ("query
    id for export tracing"). The guide downloads it with `curl -L`, following
    redirects: that the server may redirect (e.g. to storage) is inferred possible.

    No CSV sample, header line or column list is printed; that the columns are the
    result fields the results endpoint exposes is inferred. The media type is inferred
    as `text/csv`: the API reference's copy is cut before its `content`, and a stored
    export records `contentType` `text/csv`. 200 is printed; a not-completed run's 202
    and a failed or cancelled run's 409 are inferred as for stats, and so is 404.

    No 2XX fallback: 200 is the documented success; the 202 is declared.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage]
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
) -> File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Download a completed run as one CSV file

     Stream a completed run's rows as one CSV file, "capped at 300,000 rows". The 200
    answer carries two headers: `X-Export-Row-Cap` and `X-ClickHouse-Query-Id` ("query
    id for export tracing"). The guide downloads it with `curl -L`, following
    redirects: that the server may redirect (e.g. to storage) is inferred possible.

    No CSV sample, header line or column list is printed; that the columns are the
    result fields the results endpoint exposes is inferred. The media type is inferred
    as `text/csv`: the API reference's copy is cut before its `content`, and a stored
    export records `contentType` `text/csv`. 200 is printed; a not-completed run's 202
    and a failed or cancelled run's 409 are inferred as for stats, and so is 404.

    No 2XX fallback: 200 is the documented success; the 202 is declared.

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | IntentRunNotReadyEnvelope | LeadpipeError | LeadpipeErrorMessage
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
