"""Pure-ASGI middleware of the service: request body limit, request id + access log + catch-all 500.

Pure ASGI (no ``BaseHTTPMiddleware``) so the body is never buffered by a middleware and the limit is
enforced while it streams in.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import error_body

logger = logging.getLogger("summarizer.service")

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")


async def send_json_error(
    send: Send, status: int, kind: str, message: str, field: str | None = None,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    """Send a complete JSON error response straight to the ASGI ``send``."""
    body = json.dumps(error_body(kind, message, field), ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode("ascii")),
        *(extra_headers or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class _BodyTooLarge(Exception):
    """Raised inside ``receive`` when the running byte count passes the limit."""


class BodySizeLimitMiddleware:
    """Answer 413 (JSON) to a request whose body is over ``max_body_bytes`` bytes.

    The declared ``Content-Length`` is checked before anything is read; for a body without one
    (``Transfer-Encoding: chunked``) the bytes are counted as they arrive, and reading stops at the first
    chunk past the limit, so at most ``max_body_bytes`` + one chunk is ever held. A malformed
    Content-Length gets 400.
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    def _too_large_message(self) -> str:
        return (
            f"request body is over the limit of {self.max_body_bytes:,} bytes "
            "(set by SUMMARIZER_MAX_BODY_BYTES)"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body_bytes
        declared = [v for k, v in scope.get("headers", []) if k.lower() == b"content-length"]
        if declared:
            raw = declared[0].strip()
            if not raw.isdigit() or len(set(v.strip() for v in declared)) > 1:
                await send_json_error(send, 400, "bad_request", "invalid Content-Length header",
                                      extra_headers=[(b"connection", b"close")])
                return
            if int(raw) > limit:
                await send_json_error(send, 413, "body_too_large", self._too_large_message(),
                                      extra_headers=[(b"connection", b"close")])
                return

        received = 0
        exceeded = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                raise _BodyTooLarge()
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body") or b"")
                if received > limit:
                    exceeded = True
                    raise _BodyTooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                return  # whatever the app answers to an aborted body read is replaced by the 413 below
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            await send_json_error(send, 413, "body_too_large", self._too_large_message(),
                                  extra_headers=[(b"connection", b"close")])


class RequestContextMiddleware:
    """Request id, one structured log line per request, and the catch-all JSON 500.

    * ``X-Request-ID``: taken from the request when it is 1-128 characters of ``[A-Za-z0-9._:-]``, otherwise
      a new random id; echoed on every response (errors included) and stored as
      ``scope["state"]["request_id"]`` (``request.state.request_id``).
    * Log: one JSON line on the ``summarizer.service`` logger per request: request id, method, path,
      status, duration in milliseconds, request body bytes read, client address.
    * An exception no handler turned into a response (a bug) becomes a JSON 500
      ``{"error": {"type": "internal_error", ...}}`` naming the request id; the traceback goes to the log.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        id_header = (REQUEST_ID_HEADER.encode("ascii"), request_id.encode("ascii"))
        start = time.perf_counter()
        status: int | None = None
        body_bytes = 0

        async def counting_receive() -> Message:
            nonlocal body_bytes
            message = await receive()
            if message["type"] == "http.request":
                body_bytes += len(message.get("body") or b"")
            return message

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != id_header[0]]
                message = {**message, "headers": [*headers, id_header]}
            await send(message)

        try:
            await self.app(scope, counting_receive, send_with_id)
        except Exception:
            logger.exception("unhandled error (request_id=%s)", request_id)
            if status is not None:
                raise  # the response has begun: nothing sensible left to send
            status = 500
            await send_json_error(
                send, 500, "internal_error", f"internal server error; please report request id {request_id}",
                extra_headers=[id_header],
            )
        finally:
            _log_request(scope, request_id, status, start, body_bytes)


def _incoming_request_id(scope: Scope) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == REQUEST_ID_HEADER.encode("ascii"):
            try:
                candidate = value.decode("ascii").strip()
            except UnicodeDecodeError:
                return None
            return candidate if _VALID_REQUEST_ID.fullmatch(candidate) else None
    return None


def _log_request(scope: Scope, request_id: str, status: int | None, start: float, body_bytes: int) -> None:
    client = scope.get("client")
    record: dict[str, Any] = {
        "event": "request",
        "request_id": request_id,
        "method": scope.get("method"),
        "path": scope.get("path"),
        "status": status,
        "duration_ms": round((time.perf_counter() - start) * 1000, 1),
        "body_bytes": body_bytes,
        "client": f"{client[0]}:{client[1]}" if client else None,
    }
    level = logging.ERROR if status is None or status >= 500 else logging.INFO
    logger.log(level, json.dumps(record, ensure_ascii=False))
