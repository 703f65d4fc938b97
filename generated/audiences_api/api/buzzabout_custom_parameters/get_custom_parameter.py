from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.custom_parameter_envelope import CustomParameterEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    parameter_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/custom_parameters/{parameter_id}".format(
            parameter_id=quote(str(parameter_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterEnvelope
    | None
):
    if response.status_code == 200:
        response_200 = CustomParameterEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BuzzaboutError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BuzzaboutError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = BuzzaboutError.from_dict(response.json())

        return response_404

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
        response_2xx = CustomParameterEnvelope.from_dict(response.json())

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
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterEnvelope
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parameter_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterEnvelope
]:
    """Retrieve a custom parameter

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Retrieve one custom parameter. Codes inferred (200, 404, 422).

    Args:
        parameter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterEnvelope]
    """

    kwargs = _get_kwargs(
        parameter_id=parameter_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parameter_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterEnvelope
    | None
):
    """Retrieve a custom parameter

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Retrieve one custom parameter. Codes inferred (200, 404, 422).

    Args:
        parameter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterEnvelope
    """

    return sync_detailed(
        parameter_id=parameter_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    parameter_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterEnvelope
]:
    """Retrieve a custom parameter

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Retrieve one custom parameter. Codes inferred (200, 404, 422).

    Args:
        parameter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterEnvelope]
    """

    kwargs = _get_kwargs(
        parameter_id=parameter_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parameter_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterEnvelope
    | None
):
    """Retrieve a custom parameter

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Retrieve one custom parameter. Codes inferred (200, 404, 422).

    Args:
        parameter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterEnvelope
    """

    return (
        await asyncio_detailed(
            parameter_id=parameter_id,
            client=client,
        )
    ).parsed


def request_kwargs(
    parameter_id: str,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        parameter_id=parameter_id,
    )
