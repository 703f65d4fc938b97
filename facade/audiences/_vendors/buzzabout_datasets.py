"""Buzzabout datasets and their runs (prompt or URL searches): requests and shapes.

Every bound, default and allowed word comes from the spec (``audiences._spec``); the hand
code here says what the spec cannot: a run is a prompt search or a URL search (exactly
one), a URL appears once, ``text`` is for Reddit threads, a date range runs forward.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

import httpx

from audiences import _spec as spec, _validation as check
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import Dataset, DatasetRun, DatasetRunParams, SourceURL
from audiences._pagination import PageOp
from audiences._read import Fields, Reader
from audiences._responses import no_body
from audiences._vendors import _buzzabout as bz
from audiences._vendors._observe import owned_run

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")

read_dataset = Reader(Dataset, "Dataset", read={"id": Fields.ident})


def _source_url(d: Fields) -> SourceURL:
    return SourceURL(d.text("source") or "", d.text("url") or "", d.text("text"))


def _search_sent(d: Fields, read: dict[str, Any]) -> dict[str, Any]:
    search = d.object("search_query")
    urls = () if search is None else search.array("source_urls")
    return {
        "search_type": None if search is None else search.word("type"),
        "search_query": None if search is None else search.text("search_query"),
        "sources": () if search is None else search.strings("sources"),
        "source_urls": tuple(
            _source_url(Fields(u, f"{d.where}.search_query.source_urls[{i}]"))
            for i, u in enumerate(urls)
        ),
    }


def _date_range(d: Fields, key: str) -> tuple[_dt.date | None, _dt.date | None] | None:
    window = d.object(key)
    return None if window is None else (window.day("from"), window.day("to"))


read_params = Reader(
    DatasetRunParams,
    "DatasetRunParams",
    read={"date_range": _date_range},
    computed=_search_sent,
    uses=("search_query",),
)
"""A run's ``params``: the search as the API sends it back."""


def _params(d: Fields, key: str) -> DatasetRunParams | None:
    params = d.object(key)
    return None if params is None else read_params(params)


read_run = bz.run_reader(DatasetRun, "DatasetRun", read={"params": _params})
"""A dataset run; a keyword (``dataset_id=``) fills what the answer leaves out."""


def create(name: str) -> Operation[Dataset]:
    """POST /v1/datasets."""
    from audiences_api.api.buzzabout_datasets import create_dataset as api
    from audiences_api.models import CreateDatasetRequest

    body = CreateDatasetRequest(**check.given("CreateDatasetRequest", name=name))
    return bz.operation(api.request_kwargs(body=body), bz.one(read_dataset))


def list_page(limit: int | None, order: str | None, cursor: str | None) -> PageOp[Dataset]:
    """GET /v1/datasets, one page per cursor."""
    from audiences_api.api.buzzabout_datasets import list_datasets as api
    from audiences_api.models import ListDatasetsOrder

    return bz.cursor_pages(
        api, ListDatasetsOrder, read_dataset, limit=limit, order=order, cursor=cursor
    )


def get(dataset_id: str) -> Operation[Dataset]:
    """GET /v1/datasets/{dataset_id}."""
    from audiences_api.api.buzzabout_datasets import get_dataset as api

    return bz.operation(
        api.request_kwargs(check.path_id("dataset_id", dataset_id)), bz.one(read_dataset)
    )


def update(dataset_id: str, name: str) -> Operation[Dataset]:
    """PATCH /v1/datasets/{dataset_id} (``name=""`` clears the name)."""
    from audiences_api.api.buzzabout_datasets import update_dataset as api
    from audiences_api.models import UpdateDatasetRequest

    ds = check.path_id("dataset_id", dataset_id)
    body = UpdateDatasetRequest(**check.given("UpdateDatasetRequest", name=name))
    return bz.operation(api.request_kwargs(ds, body=body), bz.one(read_dataset))


def delete(dataset_id: str) -> Operation[None]:
    """DELETE /v1/datasets/{dataset_id}."""
    from audiences_api.api.buzzabout_datasets import delete_dataset as api

    return bz.operation(api.request_kwargs(check.path_id("dataset_id", dataset_id)), no_body)


def _urls(
    value: Iterable[SourceURL | tuple[str, str] | tuple[str, str, str]],
) -> list[dict[str, Any]]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidArgumentError("source_urls", "must be a list of SourceURL")
    urls: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        where = f"source_urls[{index}]"
        target = item if isinstance(item, SourceURL) else _as_source_url(where, item)
        check.valid(f"{where}.source", target.source, spec.prop("SourceUrl", "source"))
        url = _url(where, check.text(f"{where}.url", target.url))
        if url in seen:
            raise InvalidArgumentError(where, f"{url} appears twice (duplicate_target_url)")
        seen.add(url)
        entry: dict[str, Any] = {"source": target.source, "url": url}
        if target.text is not None:
            if target.source != "reddit":
                raise InvalidArgumentError(f"{where}.text", "is only for reddit URLs")
            entry["text"] = check.text(f"{where}.text", target.text)
        urls.append(entry)
    check.size("source_urls", urls, spec.prop("UrlSearch", "source_urls"))
    return urls


