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
    """Answer 413 (JSON) to a request whose body is over its limit in bytes.

    The limit is ``max_body_bytes`` (``SUMMARIZER_MAX_BODY_BYTES``), or the one ``path_limits`` gives for the
    request's path (``{path: (bytes, setting name)}``, e.g. larger for file uploads); the 413 message names
    the limit and its setting. The declared ``Content-Length`` is checked before anything is read; for a body
    without one (``Transfer-Encoding: chunked``) the bytes are counted as they arrive, and reading stops at
    the first chunk past the limit, so at most the limit + one chunk is ever held. A malformed
    Content-Length gets 400.
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int,
                 path_limits: dict[str, tuple[int, str]] | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.path_limits = dict(path_limits or {})

    def _limit(self, scope: Scope) -> tuple[int, str]:
        return self.path_limits.get(scope.get("path", ""), (self.max_body_bytes, "SUMMARIZER_MAX_BODY_BYTES"))

    def _too_large_message(self, scope: Scope) -> str:
        limit, setting = self._limit(scope)
        return f"request body is over the limit of {limit:,} bytes (set by {setting})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)[0]
        declared = [v for k, v in scope.get("headers", []) if k.lower() == b"content-length"]
        if declared:
            raw = declared[0].strip()
            if not raw.isdigit() or len(set(v.strip() for v in declared)) > 1:
                await send_json_error(send, 400, "bad_request", "invalid Content-Length header",
                                      extra_headers=[(b"connection", b"close")])
                return
            if int(raw) > limit:
                await send_json_error(send, 413, "body_too_large", self._too_large_message(scope),
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
            await send_json_error(send, 413, "body_too_large", self._too_large_message(scope),
                                  extra_headers=[(b"connection", b"close")])


class RequestContextMiddleware:
    """Request id, one structured log line per request, request metrics, and the catch-all JSON 500.

    * ``X-Request-ID``: taken from the request when it is 1-128 characters of ``[A-Za-z0-9._:-]``, otherwise
      a new random id; echoed on every response (errors included) and stored as
      ``scope["state"]["request_id"]`` (``request.state.request_id``).
    * Log: one JSON line on the ``summarizer.service`` logger per request: time, request id, method, path,
      status, duration in milliseconds, request body bytes read, client address, plus what the endpoint
      put in ``request.state.log`` (characters, documents, format, encoding, error type).
    * Metrics (when ``metrics`` is given): request count and latency by method, route template and status.
    * An exception no handler turned into a response (a bug) becomes a JSON 500
      ``{"error": {"type": "internal_error", ...}}`` naming the request id; the traceback goes to the log.
    """

    def __init__(self, app: ASGIApp, metrics: Any = None) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        state["log"] = {}
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
            elapsed = time.perf_counter() - start
            _log_request(scope, request_id, status, elapsed, body_bytes)
            if self.metrics is not None:
                self.metrics.observe_request(scope.get("method", ""), _route_of(scope), status or 500, elapsed)


def _route_of(scope: Scope) -> str:
    """The matched route's template (``/v1/summarize``), or ``other``: a bounded set of metric labels."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "other"


def _incoming_request_id(scope: Scope) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == REQUEST_ID_HEADER.encode("ascii"):
            try:
                candidate = value.decode("ascii").strip()
            except UnicodeDecodeError:
                return None
            return candidate if _VALID_REQUEST_ID.fullmatch(candidate) else None
    return None


def _log_request(scope: Scope, request_id: str, status: int | None, elapsed: float, body_bytes: int) -> None:
    client = scope.get("client")
    record: dict[str, Any] = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + "Z",
        "event": "request",
        "request_id": request_id,
        "method": scope.get("method"),
        "path": scope.get("path"),
        "status": status,
        "duration_ms": round(elapsed * 1000, 1),
        "body_bytes": body_bytes,
        "client": f"{client[0]}:{client[1]}" if client else None,
    }
    extra = (scope.get("state") or {}).get("log")
    if isinstance(extra, dict):
        record.update({k: v for k, v in extra.items() if k not in record})
    level = logging.ERROR if status is None or status >= 500 else logging.INFO
    logger.log(level, json.dumps(record, ensure_ascii=False))
