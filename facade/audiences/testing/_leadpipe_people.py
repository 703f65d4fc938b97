"""The people behind a Leadpipe run: its result rows, their CSV and their stats, all drawn
from the run's id and the config it ran with.

Row ``i`` of a run is drawn from ``(run id, i)`` alone, so a page is made without the rows
before it and no run is ever held whole. Rows come highest intent first: the intent score
falls evenly down the run from the config's ``maxScore`` to its ``minScore`` (at least 50:
Leadpipe clamps lower scores to 50). The score is not a documented row field: it feeds the
stats' histogram and a preview's ``intent``, and is never sent as a row's.

A config's filters shape the people (inferred for the fake): ``role.seniority``,
``role.departments`` and ``company.industries`` choose among their values, and
``contact.hasBusinessEmail``, ``contact.hasPersonalEmail``, ``contact.hasPhone`` and
``contact.hasLinkedin`` make that field present on every row. A row's fields are the
get-people page's; each optional one is present on some rows only, so fill rates vary.

The CSV (``export.csv``) has one column per result field, ``company`` spelled out as
``company.name``, ``company.domain``, ... (the stats' own ``fillRates`` keys), taken from
the spec's row schema: its rows are the results endpoint's, in the same order, at most
``EXPORT_ROW_CAP`` of them.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
from collections.abc import Iterator, Mapping
from typing import Any

from audiences import _spec as spec
from audiences.testing import _words as words
from audiences.testing._rows import IntentRunRow

EXPORT_ROW_CAP = 300_000  # "Export is capped at 300,000 rows" (the API reference's export.csv)
SCORE_FLOOR = 50  # "values below 50 are accepted and clamped to 50" (validate's reference)
SCORE_BUCKETS = ((50, 69), (70, 89), (90, 99))  # the stats page's histogram

SENIORITIES = ("c_suite", "vp", "director", "manager", "senior", "entry")
DEPARTMENTS = ("marketing", "sales", "engineering", "finance", "operations", "product")
# (industry, its industry group)
INDUSTRIES = (
    ("software development", "technology"),
    ("financial services", "finance"),
    ("hospitals and health care", "health care"),
    ("retail", "consumer"),
    ("food and beverage services", "consumer"),
    ("advertising services", "marketing"),
)
TITLES = {
    "c_suite": ("chief marketing officer", "chief financial officer", "chief executive officer"),
    "vp": ("vp of marketing", "vp of sales", "vp of engineering"),
    "director": ("director of marketing operations", "senior director product marketing"),
    "manager": ("marketing manager", "sales manager", "product manager"),
    "senior": ("senior analyst", "senior engineer", "senior account executive"),
    "entry": ("marketing coordinator", "sales associate", "analyst"),
}
COMPANIES = (
    ("salesforce", "salesforce.com"),
    ("example company", "example.com"),
    ("northwind traders", "northwind.example"),
    ("contoso", "contoso.example"),
    ("fabrikam", "fabrikam.example"),
    ("tailspin toys", "tailspin.example"),
    ("lakeside goods", "lakeside.example"),
    ("bluefin media", "bluefin.example"),
)
CONTACT_FIELDS = {  # filter -> the row field it makes present on every row
    "contact.hasBusinessEmail": "businessEmail",
    "contact.hasPersonalEmail": "personalEmail",
    "contact.hasPhone": "phone",
    "contact.hasLinkedin": "linkedinUrl",
}


def filter_values(filters: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """The values a config's filter ``key`` asks for (``{"values": [...]}`` or a list)."""
    found = filters.get(key)
    if isinstance(found, Mapping):
        found = found.get("values")
    if isinstance(found, list):
        return tuple(str(v) for v in found)
    return ()


def score_range(config: Mapping[str, Any]) -> tuple[int, int]:
    """The lowest and highest intent score a config selects (lowest clamped to 50)."""
    low = max(SCORE_FLOOR, config.get("minScore") or SCORE_FLOOR)
    high = config.get("maxScore") or 99
    return low, max(low, high)


def score(config: Mapping[str, Any], index: int, count: int) -> int:
    """The intent score of row ``index`` of ``count``: falling evenly from high to low."""
    low, high = score_range(config)
    return high - (high - low + 1) * index // max(count, 1)


