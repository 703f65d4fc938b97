from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.create_pattern_detection_request import CreatePatternDetectionRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.pattern_detection_run_envelope import PatternDetectionRunEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePatternDetectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pattern_detections",
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
    | PatternDetectionRunEnvelope
    | None
):
    if response.status_code == 202:
        response_202 = PatternDetectionRunEnvelope.from_dict(response.json())

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
        response_2xx = PatternDetectionRunEnvelope.from_dict(response.json())

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
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRunEnvelope
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
    body: CreatePatternDetectionRequest,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRunEnvelope
]:
    """Start a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Kick off a one-shot async pattern discovery over a dataset; returns immediately.
    Charges 0.5 credits per post analysed; 402 before any work when the balance
    cannot cover 0.5 × posts in the dataset (no partial runs).

    The reference page lists responses without HTTP codes; the codes here are
    inferred from `facts.md` (202 as for the other run-starting endpoints, 402 for
    credits, 404 for `dataset_not_found`, 422 for validation). The page shows two
    success shapes: the full run object (status as `{type, steps}`, `created_at` in
    epoch seconds) and, in its lifecycle section, `{run_id, status: "pending"}` with
    the status as a plain string; both are accepted. Its envelope `status` prints the
    playground placeholder `info` where the overview says `success`; both are
    accepted. Request field constraints are not documented beyond the example.

    Args:
        body (CreatePatternDetectionRequest): Body of start a pattern detection. The reference
            page prints only an example with
            all three fields; that all three are required is inferred, and no length or format
            constraint is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRunEnvelope]
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
    body: CreatePatternDetectionRequest,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | PatternDetectionRunEnvelope
    | None
):
    """Start a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Kick off a one-shot async pattern discovery over a dataset; returns immediately.
    Charges 0.5 credits per post analysed; 402 before any work when the balance
    cannot cover 0.5 × posts in the dataset (no partial runs).

    The reference page lists responses without HTTP codes; the codes here are
    inferred from `facts.md` (202 as for the other run-starting endpoints, 402 for
    credits, 404 for `dataset_not_found`, 422 for validation). The page shows two
    success shapes: the full run object (status as `{type, steps}`, `created_at` in
    epoch seconds) and, in its lifecycle section, `{run_id, status: "pending"}` with
    the status as a plain string; both are accepted. Its envelope `status` prints the
    playground placeholder `info` where the overview says `success`; both are
    accepted. Request field constraints are not documented beyond the example.

    Args:
        body (CreatePatternDetectionRequest): Body of start a pattern detection. The reference
            page prints only an example with
            all three fields; that all three are required is inferred, and no length or format
            constraint is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRunEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePatternDetectionRequest,
) -> Response[
    BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRunEnvelope
]:
    """Start a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Kick off a one-shot async pattern discovery over a dataset; returns immediately.
    Charges 0.5 credits per post analysed; 402 before any work when the balance
    cannot cover 0.5 × posts in the dataset (no partial runs).

    The reference page lists responses without HTTP codes; the codes here are
    inferred from `facts.md` (202 as for the other run-starting endpoints, 402 for
    credits, 404 for `dataset_not_found`, 422 for validation). The page shows two
    success shapes: the full run object (status as `{type, steps}`, `created_at` in
    epoch seconds) and, in its lifecycle section, `{run_id, status: "pending"}` with
    the status as a plain string; both are accepted. Its envelope `status` prints the
    playground placeholder `info` where the overview says `success`; both are
    accepted. Request field constraints are not documented beyond the example.

    Args:
        body (CreatePatternDetectionRequest): Body of start a pattern detection. The reference
            page prints only an example with
            all three fields; that all three are required is inferred, and no length or format
            constraint is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRunEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePatternDetectionRequest,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | PatternDetectionRunEnvelope
    | None
):
    """Start a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Kick off a one-shot async pattern discovery over a dataset; returns immediately.
    Charges 0.5 credits per post analysed; 402 before any work when the balance
    cannot cover 0.5 × posts in the dataset (no partial runs).

    The reference page lists responses without HTTP codes; the codes here are
    inferred from `facts.md` (202 as for the other run-starting endpoints, 402 for
    credits, 404 for `dataset_not_found`, 422 for validation). The page shows two
    success shapes: the full run object (status as `{type, steps}`, `created_at` in
    epoch seconds) and, in its lifecycle section, `{run_id, status: "pending"}` with
    the status as a plain string; both are accepted. Its envelope `status` prints the
    playground placeholder `info` where the overview says `success`; both are
    accepted. Request field constraints are not documented beyond the example.

    Args:
        body (CreatePatternDetectionRequest): Body of start a pattern detection. The reference
            page prints only an example with
            all three fields; that all three are required is inferred, and no length or format
            constraint is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRunEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    *,
    body: CreatePatternDetectionRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        body=body,
    )
