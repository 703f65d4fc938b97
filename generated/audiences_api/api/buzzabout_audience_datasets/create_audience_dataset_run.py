from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_dataset_run_envelope import AudienceDatasetRunEnvelope
from ...models.buzzabout_error import BuzzaboutError
from ...models.create_audience_dataset_run_request import (
    CreateAudienceDatasetRunRequest,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    audience_dataset_id: str,
    *,
    body: CreateAudienceDatasetRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audience_datasets/{audience_dataset_id}/runs".format(
            audience_dataset_id=quote(str(audience_dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AudienceDatasetRunEnvelope
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    if response.status_code == 202:
        response_202 = AudienceDatasetRunEnvelope.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = BuzzaboutError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BuzzaboutError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = BuzzaboutError.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = BuzzaboutError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = BuzzaboutError.from_dict(response.json())

        return response_409

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
) -> Response[
    AudienceDatasetRunEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
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
    body: CreateAudienceDatasetRunRequest,
) -> Response[
    AudienceDatasetRunEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
]:
    """Start a profile-collection run

     Kick off an async profile-collection run bound to a source dataset. Returns
    immediately with the run id and `pending` status; poll
    `GET /v1/audience_datasets/{id}/runs/{run_id}`. Only one run per audience dataset
    may be pending or working at a time (409 otherwise). Costs 3 credits per profile,
    reserved up front (402 when the balance cannot cover it, before any work starts).

    Args:
        audience_dataset_id (str):
        body (CreateAudienceDatasetRunRequest): Body of start a profile-collection run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceDatasetRunEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        audience_dataset_id=audience_dataset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAudienceDatasetRunRequest,
) -> (
    AudienceDatasetRunEnvelope
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    """Start a profile-collection run

     Kick off an async profile-collection run bound to a source dataset. Returns
    immediately with the run id and `pending` status; poll
    `GET /v1/audience_datasets/{id}/runs/{run_id}`. Only one run per audience dataset
    may be pending or working at a time (409 otherwise). Costs 3 credits per profile,
    reserved up front (402 when the balance cannot cover it, before any work starts).

    Args:
        audience_dataset_id (str):
        body (CreateAudienceDatasetRunRequest): Body of start a profile-collection run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceDatasetRunEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return sync_detailed(
        audience_dataset_id=audience_dataset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAudienceDatasetRunRequest,
) -> Response[
    AudienceDatasetRunEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
]:
    """Start a profile-collection run

     Kick off an async profile-collection run bound to a source dataset. Returns
    immediately with the run id and `pending` status; poll
    `GET /v1/audience_datasets/{id}/runs/{run_id}`. Only one run per audience dataset
    may be pending or working at a time (409 otherwise). Costs 3 credits per profile,
    reserved up front (402 when the balance cannot cover it, before any work starts).

    Args:
        audience_dataset_id (str):
        body (CreateAudienceDatasetRunRequest): Body of start a profile-collection run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceDatasetRunEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        audience_dataset_id=audience_dataset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_dataset_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAudienceDatasetRunRequest,
) -> (
    AudienceDatasetRunEnvelope
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    """Start a profile-collection run

     Kick off an async profile-collection run bound to a source dataset. Returns
    immediately with the run id and `pending` status; poll
    `GET /v1/audience_datasets/{id}/runs/{run_id}`. Only one run per audience dataset
    may be pending or working at a time (409 otherwise). Costs 3 credits per profile,
    reserved up front (402 when the balance cannot cover it, before any work starts).

    Args:
        audience_dataset_id (str):
        body (CreateAudienceDatasetRunRequest): Body of start a profile-collection run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceDatasetRunEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            audience_dataset_id=audience_dataset_id,
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    audience_dataset_id: str,
    *,
    body: CreateAudienceDatasetRunRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_dataset_id=audience_dataset_id,
        body=body,
    )
