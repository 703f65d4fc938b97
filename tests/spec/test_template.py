"""templates/endpoint_module.py.jinja is the pinned generator's own template plus one block.

The block adds a public ``request_kwargs`` to every generated endpoint module (the request
built without sending it), which the facade sends through its own I/O-free core. Checking
the copy against the installed generator's template means an upgrade cannot leave a stale
copy behind: this test fails until the copy is taken again.
"""

from __future__ import annotations

import re
from pathlib import Path

import openapi_python_client

from tests.data import OPERATIONS
from tests.helpers import ROOT

OURS = ROOT / "templates" / "endpoint_module.py.jinja"
STOCK = Path(openapi_python_client.__file__).parent / "templates" / "endpoint_module.py.jinja"


def test_the_template_is_the_stock_one_plus_the_request_block() -> None:
    ours = OURS.read_text()
    without_header = re.sub(r"\A\{#-.*?-#\}\n", "", ours, flags=re.S)
    stock, marker, block = without_header.partition("\n{# audiences: the one addition")
    assert marker, "the added block is missing"
    assert stock == STOCK.read_text()
    assert "def request_kwargs(" in block


def test_every_endpoint_module_has_a_public_request_builder() -> None:
    missing = []
    for _, _, operation_id, tag in OPERATIONS:
        path = ROOT / "generated" / "audiences_api" / "api" / tag.replace("-", "_")
        text = (path / f"{operation_id}.py").read_text()
        if "\ndef request_kwargs(" not in text:
            missing.append(operation_id)
    assert missing == []
