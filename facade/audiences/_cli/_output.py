"""How results are printed: JSON for scripts, tables and aligned lines for people.

``--json`` prints each model's ``to_dict()`` (a list as a JSON array, written item by
item as the pages come). For people, a list is a table: rich's on a terminal (when the
``cli`` extra is installed), aligned plain text otherwise (a pipe, a file, no rich), one
row per line, so ``| head`` and ``| grep`` work. Rich is given ``Text`` objects only:
nothing a server sends is read as markup or emoji codes.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from audiences._cli._views import (
    Column,
    aligned,
    columns_for,
    cut,
    detail,
    dumps,
    flat,
    plain,
    text,
)
from audiences._progress import rich_console

SHORT = 28  # a column this narrow (an id, a date) is never cut in a rich table


class Output:
    """Where a command's results go: ``stream`` (stdout), as JSON or for people."""

    def __init__(self, as_json: bool, stream: TextIO | None = None) -> None:
        self.as_json = as_json
        self._stream = stream

    @property
    def stream(self) -> TextIO:
        """The stream results go to (stdout unless given: read when printing)."""
        return self._stream if self._stream is not None else sys.stdout

    def _print(self, line: str = "") -> None:
        print(line, file=self.stream)

    def result(self, value: Any) -> None:
        """One result: its JSON, or a line per field that has a value."""
        if self.as_json:
            self._print(dumps(plain(value), indent=2))
            return
        lines = detail(value)
        width = max((len(label) for label, _ in lines), default=0)
        for label, shown in lines:
            self._print(f"{label:<{width}}  {shown}".rstrip())

    def results(self, values: Iterable[Any], columns: list[Column] | None = None) -> None:
        """A list: a JSON array written as items arrive, or a table (of ``columns``, else
        those of its first item's kind)."""
        if self.as_json:
            self._json_array(values)
            return
        items = iter(values)
        first = next(items, None)
        if first is None:
            return
        columns = columns or columns_for(first)
        headers = [flat(header) for header, _ in columns]
        rows = [[flat(text(get(item))) for _, get in columns] for item in _chain(first, items)]
        console = rich_console(self.stream)
        if console is None:
            for line in aligned(headers, [[cut(cell) for cell in row] for row in rows]):
                self._print(line)
            return
        self._rich_table(console, headers, rows)

    def _json_array(self, values: Iterable[Any]) -> None:
        write = self.stream.write
        separator = "[\n"
        for value in values:
            shown = dumps(plain(value), indent=2)
            write(separator + textwrap.indent(shown, "  "))
            separator = ",\n"
        write("[]\n" if separator == "[\n" else "\n]\n")

    @staticmethod
    def _rich_table(console: Any, headers: list[str], rows: list[list[str]]) -> None:
        from rich import box  # noqa: PLC0415 - only here, on a terminal
        from rich.table import Table  # noqa: PLC0415
        from rich.text import Text  # noqa: PLC0415

        table = Table(box=box.SIMPLE_HEAD, header_style="bold")
        for index, header in enumerate(headers):
            # Short columns (ids, dates, counts) keep their width; long text gives way.
            longest = max([len(header), *(len(row[index]) for row in rows)])
            table.add_column(
                Text(header), overflow="ellipsis", no_wrap=True, min_width=min(longest, SHORT)
            )
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        console.print(table)

    def done(self, message: str, data: dict[str, Any]) -> None:
        """What a command that returns nothing did: ``message`` for people, ``data`` as JSON."""
        if self.as_json:
            self._print(dumps(data))
        else:
            self._print(message)


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest
