"""What people see of each result: the columns of a list, the lines of one result.

Everything here reads the models' public fields and returns plain strings; how they are
printed (a rich table, aligned text, JSON) is ``_output.py``'s business.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from audiences import (
    AudienceDataset,
    AudienceDatasetRun,
    AudienceProfile,
    AudienceSummary,
    CustomParameter,
    CustomParameterRun,
    Dataset,
    DatasetRun,
    IntentAudience,
    IntentAudienceRun,
    IntentTopic,
    Mention,
    PatternItem,
    Progress,
    UsageRecord,
)

WIDEST = 60  # characters a cell of a plain table shows before "…"
JSON_SHOWN = 200  # characters of nested JSON a detail line shows before "…"

Column = tuple[str, Callable[[Any], object]]


def _field(name: str) -> Callable[[Any], object]:
    return lambda item: getattr(item, name)


def _search(run: DatasetRun) -> object:
    params = run.params
    if params is None:
        return None
    if params.source_urls:
        return f"{len(params.source_urls)} URLs"
    return params.search_query


def _author(mention: Mention) -> object:
    return mention.author.title if mention.author else None


def _headline(mention: Mention) -> object:
    return mention.title or mention.text


def _columns(spec: str, **computed: Callable[[Any], object]) -> list[Column]:
    """Columns from ``"header=field ..."`` words; a header alone is its own field name."""
    columns: list[Column] = []
    for word in spec.split():
        header, _, name = word.partition("=")
        getter = computed.get(header) or _field(name or header)
        columns.append((header.replace("_", " "), getter))
    return columns


COLUMNS: dict[type, list[Column]] = {
    Dataset: _columns("id name mentions=mentions_count created=created_at"),
    DatasetRun: _columns(
        "id status mentions=mentions_count search created=created_at", search=_search
    ),
    AudienceDataset: _columns("id name profiles=profile_count created=created_at"),
    AudienceDatasetRun: _columns(
        "id status progress profiles=profile_count source_dataset=source_dataset_id"
        " created=created_at"
    ),
    CustomParameter: _columns("id name value_type created=created_at"),
    CustomParameterRun: _columns("id status progress dataset=dataset_id created=created_at"),
    IntentAudienceRun: _columns(
        "id status type=run_type results=result_count data_date created=created_at"
    ),
    Mention: _columns(
        "id source created=created_at author likes=num_likes views=num_views"
        " sentiment=sentiment_score title",
        author=_author,
        title=_headline,
    ),
    AudienceProfile: _columns(
        "username source followers=follower_count engagement=engagement_rate"
        " tier=creator_tier country=location_country score id"
    ),
    PatternItem: _columns("item_id posts=post_count title"),
    IntentTopic: _columns("topic_id name=topic_name type industry category"),
    IntentAudience: _columns(
        "id name status size=audience_size refreshed=last_refreshed_at created=created_at"
    ),
    UsageRecord: _columns("id category credits=quantity created=created_at"),
    AudienceSummary: _columns(
        "id name scheduled=scheduled_refresh interval=refresh_interval"
        " next_refresh=next_scheduled_refresh"
    ),
}


def with_values(parameter_ids: Sequence[str]) -> list[Column]:
    """The mention columns with one more per custom parameter: its value (title last)."""
    *first, title = COLUMNS[Mention]
    values = [(pid, _value(pid)) for pid in dict.fromkeys(parameter_ids)]
    return [*first, *values, title]


def _value(parameter_id: str) -> Callable[[Any], object]:
    return lambda mention: mention.custom_parameters.get(parameter_id)


def columns_for(first: object) -> list[Column]:
    """The columns of a list whose first item is ``first``."""
    found = COLUMNS.get(type(first))
    if found is not None:
        return found
    if isinstance(first, Mapping):  # rows without a model (Leadpipe's result rows)
        return [(str(key), _key(key)) for key in first]
    return [("value", lambda item: item)]


def _key(key: object) -> Callable[[Any], object]:
    return lambda row: row.get(key)


def _progress_text(progress: Progress) -> str:
    shown = f"{progress.done}/{progress.total} ({progress.fraction:.0%})"
    return shown + (f", {progress.errors} failed" if progress.errors else "")


def _nested(value: object) -> str:
    if isinstance(value, Sequence) and all(not isinstance(v, dict | list) for v in value):
        return ", ".join(text(v) for v in value)
    if isinstance(value, Mapping) and all(not isinstance(v, dict | list) for v in value.values()):
        return ", ".join(f"{k}={text(v)}" for k, v in value.items())
    shown = dumps(plain(value))
    return shown if len(shown) <= JSON_SHOWN else shown[: JSON_SHOWN - 1] + "…"


def _number(number: float) -> str:
    """A rate as four digits (``0.02``); a count of credits whole (``5000``, not ``5e+03``)."""
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    if abs(number) >= 1000:
        return f"{number:.2f}"
    return f"{number:.4g}"


# How each kind of value reads, the first that matches (bool before int, datetime before date).
_SHOWN: list[tuple[type, Callable[[Any], str]]] = [
    (str, str),
    (bool, lambda flag: "yes" if flag else "no"),
    (enum.Enum, lambda word: str(word.value)),
    (dt.datetime, lambda stamp: stamp.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")),
    (dt.date, dt.date.isoformat),
    (float, _number),
    (int, str),
    (Progress, _progress_text),
]


def text(value: object) -> str:
    """A value as people read it in a table or a line (times in UTC)."""
    if value is None:
        return ""
    for kind, show in _SHOWN:
        if isinstance(value, kind):
            return show(value)
    return _nested(value)


def flat(value: str) -> str:
    """``value`` on one line (a mention's text has line breaks), its other control
    characters shown escaped: server text such as ``\x1b[2J`` never drives the terminal."""
    if "\n" in value or "\t" in value or "\r" in value:
        value = " ".join(value.split())
    if value.isprintable():
        return value
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in value)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: Any, **options: Any) -> str:
    """JSON text of ``value`` as it is: non-ASCII kept readable, and a lone surrogate (which
    no encoding can write) escaped as ``\\udXXX``, so the JSON reads back exactly."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cut(value: str, width: int = WIDEST) -> str:
    """At most ``width`` characters."""
    return value if len(value) <= width else value[: width - 1] + "…"


def plain(value: Any) -> Any:
    """JSON data: models through their own ``to_dict()``."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _fields(item: Any) -> list[tuple[str, Any]]:
    """Every field of a model (or row) with its value, in the model's order."""
    if isinstance(item, Mapping):
        return list(item.items())
    return [(name, getattr(item, name)) for name in item._field_names()]


def _is_models(value: object) -> bool:
    return isinstance(value, tuple) and bool(value) and hasattr(value[0], "to_dict")


Line = tuple[str, str]
"""A label and its text; a label of ``""`` continues the line above (a sub-table row)."""


def detail(item: Any, prefix: str = "") -> list[Line]:
    """The lines of one result: each field that has a value, nested models spelled out.

    A nested model gives dotted labels (``author.title``); a tuple of models (a run's
    steps, a pattern's items) gives a small table under its label.
    """
    lines: list[Line] = []
    for name, value in _fields(item):
        label = flat(prefix + str(name))
        if value is None or value in ("", (), [], {}):
            continue
        if hasattr(value, "to_dict") and not isinstance(value, Progress):
            lines += detail(value, label + ".")
        elif _is_models(value):
            lines += _sub_table(label, value)
        elif isinstance(value, Mapping) and all(_is_models(v) for v in value.values()):
            for key, models in value.items():  # a preview's breakdowns: a table each
                lines += _sub_table(f"{label}.{key}", models)
        elif isinstance(value, Mapping) and all(hasattr(v, "to_dict") for v in value.values()):
            lines += _keyed_table(label, value)  # the stats' fill rates: one row a key
        else:
            lines.append((label, flat(text(value))))
    return lines


def _sub_table(label: str, models: tuple[Any, ...]) -> list[Line]:
    columns = COLUMNS.get(type(models[0]))
    if columns is None:  # the fields that are neither nested nor empty in every row
        names = [n for n, v in _fields(models[0]) if not hasattr(v, "to_dict")]
        columns = [
            (name, _field(name))
            for name in names
            if not _is_models(getattr(models[0], name))
            and any(getattr(model, name) not in (None, "") for model in models)
        ]
    rows = [[cut(flat(text(get(model)))) for _, get in columns] for model in models]
    lines = aligned([header for header, _ in columns], rows)
    return [(label if i == 0 else "", line) for i, line in enumerate(lines)]


def _keyed_table(label: str, models: Mapping[str, Any]) -> list[Line]:
    names = [name for name, _ in _fields(next(iter(models.values())))]
    rows = [[str(key), *(text(getattr(m, n)) for n in names)] for key, m in models.items()]
    lines = aligned(["", *names], rows)
    return [(label if i == 0 else "", line) for i, line in enumerate(lines)]


def aligned(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A plain table: columns padded to their widest cell, two spaces apart."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in (headers, *rows)
    ]
