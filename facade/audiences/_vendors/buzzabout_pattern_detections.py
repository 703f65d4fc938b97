"""Buzzabout pattern detections: requests (from the generated client) and shapes."""

from __future__ import annotations

from typing import Any

from audiences import _spec as spec, _validation as check
from audiences._core import Operation
from audiences._models import PatternDetectionRun
from audiences._read import Fields
from audiences._vendors import _buzzabout as bz
from audiences._vendors._observe import same_run

read_run = bz.run_reader(
    PatternDetectionRun,
    "PatternDetectionRun",
    renamed={"run_id": "id"},
    read={"created_at": Fields.stamp},  # epoch seconds
)
"""A pattern detection; keywords fill what the answer leaves out."""


def _either_shape(body: Any) -> PatternDetectionRun:
    # The documents print the run wrapped in the envelope and, once completed, bare.
    if isinstance(body, dict) and "data" in body:
        return read_run(bz.data(body))
    return read_run(Fields(body, "body"))


def create(dataset_id: str, name: str, research_question: str) -> Operation[PatternDetectionRun]:
    """POST /v1/pattern_detections."""
    from audiences_api.api.buzzabout_pattern_detections import create_pattern_detection as api
    from audiences_api.models import CreatePatternDetectionRequest

    sent = {
        "dataset_id": check.valid(  # an id: never empty, and of its kind
            "dataset_id",
            check.text("dataset_id", dataset_id),
            spec.prop("CreatePatternDetectionRequest", "dataset_id"),
        ),
        **check.given(
            "CreatePatternDetectionRequest", name=name, research_question=research_question
        ),
    }
    body = CreatePatternDetectionRequest(**sent)
    return bz.operation(api.request_kwargs(body=body), lambda b: read_run(bz.data(b), **sent))


def get(run_id: str) -> Operation[PatternDetectionRun]:
    """GET /v1/pattern_detections/{run_id}."""
    from audiences_api.api.buzzabout_pattern_detections import get_pattern_detection as api

    return bz.operation(api.request_kwargs(check.path_id("run_id", run_id)), _either_shape)


def observe_run(run: PatternDetectionRun) -> Operation[PatternDetectionRun]:
    """What ``wait`` polls: the detection again, which must still be the same one."""
    return same_run(get(run.id), run)
