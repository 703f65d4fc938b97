from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_dataset_envelope import AudienceDatasetEnvelope
from ...models.buzzabout_error import BuzzaboutError
from ...models.http_validation_error import HTTPValidationError
from ...models.update_audience_dataset_request import UpdateAudienceDatasetRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    audience_dataset_id: str,
    *,
    body: UpdateAudienceDatasetRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/audience_datasets/{audience_dataset_id}".format(
            audience_dataset_id=quote(str(audience_dataset_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AudienceDatasetEnvelope
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = AudienceDatasetEnvelope.from_dict(response.json())

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
    AudienceDatasetEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
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
    body: UpdateAudienceDatasetRequest | Unset = UNSET,
) -> Response[
    AudienceDatasetEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
]:
    """Update an audience dataset (name only)

     Same shape and semantics as `PATCH /v1/datasets/{id}`: only `name` is updatable;
    an empty body is a no-op that returns the current audience dataset; an empty
    string clears the name (stored as null), so the body is optional. The 200
    response is "same shape as retrieve" per the dataset page.

    Args:
        audience_dataset_id (str):
        body (UpdateAudienceDatasetRequest | Unset): Body of update audience dataset. Only `name`;
            an empty object is a no-op and an
            empty string clears the name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceDatasetEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]
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
    body: UpdateAudienceDatasetRequest | Unset = UNSET,
) -> (
    AudienceDatasetEnvelope
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    """Update an audience dataset (name only)

     Same shape and semantics as `PATCH /v1/datasets/{id}`: only `name` is updatable;
    an empty body is a no-op that returns the current audience dataset; an empty
    string clears the name (stored as null), so the body is optional. The 200
    response is "same shape as retrieve" per the dataset page.

    Args:
        audience_dataset_id (str):
        body (UpdateAudienceDatasetRequest | Unset): Body of update audience dataset. Only `name`;
            an empty object is a no-op and an
            empty string clears the name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceDatasetEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
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
    body: UpdateAudienceDatasetRequest | Unset = UNSET,
) -> Response[
    AudienceDatasetEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
]:
    """Update an audience dataset (name only)

     Same shape and semantics as `PATCH /v1/datasets/{id}`: only `name` is updatable;
    an empty body is a no-op that returns the current audience dataset; an empty
    string clears the name (stored as null), so the body is optional. The 200
    response is "same shape as retrieve" per the dataset page.

    Args:
        audience_dataset_id (str):
        body (UpdateAudienceDatasetRequest | Unset): Body of update audience dataset. Only `name`;
            an empty object is a no-op and an
            empty string clears the name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceDatasetEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError]
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
    body: UpdateAudienceDatasetRequest | Unset = UNSET,
) -> (
    AudienceDatasetEnvelope
    | BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | None
):
    """Update an audience dataset (name only)

     Same shape and semantics as `PATCH /v1/datasets/{id}`: only `name` is updatable;
    an empty body is a no-op that returns the current audience dataset; an empty
    string clears the name (stored as null), so the body is optional. The 200
    response is "same shape as retrieve" per the dataset page.

    Args:
        audience_dataset_id (str):
        body (UpdateAudienceDatasetRequest | Unset): Body of update audience dataset. Only `name`;
            an empty object is a no-op and an
            empty string clears the name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceDatasetEnvelope | BuzzaboutError | BuzzaboutError | HTTPValidationError
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
    body: UpdateAudienceDatasetRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_dataset_id=audience_dataset_id,
        body=body,
    )
