from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_dataset_run_list import AudienceDatasetRunList
from ...models.buzzabout_error import BuzzaboutError
from ...models.http_validation_error import HTTPValidationError
from ...models.list_audience_dataset_runs_order import ListAudienceDatasetRunsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    audience_dataset_id: str,
    *,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListAudienceDatasetRunsOrder | Unset = ListAudienceDatasetRunsOrder.DESC,
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
        "url": "/v1/audience_datasets/{audience_dataset_id}/runs".format(
            audience_dataset_id=quote(str(audience_dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AudienceDatasetRunList
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = AudienceDatasetRunList.from_dict(response.json())

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
        response_2xx = AudienceDatasetRunList.from_dict(response.json())

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
    AudienceDatasetRunList | BuzzaboutError | BuzzaboutError | HTTPValidationError
]:
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
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListAudienceDatasetRunsOrder | Unset = ListAudienceDatasetRunsOrder.DESC,
) -> Response[
    AudienceDatasetRunList | BuzzaboutError | BuzzaboutError | HTTPValidationError
]:
    """List an audience dataset's runs

     Cursor-paginated list of runs, sorted by `created_at`. Query parameters are those
    of the dataset list endpoint. The document prints no list body and no status
    code: 200 and a page of run objects as the single-run GET returns them are
    inferred (the dataset runs page says so for its own list).

    Args:
        audience_dataset_id (str):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListAudienceDatasetRunsOrder | Unset):  Default: ListAudienceDatasetRunsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceDatasetRunList | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        audience_dataset_id=audience_dataset_id,
        limit=limit,
        cursor=cursor,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListAudienceDatasetRunsOrder | Unset = ListAudienceDatasetRunsOrder.DESC,
) -> (
    AudienceDatasetRunList
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    """List an audience dataset's runs

     Cursor-paginated list of runs, sorted by `created_at`. Query parameters are those
    of the dataset list endpoint. The document prints no list body and no status
    code: 200 and a page of run objects as the single-run GET returns them are
    inferred (the dataset runs page says so for its own list).

    Args:
        audience_dataset_id (str):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListAudienceDatasetRunsOrder | Unset):  Default: ListAudienceDatasetRunsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceDatasetRunList | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return sync_detailed(
        audience_dataset_id=audience_dataset_id,
        client=client,
        limit=limit,
        cursor=cursor,
        order=order,
    ).parsed


async def asyncio_detailed(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListAudienceDatasetRunsOrder | Unset = ListAudienceDatasetRunsOrder.DESC,
) -> Response[
    AudienceDatasetRunList | BuzzaboutError | BuzzaboutError | HTTPValidationError
]:
    """List an audience dataset's runs

     Cursor-paginated list of runs, sorted by `created_at`. Query parameters are those
    of the dataset list endpoint. The document prints no list body and no status
    code: 200 and a page of run objects as the single-run GET returns them are
    inferred (the dataset runs page says so for its own list).

    Args:
        audience_dataset_id (str):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListAudienceDatasetRunsOrder | Unset):  Default: ListAudienceDatasetRunsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceDatasetRunList | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        audience_dataset_id=audience_dataset_id,
        limit=limit,
        cursor=cursor,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListAudienceDatasetRunsOrder | Unset = ListAudienceDatasetRunsOrder.DESC,
) -> (
    AudienceDatasetRunList
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    """List an audience dataset's runs

     Cursor-paginated list of runs, sorted by `created_at`. Query parameters are those
    of the dataset list endpoint. The document prints no list body and no status
    code: 200 and a page of run objects as the single-run GET returns them are
    inferred (the dataset runs page says so for its own list).

    Args:
        audience_dataset_id (str):
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        order (ListAudienceDatasetRunsOrder | Unset):  Default: ListAudienceDatasetRunsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceDatasetRunList | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            audience_dataset_id=audience_dataset_id,
            client=client,
            limit=limit,
            cursor=cursor,
            order=order,
        )
    ).parsed


def request_kwargs(
    audience_dataset_id: str,
    *,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    order: ListAudienceDatasetRunsOrder | Unset = ListAudienceDatasetRunsOrder.DESC,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_dataset_id=audience_dataset_id,
        limit=limit,
        cursor=cursor,
        order=order,
    )
