"""A tour of the facade: every public method of every client, called once against the fake.

``Tour.run()`` makes each call in turn (later ones use what earlier ones made) and notes,
per method, the operations of the spec it reached, and whatever went wrong: an error, a
request that reached no operation of the spec, or an answer of the fake that the strict
spec refuses (``helpers.spec_problems``, which names the operation, so its handler).
tests/spec/test_ties.py reads it.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from typing import Any

import attrs
from audiences import AudienceLab, Buzzabout, Leadpipe
from audiences._sync._resource import Resource
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    FakeRequest,
    FakeResponse,
    ManualClock,
)

from tests.helpers import spec_problems

CLIENTS = (Buzzabout, AudienceLab, Leadpipe)


def public_methods() -> list[str]:
    """Every public method of every client's resources (``Buzzabout.datasets.runs.get``)."""
    found: list[str] = []

    def walk(resource: Any, path: str) -> None:
        for name in dir(resource):
            if name.startswith("_") or name == "with_raw_response":
                continue
            value = getattr(resource, name)
            if isinstance(value, Resource):
                walk(value, f"{path}.{name}")
            elif callable(value):
                found.append(f"{path}.{name}")

    for client_class in CLIENTS:
        client = client_class(api_key="k_tour", base_url="https://example.test")
        for name in dir(client):
            value = getattr(client, name) if not name.startswith("_") else None
            if isinstance(value, Resource):
                walk(value, f"{client_class.__name__}.{name}")
        client.close()
    return sorted(found)


class _Noting(FakeAPIs):
    """The fake, noting each request that reached no operation of the spec, and each
    answer off the strict spec."""

    def __init__(self, clock: ManualClock) -> None:
        super().__init__(clock)
        self.unrouted: list[str] = []
        self.off_spec: list[str] = []
        self.observers.append(
            lambda operation, _, response: self.off_spec.extend(spec_problems(operation, response))
        )

    def handle(self, req: FakeRequest) -> FakeResponse:
        before = len(self.requests)
        response = super().handle(req)
        if len(self.requests) == before:
            self.unrouted.append(f"{req.method} {req.path} ({response.status})")
        return response


@attrs.define
class Tour:
    """What the calls reached (method -> operationIds) and what went wrong."""

    reached: dict[str, list[str]] = attrs.field(factory=dict)
    problems: list[str] = attrs.field(factory=list)

    @classmethod
    def run(cls) -> Tour:
        """Make every call of ``CALLS`` against a new fake."""
        clock = ManualClock()
        fake = _Noting(clock)
        options: dict[str, Any] = {"transport": fake.transport(), "clock": clock}
        made: dict[str, Any] = {
            "bz": Buzzabout(api_key=BUZZABOUT_KEY, **options),
            "al": AudienceLab(api_key=AUDIENCELAB_KEY, **options),
            "lp": Leadpipe(api_key=LEADPIPE_KEY, **options),
        }
        tour = cls()
        for method, call in CALLS:
            before, unrouted, off = len(fake.requests), len(fake.unrouted), len(fake.off_spec)
            try:
                call(made)
            except Exception as exc:
                tour.problems.append(f"{method}: {type(exc).__name__}: {exc}")
            tour.reached[method] = sorted({op for op, _ in fake.requests[before:]})
            tour.problems += [
                f"{method}: {request} reached no operation of the spec"
                for request in fake.unrouted[unrouted:]
            ]
            tour.problems += [
                f"{method}: the fake's handler answered off the spec: {problem}"
                for problem in fake.off_spec[off:]
            ]
        for client in ("bz", "al", "lp"):
            made[client].close()
        return tour


Call = Callable[[dict[str, Any]], object]


def _keep(name: str, make: Call) -> Call:
    def call(made: dict[str, Any]) -> None:
        made[name] = make(made)

    return call


def _first(items: Any, count: int = 3) -> list[Any]:
    return list(itertools.islice(items, count))


