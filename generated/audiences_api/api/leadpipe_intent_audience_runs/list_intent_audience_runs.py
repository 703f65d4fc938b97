from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_run_list import IntentAudienceRunList
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    audience_id: str,
    *,
    limit: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/audiences/{audience_id}/runs".format(
            audience_id=quote(str(audience_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudienceRunList.from_dict(response.json())

        return response_200

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

    if 200 <= response.status_code <= 299:
        response_2xx = IntentAudienceRunList.from_dict(response.json())

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
) -> Response[IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
) -> Response[IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage]:
    """List an intent audience's runs

     The audience's runs. `limit` 1-100, default 25; no cursor and no order are
    documented. There is no documented GET for a single run. Code inferred (200).

    Leadpipe's own SDK and its older official spec describe an older answer for this
    path: daily-run items `{cacheKey, dataDate, status, totalCount, createdAt,
    hasExport}` with no `id`, and run statuses `ready`, `materializing`, `failed` and
    `none`. Such items do not validate here (`id` is required): a client that meets
    one is talking to the older API and should say so, not fail on a missing field.

    Args:
        audience_id (str):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
) -> IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage | None:
    """List an intent audience's runs

     The audience's runs. `limit` 1-100, default 25; no cursor and no order are
    documented. There is no documented GET for a single run. Code inferred (200).

    Leadpipe's own SDK and its older official spec describe an older answer for this
    path: daily-run items `{cacheKey, dataDate, status, totalCount, createdAt,
    hasExport}` with no `id`, and run statuses `ready`, `materializing`, `failed` and
    `none`. Such items do not validate here (`id` is required): a client that meets
    one is talking to the older API and should say so, not fail on a missing field.

    Args:
        audience_id (str):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        audience_id=audience_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
) -> Response[IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage]:
    """List an intent audience's runs

     The audience's runs. `limit` 1-100, default 25; no cursor and no order are
    documented. There is no documented GET for a single run. Code inferred (200).

    Leadpipe's own SDK and its older official spec describe an older answer for this
    path: daily-run items `{cacheKey, dataDate, status, totalCount, createdAt,
    hasExport}` with no `id`, and run statuses `ready`, `materializing`, `failed` and
    `none`. Such items do not validate here (`id` is required): a client that meets
    one is talking to the older API and should say so, not fail on a missing field.

    Args:
        audience_id (str):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
) -> IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage | None:
    """List an intent audience's runs

     The audience's runs. `limit` 1-100, default 25; no cursor and no order are
    documented. There is no documented GET for a single run. Code inferred (200).

    Leadpipe's own SDK and its older official spec describe an older answer for this
    path: daily-run items `{cacheKey, dataDate, status, totalCount, createdAt,
    hasExport}` with no `id`, and run statuses `ready`, `materializing`, `failed` and
    `none`. Such items do not validate here (`id` is required): a client that meets
    one is talking to the older API and should say so, not fail on a missing field.

    Args:
        audience_id (str):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunList | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            client=client,
            limit=limit,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    *,
    limit: int | Unset = 25,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        limit=limit,
    )
