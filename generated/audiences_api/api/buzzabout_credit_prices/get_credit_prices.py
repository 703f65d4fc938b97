from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.credit_prices_envelope import CreditPricesEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/credit_prices",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope | None
):
    if response.status_code == 200:
        response_200 = CreditPricesEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BuzzaboutError.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = BuzzaboutError.from_dict(response.json())

        return response_429

    if 200 <= response.status_code <= 299:
        response_2xx = CreditPricesEnvelope.from_dict(response.json())

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
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope
]:
    """Read the credit price table (no authentication)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Credits charged per result in each public category: `mention` (per mention a
    dataset run collects), `audience_profile` (per profile an audience run collects),
    `post_processing` (per post a custom-parameter or pattern-detection run processes)
    and `ai_assistant` (per assistant turn). Prices are numbers and may be fractional
    (`0.5`). Collection categories reserve credits up front and refund unused ones; an
    operation that would exceed the balance answers 402 `insufficient_credits` before
    any work starts. Previews are free.

    Needs no authentication: the page's example sends no `x-api-key` (`security: []`).
    The page prints the body but no status code: 200 is inferred (with a `2XX`
    fallback); the errors are the overview's API-wide ones, inferred here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope | None
):
    """Read the credit price table (no authentication)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Credits charged per result in each public category: `mention` (per mention a
    dataset run collects), `audience_profile` (per profile an audience run collects),
    `post_processing` (per post a custom-parameter or pattern-detection run processes)
    and `ai_assistant` (per assistant turn). Prices are numbers and may be fractional
    (`0.5`). Collection categories reserve credits up front and refund unused ones; an
    operation that would exceed the balance answers 402 `insufficient_credits` before
    any work starts. Previews are free.

    Needs no authentication: the page's example sends no `x-api-key` (`security: []`).
    The page prints the body but no status code: 200 is inferred (with a `2XX`
    fallback); the errors are the overview's API-wide ones, inferred here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope
]:
    """Read the credit price table (no authentication)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Credits charged per result in each public category: `mention` (per mention a
    dataset run collects), `audience_profile` (per profile an audience run collects),
    `post_processing` (per post a custom-parameter or pattern-detection run processes)
    and `ai_assistant` (per assistant turn). Prices are numbers and may be fractional
    (`0.5`). Collection categories reserve credits up front and refund unused ones; an
    operation that would exceed the balance answers 402 `insufficient_credits` before
    any work starts. Previews are free.

    Needs no authentication: the page's example sends no `x-api-key` (`security: []`).
    The page prints the body but no status code: 200 is inferred (with a `2XX`
    fallback); the errors are the overview's API-wide ones, inferred here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope | None
):
    """Read the credit price table (no authentication)

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Credits charged per result in each public category: `mention` (per mention a
    dataset run collects), `audience_profile` (per profile an audience run collects),
    `post_processing` (per post a custom-parameter or pattern-detection run processes)
    and `ai_assistant` (per assistant turn). Prices are numbers and may be fractional
    (`0.5`). Collection categories reserve credits up front and refund unused ones; an
    operation that would exceed the balance answers 402 `insufficient_credits` before
    any work starts. Previews are free.

    Needs no authentication: the page's example sends no `x-api-key` (`security: []`).
    The page prints the body but no status code: 200 is inferred (with a `2XX`
    fallback); the errors are the overview's API-wide ones, inferred here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | CreditPricesEnvelope
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
