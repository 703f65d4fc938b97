"""Every documented bound, at its edges: min-1, min, max and max+1, through the facade and
through the fake, with the bounds taken from the spec table (nothing here restates one).

``documented_bounds()`` walks every operation's query and header parameters and its
request body (through ``$ref``, each ``oneOf`` variant, properties and array items) and
finds each ``minimum``/``maximum``, ``minLength``/``maxLength`` and ``minItems``/
``maxItems``. For each edge value:

- the facade refuses the values outside with ``InvalidArgumentError`` naming the argument,
  sending nothing, and sends the values inside (``FACADE`` says how each bound is reached
  from a public method; a bound with no entry fails, naming itself);
- the fake refuses the values outside by its schema check, naming the field, and lets the
  values inside through (a body sampled from the schema, the field set to the value).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from audiences import (
    AudienceLab,
    Buzzabout,
    InvalidArgumentError,
    Leadpipe,
    SourceURL,
    _spec as spec,
    filters as f,
)
from audiences.testing import (
    AUDIENCELAB_KEY,
    BUZZABOUT_KEY,
    INTENT_AUDIENCE,
    LEADPIPE_KEY,
    SOURCE_DATASET,
    FakeAPIs,
    ManualClock,
)

from tests.samples import sample

KEYS = {"buzzabout": BUZZABOUT_KEY, "audiencelab": AUDIENCELAB_KEY, "leadpipe": LEADPIPE_KEY}
HOSTS = {
    "buzzabout": "https://api.buzzabout.ai",
    "audiencelab": "https://api.audiencelab.io",
    "leadpipe": "https://api.aws53.cloud",
}
# Path ids the fake knows, where one is at hand (others 404 after the schema check passed).
IDS = {"dataset_id": SOURCE_DATASET, "audience_id": INTENT_AUDIENCE}
LIMITS = (("minimum", "maximum"), ("minLength", "maxLength"), ("minItems", "maxItems"))


@attrs.frozen
class Bound:
    """One documented bound: where it is (``create_dataset_run body.count``), its edges."""

    operation: str
    where: tuple[str | int, ...]  # ("query", "limit"), ("body", "search_query", "sources")
    kind: str  # "number", "length" or "items"
    low: int | None
    high: int | None
    forced: tuple[tuple[tuple[str | int, ...], Any], ...]  # oneOf variants on the way

    @property
    def key(self) -> str:
        return f"{self.operation} {'.'.join(map(str, self.where))}"

    def edges(self) -> Iterator[tuple[int, bool]]:
        """(value, whether the spec allows it) at each edge."""
        if self.low is not None:
            if self.low > 0 or self.kind == "number":
                yield self.low - 1, False
            yield self.low, True
        if self.high is not None:
            yield self.high, True
            yield self.high + 1, False


def _walk(
    operation: str, node: Any, where: tuple[str | int, ...], forced: tuple[Any, ...]
) -> Iterator[Bound]:
    if "$ref" in node:
        yield from _walk(operation, spec.schema(node["$ref"]), where, forced)
        return
    branches = node.get("oneOf") or node.get("anyOf")
    if branches:
        for branch in branches:
            if spec.resolve(branch).get("type") != "null":
                yield from _walk(operation, branch, where, (*forced, (where, sample(branch))))
        return
    node = spec.non_null(node)
    for (low_key, high_key), kind in zip(LIMITS, ("number", "length", "items"), strict=True):
        low, high = node.get(low_key), node.get(high_key)
        if low is not None or high is not None:
            yield Bound(operation, where, kind, low, high, forced)
    for name, prop in node.get("properties", {}).items():
        yield from _walk(operation, prop, (*where, name), forced)
    if node.get("type") == "array" and "items" in node:
        yield from _walk(operation, node["items"], (*where, 0), forced)


def documented_bounds() -> list[Bound]:
    """Every bound of every request the spec documents."""
    found: list[Bound] = []
    for operation, op in spec.operations().items():
        for parameter in op["parameters"]:
            if parameter["in"] != "path":
                found += _walk(
                    operation, parameter["schema"], (parameter["in"], parameter["name"]), ()
                )
        body = op["body"]
        if body is not None and "media" not in body:
            found += _walk(operation, body, ("body",), ())
    return found


BOUNDS = documented_bounds()


def _value(bound: Bound, edge: int) -> Any:
    if bound.kind == "number":
        return edge
    if bound.kind == "length":
        return "x" * edge
    return edge  # an item count: each caller makes that many items of its own kind


# ------------------------------------------------------------------ through the facade

Facade = Callable[[dict[str, Any], Any], object]


def _urls(n: int) -> list[SourceURL]:
    return [SourceURL("reddit", f"https://reddit.com/r/coffee/{i}") for i in range(n)]


def _prompt(**more: Any) -> dict[str, Any]:
    return {"search_query": "cold brew", "sources": ["reddit"], **more}


# How each bound is reached from a public method: (clients, the edge value) -> the call.
FACADE: dict[str, Facade] = {
    "list_audience_datasets query.limit": lambda c, v: next(
        iter(c["bz"].audience_datasets.list(limit=v)), None
    ),
    "list_audience_datasets query.cursor": lambda c, v: next(
        iter(c["bz"].audience_datasets.list(cursor=v)), None
    ),
    "create_audience_dataset body.name": lambda c, v: c["bz"].audience_datasets.create(name=v),
    "update_audience_dataset body.name": lambda c, v: c["bz"].audience_datasets.update(
        "ad_1", name=v
    ),
    "create_audience_dataset_run body.total_profile_count": lambda c, v: c[
        "bz"
    ].audience_datasets.runs.create(
        "ad_1", source_dataset_id=SOURCE_DATASET, total_profile_count=v
    ),
    "list_audience_dataset_runs query.limit": lambda c, v: next(
        iter(c["bz"].audience_datasets.runs.list("ad_1", limit=v)), None
    ),
    "list_audience_dataset_runs query.cursor": lambda c, v: next(
        iter(c["bz"].audience_datasets.runs.list("ad_1", cursor=v)), None
    ),
    "preview_custom_parameter body.post_refs": lambda c, v: c["bz"].custom_parameters.preview(
        instructions="i", value_type="string", post_refs=[(f"t3_{i}", "reddit") for i in range(v)]
    ),
    "create_dataset body.name": lambda c, v: c["bz"].datasets.create(name=v),
    "list_datasets query.limit": lambda c, v: next(iter(c["bz"].datasets.list(limit=v)), None),
    "list_datasets query.cursor": lambda c, v: next(iter(c["bz"].datasets.list(cursor=v)), None),
    "update_dataset body.name": lambda c, v: c["bz"].datasets.update(SOURCE_DATASET, name=v),
    "list_dataset_runs query.limit": lambda c, v: next(
        iter(c["bz"].datasets.runs.list(SOURCE_DATASET, limit=v)), None
    ),
    "list_dataset_runs query.cursor": lambda c, v: next(
        iter(c["bz"].datasets.runs.list(SOURCE_DATASET, cursor=v)), None
    ),
    "create_dataset_run body.search_query.sources": lambda c, v: c["bz"].datasets.runs.create(
        SOURCE_DATASET, search_query="cold brew", sources=["reddit"] * v
    ),
    "create_dataset_run body.search_query.search_query": lambda c, v: c["bz"].datasets.runs.create(
        SOURCE_DATASET, search_query=v, sources=["reddit"]
    ),
    "create_dataset_run body.search_query.source_urls": lambda c, v: c["bz"].datasets.runs.create(
        SOURCE_DATASET, source_urls=_urls(v)
    ),
    "create_dataset_run body.count": lambda c, v: c["bz"].datasets.runs.create(
        SOURCE_DATASET, **_prompt(count=v)
    ),
    "create_dataset_run body.num_comments_per_post": lambda c, v: c["bz"].datasets.runs.create(
        SOURCE_DATASET, **_prompt(num_comments_per_post=v)
    ),
    "list_mentions body.cursor": lambda c, v: next(iter(c["bz"].mentions.list(cursor=v)), None),
    "list_mentions body.limit": lambda c, v: next(iter(c["bz"].mentions.list(limit=v)), None),
    "list_mentions body.filters.0": lambda c, v: next(
        iter(c["bz"].mentions.list(filters=[[f.has_media()] * v])), None
    ),
    "list_audience_profiles body.cursor": lambda c, v: next(
        iter(c["bz"].audience_profiles.list(cursor=v)), None
    ),
    "list_audience_profiles body.limit": lambda c, v: next(
        iter(c["bz"].audience_profiles.list(limit=v)), None
    ),
    "list_audience_profiles body.filters.0": lambda c, v: next(
        iter(c["bz"].audience_profiles.list(filters=[[f.is_verified()] * v])), None
    ),
    "create_audience body.days_back": lambda c, v: c["al"].audiences.create(
        name="n", filters={}, days_back=v
    ),
    "create_intent_audience_run header.Idempotency-Key": lambda c, v: c[
        "lp"
    ].intent_audiences.runs.create(INTENT_AUDIENCE, idempotency_key=v),
    "list_intent_audience_runs query.limit": lambda c, v: next(
        iter(c["lp"].intent_audiences.runs.list(INTENT_AUDIENCE, limit=v)), None
    ),
    "list_intent_audience_run_results query.limit": lambda c, v: next(
        iter(c["lp"].intent_audiences.runs.results(INTENT_AUDIENCE, "run_1", limit=v)), None
    ),
    "list_intent_audience_run_results query.offset": lambda c, v: next(
        iter(c["lp"].intent_audiences.runs.results(INTENT_AUDIENCE, "run_1", cursor=str(v))), None
    ),
}
# Issue 20: Buzzabout's usage history, AudienceLab's audiences and members (a page number
# is the pager's cursor).
FACADE |= {
    "list_usage_history query.limit": lambda c, v: next(
        iter(c["bz"].account.usage_history(limit=v)), None
    ),
    "list_usage_history query.cursor": lambda c, v: next(
        iter(c["bz"].account.usage_history(cursor=v)), None
    ),
    "list_audiences query.page": lambda c, v: next(
        iter(c["al"].audiences.list(cursor=str(v))), None
    ),
    "list_audiences query.page_size": lambda c, v: next(
        iter(c["al"].audiences.list(page_size=v)), None
    ),
    "list_audience_members query.page": lambda c, v: next(
        iter(c["al"].audiences.members("aud_1", cursor=str(v))), None
    ),
    "list_audience_members query.page_size": lambda c, v: next(
        iter(c["al"].audiences.members("aud_1", page_size=v)), None
    ),
}
# The argument each bound reaches, as InvalidArgumentError names it (its last word else).
ARGUMENTS = {
    "list_audiences query.page": "cursor",
    "list_audience_members query.page": "cursor",
    "create_intent_audience_run header.Idempotency-Key": "idempotency_key",
    "list_intent_audience_run_results query.offset": "cursor",
    "list_mentions body.filters.0": "filters",
    "list_audience_profiles body.filters.0": "filters",
    "create_dataset_run body.search_query.search_query": "search_query",
}


# Leadpipe's topics, audiences and configs (issue 20): a config's bound is reached through
# ``config=`` of validate, preview, create and update alike, and named ``config.<field>``.
def _config(field: str, v: int) -> dict[str, Any]:
    value: Any = [117805 + i for i in range(v)] if field == "topicIds" else v
    return {"topicIds": [117805], field: value}


_CONFIGURED: dict[str, Callable[[Any, Any], object]] = {
    "validate_intent_audience body.": lambda lp, c: lp.intent_audiences.validate(config=c),
    "preview_intent_audience body.": lambda lp, c: lp.intent_audiences.preview(config=c),
    "create_intent_audience body.config.": lambda lp, c: lp.intent_audiences.create(
        name="n", config=c
    ),
    "update_intent_audience body.config.": lambda lp, c: lp.intent_audiences.update(
        INTENT_AUDIENCE, config=c
    ),
}


def _configured(call: Callable[[Any, Any], object], field: str) -> Facade:
    return lambda c, v: call(c["lp"], _config(field, v))


for _where, _call in _CONFIGURED.items():
    for _field in ("topicIds", "minScore", "maxScore", "minTopicOverlap"):
        FACADE[_where + _field] = _configured(_call, _field)
        ARGUMENTS[_where + _field] = f"config.{_field}"
FACADE |= {
    "list_intent_topics query.industry": lambda c, v: c["lp"].intent_topics.list(industry=v),
    "list_intent_topics query.category": lambda c, v: c["lp"].intent_topics.list(category=v),
    "list_intent_topics query.q": lambda c, v: c["lp"].intent_topics.list(q=v),
    "search_intent_topics query.q": lambda c, v: c["lp"].intent_topics.search(v),
    "search_intent_topics query.industry": lambda c, v: c["lp"].intent_topics.search(
        "crm", industry=v
    ),
    "search_intent_topics query.limit": lambda c, v: c["lp"].intent_topics.search("crm", limit=v),
    "list_intent_audiences query.limit": lambda c, v: next(
        iter(c["lp"].intent_audiences.list(limit=v)), None
    ),
    "create_intent_audience body.name": lambda c, v: c["lp"].intent_audiences.create(
        name=v, config={"topicIds": [117805]}
    ),
    "update_intent_audience body.name": lambda c, v: c["lp"].intent_audiences.update(
        INTENT_AUDIENCE, name=v
    ),
}


def test_every_documented_bound_is_reached_from_the_facade() -> None:
    assert sorted({b.key for b in BOUNDS} - set(FACADE)) == []
    assert sorted(set(FACADE) - {b.key for b in BOUNDS}) == []  # none left for a gone bound


def _clients(sent: list[httpx.Request]) -> dict[str, Any]:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503)  # a failure once sent: only whether it was sent matters

    options: dict[str, Any] = {"transport": httpx.MockTransport(answer), "max_retries": 0}
    return {
        "bz": Buzzabout(api_key="bz_test_k", **options),
        "al": AudienceLab(api_key="al_test_k", **options),
        "lp": Leadpipe(api_key="sk_test_k", **options),
    }


EDGES = [(b, edge, allowed) for b in BOUNDS for edge, allowed in b.edges()]


@pytest.mark.parametrize(
    ("bound", "edge", "allowed"), EDGES, ids=[f"{b.key}={e}" for b, e, _ in EDGES]
)
def test_the_facade_sends_what_the_spec_allows_and_refuses_the_rest(
    bound: Bound, edge: int, allowed: bool
) -> None:
    sent: list[httpx.Request] = []
    call = FACADE.get(bound.key)
    if call is None:
        pytest.fail(f"no way to reach {bound.key} from the facade: add it to FACADE")
    clients = _clients(sent)
    argument = ARGUMENTS.get(bound.key, str(bound.where[-1]))
    try:
        call(clients, _value(bound, edge))
    except InvalidArgumentError as refused:
        assert (allowed, refused.field.split("[")[0]) == (False, argument), str(refused)
    except Exception:  # noqa: S110 - the 503 (or another answer) once it was sent
        pass
    assert bool(sent) is allowed


# ------------------------------------------------------------------ through the fake


def _set(body: Any, where: tuple[str | int, ...], value: Any) -> None:
    for step in where[:-1]:
        body = body[step]
    body[where[-1]] = value


def _request(bound: Bound, edge: int) -> tuple[str, str, dict[str, str], dict[str, str], Any]:
    op = spec.operation(bound.operation)
    path = op["path"]
    for parameter in op["parameters"]:
        if parameter["in"] == "path":
            name = parameter["name"]
            path = path.replace(f"{{{name}}}", IDS.get(name, f"{name}_bound"))
    body = None if op["body"] is None else {"body": sample(op["body"])}
    for where, variant in bound.forced:
        _set(body, where, copy.deepcopy(variant))
    query = {  # a required query parameter other than the one tried takes a sample value
        p["name"]: str(sample(p["schema"]))
        for p in op["parameters"]
        if p["in"] == "query" and p["required"]
    }
    headers = {"x-api-key": KEYS[op["vendor"]]}
    value: Any = _value(bound, edge)
    if bound.kind == "items":
        value = [sample(spec.item(_schema_at(bound))) for _ in range(edge)]
    if bound.where[0] == "query":
        query[str(bound.where[1])] = str(value)
    elif bound.where[0] == "header":
        headers[str(bound.where[1])] = str(value)
    else:
        _set(body, bound.where, value)
    return (
        op["method"],
        HOSTS[op["vendor"]] + path,
        query,
        headers,
        None if body is None else body["body"],
    )


def _schema_at(bound: Bound) -> Any:
    op = spec.operation(bound.operation)
    if bound.where[0] != "body":
        return next(p["schema"] for p in op["parameters"] if p["name"] == bound.where[1])
    node: Any = op["body"]
    variants = dict(bound.forced)
    for depth, step in enumerate(bound.where[1:], start=1):
        node = spec.non_null(node)
        if "properties" not in node and (node.get("oneOf") or node.get("anyOf")):
            node = spec.non_null(_variant(node, variants.get(bound.where[:depth])))
        node = spec.item(node) if isinstance(step, int) else node["properties"][step]
    return node


def _variant(node: Any, chosen: Any) -> Any:
    for branch in node.get("oneOf") or node.get("anyOf"):
        if sample(branch) == chosen:
            return branch
    raise AssertionError(f"no variant gives {chosen!r}")


SCHEMA_WORDS = ("Input should", "String should", "List should", "Field required", "Maximum")


def schema_refusal(response: httpx.Response) -> str | None:
    """The field a refusal by the fake's schema check names, or None (no such refusal)."""
    if response.status_code not in (400, 422):
        return None
    body = response.json()
    detail = body.get("detail")
    if isinstance(detail, list) and detail:
        return ".".join(map(str, detail[0]["loc"]))
    if isinstance(detail, dict):
        for field, text in detail.get("errors", {}).items():
            if str(text).startswith(SCHEMA_WORDS):
                return str(field)
        return None
    error = body.get("error") or {}
    field, _, text = str(error.get("message", "")).partition(": ")
    return (
        field if error.get("code") == "VALIDATION_ERROR" and text.startswith(SCHEMA_WORDS) else None
    )


@pytest.mark.parametrize(
    ("bound", "edge", "allowed"), EDGES, ids=[f"{b.key}={e}" for b, e, _ in EDGES]
)
def test_the_fake_accepts_what_the_spec_allows_and_refuses_the_rest(
    bound: Bound, edge: int, allowed: bool
) -> None:
    method, url, query, headers, body = _request(bound, edge)
    http = httpx.Client(transport=FakeAPIs(ManualClock()).transport())
    answer = http.request(method, url, params=query, headers=headers, json=body)
    refused = schema_refusal(answer)
    vendor = spec.operation(bound.operation)["vendor"]
    named = ".".join(map(str, bound.where if vendor == "buzzabout" else bound.where[1:]))
    if allowed:
        assert refused is None, answer.text
    elif refused is None:  # a refusal the vendor documents with its own code, ahead of its schema
        assert (answer.status_code, answer.json().get("error_code")) == (422, ANSWERS[bound.key])
    else:
        assert named.startswith(refused), answer.text


# Bounds the vendor enforces with its own documented code rather than its schema's words.
ANSWERS = {"create_dataset_run body.search_query.source_urls": "too_many_target_urls"}
