"""Shell completion: the script ``audiences completion SHELL`` prints, loaded into a real
bash and a real zsh as the CLI guide says, completes commands, actions and options.

What each completion should offer is read from the command tree itself (argparse), never
listed here. zsh is driven through a pseudo-terminal (zsh/zpty), with ``compadd`` wrapped
to print what the completion offers, since zsh completes only inside its line editor.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from audiences._cli._parser import build

COMMAND = [sys.executable, "-m", "audiences"]

# Drives an interactive zsh: load completions from the folder of $1, type $2 and TAB, and
# print what compadd was given, one <<word>> per line.
ZSH_CAPTURE = r"""
zmodload zsh/zpty || exit 1
zpty z zsh -f -i
zpty -w z "PROMPT='>' RPROMPT=''"
zpty -w z "fpath=(${1:h} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "compadd () { builtin compadd -O __hits \"\$@\"; print -l -- '<<'\${^__hits}'>>' }"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w z "echo BEGIN''MARK"
zpty -r z skip '*BEGINMARK*'
zpty -n -w z "$2"$'\t'
sleep 1
zpty -w z $'\x03'
zpty -w z "echo END''MARK"
zpty -r z out '*ENDMARK*'
print -r -- "$out"
zpty -d z
"""

# Loads the script into bash and calls the function it registers for `audiences`, as
# bash does on TAB.
BASH_CAPTURE = r"""
source "$1"
function=$(complete -p audiences | sed -E 's/.* -F ([^ ]+) .*/\1/')
read -r -a COMP_WORDS <<< "$2"
[[ "$2" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="$2"
COMP_POINT=${#COMP_LINE}
"$function" audiences "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
printf '<<%s>>\n' "${COMPREPLY[@]}"
"""


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {flag for action in parser._actions for flag in action.option_strings}


def expected() -> dict[str, set[str]]:
    """What TAB offers after each typed line, from the command tree."""
    top = build()
    commands = _subparsers(top)
    datasets = _subparsers(commands["datasets"])
    return {
        "audiences ": set(commands),
        "audiences da": {name for name in commands if name.startswith("da")},
        "audiences datasets ": set(datasets),
        "audiences mentions --so": {
            o for o in _options(commands["mentions"]) if o.startswith("--so")
        },
        "audiences completion ": {"bash", "zsh"},
    }


def _script(shell: str, folder: Path) -> Path:
    done = subprocess.run(
        [*COMMAND, "completion", shell], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (0, "")
    # zsh finds a completion by its file name on fpath: _audiences, as the guide says.
    path = folder / ("_audiences" if shell == "zsh" else "audiences.bash")
    path.write_text(done.stdout)
    return path


def _offered(output: str) -> set[str]:
    return set(re.findall(r"<<([^<>\s]+)>>", output))


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _script("bash", tmp_path_factory.mktemp("bash"))


@pytest.fixture(scope="module")
def zsh_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("zsh") is None:
        pytest.fail("zsh is not installed: run `make shells` (make test does it)")
    return _script("zsh", tmp_path_factory.mktemp("zsh"))


@pytest.mark.parametrize("line", list(expected()))
def test_bash_completes_commands_actions_and_options(bash_script: Path, line: str) -> None:
    done = subprocess.run(
        ["bash", "-c", BASH_CAPTURE, "capture", str(bash_script), line],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert done.stderr == ""
    assert _offered(done.stdout) == expected()[line]


@pytest.mark.parametrize("line", list(expected()))
def test_zsh_completes_commands_actions_and_options(zsh_script: Path, line: str) -> None:
    done = subprocess.run(
        ["zsh", "-f", "-c", ZSH_CAPTURE, "capture", str(zsh_script), line],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert _offered(done.stdout) == expected()[line]


def test_an_unknown_shell_is_a_usage_error() -> None:
    done = subprocess.run(
        [*COMMAND, "completion", "fish"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "argument shell: invalid choice: 'fish' (choose from 'bash', 'zsh')" in done.stderr
