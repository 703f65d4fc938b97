from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.http_validation_error import HTTPValidationError
from ...models.pattern_detection_run import PatternDetectionRun
from ...models.pattern_detection_run_envelope import PatternDetectionRunEnvelope
from ...types import Response


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pattern_detections/{run_id}".format(
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
    | PatternDetectionRun
    | PatternDetectionRunEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> PatternDetectionRun | PatternDetectionRunEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pattern_detection_run_response_type_0 = (
                    PatternDetectionRunEnvelope.from_dict(data)
                )

                return componentsschemas_pattern_detection_run_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_pattern_detection_run_response_type_1 = (
                PatternDetectionRun.from_dict(data)
            )

            return componentsschemas_pattern_detection_run_response_type_1

        response_200 = _parse_response_200(response.json())

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

        def _parse_response_2xx(
            data: object,
        ) -> PatternDetectionRun | PatternDetectionRunEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pattern_detection_run_response_type_0 = (
                    PatternDetectionRunEnvelope.from_dict(data)
                )

                return componentsschemas_pattern_detection_run_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_pattern_detection_run_response_type_1 = (
                PatternDetectionRun.from_dict(data)
            )

            return componentsschemas_pattern_detection_run_response_type_1

        response_2xx = _parse_response_2xx(response.json())

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
    | PatternDetectionRun
    | PatternDetectionRunEnvelope
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | PatternDetectionRun
    | PatternDetectionRunEnvelope
]:
    """Poll a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Poll until the status is `completed`; the completed run carries `pattern_id`
    (read the pattern with `GET /v1/patterns/{pattern_id}`).

    Codes inferred (200, 404 `pattern_detection_run_not_found`, 422). The documents
    print the body in two ways: wrapped in the envelope (reference page) and, for a
    completed run in the lifecycle section, as a bare object
    `{run_id, status: "completed", pattern_id}`; both are accepted, as are a status
    string and a status object.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRun | PatternDetectionRunEnvelope]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | PatternDetectionRun
    | PatternDetectionRunEnvelope
    | None
):
    """Poll a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Poll until the status is `completed`; the completed run carries `pattern_id`
    (read the pattern with `GET /v1/patterns/{pattern_id}`).

    Codes inferred (200, 404 `pattern_detection_run_not_found`, 422). The documents
    print the body in two ways: wrapped in the envelope (reference page) and, for a
    completed run in the lifecycle section, as a bare object
    `{run_id, status: "completed", pattern_id}`; both are accepted, as are a status
    string and a status object.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRun | PatternDetectionRunEnvelope
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | PatternDetectionRun
    | PatternDetectionRunEnvelope
]:
    """Poll a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Poll until the status is `completed`; the completed run carries `pattern_id`
    (read the pattern with `GET /v1/patterns/{pattern_id}`).

    Codes inferred (200, 404 `pattern_detection_run_not_found`, 422). The documents
    print the body in two ways: wrapped in the envelope (reference page) and, for a
    completed run in the lifecycle section, as a bare object
    `{run_id, status: "completed", pattern_id}`; both are accepted, as are a status
    string and a status object.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRun | PatternDetectionRunEnvelope]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | PatternDetectionRun
    | PatternDetectionRunEnvelope
    | None
):
    """Poll a pattern detection

     Beta (`x-stability: beta`): documented only in Buzzabout's staging docs, which call the
    API stable for datasets, mentions, audience datasets and audience profiles and say
    newer endpoints "may change".

    Poll until the status is `completed`; the completed run carries `pattern_id`
    (read the pattern with `GET /v1/patterns/{pattern_id}`).

    Codes inferred (200, 404 `pattern_detection_run_not_found`, 422). The documents
    print the body in two ways: wrapped in the envelope (reference page) and, for a
    completed run in the lifecycle section, as a bare object
    `{run_id, status: "completed", pattern_id}`; both are accepted, as are a status
    string and a status object.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | PatternDetectionRun | PatternDetectionRunEnvelope
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed


def request_kwargs(
    run_id: str,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        run_id=run_id,
    )
