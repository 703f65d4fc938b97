"""What a real server may send on error validates with openapi-core on every Buzzabout operation.

A proxy's 503 (an HTML page) or the vendor's own 503 envelope, and the overview's generic
400 ``bad_request``: before issue 10 each of them failed response validation
(``ResponseNotFound: 503``).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from tests.data import HOSTS, OPERATIONS

BUZZABOUT = [o for o in OPERATIONS if o[3].startswith("buzzabout-")]
HTML_503 = "<html><head><title>503 Service Temporarily Unavailable</title></head></html>"
ENVELOPE_503 = {
    "status": "server_error",
    "error_code": "internal_server_error",
    "detail": "Service unavailable",
    "transient": True,
}
BAD_REQUEST = {
    "status": "client_error",
    "error_code": "bad_request",
    "detail": "Bad request",
    "transient": False,
}


@pytest.fixture(scope="module")
def api(spec: dict[str, Any]) -> OpenAPI:
    return OpenAPI.from_dict(spec)


def _request(host: str, method: str, path: str) -> MockRequest:
    concrete = re.sub(r"\{[a-z_]+\}", "x_1", path)
    return MockRequest(host, method, concrete)


def _responses() -> list[tuple[str, MockResponse]]:
    return [
        ("503 html", MockResponse(HTML_503.encode(), 503, content_type="text/html")),
        ("503 envelope", MockResponse(json.dumps(ENVELOPE_503).encode(), 503)),
        ("502 envelope", MockResponse(json.dumps(ENVELOPE_503).encode(), 502)),
        ("400 bad_request", MockResponse(json.dumps(BAD_REQUEST).encode(), 400)),
    ]


@pytest.mark.parametrize("host", HOSTS["buzzabout"][0])
@pytest.mark.parametrize(("method", "path", "operation_id", "tag"), BUZZABOUT)
def test_errors_validate_on_every_buzzabout_operation(
    api: OpenAPI, host: str, method: str, path: str, operation_id: str, tag: str
) -> None:
    for label, response in _responses():
        try:
            api.validate_response(_request(host, method, path), response)
        except Exception as error:
            pytest.fail(f"{operation_id} {label}: {error!r}")


def test_the_check_is_real(spec: dict[str, Any]) -> None:
    """Without 5XX, openapi-core refuses the same 503; a wrong 400 body is refused too."""
    method, path, _, _ = BUZZABOUT[0]
    request = _request(HOSTS["buzzabout"][0][0], method, path)
    stripped = copy.deepcopy(spec)
    del stripped["paths"][path][method]["responses"]["5XX"]
    with pytest.raises(Exception, match="503"):
        OpenAPI.from_dict(stripped).validate_response(request, _responses()[1][1])
    wrong = MockResponse(json.dumps({"detail": 1}).encode(), 400)
    with pytest.raises(Exception):  # noqa: B017, PT011 - any validation error
        OpenAPI.from_dict(spec).validate_response(request, wrong)
