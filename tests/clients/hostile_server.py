"""A loopback server that misbehaves on purpose, one scripted answer per connection."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from types import TracebackType

Behaviour = Callable[[socket.socket], None]


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    conn.settimeout(5)
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
            while len(body) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                body += chunk
    return head


def head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode()


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class HostileServer:
    def __init__(self, behaviour: Behaviour, host: str = "127.0.0.1") -> None:
        self.behaviour = behaviour
        self.requests: list[bytes] = []
        self._sock = socket.create_server((host, 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._sock.getsockname()[:2]
        return f"http://{host}:{port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            self.requests.append(_read_request(conn))
            self.behaviour(conn)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._sock.close()
        self._thread.join(timeout=5)


def drip(seconds: float) -> Behaviour:
    """A valid status line, then one byte of body every 0.1 s for `seconds` (bounded)."""

    def behave(conn: socket.socket) -> None:
        conn.sendall(
            head("200 OK", {"Content-Type": "application/json", "Content-Length": "100000"})
        )
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            conn.sendall(b" ")
            time.sleep(0.1)

    return behave


def endless(seconds: float) -> Behaviour:
    """A chunked body that keeps coming as fast as it can, for at most `seconds`."""

    def behave(conn: socket.socket) -> None:
        conn.sendall(
            head("200 OK", {"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
        )
        chunk = b"[" + b"1," * 32768
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            conn.sendall(frame)

    return behave


def answer(status: str, body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    def behave(conn: socket.socket) -> None:
        fields = {"Content-Length": str(len(body)), **(headers or {})}
        conn.sendall(head(status, fields) + body)

    return behave


def truncated(conn: socket.socket) -> None:
    conn.sendall(head("200 OK", {"Content-Type": "application/json", "Content-Length": "100"}))
    conn.sendall(b'{"message": "cut')


def reset_mid_response(conn: socket.socket) -> None:
    conn.sendall(head("200 OK", {"Content-Type": "application/json", "Content-Length": "100"}))
    conn.sendall(b'{"message": ')
    time.sleep(0.05)
    reset(conn)
