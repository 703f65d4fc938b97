"""Observing a run again for ``wait``: the answer must be the same run of the same owner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from audiences import _validation as check
from audiences._core import Operation
from audiences._models import Run
from audiences._read import ShapeError

R = TypeVar("R", bound=Run)


def same_run(op: Operation[R], run: R, owner_field: str | None = None) -> Operation[R]:
    """``op`` (which reads ``run`` again), refusing an answer about another run or owner.

    A server that switches ids mid-wait would otherwise have ``wait`` poll, and return,
    a run the caller never asked about.
    """
    owner = getattr(run, owner_field) if owner_field else None

    def parse(body: Any) -> R:
        seen = op.parse(body)
        seen_owner = getattr(seen, owner_field) if owner_field else None
        if seen.id != run.id or seen_owner != owner:
            where = f" of {owner}" if owner_field else ""
            got = f" of {seen_owner}" if owner_field else ""
            raise ShapeError(f"data: polled run {run.id}{where}, got run {seen.id}{got}")
        return seen

    return Operation(vendor=op.vendor, request=op.request, parse=parse)


def owned_run(get: Callable[[str, str], Operation[R]], run: R, owner_field: str) -> Operation[R]:
    """What ``wait`` polls for a run that lives under an owner: ``get(owner, run.id)``, which
    must answer about the same run of the same owner."""
    owner = check.known(f"run.{owner_field}", getattr(run, owner_field))
    return same_run(get(owner, run.id), run, owner_field)