# Each public method once, in an order where every call has what it needs.
CALLS: list[tuple[str, Call]] = [
    ("Buzzabout.datasets.create", _keep("ds", lambda m: m["bz"].datasets.create(name="tour"))),
    ("Buzzabout.datasets.list", lambda m: _first(m["bz"].datasets.list(limit=1))),
    ("Buzzabout.datasets.get", lambda m: m["bz"].datasets.get(m["ds"].id)),
    ("Buzzabout.datasets.update", lambda m: m["bz"].datasets.update(m["ds"].id, name="tour 2")),
    (
        "Buzzabout.datasets.runs.create",
        _keep(
            "dr",
            lambda m: m["bz"].datasets.runs.create(
                m["ds"].id, search_query="cold brew", sources=["reddit"]
            ),
        ),
    ),
    ("Buzzabout.datasets.runs.list", lambda m: _first(m["bz"].datasets.runs.list(m["ds"].id))),
    ("Buzzabout.datasets.runs.get", lambda m: m["bz"].datasets.runs.get(m["ds"].id, m["dr"].id)),
    (
        "Buzzabout.mentions.list",
        lambda m: _first(m["bz"].mentions.list(dataset_ids=[SOURCE_DATASET])),
    ),
    (
        "Buzzabout.audience_datasets.create",
        _keep("ad", lambda m: m["bz"].audience_datasets.create(name="tour")),
    ),
    ("Buzzabout.audience_datasets.list", lambda m: _first(m["bz"].audience_datasets.list())),
    ("Buzzabout.audience_datasets.get", lambda m: m["bz"].audience_datasets.get(m["ad"].id)),
    (
        "Buzzabout.audience_datasets.update",
        lambda m: m["bz"].audience_datasets.update(m["ad"].id, name="tour 2"),
    ),
    (
        "Buzzabout.audience_datasets.runs.create",
        _keep(
            "adr",
            lambda m: m["bz"].wait(
                m["bz"].audience_datasets.runs.create(m["ad"].id, source_dataset_id=SOURCE_DATASET)
            ),
        ),
    ),
    (
        "Buzzabout.audience_datasets.runs.list",
        lambda m: _first(m["bz"].audience_datasets.runs.list(m["ad"].id)),
    ),
    (
        "Buzzabout.audience_datasets.runs.get",
        lambda m: m["bz"].audience_datasets.runs.get(m["ad"].id, m["adr"].id),
    ),
    (
        "Buzzabout.audience_profiles.list",
        lambda m: _first(m["bz"].audience_profiles.list(audience_dataset_ids=[m["ad"].id])),
    ),
    (
        "Buzzabout.pattern_detections.create",
        _keep(
            "pd",
            lambda m: m["bz"].wait(
                m["bz"].pattern_detections.create(
                    dataset_id=SOURCE_DATASET, name="tour", research_question="What recurs?"
                )
            ),
        ),
    ),
    ("Buzzabout.pattern_detections.get", lambda m: m["bz"].pattern_detections.get(m["pd"].id)),
    ("Buzzabout.patterns.get", _keep("pt", lambda m: m["bz"].patterns.get(m["pd"].pattern_id))),
    (
        "Buzzabout.patterns.items.get",
        lambda m: m["bz"].patterns.items.get(m["pt"].id, m["pt"].items[0].item_id),
    ),
    (
        "Buzzabout.custom_parameters.create",
        _keep(
            "cp",
            lambda m: m["bz"].custom_parameters.create(
                name="tour", instructions="The sentiment.", value_type="string"
            ),
        ),
    ),
    ("Buzzabout.custom_parameters.list", lambda m: list(m["bz"].custom_parameters.list())),
    (
        "Buzzabout.custom_parameters.preview",
        lambda m: m["bz"].custom_parameters.preview(
            instructions="The sentiment.", value_type="string", post_refs=[("t3_1", "reddit")]
        ),
    ),
    ("Buzzabout.custom_parameters.get", lambda m: m["bz"].custom_parameters.get(m["cp"].id)),
    (
        "Buzzabout.custom_parameters.update",
        lambda m: m["bz"].custom_parameters.update(m["cp"].id, instructions="The mood."),
    ),
    (
        "Buzzabout.custom_parameters.runs.create",
        _keep(
            "cpr",
            lambda m: m["bz"].wait(
                m["bz"].custom_parameters.runs.create(m["cp"].id, dataset_id=SOURCE_DATASET)
            ),
        ),
    ),
    (
        "Buzzabout.custom_parameters.runs.list",
        lambda m: list(m["bz"].custom_parameters.runs.list(m["cp"].id)),
    ),
    (
        "Buzzabout.custom_parameters.runs.get",
        lambda m: m["bz"].custom_parameters.runs.get(m["cp"].id, m["cpr"].id),
    ),
    ("Buzzabout.custom_parameters.delete", lambda m: m["bz"].custom_parameters.delete(m["cp"].id)),
    ("Buzzabout.audience_datasets.delete", lambda m: m["bz"].audience_datasets.delete(m["ad"].id)),
    ("Buzzabout.datasets.delete", lambda m: m["bz"].datasets.delete(m["ds"].id)),
    (
        "AudienceLab.audiences.create",
        lambda m: m["al"].audiences.create(name="tour", filters={"city": ["New York"]}),
    ),
    (
        "Leadpipe.intent_audiences.runs.create",
        _keep("ir", lambda m: m["lp"].wait(m["lp"].intent_audiences.runs.create(INTENT_AUDIENCE))),
    ),
    (
        "Leadpipe.intent_audiences.runs.list",
        lambda m: _first(m["lp"].intent_audiences.runs.list(INTENT_AUDIENCE)),
    ),
    (
        "Leadpipe.intent_audiences.runs.results",
        lambda m: _first(m["lp"].intent_audiences.runs.results(INTENT_AUDIENCE, m["ir"].id)),
    ),
    (
        "Leadpipe.intent_audiences.runs.cancel",
        lambda m: m["lp"].intent_audiences.runs.cancel(
            INTENT_AUDIENCE, m["lp"].intent_audiences.runs.create(INTENT_AUDIENCE).id
        ),
    ),
    # Issue 20: Buzzabout credits and custom-parameter values, AudienceLab audiences read back.
    ("Buzzabout.account.get", lambda m: m["bz"].account.get()),
    ("Buzzabout.account.usage_history", lambda m: _first(m["bz"].account.usage_history(limit=2))),
    ("Buzzabout.credit_prices.get", lambda m: m["bz"].credit_prices.get()),
    (
        "AudienceLab.audiences.list",
        _keep("aud", lambda m: _first(m["al"].audiences.list(page_size=1), 1)[0]),
    ),
    (
        "AudienceLab.audiences.members",
        lambda m: _first(m["al"].audiences.members(m["aud"].id, page_size=2)),
    ),
]

