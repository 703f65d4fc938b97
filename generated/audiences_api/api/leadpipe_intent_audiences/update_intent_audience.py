from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_envelope import IntentAudienceEnvelope
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...models.update_intent_audience_request import UpdateIntentAudienceRequest
from ...types import Response


def _get_kwargs(
    audience_id: str,
    *,
    body: UpdateIntentAudienceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/intent/audiences/{audience_id}".format(
            audience_id=quote(str(audience_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudienceEnvelope.from_dict(response.json())

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
    audience_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateIntentAudienceRequest,
) -> Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Update, activate or pause an intent audience

     Change the name, the config or the status: `{"status": "active"}` activates,
    `{"status": "paused"}` pauses. Activating can consume an audience slot; with every
    slot in use the API answers `403 SLOTS_FULL`. That 403's body is not printed: the
    Leadpipe error shape with `code` `SLOTS_FULL` is inferred (Leadpipe's SDK reads an
    error's `error.code`).

    The body is required (API reference). Its newer schema is not in any stored copy,
    so the fields are the guide's and the older spec's; a `config` sent carries its
    `topicIds` (older spec). The API reference answers 200 with the audience (no
    example is printed); 400 and 404 are inferred.

    Args:
        audience_id (str):
        body (UpdateIntentAudienceRequest): Body of update an audience; send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateIntentAudienceRequest,
) -> IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Update, activate or pause an intent audience

     Change the name, the config or the status: `{"status": "active"}` activates,
    `{"status": "paused"}` pauses. Activating can consume an audience slot; with every
    slot in use the API answers `403 SLOTS_FULL`. That 403's body is not printed: the
    Leadpipe error shape with `code` `SLOTS_FULL` is inferred (Leadpipe's SDK reads an
    error's `error.code`).

    The body is required (API reference). Its newer schema is not in any stored copy,
    so the fields are the guide's and the older spec's; a `config` sent carries its
    `topicIds` (older spec). The API reference answers 200 with the audience (no
    example is printed); 400 and 404 are inferred.

    Args:
        audience_id (str):
        body (UpdateIntentAudienceRequest): Body of update an audience; send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        audience_id=audience_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateIntentAudienceRequest,
) -> Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Update, activate or pause an intent audience

     Change the name, the config or the status: `{"status": "active"}` activates,
    `{"status": "paused"}` pauses. Activating can consume an audience slot; with every
    slot in use the API answers `403 SLOTS_FULL`. That 403's body is not printed: the
    Leadpipe error shape with `code` `SLOTS_FULL` is inferred (Leadpipe's SDK reads an
    error's `error.code`).

    The body is required (API reference). Its newer schema is not in any stored copy,
    so the fields are the guide's and the older spec's; a `config` sent carries its
    `topicIds` (older spec). The API reference answers 200 with the audience (no
    example is printed); 400 and 404 are inferred.

    Args:
        audience_id (str):
        body (UpdateIntentAudienceRequest): Body of update an audience; send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateIntentAudienceRequest,
) -> IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Update, activate or pause an intent audience

     Change the name, the config or the status: `{"status": "active"}` activates,
    `{"status": "paused"}` pauses. Activating can consume an audience slot; with every
    slot in use the API answers `403 SLOTS_FULL`. That 403's body is not printed: the
    Leadpipe error shape with `code` `SLOTS_FULL` is inferred (Leadpipe's SDK reads an
    error's `error.code`).

    The body is required (API reference). Its newer schema is not in any stored copy,
    so the fields are the guide's and the older spec's; a `config` sent carries its
    `topicIds` (older spec). The API reference answers 200 with the audience (no
    example is printed); 400 and 404 are inferred.

    Args:
        audience_id (str):
        body (UpdateIntentAudienceRequest): Body of update an audience; send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    *,
    body: UpdateIntentAudienceRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        body=body,
    )
