"""Buzzabout patterns (tag ``buzzabout-patterns``): what a pattern detection found.

A completed pattern detection's ``pattern_id`` resolves to a pattern drawn from its
dataset's posts as they stood when the detection started: the posts grouped by their main
topic, the five largest groups as items, each item expanding to the ``post_refs`` of the
mentions behind it. Before the detection completes, and for any other id, 404
``pattern_not_found`` (code inferred, as in the spec).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from audiences.testing._buzzabout_pattern_detections import pattern_json
from audiences.testing._checks import Reject, bz_error, bz_ok
from audiences.testing._corpus import Post, sightings
from audiences.testing._routes import operation
from audiences.testing._rows import Account, PatternRow
from audiences.testing._wire import FakeRequest, FakeResponse
from audiences.testing._words import digest

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

MAX_ITEMS = 5


def _detection(fake: FakeAPIs, account: Account, pattern_id: str) -> PatternRow:
    for row in account.patterns.values():
        if row.pattern_id == pattern_id and "pattern_id" in pattern_json(fake, row):
            return row
    raise Reject(bz_error(404, "pattern_not_found", "Pattern not found"))


def _items(account: Account, row: PatternRow) -> list[dict[str, Any]]:
    """The pattern's items, each with every post behind it, largest group first."""
    dataset = account.datasets[row.dataset_id]
    posts = [s[-1].post for s in sightings([dataset], row.created).values()]
    groups: dict[str, list[Post]] = {}
    for post in sorted(posts, key=lambda p: (p.created_at, p.id), reverse=True):
        groups.setdefault(post.topics[0], []).append(post)
    ranked = sorted(groups.items(), key=lambda g: (-len(g[1]), g[0]))[:MAX_ITEMS]
    items = []
    for topic, members in ranked:
        source = Counter(p.source for p in members).most_common(1)[0][0]
        hook = Counter(p.hook for p in members).most_common(1)[0][0]
        items.append(
            {
                "item_id": "pti_" + digest(row.pattern_id, topic, size=20),
                "title": f"Talk about {topic}",
                "synopsis": f"{len(members)} posts about {topic}, most on {source}; "
                f'a hook that recurs: "{hook}".',
                "post_count": len(members),
                "post_refs": [{"id": p.id, "source": p.source} for p in members],
            }
        )
    return items


@operation("get_pattern")
def get_pattern(
    fake: FakeAPIs, account: Account, req: FakeRequest, pattern_id: str
) -> FakeResponse:
    """A completed detection's pattern: a summary and its items (without their posts)."""
    row = _detection(fake, account, pattern_id)
    items = _items(account, row)
    total = sum(i["post_count"] for i in items)
    return bz_ok(
        200,
        {
            "id": row.pattern_id,
            "summary": f"{len(items)} recurring themes in {total} posts, for: "
            f"{row.research_question}",
            "items": [{k: v for k, v in i.items() if k != "post_refs"} for i in items],
        },
    )


@operation("get_pattern_item")
def get_pattern_item(
    fake: FakeAPIs, account: Account, req: FakeRequest, pattern_id: str, item_id: str
) -> FakeResponse:
    """One item of a pattern, with the posts behind it."""
    for item in _items(account, _detection(fake, account, pattern_id)):
        if item["item_id"] == item_id:
            return bz_ok(200, item)
    raise Reject(bz_error(404, "pattern_item_not_found", "Pattern item not found"))
