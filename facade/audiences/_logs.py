"""Log values that stay on one line, whatever an id or a server put in them."""

from __future__ import annotations

MAX_LOGGED = 300


def one_line(value: object) -> str:
    """``value`` as text with every control or separator character escaped, and bounded.

    An id such as ``"adr_1\\nINFO forged"`` or a server message with newlines can then
    never start a new (forged) log line.
    """
    text = str(value)
    if len(text) > MAX_LOGGED:
        text = text[:MAX_LOGGED] + "..."
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )
