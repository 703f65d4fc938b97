from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_intent_audience_run_request import CreateIntentAudienceRunRequest
from ...models.intent_audience_run_envelope import IntentAudienceRunEnvelope
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    audience_id: str,
    *,
    body: CreateIntentAudienceRunRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/intent/audiences/{audience_id}/runs".format(
            audience_id=quote(str(audience_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudienceRunEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = IntentAudienceRunEnvelope.from_dict(response.json())

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
        response_2xx = IntentAudienceRunEnvelope.from_dict(response.json())

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
) -> Response[IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage]:
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
    body: CreateIntentAudienceRunRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Queue a manual intent-audience run

     Queue a manual run (public run creation supports `manual` only; daily runs are
    queued by the vendor's scheduler). Send `Idempotency-Key` when retrying: reusing a
    key returns the same run. The document prints the body but no status: 201 for a
    new run and 200 for a replayed idempotency key are inferred. Timestamps are
    ISO-8601 with milliseconds; `dataDate` is a date. The document's example has no
    `meta`, though every Leadpipe response is said to carry one, so `meta` is optional.

    Args:
        audience_id (str):
        idempotency_key (str | Unset):
        body (CreateIntentAudienceRunRequest): Body of queue a run; public run creation supports
            `manual` only (the document
            prints this body; that `runType` is required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateIntentAudienceRunRequest,
    idempotency_key: str | Unset = UNSET,
) -> IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Queue a manual intent-audience run

     Queue a manual run (public run creation supports `manual` only; daily runs are
    queued by the vendor's scheduler). Send `Idempotency-Key` when retrying: reusing a
    key returns the same run. The document prints the body but no status: 201 for a
    new run and 200 for a replayed idempotency key are inferred. Timestamps are
    ISO-8601 with milliseconds; `dataDate` is a date. The document's example has no
    `meta`, though every Leadpipe response is said to carry one, so `meta` is optional.

    Args:
        audience_id (str):
        idempotency_key (str | Unset):
        body (CreateIntentAudienceRunRequest): Body of queue a run; public run creation supports
            `manual` only (the document
            prints this body; that `runType` is required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        audience_id=audience_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateIntentAudienceRunRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Queue a manual intent-audience run

     Queue a manual run (public run creation supports `manual` only; daily runs are
    queued by the vendor's scheduler). Send `Idempotency-Key` when retrying: reusing a
    key returns the same run. The document prints the body but no status: 201 for a
    new run and 200 for a replayed idempotency key are inferred. Timestamps are
    ISO-8601 with milliseconds; `dataDate` is a date. The document's example has no
    `meta`, though every Leadpipe response is said to carry one, so `meta` is optional.

    Args:
        audience_id (str):
        idempotency_key (str | Unset):
        body (CreateIntentAudienceRunRequest): Body of queue a run; public run creation supports
            `manual` only (the document
            prints this body; that `runType` is required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateIntentAudienceRunRequest,
    idempotency_key: str | Unset = UNSET,
) -> IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Queue a manual intent-audience run

     Queue a manual run (public run creation supports `manual` only; daily runs are
    queued by the vendor's scheduler). Send `Idempotency-Key` when retrying: reusing a
    key returns the same run. The document prints the body but no status: 201 for a
    new run and 200 for a replayed idempotency key are inferred. Timestamps are
    ISO-8601 with milliseconds; `dataDate` is a date. The document's example has no
    `meta`, though every Leadpipe response is said to carry one, so `meta` is optional.

    Args:
        audience_id (str):
        idempotency_key (str | Unset):
        body (CreateIntentAudienceRunRequest): Body of queue a run; public run creation supports
            `manual` only (the document
            prints this body; that `runType` is required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    *,
    body: CreateIntentAudienceRunRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        body=body,
        idempotency_key=idempotency_key,
    )
