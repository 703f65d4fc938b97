"""A canned HTTP/1.1 server of one run's CSV export, run as its own process, for the
download benchmark.

Serves ``GET /v1/intent/audiences/aud_1/runs/run_1/export.csv``: ``ROWS`` rows of the
get-people columns, as Leadpipe's export sends them (``text/csv``, with its two
documented headers), made once at start. Prints its port, then the body's size.
"""

from __future__ import annotations

import asyncio
import sys

ROWS = 300_000
PATH = b"/v1/intent/audiences/aud_1/runs/run_1/export.csv"
COLUMNS = (
    "hashedEmail,firstName,lastName,jobTitle,company.name,company.domain,company.industry,"
    "city,state,country,linkedinUrl,matchedTopics,score"
)


def body(rows: int = ROWS) -> bytes:
    """The CSV: a header and ``rows`` rows of plausible people."""
    lines = [COLUMNS]
    for i in range(rows):
        lines.append(
            f"{i:064x},Ada{i % 97},Lovelace{i % 89},Head of Data,Acme {i % 1000},"
            f"acme{i % 1000}.example,Software,Austin,TX,US,"
            f"https://www.linkedin.com/in/ada-{i},CRM;Marketing ROI,{50 + i % 50}"
        )
    return ("\r\n".join(lines) + "\r\n").encode()


_BODY = body()
_HEAD = (
    "HTTP/1.1 200 OK\r\ncontent-type: text/csv; charset=utf-8\r\n"
    f"content-length: {len(_BODY)}\r\nx-export-row-cap: 300000\r\n"
    "x-clickhouse-query-id: bench\r\n\r\n"
).encode()
_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"


class _Export(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
            path = head.split(b" ")[1]
            answer = _HEAD + _BODY if path == PATH else _NOT_FOUND
            self.transport.write(answer)  # type: ignore[attr-defined]


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Export, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    print(len(_BODY), flush=True)
    sys.stdout.close()
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
