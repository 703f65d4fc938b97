"""The documented words of enumerated arguments, as ``Literal`` types for type checkers."""

from __future__ import annotations

from typing import Literal

Order = Literal["asc", "desc"]
"""List order by creation time (the APIs' default is ``desc``)."""

ValueType = Literal["string"]
"""A custom parameter's value type (``string`` is the only one the documents print)."""
