"""A canned HTTP/1.1 server of list pages, run as its own process, for the paging benchmark.

Serves ``POST /v1/audience_profiles``: ``PAGES`` pages of 100 items (the documents'
profile), each page's cursor read from the request body, so a client walks the cursors
exactly as it would against the API. Prints its port.
"""

from __future__ import annotations

import asyncio
import json
import sys

from tests.data import AUDIENCE_PROFILE

PAGES = 1000
SIZE = 100
PATH = b"/v1/audience_profiles"
_ITEMS = json.dumps([{**AUDIENCE_PROFILE, "id": f"ap_{i:03d}"} for i in range(SIZE)]).encode()
_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"


def _answer(path: bytes, body: bytes) -> bytes:
    if path != PATH:
        return _NOT_FOUND
    cursor = json.loads(body).get("cursor") if body else None
    page = int(cursor[1:]) if cursor else 0
    more = page + 1 < PAGES
    tail = (
        f',"has_next":true,"cursor":"c{page + 1}"}}' if more else ',"has_next":false,"cursor":null}'
    )
    content = b'{"status":"success","data":' + _ITEMS + tail.encode()
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(content)}\r\n\r\n"
    return head.encode() + content


class _Pages(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, rest = self.buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(rest) < length:
                return
            path = head.split(b" ")[1]
            self.buffer = rest[length:]
            self.transport.write(_answer(path, rest[:length]))  # type: ignore[attr-defined]


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Pages, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
