"""The command line on a bad day: hang-ups and repeated signals, absurd numbers and broken
proxy variables, server text that would drive the terminal, and a fake a shell can source."""

from __future__ import annotations

import argparse
import json
import shlex
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from audiences import Buzzabout
from audiences._cli._parser import build
from audiences.testing import BUZZABOUT_KEY, SOURCE_DATASET, Fault

from tests.cli.conftest import COMMAND, Cli, Popen, Served, environment, run as run_cli
from tests.cli.test_signals import first_line

BIG = "ds_cli_bad_day"


# ------------------------------------------------------------------ signals during an export


def _held_export(served: Served, started: Popen, target: Path) -> tuple[Any, threading.Event]:
    """An export with its first page written and the second held by the server."""
    served.fake.add_dataset(BUZZABOUT_KEY, BIG, posts=350)
    release = threading.Event()

    def held(body: Any) -> Any:
        release.wait(30)
        return body

    served.fake.inject("list_mentions", Fault.change(lambda body: body))
    served.fake.inject("list_mentions", Fault.change(held))
    proc = started("export", "mentions", "--dataset-id", BIG, "-o", str(target), env=served.env)
    assert proc.stderr is not None
    assert "100 rows, 1 page" in proc.stderr.readline()
    assert [p.name.endswith(".part") for p in target.parent.iterdir()] == [True]
    return proc, release


@pytest.mark.parametrize(
    ("signals", "code", "said"),
    [
        ([signal.SIGHUP], 129, "audiences: hung up"),
        ([signal.SIGTERM, signal.SIGTERM], 143, "audiences: terminated"),
        ([signal.SIGHUP, signal.SIGTERM, signal.SIGHUP], 129, "audiences: hung up"),
    ],
    ids=["SIGHUP", "SIGTERM twice", "SIGHUP, SIGTERM, SIGHUP"],
)
def test_a_hang_up_or_repeated_signals_leave_no_file_and_one_line(
    served: Served,
    started: Popen,
    tmp_path: Path,
    signals: list[signal.Signals],
    code: int,
    said: str,
) -> None:
    proc, release = _held_export(served, started, tmp_path / "m.jsonl")
    try:
        for sent in signals:  # 1 ms apart: the next arrives while the first is handled
            proc.send_signal(sent)
            time.sleep(0.001)
        out, err = proc.communicate(timeout=30)
    finally:
        release.set()
    assert (proc.returncode, out, err) == (code, "", f"{said}\n")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ never a traceback


@pytest.mark.parametrize(
    ("args", "variables", "said"),
    [
        (["mentions", "--limit", "99999999999999999999999"], {}, "argument --limit: '9999"),
        (["datasets", "list", "--timeout", "1e300"], {}, "audiences: --timeout: must be at most"),
        (["wait", "pattern-detection", "{run}", "--timeout", "1e300"], {}, "audiences: --timeout"),
        (["datasets", "list"], {"ALL_PROXY": "socks5://127.0.0.1:1080"}, "audiences: ALL_PROXY: "),
        (["datasets", "list"], {"HTTPS_PROXY": "::::"}, "audiences: HTTPS_PROXY: not a proxy URL"),
    ],
    ids=["huge --limit", "huge --timeout", "huge wait --timeout", "socks proxy", "bad proxy URL"],
)
def test_absurd_numbers_and_broken_proxies_end_in_a_line_and_exit_2(
    served: Served, args: list[str], variables: dict[str, str], said: str
) -> None:
    env = dict(served.env)
    if variables:  # the vendor's own https host, so that the proxy variable is read
        env = {k: v for k, v in env.items() if not k.endswith("_BASE_URL")} | variables
    with Buzzabout(api_key=BUZZABOUT_KEY, base_url=served.env["BUZZABOUT_BASE_URL"]) as bz:
        run = bz.pattern_detections.create(
            dataset_id=SOURCE_DATASET, name="n", research_question="q"
        )
    ran = run_cli(tuple(arg.replace("{run}", run.id) for arg in args), env)
    assert (ran.code, ran.out, "Traceback" in ran.err) == (2, "", False), ran.err
    last = ran.err.splitlines()[-1]
    assert said in last
    if last.startswith("audiences: "):  # the CLI's own message: that line alone
        assert ran.err == last + "\n"


