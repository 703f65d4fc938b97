"""One invocation: its options, its output, the clients it opens, and waiting on runs."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import re
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

import audiences
from audiences import (
    AudienceDatasetRun,
    CustomParameterRun,
    DatasetRun,
    IntentAudienceRun,
    InvalidArgumentError,
    NotFoundError,
    PatternDetectionRun,
    Run,
    RunStatus,
    _spec as spec,
)
from audiences._cli._errors import OPTIONS, Interrupted
from audiences._cli._output import Output
from audiences._progress import wait_with_bar

if TYPE_CHECKING:
    from audiences import Buzzabout, Leadpipe

R = TypeVar("R", bound=Run)
T = TypeVar("T")
NAMES = {"buzzabout": "Buzzabout", "audiencelab": "AudienceLab", "leadpipe": "Leadpipe"}
"""Each vendor's client class, by name (loaded on first use)."""
WAIT_TIMEOUT = 900.0  # seconds a command waits on a run without --timeout


def max_page(operation_id: str | None = None) -> int:
    """The largest page one request may ask for: ``operation_id``'s (the maximum of its
    ``limit`` or ``page_size``), or without one the largest every list that pages serves
    (the least ``limit`` maximum of the operations that page by cursor or offset)."""
    if operation_id is not None:
        op = spec.operation(operation_id)
        size = next(p for p in op["parameters"] if p["name"] in ("limit", "page_size"))
        most: int = spec.non_null(size["schema"])["maximum"]
        return most
    found: list[int] = []
    for op in spec.operations().values():
        body = op["body"] or {}
        fields = {p["name"]: p["schema"] for p in op["parameters"]}
        if "$ref" in body:
            fields.update(spec.properties(body["$ref"]))
        if "limit" not in fields or not {"cursor", "offset"} & set(fields):
            continue  # not a list that pages (a search's own count of results, say)
        if "maximum" in (limit := spec.non_null(fields["limit"])):
            found.append(limit["maximum"])
    return min(found)


def reach(root: Any, path: str) -> Any:
    """What the dotted ``path`` names from ``root`` (``"datasets.runs.get"`` of a client)."""
    for name in path.split(".") if path else ():
        root = getattr(root, name)
    return root


