"""The emulator on a loopback port: stdlib HTTP/1.1 with keep-alive, recording, faults, signing.

`MockServer` is what tests use; the CLI's `mock` command serves one the same
way. Each connection is served by its own daemon thread; stopping closes the
connections still open so no thread outlives the server for long.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from generator.ir.model import Api
from generator.mock.auth import SessionStore
from generator.mock.control import PREFIX, control_reply
from generator.mock.emulator import Emulator
from generator.mock.faults import Fault, FaultQueue, make_fault
from generator.mock.received import Received
from generator.mock.responses import Reply, json_reply
from generator.mock.signing import DEVELOPMENT_SEED, Mode, ResponseSigner

HOST = "127.0.0.1"
_NO_BODY_STATUSES = (204, 304)


class MockServer:
    """Serves `api` on 127.0.0.1; a context manager that runs it in a daemon thread."""

    def __init__(self, api: Api, *, port: int = 0, signing_seed: bytes | None = None) -> None:
        self.api = api
        self._lock = threading.Lock()
        self._requests: list[dict[str, Any]] = []
        self._faults = FaultQueue()
        self._sessions = SessionStore()
        self.emulator = Emulator(api, self._sessions)
        self.signer: ResponseSigner | None = None
        if api.response_signature is not None:
            self.signer = ResponseSigner(api.response_signature, signing_seed or DEVELOPMENT_SEED)
        self._httpd = _HttpServer(self, port)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def public_key_hex(self) -> str | None:
        return self.signer.public_key_hex if self.signer else None

    @property
    def requests(self) -> list[dict[str, Any]]:
        """A copy of every request recorded so far, oldest first."""
        with self._lock:
            return [dict(r, headers=[list(h) for h in r["headers"]]) for r in self._requests]

    @property
    def issued_sessions(self) -> set[str]:
        return self._sessions.snapshot()

    def clear(self) -> None:
        """Forget the recorded requests and any faults still queued."""
        with self._lock:
            self._requests.clear()
        self._faults.clear()

    def inject(self, kind: str, *, count: int = 1, **params: Any) -> None:
        """Apply fault `kind` to the next `count` requests; ValueError for a bad kind or params."""
        self._faults.add(make_fault(kind, params, signs=self.signer is not None), count)

    def start(self) -> MockServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"mock-{self.api.name.wire}",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.close_connections()
        self._httpd.server_close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # Called by the request handler -------------------------------------------------

    def _record(self, received: Received) -> Fault | None:
        """Record the request; the fault queued for it, if any."""
        with self._lock:
            self._requests.append(received.record())
        return self._faults.next()


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # A deep accept queue: a client opening a hundred connections at once must not
    # wait out SYN retries (socketserver's default is 5).
    request_queue_size = 256

    def __init__(self, mock: MockServer, port: int) -> None:
        self.mock = mock
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__((HOST, port), _Handler)

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """End the keep-alive connections still open, which wakes their threads."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HttpServer

    def version_string(self) -> str:
        return "apigen-mock"

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's algorithm
        # holds the body back until the client's delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the recording is the log."""

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            self.close_connection = True
            self._send(json_reply(400, {"error": "Invalid Content-Length or chunked body"}))
            return
        path, _, query = self.path.partition("?")
        mock = self.server.mock
        if path.startswith(PREFIX):
            self._send(control_reply(mock, self.command, path, body))
            return
        received = Received(self.command, path, query, tuple(self.headers.items()), body)
        fault = mock._record(received)
        if fault is not None and fault.kind == "reset":
            self._reset()
            return
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.delay)
        reply = None
        mode: Mode = "valid"
        if fault is not None:
            reply = fault.reply(mock.emulator.responder, mock.emulator.endpoint_for(received))
            mode = fault.signature_mode
        if reply is None:
            try:
                reply = mock.emulator.handle(received)
            except Exception as exc:
                # A bug of the emulator, not of the client: say so instead of hanging up.
                traceback.print_exc()
                reply = json_reply(500, {"error": f"mock server error: {exc!r}"})
        self._send(reply, mode)

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _serve

    def _read_body(self) -> bytes | None:
        """The whole body (Content-Length or chunked), so the connection can be reused."""
        if (self.headers.get("Transfer-Encoding") or "").lower() == "chunked":
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        if not (length.isascii() and length.isdigit()):
            return None
        return self.rfile.read(int(length))

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        while True:
            line = self.rfile.readline(65537)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(65537)

    def _send(self, reply: Reply, mode: Mode = "valid") -> None:
        headers = list(reply.headers)
        signer = self.server.mock.signer
        if signer is not None:
            headers += signer.headers(reply.body, mode)
        self.send_response(reply.status)
        for name, value in headers:
            self.send_header(name, value)
        if reply.status not in _NO_BODY_STATUSES:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD" and reply.status not in _NO_BODY_STATUSES:
            self.wfile.write(reply.body)
        self.wfile.flush()

    def _reset(self) -> None:
        """Close with a TCP RST (SO_LINGER 0) instead of answering."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()
        self.wfile.close()
        self.connection.close()
