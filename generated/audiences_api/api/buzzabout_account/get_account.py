from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_envelope import AccountEnvelope
from ...models.buzzabout_error import BuzzaboutError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AccountEnvelope.from_dict(response.json())

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
        response_2xx = AccountEnvelope.from_dict(response.json())

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
) -> Response[AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]:
    """Retrieve the calling account (plan and credit balance)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    The overview names `me` among those newer endpoints.

    The calling seat: its user (`id`, `email`, `name`), its account (`account_id`,
    `team_name`, `teams`, `members`), the plan with its feature gates and limits, and
    the credit balance in `usage`. Free: no credits are charged. The page prints no
    balance field: what is left is `credits_total - credits_used`. Timestamps are unix
    epoch seconds.

    The page lists its response without an HTTP code and prints the playground
    placeholder `"status": "info"`: 200 is inferred (with a `2XX` fallback), and the
    errors are the overview's API-wide ones, inferred for this endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError | None:
    """Retrieve the calling account (plan and credit balance)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    The overview names `me` among those newer endpoints.

    The calling seat: its user (`id`, `email`, `name`), its account (`account_id`,
    `team_name`, `teams`, `members`), the plan with its feature gates and limits, and
    the credit balance in `usage`. Free: no credits are charged. The page prints no
    balance field: what is left is `credits_total - credits_used`. Timestamps are unix
    epoch seconds.

    The page lists its response without an HTTP code and prints the playground
    placeholder `"status": "info"`: 200 is inferred (with a `2XX` fallback), and the
    errors are the overview's API-wide ones, inferred for this endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]:
    """Retrieve the calling account (plan and credit balance)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    The overview names `me` among those newer endpoints.

    The calling seat: its user (`id`, `email`, `name`), its account (`account_id`,
    `team_name`, `teams`, `members`), the plan with its feature gates and limits, and
    the credit balance in `usage`. Free: no credits are charged. The page prints no
    balance field: what is left is `credits_total - credits_used`. Timestamps are unix
    epoch seconds.

    The page lists its response without an HTTP code and prints the playground
    placeholder `"status": "info"`: 200 is inferred (with a `2XX` fallback), and the
    errors are the overview's API-wide ones, inferred for this endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError | None:
    """Retrieve the calling account (plan and credit balance)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    The overview names `me` among those newer endpoints.

    The calling seat: its user (`id`, `email`, `name`), its account (`account_id`,
    `team_name`, `teams`, `members`), the plan with its feature gates and limits, and
    the credit balance in `usage`. Free: no credits are charged. The page prints no
    balance field: what is left is `credits_total - credits_used`. Timestamps are unix
    epoch seconds.

    The page lists its response without an HTTP code and prints the playground
    placeholder `"status": "info"`: 200 is inferred (with a `2XX` fallback), and the
    errors are the overview's API-wide ones, inferred for this endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def request_kwargs() -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs()
