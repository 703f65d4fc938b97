"""Reading a response body with a size limit that holds after decompression.

httpx decodes gzip a whole network chunk at a time, so a 64 KB chunk of a compression
bomb becomes tens of megabytes before anyone can count it. ``BodyReader`` decodes the raw
bytes itself, a bounded piece at a time, and stops at the limit: memory stays within the
limit plus one piece, whatever the server sends. A download gives the reader a ``write``
function instead: each decoded piece goes to it as it comes, and nothing is kept.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

PIECE = 64 * 1024
ACCEPT_ENCODING = "gzip, deflate"  # what we can decode within the limit


class BodyReader:
    """Collects a body from raw chunks, decoding ``content-encoding`` within ``limit`` bytes.

    After the last chunk, ``problem`` says why the body is unusable (too large, an encoding
    we did not ask for, corrupt compressed data), or is ``None``. With ``write`` (a
    download), each decoded piece goes to it instead: no limit applies, nothing is kept.
    """

    def __init__(
        self, encoding: str | None, limit: int, write: Callable[[bytes], None] | None = None
    ) -> None:
        self.limit = limit
        self._write = write
        self.problem: str | None = None
        self._parts: list[bytes] = []
        self._size = 0
        self._decoder: zlib._Decompress | None = None
        self._deflate = False
        self._fed = False
        word = (encoding or "identity").strip().lower()
        if word in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif word == "deflate":
            self._decoder = zlib.decompressobj(zlib.MAX_WBITS)
            self._deflate = True
        elif word != "identity":
            self.problem = (
                f"content-encoding {word!r} was not asked for (we accept {ACCEPT_ENCODING})"
            )

    @property
    def done(self) -> bool:
        """Whether reading can stop (the body is complete or unusable)."""
        return self.problem is not None

    def feed(self, chunk: bytes) -> None:
        """Take the next raw chunk."""
        if self.problem is not None:
            return
        if self._decoder is None:
            self._keep(chunk)
            return
        self._fed = self._fed or bool(chunk)
        try:
            self._inflate(chunk)
        except zlib.error as exc:
            if self._deflate and not self._parts and self._size == 0:
                # "deflate" is sent as raw deflate as often as zlib-wrapped: try that once.
                self._decoder, self._deflate = zlib.decompressobj(-zlib.MAX_WBITS), False
                self.feed(chunk)
                return
            self.problem = f"corrupt {'deflate' if self._deflate else 'gzip'} data ({exc})"

    def _inflate(self, data: bytes) -> None:
        assert self._decoder is not None
        while data and self.problem is None:
            self._keep(self._decoder.decompress(data, PIECE))
            data = self._decoder.unconsumed_tail
            if self._decoder.eof and self._decoder.unused_data:
                # Concatenated gzip members: start the next one.
                data = self._decoder.unused_data
                self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _keep(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._write is not None:  # a download: each piece goes on as it comes
            if piece:
                self._write(piece)
            return
        if self._size > self.limit:
            self.problem = f"the body is larger than the limit of {self.limit:,} bytes"
            self._parts.clear()
            return
        if piece:
            self._parts.append(piece)

    def body(self) -> bytes:
        """The decoded body, once the last chunk is in (empty when there is a problem)."""
        if self.problem is None and self._fed and self._decoder and not self._decoder.eof:
            self.problem = "the compressed body ends early"
        return b"" if self.problem is not None else b"".join(self._parts)
