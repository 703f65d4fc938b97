"""AudienceLab audiences (tag ``audiencelab-audiences``): create, list, read members.

The spec's request schema checks the body (filters an object, array filters arrays even
of one value, ``days_back`` at least 1); what it refuses is the 400 ``VALIDATION_ERROR``.

Listing and reading members are community-observed (no official reference); the fake
follows the sources that read them: pages by ``page`` (1-indexed) and ``page_size``
(100 by default, as one source says; another says 20), totals as ``total_records``
(two sources; a third names it ``total``), an empty ``data`` past the last page, and an
unknown audience a 404 in the community shape ``{"error": "Not Found", "status": 404}``.

An audience's members are drawn from its id (``_words.py`` vocabulary, UPPER_CASE string
fields as community code reads them), so the same audience gives the same rows; its
``city``, ``state``, ``gender`` and business-profile filters choose among the values
they list, and its ``age`` filter among the age ranges it overlaps.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING, Any

from audiences.testing import _words as words
from audiences.testing._checks import Reject
from audiences.testing._routes import operation
from audiences.testing._rows import Account, AudienceRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    import random

    from audiences.testing._fake import FakeAPIs

PAGE_SIZE = 100  # when the request names none (one community source; another says 20)
MEMBERS = (120, 480)  # an audience has between this many members (inclusive, exclusive)


@operation("create_audience")
def create_audience(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """Create an audience from filters (200, its id only)."""
    data = req.data
    row = AudienceRow(str(uuid.uuid4()), data["name"], data["filters"], fake.now(), fake.next_seq())
    account.audiences[row.id] = row
    fake.record("create_audience", row.id, account, row.name)
    return FakeResponse.json(200, {"audienceId": row.id})


def _page(req: FakeRequest, rows: list[Any]) -> dict[str, Any]:
    """One page of ``rows`` with its totals (an empty ``data`` past the last page)."""
    number: int = req.params["page"]
    size: int = req.params.get("page_size", PAGE_SIZE)
    start = (number - 1) * size
    return {
        "data": rows[start : start + size],
        "page": number,
        "page_size": size,
        "total_pages": -(-len(rows) // size),
        "total_records": len(rows),
    }


def _summary(row: AudienceRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "next_scheduled_refresh": None,
        "scheduled_refresh": False,
        "refresh_interval": None,
        "webhook_url": None,
    }


@operation("list_audiences")
def list_audiences(fake: FakeAPIs, account: Account, req: FakeRequest) -> FakeResponse:
    """The account's audiences, oldest first, one page."""
    rows = sorted(account.audiences.values(), key=lambda r: (r.created, r.seq))
    return FakeResponse.json(200, _page(req, [_summary(r) for r in rows]))


# ------------------------------------------------------------------ members


def _pick(draw: random.Random, wanted: Any, default: tuple[str, ...]) -> str:
    """One of the values a filter lists, else one of ``default``."""
    listed = [w for w in wanted if isinstance(w, str)] if isinstance(wanted, list) else []
    return draw.choice(listed or list(default))


def _ages(filters: dict[str, Any]) -> list[tuple[int, int]]:
    age = filters.get("age")
    if not isinstance(age, dict):
        return list(words.AGE_RANGES)
    low, high = age.get("minAge", 0), age.get("maxAge", 200)
    fits = [(a, b) for a, b in words.AGE_RANGES if b >= low and a <= high]
    return fits or list(words.AGE_RANGES)


def member(audience: AudienceRow, index: int) -> dict[str, Any]:
    """The ``index``-th member of ``audience``, as community code reads a row."""
    draw = words.rng("audiencelab-member", audience.id, index)
    filters = audience.filters
    business = filters.get("businessProfile")
    business = business if isinstance(business, dict) else {}
    first, last = draw.choice(words.FIRST_NAMES), draw.choice(words.LAST_NAMES)
    city = _pick(draw, filters.get("city"), tuple(p[0] for p in words.US_PLACES))
    known = [p for p in words.US_PLACES if p[0] == city] or [draw.choice(words.US_PLACES)]
    _, state, zip_code = known[0]
    state = _pick(draw, filters.get("state") or filters.get("personalState"), (state,))
    company, domain = draw.choice(words.COMPANIES)
    company = _pick(draw, business.get("companyName"), (company,))
    personal = f"{first}.{last}{index}@example.net".lower()
    low, high = draw.choice(_ages(filters))
    return {
        "UUID": str(uuid.UUID(words.digest(audience.id, index, size=32))),
        "FIRST_NAME": first,
        "LAST_NAME": last,
        "PERSONAL_EMAILS": personal,
        "BUSINESS_EMAIL": f"{first[0]}{last}@{domain}".lower(),
        "MOBILE_PHONE": f"+1555{draw.randrange(10**6, 10**7)}",
        "PERSONAL_CITY": city,
        "PERSONAL_STATE": state,
        "PERSONAL_ZIP": _pick(draw, filters.get("zip"), (zip_code,)),
        "GENDER": _pick(draw, filters.get("gender"), words.GENDERS),
        "AGE_RANGE": f"{low}-{high}",
        "COMPANY_NAME": company,
        "COMPANY_DOMAIN": domain,
        "COMPANY_INDUSTRY": _pick(draw, business.get("industry"), words.INDUSTRIES),
        "JOB_TITLE": _pick(draw, business.get("jobTitle"), words.JOB_TITLES),
        "SENIORITY_LEVEL": _pick(draw, business.get("seniority"), words.SENIORITIES),
        "SKIPTRACE_MATCH_SCORE": draw.randrange(50, 100),
        "SHA256_PERSONAL_EMAIL": hashlib.sha256(personal.encode()).hexdigest(),
    }


def members_count(audience: AudienceRow) -> int:
    """How many members ``audience`` has."""
    return words.rng("audiencelab-members", audience.id).randrange(*MEMBERS)


@operation("list_audience_members")
def list_audience_members(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str
) -> FakeResponse:
    """One page of an audience's members."""
    audience = account.audiences.get(audience_id)
    if audience is None:
        raise Reject(FakeResponse.json(404, {"error": "Not Found", "status": 404}))
    page = _page(req, list(range(members_count(audience))))
    page["data"] = [member(audience, index) for index in page["data"]]
    return FakeResponse.json(200, page)
