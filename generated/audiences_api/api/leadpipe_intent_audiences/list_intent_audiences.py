from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_list import IntentAudienceList
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...models.list_intent_audiences_status import ListIntentAudiencesStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListIntentAudiencesStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/audiences",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceList | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudienceList.from_dict(response.json())

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
) -> Response[IntentAudienceList | LeadpipeError | LeadpipeErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListIntentAudiencesStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[IntentAudienceList | LeadpipeError | LeadpipeErrorMessage]:
    """List saved intent audiences

     The organization's saved audiences, optionally only those of one `status`, at most
    `limit` of them. No paging beyond `limit` is documented (no cursor, no offset), nor
    a range or default for `limit` (at least 1 is inferred). The guide's items carry
    `id`, `name`, `status`, `accessType`, `dailyRefreshEnabled`, `audienceSize`,
    `lastRefreshedAt` and `createdAt`; the older official spec's items also carry
    `config`, `topics` and `updatedAt`: both are accepted. The guide prints no code:
    200 is the older spec's; the errors are inferred.

    Args:
        status (ListIntentAudiencesStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceList | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: ListIntentAudiencesStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> IntentAudienceList | LeadpipeError | LeadpipeErrorMessage | None:
    """List saved intent audiences

     The organization's saved audiences, optionally only those of one `status`, at most
    `limit` of them. No paging beyond `limit` is documented (no cursor, no offset), nor
    a range or default for `limit` (at least 1 is inferred). The guide's items carry
    `id`, `name`, `status`, `accessType`, `dailyRefreshEnabled`, `audienceSize`,
    `lastRefreshedAt` and `createdAt`; the older official spec's items also carry
    `config`, `topics` and `updatedAt`: both are accepted. The guide prints no code:
    200 is the older spec's; the errors are inferred.

    Args:
        status (ListIntentAudiencesStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceList | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListIntentAudiencesStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[IntentAudienceList | LeadpipeError | LeadpipeErrorMessage]:
    """List saved intent audiences

     The organization's saved audiences, optionally only those of one `status`, at most
    `limit` of them. No paging beyond `limit` is documented (no cursor, no offset), nor
    a range or default for `limit` (at least 1 is inferred). The guide's items carry
    `id`, `name`, `status`, `accessType`, `dailyRefreshEnabled`, `audienceSize`,
    `lastRefreshedAt` and `createdAt`; the older official spec's items also carry
    `config`, `topics` and `updatedAt`: both are accepted. The guide prints no code:
    200 is the older spec's; the errors are inferred.

    Args:
        status (ListIntentAudiencesStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceList | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListIntentAudiencesStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> IntentAudienceList | LeadpipeError | LeadpipeErrorMessage | None:
    """List saved intent audiences

     The organization's saved audiences, optionally only those of one `status`, at most
    `limit` of them. No paging beyond `limit` is documented (no cursor, no offset), nor
    a range or default for `limit` (at least 1 is inferred). The guide's items carry
    `id`, `name`, `status`, `accessType`, `dailyRefreshEnabled`, `audienceSize`,
    `lastRefreshedAt` and `createdAt`; the older official spec's items also carry
    `config`, `topics` and `updatedAt`: both are accepted. The guide prints no code:
    200 is the older spec's; the errors are inferred.

    Args:
        status (ListIntentAudiencesStatus | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceList | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
        )
    ).parsed


def request_kwargs(
    *,
    status: ListIntentAudiencesStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        status=status,
        limit=limit,
    )
