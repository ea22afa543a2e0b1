"""A misbehaving HTTP server on 127.0.0.1 for the hostile-network tests.

Each path is given a behaviour: answer normally, never answer, answer one byte at a time, stream without
end, redirect, or answer HTML / broken JSON / server errors.  Every request is logged with its headers so
that a test can prove what was (not) sent, e.g. that no token reached this host.

    with HostileServer() as srv:
        srv.route("/p.yml", dribble(b"mode: enforce\\n", delay=0.5))
        url = srv.url + "/p.yml"
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

from localserver import LocalServer

Behaviour = Callable[["_Handler"], None]


class HostileServer:
    def __init__(self) -> None:
        self.routes: dict[str, Behaviour] = {}
        self.log: list[dict[str, Any]] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self._server: LocalServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def route(self, path: str, behaviour: Behaviour) -> None:
        self.routes[path] = behaviour

    def requests(self, path: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [e for e in self.log if path is None or e["path"].split("?")[0] == path]

    def __enter__(self) -> HostileServer:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = LocalServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


class _Handler(BaseHTTPRequestHandler):
    server_fake: HostileServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        fake = self.server_fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with fake.lock:
            fake.log.append({"method": self.command, "path": self.path, "body": body,
                             "headers": {k.lower(): v for k, v in self.headers.items()}})
        path = self.path.split("?")[0]
        behaviour = fake.routes.get(path) or next((b for p, b in fake.routes.items()
                                                   if p.endswith("*") and path.startswith(p[:-1])), None)
        if behaviour is None:
            answer(404, b'{"message": "Not Found"}')(self)
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            behaviour(self)


# ----------------------------------------------------------------------------------------------- behaviours

def answer(status: int, body: bytes, content_type: str = "application/json", **headers: str) -> Behaviour:
    def run(h: _Handler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        for k, v in headers.items():
            h.send_header(k.replace("_", "-"), v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return run


def never() -> Behaviour:
    """Read the request, then say nothing until the server stops."""
    def run(h: _Handler) -> None:
        h.server_fake.stopping.wait(600)
        h.close_connection = True

    return run


def dribble(body: bytes, delay: float, *, headers_too: bool = False) -> Behaviour:
    """A complete, valid answer, one byte every ``delay`` seconds (each byte well within a read timeout)."""
    def run(h: _Handler) -> None:
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: application/yaml\r\nContent-Length: {len(body)}\r\n\r\n"
                .encode())
        if not headers_too:
            h.wfile.write(head)
            h.wfile.flush()
            head = b""
        for byte in head + body:
            if h.server_fake.stopping.is_set():
                return
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(delay)
        h.close_connection = True

    return run


def endless(total: int = 1 << 30, chunk: bytes = b"# padding line of a policy that never ends\n" * 1000,
            chunked: bool = True) -> Behaviour:
    """Stream ``total`` bytes (1 GiB by default) as fast as the client reads them."""
    def run(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/yaml")
        if chunked:
            h.send_header("Transfer-Encoding", "chunked")
        else:
            h.send_header("Content-Length", str(total))
        h.end_headers()
        sent = 0
        while sent < total and not h.server_fake.stopping.is_set():
            piece = chunk[: total - sent]
            if chunked:
                h.wfile.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
            else:
                h.wfile.write(piece)
            sent += len(piece)
        if chunked:
            h.wfile.write(b"0\r\n\r\n")
        h.close_connection = True

    return run


def redirect(location: str, status: int = 302) -> Behaviour:
    return answer(status, b"", "text/plain", Location=location)


HTML = (b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n<body><form action=/login>"
        b"<input name=user></form></body></html>\n")
