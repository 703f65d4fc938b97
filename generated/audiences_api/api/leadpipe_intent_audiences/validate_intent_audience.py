from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_config import IntentAudienceConfig
from ...models.intent_audience_validation_envelope import (
    IntentAudienceValidationEnvelope,
)
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import Response


def _get_kwargs(
    *,
    body: IntentAudienceConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/intent/audiences/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudienceValidationEnvelope.from_dict(response.json())

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

    if 200 <= response.status_code <= 299:
        response_2xx = IntentAudienceValidationEnvelope.from_dict(response.json())

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
) -> Response[IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IntentAudienceConfig,
) -> Response[IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Validate an intent-audience config

     Check a config and see its normalized form without running a preview query. The
    body is the config itself (`topicIds`, `minScore`, ...), not `{"config": ...}`.
    The answer carries `valid`, `configHash`, `normalizedConfig`, `appliedFilters` and
    the query `strategy` (guide page); the API reference prints it with Mintlify's
    placeholders (`"<string>"`, `123`), kept in the example as printed. What an invalid
    config answers (`valid: false`, or an error) is not documented. No code is printed:
    200 is inferred (with a `2XX` fallback), and so are the errors.

    Args:
        body (IntentAudienceConfig): An audience config: the body of validate and preview, and
            `config` of create and
            update. Constraints are the newer API reference's (validate page): `topicIds` 1-250
            ids, `minScore` 0-99 or null ("values below 50 are accepted and clamped to 50"),
            `maxScore` 50-99, `minTopicOverlap` 1-250. Leadpipe's older official spec allowed
            1-10 topic ids, scores 1-100 and an overlap of 1-10, with preview defaults
            `minScore` 70, `maxScore` 100 and `minTopicOverlap` 1; the newer reference prints
            no defaults (its copy is cut), so none is stated here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage]
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
    body: IntentAudienceConfig,
) -> IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Validate an intent-audience config

     Check a config and see its normalized form without running a preview query. The
    body is the config itself (`topicIds`, `minScore`, ...), not `{"config": ...}`.
    The answer carries `valid`, `configHash`, `normalizedConfig`, `appliedFilters` and
    the query `strategy` (guide page); the API reference prints it with Mintlify's
    placeholders (`"<string>"`, `123`), kept in the example as printed. What an invalid
    config answers (`valid: false`, or an error) is not documented. No code is printed:
    200 is inferred (with a `2XX` fallback), and so are the errors.

    Args:
        body (IntentAudienceConfig): An audience config: the body of validate and preview, and
            `config` of create and
            update. Constraints are the newer API reference's (validate page): `topicIds` 1-250
            ids, `minScore` 0-99 or null ("values below 50 are accepted and clamped to 50"),
            `maxScore` 50-99, `minTopicOverlap` 1-250. Leadpipe's older official spec allowed
            1-10 topic ids, scores 1-100 and an overlap of 1-10, with preview defaults
            `minScore` 70, `maxScore` 100 and `minTopicOverlap` 1; the newer reference prints
            no defaults (its copy is cut), so none is stated here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IntentAudienceConfig,
) -> Response[IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Validate an intent-audience config

     Check a config and see its normalized form without running a preview query. The
    body is the config itself (`topicIds`, `minScore`, ...), not `{"config": ...}`.
    The answer carries `valid`, `configHash`, `normalizedConfig`, `appliedFilters` and
    the query `strategy` (guide page); the API reference prints it with Mintlify's
    placeholders (`"<string>"`, `123`), kept in the example as printed. What an invalid
    config answers (`valid: false`, or an error) is not documented. No code is printed:
    200 is inferred (with a `2XX` fallback), and so are the errors.

    Args:
        body (IntentAudienceConfig): An audience config: the body of validate and preview, and
            `config` of create and
            update. Constraints are the newer API reference's (validate page): `topicIds` 1-250
            ids, `minScore` 0-99 or null ("values below 50 are accepted and clamped to 50"),
            `maxScore` 50-99, `minTopicOverlap` 1-250. Leadpipe's older official spec allowed
            1-10 topic ids, scores 1-100 and an overlap of 1-10, with preview defaults
            `minScore` 70, `maxScore` 100 and `minTopicOverlap` 1; the newer reference prints
            no defaults (its copy is cut), so none is stated here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IntentAudienceConfig,
) -> IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Validate an intent-audience config

     Check a config and see its normalized form without running a preview query. The
    body is the config itself (`topicIds`, `minScore`, ...), not `{"config": ...}`.
    The answer carries `valid`, `configHash`, `normalizedConfig`, `appliedFilters` and
    the query `strategy` (guide page); the API reference prints it with Mintlify's
    placeholders (`"<string>"`, `123`), kept in the example as printed. What an invalid
    config answers (`valid: false`, or an error) is not documented. No code is printed:
    200 is inferred (with a `2XX` fallback), and so are the errors.

    Args:
        body (IntentAudienceConfig): An audience config: the body of validate and preview, and
            `config` of create and
            update. Constraints are the newer API reference's (validate page): `topicIds` 1-250
            ids, `minScore` 0-99 or null ("values below 50 are accepted and clamped to 50"),
            `maxScore` 50-99, `minTopicOverlap` 1-250. Leadpipe's older official spec allowed
            1-10 topic ids, scores 1-100 and an overlap of 1-10, with preview defaults
            `minScore` 70, `maxScore` 100 and `minTopicOverlap` 1; the newer reference prints
            no defaults (its copy is cut), so none is stated here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceValidationEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    *,
    body: IntentAudienceConfig,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        body=body,
    )
