"""Downloads: a file's bytes written where the caller says as they arrive, never held whole.

``destination(value)`` checks where the bytes go before anything is sent: a path, written
to a hidden temporary file beside it (``.NAME.XXXXXXXX.part``) and renamed to it at the
end, so a file at the path is always complete and nothing is left behind on failure; or a
binary file object, written from where it stands. Entered, it gives the ``FileSink`` the
driver feeds (``audiences._core.Sink``): a retried download starts the file over.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from audiences._errors import APIConnectionError, InvalidArgumentError


class FileSink:
    """Writes the body of a 200 into ``file``, from where the file stood when given.

    ``written`` counts the bytes of the current answer; ``streamed`` says whether the last
    answer's body came here (a 202 or an error is read in memory instead).
    """

    def __init__(self, file: IO[bytes], provider: str) -> None:
        self._file = file
        self._provider = provider
        self._start = file.tell() if _seekable(file) else None
        self.written = 0
        self.streamed = False

    def begin(self, status_code: int) -> Callable[[bytes], None] | None:
        """Take the body of a 200, starting the file over if an earlier attempt wrote."""
        self.streamed = status_code == 200
        if not self.streamed:
            return None
        if self.written:
            self._rewind()
        return self._write

    def _rewind(self) -> None:
        if self._start is None:
            raise APIConnectionError(
                f"{self._provider}: the download broke after {self.written:,} bytes, and the"
                " file it goes to cannot be rewound to start again (pass a path or a seekable"
                " file to have it retried)",
                provider=self._provider,
            )
        self._file.seek(self._start)
        self._file.truncate()
        self.written = 0

    def _write(self, chunk: bytes) -> None:
        done = 0
        while done < len(chunk):
            count = self._file.write(chunk[done:])
            if count is None:  # a file that writes everything and says nothing
                count = len(chunk) - done
            if count <= 0:
                raise OSError(f"the file took none of {len(chunk) - done} bytes")
            done += count
        self.written += len(chunk)


def _seekable(file: Any) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def destination(value: Any, provider: str) -> contextlib.AbstractContextManager[FileSink]:
    """Where a download goes, checked now (nothing is created until it is entered).

    A ``str`` or ``os.PathLike`` is a path in an existing folder; anything else must be a
    file opened for binary writing (``open(name, "wb")``, ``io.BytesIO()``).
    """
    if isinstance(value, str | os.PathLike):
        target = Path(value)
        if not target.parent.is_dir():
            raise InvalidArgumentError("destination", f"no folder {str(target.parent)!r}")
        if target.is_dir():
            raise InvalidArgumentError("destination", f"{str(target)!r} is a folder: name a file")
        return _replacing(target, provider)
    if isinstance(value, io.TextIOBase) or not callable(getattr(value, "write", None)):
        raise InvalidArgumentError(
            "destination", "must be a path or a file opened for binary writing ('wb')"
        )
    return contextlib.nullcontext(FileSink(value, provider))


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new, hidden file beside ``target``, with the permissions ``open()`` would give."""
    while True:
        temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue


@contextlib.contextmanager
def _replacing(target: Path, provider: str) -> Iterator[FileSink]:
    """A sink into a temporary file beside ``target``, renamed to it if the block ends
    without error, removed if it does not (an older file at ``target`` is left as it was)."""
    handle, temporary = _create_beside(target)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield FileSink(stream, provider)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
