from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.http_validation_error import HTTPValidationError
from ...models.usage_history_list import UsageHistoryList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/me/usage_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList | None:
    if response.status_code == 200:
        response_200 = UsageHistoryList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BuzzaboutError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BuzzaboutError.from_dict(response.json())

        return response_401

    if response.status_code == 422:

        def _parse_response_422(data: object) -> BuzzaboutError | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_buzzabout_unprocessable_body_type_0 = (
                    HTTPValidationError.from_dict(data)
                )

                return componentsschemas_buzzabout_unprocessable_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_buzzabout_unprocessable_body_type_1 = (
                BuzzaboutError.from_dict(data)
            )

            return componentsschemas_buzzabout_unprocessable_body_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = BuzzaboutError.from_dict(response.json())

        return response_429

    if 200 <= response.status_code <= 299:
        response_2xx = UsageHistoryList.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:

        def _parse_response_4xx(data: object) -> BuzzaboutError | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_buzzabout_unprocessable_body_type_0 = (
                    HTTPValidationError.from_dict(data)
                )

                return componentsschemas_buzzabout_unprocessable_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_buzzabout_unprocessable_body_type_1 = (
                BuzzaboutError.from_dict(data)
            )

            return componentsschemas_buzzabout_unprocessable_body_type_1

        response_4xx = _parse_response_4xx(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = BuzzaboutError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList]:
    """List the account's credit charges and refunds

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    A chronological, cursor-paginated feed of credit charges and refunds. Each record
    names its pricing `category` (`mention`, `audience_profile`, `post_processing`,
    `ai_assistant`: the categories of `GET /v1/credit_prices`), a `quantity` of credits
    (fractional: `0.5`), an integer `id` and `created_at` in unix epoch seconds. Free.

    The page renders its query parameters garbled ("251 <= value <= 100"); read the way
    the same renderer garbles the dataset list's `limit` (default 10, 1-100), it is a
    `limit` with default 25 and range 1-100 (inferred). The `cursor` parameter is not
    visible: it is inferred from the response's `has_next`/`cursor` and from the one
    printed error, `invalid_cursor`. Codes are not printed: 200 and 422 are inferred.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList | None:
    """List the account's credit charges and refunds

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    A chronological, cursor-paginated feed of credit charges and refunds. Each record
    names its pricing `category` (`mention`, `audience_profile`, `post_processing`,
    `ai_assistant`: the categories of `GET /v1/credit_prices`), a `quantity` of credits
    (fractional: `0.5`), an integer `id` and `created_at` in unix epoch seconds. Free.

    The page renders its query parameters garbled ("251 <= value <= 100"); read the way
    the same renderer garbles the dataset list's `limit` (default 10, 1-100), it is a
    `limit` with default 25 and range 1-100 (inferred). The `cursor` parameter is not
    visible: it is inferred from the response's `has_next`/`cursor` and from the one
    printed error, `invalid_cursor`. Codes are not printed: 200 and 422 are inferred.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList]:
    """List the account's credit charges and refunds

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    A chronological, cursor-paginated feed of credit charges and refunds. Each record
    names its pricing `category` (`mention`, `audience_profile`, `post_processing`,
    `ai_assistant`: the categories of `GET /v1/credit_prices`), a `quantity` of credits
    (fractional: `0.5`), an integer `id` and `created_at` in unix epoch seconds. Free.

    The page renders its query parameters garbled ("251 <= value <= 100"); read the way
    the same renderer garbles the dataset list's `limit` (default 10, 1-100), it is a
    `limit` with default 25 and range 1-100 (inferred). The `cursor` parameter is not
    visible: it is inferred from the response's `has_next`/`cursor` and from the one
    printed error, `invalid_cursor`. Codes are not printed: 200 and 422 are inferred.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList | None:
    """List the account's credit charges and refunds

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    A chronological, cursor-paginated feed of credit charges and refunds. Each record
    names its pricing `category` (`mention`, `audience_profile`, `post_processing`,
    `ai_assistant`: the categories of `GET /v1/credit_prices`), a `quantity` of credits
    (fractional: `0.5`), an integer `id` and `created_at` in unix epoch seconds. Free.

    The page renders its query parameters garbled ("251 <= value <= 100"); read the way
    the same renderer garbles the dataset list's `limit` (default 10, 1-100), it is a
    `limit` with default 25 and range 1-100 (inferred). The `cursor` parameter is not
    visible: it is inferred from the response's `has_next`/`cursor` and from the one
    printed error, `invalid_cursor`. Codes are not printed: 200 and 422 are inferred.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | UsageHistoryList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed


def request_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        limit=limit,
        cursor=cursor,
    )