@attrs.frozen
class WaitKind:
    """A kind of run ``wait`` observes: its name, the ids it takes, how to read it again."""

    name: str
    read: str | Callable[..., Run]  # the client's getter ("datasets.runs.get"), or (client, *ids)
    parent: str | None = None  # the run's field holding its parent's id, if it has a parent
    metavar: str | None = None  # that id on the command line, if not the field's name in capitals
    vendor: str = "buzzabout"

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids ``wait`` takes, as the command line names them."""
        if self.parent is None:
            return ("RUN_ID",)
        return (self.metavar or self.parent.upper(), "RUN_ID")

    def first(self, client: Any, *ids: str) -> Run:
        """The run to start waiting from."""
        if callable(self.read):
            return self.read(client, *ids)
        run: Run = reach(client, self.read)(*ids)
        return run

    def resume(self, run: Any) -> tuple[str | None, ...]:
        """The ids that wait on ``run`` again (``None`` where the run does not say)."""
        return (run.id,) if self.parent is None else (getattr(run, self.parent), run.id)


def _listed_intent_run(leadpipe: Leadpipe, audience_id: str, run_id: str) -> Run:
    # Leadpipe has no single-run GET: the run is found among the newest of its audience,
    # or, older than those, built from its ids (wait observes it through its results).
    most = spec.non_null(spec.param("list_intent_audience_runs", "limit"))["maximum"]
    listed = list(leadpipe.intent_audiences.runs.list(audience_id, limit=most))
    for run in listed:
        if run.id == run_id:
            return run
    if len(listed) >= most:
        return IntentAudienceRun(id=run_id, status=RunStatus.UNKNOWN, audience_id=audience_id)
    raise NotFoundError(
        f"run {run_id} is not among the {len(listed)} runs of intent audience {audience_id}",
        provider="leadpipe",
        status_code=404,
        code="run_not_listed",
    )


WAITS: dict[type[Run], WaitKind] = {
    AudienceDatasetRun: WaitKind(
        "audience-dataset-run", "audience_datasets.runs.get", parent="audience_dataset_id"
    ),
    DatasetRun: WaitKind("dataset-run", "datasets.runs.get", parent="dataset_id"),
    PatternDetectionRun: WaitKind("pattern-detection", "pattern_detections.get"),
    CustomParameterRun: WaitKind(
        "custom-parameter-run",
        "custom_parameters.runs.get",
        parent="custom_parameter_id",
        metavar="PARAMETER_ID",
    ),
    IntentAudienceRun: WaitKind(
        "intent-run", _listed_intent_run, parent="audience_id", vendor="leadpipe"
    ),
}
WAIT_KINDS = {kind.name: kind for kind in WAITS.values()}


def wait_again(run: Run) -> str:
    """The command that waits on ``run`` again, or ``""`` if its ids are not all known."""
    kind = WAITS.get(type(run))
    ids = kind.resume(run) if kind else (None,)
    if kind is None or None in ids:
        return ""
    return f"`audiences wait {kind.name} {' '.join(str(i) for i in ids)}` waits again"


class Session:
    """What one command line runs with; ``close()`` closes the clients it opened."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = Output(bool(args.json))
        self.filter_option = "--filters"  # the option filters came from, for messages
        self._stack = contextlib.ExitStack()
        self._clients: dict[str, Any] = {}

    def close(self) -> None:
        """Close every client this session opened."""
        self._stack.close()

    @property
    def waits(self) -> bool:
        """Whether the command waits on a run (``--timeout`` is then the wait's)."""
        return bool(getattr(self.args, "waits", False) or getattr(self.args, "wait", False))

    @property
    def wait_timeout(self) -> float:
        """Seconds to wait on a run: ``--timeout``, or 15 minutes (checked as ``wait()``
        checks it, before anything is sent or drawn)."""
        timeout: float | None = self.args.timeout
        if timeout is None or timeout == 0:
            return WAIT_TIMEOUT if timeout is None else timeout
        # With the clients (httpx), not before: `--help` need not load them.
        from audiences._config import MAX_WAIT_SECONDS, seconds_at_most  # noqa: PLC0415

        return seconds_at_most("timeout", timeout, MAX_WAIT_SECONDS)

    def client(self, vendor: str) -> Any:
        """The vendor's client (``buzzabout``, ``audiencelab``, ``leadpipe``), opened once.

        Key and base URL come from the environment; ``--timeout`` bounds each request,
        unless the command waits on a run (then it bounds the wait).
        """
        if vendor not in self._clients:
            timeout = self.wait_timeout if self.waits else self.args.timeout
            options = {} if self.waits or timeout is None else {"timeout": timeout}
            # The client classes load (with httpx) only now: `--help` and usage errors
            # never pay for them.
            made = getattr(audiences, NAMES[vendor])(**options)
            self._clients[vendor] = self._stack.enter_context(made)
        return self._clients[vendor]

    def buzzabout(self) -> Buzzabout:
        """The Buzzabout client (``BUZZABOUT_API_KEY``, ``BUZZABOUT_BASE_URL``)."""
        client: Buzzabout = self.client("buzzabout")
        return client

    def leadpipe(self) -> Leadpipe:
        """The Leadpipe client (``LEADPIPE_API_KEY``, ``LEADPIPE_BASE_URL``)."""
        client: Leadpipe = self.client("leadpipe")
        return client

    def area(self) -> Any:
        """The resource the command's ``area`` names (``buzzabout.datasets.runs``)."""
        vendor, _, path = self.args.area.partition(".")
        return reach(self.client(vendor), path)

    def ids(self) -> list[str]:
        """The command's positional ids, in order."""
        return [getattr(self.args, name) for name in self.args.ids]

    def page_size(self, operation_id: str | None = None) -> int | None:
        """The page size that reads ``--limit`` items in as few requests as it can (of
        ``operation_id``'s pages, if given)."""
        limit: int | None = getattr(self.args, "limit", None)
        return None if limit is None else min(limit, max_page(operation_id))

    def take(self, items: Iterable[T]) -> Iterable[T]:
        """At most ``--limit`` of ``items``; no page beyond the one holding the last is read."""
        limit: int | None = getattr(self.args, "limit", None)
        return items if limit is None else itertools.islice(items, limit)

    def wait(self, run: R) -> R:
        """Wait on ``run`` with a progress bar on stderr, for ``--timeout`` seconds at most."""
        kind = WAITS[type(run)]
        try:
            return wait_with_bar(
                self.client(kind.vendor),
                run,
                kind.name,
                timeout=self.wait_timeout,
                stream=sys.stderr,
            )
        except KeyboardInterrupt:
            again = wait_again(run)
            goes_on = f"; run {run.id} goes on" + (f" ({again})" if again else "")
            raise Interrupted("interrupted" + goes_on) from None

    def problem(self, error: InvalidArgumentError) -> str:
        """``error`` in the words of the command line: the option instead of the argument."""
        base = re.split(r"[\[.]", error.field, maxsplit=1)[0]  # filters[0][1] -> filters
        whole = error.field.split("[", 1)[0]  # config.topicIds[2] -> config.topicIds
        if whole in OPTIONS:
            base = whole
        rest = error.field[len(base) :]
        option = self.filter_option if base == "filters" else OPTIONS.get(base)
        if option is None:
            return str(error)
        return f"{option}{rest}: {error.problem}"
