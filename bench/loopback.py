"""A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with one fixed reply.

Run in its own process (`python -m bench.loopback BODY_FILE`), so the client
under test has a core and the GIL to itself; it prints its port, then serves
until stdin closes. It does no routing or checking: the server must not be
what the client-overhead figures measure.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


class _Reply(asyncio.Protocol):
    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            length = 0
            for line in self.buffer[:end].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            assert self.transport is not None
            self.transport.write(self.reply)


async def _serve(body: bytes) -> None:
    reply = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Reply(reply), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes our stdin
    server.close()


def main() -> None:
    asyncio.run(_serve(Path(sys.argv[1]).read_bytes()))


if __name__ == "__main__":
    main()
