from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_config import IntentAudienceConfig
from ...models.intent_audience_preview_envelope import IntentAudiencePreviewEnvelope
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
        "url": "/v1/intent/audiences/preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudiencePreviewEnvelope.from_dict(response.json())

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
) -> Response[IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage]:
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
) -> Response[IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Preview an intent audience (count, breakdowns, masked sample)

     The audience a config selects, before it is saved or run: `totalCount`, per-filter
    `breakdowns` and masked `sample` rows ("Preview rows are masked"). The body is the
    config itself, not `{"config": ...}`. The guide's stored copy ends right after
    `appliedFilters`, so more fields may follow (the object is open).

    Leadpipe's older official spec documents another body (`totalCount`, up to 50
    `sample` rows of `{hem, intentScore, topicId, email, company, jobTitle, masked}`
    with `company` a string, `previewKey`, `dataDate`): its fields are accepted too,
    and a sample row's `company` may be an object (current) or a string (older). 200
    is the code of the API reference and of the older spec; the errors are inferred.

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
        Response[IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage]
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
) -> IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Preview an intent audience (count, breakdowns, masked sample)

     The audience a config selects, before it is saved or run: `totalCount`, per-filter
    `breakdowns` and masked `sample` rows ("Preview rows are masked"). The body is the
    config itself, not `{"config": ...}`. The guide's stored copy ends right after
    `appliedFilters`, so more fields may follow (the object is open).

    Leadpipe's older official spec documents another body (`totalCount`, up to 50
    `sample` rows of `{hem, intentScore, topicId, email, company, jobTitle, masked}`
    with `company` a string, `previewKey`, `dataDate`): its fields are accepted too,
    and a sample row's `company` may be an object (current) or a string (older). 200
    is the code of the API reference and of the older spec; the errors are inferred.

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
        IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IntentAudienceConfig,
) -> Response[IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Preview an intent audience (count, breakdowns, masked sample)

     The audience a config selects, before it is saved or run: `totalCount`, per-filter
    `breakdowns` and masked `sample` rows ("Preview rows are masked"). The body is the
    config itself, not `{"config": ...}`. The guide's stored copy ends right after
    `appliedFilters`, so more fields may follow (the object is open).

    Leadpipe's older official spec documents another body (`totalCount`, up to 50
    `sample` rows of `{hem, intentScore, topicId, email, company, jobTitle, masked}`
    with `company` a string, `previewKey`, `dataDate`): its fields are accepted too,
    and a sample row's `company` may be an object (current) or a string (older). 200
    is the code of the API reference and of the older spec; the errors are inferred.

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
        Response[IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage]
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
) -> IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Preview an intent audience (count, breakdowns, masked sample)

     The audience a config selects, before it is saved or run: `totalCount`, per-filter
    `breakdowns` and masked `sample` rows ("Preview rows are masked"). The body is the
    config itself, not `{"config": ...}`. The guide's stored copy ends right after
    `appliedFilters`, so more fields may follow (the object is open).

    Leadpipe's older official spec documents another body (`totalCount`, up to 50
    `sample` rows of `{hem, intentScore, topicId, email, company, jobTitle, masked}`
    with `company` a string, `previewKey`, `dataDate`): its fields are accepted too,
    and a sample row's `company` may be an object (current) or a string (older). 200
    is the code of the API reference and of the older spec; the errors are inferred.

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
        IntentAudiencePreviewEnvelope | LeadpipeError | LeadpipeErrorMessage
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
