"""The fake's router: each handler names the operation it answers; the spec says the rest.

    @operation("create_audience_dataset_run")
    def create_audience_dataset_run(fake, account, req, audience_dataset_id): ...

The operationId is the one in openapi.yaml (and the one ``FakeAPIs.inject`` takes); the
method, the path and its parameters come from the spec table, so no path is written
here. The path's parameters arrive as keyword arguments of the same names,
percent-decoded. Before a handler runs, the dispatcher checks the request against the
operation's documented parameters and body (``_schema.conform``): ``req.params`` and
``req.data`` hold them checked, defaults filled. ``before`` runs first on the raw body,
for refusals the vendor documents ahead of its schema (``too_many_target_urls``);
``invalid`` turns a schema refusal into the operation's own error body when it is not the
vendor's usual one. Registration happens when the vendor module is imported.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar
from urllib.parse import unquote

import attrs

from audiences import _spec as spec
from audiences.testing._schema import Invalid, conform
from audiences.testing._wire import FakeRequest, FakeResponse

# (fake, account, request, **path parameters) -> the answer
Handler = Callable[..., FakeResponse]
HandlerT = TypeVar("HandlerT", bound=Handler)
Before = Callable[[Any], None]
OnInvalid = Callable[[Invalid], FakeResponse]

_PARAMETER = re.compile(r"\{([A-Za-z_]+)\}")
_FIXED = ("fake", "account", "req")  # what every handler takes before the path's parameters


@attrs.frozen
class Answer:
    """Who answers an operation: its handler and the optional hooks around it."""

    handler: Handler
    before: Before | None = None
    invalid: OnInvalid | None = None


@attrs.frozen
class Route:
    """One operation of the spec: where it lives, and who answers it (``None``: no one yet)."""

    operation: str
    vendor: str
    method: str
    pattern: re.Pattern[str]
    parameters: tuple[str, ...]
    answer: Answer | None
    auth: bool = True  # whether a key is required (``security: []`` needs none)


_ANSWERS: dict[str, Answer] = {}


def operation(
    operation_id: str, *, before: Before | None = None, invalid: OnInvalid | None = None
) -> Callable[[HandlerT], HandlerT]:
    """Register the decorated handler as the answer to ``operation_id``."""

    def register(handler: HandlerT) -> HandlerT:
        if operation_id in _ANSWERS:
            raise ValueError(f"operation {operation_id!r} is answered twice")
        _ANSWERS[operation_id] = Answer(handler, before, invalid)
        routes.cache_clear()
        return handler

    return register


def handlers() -> dict[str, Answer]:
    """Every registered answer by its operationId (the spec may lack some: ``dead()``)."""
    return dict(_ANSWERS)


def dead() -> list[str]:
    """Handlers whose operation the spec no longer has, each named (a test keeps it empty)."""
    return sorted(set(_ANSWERS) - set(spec.operations()))


def mismatched() -> list[str]:
    """Handlers whose parameters are not their path's (a test keeps it empty)."""
    found = []
    for operation_id, answer in sorted(_ANSWERS.items()):
        if operation_id not in spec.operations():
            continue
        wanted = (*_FIXED, *_PARAMETER.findall(spec.operation(operation_id)["path"]))
        takes = tuple(inspect.signature(answer.handler).parameters)
        if takes != wanted:
            found.append(f"{answer.handler.__name__} takes {takes}, {operation_id} needs {wanted}")
    return found


@cache
def routes() -> tuple[Route, ...]:
    """A route per operation of the spec, in the spec's order."""
    found = []
    for operation_id, op in spec.operations().items():
        parameters = tuple(_PARAMETER.findall(op["path"]))
        literal = re.escape(op["path"])
        for name in parameters:
            literal = literal.replace(re.escape(f"{{{name}}}"), "([^/]+)")
        found.append(
            Route(
                operation=operation_id,
                vendor=op["vendor"],
                method=op["method"],
                pattern=re.compile(f"^{literal}$"),
                parameters=parameters,
                answer=_ANSWERS.get(operation_id),
                auth=op["auth"],
            )
        )
    return tuple(found)


def operations() -> frozenset[str]:
    """The operationIds the fake serves: every operation of the spec."""
    return frozenset(r.operation for r in routes())


def resolve(method: str, raw_path: str) -> tuple[Route, dict[str, str]] | FakeResponse | None:
    """The route and decoded path parameters for a request, a 405, or ``None`` (no such path)."""
    path = raw_path.rstrip("/") or "/"
    found = [(r, match) for r in routes() if (match := r.pattern.match(path))]
    if not found:
        return None
    # As in OpenAPI, a literal path (``/v1/custom_parameters/preview``) wins over a template.
    fewest = min(len(r.parameters) for r, _ in found)
    allowed: list[str] = []
    for r, match in found:
        if len(r.parameters) != fewest:
            continue
        allowed.append(r.method)
        if r.method == method:
            return r, {
                name: unquote(value)
                for name, value in zip(r.parameters, match.groups(), strict=True)
            }
    return FakeResponse.json(405, {"detail": "Method Not Allowed"}, {"allow": ", ".join(allowed)})


def arguments(route: Route, req: FakeRequest) -> None:
    """Check the request's query and header parameters and its body against the spec,
    into ``req.params`` and ``req.data``; ``Invalid`` names the first fault."""
    op = spec.operation(route.operation)
    params: dict[str, Any] = {}
    for parameter in op["parameters"]:
        where, name, schema = parameter["in"], parameter["name"], parameter["schema"]
        if where == "path":
            continue
        sent = req.query.get(name) if where == "query" else req.headers.get(name.lower())
        if sent is None:
            if parameter["required"]:
                raise Invalid((where, name), "Field required", "missing")
            if (default := spec.default(schema)) is not None:
                params[name] = default
            continue
        params[name] = conform(schema, _typed(schema, sent, (where, name)), (where, name))
    req.params = params
    body = op["body"]
    if body is None or "media" in body:
        return
    if not req.body:
        if op["body_required"]:
            raise Invalid(("body",), "Field required", "missing")
        req.data = {}
        return
    try:
        raw = req.json()
    except ValueError:
        raise Invalid(("body",), "JSON decode error", "json_invalid") from None
    answer = route.answer
    if answer is not None and answer.before is not None:
        answer.before(raw)
    req.data = conform(body, raw, ("body",))


def _typed(schema: spec.Schema, text: str, loc: tuple[str, ...]) -> Any:
    """A query or header value (always text on the wire) as its schema's type."""
    kind = spec.type_of(schema)
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise Invalid(
                loc,
                "Input should be a valid integer, unable to parse string as an integer",
                "int_parsing",
            ) from None
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise Invalid(loc, "Input should be a valid number", "float_parsing") from None
    if kind == "boolean":
        if text not in ("true", "false"):
            raise Invalid(loc, "Input should be a valid boolean", "bool_parsing")
        return text == "true"
    return text
