from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_run_export_envelope import IntentRunExportEnvelope
from ...models.leadpipe_error import LeadpipeError
from ...models.leadpipe_error_message import LeadpipeErrorMessage
from ...types import Response


def _get_kwargs(
    audience_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/intent/audiences/{audience_id}/runs/{run_id}/exports".format(
            audience_id=quote(str(audience_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    if response.status_code == 200:
        response_200 = IntentRunExportEnvelope.from_dict(response.json())

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

    if response.status_code == 404:

        def _parse_response_404(data: object) -> LeadpipeError | LeadpipeErrorMessage:
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

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> LeadpipeError | LeadpipeErrorMessage:
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

        response_409 = _parse_response_409(response.json())

        return response_409

    if 200 <= response.status_code <= 299:
        response_2xx = IntentRunExportEnvelope.from_dict(response.json())

        return response_2xx

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
) -> Response[IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Create or reuse a stored CSV export of a completed run

     A reusable export record of a completed run's CSV, with a signed `downloadUrl`
    valid until `downloadUrlExpiresAt` (`downloadUrlTtlSeconds` from now). If the run
    already has a stored export, it is reused with a fresh signed URL ("Stored CSV
    export already exists; fresh signed URL returned"). No request body is documented.
    An export's `status` is `processing` (an enum value in the API reference) or
    `completed` (the guide's example): that a new export may still be processing, with
    no URL yet, is inferred, so every field but `export` is optional.

    No status code is printed: 200 is inferred, with a `2XX` fallback for a new
    export's code (201 or 202 are possible; none is documented). What a run that is
    not completed answers is not documented: 409 is inferred (as the results endpoint
    answers a run that cannot serve results), and so is 404. The first example is the
    API reference's (Mintlify placeholders, complete); the second the guide's, whose
    stored copy is cut inside `downloadUrl` (left out).

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Create or reuse a stored CSV export of a completed run

     A reusable export record of a completed run's CSV, with a signed `downloadUrl`
    valid until `downloadUrlExpiresAt` (`downloadUrlTtlSeconds` from now). If the run
    already has a stored export, it is reused with a fresh signed URL ("Stored CSV
    export already exists; fresh signed URL returned"). No request body is documented.
    An export's `status` is `processing` (an enum value in the API reference) or
    `completed` (the guide's example): that a new export may still be processing, with
    no URL yet, is inferred, so every field but `export` is optional.

    No status code is printed: 200 is inferred, with a `2XX` fallback for a new
    export's code (201 or 202 are possible; none is documented). What a run that is
    not completed answers is not documented: 409 is inferred (as the results endpoint
    answers a run that cannot serve results), and so is 404. The first example is the
    API reference's (Mintlify placeholders, complete); the second the guide's, whose
    stored copy is cut inside `downloadUrl` (left out).

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return sync_detailed(
        audience_id=audience_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage]:
    """Create or reuse a stored CSV export of a completed run

     A reusable export record of a completed run's CSV, with a signed `downloadUrl`
    valid until `downloadUrlExpiresAt` (`downloadUrlTtlSeconds` from now). If the run
    already has a stored export, it is reused with a fresh signed URL ("Stored CSV
    export already exists; fresh signed URL returned"). No request body is documented.
    An export's `status` is `processing` (an enum value in the API reference) or
    `completed` (the guide's example): that a new export may still be processing, with
    no URL yet, is inferred, so every field but `export` is optional.

    No status code is printed: 200 is inferred, with a `2XX` fallback for a new
    export's code (201 or 202 are possible; none is documented). What a run that is
    not completed answers is not documented: 409 is inferred (as the results endpoint
    answers a run that cannot serve results), and so is 404. The first example is the
    API reference's (Mintlify placeholders, complete); the second the guide's, whose
    stored copy is cut inside `downloadUrl` (left out).

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage | None:
    """Create or reuse a stored CSV export of a completed run

     A reusable export record of a completed run's CSV, with a signed `downloadUrl`
    valid until `downloadUrlExpiresAt` (`downloadUrlTtlSeconds` from now). If the run
    already has a stored export, it is reused with a fresh signed URL ("Stored CSV
    export already exists; fresh signed URL returned"). No request body is documented.
    An export's `status` is `processing` (an enum value in the API reference) or
    `completed` (the guide's example): that a new export may still be processing, with
    no URL yet, is inferred, so every field but `export` is optional.

    No status code is printed: 200 is inferred, with a `2XX` fallback for a new
    export's code (201 or 202 are possible; none is documented). What a run that is
    not completed answers is not documented: 409 is inferred (as the results endpoint
    answers a run that cannot serve results), and so is 404. The first example is the
    API reference's (Mintlify placeholders, complete); the second the guide's, whose
    stored copy is cut inside `downloadUrl` (left out).

    Args:
        audience_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentRunExportEnvelope | LeadpipeError | LeadpipeErrorMessage
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            run_id=run_id,
            client=client,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    run_id: str,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
    )
