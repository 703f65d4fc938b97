"""What people see (tables, readable lines, with or without rich) and what scripts read."""

from __future__ import annotations

import datetime as dt
import os
import pty
import re
import subprocess

import pytest
from audiences import Buzzabout
from audiences.testing import SOURCE_DATASET, SOURCE_PATTERN, FakeProcess

from tests.cli.conftest import COMMAND, Cli, environment

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
NAME = "[bold]cold[/bold] brew :coffee: [status]"  # rich markup, an emoji code, brackets


def on_a_terminal(*args: str, env: dict[str, str], timeout: float = 60) -> tuple[int, str]:
    """Run ``audiences *args`` with stdout and stderr on a pseudo-terminal: its exit code and
    what the terminal received (escape sequences removed, carriage returns as new lines)."""
    parent, child = pty.openpty()
    proc = subprocess.Popen(
        [*COMMAND, *args],
        env=environment({"TERM": "xterm", "COLUMNS": "160", "LINES": "40", **env}),
        stdin=subprocess.DEVNULL,
        stdout=child,
        stderr=child,
    )
    os.close(child)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(parent, 65536)
        except OSError:  # EIO: the child side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(parent)
    code = proc.wait(timeout=timeout)
    seen = ANSI.sub("", b"".join(chunks).decode()).replace("\r\n", "\n").replace("\r", "\n")
    return code, seen


def stamp(when: dt.datetime | None) -> str:
    assert when is not None
    return when.strftime("%Y-%m-%d %H:%M:%S")


def test_one_result_reads_as_aligned_lines(fake: FakeProcess, cli: Cli) -> None:
    with Buzzabout(api_key=fake.keys["buzzabout"], base_url=fake.base_url) as bz:
        dataset = bz.datasets.get(SOURCE_DATASET)
    ran = cli("datasets", "get", SOURCE_DATASET)
    assert (ran.code, ran.err) == (0, "")
    assert ran.out.splitlines() == [
        f"id              {dataset.id}",
        f"name            {dataset.name}",
        f"mentions_count  {dataset.mentions_count}",
        f"url             {dataset.url}",
        f"created_at      {stamp(dataset.created_at)}",
        f"updated_at      {stamp(dataset.updated_at)}",
    ]


def test_a_list_reads_as_a_table_and_json_is_to_dict(fake: FakeProcess, cli: Cli) -> None:
    with Buzzabout(api_key=fake.keys["buzzabout"], base_url=fake.base_url) as bz:
        expected = [d.to_dict() for d in bz.datasets.list(order="asc")][:3]
    listed = cli("datasets", "list", "--order", "asc", "--limit", "3", "--json")
    assert (listed.code, listed.json()) == (0, expected)
    table = cli("datasets", "list", "--order", "asc", "--limit", "3").out.splitlines()
    assert re.split(r"  +", table[0]) == ["id", "name", "mentions", "created"]
    assert [re.split(r"  +", row)[0] for row in table[1:]] == [d["id"] for d in expected]


def test_nested_values_read_as_words_and_sub_tables(cli: Cli) -> None:
    ran = cli("pattern", SOURCE_PATTERN)
    assert ran.code == 0
    lines = ran.out.splitlines()
    assert lines[0] == f"id       {SOURCE_PATTERN}"
    assert re.split(r"  +", lines[2]) == ["items", "item id", "posts", "title"]
    assert "{" not in ran.out  # no Python repr, no JSON for people
    item = re.split(r"  +", lines[3].strip())[0]
    shown = cli("pattern", SOURCE_PATTERN, "--item", item).out
    assert re.search(r"^post_refs +id +source$", shown, re.MULTILINE)


def test_rich_prints_values_as_text_never_as_markup(fake: FakeProcess, cli: Cli) -> None:
    made = cli("datasets", "create", "--name", NAME, "--json").json()
    code, seen = on_a_terminal("datasets", "get", made["id"], env=fake.env)
    assert code == 0
    assert re.split(r"  +", seen.splitlines()[1].rstrip()) == ["name", NAME]
    code, seen = on_a_terminal("datasets", "list", "--limit", "50", env=fake.env)
    assert code == 0
    assert "─" in seen  # a rich table
    row = next(line for line in seen.splitlines() if made["id"] in line)
    assert NAME in row


def test_the_progress_label_keeps_its_status(fake: FakeProcess, cli: Cli) -> None:
    made = cli("audience-datasets", "create", "--name", "bar", "--json").json()
    code, seen = on_a_terminal(
        "audience-datasets", "start-run", made["id"], "--source-dataset-id", SOURCE_DATASET,
        "--wait", env=fake.env,
    )  # fmt: skip
    assert code == 0
    assert "audience-dataset-run [completed]" in seen
    assert re.search(r"^status +completed$", seen, re.MULTILINE)


def test_without_rich_tables_and_progress_are_plain_text(
    fake: FakeProcess, cli: Cli, without_rich: dict[str, str]
) -> None:
    env = {**fake.env, **without_rich}
    code, seen = on_a_terminal("datasets", "list", "--limit", "2", env=env)
    assert code == 0
    assert re.split(r"  +", seen.splitlines()[0]) == ["id", "name", "mentions", "created"]
    assert "─" not in seen
    made = cli("audience-datasets", "create", "--name", "plain", "--json").json()
    ran = cli("audience-datasets", "start-run", made["id"], "--source-dataset-id",
              SOURCE_DATASET, "--wait", env=env)  # fmt: skip
    assert ran.code == 0
    assert re.search(r"^  audience-dataset-run: completed +100%$", ran.err, re.MULTILINE)


@pytest.mark.parametrize("limit", [1, 3, 20])
def test_mentions_show_limit_rows(cli: Cli, limit: int) -> None:
    ran = cli("mentions", "--dataset-id", SOURCE_DATASET, "--limit", str(limit))
    assert (ran.code, len(ran.out.splitlines())) == (0, 1 + limit)
