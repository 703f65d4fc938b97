"""The fake's router: each handler names its own route with ``@route``.

    @route("POST", "/v1/audience_datasets/{audience_dataset_id}/runs", vendor="buzzabout")
    def create_audience_dataset_run(fake, account, req, audience_dataset_id): ...

The function's name is the operationId (as in openapi.yaml, and as ``FakeAPIs.inject``
takes it); the path's parameters arrive as keyword arguments of the same names,
percent-decoded. Registration happens when the vendor module is imported (``_fake.py``
imports them all). A named container's handlers (datasets, audience datasets) are made by
``_containers.py``, which routes each with ``route`` under its operationId, with a
signature that names the path's parameters as ``route`` checks.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import unquote

import attrs

from audiences.testing._wire import FakeResponse

# (fake, account, request, **path parameters) -> the answer
Handler = Callable[..., FakeResponse]
HandlerT = TypeVar("HandlerT", bound=Handler)

_PARAMETER = re.compile(r"\{([a-z_]+)\}")
_FIXED = ("fake", "account", "req")  # what every handler takes before the path's parameters


@attrs.frozen
class Route:
    """One documented operation: where it lives and who answers it."""

    method: str
    vendor: str
    operation: str
    handler: Handler
    pattern: re.Pattern[str]
    parameters: tuple[str, ...]


_ROUTES: list[Route] = []


def route(method: str, template: str, *, vendor: str) -> Callable[[HandlerT], HandlerT]:
    """Register the decorated handler for ``method`` on ``template`` of ``vendor``'s API."""

    def register(handler: HandlerT) -> HandlerT:
        parameters = tuple(_PARAMETER.findall(template))
        takes = tuple(inspect.signature(handler).parameters)
        if takes != (*_FIXED, *parameters):
            raise TypeError(f"{handler.__name__} must take {(*_FIXED, *parameters)}, not {takes}")
        if handler.__name__ in operations():
            raise ValueError(f"operation {handler.__name__!r} is registered twice")
        literal = re.escape(template)
        for name in parameters:
            literal = literal.replace(re.escape(f"{{{name}}}"), "([^/]+)")
        _ROUTES.append(
            Route(
                method=method,
                vendor=vendor,
                operation=handler.__name__,
                handler=handler,
                pattern=re.compile(f"^{literal}$"),
                parameters=parameters,
            )
        )
        return handler

    return register


def operations() -> frozenset[str]:
    """The operationIds of every registered handler."""
    return frozenset(r.operation for r in _ROUTES)


def resolve(method: str, raw_path: str) -> tuple[Route, dict[str, str]] | FakeResponse | None:
    """The route and decoded path parameters for a request, a 405, or ``None`` (no such path)."""
    path = raw_path.rstrip("/") or "/"
    found = [(r, match) for r in _ROUTES if (match := r.pattern.match(path))]
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
