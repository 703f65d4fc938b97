from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_lab_error import AudienceLabError
from ...models.audience_lab_error_message import AudienceLabErrorMessage
from ...models.audience_lab_member_page import AudienceLabMemberPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    audience_id: str,
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
        "url": "/audiences/{audience_id}".format(
            audience_id=quote(str(audience_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage | None:
    if response.status_code == 200:
        response_200 = AudienceLabMemberPage.from_dict(response.json())

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

    if response.status_code == 404:

        def _parse_response_404(
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

        response_404 = _parse_response_404(response.json())

        return response_404

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
) -> Response[AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage]:
    """Read an AudienceLab audience's members (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code (`x-source: community-observed`).

    An audience's member records, `page` by `page` (1-indexed), as two community
    sources read them: `{data: [...], total_records, page, page_size, total_pages}`,
    where each row is an open object of UPPER_CASE string fields (`UUID`, `FIRST_NAME`,
    `LAST_NAME`, `BUSINESS_EMAIL`, `PERSONAL_EMAILS`, `COMPANY_NAME`, `JOB_TITLE`,
    `PERSONAL_CITY`, `SKIPTRACE_MATCH_SCORE`, ...). A third source says this path
    returns the audience's metadata instead (the fields of a listed audience); the body
    is an open object with no required field, so that shape is accepted too, and its
    fields are listed. Paging ends at the first empty `data` (one source), and a
    server may return fewer rows than `page_size` asked for. No source prints a payload
    with values, a `page_size` default, or a maximum other than one client's own cap of
    1000 (used here, inferred); whether an audience still being built answers
    differently is not documented. Errors as for `GET /audiences`.

    Args:
        audience_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage | None:
    """Read an AudienceLab audience's members (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code (`x-source: community-observed`).

    An audience's member records, `page` by `page` (1-indexed), as two community
    sources read them: `{data: [...], total_records, page, page_size, total_pages}`,
    where each row is an open object of UPPER_CASE string fields (`UUID`, `FIRST_NAME`,
    `LAST_NAME`, `BUSINESS_EMAIL`, `PERSONAL_EMAILS`, `COMPANY_NAME`, `JOB_TITLE`,
    `PERSONAL_CITY`, `SKIPTRACE_MATCH_SCORE`, ...). A third source says this path
    returns the audience's metadata instead (the fields of a listed audience); the body
    is an open object with no required field, so that shape is accepted too, and its
    fields are listed. Paging ends at the first empty `data` (one source), and a
    server may return fewer rows than `page_size` asked for. No source prints a payload
    with values, a `page_size` default, or a maximum other than one client's own cap of
    1000 (used here, inferred); whether an audience still being built answers
    differently is not documented. Errors as for `GET /audiences`.

    Args:
        audience_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage
    """

    return sync_detailed(
        audience_id=audience_id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage]:
    """Read an AudienceLab audience's members (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code (`x-source: community-observed`).

    An audience's member records, `page` by `page` (1-indexed), as two community
    sources read them: `{data: [...], total_records, page, page_size, total_pages}`,
    where each row is an open object of UPPER_CASE string fields (`UUID`, `FIRST_NAME`,
    `LAST_NAME`, `BUSINESS_EMAIL`, `PERSONAL_EMAILS`, `COMPANY_NAME`, `JOB_TITLE`,
    `PERSONAL_CITY`, `SKIPTRACE_MATCH_SCORE`, ...). A third source says this path
    returns the audience's metadata instead (the fields of a listed audience); the body
    is an open object with no required field, so that shape is accepted too, and its
    fields are listed. Paging ends at the first empty `data` (one source), and a
    server may return fewer rows than `page_size` asked for. No source prints a payload
    with values, a `page_size` default, or a maximum other than one client's own cap of
    1000 (used here, inferred); whether an audience still being built answers
    differently is not documented. Errors as for `GET /audiences`.

    Args:
        audience_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage | None:
    """Read an AudienceLab audience's members (community-observed)

     Community-observed: no official AudienceLab reference documents this operation; it
    is written from third-party code (`x-source: community-observed`).

    An audience's member records, `page` by `page` (1-indexed), as two community
    sources read them: `{data: [...], total_records, page, page_size, total_pages}`,
    where each row is an open object of UPPER_CASE string fields (`UUID`, `FIRST_NAME`,
    `LAST_NAME`, `BUSINESS_EMAIL`, `PERSONAL_EMAILS`, `COMPANY_NAME`, `JOB_TITLE`,
    `PERSONAL_CITY`, `SKIPTRACE_MATCH_SCORE`, ...). A third source says this path
    returns the audience's metadata instead (the fields of a listed audience); the body
    is an open object with no required field, so that shape is accepted too, and its
    fields are listed. Paging ends at the first empty `data` (one source), and a
    server may return fewer rows than `page_size` asked for. No source prints a payload
    with values, a `page_size` default, or a maximum other than one client's own cap of
    1000 (used here, inferred); whether an audience still being built answers
    differently is not documented. Errors as for `GET /audiences`.

    Args:
        audience_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceLabError | AudienceLabErrorMessage | AudienceLabMemberPage
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        page=page,
        page_size=page_size,
    )
