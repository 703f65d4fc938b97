from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intent_audience_run_results_envelope import (
    IntentAudienceRunResultsEnvelope,
)
from ...models.leadpipe_error import LeadpipeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    audience_id: str,
    run_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intent/audiences/{audience_id}/runs/{run_id}/results".format(
            audience_id=quote(str(audience_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntentAudienceRunResultsEnvelope | LeadpipeError | None:
    if response.status_code == 200:
        response_200 = IntentAudienceRunResultsEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = IntentAudienceRunResultsEnvelope.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = LeadpipeError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LeadpipeError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = LeadpipeError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = LeadpipeError.from_dict(response.json())

        return response_409

    if 400 <= response.status_code <= 499:
        response_4xx = LeadpipeError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = LeadpipeError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntentAudienceRunResultsEnvelope | LeadpipeError]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[IntentAudienceRunResultsEnvelope | LeadpipeError]:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    Documented only in outline (`facts.md`): the 200 body having the 202's shape, the
    row's shape (no field is documented: an open object), the words of `state`, the
    ranges of `limit` and `offset` (at least 1, at least 0; no default or maximum is
    documented), 404 for an unknown audience or run, and the bodies of 400, 404 and 409
    are inferred.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunResultsEnvelope | LeadpipeError]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
        limit=limit,
        offset=offset,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> IntentAudienceRunResultsEnvelope | LeadpipeError | None:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    Documented only in outline (`facts.md`): the 200 body having the 202's shape, the
    row's shape (no field is documented: an open object), the words of `state`, the
    ranges of `limit` and `offset` (at least 1, at least 0; no default or maximum is
    documented), 404 for an unknown audience or run, and the bodies of 400, 404 and 409
    are inferred.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunResultsEnvelope | LeadpipeError
    """

    return sync_detailed(
        audience_id=audience_id,
        run_id=run_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[IntentAudienceRunResultsEnvelope | LeadpipeError]:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    Documented only in outline (`facts.md`): the 200 body having the 202's shape, the
    row's shape (no field is documented: an open object), the words of `state`, the
    ranges of `limit` and `offset` (at least 1, at least 0; no default or maximum is
    documented), 404 for an unknown audience or run, and the bodies of 400, 404 and 409
    are inferred.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntentAudienceRunResultsEnvelope | LeadpipeError]
    """

    kwargs = _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    audience_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> IntentAudienceRunResultsEnvelope | LeadpipeError | None:
    """Read a run's results (offset pages)

     The result rows of a run, `limit` rows from `offset`, with `total`. While the run
    is queued or running the answer is 202 with the run, its `state`, `results: []`
    and the page's `total`, `limit` and `offset`: not ready yet, never an empty result.
    A completed run answers 200. A run that cannot serve results (failed or cancelled)
    answers 409.

    Documented only in outline (`facts.md`): the 200 body having the 202's shape, the
    row's shape (no field is documented: an open object), the words of `state`, the
    ranges of `limit` and `offset` (at least 1, at least 0; no default or maximum is
    documented), 404 for an unknown audience or run, and the bodies of 400, 404 and 409
    are inferred.

    Args:
        audience_id (str):
        run_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntentAudienceRunResultsEnvelope | LeadpipeError
    """

    return (
        await asyncio_detailed(
            audience_id=audience_id,
            run_id=run_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed


def request_kwargs(
    audience_id: str,
    run_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        audience_id=audience_id,
        run_id=run_id,
        limit=limit,
        offset=offset,
    )
