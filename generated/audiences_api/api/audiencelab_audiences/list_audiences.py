from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_lab_audience_list import AudienceLabAudienceList
from ...models.audience_lab_error import AudienceLabError
from ...models.audience_lab_error_message import AudienceLabErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audiences",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage | None:
    if response.status_code == 200:
        response_200 = AudienceLabAudienceList.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(
            data: object,
        ) -> AudienceLabError | AudienceLabErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audience_lab_community_error_type_0 = (
                    AudienceLabError.from_dict(data)
                )

                return componentsschemas_audience_lab_community_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_audience_lab_community_error_type_1 = (
                AudienceLabErrorMessage.from_dict(data)
            )

            return componentsschemas_audience_lab_community_error_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(
            data: object,
        ) -> AudienceLabError | AudienceLabErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audience_lab_community_error_type_0 = (
                    AudienceLabError.from_dict(data)
                )

                return componentsschemas_audience_lab_community_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_audience_lab_community_error_type_1 = (
                AudienceLabErrorMessage.from_dict(data)
            )

            return componentsschemas_audience_lab_community_error_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 429:

        def _parse_response_429(
            data: object,
        ) -> AudienceLabError | AudienceLabErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audience_lab_community_error_type_0 = (
                    AudienceLabError.from_dict(data)
                )

                return componentsschemas_audience_lab_community_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_audience_lab_community_error_type_1 = (
                AudienceLabErrorMessage.from_dict(data)
            )

            return componentsschemas_audience_lab_community_error_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if 400 <= response.status_code <= 499:

        def _parse_response_4xx(
            data: object,
        ) -> AudienceLabError | AudienceLabErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audience_lab_community_error_type_0 = (
                    AudienceLabError.from_dict(data)
                )

                return componentsschemas_audience_lab_community_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_audience_lab_community_error_type_1 = (
                AudienceLabErrorMessage.from_dict(data)
            )

            return componentsschemas_audience_lab_community_error_type_1

        response_4xx = _parse_response_4xx(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(
            data: object,
        ) -> AudienceLabError | AudienceLabErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audience_lab_community_error_type_0 = (
                    AudienceLabError.from_dict(data)
                )

                return componentsschemas_audience_lab_community_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_audience_lab_community_error_type_1 = (
                AudienceLabErrorMessage.from_dict(data)
            )

            return componentsschemas_audience_lab_community_error_type_1

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage]:
    """List AudienceLab audiences (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code and notes (`x-source: community-observed`). One of
    them cites an official page (api-reference/audience/get-audiences) that no stored
    source holds.

    The account's audiences, `page` by `page` (1-indexed). The sources disagree: one
    names the total `total_records`, another `total` (both are accepted, neither
    required); one says `page_size` defaults to 100 with a range of 1-1000, another
    that it defaults to 20 (so no default is stated here; 1-1000 is the one documented
    range). Audience fields beyond `id` and `name` are optional, the object open. The
    body is bare (no envelope). The errors are those one source lists (400, 401, 404,
    429, 500), with either the official page's error object or that source's
    `{"error": "<text>", "status": <code>}`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage | None:
    """List AudienceLab audiences (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code and notes (`x-source: community-observed`). One of
    them cites an official page (api-reference/audience/get-audiences) that no stored
    source holds.

    The account's audiences, `page` by `page` (1-indexed). The sources disagree: one
    names the total `total_records`, another `total` (both are accepted, neither
    required); one says `page_size` defaults to 100 with a range of 1-1000, another
    that it defaults to 20 (so no default is stated here; 1-1000 is the one documented
    range). Audience fields beyond `id` and `name` are optional, the object open. The
    body is bare (no envelope). The errors are those one source lists (400, 401, 404,
    429, 500), with either the official page's error object or that source's
    `{"error": "<text>", "status": <code>}`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage]:
    """List AudienceLab audiences (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code and notes (`x-source: community-observed`). One of
    them cites an official page (api-reference/audience/get-audiences) that no stored
    source holds.

    The account's audiences, `page` by `page` (1-indexed). The sources disagree: one
    names the total `total_records`, another `total` (both are accepted, neither
    required); one says `page_size` defaults to 100 with a range of 1-1000, another
    that it defaults to 20 (so no default is stated here; 1-1000 is the one documented
    range). Audience fields beyond `id` and `name` are optional, the object open. The
    body is bare (no envelope). The errors are those one source lists (400, 401, 404,
    429, 500), with either the official page's error object or that source's
    `{"error": "<text>", "status": <code>}`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage | None:
    """List AudienceLab audiences (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code and notes (`x-source: community-observed`). One of
    them cites an official page (api-reference/audience/get-audiences) that no stored
    source holds.

    The account's audiences, `page` by `page` (1-indexed). The sources disagree: one
    names the total `total_records`, another `total` (both are accepted, neither
    required); one says `page_size` defaults to 100 with a range of 1-1000, another
    that it defaults to 20 (so no default is stated here; 1-1000 is the one documented
    range). Audience fields beyond `id` and `name` are optional, the object open. The
    body is bare (no envelope). The errors are those one source lists (400, 401, 404,
    429, 500), with either the official page's error object or that source's
    `{"error": "<text>", "status": <code>}`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceLabAudienceList | AudienceLabError | AudienceLabErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed


def request_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        page=page,
        page_size=page_size,
    )
