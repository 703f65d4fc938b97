"""Filters as a search sends them: read through the generated request model, so a plain
dict in a shape the spec does not document is refused before sending, naming it.

The generated model keeps any filter it cannot read as the dict it was given (and then
fails inside its own ``to_dict()``); here such a filter becomes ``InvalidArgumentError``
naming its place (``filters[0][1]``), its type's documented fields (from the spec table)
and the constructor that builds it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from audiences import _spec as spec
from audiences._errors import InvalidArgumentError

T = TypeVar("T")


def shaped(model: type[T], schema: str, sent: dict[str, Any]) -> T:
    """``model.from_dict(sent)`` (the generated model of the request ``schema``), every
    filter read into its documented shape."""
    request: Any = model.from_dict(sent)  # type: ignore[attr-defined]
    groups = request.filters if isinstance(request.filters, list) else []
    for index, group in enumerate(groups):
        for position, item in enumerate(group):
            if isinstance(item, dict):
                where = f"filters[{index}][{position}]"
                raise InvalidArgumentError(where, _documented(schema, item))
    return request  # type: ignore[no-any-return]


def _documented(schema: str, item: dict[str, Any]) -> str:
    """What the spec documents of a filter of ``item``'s type in the request ``schema``."""
    kind = str(item.get("type"))
    union = spec.resolve(spec.item(spec.item(spec.prop(schema, "filters"))))
    shape = union["discriminator"]["mapping"].get(kind)
    fields = list(spec.properties(shape)) if shape is not None else []
    return (
        f"not the documented shape of a {kind} filter"
        f" (its fields: {', '.join(fields)}; build it with filters.{kind}())"
    )
