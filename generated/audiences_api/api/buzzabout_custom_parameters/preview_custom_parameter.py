from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.http_validation_error import HTTPValidationError
from ...models.preview_custom_parameter_request import PreviewCustomParameterRequest
from ...models.preview_result_envelope import PreviewResultEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: PreviewCustomParameterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/custom_parameters/preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope | None
):
    if response.status_code == 200:
        response_200 = PreviewResultEnvelope.from_dict(response.json())

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
        response_2xx = PreviewResultEnvelope.from_dict(response.json())

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
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewCustomParameterRequest,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope
]:
    """Preview a custom parameter on a few posts

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Run raw instructions and a value type against 1-5 posts and return the would-be
    extraction for those posts only. Free. Codes inferred (200, 422).

    Args:
        body (PreviewCustomParameterRequest): Body of preview custom parameter: instructions, a
            value type and 1-5 posts, as the
            page's prose says (that all three are required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope]
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
    body: PreviewCustomParameterRequest,
) -> (
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope | None
):
    """Preview a custom parameter on a few posts

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Run raw instructions and a value type against 1-5 posts and return the would-be
    extraction for those posts only. Free. Codes inferred (200, 422).

    Args:
        body (PreviewCustomParameterRequest): Body of preview custom parameter: instructions, a
            value type and 1-5 posts, as the
            page's prose says (that all three are required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewCustomParameterRequest,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope
]:
    """Preview a custom parameter on a few posts

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Run raw instructions and a value type against 1-5 posts and return the would-be
    extraction for those posts only. Free. Codes inferred (200, 422).

    Args:
        body (PreviewCustomParameterRequest): Body of preview custom parameter: instructions, a
            value type and 1-5 posts, as the
            page's prose says (that all three are required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewCustomParameterRequest,
) -> (
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope | None
):
    """Preview a custom parameter on a few posts

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Run raw instructions and a value type against 1-5 posts and return the would-be
    extraction for those posts only. Free. Codes inferred (200, 422).

    Args:
        body (PreviewCustomParameterRequest): Body of preview custom parameter: instructions, a
            value type and 1-5 posts, as the
            page's prose says (that all three are required is inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | PreviewResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    *,
    body: PreviewCustomParameterRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        body=body,
    )
