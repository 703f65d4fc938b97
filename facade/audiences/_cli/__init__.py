"""The ``audiences`` command line (also ``python -m audiences``).

    audiences datasets list
    audiences mentions --dataset-id ds_... --filter sentiment=positive --limit 5
    audiences --json wait audience-dataset-run AUDIENCE_DATASET_ID RUN_ID
    audiences export profiles --audience-dataset-id ad_... --output profiles.csv

``main`` turns every error into one line on stderr and an exit code (``_errors.py``):
0 success, 2 usage, 3 API error, 4 timeout or failed run, 130 Ctrl-C. A closed pipe
(``| head``) ends quietly. The modules: ``_parser.py`` and ``_options.py`` (the command
tree), ``_commands.py`` (what the commands do), ``_session.py`` (clients, limits,
waiting), ``_output.py`` and ``_views.py`` (printing), ``_filters.py`` (``--filter``),
``_export.py``, ``_fake.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from types import FrameType

from audiences import (
    APITimeoutError,
    AudiencesError,
    InvalidArgumentError,
    MissingAPIKeyError,
    Run,
    RunFailedError,
    RunNotReadyError,
    WaitTimeoutError,
)
from audiences._cli import _errors as exits
from audiences._cli._errors import Interrupted, Terminated, UsageError, one_line
from audiences._cli._parser import build
from audiences._cli._session import Session, wait_again

__all__ = ["main"]


def _say(message: str) -> None:
    print(f"audiences: {one_line(message)}", file=sys.stderr, flush=True)


_ENDINGS = (signal.SIGTERM, signal.SIGHUP)  # raise Terminated: the block cleans up
_ONCE_ENDING = (*_ENDINGS, signal.SIGINT)  # ignored once one came, while cleaning up


def _terminate(signum: int, frame: FrameType | None) -> None:
    # The first signal ends the command; one that follows (a second SIGTERM 1 ms later,
    # SIGHUP then SIGTERM as a terminal closes) must not interrupt its cleaning up.
    for ending in _ONCE_ENDING:
        signal.signal(ending, signal.SIG_IGN)
    raise Terminated(signum)


@contextlib.contextmanager
def _terminating() -> Iterator[None]:
    """SIGTERM and SIGHUP raise ``Terminated`` for the block, so that what was started is
    cleaned up (once: the signals that follow are ignored, until the process ends)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {ending: signal.getsignal(ending) for ending in _ONCE_ENDING}
    for ending in _ENDINGS:
        signal.signal(ending, _terminate)
    try:
        yield
    finally:
        # Once one came, the process is ending: the signals stay ignored until it has.
        if signal.getsignal(signal.SIGTERM) is _terminate:
            for ending, handler in previous.items():
                signal.signal(ending, handler)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed command line, or the exit code argparse chose (usage, --help)."""
    try:
        return build().parse_args(argv)
    except SystemExit as exit_:
        code = exit_.code
        return exits.OK if code is None else code if isinstance(code, int) else exits.USAGE


def _closed_pipe() -> int:
    # Python would complain again when flushing stdout at exit: point it at nothing.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return exits.OK


def _again(run: Run) -> str:
    hint = wait_again(run)
    return f" ({hint})" if hint else ""


def _run(session: Session) -> int:  # noqa: PLR0911 - one return per kind of ending
    try:
        session.args.handler(session)
        sys.stdout.flush()
    except BrokenPipeError:
        return _closed_pipe()
    except (KeyboardInterrupt, Interrupted) as stop:
        _say(str(stop) if isinstance(stop, Interrupted) else "interrupted")
        return exits.INTERRUPTED
    except Terminated as ended:
        return _ended(ended)
    except UsageError as exc:
        _say(str(exc))
        return exits.USAGE
    except MissingAPIKeyError as exc:
        _say(f"{exc.variable} is not set: the API key (see audiences --help)")
        return exits.USAGE
    except InvalidArgumentError as exc:
        _say(session.problem(exc))
        return exits.USAGE
    except (WaitTimeoutError, RunNotReadyError, RunFailedError) as exc:
        _say(f"{exc}{'' if isinstance(exc, RunFailedError) else _again(exc.run)}")
        return exits.TIMEOUT
    except APITimeoutError as exc:
        _say(f"{exc} (--timeout SECONDS gives requests longer)")
        return exits.TIMEOUT
    except AudiencesError as exc:  # APIError, and any other error of the package
        _say(str(exc))
        return exits.API
    except OSError as exc:  # writing a file (a full disk): not the APIs
        _say(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        return exits.FAILED
    return exits.OK


def _ended(ended: Terminated) -> int:
    hung_up = ended.signum == signal.SIGHUP
    _say("hung up" if hung_up else "terminated")
    return exits.HUNG_UP if hung_up else exits.TERMINATED


def _tolerant_streams() -> None:
    # A character the terminal cannot show becomes "?" rather than an error.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    try:
        _tolerant_streams()
        args = _parse(argv)
        if isinstance(args, int):
            return args
        session = Session(args)
        with _terminating():
            try:
                return _run(session)
            finally:
                session.close()
    except KeyboardInterrupt:  # before a command started, or while clients closed
        _say("interrupted")
        return exits.INTERRUPTED
    except Terminated as ended:  # while clients closed
        return _ended(ended)
