"""Leadpipe intent audiences, their configs, the filter catalogue and the topics (tags
``leadpipe-intent-audiences`` and ``leadpipe-intent-topics``).

A saved audience keeps its config normalized (``_leadpipe_catalog.py``) and the runs
queued on it. Saved, it is ``draft`` unless told otherwise (what Leadpipe defaults to is
not documented). Activating one takes an audience slot: with ``AUDIENCE_SLOTS`` active
audiences already (a number inferred for the fake), saving or updating another as
``active`` answers 403 ``SLOTS_FULL``. A config that cannot select anyone (``minScore``
above ``maxScore``, more topics to match than given) validates as ``valid: false`` and is
refused (400) by preview, create and update. Bodies take the shapes the pages print: a
saved audience as the manage page prints it, with its ``config`` and ``topics`` (as
Leadpipe's older spec gives them) where one audience is read or updated; list items as
the manage page lists them.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from audiences.testing import _leadpipe_catalog as catalog
from audiences.testing._checks import Reject, iso_ms, lab_error, lab_invalid
from audiences.testing._leadpipe import audience_of, catch_up, intent_run_json, ok
from audiences.testing._routes import operation
from audiences.testing._rows import Account, IntentAudienceRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

AUDIENCE_SLOTS = 5  # active audiences an account may have (inferred)


def _latest(fake: FakeAPIs, audience: IntentAudienceRow) -> dict[str, Any] | None:
    """The newest completed run of the audience, as shown."""
    for run in sorted(audience.runs, key=lambda r: r.created, reverse=True):
        shown = intent_run_json(fake, run)
        if shown["status"] == "completed":
            return shown
    return None


def audience_json(
    fake: FakeAPIs, account: Account, audience: IntentAudienceRow, *, shape: str = "one"
) -> dict[str, Any]:
    """A saved audience as the pages print it: ``created`` (the create answer), ``listed``
    (a list item) or ``one`` (read or updated: everything, with its config and topics)."""
    latest = _latest(fake, audience)
    data: dict[str, Any] = {
        "id": audience.id,
        "organizationId": account.organization_id,
        "name": audience.name,
        "status": audience.status,
        "accessType": "paid",
        "dailyRefreshEnabled": audience.status == "active",
        "audienceSize": 0 if latest is None else latest["resultCount"],
        "lastRefreshedAt": None if latest is None else latest["completedAt"],
        "createdAt": iso_ms(audience.created),
        "updatedAt": iso_ms(audience.updated),
    }
    if shape == "created":
        del data["lastRefreshedAt"]
    elif shape == "listed":
        del data["organizationId"], data["updatedAt"]
    else:
        data["config"] = audience.config
        data["topics"] = [
            {"id": t, "name": catalog.topic(t)["topicName"]} for t in audience.config["topicIds"]
        ]
    return data


def _config(sent: dict[str, Any]) -> dict[str, Any]:
    """A config to save, normalized (a 400 if it cannot select anyone)."""
    config = catalog.normalized(sent)
    if problems := catalog.problems(config):
        raise lab_invalid(f"config: {'; '.join(problems)}")
    return config


def _take_slot(account: Account, audience_id: str | None) -> None:
    active = [a for a in account.intent_audiences.values() if a.status == "active"]
    if len([a for a in active if a.id != audience_id]) >= AUDIENCE_SLOTS:
        raise Reject(lab_error(403, "SLOTS_FULL", "All audience slots are in use"))


@operation("create_intent_audience")
def create_intent_audience(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Save an audience (``draft`` unless a status is given)."""
    body = req.data
    config = _config(body["config"])
    status = body.get("status") or "draft"
    if status == "active":
        _take_slot(account, None)
    now = fake.now()
    audience = IntentAudienceRow(
        id=str(uuid.uuid4()),
        name=body["name"],
        status=status,
        config=config,
        created=now,
        updated=now,
        daily_from=now,
    )
    account.intent_audiences[audience.id] = audience
    fake.record("create_intent_audience", audience.id, account, audience.name)
    return ok(fake, 201, audience_json(fake, account, audience, shape="created"))


@operation("list_intent_audiences")
def list_intent_audiences(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The saved audiences, newest first (of one ``status``; ``limit`` at most)."""
    found = []
    for audience in sorted(account.intent_audiences.values(), key=lambda a: -a.created):
        catch_up(fake, account, audience)
        if req.params.get("status") in (None, audience.status):
            found.append(audience_json(fake, account, audience, shape="listed"))
    return ok(fake, 200, found[: req.params.get("limit")])


@operation("get_intent_audience")
def get_intent_audience(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """One saved audience, with its config and topics."""
    return ok(fake, 200, audience_json(fake, account, audience_of(fake, account, audience_id)))


@operation("update_intent_audience")
def update_intent_audience(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """Rename, reconfigure, activate or pause (only what the body gives changes)."""
    audience = audience_of(fake, account, audience_id)  # its daily runs queued until now
    body = req.data
    config = None if "config" not in body else _config(body["config"])
    status = body.get("status")
    if status == "active" and audience.status != "active":
        _take_slot(account, audience.id)
        audience.daily_from = fake.now()
    audience.name = body.get("name", audience.name)
    audience.status = status or audience.status
    audience.config = config or audience.config
    audience.updated = fake.now()
    return ok(fake, 200, audience_json(fake, account, audience))


@operation("delete_intent_audience")
def delete_intent_audience(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """Delete a saved audience and its runs."""
    audience_of(fake, account, audience_id)
    del account.intent_audiences[audience_id]
    return ok(fake, 200, {"deleted": True})


@operation("get_intent_audience_filters")
def get_intent_audience_filters(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The ICP filter catalogue, in the guide page's grouped shape."""
    return ok(fake, 200, catalog.filter_catalog(fake.now()))


@operation("validate_intent_audience")
def validate_intent_audience(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """A config checked and normalized (``valid: false`` when it cannot select anyone)."""
    config = catalog.normalized(req.data)
    return ok(
        fake,
        200,
        {
            "valid": not catalog.problems(config),
            "configHash": catalog.config_hash(config),
            "normalizedConfig": config,
            "appliedFilters": catalog.applied(config),
            "strategy": "serving_table_in",
        },
    )


@operation("preview_intent_audience")
def preview_intent_audience(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """How many people a config selects, broken down, with a masked sample."""
    return ok(fake, 200, catalog.preview(_config(req.data), fake.now()))


@operation("list_intent_topics")
def list_intent_topics(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The topic catalogue, narrowed by ``type``, ``industry``, ``category`` and ``q``."""
    found = catalog.topics(**req.params)
    return ok(fake, 200, found, total=len(found))


@operation("search_intent_topics")
def search_intent_topics(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Topics whose names contain ``q`` (case aside), ``limit`` at most."""
    params = dict(req.params)
    limit = params.pop("limit")
    return ok(fake, 200, catalog.topics(**params)[:limit])
