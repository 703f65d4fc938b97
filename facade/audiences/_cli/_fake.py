"""``audiences fake``: the embedded fake over HTTP on loopback, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import errno
import json
import shlex
import sys
import threading
from typing import Any

from audiences._cli._errors import Terminated, UsageError
from audiences._cli._session import Session


def _describe(said: dict[str, Any]) -> list[str]:
    from audiences.testing._rows import READY_IDS_SAY  # noqa: PLC0415 - only this command

    lines = [f"serving Buzzabout, AudienceLab and Leadpipe on {said['base_url']}"]
    env = said["env"]
    pairs = [
        (f"{name}_BASE_URL={env[name + '_BASE_URL']}", f"{name}_API_KEY={env[name + '_API_KEY']}")
        for name in map(str.upper, said["keys"])
    ]
    width = max(len(url) for url, _ in pairs)
    lines += [f"  {url:<{width}}  {key}" for url, key in pairs]
    lines.append("ready-made ids:")
    id_width = max(len(value) for value in said["ids"].values())
    lines += [f"  {said['ids'][name]:<{id_width}}  {READY_IDS_SAY[name]}" for name in said["ids"]]
    lines.append("press Ctrl-C to stop")
    return lines


def _exports(said: dict[str, Any]) -> list[str]:
    """Lines a shell can ``eval`` or source: the six variables, then the ids as comments."""
    lines = [f"export {name}={shlex.quote(value)}" for name, value in said["env"].items()]
    lines += [f"# {name}: {shlex.quote(value)}" for name, value in said["ids"].items()]
    return lines


def serve(session: Session) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM, both a clean stop)."""
    from audiences.testing import FakeAPIs, ScaledClock  # noqa: PLC0415 - only this command
    from audiences.testing._process import describe  # noqa: PLC0415

    args = session.args
    fake = FakeAPIs(ScaledClock(speed=args.speed))
    try:
        server = fake.serve(port=args.port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"--port {args.port} is taken (--port 0 picks a free one)") from None
        raise UsageError(f"--port {args.port}: {exc.strerror or exc}") from None
    try:
        said = describe(server.base_url)
        if args.env:
            shown = "\n".join(_exports(said))
            print(f"serving on {said['base_url']}; Ctrl-C stops it", file=sys.stderr, flush=True)
        elif session.out.as_json:
            shown = json.dumps(said)
        else:
            shown = "\n".join(_describe(said))
        print(shown, flush=True)
        threading.Event().wait()
    except (KeyboardInterrupt, Terminated):
        pass  # the way to stop it
    finally:
        server.stop()
    if not (session.out.as_json or args.env):
        print("stopped", flush=True)
