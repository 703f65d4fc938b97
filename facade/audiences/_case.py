"""camelCase to snake_case, for field names the vendors send in camelCase."""

from __future__ import annotations

import re
from functools import lru_cache

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@lru_cache(maxsize=512)
def snake_case(name: str) -> str:
    """``audienceId`` -> ``audience_id``, ``HTTPStatus`` -> ``http_status``; snake stays snake."""
    return _BOUNDARY.sub("_", name).replace("-", "_").lower()
