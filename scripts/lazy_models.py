"""Post-generation hook: make ``models/__init__.py`` import each model on first use.

openapi-python-client writes a ``models/__init__.py`` that imports all ~60 models, so
importing any one model (``audiences_api.models.audience_dataset``) paid for every one
(about 75 ms, a third of ``import audiences``). This rewrites it to the same names,
resolved lazily through a module ``__getattr__`` (PEP 562); type checkers still see the
eager imports. Run by the generator from the output folder (see openapi-python-client.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATE = '''"""Contains all the data models used in inputs/outputs (imported on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{imports}

_MODULES = {{
{modules}
}}

__all__ = (
{names}
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}") from None
    value = getattr(importlib.import_module(f".{{module}}", __name__), name)
    globals()[name] = value
    return value
'''


def main() -> None:
    target = Path("models") / "__init__.py"
    pairs = re.findall(r"^from \.(\w+) import (\w+)$", target.read_text(), flags=re.MULTILINE)
    if not pairs:
        raise SystemExit(f"{target}: no model imports found (generator output changed?)")
    target.write_text(
        TEMPLATE.format(
            imports="\n".join(f"    from .{module} import {name}" for module, name in pairs),
            modules="\n".join(f'    "{name}": "{module}",' for module, name in pairs),
            names="\n".join(f'    "{name}",' for _, name in pairs),
        )
    )


if __name__ == "__main__":
    main()
