from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.buzzabout_validation_error import BuzzaboutValidationError
from ...models.dataset_list import DatasetList
from ...models.http_validation_error import HTTPValidationError
from ...models.list_datasets_order import ListDatasetsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListDatasetsOrder | Unset = ListDatasetsOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/datasets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetList
    | None
):
    if response.status_code == 200:
        response_200 = DatasetList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BuzzaboutError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BuzzaboutError.from_dict(response.json())

        return response_401

    if response.status_code == 422:

        def _parse_response_422(
            data: object,
        ) -> BuzzaboutValidationError | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_buzzabout_invalid_request_body_type_0 = (
                    HTTPValidationError.from_dict(data)
                )

                return componentsschemas_buzzabout_invalid_request_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_buzzabout_invalid_request_body_type_1 = (
                BuzzaboutValidationError.from_dict(data)
            )

            return componentsschemas_buzzabout_invalid_request_body_type_1

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
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetList
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
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListDatasetsOrder | Unset = ListDatasetsOrder.DESC,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetList
]:
    """List datasets

     Cursor-paginated list of the account's datasets, sorted by `created_at`.
    Soft-deleted datasets are excluded.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListDatasetsOrder | Unset):  Default: ListDatasetsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListDatasetsOrder | Unset = ListDatasetsOrder.DESC,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetList
    | None
):
    """List datasets

     Cursor-paginated list of the account's datasets, sorted by `created_at`.
    Soft-deleted datasets are excluded.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListDatasetsOrder | Unset):  Default: ListDatasetsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListDatasetsOrder | Unset = ListDatasetsOrder.DESC,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetList
]:
    """List datasets

     Cursor-paginated list of the account's datasets, sorted by `created_at`.
    Soft-deleted datasets are excluded.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListDatasetsOrder | Unset):  Default: ListDatasetsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListDatasetsOrder | Unset = ListDatasetsOrder.DESC,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetList
    | None
):
    """List datasets

     Cursor-paginated list of the account's datasets, sorted by `created_at`.
    Soft-deleted datasets are excluded.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListDatasetsOrder | Unset):  Default: ListDatasetsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            order=order,
        )
    ).parsed


def request_kwargs(
    *,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListDatasetsOrder | Unset = ListDatasetsOrder.DESC,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        limit=limit,
        cursor=cursor,
        order=order,
    )
