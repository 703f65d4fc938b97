"""Buzzabout custom parameters, their preview and their runs (``buzzabout-custom-parameters``).

A run visits the posts its dataset held when it started; every fiftieth fails
(``mentions_error``). Once it has completed, ``POST /v1/mentions`` with ``parameter_ids``
shows each visited post's value under ``custom_parameters[{parameter_id}]``: drawn from
the parameter and the post alone (the same post gives the same value in every run and
every fake), typed by the parameter's ``value_type``; ``null`` where no completed run
extracted one (a failed post, a post the runs did not visit). Inferred for the fake: an
id that is not one of the account's custom parameters is a 404
``custom_parameter_not_found``, as it is on the parameter's own endpoints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from audiences.testing._buzzabout_datasets import live_dataset
from audiences.testing._checks import Reject, bz_error, bz_ok, find, new_id
from audiences.testing._corpus import mentions_count, sightings
from audiences.testing._credits import charge
from audiences.testing._routes import operation
from audiences.testing._rows import PENDING_SECONDS, Account, ParameterRow, ParameterRunRow
from audiences.testing._wire import FakeRequest, FakeResponse
from audiences.testing._words import digest, rng

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

CUSTOM_RUN_SECONDS = 30.0
MAX_CUSTOM_PARAMETERS = 50
_PREVIEW_VALUES = ("positive", "negative", "neutral", "mixed")


def parameter_run_json(fake: FakeAPIs, run: ParameterRunRow) -> dict[str, Any]:
    """A custom-parameter run with its counters as they stand now."""
    age = fake.now() - run.created
    share = 0.0 if age < PENDING_SECONDS else min(1.0, (age - PENDING_SECONDS) / CUSTOM_RUN_SECONDS)
    processed = int(run.total * share)
    errors = processed // 50
    kind = "completed" if processed >= run.total else "processing"
    if age < PENDING_SECONDS:
        kind = "pending"
    return {
        "id": run.id,
        "custom_parameter_id": run.parameter_id,
        "scope": {"kind": "dataset", "id": run.dataset_id},
        "status": {"type": kind},
        "mentions_total": run.total,
        "mentions_done": processed - errors,
        "mentions_error": errors,
        "created_at": int(run.created),
        "updated_at": int(run.created + min(age, PENDING_SECONDS + CUSTOM_RUN_SECONDS)),
    }


def _parameter_json(row: ParameterRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "instructions": row.instructions,
        "value_type": row.value_type,
        "created_at": int(row.created),
        "updated_at": int(row.updated),
    }


def _parameter(account: Account, parameter_id: str) -> ParameterRow:
    row = account.parameters.get(parameter_id)
    if row is None:
        raise Reject(bz_error(404, "custom_parameter_not_found", "Custom parameter not found"))
    return row


def _unique_name(account: Account, name: str | None, exclude: str | None = None) -> None:
    if name is not None and any(
        p.name == name and p.id != exclude for p in account.parameters.values()
    ):
        raise Reject(
            bz_error(
                409,
                "custom_parameter_duplicate_name",
                "A custom parameter with this name already exists",
            )
        )


def _no_blank_name(data: dict[str, Any]) -> None:
    if isinstance(data.get("name"), str) and not data["name"].strip():
        raise Reject(
            bz_error(
                422, "custom_parameter_empty_name", "The custom parameter name must not be empty"
            )
        )


def _value(row: ParameterRow, post: tuple[str, str]) -> Any:
    """What ``row`` extracts from ``post`` (``(source, id)``), by its value type."""
    draw = rng("custom-parameter", row.id, *post)
    if row.value_type == "number":
        return round(draw.random(), 2)
    if row.value_type == "integer":
        return draw.randrange(0, 11)
    if row.value_type == "boolean":
        return draw.random() < 0.5
    return draw.choice(_PREVIEW_VALUES)


def _extracted(fake: FakeAPIs, account: Account, row: ParameterRow) -> set[tuple[str, str]]:
    """The posts the parameter's completed runs extracted a value from."""
    found: set[tuple[str, str]] = set()
    for run in row.runs:
        if parameter_run_json(fake, run)["status"]["type"] != "completed":
            continue
        dataset = account.datasets[run.dataset_id]
        for index, post in enumerate(sorted(sightings([dataset], run.created))):
            if index % 50 != 49:  # every fiftieth post fails (the run's mentions_error)
                found.add(post)
    return found


def extracted_values(
    fake: FakeAPIs, account: Account, parameter_ids: list[str]
) -> Callable[[tuple[str, str]], dict[str, Any]]:
    """Each post's ``custom_parameters``: a value (or ``None``) for every id asked for."""
    rows = [_parameter(account, parameter_id) for parameter_id in parameter_ids]
    done = {row.id: _extracted(fake, account, row) for row in rows}
    return lambda post: {
        row.id: _value(row, post) if post in done[row.id] else None for row in rows
    }


