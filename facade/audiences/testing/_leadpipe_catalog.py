"""What the fake's Leadpipe knows before any audience: its topics, its ICP filter catalogue,
and what it makes of a config (normalized, hashed, previewed).

Inferred for the fake (the documents print no catalogue and no topic list): a few dozen
topics, those the documents' configs name among them (``117805`` is "Marketing ROI" as
the preview page prints it), each with an audience size drawn from its id; a filter
catalogue of the guide page's groups and keys, its values those the fake's people have.
A config is normalized by filling what it leaves out (``minScore`` 50, ``maxScore`` 99,
``minTopicOverlap`` 1, no filters), clamping ``minScore`` to 50 and sorting its topics;
its hash is the SHA-256 of that, as a run's ``configHash`` is 64 hex digits. A config
whose ``minScore`` is above its ``maxScore``, or that asks to match more topics than it
names, is not valid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from audiences.testing import _words as words
from audiences.testing._checks import iso_ms
from audiences.testing._leadpipe_people import (
    DEPARTMENTS,
    INDUSTRIES,
    SCORE_FLOOR,
    SENIORITIES,
    filter_values,
    person,
    score,
)

# (topicId, topicName, type, industry, category)
TOPICS = (
    (117805, "Marketing ROI", "b2b", "Marketing", "Service"),
    (117890, "Marketing Attribution", "b2b", "Marketing", "Software"),
    (117918, "Demand Generation", "b2b", "Marketing", "Service"),
    (117801, "CRM Software", "b2b", "Technology", "Software"),
    (102391, "Customer Relationship Management", "b2b", "Technology", "Service"),
    (502909, "Corporate Budgeting", "b2b", "Finance", "Service"),
    (502955, "Financial Planning Software", "b2b", "Finance", "Software"),
    (118002, "Marketing Automation", "b2b", "Marketing", "Software"),
    (118019, "Account-Based Marketing", "b2b", "Marketing", "Service"),
    (118133, "Email Marketing", "both", "Marketing", "Software"),
    (120410, "Sales Enablement", "b2b", "Sales", "Software"),
    (120477, "Sales Engagement Platforms", "b2b", "Sales", "Software"),
    (131206, "Cloud Data Warehousing", "b2b", "Technology", "Software"),
    (131244, "Data Integration", "b2b", "Technology", "Software"),
    (131388, "Cybersecurity", "both", "Technology", "Service"),
    (140052, "Payroll Software", "b2b", "Human Resources", "Software"),
    (140071, "Employee Benefits", "b2b", "Human Resources", "Service"),
    (150310, "Expense Management", "b2b", "Finance", "Software"),
    (210044, "Cold Brew Coffee", "b2c", "Food & Beverage", "Product"),
    (210087, "Espresso Machines", "b2c", "Food & Beverage", "Product"),
    (210131, "Coffee Subscriptions", "both", "Food & Beverage", "Service"),
    (220518, "Running Shoes", "b2c", "Retail", "Product"),
    (220644, "Home Fitness Equipment", "b2c", "Retail", "Product"),
    (230907, "Meal Kit Delivery", "b2c", "Food & Beverage", "Service"),
    (240112, "Electric Vehicles", "both", "Automotive", "Product"),
    (250276, "Personal Finance Apps", "b2c", "Finance", "Software"),
)
TOPIC_FIELDS = ("topicId", "topicName", "type", "industry", "category")


def topic(topic_id: int) -> dict[str, Any]:
    """The topic record of ``topic_id`` (one the catalogue does not list gets a made-up name)."""
    for row in TOPICS:
        if row[0] == topic_id:
            return dict(zip(TOPIC_FIELDS, row, strict=True))
    return {"topicId": topic_id, "topicName": f"Topic {topic_id}", "type": "b2b"}


def topic_size(topic_id: int) -> int:
    """People researching ``topic_id`` today."""
    return 5_000 + int(words.digest("topic", topic_id, size=8), 16) % 60_000


def _people_with(value: str) -> int:
    return 1_000 + int(words.digest("value", value, size=8), 16) % 50_000


def topics(
    *, q: str | None = None, type: str | None = None, industry: str | None = None, **more: Any
) -> list[dict[str, Any]]:
    """The catalogue's topics that match: a name containing ``q``, the exact ``type``,
    ``industry`` and ``category`` (case aside)."""
    found = []
    for row in TOPICS:
        _, name, *words_of = row
        wanted = (type, industry, more.get("category"))
        if q is not None and q.lower() not in str(name).lower():
            continue
        if any(
            w is not None and w.lower() != str(v).lower()
            for w, v in zip(wanted, words_of, strict=True)
        ):
            continue
        found.append(dict(zip(TOPIC_FIELDS, row, strict=True)))
    return found


# ------------------------------------------------------------------ the filter catalogue

# (group key, label, description, [(filter key, label, type, values or None)])
_GROUPS: tuple[tuple[str, str, str, tuple[tuple[str, str, str, tuple[str, ...]], ...]], ...] = (
    (
        "company",
        "Company",
        "Where people work",
        (
            ("company.industries", "Industries", "multi_select", tuple(i for i, _ in INDUSTRIES)),
            (
                "company.industryGroups",
                "Industry groups",
                "multi_select",
                tuple(sorted({g for _, g in INDUSTRIES})),
            ),
            (
                "company.revenueRanges",
                "Revenue",
                "multi_select",
                ("1 million to 10 million", "10 million to 25 million", "25 million to 50 million"),
            ),
            ("company.names", "Company names", "text_terms", ()),
            ("company.domains", "Company domains", "text_terms", ()),
        ),
    ),
    (
        "role",
        "Role",
        "What people do",
        (
            ("role.seniority", "Seniority", "multi_select", SENIORITIES),
            ("role.departments", "Departments", "multi_select", DEPARTMENTS),
            ("role.isDecisionMaker", "Decision makers", "boolean", ()),
            ("role.isCeo", "CEOs", "boolean", ()),
            ("role.isVp", "VPs", "boolean", ()),
            ("role.isFinance", "Finance roles", "boolean", ()),
        ),
    ),
    (
        "jobTitle",
        "Job titles",
        "Titles to include or exclude",
        (
            ("jobTitle.include", "Include titles", "text_terms", ()),
            ("jobTitle.exclude", "Exclude titles", "text_terms", ()),
            ("jobTitle.exact", "Exact titles", "text_terms", ()),
        ),
    ),
    (
        "contact",
        "Contactability",
        "How people can be reached",
        (
            ("contact.hasBusinessEmail", "Business email", "boolean", ()),
            ("contact.hasPersonalEmail", "Personal email", "boolean", ()),
            ("contact.hasPhone", "Phone", "boolean", ()),
            ("contact.hasLinkedin", "LinkedIn", "boolean", ()),
        ),
    ),
)
_KINDS = {  # filter type -> (valueType, operators, UI control, section)
    "multi_select": ("enum", ["in"], "multi_select", "recommended"),
    "boolean": ("boolean", ["eq"], "toggle", "standard"),
    "text_terms": ("string", ["contains", "equals"], "text_chips", "advanced"),
}
FILTER_KEYS = frozenset(f[0] for _, _, _, filters in _GROUPS for f in filters)


def label(value: str) -> str:
    """A value as the catalogue labels it (``c_suite`` -> ``C Suite``)."""
    return value.replace("_", " ").title()


def filter_catalog(now: float) -> dict[str, Any]:
    """The guide page's grouped catalogue (``version``, ``summary``, ``groups[].filters[]``)."""
    groups = []
    counts = {"values": 0, "recommended": 0, "standard": 0, "advanced": 0}
    for key, group_label, description, filters in _GROUPS:
        definitions = []
        for filter_key, filter_label, kind, values in filters:
            value_type, operators, control, section = _KINDS[kind]
            counts[section] += 1
            definition: dict[str, Any] = {
                "key": filter_key,
                "label": filter_label,
                "type": kind,
                "valueType": value_type,
                "operators": operators,
                "ui": {
                    "label": filter_label,
                    "description": f"{group_label}: {filter_label.lower()}",
                    "control": control,
                    "section": section,
                    "recommended": section == "recommended",
                    "advanced": section == "advanced",
                },
            }
            if values:
                counts["values"] += len(values)
                definition["values"] = [
                    {"value": v, "label": label(v), "count": _people_with(v)} for v in values
                ]
            definitions.append(definition)
        groups.append(
            {"key": key, "label": group_label, "description": description, "filters": definitions}
        )
    built = dt.datetime.fromtimestamp(now, dt.UTC).date().isoformat()
    return {
        "version": {
            "status": "catalog",
            "sourceTable": "fake_people",
            "catalogTable": "fake_filter_catalog",
            "catalogVersion": "fake-1",
            "buildId": None,
            "buildDate": built,
            "generatedAt": iso_ms(now),
        },
        "summary": {
            "groupCount": len(groups),
            "filterCount": len(FILTER_KEYS),
            "valueCount": counts["values"],
            "recommendedFilterCount": counts["recommended"],
            "standardFilterCount": counts["standard"],
            "advancedFilterCount": counts["advanced"],
            "supportsAdvancedLogic": False,
            "defaultFieldLogic": "and",
        },
        "groups": groups,
    }