def _as_source_url(where: str, item: Any) -> SourceURL:
    if isinstance(item, tuple | list) and len(item) in (2, 3):
        return SourceURL(*item)
    raise InvalidArgumentError(where, "must be a SourceURL or a (source, url[, text]) tuple")


def _url(where: str, url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise InvalidArgumentError(f"{where}.url", f"not a URL: {url!r}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidArgumentError(f"{where}.url", f"must be an http(s) URL (got {url!r})")
    return url


def _date_window(value: Sequence[_dt.date]) -> dict[str, str]:
    if isinstance(value, str) or len(value) != 2 or not all(isinstance(d, _dt.date) for d in value):
        raise InvalidArgumentError("date_range", "must be a (from, to) pair of dates")
    start, end = value
    if start > end:
        raise InvalidArgumentError("date_range", f"{start} is after {end}")
    return {"from": start.isoformat(), "to": end.isoformat()}


def _search(
    search_query: str | None, sources: Iterable[str] | None, source_urls: Iterable[Any] | None
) -> dict[str, Any]:
    prompt = search_query is not None or sources is not None
    if prompt == (source_urls is not None):
        raise InvalidArgumentError(
            "search_query", "give a prompt search (search_query, sources) or source_urls: one"
        )
    if not prompt:
        return {"type": "url", "source_urls": _urls(source_urls or [])}
    words = check.valid("sources", sources or [], spec.prop("PromptSearch", "sources"))
    query = check.valid("search_query", search_query, spec.prop("PromptSearch", "search_query"))
    return {"type": "prompt", "sources": words, "search_query": query}


def _locale(country_code: str | None, language: str | None) -> dict[str, str]:
    found: dict[str, str] = {}
    if country_code is not None:
        code = check.text("country_code", country_code)
        found["country_code"] = check.valid(
            "country_code",
            code.upper() if code.isascii() else code,  # "us" is sent as "US"
            spec.prop("CreateDatasetRunRequest", "country_code"),
            pattern_means="be ISO 3166-1 alpha-2",
        )
    if language is not None:
        if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
            raise InvalidArgumentError("language", f"must be BCP-47, such as en (got {language!r})")
        found["language"] = language
    return found


def run_body(
    *,
    search_query: str | None,
    sources: Iterable[str] | None,
    source_urls: Iterable[Any] | None,
    count: int | None,
    num_comments_per_post: int | None,
    date_range: Sequence[_dt.date] | None,
    country_code: str | None,
    language: str | None,
    enable_visual_recognition: bool | None,
    enable_transcribing: bool | None,
    content_analysis_actions: Iterable[str] | None,
) -> dict[str, Any]:
    """The body of a dataset run: a prompt search or a URL search, exactly one, checked."""
    body: dict[str, Any] = {"search_query": _search(search_query, sources, source_urls)}
    if date_range is not None:
        body["date_range"] = _date_window(date_range)
    body.update(_locale(country_code, language))
    body |= check.given(
        "CreateDatasetRunRequest",
        count=count,
        num_comments_per_post=num_comments_per_post,
        enable_visual_recognition=enable_visual_recognition,
        enable_transcribing=enable_transcribing,
        content_analysis_actions=content_analysis_actions,
    )
    return body


def create_run(dataset_id: str, body: dict[str, Any]) -> Operation[DatasetRun]:
    """POST /v1/datasets/{dataset_id}/runs with a body from ``run_body``."""
    from audiences_api.api.buzzabout_datasets import create_dataset_run as api
    from audiences_api.models import CreateDatasetRunRequest

    ds = check.path_id("dataset_id", dataset_id)
    request = api.request_kwargs(ds, body=CreateDatasetRunRequest.from_dict(body))
    return bz.operation(request, lambda b: read_run(bz.data(b), dataset_id=ds))


def list_runs_page(
    dataset_id: str, limit: int | None, order: str | None, cursor: str | None
) -> PageOp[DatasetRun]:
    """GET /v1/datasets/{dataset_id}/runs, one page per cursor."""
    from audiences_api.api.buzzabout_datasets import list_dataset_runs as api
    from audiences_api.models import ListDatasetRunsOrder

    ds = check.path_id("dataset_id", dataset_id)
    return bz.cursor_pages(
        api,
        ListDatasetRunsOrder,
        lambda d: read_run(d, dataset_id=ds),
        ds,
        limit=limit,
        order=order,
        cursor=cursor,
    )


def get_run(dataset_id: str, run_id: str) -> Operation[DatasetRun]:
    """GET /v1/datasets/{dataset_id}/runs/{run_id}."""
    from audiences_api.api.buzzabout_datasets import get_dataset_run as api

    return bz.get_owned_run(
        api, "dataset_id", dataset_id, run_id, lambda d, owner: read_run(d, dataset_id=owner)
    )


def observe_run(run: DatasetRun) -> Operation[DatasetRun]:
    """What ``wait`` polls: the run again, which must still be the same run."""
    return owned_run(get_run, run, "dataset_id")
