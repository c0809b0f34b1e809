"""uvicorn's HTTP protocol with the service's JSON error for requests it cannot parse.

uvicorn answers a request it cannot parse at all (a malformed ``Content-Length`` such as ``abc``, ``-1`` or
``+5``, a broken request line or header) itself, before the application sees it, with a plain-text
``400 Invalid HTTP request received.``. :class:`JSONErrorH11Protocol` (the h11 implementation, uvicorn's default
without ``httptools``) and :class:`JSONErrorHttpToolsProtocol` (when ``httptools`` is installed) send the
service's JSON error body instead: ``{"error": {"type": "bad_request", "message": ..., "field": null}}``.
``summarizer serve`` passes it to uvicorn by name (``uvicorn.run(..., http="service.server:PROTOCOL")``).
These answers never reach the app, so they are not in its log or metrics (uvicorn logs a warning).

Both also bound the time a connection may take to send a request's line and headers (uvicorn itself waits for
ever: an idle connection, or one that sends a header byte now and then, holds its socket and memory): from the
moment it opens, or its previous response ends, a client has ``SUMMARIZER_READ_TIMEOUT_S`` seconds (default 30)
to complete its headers, else the connection is closed, after a ``408 read_timeout`` (JSON) when part of a
request had arrived (a connection that sent nothing is closed without a word, as uvicorn's keep-alive does). The body's own
time is bounded by the app (``service.middleware.BodySizeLimitMiddleware``), with the same setting.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from service.errors import error_json
from service.settings import Settings

__all__ = ["JSONErrorH11Protocol", "PROTOCOL", "http_protocol", "bad_request_body", "header_timeout_body"]


def bad_request_body(detail: str) -> bytes:
    """The JSON body of the 400 for a request that cannot be parsed (UTF-8 bytes)."""
    message = (f"malformed HTTP request ({detail.rstrip('.')}): check the request line and headers, e.g. "
               "Content-Length must be one decimal number of bytes")
    return error_json("bad_request", message)


def header_timeout_body(seconds: float) -> bytes:
    """The whole HTTP/1.1 408 answer (status line, headers and JSON body) to a connection that did not complete
    its request line and headers within ``seconds``."""
    body = error_json("read_timeout", f"the request line and headers did not arrive within {seconds:g} s "
                      "(SUMMARIZER_READ_TIMEOUT_S)")
    return (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\ncontent-length: "
            + str(len(body)).encode("ascii") + b"\r\nconnection: close\r\n\r\n" + body)


@functools.lru_cache(maxsize=1)
def _configured_header_timeout() -> float:
    """``SUMMARIZER_READ_TIMEOUT_S`` (seconds), read once per process; its default (30) when the settings do not
    validate (``summarizer serve`` refuses to start then; a test server may not have checked)."""
    try:
        return float(Settings().read_timeout_s)
    except Exception:  # pydantic.ValidationError of any SUMMARIZER_* variable
        return float(Settings.model_fields["read_timeout_s"].default)


class _HeaderTimeout:
    """Mixin for uvicorn's protocols: a request's line and headers must arrive within :attr:`header_timeout_s`
    seconds of the connection opening or of the end of its previous response, else the connection is closed
    (after a 408 when part of a request arrived). While a request is being answered no timer runs (its body is
    bounded by the app)."""

    #: Seconds; None: ``SUMMARIZER_READ_TIMEOUT_S`` (Settings.read_timeout_s), read once per process.
    header_timeout_s: float | None = None
    _header_timer: asyncio.TimerHandle | None = None
    _header_cycle: Any = None
    _header_bytes = False  # whether part of a request arrived since the timer was armed

    def _header_seconds(self) -> float:
        return self.header_timeout_s if self.header_timeout_s is not None else _configured_header_timeout()

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)  # type: ignore[misc]
        self._arm_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        self._header_bytes = self._header_bytes or bool(data)
        super().data_received(data)  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)  # type: ignore[misc]

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        cycle = getattr(self, "cycle", None)
        if self.transport.is_closing() or (cycle is not None and not cycle.response_complete):  # type: ignore[attr-defined]
            return  # closed, or a (pipelined) request is already being answered
        self._header_cycle = cycle
        self._header_bytes = False
        self._header_timer = self.loop.call_later(self._header_seconds(), self._header_timed_out)  # type: ignore[attr-defined]

    def _header_timed_out(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or getattr(self, "cycle", None) is not self._header_cycle:  # type: ignore[attr-defined]
            return  # closed meanwhile, or a request's headers arrived
        if self._header_bytes:  # part of a request: say why it is refused (an idle connection is just closed,
            self.transport.write(header_timeout_body(self._header_seconds()))  # as uvicorn's keep-alive does)
        self.transport.close()  # type: ignore[attr-defined]


class JSONErrorH11Protocol(_HeaderTimeout, H11Protocol):
    """uvicorn's h11 protocol whose parse-error 400 is the service's JSON error, with a time limit on a
    request's line and headers (:class:`_HeaderTimeout`)."""

    def send_400_response(self, msg: str) -> None:
        import h11

        body = bad_request_body(msg)
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode("ascii")),
                   (b"connection", b"close")]
        self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers, reason=b"Bad Request")))
        self.transport.write(self.conn.send(h11.Data(data=body)))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools not installed: uvicorn uses h11
    HttpToolsProtocol = None  # type: ignore[assignment,misc]

if HttpToolsProtocol is not None:

    class JSONErrorHttpToolsProtocol(_HeaderTimeout, HttpToolsProtocol):  # type: ignore[misc,valid-type]
        """uvicorn's httptools protocol whose parse-error 400 is the service's JSON error, with a time limit on a
        request's line and headers (:class:`_HeaderTimeout`)."""

        def send_400_response(self, msg: str) -> None:
            body = bad_request_body(msg)
            head = (b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: "
                    + str(len(body)).encode("ascii") + b"\r\nconnection: close\r\n\r\n")
            self.transport.write(head + body)
            self.transport.close()
else:
    JSONErrorHttpToolsProtocol = None  # type: ignore[assignment,misc]


def http_protocol() -> type:
    """The protocol class for ``uvicorn.run(http=...)``: httptools' when it is installed (uvicorn's own choice
    for ``auto``), else h11's, each with the JSON 400."""
    return JSONErrorHttpToolsProtocol or JSONErrorH11Protocol


#: :func:`http_protocol`'s class, by name for ``uvicorn.run(http="service.server:PROTOCOL")``: uvicorn imports it
#: itself, so ``summarizer serve`` (like every other command) need not import uvicorn's protocols at start-up.
PROTOCOL = http_protocol()
