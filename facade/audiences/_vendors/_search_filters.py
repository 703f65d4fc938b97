"""Filters as a search sends them: read through the generated request model, so a plain
dict in a shape the spec does not document is refused before sending, naming it.

The generated model keeps any filter it cannot read as the dict it was given (and then
fails inside its own ``to_dict()``); here such a filter becomes ``InvalidArgumentError``
naming its place (``filters[0][1]``), its type's documented fields (the generated
model's, so the spec's) and the constructor that builds it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from audiences._errors import InvalidArgumentError

T = TypeVar("T")


def shaped(model: type[T], sent: dict[str, Any]) -> T:
    """``model.from_dict(sent)``, every filter read into its documented shape."""
    request: Any = model.from_dict(sent)  # type: ignore[attr-defined]
    groups = request.filters if isinstance(request.filters, list) else []
    for index, group in enumerate(groups):
        for position, item in enumerate(group):
            if isinstance(item, dict):
                raise InvalidArgumentError(f"filters[{index}][{position}]", _documented(item))
    return request  # type: ignore[no-any-return]


def _documented(item: dict[str, Any]) -> str:
    import attrs
    from audiences_api import models

    kind = str(item.get("type"))
    model = getattr(models, "".join(w.title() for w in kind.split("_")) + "Filter", None)
    fields = [
        field.name.rstrip("_")
        for field in (attrs.fields(model) if model is not None and attrs.has(model) else ())
        if field.name != "additional_properties"
    ]
    return (
        f"not the documented shape of a {kind} filter"
        f" (its fields: {', '.join(fields)}; build it with filters.{kind}())"
    )
