from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.buzzabout_validation_error import BuzzaboutValidationError
from ...models.dataset_run_envelope import DatasetRunEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    dataset_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/datasets/{dataset_id}/runs/{run_id}".format(
            dataset_id=quote(str(dataset_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
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
    | DatasetRunEnvelope
    | None
):
    if response.status_code == 200:
        response_200 = DatasetRunEnvelope.from_dict(response.json())

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
    | DatasetRunEnvelope
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetRunEnvelope
]:
    """Retrieve a dataset run

     Retrieve one run. `status.type` is `pending`, `working`, `completed` or `failed`
    (steps `scraping` and `analysis`); a failed run carries `error_message` on the step
    that failed. `params` is the search as the run was created with it, defaults filled
    in. Step times are unix epoch seconds while the run's own timestamps are ISO-8601
    strings.

    Args:
        dataset_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetRunEnvelope]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetRunEnvelope
    | None
):
    """Retrieve a dataset run

     Retrieve one run. `status.type` is `pending`, `working`, `completed` or `failed`
    (steps `scraping` and `analysis`); a failed run carries `error_message` on the step
    that failed. `params` is the search as the run was created with it, defaults filled
    in. Step times are unix epoch seconds while the run's own timestamps are ISO-8601
    strings.

    Args:
        dataset_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetRunEnvelope
    """

    return sync_detailed(
        dataset_id=dataset_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetRunEnvelope
]:
    """Retrieve a dataset run

     Retrieve one run. `status.type` is `pending`, `working`, `completed` or `failed`
    (steps `scraping` and `analysis`); a failed run carries `error_message` on the step
    that failed. `params` is the search as the run was created with it, defaults filled
    in. Step times are unix epoch seconds while the run's own timestamps are ISO-8601
    strings.

    Args:
        dataset_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetRunEnvelope]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | DatasetRunEnvelope
    | None
):
    """Retrieve a dataset run

     Retrieve one run. `status.type` is `pending`, `working`, `completed` or `failed`
    (steps `scraping` and `analysis`); a failed run carries `error_message` on the step
    that failed. `params` is the search as the run was created with it, defaults filled
    in. Step times are unix epoch seconds while the run's own timestamps are ISO-8601
    strings.

    Args:
        dataset_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | DatasetRunEnvelope
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            run_id=run_id,
            client=client,
        )
    ).parsed


def request_kwargs(
    dataset_id: str,
    run_id: str,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        dataset_id=dataset_id,
        run_id=run_id,
    )
