"""AudienceLab audiences (tag ``audiencelab-audiences``).

The spec's request schema checks the body (filters an object, array filters arrays even
of one value, ``days_back`` at least 1); what it refuses is the 400 ``VALIDATION_ERROR``.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from audiences.testing._routes import operation
from audiences.testing._rows import Account
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs


@operation("create_audience")
def create_audience(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Create an audience from filters (200, its id only)."""
    audience_id = str(uuid.uuid4())
    account.audiences.append(audience_id)
    fake.record("create_audience", audience_id, account, req.data["name"])
    return FakeResponse.json(200, {"audienceId": audience_id})
