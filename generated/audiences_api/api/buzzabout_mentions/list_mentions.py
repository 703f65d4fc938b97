from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buzzabout_error import BuzzaboutError
from ...models.buzzabout_validation_error import BuzzaboutValidationError
from ...models.http_validation_error import HTTPValidationError
from ...models.list_mentions_request import ListMentionsRequest
from ...models.mention_list import MentionList
from ...types import Response


def _get_kwargs(
    *,
    body: ListMentionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/mentions",
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
    | BuzzaboutValidationError
    | HTTPValidationError
    | MentionList
    | None
):
    if response.status_code == 200:
        response_200 = MentionList.from_dict(response.json())

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

        def _parse_response_422(
            data: object,
        ) -> BuzzaboutValidationError | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_buzzabout_invalid_request_body_type_0 = (
                    HTTPValidationError.from_dict(data)
                )

                return componentsschemas_buzzabout_invalid_request_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_buzzabout_invalid_request_body_type_1 = (
                BuzzaboutValidationError.from_dict(data)
            )

            return componentsschemas_buzzabout_invalid_request_body_type_1

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
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | MentionList
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
    body: ListMentionsRequest,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | MentionList
]:
    """List mentions (filtered, sorted, paginated)

     Global: one call returns mentions from every dataset owned by the account;
    `dataset_ids` (and `sources`, `collection_ids`) narrow it. A POST because filters
    nest: `filters` is a list of groups joined by OR, each group a list of filters
    joined by AND, at most 10 filters in all (a JSON Schema cannot count across the
    groups: the server answers 422 with `errors["body.filters"]`).

    The cursor travels in the body, not the query. It is sort-aware: pass back the
    `sort` (and `order`) of the page that gave it; a cursor reused with another sort
    fails validation (422, `errors["body.cursor"]`), so request a fresh first page
    when changing the sort.

    Counts and analyses: `engagement_rate`, `sentiment_score` and the `sentiment`
    parts are decimal numbers sent as strings (`"0.020"`); the analysis fields
    (`sentiment`, `emotions`, `tone_of_voice`, `hook`, ...) are null when that
    analysis did not run on the run that collected the post; `comments` is null unless
    the run asked for comments (`num_comments_per_post > 0`). The same post can be in
    several datasets: `datasets` lists them.

    Custom-parameter values (beta, staging docs only): with `parameter_ids`, each
    mention carries the values those parameters extracted under
    `custom_parameters[{parameter_id}]` (one sentence documents it; no example). The
    staging mentions page also prints a request with fields this production page does
    not list (`q`, `search_mode`, `operation`, `filters` as an object); they are not
    described here.

    Args:
        body (ListMentionsRequest): Body of list mentions. Every field is optional; `filters` is a
            list of groups
            joined by OR, each a list of filters joined by AND, at most 10 filters in all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | MentionList]
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
    body: ListMentionsRequest,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | MentionList
    | None
):
    """List mentions (filtered, sorted, paginated)

     Global: one call returns mentions from every dataset owned by the account;
    `dataset_ids` (and `sources`, `collection_ids`) narrow it. A POST because filters
    nest: `filters` is a list of groups joined by OR, each group a list of filters
    joined by AND, at most 10 filters in all (a JSON Schema cannot count across the
    groups: the server answers 422 with `errors["body.filters"]`).

    The cursor travels in the body, not the query. It is sort-aware: pass back the
    `sort` (and `order`) of the page that gave it; a cursor reused with another sort
    fails validation (422, `errors["body.cursor"]`), so request a fresh first page
    when changing the sort.

    Counts and analyses: `engagement_rate`, `sentiment_score` and the `sentiment`
    parts are decimal numbers sent as strings (`"0.020"`); the analysis fields
    (`sentiment`, `emotions`, `tone_of_voice`, `hook`, ...) are null when that
    analysis did not run on the run that collected the post; `comments` is null unless
    the run asked for comments (`num_comments_per_post > 0`). The same post can be in
    several datasets: `datasets` lists them.

    Custom-parameter values (beta, staging docs only): with `parameter_ids`, each
    mention carries the values those parameters extracted under
    `custom_parameters[{parameter_id}]` (one sentence documents it; no example). The
    staging mentions page also prints a request with fields this production page does
    not list (`q`, `search_mode`, `operation`, `filters` as an object); they are not
    described here.

    Args:
        body (ListMentionsRequest): Body of list mentions. Every field is optional; `filters` is a
            list of groups
            joined by OR, each a list of filters joined by AND, at most 10 filters in all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | MentionList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListMentionsRequest,
) -> Response[
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | MentionList
]:
    """List mentions (filtered, sorted, paginated)

     Global: one call returns mentions from every dataset owned by the account;
    `dataset_ids` (and `sources`, `collection_ids`) narrow it. A POST because filters
    nest: `filters` is a list of groups joined by OR, each group a list of filters
    joined by AND, at most 10 filters in all (a JSON Schema cannot count across the
    groups: the server answers 422 with `errors["body.filters"]`).

    The cursor travels in the body, not the query. It is sort-aware: pass back the
    `sort` (and `order`) of the page that gave it; a cursor reused with another sort
    fails validation (422, `errors["body.cursor"]`), so request a fresh first page
    when changing the sort.

    Counts and analyses: `engagement_rate`, `sentiment_score` and the `sentiment`
    parts are decimal numbers sent as strings (`"0.020"`); the analysis fields
    (`sentiment`, `emotions`, `tone_of_voice`, `hook`, ...) are null when that
    analysis did not run on the run that collected the post; `comments` is null unless
    the run asked for comments (`num_comments_per_post > 0`). The same post can be in
    several datasets: `datasets` lists them.

    Custom-parameter values (beta, staging docs only): with `parameter_ids`, each
    mention carries the values those parameters extracted under
    `custom_parameters[{parameter_id}]` (one sentence documents it; no example). The
    staging mentions page also prints a request with fields this production page does
    not list (`q`, `search_mode`, `operation`, `filters` as an object); they are not
    described here.

    Args:
        body (ListMentionsRequest): Body of list mentions. Every field is optional; `filters` is a
            list of groups
            joined by OR, each a list of filters joined by AND, at most 10 filters in all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | MentionList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListMentionsRequest,
) -> (
    BuzzaboutError
    | BuzzaboutError
    | HTTPValidationError
    | BuzzaboutValidationError
    | HTTPValidationError
    | MentionList
    | None
):
    """List mentions (filtered, sorted, paginated)

     Global: one call returns mentions from every dataset owned by the account;
    `dataset_ids` (and `sources`, `collection_ids`) narrow it. A POST because filters
    nest: `filters` is a list of groups joined by OR, each group a list of filters
    joined by AND, at most 10 filters in all (a JSON Schema cannot count across the
    groups: the server answers 422 with `errors["body.filters"]`).

    The cursor travels in the body, not the query. It is sort-aware: pass back the
    `sort` (and `order`) of the page that gave it; a cursor reused with another sort
    fails validation (422, `errors["body.cursor"]`), so request a fresh first page
    when changing the sort.

    Counts and analyses: `engagement_rate`, `sentiment_score` and the `sentiment`
    parts are decimal numbers sent as strings (`"0.020"`); the analysis fields
    (`sentiment`, `emotions`, `tone_of_voice`, `hook`, ...) are null when that
    analysis did not run on the run that collected the post; `comments` is null unless
    the run asked for comments (`num_comments_per_post > 0`). The same post can be in
    several datasets: `datasets` lists them.

    Custom-parameter values (beta, staging docs only): with `parameter_ids`, each
    mention carries the values those parameters extracted under
    `custom_parameters[{parameter_id}]` (one sentence documents it; no example). The
    staging mentions page also prints a request with fields this production page does
    not list (`q`, `search_mode`, `operation`, `filters` as an object); they are not
    described here.

    Args:
        body (ListMentionsRequest): Body of list mentions. Every field is optional; `filters` is a
            list of groups
            joined by OR, each a list of filters joined by AND, at most 10 filters in all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuzzaboutError | BuzzaboutError | HTTPValidationError | BuzzaboutValidationError | HTTPValidationError | MentionList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def request_kwargs(
    *,
    body: ListMentionsRequest,
) -> dict[str, Any]:
    """The ``httpx`` request arguments of this operation (method, url, params, json, headers),
    built without sending it."""

    return _get_kwargs(
        body=body,
    )