# ------------------------------------------------------------------ configs


def filter_keys(filters: Mapping[str, Any]) -> list[str]:
    """A config's filter keys, dotted (the API reference's nested groups spelled out)."""
    keys = []
    for key, value in filters.items():
        nested = isinstance(value, Mapping) and "values" not in value and "." not in key
        keys += [f"{key}.{sub}" for sub in value] if nested else [key]
    return keys


def normalized(config: Mapping[str, Any]) -> dict[str, Any]:
    """A config with what it leaves out filled and ``minScore`` clamped (see the docstring)."""
    found: dict[str, Any] = {
        "topicIds": sorted(set(config["topicIds"])),
        "minScore": max(SCORE_FLOOR, config.get("minScore") or SCORE_FLOOR),
        "maxScore": config.get("maxScore") or 99,
        "minTopicOverlap": config.get("minTopicOverlap") or 1,
        "filters": dict(config.get("filters") or {}),
    }
    if config.get("sourceUrl") is not None:
        found["sourceUrl"] = config["sourceUrl"]
    return found


def config_hash(config: Mapping[str, Any]) -> str:
    """The hash of a normalized config (64 hex digits, as a run's ``configHash``)."""
    text = json.dumps(config, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def problems(config: Mapping[str, Any]) -> list[str]:
    """Why a normalized config is not valid (empty when it is)."""
    found = []
    if config["minScore"] > config["maxScore"]:
        found.append(f"minScore {config['minScore']} is above maxScore {config['maxScore']}")
    if config["minTopicOverlap"] > len(config["topicIds"]):
        found.append(
            f"minTopicOverlap {config['minTopicOverlap']} is more than the"
            f" {len(config['topicIds'])} topics given"
        )
    return found


def applied(config: Mapping[str, Any]) -> list[str]:
    """The config's filter keys the catalogue knows."""
    return [key for key in filter_keys(config["filters"]) if key in FILTER_KEYS]


def total_count(config: Mapping[str, Any]) -> int:
    """People a normalized config selects: its topics' people, narrowed by the score range,
    the overlap asked for and each filter."""
    people = sum(topic_size(t) for t in config["topicIds"])
    low, high = config["minScore"], max(config["minScore"], config["maxScore"])
    share = (high - low + 1) / 50 / config["minTopicOverlap"] ** 2
    filters = config["filters"]
    for key in applied(config):
        values = filter_values(filters, key)
        share *= min(1.0, len(values) / 6) if values else 0.6
    return int(people * share)


def _breakdown(seed: str, total: int, values: tuple[str, ...]) -> list[dict[str, Any]]:
    rng = words.rng("breakdown", seed)
    weights = [rng.randrange(1, 10) for _ in values]
    counts = [total * w // sum(weights) for w in weights]
    items = [
        {"value": v, "label": label(v), "count": c} for v, c in zip(values, counts, strict=True)
    ]
    return sorted(items, key=lambda item: -item["count"])


SAMPLE_SIZE = 5  # masked sample rows a preview shows (the older spec allows up to 50)


def preview(config: Mapping[str, Any], now: float) -> dict[str, Any]:
    """The preview page's body for a normalized config: its count, breakdowns and a masked
    sample (each person's hashed email cut short and no email, as "preview rows are
    masked")."""
    digest = config_hash(config)
    total = total_count(config)
    filters = config["filters"]
    industries = filter_values(filters, "company.industries") or tuple(i for i, _ in INDUSTRIES)
    seniorities = filter_values(filters, "role.seniority") or SENIORITIES
    sample = []
    for index in range(min(SAMPLE_SIZE, total)):
        who = person(digest, index, config)
        overlap = min(len(config["topicIds"]), config["minTopicOverlap"] + index % 2)
        matched = [topic(t) for t in config["topicIds"][:overlap]]
        row = {key: who[key] for key in ("firstName", "lastName", "jobTitle", "seniority")}
        row["hashedEmail"] = who["hashedEmail"][:16] + "..."
        if who["company"] is not None:
            row["company"] = {k: who["company"][k] for k in ("name", "domain", "industry")}
        row["intent"] = {
            "score": score(config, index, SAMPLE_SIZE),
            "topicOverlap": overlap,
            "matchedTopics": matched,
        }
        sample.append(row)
    return {
        "configHash": digest,
        "dataDate": (dt.datetime.fromtimestamp(now, dt.UTC) - dt.timedelta(days=1))
        .date()
        .isoformat(),
        "strategy": "serving_table_in",
        "totalCount": total,
        "breakdowns": {
            "industries": _breakdown(digest + "i", total, industries),
            "seniorities": _breakdown(digest + "s", total, seniorities),
        },
        "sample": sample,
        "appliedFilters": applied(config),
    }
