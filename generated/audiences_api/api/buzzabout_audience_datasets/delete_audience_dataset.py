from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    audience_dataset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/audience_datasets/{audience_dataset_id}".format(
            audience_dataset_id=quote(str(audience_dataset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BuzzaboutError | BuzzaboutError | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | BuzzaboutError | BuzzaboutError | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BuzzaboutError | BuzzaboutError | HTTPValidationError]:
    """Soft-delete an audience dataset

     Soft-delete the container and all its runs. Profiles collected by past runs are
    no longer accessible afterwards.

    Args:
        audience_dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        audience_dataset_id=audience_dataset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | BuzzaboutError | BuzzaboutError | HTTPValidationError | None:
    """Soft-delete an audience dataset

     Soft-delete the container and all its runs. Profiles collected by past runs are
    no longer accessible afterwards.

    Args:
        audience_dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return sync_detailed(
        audience_dataset_id=audience_dataset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BuzzaboutError | BuzzaboutError | HTTPValidationError]:
    """Soft-delete an audience dataset

     Soft-delete the container and all its runs. Profiles collected by past runs are
    no longer accessible afterwards.

    Args:
        audience_dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        audience_dataset_id=audience_dataset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | BuzzaboutError | BuzzaboutError | HTTPValidationError | None:
    """Soft-delete an audience dataset

     Soft-delete the container and all its runs. Profiles collected by past runs are
    no longer accessible afterwards.

    Args:
        audience_dataset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            audience_dataset_id=audience_dataset_id,
            client=client,
        )
    ).parsed


def request_kwargs(
    audience_dataset_id: str,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_dataset_id=audience_dataset_id,
    )
