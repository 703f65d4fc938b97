"""``audiences export mentions|profiles|intent-results|audiencelab-members``: every row into
a file, page by page.

One page is held at a time, whatever the number of rows. The rows go to a hidden
temporary file beside FILE (``.FILE.XXXXXXXX.part``), renamed to FILE once the last page
is written: on any failure (an API error, Ctrl-C, SIGTERM) the temporary file is removed
and FILE is left as it was, so a file at FILE is always a complete export.

JSON Lines: one ``to_dict()`` per line. CSV: a header of the model's fields, in its
order; nested values (an author, lists of topics, comments) as JSON text, ``null`` as an
empty cell, booleans as ``true``/``false``. Leadpipe's result rows have no documented
shape: their header is the fields of the first page, and an ``extra`` column holds, as a
JSON object, any field a later row adds. AudienceLab's member rows (open objects of
UPPER_CASE fields, community-observed) are written the same way.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from audiences import AudienceProfile, Mention
from audiences._cli._commands import PAGED_BY, pager
from audiences._cli._errors import UsageError
from audiences._cli._session import Session, max_page
from audiences._cli._views import dumps, plain
from audiences._progress import Counter, plural

FORMATS = ("jsonl", "csv")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
_MODELS: dict[str, Any] = {"mentions": Mention, "profiles": AudienceProfile}
EXTRA = "extra"


def export(session: Session) -> None:
    """Write every row the command selects into ``--output``, or nothing at all."""
    args = session.args
    target = Path(args.output)
    form = _format(args.format, target)
    _check(target)
    limit: int | None = args.limit
    most = max_page(PAGED_BY.get(args.rows))
    pages = pager(session, args.rows, min(limit or most, most)).iter_pages()
    counter = Counter(f"{args.rows} to {target.name}", stream=sys.stderr)
    try:
        with _replacing(target) as stream:
            write = _jsonl(stream) if form == "jsonl" else _Csv(stream, _MODELS.get(args.rows))
            for page in pages:
                items = page.items if limit is None else page.items[: limit - counter.rows]
                write(items)
                counter.add(len(items))
                if limit is not None and counter.rows >= limit:
                    break
    finally:
        counter.close()
    session.out.done(
        f"wrote {counter.rows:,} {args.rows} ({plural(counter.pages, 'page')}) to {target}",
        {"output": str(target), "format": form, "rows": counter.rows, "pages": counter.pages},
    )


def _format(given: str | None, target: Path) -> str:
    form = given or _EXTENSIONS.get(target.suffix.lower())
    if form is None:
        raise UsageError(f"--format: jsonl or csv (the name {target.name!r} does not say)")
    return form


def _check(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"--output {str(target)!r}: no folder {str(folder)!r}")
    if target.is_dir():
        raise UsageError(f"--output {str(target)!r} is a folder: name a file")


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[TextIO]:
    """A temporary file beside ``target``, renamed to it if the block ends without error."""
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as exc:
        raise UsageError(f"--output {str(target)!r}: {exc.strerror}") from None
    try:
        # backslashreplace: a lone surrogate from a server cannot be written as UTF-8 (in
        # JSON Lines it is escaped as JSON; in a CSV cell it reads \udXXX).
        with os.fdopen(
            handle, "w", encoding="utf-8", errors="backslashreplace", newline=""
        ) as stream:
            yield stream
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # what a plain open() would have made
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


Write = Callable[[Sequence[Any]], None]


def _jsonl(stream: TextIO) -> Write:
    def write(items: Sequence[Any]) -> None:
        stream.writelines(dumps(plain(item)) + "\n" for item in items)

    return write


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def fields_of(model: Any) -> list[str]:
    """A lazily read model's fields in order: the keys of every row's ``to_dict()``."""
    return list(model._fields_)


class _Csv:
    """CSV rows: the header first (the model's fields, or the first page's), then each row."""

    def __init__(self, stream: TextIO, model: Any) -> None:
        self._rows = csv.writer(stream)
        self._model = model
        self._header: list[str] = []
        if model is not None:
            self._start(fields_of(model))

    def _start(self, header: list[str]) -> None:
        self._header = header
        self._rows.writerow(header)

    def __call__(self, items: Sequence[Any]) -> None:
        if not self._header and items:  # rows without a model: the first page's fields
            self._start([*dict.fromkeys(key for item in items for key in item), EXTRA])
        known = set(self._header)
        for item in items:
            data = plain(item)
            line = [_cell(data.get(name)) for name in self._header]
            if self._model is None:
                line[-1] = _cell({k: v for k, v in data.items() if k not in known} or None)
            self._rows.writerow(line)
