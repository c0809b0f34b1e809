"""Test helpers for a real server: an ASGI app under uvicorn on a free local port in a background thread, and
reading a connection until the server closes it."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def live_server(app: Any, http: Any, *, start_timeout_s: float = 60.0) -> Iterator[int]:
    """Serve ``app`` with uvicorn's HTTP protocol class ``http`` on 127.0.0.1 and a free port; yields the port
    once the server has started, and stops it (waiting up to 30 s for its thread) on exit.

    Raises AssertionError when the server has not started within ``start_timeout_s`` seconds."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", http=http))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert server.started, f"uvicorn did not start within {start_timeout_s} s"
        yield port
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def read_all(conn: socket.socket) -> bytes:
    """Every byte ``conn`` sends until the server closes it (or resets it, or the socket's timeout passes)."""
    data = b""
    while True:
        try:
            chunk = conn.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        data += chunk
    return data
