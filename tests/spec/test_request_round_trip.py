"""The generated request models carry the documented wire shape through unchanged.

The facade builds a request body as a plain dict in the shape the pages print and passes
it through the generated request model: ``Model.from_dict(body).to_dict()`` must give the
same dict back, for every request the datasets, mentions and audience-profiles pages print
and for every filter type of both filter tables. Each filter must also parse as its own
model (the ``const`` on ``type`` tells the union's members apart), not pass through as
loose extra fields of another.
"""

from __future__ import annotations

from typing import Any

import pytest
from audiences_api import models

from tests.data import MENTION_FILTERS, PAYLOADS, PROFILE_FILTERS

REQUEST_MODELS = (
    "CreateDatasetRequest",
    "UpdateDatasetRequest",
    "CreateDatasetRunRequest",
    "ListMentionsRequest",
    "ListAudienceProfilesRequest",
)
REQUESTS = [p for p in PAYLOADS if p[1] in REQUEST_MODELS]
FILTERS = [
    ("ListMentionsRequest", "MentionFilter", name, f) for name, f in MENTION_FILTERS.items()
] + [
    ("ListAudienceProfilesRequest", "AudienceProfileFilter", name, f)
    for name, f in PROFILE_FILTERS.items()
]


def test_every_documented_request_is_here() -> None:
    """The pages print 3 dataset-run bodies and 3 each for mentions and profiles."""
    counts = {name: sum(1 for p in REQUESTS if p[1] == name) for name in REQUEST_MODELS}
    assert counts == {
        "CreateDatasetRequest": 1,
        "UpdateDatasetRequest": 1,
        "CreateDatasetRunRequest": 3,
        "ListMentionsRequest": 3,
        "ListAudienceProfilesRequest": 3,
    }


@pytest.mark.parametrize(("what", "model", "body"), REQUESTS, ids=[r[0] for r in REQUESTS])
def test_documented_request_survives_the_generated_model(
    what: str, model: str, body: dict[str, Any]
) -> None:
    assert getattr(models, model).from_dict(body).to_dict() == body, what


def test_the_search_parses_as_its_own_model() -> None:
    prompt, urls, _ = [p[2] for p in REQUESTS if p[1] == "CreateDatasetRunRequest"]
    assert (
        type(models.CreateDatasetRunRequest.from_dict(prompt).search_query) is models.PromptSearch
    )
    assert type(models.CreateDatasetRunRequest.from_dict(urls).search_query) is models.UrlSearch


def test_both_filter_tables_are_covered(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    mapping = schemas["MentionFilter"]["discriminator"]["mapping"]
    assert {f["type"] for f in MENTION_FILTERS.values()} == set(mapping)
    mapping = schemas["AudienceProfileFilter"]["discriminator"]["mapping"]
    assert {f["type"] for f in PROFILE_FILTERS.values()} == set(mapping)


@pytest.mark.parametrize(
    ("request_model", "union", "name", "wire"), FILTERS, ids=[f"{f[1]}:{f[2]}" for f in FILTERS]
)
def test_every_filter_survives_as_its_own_model(
    spec: dict[str, Any], request_model: str, union: str, name: str, wire: dict[str, Any]
) -> None:
    body = {"filters": [[wire], [wire, wire]]}
    parsed = getattr(models, request_model).from_dict(body)
    assert parsed.to_dict() == body, name
    ref = spec["components"]["schemas"][union]["discriminator"]["mapping"][wire["type"]]
    expected = getattr(models, ref.rsplit("/", 1)[1])
    assert [type(f) for group in parsed.filters for f in group] == [expected] * 3
    assert parsed.filters[0][0].additional_properties == {}


def test_a_filter_in_no_documented_shape_does_not_survive() -> None:
    """The round trip is real: a shape no member of the union takes does not come back.

    The generated ``from_dict`` keeps an unparseable ``filters`` list as it came (its union
    parser falls back to the raw value); ``to_dict`` then fails on the raw item, so a
    caller building bodies this way cannot send a filter the spec does not describe.
    """
    for wrong in (
        {"type": "sentiment", "values": True},
        {"type": "follower_count", "operator": {"type": "greater_than"}},
        {"values": ["reddit"]},
    ):
        parsed = models.ListAudienceProfilesRequest.from_dict({"filters": [[wrong]]})
        kept: Any = parsed.filters
        assert kept == [[wrong]]
        with pytest.raises(AttributeError):
            parsed.to_dict()
