"""``audiences completion bash|zsh``: the shell's completion script, from the command tree.

shtab writes the script from the argparse tree itself (``_parser.build``), so every
command, action and option completes with no list kept by hand. The script is static:
TAB runs the shell's own function, never this program (argcomplete would start Python on
every TAB). shtab comes with the ``cli`` extra; only this command imports it.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from audiences._cli import _options as opt
from audiences._cli._errors import UsageError

if TYPE_CHECKING:
    from audiences._cli._session import Session

SHELLS = ("bash", "zsh")

HOW = """Load it in your shell's start-up file:

  bash (~/.bashrc):  eval "$(audiences completion bash)"
  zsh:               audiences completion zsh > ~/.zfunc/_audiences
                     and in ~/.zshrc, before compinit: fpath=(~/.zfunc $fpath)"""


def add(sub: Any) -> None:
    """The ``completion`` command."""
    command = opt.add(
        sub,
        "completion",
        "print the shell completion script for bash or zsh",
        epilog=HOW,
        handler=completion,
    )
    command.add_argument("shell", choices=SHELLS, help="bash or zsh")


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``parser`` for ``shell``."""
    try:
        import shtab  # noqa: PLC0415 - only this command needs it
    except ImportError as missing:
        raise UsageError(
            "shell completion needs the cli extra: pip install 'audiences[cli]'"
        ) from missing
    text: str = shtab.complete(parser, shell=shell)
    return text


def completion(session: Session) -> None:
    """``completion SHELL``: print the script."""
    from audiences._cli._parser import build  # noqa: PLC0415 - the tree this command is in

    print(script(build(), session.args.shell), end="")
