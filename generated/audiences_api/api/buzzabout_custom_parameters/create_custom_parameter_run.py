from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.create_custom_parameter_run_request import (
    CreateCustomParameterRunRequest,
)
from ...models.custom_parameter_run_created_envelope import (
    CustomParameterRunCreatedEnvelope,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    parameter_id: str,
    *,
    body: CreateCustomParameterRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/custom_parameters/{parameter_id}/runs".format(
            parameter_id=quote(str(parameter_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterRunCreatedEnvelope
    | None
):
    if response.status_code == 202:
        response_202 = CustomParameterRunCreatedEnvelope.from_dict(response.json())

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

    if 200 <= response.status_code <= 299:
        response_2xx = CustomParameterRunCreatedEnvelope.from_dict(response.json())

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
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterRunCreatedEnvelope
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
    body: CreateCustomParameterRunRequest,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterRunCreatedEnvelope
]:
    """Run a custom parameter across a dataset

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Start a run of the custom parameter over a scope (`{kind: "dataset", id}`, the
    only kind in v1). Charges 0.5 credits per post. Codes inferred: 202 with
    `{run_id}`; 402 `insufficient_credits_content_analysis`; 404
    `custom_parameter_not_found`; 409 `custom_parameter_run_in_flight`; 422
    `nothing_to_analyze` (listed after the 409, with no separate validation response).

    Args:
        parameter_id (str):
        body (CreateCustomParameterRunRequest): Body of run a custom parameter (a `scope` is what
            the page's prose says it takes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterRunCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        parameter_id=parameter_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parameter_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateCustomParameterRunRequest,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterRunCreatedEnvelope
    | None
):
    """Run a custom parameter across a dataset

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Start a run of the custom parameter over a scope (`{kind: "dataset", id}`, the
    only kind in v1). Charges 0.5 credits per post. Codes inferred: 202 with
    `{run_id}`; 402 `insufficient_credits_content_analysis`; 404
    `custom_parameter_not_found`; 409 `custom_parameter_run_in_flight`; 422
    `nothing_to_analyze` (listed after the 409, with no separate validation response).

    Args:
        parameter_id (str):
        body (CreateCustomParameterRunRequest): Body of run a custom parameter (a `scope` is what
            the page's prose says it takes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterRunCreatedEnvelope
    """

    return sync_detailed(
        parameter_id=parameter_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    parameter_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateCustomParameterRunRequest,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterRunCreatedEnvelope
]:
    """Run a custom parameter across a dataset

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Start a run of the custom parameter over a scope (`{kind: "dataset", id}`, the
    only kind in v1). Charges 0.5 credits per post. Codes inferred: 202 with
    `{run_id}`; 402 `insufficient_credits_content_analysis`; 404
    `custom_parameter_not_found`; 409 `custom_parameter_run_in_flight`; 422
    `nothing_to_analyze` (listed after the 409, with no separate validation response).

    Args:
        parameter_id (str):
        body (CreateCustomParameterRunRequest): Body of run a custom parameter (a `scope` is what
            the page's prose says it takes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterRunCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        parameter_id=parameter_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parameter_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateCustomParameterRunRequest,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | CustomParameterRunCreatedEnvelope
    | None
):
    """Run a custom parameter across a dataset

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Start a run of the custom parameter over a scope (`{kind: "dataset", id}`, the
    only kind in v1). Charges 0.5 credits per post. Codes inferred: 202 with
    `{run_id}`; 402 `insufficient_credits_content_analysis`; 404
    `custom_parameter_not_found`; 409 `custom_parameter_run_in_flight`; 422
    `nothing_to_analyze` (listed after the 409, with no separate validation response).

    Args:
        parameter_id (str):
        body (CreateCustomParameterRunRequest): Body of run a custom parameter (a `scope` is what
            the page's prose says it takes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | CustomParameterRunCreatedEnvelope
    """

    return (
        await asyncio_detailed(
            parameter_id=parameter_id,
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    parameter_id: str,
    *,
    body: CreateCustomParameterRunRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        parameter_id=parameter_id,
        body=body,
    )
