"""Buzzabout datasets and their scraping runs (tag ``buzzabout-datasets``).

A run goes ``pending`` → ``working`` → ``completed`` on the fake's clock (steps
``scraping`` at 12 s and ``analysis`` at 20 s); once completed its posts are in the dataset
(``_corpus.py``) and ``POST /v1/mentions`` serves them. Runs on a dataset seeded with
``fail_runs`` (``FAILING_DATASET``) fail at ``analysis`` and add nothing.

Inferred for the fake: the plan window behind ``date_filter_unavailable`` is the last 365
days (a range starting earlier is refused); a run costs one credit per post asked for
(``count``, or one per URL).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, NoReturn

from audiences.testing._checks import (
    Reject,
    body,
    bz_error,
    bz_validation,
    checked,
    iso,
)
from audiences.testing._containers import Container, Rows, register_container, start_run
from audiences.testing._corpus import (
    DATASET_STEPS,
    mentions_count,
    run_posts,
)
from audiences.testing._routes import route
from audiences.testing._rows import ALL_ANALYSES, Account, DatasetRow, DatasetRunRow
from audiences.testing._shapes import (
    Invalid,
    Loc,
    array,
    boolean,
    const,
    date,
    integer,
    nullable,
    obj,
    string,
    tagged,
)
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

PLAN_WINDOW_DAYS = 365
APP_URL = "https://app.buzzabout.ai/datasets/"
_BZ = "buzzabout"
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?$")


# ------------------------------------------------------------------ the run request


def _refuse(code: str, detail: str) -> NoReturn:
    raise Reject(bz_error(422, code, detail))


def _target_url(value: Any, loc: Loc) -> str:
    url: str = string()(value, loc)
    if not _URL.match(url):
        _refuse("invalid_scraping_target_url", f"Malformed URL: {url[:200]}")
    return url


def _source_urls(value: Any, loc: Loc) -> list[Any]:
    if isinstance(value, list) and len(value) > 100:
        _refuse("too_many_target_urls", f"At most 100 source_urls, got {len(value)}")
    entry = obj({"source": string(), "url": _target_url}, optional={"text": string()})
    entries: list[Any] = array(entry, min_items=1)(value, loc)
    return entries


def _unsupported(value: dict[str, Any], loc: Loc) -> NoReturn:
    if "type" not in value:
        raise Invalid((*loc, "type"), "Field required", "missing")
    _refuse("unsupported_search_type", "search_query.type must be prompt or url")


_SEARCH = tagged(
    {
        "prompt": obj(
            {
                "type": const("prompt"),
                "sources": array(string(), min_items=1),
                "search_query": string(min_len=1, max_len=5000),
            }
        ),
        "url": obj({"type": const("url"), "source_urls": _source_urls}),
    },
    on_unknown=_unsupported,
)
_RUN_REQUEST = obj(
    {"search_query": _SEARCH},
    optional={
        "count": integer(lo=20, hi=500),
        "num_comments_per_post": integer(lo=0, hi=100),
        "date_range": nullable(obj({"from": date, "to": date})),
        "country_code": string(pattern=r"^[A-Z]{2}$"),
        "language": nullable(string()),
        "enable_visual_recognition": boolean,
        "enable_transcribing": boolean,
        "content_analysis_actions": array(string(choices=ALL_ANALYSES), unique=True),
    },
)


def _run_params(fake: FakeAPIs, raw: dict[str, Any]) -> dict[str, Any]:
    """The run's parameters as the API sends them back (the documented 422s on the way)."""
    sent = checked(_RUN_REQUEST, raw, ("body",), _BZ)
    search = sent["search_query"]
    urls = [entry["url"] for entry in search.get("source_urls", [])]
    if len(set(urls)) != len(urls):
        _refuse("duplicate_target_url", "The same URL appears twice in source_urls")
    if any("text" in e and e["source"] != "reddit" for e in search.get("source_urls", [])):
        _refuse("text_search_unavailable", "text is only available on reddit source_urls")
    days = sent.get("date_range")
    if days is not None:
        if days["from"] > days["to"]:
            raise bz_validation(["body", "date_range"], "from must not be after to", "value_error")
        today = dt.datetime.fromtimestamp(fake.now(), dt.UTC).date()
        if dt.date.fromisoformat(days["from"]) < today - dt.timedelta(days=PLAN_WINDOW_DAYS):
            _refuse("date_filter_unavailable", "The date range exceeds your plan's window")
    return {
        "search_query": search,
        "date_range": days,
        "country_code": sent.get("country_code", "US"),
        "language": sent.get("language"),
        "count": sent.get("count", 200),
        "num_comments_per_post": sent.get("num_comments_per_post", 10),
        "enable_visual_recognition": sent.get("enable_visual_recognition", False),
        "enable_transcribing": sent.get("enable_transcribing", False),
        "content_analysis_actions": sent.get("content_analysis_actions", []),
    }


# ------------------------------------------------------------------ as the API shows them


def dataset_run_json(fake: FakeAPIs, run: DatasetRunRow) -> dict[str, Any]:
    """A dataset run as the API shows it now."""
    return DATASET_STEPS.json(
        run,
        fake.now(),
        {"dataset_id": run.dataset_id},
        {"params": run.params},
        lambda: {"mentions_count": len(run_posts(run))},
    )


def dataset_json(fake: FakeAPIs, row: DatasetRow) -> dict[str, Any]:
    """A dataset as the API shows it now."""
    return {
        "id": row.id,
        "name": row.name,
        "mentions_count": mentions_count(row, fake.now()),
        "created_at": iso(row.created),
        "updated_at": iso(row.updated),
        "url": APP_URL + row.id,
    }


DATASETS = Container(
    "dataset", Rows(DatasetRow, "ds_", dataset_json), Rows(DatasetRunRow, "dr_", dataset_run_json)
)


# ------------------------------------------------------------------ handlers


@route("POST", "/v1/datasets/{dataset_id}/runs", vendor=_BZ)
def create_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, dataset_id: str
) -> FakeResponse:
    """Start a scraping run (202): a prompt search or a URL search."""
    params = _run_params(fake, body(req, _BZ))
    row = DATASETS.live(account, dataset_id)
    search = params["search_query"]
    posts = len(search["source_urls"]) if search["type"] == "url" else params["count"]
    return start_run(
        fake,
        account,
        DATASETS,
        row,
        cost=float(posts),
        shows=("id", "dataset_id", "status", "created_at"),
        params=params,
        fails=row.fail_runs,
    )


# Routed after create_dataset_run: a 405 on .../runs says "allow: POST, GET".
register_container(DATASETS)
