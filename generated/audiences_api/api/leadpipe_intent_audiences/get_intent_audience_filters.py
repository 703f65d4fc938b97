from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_filter_catalog_envelope import (
    IntentAudienceFilterCatalogEnvelope,
)
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/audiences/filters",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentAudienceFilterCatalogEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:

        def _parse_response_401(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if 400 <= response.status_code <= 499:

        def _parse_response_4xx(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_4xx = _parse_response_4xx(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(data: object) -> LeadpipeError | LeadpipeErrorMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_leadpipe_error_body_type_0 = LeadpipeError.from_dict(
                    data
                )

                return componentsschemas_leadpipe_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_leadpipe_error_body_type_1 = (
                LeadpipeErrorMessage.from_dict(data)
            )

            return componentsschemas_leadpipe_error_body_type_1

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage
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
) -> Response[
    IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage
]:
    """Read the ICP filter catalogue

     The filters an audience config's `filters` can use. Two official shapes disagree,
    and both are accepted, in one open `data` object with the fields of both and none
    required:

    * the current guide page (ICP filters) documents a grouped catalogue, `version`,
      `summary` and `groups[].filters[]` ("render filters from data.groups[].filters[]
      and submit each filter by its key"), printed as a TypeScript type, with no JSON
      example; filter definitions also carry backend diagnostic fields (`sourceColumn`,
      `source`, `requiresSidecar`, `isSearchOnly`), which the page names without types;
    * Leadpipe's older official spec documents flat lists of values (`seniority`,
      `companyIndustry`, `companySize`, `department`, `companyRevenueRange`,
      `ageRange`, `gender`), to which its SDK adds `state`.

    "Cached for 24 hours" (older spec). No example is printed anywhere. 200 is the
    older spec's code; the errors are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Read the ICP filter catalogue

     The filters an audience config's `filters` can use. Two official shapes disagree,
    and both are accepted, in one open `data` object with the fields of both and none
    required:

    * the current guide page (ICP filters) documents a grouped catalogue, `version`,
      `summary` and `groups[].filters[]` ("render filters from data.groups[].filters[]
      and submit each filter by its key"), printed as a TypeScript type, with no JSON
      example; filter definitions also carry backend diagnostic fields (`sourceColumn`,
      `source`, `requiresSidecar`, `isSearchOnly`), which the page names without types;
    * Leadpipe's older official spec documents flat lists of values (`seniority`,
      `companyIndustry`, `companySize`, `department`, `companyRevenueRange`,
      `ageRange`, `gender`), to which its SDK adds `state`.

    "Cached for 24 hours" (older spec). No example is printed anywhere. 200 is the
    older spec's code; the errors are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage
]:
    """Read the ICP filter catalogue

     The filters an audience config's `filters` can use. Two official shapes disagree,
    and both are accepted, in one open `data` object with the fields of both and none
    required:

    * the current guide page (ICP filters) documents a grouped catalogue, `version`,
      `summary` and `groups[].filters[]` ("render filters from data.groups[].filters[]
      and submit each filter by its key"), printed as a TypeScript type, with no JSON
      example; filter definitions also carry backend diagnostic fields (`sourceColumn`,
      `source`, `requiresSidecar`, `isSearchOnly`), which the page names without types;
    * Leadpipe's older official spec documents flat lists of values (`seniority`,
      `companyIndustry`, `companySize`, `department`, `companyRevenueRange`,
      `ageRange`, `gender`), to which its SDK adds `state`.

    "Cached for 24 hours" (older spec). No example is printed anywhere. 200 is the
    older spec's code; the errors are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Read the ICP filter catalogue

     The filters an audience config's `filters` can use. Two official shapes disagree,
    and both are accepted, in one open `data` object with the fields of both and none
    required:

    * the current guide page (ICP filters) documents a grouped catalogue, `version`,
      `summary` and `groups[].filters[]` ("render filters from data.groups[].filters[]
      and submit each filter by its key"), printed as a TypeScript type, with no JSON
      example; filter definitions also carry backend diagnostic fields (`sourceColumn`,
      `source`, `requiresSidecar`, `isSearchOnly`), which the page names without types;
    * Leadpipe's older official spec documents flat lists of values (`seniority`,
      `companyIndustry`, `companySize`, `department`, `companyRevenueRange`,
      `ageRange`, `gender`), to which its SDK adds `state`.

    "Cached for 24 hours" (older spec). No example is printed anywhere. 200 is the
    older spec's code; the errors are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceFilterCatalogEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def request_kwargs() -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs()
