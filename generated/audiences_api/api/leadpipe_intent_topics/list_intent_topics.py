from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_topic_list import IntentTopicList
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...models.list_intent_topics_type import ListIntentTopicsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListIntentTopicsType | Unset = UNSET,
    industry: str | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["industry"] = industry

    params["category"] = category

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/topics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentTopicList | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentTopicList.from_dict(response.json())

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
) -> Response[IntentTopicList | LeadpipeError | LeadpipeErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListIntentTopicsType | Unset = UNSET,
    industry: str | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[IntentTopicList | LeadpipeError | LeadpipeErrorMessage]:
    """Browse intent topics

     The topic catalogue (20K+ topics, "cached 24h"), narrowed by `type`, `industry`,
    `category` or a text query `q`. A topic's `topicId` is what an audience config's
    `topicIds` lists. No paging parameter is documented.

    Sources: Leadpipe's older official spec (parameters and response shape; no
    example) and the current introduction, which lists the path as public ("Auth:
    No"); no current page documents its parameters or prints a response. So the key
    is optional: `security` allows a request with or without it (an older version of
    the introduction says authenticated traffic keeps a higher rate limit). Where the
    older sources disagree, both are accepted: the older spec's `meta` is `{total,
    page, pageSize, hasMore}`, the older SDK's `{count, total, filters}`, and every
    current Leadpipe response carries `meta` `{timestamp, request_id}`; `meta` is one
    open object with all of these, none required (and `meta` itself is optional).
    The example's topic is the record the preview page prints in `matchedTopics`;
    200 is the older spec's code; the errors are inferred.

    Args:
        type_ (ListIntentTopicsType | Unset):
        industry (str | Unset):
        category (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentTopicList | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        type_=type_,
        industry=industry,
        category=category,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: ListIntentTopicsType | Unset = UNSET,
    industry: str | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> IntentTopicList | LeadpipeError | LeadpipeErrorMessage | None:
    """Browse intent topics

     The topic catalogue (20K+ topics, "cached 24h"), narrowed by `type`, `industry`,
    `category` or a text query `q`. A topic's `topicId` is what an audience config's
    `topicIds` lists. No paging parameter is documented.

    Sources: Leadpipe's older official spec (parameters and response shape; no
    example) and the current introduction, which lists the path as public ("Auth:
    No"); no current page documents its parameters or prints a response. So the key
    is optional: `security` allows a request with or without it (an older version of
    the introduction says authenticated traffic keeps a higher rate limit). Where the
    older sources disagree, both are accepted: the older spec's `meta` is `{total,
    page, pageSize, hasMore}`, the older SDK's `{count, total, filters}`, and every
    current Leadpipe response carries `meta` `{timestamp, request_id}`; `meta` is one
    open object with all of these, none required (and `meta` itself is optional).
    The example's topic is the record the preview page prints in `matchedTopics`;
    200 is the older spec's code; the errors are inferred.

    Args:
        type_ (ListIntentTopicsType | Unset):
        industry (str | Unset):
        category (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentTopicList | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        client=client,
        type_=type_,
        industry=industry,
        category=category,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListIntentTopicsType | Unset = UNSET,
    industry: str | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[IntentTopicList | LeadpipeError | LeadpipeErrorMessage]:
    """Browse intent topics

     The topic catalogue (20K+ topics, "cached 24h"), narrowed by `type`, `industry`,
    `category` or a text query `q`. A topic's `topicId` is what an audience config's
    `topicIds` lists. No paging parameter is documented.

    Sources: Leadpipe's older official spec (parameters and response shape; no
    example) and the current introduction, which lists the path as public ("Auth:
    No"); no current page documents its parameters or prints a response. So the key
    is optional: `security` allows a request with or without it (an older version of
    the introduction says authenticated traffic keeps a higher rate limit). Where the
    older sources disagree, both are accepted: the older spec's `meta` is `{total,
    page, pageSize, hasMore}`, the older SDK's `{count, total, filters}`, and every
    current Leadpipe response carries `meta` `{timestamp, request_id}`; `meta` is one
    open object with all of these, none required (and `meta` itself is optional).
    The example's topic is the record the preview page prints in `matchedTopics`;
    200 is the older spec's code; the errors are inferred.

    Args:
        type_ (ListIntentTopicsType | Unset):
        industry (str | Unset):
        category (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentTopicList | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        type_=type_,
        industry=industry,
        category=category,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: ListIntentTopicsType | Unset = UNSET,
    industry: str | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> IntentTopicList | LeadpipeError | LeadpipeErrorMessage | None:
    """Browse intent topics

     The topic catalogue (20K+ topics, "cached 24h"), narrowed by `type`, `industry`,
    `category` or a text query `q`. A topic's `topicId` is what an audience config's
    `topicIds` lists. No paging parameter is documented.

    Sources: Leadpipe's older official spec (parameters and response shape; no
    example) and the current introduction, which lists the path as public ("Auth:
    No"); no current page documents its parameters or prints a response. So the key
    is optional: `security` allows a request with or without it (an older version of
    the introduction says authenticated traffic keeps a higher rate limit). Where the
    older sources disagree, both are accepted: the older spec's `meta` is `{total,
    page, pageSize, hasMore}`, the older SDK's `{count, total, filters}`, and every
    current Leadpipe response carries `meta` `{timestamp, request_id}`; `meta` is one
    open object with all of these, none required (and `meta` itself is optional).
    The example's topic is the record the preview page prints in `matchedTopics`;
    200 is the older spec's code; the errors are inferred.

    Args:
        type_ (ListIntentTopicsType | Unset):
        industry (str | Unset):
        category (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentTopicList | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            industry=industry,
            category=category,
            q=q,
        )
    ).parsed


def request_kwargs(
    *,
    type_: ListIntentTopicsType | Unset = UNSET,
    industry: str | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        type_=type_,
        industry=industry,
        category=category,
        q=q,
    )
