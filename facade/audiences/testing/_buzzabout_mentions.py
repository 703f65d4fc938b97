"""Buzzabout mentions (tag ``buzzabout-mentions``): ``POST /v1/mentions``.

Global over the account's live datasets (``dataset_ids`` narrows it; an unknown, foreign or
deleted id is a 404 ``dataset_not_found``), every filter of the page's table applied (AND
within a group, OR across groups), every sort and order, ``limit`` 1-100 (20), and the
sort-aware cursor in the body (``_paging.sorted_page``).

A mention shows the post as the run that saw it last (counts, analyses, comments); the
analyses that run did not ask for are null, and analysis filters select nothing on them.
Inferred for the fake: ``changed_by`` compares a metric's growth from the post's first
sighting in scope to its last; ``any_of`` and brand matching ignore case; a mention is in
no web-app collection, so a ``collection_ids`` list selects nothing. With
``parameter_ids``, each mention carries ``custom_parameters``: the values those custom
parameters' completed runs extracted (``_buzzabout_custom_parameters.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from audiences.testing import _filters as filters
from audiences.testing._buzzabout_custom_parameters import extracted_values
from audiences.testing._buzzabout_datasets import live_dataset
from audiences.testing._checks import bz_ok, field_error
from audiences.testing._corpus import Post, Sighting, engagement_rate, observed_at, sightings
from audiences.testing._paging import sorted_page
from audiences.testing._routes import operation
from audiences.testing._rows import Account, DatasetRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs


@attrs.frozen
class Seen:
    """A post in scope: its first and last sightings, the counts of each, its datasets."""

    first: Sighting
    last: Sighting
    datasets: tuple[DatasetRow, ...]

    @property
    def post(self) -> Post:
        """The post as last seen."""
        return self.last.post

    def has(self, analysis: str) -> bool:
        """Whether the last run to see it asked for ``analysis``."""
        return analysis in self.last.run.params["content_analysis_actions"]

    def metric(self, name: str, *, first: bool = False) -> float:
        """``likes``, ``views``, ``comments`` or ``engagement_rate`` at a sighting."""
        sighting = self.first if first else self.last
        counts = sighting.post.counts(observed_at(sighting.run))
        if name == "engagement_rate":
            return engagement_rate(counts)
        return counts[f"num_{name}"]

    def sentiment_score(self) -> float | None:
        """Positive minus negative, when sentiment was analysed."""
        negative, _, positive = self.post.sentiment
        return round(positive - negative, 2) if self.has("sentiment") else None

    def sort_value(self, sort: str) -> float | None:
        """The value ``sort`` orders by."""
        if sort == "date":
            return self.post.created_at
        if sort == "dataset_run_at":
            return observed_at(self.last.run)
        if sort == "sentiment_score":
            return self.sentiment_score()
        return self.metric(sort)


def _dominant(post: Post) -> str:
    return max(post.emotions, key=lambda e: e[1])[0]


def _sentiment(post: Post) -> str:
    negative, neutral, positive = post.sentiment
    return max((positive, "positive"), (negative, "negative"), (neutral, "neutral"))[1]


def _brands(operator: dict[str, Any]) -> Callable[[Seen], bool]:
    kind = operator["type"]
    if kind == "any_of":
        return lambda s: (
            s.has("mentioned_brands") and filters.among(operator["values"], s.post.brands)
        )
    wanted = operator["value"].casefold()
    if kind == "equals":
        return lambda s: (
            s.has("mentioned_brands") and any(b.casefold() == wanted for b in s.post.brands)
        )
    return lambda s: (
        s.has("mentioned_brands") and any(wanted in b.casefold() for b in s.post.brands)
    )


def _metric(f: dict[str, Any]) -> Callable[[Seen], bool]:
    metric, operator = f["metric"], f["operator"]
    if operator["type"] == "changed_by":
        return lambda s: s.metric(metric) - s.metric(metric, first=True) >= operator["value"]
    return lambda s: filters.compare(operator, s.metric(metric))


def _keyword(f: dict[str, Any]) -> Callable[[Seen], bool]:
    phrase = " ".join(f["value"].split()).casefold()
    wanted = f["operator"] == "is"
    return lambda s: (
        (phrase in " ".join(f"{s.post.title} {s.post.text}".split()).casefold()) == wanted
    )


def _analysis(
    analysis: str, found: Callable[[Post], Any]
) -> Callable[[dict[str, Any]], Callable[[Seen], bool]]:
    return lambda f: lambda s: s.has(analysis) and filters.among(f["values"], found(s.post))


PREDICATES: dict[str, Callable[[dict[str, Any]], Callable[[Seen], bool]]] = {
    "keyword": _keyword,
    "sentiment": _analysis("sentiment", _sentiment),
    "metric_change": _metric,
    "source": lambda f: lambda s: filters.among(f["values"], s.post.source),
    "content_topic": _analysis("content_topics", lambda p: p.topics),
    "content_intention": _analysis("intent", lambda p: p.intention),
    "tone_of_voice": _analysis("tone_of_voice", lambda p: p.tone),
    "hook": _analysis("hook", lambda p: p.hook),
    "cta": _analysis("cta", lambda p: p.cta),
    "mentioned_brands": lambda f: _brands(f["operator"]),
    "country_code": lambda f: lambda s: s.post.country in f["values"],
    "has_media": lambda f: lambda s: bool(s.post.media) == f["value"],
    "dominant_emotion": _analysis("emotions", _dominant),
}


# ------------------------------------------------------------------ as the API shows them


def author_json(source: str, handle: str) -> dict[str, Any]:
    """A post's or a comment's author."""
    if source == "reddit":
        title, url = f"u/{handle}", f"https://reddit.com/u/{handle}"
    else:
        title, url = f"@{handle}", f"https://www.{source}.com/@{handle}"
    return {"avatar": None, "title": title, "title_url": url, "headline": "", "headline_url": None}


def _text(value: str | None) -> dict[str, str] | None:
    return None if value is None else {"text": value}


def mention_json(seen: Seen) -> dict[str, Any]:
    """A mention as the last run to see it shows it."""
    post, run = seen.post, seen.last.run
    counts = post.counts(observed_at(run))
    negative, neutral, positive = post.sentiment
    has = seen.has
    asked = run.params["num_comments_per_post"]
    comments = post.comment_list(min(asked, counts["num_comments"])) if asked else None
    score = seen.sentiment_score()
    return {
        "source": post.source,
        "id": post.id,
        "author": author_json(post.source, post.author),
        "title": post.title,
        "text": post.text,
        "url": post.url,
        "media": [dict(m) for m in post.media],
        **counts,
        "are_views_estimated": post.source == "reddit",
        "engagement_rate": f"{engagement_rate(counts):.3f}",
        "sentiment": {
            "negative": f"{negative:.2f}",
            "neutral": f"{neutral:.2f}",
            "positive": f"{positive:.2f}",
        }
        if has("sentiment")
        else None,
        "sentiment_score": None if score is None else f"{score:.2f}",
        "emotions": {name: f"{share:.2f}" for name, share in post.emotions}
        if has("emotions")
        else None,
        "category": post.category if has("content_category") else None,
        "content_intention": post.intention if has("intent") else None,
        "tone_of_voice": _text(post.tone) if has("tone_of_voice") else None,
        "narrative_structure": _text(post.narrative) if has("narrative_structure") else None,
        "hook": _text(post.hook) if has("hook") else None,
        "cta": _text(post.cta) if has("cta") else None,
        "content_topics": [{"text": t} for t in post.topics] if has("content_topics") else None,
        "questions": list(post.questions) if has("questions") else None,
        "mentioned_brands": list(post.brands) if has("mentioned_brands") else None,
        "entities": list(post.entities) if has("entities") else None,
        "created_at": post.created_at,
        "dataset_run_at": observed_at(run),
        "datasets": [{"id": d.id, "name": d.name} for d in seen.datasets],
        "collections": [],
        "comments": None
        if comments is None
        else [
            {
                "id": c.id,
                "author": author_json(post.source, c.author),
                "text": c.text,
                "num_likes": c.likes,
                "created_at": c.created_at,
            }
            for c in comments
        ],
    }


def in_scope(fake: FakeAPIs, account: Account, dataset_ids: list[str] | None) -> list[Seen]:
    """Every post of the datasets in scope (all live ones when ``dataset_ids`` is None)."""
    if dataset_ids is None:
        datasets = [d for d in account.datasets.values() if not d.deleted]
    else:
        datasets = [live_dataset(account, i) for i in dict.fromkeys(dataset_ids)]
    order = {d.id: (d.created, d.seq) for d in datasets}
    found = []
    for seen in sightings(datasets, fake.now()).values():
        holders = sorted(
            {s.dataset.id: s.dataset for s in seen}.values(), key=lambda d: order[d.id]
        )
        found.append(Seen(seen[0], seen[-1], tuple(holders)))
    return found


@operation("list_mentions", before=filters.at_most_ten, invalid=field_error)
def list_mentions(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """One page of the account's mentions, filtered and sorted."""
    sent = req.data
    rows = in_scope(fake, account, sent.get("dataset_ids"))
    if sent.get("sources") is not None:
        rows = [r for r in rows if r.post.source in sent["sources"]]
    if sent.get("collection_ids") is not None:
        rows = []
    groups = sent.get("filters")
    rows = filters.select(rows, groups, lambda f: PREDICATES[f["type"]](f))
    sort = sent["sort"]
    page, has_next, cursor = sorted_page(
        rows,
        value=lambda r: r.sort_value(sort),
        row_id=lambda r: f"{r.post.source}:{r.post.id}",
        sort=sort,
        order=sent["order"],
        cursor=sent.get("cursor"),
        limit=sent["limit"],
    )
    shown = [mention_json(r) for r in page]
    if sent.get("parameter_ids") is not None:
        values = extracted_values(fake, account, sent["parameter_ids"])
        for mention, row in zip(shown, page, strict=True):
            mention["custom_parameters"] = values(row.post.key)
    return bz_ok(200, shown, has_next=has_next, cursor=cursor)
