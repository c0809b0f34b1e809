"""uvicorn's HTTP protocol with the service's JSON error for requests it cannot parse.

uvicorn answers a request it cannot parse at all (a malformed ``Content-Length`` such as ``abc``, ``-1`` or
``+5``, a broken request line or header) itself, before the application sees it, with a plain-text
``400 Invalid HTTP request received.``. :class:`JSONErrorH11Protocol` (the h11 implementation, uvicorn's default
without ``httptools``) and :class:`JSONErrorHttpToolsProtocol` (when ``httptools`` is installed) send the
service's JSON error body instead: ``{"error": {"type": "bad_request", "message": ..., "field": null}}``.
``summarizer serve`` passes :func:`http_protocol` to uvicorn (``uvicorn.run(..., http=http_protocol())``).
These answers never reach the app, so they are not in its log or metrics (uvicorn logs a warning).
"""

from __future__ import annotations

import json
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["JSONErrorH11Protocol", "http_protocol", "bad_request_body"]


def bad_request_body(detail: str) -> bytes:
    """The JSON body of the 400 for a request that cannot be parsed (UTF-8 bytes)."""
    message = (f"malformed HTTP request ({detail.rstrip('.')}): check the request line and headers, e.g. "
               "Content-Length must be one decimal number of bytes")
    return json.dumps({"error": {"type": "bad_request", "message": message, "field": None}}).encode("utf-8")


class JSONErrorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol whose parse-error 400 is the service's JSON error."""

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

    class JSONErrorHttpToolsProtocol(HttpToolsProtocol):  # type: ignore[misc,valid-type]
        """uvicorn's httptools protocol whose parse-error 400 is the service's JSON error."""

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