def person(seed: str, index: int, config: Mapping[str, Any]) -> dict[str, Any]:
    """Person ``index`` drawn from ``seed`` (a run's id, a config's hash), as the get-people
    page prints one; the config's filters shape who it is."""
    rng = words.rng("person", seed, index)
    filters: Mapping[str, Any] = config.get("filters") or {}
    present = {field for key, field in CONTACT_FIELDS.items() if filters.get(key) is True}
    first = rng.choice(words.FIRST_NAMES).lower()
    last = rng.choice(words.LAST_NAMES).lower()
    seniority = rng.choice(filter_values(filters, "role.seniority") or SENIORITIES)
    department = rng.choice(filter_values(filters, "role.departments") or DEPARTMENTS)
    wanted = filter_values(filters, "company.industries")
    known: list[tuple[str, str | None]] = [i for i in INDUSTRIES if not wanted or i[0] in wanted]
    industry, group = rng.choice(known) if known else (rng.choice(wanted), None)
    name, domain = rng.choice(COMPANIES)
    has_company = bool(wanted) or rng.random() < 0.5

    def maybe(field: str, share: float, value: str) -> str | None:
        return value if field in present or rng.random() < share else None

    business = maybe("businessEmail", 0.6, f"{first}.{last}{index}@{domain}")
    personal = maybe("personalEmail", 0.6, f"{first}.{last}{index}@mail.example")
    if business is None and personal is None:  # every row has an email
        business = f"{first}.{last}{index}@{domain}"
    email = personal or business
    assert email is not None
    title = rng.choice(TITLES.get(seniority, ("specialist",)))
    return {
        "hashedEmail": hashlib.sha256(email.encode()).hexdigest(),
        "firstName": maybe("firstName", 0.7, first),
        "lastName": maybe("lastName", 0.7, last),
        "fullName": f"{first} {last}",
        "businessEmail": business,
        "personalEmail": personal,
        "email": email,
        "primaryContactEmail": business or personal,
        "phone": maybe("phone", 0.4, f"+1800555{rng.randrange(10_000):04d}"),
        "linkedinUrl": maybe("linkedinUrl", 0.4, f"https://linkedin.com/in/{first}-{last}-{index}"),
        "headline": maybe("headline", 0.5, f"{title} at {name}"),
        "jobTitle": maybe("jobTitle", 0.6, title),
        "seniority": seniority,
        "department": department,
        "company": (
            {"name": name, "domain": domain, "industry": industry, "industryGroup": group}
            if has_company
            else None
        ),
    }


def row_count(run: IntentRunRow) -> int:
    """The rows a completed run has (the audience's, or drawn from the run's id)."""
    if run.result_count is not None:
        return run.result_count
    return 20 + int(words.digest(run.id, size=8), 16) % 200


def rows(run: IntentRunRow, start: int = 0, stop: int | None = None) -> Iterator[dict[str, Any]]:
    """The run's rows ``start`` to ``stop``, in order (highest intent first)."""
    count = row_count(run)
    for index in range(start, min(count, count if stop is None else stop)):
        yield person(run.id, index, run.config)


@functools.cache
def columns() -> tuple[str, ...]:
    """The CSV's columns and the stats' fill-rate keys: each result field of the spec's row,
    an object's fields spelled out (``company.name``)."""
    found: list[str] = []
    for name, schema in spec.properties("IntentAudienceResultRow").items():
        nested = spec.non_null(schema).get("properties")
        found += [f"{name}.{field}" for field in nested] if nested else [name]
    return tuple(found)


def cell(row: Mapping[str, Any], column: str) -> Any:
    """A row's value of ``column`` (``None`` where the row, or its object, has none)."""
    field, _, inner = column.partition(".")
    value = row.get(field)
    if inner:
        value = value.get(inner) if isinstance(value, dict) else None
    return value


def csv_bytes(run: IntentRunRow) -> bytes:
    """The run's CSV: a header of ``columns()``, then its rows (at most the cap), as the
    results endpoint gives them; an empty cell for a missing value."""
    out = io.StringIO()
    writer = csv.writer(out)
    header = columns()
    writer.writerow(header)
    for row in rows(run, 0, EXPORT_ROW_CAP):
        writer.writerow(["" if (v := cell(row, c)) is None else v for c in header])
    return out.getvalue().encode()


def _percent(count: int, total: int) -> float | int:
    share = round(100 * count / total, 2) if total else 0
    return int(share) if float(share).is_integer() else share


def stats(run: IntentRunRow) -> dict[str, Any]:
    """The stats page's body for a completed run, counted over its own rows (kept on it)."""
    if run.stats is not None:
        return run.stats
    total = row_count(run)
    filled = dict.fromkeys(columns(), 0)
    for row in rows(run):
        for column in filled:
            if cell(row, column) not in (None, ""):
                filled[column] += 1
    buckets: list[tuple[str, int]] = []
    for low, high in SCORE_BUCKETS:
        inside = sum(1 for i in range(total) if low <= score(run.config, i, total) <= high)
        buckets.append((f"{low}-{high}", inside))
    run.stats = {
        "total": total,
        "fillRates": {
            column: {"count": count, "percent": _percent(count, total)}
            for column, count in filled.items()
        },
        "scoreHistogram": [
            {"bucket": bucket, "count": count, "percent": _percent(count, total)}
            for bucket, count in buckets
        ],
        "averages": {},
    }
    return run.stats
