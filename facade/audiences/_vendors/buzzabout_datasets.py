"""Buzzabout datasets and their runs (prompt or URL searches): requests and shapes."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, get_args

import httpx

from audiences import _validation as check
from audiences._core import Operation
from audiences._errors import InvalidArgumentError
from audiences._models import Dataset, DatasetRun, DatasetRunParams, SourceURL
from audiences._pagination import PageOp
from audiences._read import Fields, shape
from audiences._responses import no_body
from audiences._vendors import _buzzabout as bz
from audiences._vendors._observe import owned_run
from audiences.types import ContentAnalysisAction, Source

MAX_NAME = 255
MAX_QUERY = 5000
MAX_URLS = 100
SOURCES = get_args(Source)
ACTIONS = get_args(ContentAnalysisAction)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")

read_dataset = shape(
    Dataset, "id:ident name mentions_count:integer url created_at:stamp updated_at:stamp"
)
_plain_params: Callable[..., dict[str, Any]] = shape(
    dict,
    """count:integer num_comments_per_post:integer country_code language
    enable_visual_recognition:flag enable_transcribing:flag content_analysis_actions:strings""",
)


def _source_url(d: Fields) -> SourceURL:
    return SourceURL(d.text("source") or "", d.text("url") or "", d.text("text"))


def read_params(d: Fields) -> DatasetRunParams:
    """A run's ``params``: the search as the API sends it back."""
    search = d.object("search_query")
    urls = () if search is None else search.array("source_urls")
    window = d.object("date_range")
    return DatasetRunParams(
        **_plain_params(d),
        search_type=None if search is None else search.word("type"),
        search_query=None if search is None else search.text("search_query"),
        sources=() if search is None else search.strings("sources"),
        source_urls=tuple(
            _source_url(Fields(u, f"{d.where}.search_query.source_urls[{i}]"))
            for i, u in enumerate(urls)
        ),
        date_range=None if window is None else (window.day("from"), window.day("to")),
    )


def read_run(d: Fields, dataset_id: str) -> DatasetRun:
    """A dataset run; ``dataset_id`` (asked under) fills the dataset if the answer leaves it out."""
    params = d.object("params")
    return DatasetRun(
        **bz.run_basics(d),
        dataset_id=d.text("dataset_id") or dataset_id,
        mentions_count=d.integer("mentions_count"),
        params=None if params is None else read_params(params),
    )


def create(name: str) -> Operation[Dataset]:
    """POST /v1/datasets."""
    from audiences_api.api.buzzabout_datasets import create_dataset as api
    from audiences_api.models import CreateDatasetRequest

    body = CreateDatasetRequest(name=check.text("name", name, max_length=MAX_NAME))
    return bz.operation(api.request_kwargs(body=body), bz.one(read_dataset))


def list_page(limit: int | None, order: str | None) -> PageOp[Dataset]:
    """GET /v1/datasets, one page per cursor."""
    from audiences_api.api.buzzabout_datasets import list_datasets as api
    from audiences_api.models import ListDatasetsOrder

    return bz.cursor_pages(api, ListDatasetsOrder, read_dataset, limit, order)


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
    body = UpdateDatasetRequest(name=check.text("name", name, min_length=0, max_length=MAX_NAME))
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
        check.choice(f"{where}.source", target.source, SOURCES)
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
    if not 1 <= len(urls) <= MAX_URLS:
        raise InvalidArgumentError("source_urls", f"must hold 1-{MAX_URLS} URLs (got {len(urls)})")
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


def _date_range(value: Sequence[_dt.date]) -> dict[str, str]:
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
    words = check.words("sources", sources or [], SOURCES)
    if not words:
        raise InvalidArgumentError("sources", "a prompt search needs at least one source")
    query = check.text("search_query", search_query, max_length=MAX_QUERY)
    return {"type": "prompt", "sources": words, "search_query": query}


def _locale(country_code: str | None, language: str | None) -> dict[str, str]:
    found: dict[str, str] = {}
    if country_code is not None:
        code = check.text("country_code", country_code)
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            raise InvalidArgumentError("country_code", f"must be ISO 3166-1 alpha-2 (got {code!r})")
        found["country_code"] = code.upper()
    if language is not None:
        if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
            raise InvalidArgumentError("language", f"must be BCP-47, such as en (got {language!r})")
        found["language"] = language
    return found


def _flags(**flags: bool | None) -> dict[str, bool]:
    for field, flag in flags.items():
        if flag is not None and not isinstance(flag, bool):
            raise InvalidArgumentError(field, f"must be True or False (got {flag!r})")
    return {field: flag for field, flag in flags.items() if flag is not None}


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
    if count is not None:
        body["count"] = check.integer("count", count, minimum=20, maximum=500)
    if num_comments_per_post is not None:
        body["num_comments_per_post"] = check.integer(
            "num_comments_per_post", num_comments_per_post, minimum=0, maximum=100
        )
    if date_range is not None:
        body["date_range"] = _date_range(date_range)
    body.update(_locale(country_code, language))
    body.update(
        _flags(
            enable_visual_recognition=enable_visual_recognition,
            enable_transcribing=enable_transcribing,
        )
    )
    if content_analysis_actions is not None:
        actions = check.words("content_analysis_actions", content_analysis_actions, ACTIONS)
        body["content_analysis_actions"] = actions
    return body


def create_run(dataset_id: str, body: dict[str, Any]) -> Operation[DatasetRun]:
    """POST /v1/datasets/{dataset_id}/runs with a body from ``run_body``."""
    from audiences_api.api.buzzabout_datasets import create_dataset_run as api
    from audiences_api.models import CreateDatasetRunRequest

    ds = check.path_id("dataset_id", dataset_id)
    request = api.request_kwargs(ds, body=CreateDatasetRunRequest.from_dict(body))
    return bz.operation(request, lambda b: read_run(bz.data(b), ds))


def list_runs_page(dataset_id: str, limit: int | None, order: str | None) -> PageOp[DatasetRun]:
    """GET /v1/datasets/{dataset_id}/runs, one page per cursor."""
    from audiences_api.api.buzzabout_datasets import list_dataset_runs as api
    from audiences_api.models import ListDatasetRunsOrder

    ds = check.path_id("dataset_id", dataset_id)
    return bz.cursor_pages(api, ListDatasetRunsOrder, lambda d: read_run(d, ds), limit, order, ds)


def get_run(dataset_id: str, run_id: str) -> Operation[DatasetRun]:
    """GET /v1/datasets/{dataset_id}/runs/{run_id}."""
    from audiences_api.api.buzzabout_datasets import get_dataset_run as api

    return bz.get_owned_run(api, "dataset_id", dataset_id, run_id, read_run)


def observe_run(run: DatasetRun) -> Operation[DatasetRun]:
    """What ``wait`` polls: the run again, which must still be the same run."""
    return owned_run(get_run, run, "dataset_id")
