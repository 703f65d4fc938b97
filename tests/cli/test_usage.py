"""Help, global options and usage errors: what a newcomer meets first."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from audiences._cli import main
from audiences._cli._parser import build
from audiences._cli._session import WAIT_KINDS
from audiences.testing import FakeProcess

from tests.cli.conftest import Cli

ROOT = Path(__file__).resolve().parents[2]
VARIABLES = {
    vendor: (f"{vendor.upper()}_API_KEY", f"{vendor.upper()}_BASE_URL")
    for vendor in ("buzzabout", "audiencelab", "leadpipe")
}
LOCAL = {"fake", "demo", "completion"}  # the commands that need no key


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command of the tree, groups included, with its words."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from commands(child, (*path, name))


EVERY = [path for path, _ in commands(build()) if path]


def test_the_top_help_names_the_commands_variables_and_exit_codes(cli: Cli) -> None:
    ran = cli("--help")
    assert (ran.code, ran.err) == (0, "")
    for name in ("datasets", "mentions", "profiles", "pattern", "export", "wait", "fake"):
        assert re.search(rf"^    {name} +\S", ran.out, re.MULTILINE), name
    for variables in VARIABLES.values():
        assert all(variable in ran.out for variable in variables)
    codes = re.findall(r"^  (\d+) ", ran.out.split("exit codes:")[1], re.MULTILINE)
    assert codes == ["0", "2", "3", "4", "130", "129"]


@pytest.mark.parametrize("path", EVERY, ids=" ".join)
def test_every_command_has_a_description_and_names_its_variables(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*path, "--help"]) == 0
    shown = capsys.readouterr().out
    parser = dict(commands(build()))[path]
    assert parser.description, path
    assert parser.description.splitlines()[0] in shown
    if path[0] in LOCAL:
        return
    named = [key for key, _ in VARIABLES.values() if key in shown]
    assert named, "no API key variable in the help"
    assert all(base in shown for key, base in VARIABLES.values() if key in named)


@pytest.mark.parametrize(
    "argv",
    [
        ["--json", "datasets", "list", "--limit", "1"],
        ["datasets", "--json", "list", "--limit", "1"],
        ["datasets", "list", "--limit", "1", "--json"],
        ["--timeout", "20", "datasets", "list", "--json", "--limit", "1"],
        ["datasets", "list", "--timeout", "20", "--limit", "1", "--json"],
    ],
)
def test_global_options_go_before_or_after_the_command(cli: Cli, argv: list[str]) -> None:
    ran = cli(*argv)
    assert (ran.code, ran.err) == (0, "")
    assert len(ran.json()) == 1


def test_a_timeout_after_the_command_wins_over_one_before(slow_fake: FakeProcess, cli: Cli) -> None:
    audience = slow_fake.ids["intent_audience"]
    queued = cli("intent-runs", "queue", audience, "--json", env=slow_fake.env).json()
    ran = cli(
        "--timeout", "600", "wait", "intent-run", audience, queued["id"], "--timeout", "0",
        env=slow_fake.env,
    )  # fmt: skip
    assert ran.code == 4
    assert ran.err.endswith(
        f"still queued after waiting 0 s (`audiences wait intent-run {audience} {queued['id']}`"
        " waits again)\n"
    )


def test_bad_filters_json_names_the_option(cli: Cli) -> None:
    ran = cli("mentions", "--filters", "[[{")
    assert (ran.code, ran.out) == (2, "")
    assert ran.err.startswith("audiences: --filters: not valid JSON (")
    ran = cli("mentions", "--filters", '{"type": "sentiment"}')
    assert (ran.code, ran.err) == (
        2,
        "audiences: --filters: must be a list of AND-groups: [[a, b], [c]]\n",
    )
    ran = cli("create-audience", "--name", "x", "--filters", "city=NYC")
    assert ran.code == 2
    assert ran.err.startswith("audiences: --filters: not valid JSON (")


def test_a_missing_key_names_its_variable(fake: FakeProcess, cli: Cli) -> None:
    no_key = {k: v for k, v in fake.env.items() if k != "BUZZABOUT_API_KEY"}
    ran = cli("datasets", "list", env=no_key)
    assert (ran.code, ran.out) == (2, "")
    assert (
        ran.err == "audiences: BUZZABOUT_API_KEY is not set: the API key (see audiences --help)\n"
    )
    no_key = {k: v for k, v in fake.env.items() if k != "LEADPIPE_API_KEY"}
    ran = cli("intent-runs", "list", fake.ids["intent_audience"], env=no_key)
    assert (ran.code, ran.err.split(":")[1].strip()) == (2, "LEADPIPE_API_KEY is not set")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["no-such-command"], "argument COMMAND: invalid choice: 'no-such-command'"),
        (["mentions", "--limit", "0"], "argument --limit: '0' is not a whole number of 1 or more"),
        (["wait", "--timeout", "soon", "pattern-detection", "r"], "'soon' is not a number"),
        (["datasets", "start-run", "ds", "--from", "May 1"], "'May 1' is not a date (YYYY-MM-DD)"),
        (["mentions", "--filter", "a=b", "--filters", "[]"], "not allowed with argument"),
        (["export", "mentions", "--output", "rows.txt"], "--format: jsonl or csv"),
    ],
)
def test_usage_errors_exit_2_with_one_line_and_no_traceback(
    cli: Cli, argv: list[str], said: str
) -> None:
    ran = cli(*argv)
    assert (ran.code, ran.out) == (2, "")
    assert said in ran.err
    assert "Traceback" not in ran.err


def test_an_argument_the_api_would_refuse_names_the_option(cli: Cli) -> None:
    ran = cli("datasets", "start-run", "ds_fake_no_runs", "--query", "x", "--source", "reddit",
              "--count", "5")  # fmt: skip
    assert (ran.code, ran.err) == (2, "audiences: --count: must be at least 20 (got 5)\n")
    ran = cli("datasets", "start-run", "ds_fake_no_runs", "--source", "reddit")
    assert ran.code == 2
    assert ran.err.startswith("audiences: --query: ")
    ran = cli("datasets", "start-run", "ds_fake_no_runs", "--url", "reddit")
    assert ran.err == "audiences: --url 'reddit': write SOURCE=URL, or SOURCE=URL#TEXT for Reddit\n"


def wait_lines(text: str) -> dict[str, str]:
    """``wait KIND IDS`` as a page writes them: the ids of each kind."""
    found = re.findall(r"wait ([a-z-]+) ((?:[A-Z_]+ ?)+)", text)
    return {kind: ids.strip() for kind, ids in found}


@pytest.mark.parametrize("page", ["README.md", "docs/guide/cli.md"])
def test_the_docs_wait_lines_match_what_each_kind_takes(page: str) -> None:
    expected = {name: " ".join(kind.ids) for name, kind in WAIT_KINDS.items()}
    assert wait_lines((ROOT / page).read_text()) == expected


def test_wait_help_lists_each_kind_with_its_ids(cli: Cli) -> None:
    shown = cli("wait", "--help").out
    for name, kind in WAIT_KINDS.items():
        assert re.search(rf"^  {name} +{' '.join(kind.ids)}$", shown, re.MULTILINE), name
