"""The documents' own payloads, as bytes, for the benchmarks."""

from __future__ import annotations

import json

from tests.data import AUDIENCE_DATASET_RUN_DONE

RUN = {"status": "success", "data": AUDIENCE_DATASET_RUN_DONE}  # the documents' completed run
RUN_BYTES = json.dumps(RUN).encode()


def dataset(index: int) -> dict[str, object]:
    """One audience dataset as the list endpoint prints it."""
    return {
        "id": f"ad_{index:08d}",
        "name": f"cold brew creators {index}",
        "profile_count": 850,
        "created_at": "2026-05-01T12:00:00Z",
        "updated_at": "2026-05-01T12:30:00Z",
    }


def pages(total: int, size: int) -> dict[str | None, bytes]:
    """Page bodies keyed by the cursor that asks for them (``None`` for the first)."""
    out: dict[str | None, bytes] = {}
    count = total // size
    for page in range(count):
        cursor = None if page == 0 else f"c{page}"
        has_next = page < count - 1
        body = {
            "status": "success",
            "data": [dataset(page * size + i) for i in range(size)],
            "has_next": has_next,
            "cursor": f"c{page + 1}" if has_next else None,
        }
        out[cursor] = json.dumps(body).encode()
    return out