# Leadpipe, from topics to an audience to its run's stats and CSV (issue 20).
_CONFIG = {"topicIds": [117805, 117890], "minScore": 70, "minTopicOverlap": 1}
CALLS += [
    ("Leadpipe.intent_topics.list", lambda m: m["lp"].intent_topics.list(type="b2b")),
    ("Leadpipe.intent_topics.search", lambda m: m["lp"].intent_topics.search("marketing")),
    ("Leadpipe.intent_audiences.filters", lambda m: m["lp"].intent_audiences.filters()),
    (
        "Leadpipe.intent_audiences.validate",
        lambda m: m["lp"].intent_audiences.validate(config=_CONFIG),
    ),
    (
        "Leadpipe.intent_audiences.preview",
        lambda m: m["lp"].intent_audiences.preview(config=_CONFIG),
    ),
    (
        "Leadpipe.intent_audiences.create",
        _keep("ia", lambda m: m["lp"].intent_audiences.create(name="tour", config=_CONFIG)),
    ),
    ("Leadpipe.intent_audiences.list", lambda m: _first(m["lp"].intent_audiences.list(limit=5))),
    ("Leadpipe.intent_audiences.get", lambda m: m["lp"].intent_audiences.get(m["ia"].id)),
    (
        "Leadpipe.intent_audiences.update",
        lambda m: m["lp"].intent_audiences.update(m["ia"].id, status="active"),
    ),
    (
        "Leadpipe.intent_audiences.runs.stats",
        lambda m: m["lp"].intent_audiences.runs.stats(INTENT_AUDIENCE, m["ir"].id),
    ),
    (
        "Leadpipe.intent_audiences.runs.export_csv",
        lambda m: m["lp"].intent_audiences.runs.export_csv(
            INTENT_AUDIENCE, m["ir"].id, io.BytesIO()
        ),
    ),
    (
        "Leadpipe.intent_audiences.runs.exports.create",
        _keep(
            "ie",
            lambda m: m["lp"].intent_audiences.runs.exports.create(INTENT_AUDIENCE, m["ir"].id),
        ),
    ),
    (
        "Leadpipe.intent_audiences.runs.exports.get",
        lambda m: m["lp"].intent_audiences.runs.exports.get(
            INTENT_AUDIENCE, m["ir"].id, m["ie"].id
        ),
    ),
    ("Leadpipe.intent_audiences.delete", lambda m: m["lp"].intent_audiences.delete(m["ia"].id)),
]
