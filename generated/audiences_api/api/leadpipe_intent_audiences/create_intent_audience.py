from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_intent_audience_request import CreateIntentAudienceRequest
from ...models.intent_audience_envelope import IntentAudienceEnvelope
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import Response


def _get_kwargs(
    *,
    body: CreateIntentAudienceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/intent/audiences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 201:
        response_201 = IntentAudienceEnvelope.from_dict(response.json())

        return response_201

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

    if response.status_code == 403:

        def _parse_response_403(data: object) -> LeadpipeError | LeadpipeErrorMessage:
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

        response_403 = _parse_response_403(response.json())

        return response_403

    if 200 <= response.status_code <= 299:
        response_2xx = IntentAudienceEnvelope.from_dict(response.json())

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
) -> Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIntentAudienceRequest,
) -> Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Save an intent audience

     Save an audience definition as `draft`, `active` or `paused`. `name` and
    `config.topicIds` are required; what `status` defaults to is not documented.
    Activating an audience can consume an audience slot, and with every slot in use
    the API answers `403 SLOTS_FULL` (documented for activation by PATCH; that saving
    an audience as `active` answers the same is inferred).

    The guide prints the response without a code; Leadpipe's older official spec says
    201, used here (with a `2XX` fallback). The 400 is inferred.

    Args:
        body (CreateIntentAudienceRequest): Body of save an audience (`name` and `config.topicIds`
            are required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateIntentAudienceRequest,
) -> IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Save an intent audience

     Save an audience definition as `draft`, `active` or `paused`. `name` and
    `config.topicIds` are required; what `status` defaults to is not documented.
    Activating an audience can consume an audience slot, and with every slot in use
    the API answers `403 SLOTS_FULL` (documented for activation by PATCH; that saving
    an audience as `active` answers the same is inferred).

    The guide prints the response without a code; Leadpipe's older official spec says
    201, used here (with a `2XX` fallback). The 400 is inferred.

    Args:
        body (CreateIntentAudienceRequest): Body of save an audience (`name` and `config.topicIds`
            are required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIntentAudienceRequest,
) -> Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Save an intent audience

     Save an audience definition as `draft`, `active` or `paused`. `name` and
    `config.topicIds` are required; what `status` defaults to is not documented.
    Activating an audience can consume an audience slot, and with every slot in use
    the API answers `403 SLOTS_FULL` (documented for activation by PATCH; that saving
    an audience as `active` answers the same is inferred).

    The guide prints the response without a code; Leadpipe's older official spec says
    201, used here (with a `2XX` fallback). The 400 is inferred.

    Args:
        body (CreateIntentAudienceRequest): Body of save an audience (`name` and `config.topicIds`
            are required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateIntentAudienceRequest,
) -> IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Save an intent audience

     Save an audience definition as `draft`, `active` or `paused`. `name` and
    `config.topicIds` are required; what `status` defaults to is not documented.
    Activating an audience can consume an audience slot, and with every slot in use
    the API answers `403 SLOTS_FULL` (documented for activation by PATCH; that saving
    an audience as `active` answers the same is inferred).

    The guide prints the response without a code; Leadpipe's older official spec says
    201, used here (with a `2XX` fallback). The 400 is inferred.

    Args:
        body (CreateIntentAudienceRequest): Body of save an audience (`name` and `config.topicIds`
            are required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    *,
    body: CreateIntentAudienceRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        body=body,
    )