@operation("create_custom_parameter")
def create_custom_parameter(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Create a custom parameter (201); names are unique per account, 50 at most."""
    data = req.data
    _no_blank_name(data)
    name, instructions, value_type = data["name"], data["instructions"], data["value_type"]
    _unique_name(account, name)
    if len(account.parameters) >= MAX_CUSTOM_PARAMETERS:
        raise Reject(
            bz_error(400, "custom_parameter_limit_exceeded", "Custom parameter limit exceeded")
        )
    now = fake.now()
    row = ParameterRow(
        id=new_id("cp_"),
        name=name,
        instructions=instructions,
        value_type=value_type,
        created=now,
        updated=now,
    )
    account.parameters[row.id] = row
    fake.record("create_custom_parameter", row.id, account, name)
    return bz_ok(201, _parameter_json(row))


@operation("list_custom_parameters")
def list_custom_parameters(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Every custom parameter of the account, oldest first (one page)."""
    rows = sorted(account.parameters.values(), key=lambda r: r.created)
    return bz_ok(200, [_parameter_json(r) for r in rows])


def _preview_value(ref: dict[str, Any]) -> dict[str, Any]:
    seed = int(digest(f"{ref['source']}:{ref['id']}", size=8), 16)
    return {"post_id": ref["id"], "source": ref["source"], "value": _PREVIEW_VALUES[seed % 4]}


@operation("preview_custom_parameter")
def preview_custom_parameter(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Values for 1 to 5 posts, at once (a stable word per post)."""
    refs = req.data["post_refs"]
    return bz_ok(200, {"results": [_preview_value(ref) for ref in refs]})


@operation("get_custom_parameter")
def get_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, parameter_id: str
) -> FakeResponse:
    """One custom parameter."""
    return bz_ok(200, _parameter_json(_parameter(account, parameter_id)))


@operation("update_custom_parameter")
def update_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, parameter_id: str
) -> FakeResponse:
    """Change any of a custom parameter's name, instructions and value type."""
    row = _parameter(account, parameter_id)
    data = req.data
    _no_blank_name(data)
    name = data.get("name")
    _unique_name(account, name, exclude=row.id)
    instructions, value_type = data.get("instructions"), data.get("value_type")
    row.name = name if name is not None else row.name
    row.instructions = instructions if instructions is not None else row.instructions
    row.value_type = value_type if value_type is not None else row.value_type
    row.updated = fake.now()
    return bz_ok(200, _parameter_json(row))


@operation("delete_custom_parameter")
def delete_custom_parameter(
    fake: FakeAPIs, account: Account, req: FakeRequest, parameter_id: str
) -> FakeResponse:
    """Delete a custom parameter (204)."""
    del account.parameters[_parameter(account, parameter_id).id]
    return FakeResponse(204)


@operation("create_custom_parameter_run")
def create_custom_parameter_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, parameter_id: str
) -> FakeResponse:
    """Run a custom parameter over a dataset's posts (202, the run id only)."""
    row = _parameter(account, parameter_id)
    dataset = live_dataset(account, req.data["scope"]["id"])
    if any(parameter_run_json(fake, r)["status"]["type"] != "completed" for r in row.runs):
        raise Reject(
            bz_error(
                409,
                "custom_parameter_run_in_flight",
                "A run of this custom parameter is already in flight",
            )
        )
    posts = mentions_count(dataset, fake.now())
    if posts == 0:
        raise Reject(bz_error(422, "nothing_to_analyze", "The dataset has no posts to analyze"))
    charge(
        account,
        fake.now(),
        "post_processing",
        posts,
        refusal=(
            "insufficient_credits_content_analysis",
            "Insufficient credits to run this custom parameter",
        ),
    )
    run = ParameterRunRow(
        id=new_id("cpr_"),
        parameter_id=row.id,
        dataset_id=dataset.id,
        total=posts,
        created=fake.now(),
    )
    row.runs.append(run)
    fake.record("create_custom_parameter_run", run.id, account, row.id)
    return bz_ok(202, {"run_id": run.id})


@operation("list_custom_parameter_runs")
def list_custom_parameter_runs(
    fake: FakeAPIs, account: Account, req: FakeRequest, parameter_id: str
) -> FakeResponse:
    """Every run of a custom parameter (one page)."""
    row = _parameter(account, parameter_id)
    return bz_ok(200, [parameter_run_json(fake, r) for r in row.runs])


@operation("get_custom_parameter_run")
def get_custom_parameter_run(
    fake: FakeAPIs, account: Account, req: FakeRequest, parameter_id: str, run_id: str
) -> FakeResponse:
    """One run of a custom parameter, as it stands now."""
    missing = bz_error(404, "custom_parameter_run_not_found", "Custom parameter run not found")
    run = find(_parameter(account, parameter_id).runs, run_id, missing)
    return bz_ok(200, parameter_run_json(fake, run))
