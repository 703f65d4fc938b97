from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_topic_search_results import IntentTopicSearchResults
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...models.search_intent_topics_type import SearchIntentTopicsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    industry: str | Unset = UNSET,
    type_: SearchIntentTopicsType | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["industry"] = industry

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/topics/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentTopicSearchResults.from_dict(response.json())

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
) -> Response[IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    industry: str | Unset = UNSET,
    type_: SearchIntentTopicsType | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage]:
    """Search intent topics by name (autocomplete)

     Topics whose names match `q`, at most `limit` of them. Parameters and response
    shape from Leadpipe's older official spec; the current examples page sends the
    same parameters (`?q=CRM&type=b2b&limit=10`) without an API key, and the current
    introduction lists the path as public ("Auth: No"), so the key is optional here.
    No response is printed anywhere: the example's topic is the record the preview
    page prints in `matchedTopics`. 200 is the older spec's code; the errors are
    inferred.

    Args:
        q (str):
        industry (str | Unset):
        type_ (SearchIntentTopicsType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        q=q,
        industry=industry,
        type_=type_,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    industry: str | Unset = UNSET,
    type_: SearchIntentTopicsType | Unset = UNSET,
    limit: int | Unset = 10,
) -> IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage | None:
    """Search intent topics by name (autocomplete)

     Topics whose names match `q`, at most `limit` of them. Parameters and response
    shape from Leadpipe's older official spec; the current examples page sends the
    same parameters (`?q=CRM&type=b2b&limit=10`) without an API key, and the current
    introduction lists the path as public ("Auth: No"), so the key is optional here.
    No response is printed anywhere: the example's topic is the record the preview
    page prints in `matchedTopics`. 200 is the older spec's code; the errors are
    inferred.

    Args:
        q (str):
        industry (str | Unset):
        type_ (SearchIntentTopicsType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        client=client,
        q=q,
        industry=industry,
        type_=type_,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    industry: str | Unset = UNSET,
    type_: SearchIntentTopicsType | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage]:
    """Search intent topics by name (autocomplete)

     Topics whose names match `q`, at most `limit` of them. Parameters and response
    shape from Leadpipe's older official spec; the current examples page sends the
    same parameters (`?q=CRM&type=b2b&limit=10`) without an API key, and the current
    introduction lists the path as public ("Auth: No"), so the key is optional here.
    No response is printed anywhere: the example's topic is the record the preview
    page prints in `matchedTopics`. 200 is the older spec's code; the errors are
    inferred.

    Args:
        q (str):
        industry (str | Unset):
        type_ (SearchIntentTopicsType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        q=q,
        industry=industry,
        type_=type_,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    industry: str | Unset = UNSET,
    type_: SearchIntentTopicsType | Unset = UNSET,
    limit: int | Unset = 10,
) -> IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage | None:
    """Search intent topics by name (autocomplete)

     Topics whose names match `q`, at most `limit` of them. Parameters and response
    shape from Leadpipe's older official spec; the current examples page sends the
    same parameters (`?q=CRM&type=b2b&limit=10`) without an API key, and the current
    introduction lists the path as public ("Auth: No"), so the key is optional here.
    No response is printed anywhere: the example's topic is the record the preview
    page prints in `matchedTopics`. 200 is the older spec's code; the errors are
    inferred.

    Args:
        q (str):
        industry (str | Unset):
        type_ (SearchIntentTopicsType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentTopicSearchResults | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            industry=industry,
            type_=type_,
            limit=limit,
        )
    ).parsed


def request_kwargs(
    *,
    q: str,
    industry: str | Unset = UNSET,
    type_: SearchIntentTopicsType | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        q=q,
        industry=industry,
        type_=type_,
        limit=limit,
    )
