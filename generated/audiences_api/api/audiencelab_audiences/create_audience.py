from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_lab_error import AudienceLabError
from ...models.create_audience_request import CreateAudienceRequest
from ...models.create_audience_response import CreateAudienceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAudienceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audiences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudienceLabError | CreateAudienceResponse | None:
    if response.status_code == 200:
        response_200 = CreateAudienceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AudienceLabError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AudienceLabError.from_dict(response.json())

        return response_401

    if 400 <= response.status_code <= 499:
        response_4xx = AudienceLabError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = AudienceLabError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AudienceLabError | CreateAudienceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAudienceRequest,
) -> Response[AudienceLabError | CreateAudienceResponse]:
    """Create an AudienceLab audience

     Create an audience from filters. `filters` is required and open (keys beyond the
    documented ones exist); every array-typed filter must be sent as an array, even for
    one value. The response body is bare (no envelope).

    `segment`: ids carry a `b2c_` or `b2b_` prefix (`b2c_1253`); bare numbers and legacy
    `al_...` ids are refused (the current official page). The primary document's own
    example sends `"100073"`, but that document is an older copy of the same page, so
    the current page wins: the ids must match `^(b2c|b2b)_[0-9]+$`, and the example
    uses the current page's form. Only 200 and 400 are documented; 401 is inferred. `days_back` has no
    documented range: at least 1 is
    inferred (a look-back of less than a day selects nothing).

    Args:
        body (CreateAudienceRequest): Body of create audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceLabError | CreateAudienceResponse]
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
    body: CreateAudienceRequest,
) -> AudienceLabError | CreateAudienceResponse | None:
    """Create an AudienceLab audience

     Create an audience from filters. `filters` is required and open (keys beyond the
    documented ones exist); every array-typed filter must be sent as an array, even for
    one value. The response body is bare (no envelope).

    `segment`: ids carry a `b2c_` or `b2b_` prefix (`b2c_1253`); bare numbers and legacy
    `al_...` ids are refused (the current official page). The primary document's own
    example sends `"100073"`, but that document is an older copy of the same page, so
    the current page wins: the ids must match `^(b2c|b2b)_[0-9]+$`, and the example
    uses the current page's form. Only 200 and 400 are documented; 401 is inferred. `days_back` has no
    documented range: at least 1 is
    inferred (a look-back of less than a day selects nothing).

    Args:
        body (CreateAudienceRequest): Body of create audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceLabError | CreateAudienceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAudienceRequest,
) -> Response[AudienceLabError | CreateAudienceResponse]:
    """Create an AudienceLab audience

     Create an audience from filters. `filters` is required and open (keys beyond the
    documented ones exist); every array-typed filter must be sent as an array, even for
    one value. The response body is bare (no envelope).

    `segment`: ids carry a `b2c_` or `b2b_` prefix (`b2c_1253`); bare numbers and legacy
    `al_...` ids are refused (the current official page). The primary document's own
    example sends `"100073"`, but that document is an older copy of the same page, so
    the current page wins: the ids must match `^(b2c|b2b)_[0-9]+$`, and the example
    uses the current page's form. Only 200 and 400 are documented; 401 is inferred. `days_back` has no
    documented range: at least 1 is
    inferred (a look-back of less than a day selects nothing).

    Args:
        body (CreateAudienceRequest): Body of create audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceLabError | CreateAudienceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAudienceRequest,
) -> AudienceLabError | CreateAudienceResponse | None:
    """Create an AudienceLab audience

     Create an audience from filters. `filters` is required and open (keys beyond the
    documented ones exist); every array-typed filter must be sent as an array, even for
    one value. The response body is bare (no envelope).

    `segment`: ids carry a `b2c_` or `b2b_` prefix (`b2c_1253`); bare numbers and legacy
    `al_...` ids are refused (the current official page). The primary document's own
    example sends `"100073"`, but that document is an older copy of the same page, so
    the current page wins: the ids must match `^(b2c|b2b)_[0-9]+$`, and the example
    uses the current page's form. Only 200 and 400 are documented; 401 is inferred. `days_back` has no
    documented range: at least 1 is
    inferred (a look-back of less than a day selects nothing).

    Args:
        body (CreateAudienceRequest): Body of create audience.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceLabError | CreateAudienceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    *,
    body: CreateAudienceRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        body=body,
    )
