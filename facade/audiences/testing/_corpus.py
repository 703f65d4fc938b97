"""Posts: what dataset runs collect, generated from their search, and what a dataset holds.

A run's posts are a pure function of its parameters: a prompt search draws ``count`` posts
round-robin over its ``sources`` (post ``j`` of a platform seeded by the query, the date
window, country, language, platform and ``j``); a URL search gives one post per URL
(seeded by the URL). Two runs with the same search on the same day therefore find the
same posts, and a post in several datasets is one mention listing them all.

A post's content and analyses are fixed; its counts grow with its age at the moment a run
observes it (``dataset_run_at``, when the run's ``scraping`` step ended). Which analyses a
mention shows, and whether it has comments, follow the run that saw it last.

Hidden from the mention body (the page prints no such field) but used by the
``country_code`` filter: a post's country, the run's ``country_code`` for most posts.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from audiences.testing import _words as words
from audiences.testing._rows import DatasetRow, DatasetRunRow
from audiences.testing._steps import Steps

DATASET_STEPS = Steps(
    (("scraping", 12.0), ("analysis", 20.0)), "analysis", "Content analysis failed for this search"
)
DAY = 86400
_WINDOW_DAYS = 90  # without a date range, posts from the 90 days before the run's day


# ------------------------------------------------------------------ run state on the clock


def completed(run: DatasetRunRow, at: float) -> bool:
    """Whether the run had completed at ``at``."""
    return not run.fails and at >= run.created + DATASET_STEPS.seconds


def observed_at(run: DatasetRunRow) -> int:
    """When the run saw its posts (its ``scraping`` step's end): mentions' ``dataset_run_at``."""
    return int(run.created + DATASET_STEPS.table[0][1])


# ------------------------------------------------------------------ posts


@attrs.frozen
class Comment:
    """One comment on a post."""

    id: str
    author: str
    text: str
    likes: int
    created_at: int


@attrs.frozen
class Post:
    """One post: content and analyses fixed, counts as they are once the post is mature."""

    source: str
    id: str
    url: str
    author: str
    title: str
    text: str
    created_at: int
    country: str
    media: tuple[dict[str, str], ...]
    views: int
    likes: int
    comments: int
    shares: int
    sentiment: tuple[float, float, float]  # negative, neutral, positive
    emotions: tuple[tuple[str, float], ...]
    category: str
    intention: str
    tone: str
    narrative: str
    hook: str
    cta: str | None
    topics: tuple[str, ...]
    brands: tuple[str, ...]
    entities: tuple[str, ...]
    questions: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str]:
        """``(source, id)``: what makes two posts the same post."""
        return (self.source, self.id)

    def counts(self, at: float) -> dict[str, int]:
        """Views, likes, comments and shares as a run observing at ``at`` saw them."""
        share = max(0.1, 1 - math.exp(-max(0.0, at - self.created_at) / (2 * DAY)))
        return {
            "num_views": round(self.views * share),
            "num_likes": round(self.likes * share),
            "num_comments": round(self.comments * share),
            "num_shares": round(self.shares * share),
        }

    def comment_list(self, count: int) -> tuple[Comment, ...]:
        """The post's first ``count`` comments."""
        return _comments(self.source, self.id, self.created_at, count)


@functools.lru_cache(maxsize=16384)
def _comments(source: str, post_id: str, created_at: int, count: int) -> tuple[Comment, ...]:
    rng = words.rng("comments", source, post_id)
    return tuple(
        Comment(
            id=f"{post_id}_c{i}",
            author=words.handle(rng.randrange(100, 500)),
            text=rng.choice(words.COMMENTS),
            likes=rng.randrange(0, 400),
            created_at=created_at + rng.randrange(60, 3 * DAY),
        )
        for i in range(count)
    )


def engagement_rate(counts: dict[str, int]) -> float:
    """(likes + comments + shares) / views, to three places."""
    engaged = counts["num_likes"] + counts["num_comments"] + counts["num_shares"]
    return round(engaged / counts["num_views"], 3) if counts["num_views"] else 0.0


def _post_id(source: str, seed: str) -> tuple[str, str]:
    """A platform-flavoured id and URL for a post."""
    rng = words.rng("id", source, seed)
    if source == "reddit":
        pid = "t3_" + words.digest(seed, size=7)
        return pid, f"https://www.reddit.com/r/coffee/comments/{pid[3:]}/"
    if source == "tiktok":
        pid = str(rng.randrange(7 * 10**18, 8 * 10**18))
        return pid, f"https://www.tiktok.com/@user/video/{pid}"
    if source == "youtube":
        pid = words.digest("yt", seed, size=11)
        return pid, f"https://www.youtube.com/watch?v={pid}"
    if source == "instagram":
        pid = words.digest("ig", seed, size=11)
        return pid, f"https://www.instagram.com/p/{pid}/"
    pid = f"urn:li:activity:{rng.randrange(7 * 10**18, 8 * 10**18)}"
    return pid, f"https://www.linkedin.com/feed/update/{pid}/"


def _split(rng: Any, names: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """Shares of ``names`` summing to 1, two places each, one of them clearly largest."""
    weights = [rng.random() for _ in names]
    weights[rng.randrange(len(names))] += len(names) / 2
    total = sum(weights)
    parts = [round(w / total, 2) for w in weights]
    parts[parts.index(max(parts))] += round(1 - sum(parts), 2)
    return tuple(zip(names, (round(p, 2) for p in parts), strict=True))


def make_post(
    source: str, seed: str, window: tuple[float, float], place: str, *, query: str, url: str = ""
) -> Post:
    """The post ``seed`` names, on ``source``, created within ``window``."""
    rng = words.rng("post", source, seed)
    pid, default_url = _post_id(source, seed)
    keyword = rng.choice(words.KEYWORDS)
    sentiment = _split(rng, ("negative", "neutral", "positive"))
    views = int(10 ** rng.uniform(3, 6.5))
    video = source in ("tiktok", "youtube", "instagram")
    return Post(
        source=source,
        id=pid,
        url=url or default_url,
        author=words.handle(rng.randrange(0, 150)),
        title=_sentence(rng.choice(words.TITLES).format(q=query)),
        text=" ".join(rng.choice(words.SENTENCES).format(k=keyword) for _ in range(2)),
        created_at=int(rng.uniform(*window)),
        country=place if rng.random() < 0.75 else rng.choice(words.PLACES)[0],
        media=({"type": "video", "url": f"{default_url}#media"},)
        if video or rng.random() < 0.3
        else (),
        views=views,
        likes=int(views * rng.uniform(0.005, 0.08)),
        comments=12 + int(views * rng.uniform(0.001, 0.02)),
        shares=int(views * rng.uniform(0.0, 0.01)),
        sentiment=(sentiment[0][1], sentiment[1][1], sentiment[2][1]),
        emotions=_split(rng, words.EMOTIONS),
        category=rng.choice(words.CATEGORIES),
        intention=rng.choice(words.INTENTIONS),
        tone=rng.choice(words.TONES),
        narrative=rng.choice(words.NARRATIVES),
        hook=rng.choice(words.HOOKS),
        cta=rng.choice((*words.CTAS, None)),
        topics=tuple(dict.fromkeys((rng.choice(words.TOPICS), rng.choice(words.TOPICS)))),
        brands=tuple(sorted(set(rng.sample(words.BRANDS, rng.randrange(0, 3))))),
        entities=(rng.choice(words.PLACES)[2],),
        questions=tuple(rng.sample(words.QUESTIONS, rng.randrange(0, 2))),
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _window(params: dict[str, Any], created: float) -> tuple[float, float]:
    """The creation times a run's posts fall in: its date range, or the 90 days before its day."""
    days = params.get("date_range")
    if days is None:
        day = created // DAY * DAY
        return (day - _WINDOW_DAYS * DAY, day)
    start = dt.datetime.combine(dt.date.fromisoformat(days["from"]), dt.time(), dt.UTC)
    end = dt.datetime.combine(dt.date.fromisoformat(days["to"]), dt.time.max, dt.UTC)
    low, high = start.timestamp(), int(end.timestamp())
    return (low, max(low + 1, min(high, created)))


def _generate(run: DatasetRunRow) -> Iterator[Post]:
    params = run.params
    search = params["search_query"]
    window = _window(params, run.created)
    place = params["country_code"] or "US"
    if search["type"] == "url":
        for entry in search["source_urls"]:
            seed = f"url|{entry['url']}"
            yield make_post(entry["source"], seed, window, place, query="this", url=entry["url"])
        return
    sources = list(dict.fromkeys(search["sources"]))
    query = search["search_query"]
    for i in range(params["count"]):
        source, j = sources[i % len(sources)], i // len(sources)
        seed = f"prompt|{query}|{window}|{place}|{params['language']}|{j}"
        yield make_post(source, seed, window, place, query=query)


def run_posts(run: DatasetRunRow) -> tuple[Post, ...]:
    """The posts the run collects (worked out once, then kept on the run)."""
    if run.posts is None:
        run.posts = tuple(_generate(run))
    return run.posts


# ------------------------------------------------------------------ what datasets hold


@attrs.frozen
class Sighting:
    """A post as one completed run of one dataset saw it."""

    post: Post
    run: DatasetRunRow
    dataset: DatasetRow


def sightings(datasets: Iterable[DatasetRow], at: float) -> dict[tuple[str, str], list[Sighting]]:
    """Every post the datasets' runs completed by ``at`` collected, oldest sighting first."""
    found: dict[tuple[str, str], list[Sighting]] = {}
    for dataset in datasets:
        for run in dataset.runs:
            if completed(run, at):
                for post in run_posts(run):
                    found.setdefault(post.key, []).append(Sighting(post, run, dataset))
    for seen in found.values():
        seen.sort(key=lambda s: (observed_at(s.run), s.run.seq))
    return found


def mentions_count(dataset: DatasetRow, at: float) -> int:
    """Distinct posts the dataset holds at ``at``."""
    return len(sightings([dataset], at))
