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

from audiences import _spec as spec
from audiences.testing._checks import (
    Reject,
    bz_error,
    bz_ok,
    bz_validation,
    find,
    iso,
    live,
    new_id,
)
from audiences.testing._corpus import (
    DATASET_STEPS,
    mentions_count,
    run_posts,
)
from audiences.testing._credits import PRICES, charge
from audiences.testing._paging import query_page
from audiences.testing._routes import operation
from audiences.testing._rows import Account, DatasetRow, DatasetRunRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

PLAN_WINDOW_DAYS = 365
APP_URL = "https://app.buzzabout.ai/datasets/"
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?$")


# ------------------------------------------------------------------ the run request


def _refuse(code: str, detail: str) -> NoReturn:
    raise Reject(bz_error(422, code, detail))


def _search_refusals(raw: Any) -> None:
    """What the vendor refuses with its own codes before its schema: another search type,
    more than 100 URLs, a malformed URL (the spec's 422 lists them)."""
    search = raw.get("search_query") if isinstance(raw, dict) else None
    if not isinstance(search, dict) or "type" not in search:
        return  # the schema's own 422 names what is missing
    if search["type"] not in ("prompt", "url"):
        _refuse("unsupported_search_type", "search_query.type must be prompt or url")
    urls = search.get("source_urls")
    if search["type"] != "url" or not isinstance(urls, list):
        return
    most = spec.non_null(spec.prop("UrlSearch", "source_urls"))["maxItems"]
    if len(urls) > most:
        _refuse("too_many_target_urls", f"At most {most} source_urls, got {len(urls)}")
    for entry in urls:
        url = entry.get("url") if isinstance(entry, dict) else None
        if isinstance(url, str) and not _URL.match(url):
            _refuse("invalid_scraping_target_url", f"Malformed URL: {url[:200]}")


def _run_params(fake: FakeAPIs, sent: dict[str, Any]) -> dict[str, Any]:
    """The run's parameters as the API sends them back (the spec's defaults filled in),
    after the documented refusals the schema cannot express."""
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
        **{k: sent.get(k) for k in _ECHOED},
    }


# What a run's ``params`` echo of the request beside its search and dates.
_ECHOED = (
    "country_code",
    "language",
    "count",
    "num_comments_per_post",
    "enable_visual_recognition",
    "enable_transcribing",
    "content_analysis_actions",
)


# ------------------------------------------------------------------ as the API shows them


def _cost(run: DatasetRunRow, now: float) -> tuple[float, float] | None:
    """When an ended run ended and what it cost: a credit a mention collected."""
    kind, steps = DATASET_STEPS.state(run, now)
    if kind not in ("completed", "failed"):
        return None
    collected = len(run_posts(run)) if kind == "completed" else 0
    return steps[-1]["completed_at"], PRICES["mention"] * collected


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


def live_dataset(account: Account, dataset_id: str) -> DatasetRow:
    """The account's dataset (404 ``dataset_not_found`` if none, or deleted)."""
    return live(account.datasets, dataset_id, "dataset_not_found", "Dataset not found")


# ------------------------------------------------------------------ handlers


@operation("create_dataset")
def create_dataset(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Create an empty dataset (201: its id, name and creation time)."""
    now = fake.now()
    row = DatasetRow(
        id=new_id("ds_"), name=req.data["name"], created=now, updated=now, seq=fake.next_seq()
    )
    account.datasets[row.id] = row
    fake.record("create_dataset", row.id, account, row.name)
    return bz_ok(201, {"id": row.id, "name": row.name, "created_at": iso(row.created)})


@operation("list_datasets")
def list_datasets(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The account's datasets, one cursor page."""
    rows = [r for r in account.datasets.values() if not r.deleted]
    return query_page(req, rows, lambda r: dataset_json(fake, r))


@operation("get_dataset")
def get_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, dataset_id: str
) -> FakeResponse:
    """One dataset."""
    return bz_ok(200, dataset_json(fake, live_dataset(account, dataset_id)))


@operation("update_dataset")
def update_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, dataset_id: str
) -> FakeResponse:
    """Rename a dataset (an empty name clears it; an empty body changes nothing)."""
    row = live_dataset(account, dataset_id)
    if "name" in req.data:
        row.name = req.data["name"] or None
        row.updated = fake.now()
    return bz_ok(200, dataset_json(fake, row))


@operation("delete_dataset")
def delete_dataset(
    fake: FakeAPIs, account: Account, req: FakeRequest, dataset_id: str
) -> FakeResponse:
    """Soft-delete a dataset and its runs (204)."""
    live_dataset(account, dataset_id).deleted = True
    return FakeResponse(204)


@operation("create_dataset_run", before=_search_refusals)
def create_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, dataset_id: str
) -> FakeResponse:
    """Start a scraping run (202): a prompt search or a URL search; one credit a post asked
    for is held before any work, the rest refunded when it ends."""
    params = _run_params(fake, req.data)
    row = live_dataset(account, dataset_id)
    search = params["search_query"]
    posts = len(search["source_urls"]) if search["type"] == "url" else params["count"]
    run = DatasetRunRow(
        id=new_id("dr_"),
        dataset_id=row.id,
        params=params,
        created=fake.now(),
        seq=fake.next_seq(),
        fails=row.fail_runs,
    )
    charge(
        account,
        fake.now(),
        "mention",
        posts,
        refusal=(
            "insufficient_credits_dataset_run",
            "Insufficient credits to start this dataset run",
        ),
        ended=lambda now: _cost(run, now),
    )
    row.runs.append(run)
    fake.record("create_dataset_run", run.id, account, row.id)
    shown = dataset_run_json(fake, run)
    return bz_ok(202, {k: shown[k] for k in ("id", "dataset_id", "status", "created_at")})


@operation("list_dataset_runs")
def list_dataset_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, dataset_id: str
) -> FakeResponse:
    """The runs of one dataset, one cursor page."""
    row = live_dataset(account, dataset_id)
    return query_page(req, row.runs, lambda r: dataset_run_json(fake, r))


@operation("get_dataset_run")
def get_dataset_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, dataset_id: str, run_id: str
) -> FakeResponse:
    """One run of a dataset, as it stands now."""
    missing = bz_error(404, "dataset_run_not_found", "Dataset run not found")
    run = find(live_dataset(account, dataset_id).runs, run_id, missing)
    return bz_ok(200, dataset_run_json(fake, run))