def test_a_proxy_variable_never_reaches_a_loopback_fake(served: Served) -> None:
    proxies = {"HTTP_PROXY": "::::", "ALL_PROXY": "http://127.0.0.1:9"}
    ran = run_cli(("datasets", "list", "--json"), {**served.env, **proxies})
    assert (ran.code, ran.err) == (0, "")
    assert SOURCE_DATASET in [d["id"] for d in ran.json()]


# ------------------------------------------------------------------ what a server's text can do


def _named(*names: str) -> Any:
    def rename(body: Any) -> Any:
        for item, name in zip(body["data"], names, strict=False):
            item["name"] = name
        return body

    return rename


def test_control_characters_from_a_server_are_shown_escaped_in_tables(
    served: Served, cli: Cli
) -> None:
    served.fake.inject("list_datasets", Fault.change(_named("\x1b[2Jowned\x07", "tab\there")))
    ran = cli("datasets", "list", env=served.env)
    assert ran.code == 0
    assert "\x1b" not in ran.out and "\x07" not in ran.out
    assert "\\x1b[2Jowned\\x07" in ran.out
    assert "tab here" in ran.out  # whitespace reads as a space, as before


def test_json_output_keeps_a_lone_surrogate_exactly(served: Served, cli: Cli) -> None:
    served.fake.inject("list_datasets", Fault.change(_named("half \ud800 a pair")))
    ran = cli("datasets", "list", "--json", env=served.env)
    assert ran.code == 0
    assert json.loads(ran.out)[0]["name"] == "half \ud800 a pair"


# ------------------------------------------------------------------ a fake a shell can source


def test_the_fake_prints_lines_a_shell_can_eval(served: Served, started: Popen) -> None:
    proc = started("fake", "--env", "--port", "0", env={})
    lines = [first_line(proc.stdout) for _ in range(6)]
    script = "".join(lines) + 'printf "%s\\n" "$BUZZABOUT_BASE_URL" "$LEADPIPE_API_KEY"'
    shown = subprocess.run(
        ["sh", "-c", script], check=True, capture_output=True, text=True, timeout=30
    ).stdout.split()
    listed = subprocess.run(
        ["sh", "-c", "".join(lines) + f"exec {shlex.join(COMMAND)} datasets list --json"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment({}),
    )
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=30)
    assert [line.split("=", 1)[0] for line in lines] == [
        f"export {vendor}_{what}"
        for vendor in ("BUZZABOUT", "AUDIENCELAB", "LEADPIPE")
        for what in ("BASE_URL", "API_KEY")
    ]
    assert (
        shown[0].startswith("http://127.0.0.1:")
        and shown[1] == shlex.split(lines[5])[1].split("=")[1]
    )
    assert (listed.returncode, listed.stderr) == (0, "")
    assert proc.returncode == 0


def test_the_fakes_help_shows_every_default(cli: Cli) -> None:
    fake = next(
        parser
        for action in build()._subparsers._group_actions  # type: ignore[union-attr]
        for name, parser in getattr(action, "choices", {}).items()
        if name == "fake"
    )
    defaults = {
        action.option_strings[0]: action.default
        for action in fake._actions
        if action.option_strings and action.default not in (None, False, argparse.SUPPRESS)
    }
    assert set(defaults) >= {"--port", "--speed"}
    shown = " ".join(cli("fake", "--help", env={}).out.split())
    for option, default in defaults.items():
        said = f"default {default:g}" if isinstance(default, float) else f"default {default}"
        help_text = " ".join(
            next(a.help for a in fake._actions if option in a.option_strings).split()
        )
        assert said in help_text and help_text in shown, option
    assert "--env" in shown
