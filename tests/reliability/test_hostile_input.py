"""Hostile input, property-based: normalizers never raise unexpectedly; ids and arguments never
reach another endpoint or corrupt a request."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from audiences import Buzzabout, InvalidArgumentError, Leadpipe
from audiences._read import Fields, ShapeError
from audiences._status import normalize_word
from audiences._time import TimestampError, to_date, to_utc
from audiences._vendors._buzzabout import status
from hypothesis import HealthCheck, given, settings, strategies as st

EXAMPLES = 300
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
UTC = dt.UTC
ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
AD = {
    "status": "success",
    "data": {"id": "ad_1", "name": "n", "created_at": "2026-05-01T12:00:00Z"},
}


@SETTINGS
@given(ANY_JSON | st.datetimes() | st.datetimes(timezones=st.timezones()))
def test_to_utc_returns_aware_utc_or_raises_timestamp_error(value: Any) -> None:
    try:
        result = to_utc(value)
    except TimestampError:
        return
    assert result is None or result.tzinfo is UTC


@SETTINGS
@given(
    st.datetimes(
        min_value=dt.datetime(1970, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.timezones(),
    ),
    st.sampled_from(["seconds", "milliseconds", "microseconds"]),
)
def test_iso_strings_round_trip(moment: dt.datetime, spec: str) -> None:
    text = moment.isoformat(timespec=spec)
    parsed = to_utc(text)
    truncated = dt.datetime.fromisoformat(text)
    assert parsed == truncated
    assert parsed is not None
    assert parsed.tzinfo is UTC
    assert to_utc(text.replace("+00:00", "Z")) == parsed


@SETTINGS
@given(st.integers(min_value=0, max_value=253402300799))
def test_epoch_seconds(seconds: int) -> None:
    assert to_utc(seconds) == dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(seconds=seconds)


@SETTINGS
@given(ANY_JSON | st.dates())
def test_to_date_returns_a_date_or_raises_timestamp_error(value: Any) -> None:
    try:
        result = to_date(value)
    except TimestampError:
        return
    assert result is None or isinstance(result, dt.date)


@SETTINGS
@given(ANY_JSON)
def test_any_status_shape_normalizes_or_names_the_field(value: Any) -> None:
    try:
        normalized, raw, steps = status(Fields({"status": value}, "data"))
    except ShapeError as exc:
        assert str(exc).startswith("data.status")
        return
    assert normalized is normalize_word(raw)
    assert all(s.completed_at is None or s.completed_at.tzinfo is UTC for s in steps)


@SETTINGS
@given(st.text(max_size=40))
def test_ids_stay_one_path_segment(audience_dataset_id: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=AD)

    with Buzzabout(
        api_key="bz_test_k", transport=httpx.MockTransport(handler), max_retries=0
    ) as client:
        try:
            client.audience_datasets.get(audience_dataset_id)
        except InvalidArgumentError as exc:
            assert exc.field == "audience_dataset_id"
            assert not sent
            return
    (request,) = sent
    assert request.url.host == "api.buzzabout.ai"
    assert not request.url.query
    prefix, _, segment = request.url.raw_path.decode("ascii").rpartition("/")
    assert prefix == "/v1/audience_datasets"
    assert unquote(segment) == audience_dataset_id  # nothing lost, nothing added


@SETTINGS
@given(st.text(max_size=20), st.text(max_size=20))
def test_two_ids_stay_two_segments(audience_id: str, run_id: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": {"id": run_id, "status": "cancelled"}})

    with Leadpipe(
        api_key="sk_test_key_1", transport=httpx.MockTransport(handler), max_retries=0
    ) as client:
        try:
            client.intent_audiences.runs.cancel(audience_id, run_id)
        except InvalidArgumentError as exc:
            assert exc.field in ("audience_id", "run_id")
            assert not sent
            return
    (request,) = sent
    parts = request.url.raw_path.decode("ascii").split("/")
    assert parts[:4] == ["", "v1", "intent", "audiences"]
    assert parts[5] == "runs"
    assert len(parts) == 7
    assert [unquote(parts[4]), unquote(parts[6])] == [audience_id, run_id]


def _record(sent: list[httpx.Request], request: httpx.Request) -> httpx.Response:
    sent.append(request)
    return httpx.Response(500)


def _refused(call: Any, field: str) -> None:
    sent: list[httpx.Request] = []
    with (
        Buzzabout(
            api_key="bz_test_k",
            transport=httpx.MockTransport(lambda r: _record(sent, r)),
        ) as client,
        pytest.raises(InvalidArgumentError) as caught,
    ):
        call(client)
    assert caught.value.field == field
    assert field in str(caught.value)
    assert not sent


@SETTINGS
@given(st.integers().filter(lambda n: not 1 <= n <= 2000) | st.floats() | st.text() | st.booleans())
def test_out_of_range_profile_counts_are_refused_before_sending(count: Any) -> None:
    _refused(
        lambda c: c.audience_datasets.runs.create(
            "ad_1", source_dataset_id="ds_1", total_profile_count=count
        ),
        "total_profile_count",
    )


@SETTINGS
@given(st.text(min_size=256, max_size=1000) | st.just("") | st.integers() | st.none())
def test_bad_names_are_refused_before_sending(name: Any) -> None:
    _refused(lambda c: c.audience_datasets.create(name=name), "name")


@SETTINGS
@given(st.integers().filter(lambda n: not 1 <= n <= 100))
def test_bad_page_sizes_are_refused_before_sending(limit: int) -> None:
    _refused(lambda c: list(c.audience_datasets.list(limit=limit)), "limit")


@SETTINGS
@given(
    st.lists(st.tuples(st.text(min_size=1), st.text(min_size=1)), min_size=6, max_size=12)
    | st.just([])
)
def test_post_ref_counts_outside_1_to_5_are_refused(refs: list[tuple[str, str]]) -> None:
    _refused(
        lambda c: c.custom_parameters.preview(
            instructions="i", value_type="string", post_refs=refs
        ),
        "post_refs",
    )


@SETTINGS
@given(st.text(min_size=121, max_size=300))
def test_long_idempotency_keys_are_refused(key: str) -> None:
    with (
        Leadpipe(
            api_key="sk_test_key_1", transport=httpx.MockTransport(lambda r: httpx.Response(500))
        ) as client,
        pytest.raises(InvalidArgumentError) as caught,
    ):
        client.intent_audiences.runs.create("aud", idempotency_key=key)
    assert caught.value.field == "idempotency_key"
