"""Pure-ASGI middleware of the service: request body limit, read timeout and UTF-8 check, request id + access
log + catch-all 500.

Pure ASGI (no ``BaseHTTPMiddleware``) so the body is never buffered by a middleware and the limits are
enforced while it streams in.
"""

from __future__ import annotations

import asyncio
import codecs
import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import BODY_MEDIA_TYPES, error_json

logger = logging.getLogger("summarizer.service")

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")


async def send_json_error(
    send: Send, status: int, kind: str, message: str, field: str | None = None,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    """Send a complete JSON error response straight to the ASGI ``send``."""
    body = error_json(kind, message, field)
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode("ascii")),
        *(extra_headers or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class _BodyTooLarge(Exception):
    """Raised inside ``receive`` when the running byte count passes the limit."""


class _BodyReadTimeout(Exception):
    """Raised inside ``receive`` when the body has not arrived within the read timeout."""


class _BodyNotUtf8(Exception):
    """Raised inside ``receive`` when a JSON body is not valid UTF-8."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _json_charset(scope: Scope) -> tuple[bool, str | None]:
    """``(is_json, declared charset)`` of a request: JSON when its Content-Type is ``application/json`` or
    ``*/*+json``, or absent (FastAPI parses a body without one as JSON)."""
    values = [v for k, v in scope.get("headers", []) if k.lower() == b"content-type"]
    if not values:
        return True, None
    media, _, params = values[0].decode("latin-1").partition(";")
    media = media.strip().lower()
    if not (media == "application/json" or (media.startswith("application/") and media.endswith("+json"))):
        return False, None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return True, value.strip().strip('"').lower()
    return True, None


def _declare_json_when_undeclared(scope: Scope) -> Scope:
    """The request's ``scope``, with ``Content-Type: application/json`` added when a body is posted without a
    ``Content-Type`` (none, or an empty one) to an endpoint that reads JSON (:data:`service.errors.BODY_MEDIA_TYPES`), so that its body is
    read as JSON whatever FastAPI's own default (recent versions' ``strict_content_type=True`` leaves such a body
    unparsed: a 422 "not a dictionary"). Any other request is returned unchanged (the same object)."""
    if scope.get("method") not in ("POST", "PUT", "PATCH"):
        return scope
    if BODY_MEDIA_TYPES.get(scope.get("path", "")) != "application/json":
        return scope
    headers = scope.get("headers", [])
    if any(k.lower() == b"content-type" and v.strip() for k, v in headers):
        return scope
    kept = [(k, v) for k, v in headers if k.lower() != b"content-type"]  # an empty value counts as none
    return {**scope, "headers": [*kept, (b"content-type", b"application/json")]}


class BodySizeLimitMiddleware:
    """Answer 413 (JSON) to a request whose body is over its limit in bytes, 408 to one whose body does not
    arrive in time, and 400/415 to a JSON body that is not UTF-8.

    The limit is ``max_body_bytes`` (``SUMMARIZER_MAX_BODY_BYTES``), or the one ``path_limits`` gives for the
    request's path (``{path: (bytes, setting name)}``, e.g. larger for file uploads); the 413 message names
    the limit and its setting. The declared ``Content-Length`` is checked before anything is read; for a body
    without one (``Transfer-Encoding: chunked``) the bytes are counted as they arrive, and reading stops at
    the first chunk past the limit, so at most the limit + one chunk is ever held. A malformed
    Content-Length gets 400.

    ``read_timeout_s`` (``SUMMARIZER_READ_TIMEOUT_S``) bounds the time from the first read of the body to its
    last byte: a client that sends slowly (a byte now and then) is answered 408 ``read_timeout`` and the
    connection is closed, so it cannot hold a connection and its memory for ever.

    A body posted without a ``Content-Type`` to a JSON endpoint is declared ``application/json`` here, so the app
    reads it as JSON. A JSON body (Content-Type ``application/json``, ``*/*+json`` or none) must be UTF-8 (RFC 8259): it is checked
    as it streams in (an incremental decoder), and one that is not (GBK, Latin-1…) gets 400 ``bad_request``
    saying so; a declared ``charset`` other than UTF-8 gets 415 ``unsupported_media_type`` before anything is
    read.
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int,
                 path_limits: dict[str, tuple[int, str]] | None = None, read_timeout_s: float | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.path_limits = dict(path_limits or {})
        self.read_timeout_s = read_timeout_s

    def _limit(self, scope: Scope) -> tuple[int, str]:
        return self.path_limits.get(scope.get("path", ""), (self.max_body_bytes, "SUMMARIZER_MAX_BODY_BYTES"))

    def _too_large_message(self, scope: Scope) -> str:
        limit, setting = self._limit(scope)
        return f"request body is over the limit of {limit:,} bytes (set by {setting})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        close = [(b"connection", b"close")]
        limit = self._limit(scope)[0]
        declared = [v for k, v in scope.get("headers", []) if k.lower() == b"content-length"]
        if declared:
            raw = declared[0].strip()
            if not raw.isdigit() or len(set(v.strip() for v in declared)) > 1:
                await send_json_error(send, 400, "bad_request", "invalid Content-Length header: it must be one "
                                      "decimal number of bytes", extra_headers=close)
                return
            if int(raw) > limit:
                await send_json_error(send, 413, "body_too_large", self._too_large_message(scope), extra_headers=close)
                return
        scope = _declare_json_when_undeclared(scope)
        is_json, charset = _json_charset(scope) if scope.get("method") in ("POST", "PUT", "PATCH") else (False, None)
        if charset is not None and charset.replace("_", "-") not in ("utf-8", "utf8"):
            await send_json_error(send, 415, "unsupported_media_type", f"the JSON body must be UTF-8 (RFC 8259); "
                                  f"charset={charset[:40]} is not accepted: send the same JSON encoded as UTF-8",
                                  extra_headers=close)
            return
        decoder = codecs.getincrementaldecoder("utf-8")("strict") if is_json else None
        read_bytes = 0
        received = 0
        failure: Exception | None = None
        started = False
        deadline: float | None = None
        complete = False

        async def limited_receive() -> Message:
            nonlocal received, failure, deadline, read_bytes
            nonlocal complete
            if failure is not None:
                raise failure
            if complete or self.read_timeout_s is None:
                # the body is in (or no read timeout): what follows is ``http.disconnect``, awaited by
                # app.run_while_connected while the job runs; the read timeout covers the body only
                message = await receive()
            else:
                loop = asyncio.get_running_loop()
                if deadline is None:
                    deadline = loop.time() + self.read_timeout_s
                try:
                    message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
                except asyncio.TimeoutError:
                    failure = _BodyReadTimeout()
                    raise failure from None
            if message["type"] == "http.request":
                complete = not message.get("more_body", False)
                body = message.get("body") or b""
                received += len(body)
                if received > limit:
                    failure = _BodyTooLarge()
                    raise failure
                if decoder is not None:
                    try:
                        decoder.decode(body, final=not message.get("more_body", False))
                    except UnicodeDecodeError as exc:
                        failure = _BodyNotUtf8(
                            f"the request body must be UTF-8 JSON (RFC 8259): the byte 0x{exc.object[exc.start]:02X} "
                            f"at offset {read_bytes + exc.start:,} is not UTF-8 (a GBK or other legacy encoding?); "
                            "send the same JSON encoded as UTF-8")
                        raise failure from None
                    read_bytes += len(body)
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if failure is not None:
                return  # whatever the app answers to an aborted body read is replaced by the error below
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if failure is None:
                raise
        if failure is not None and not started:
            if isinstance(failure, _BodyTooLarge):
                await send_json_error(send, 413, "body_too_large", self._too_large_message(scope), extra_headers=close)
            elif isinstance(failure, _BodyReadTimeout):
                await send_json_error(send, 408, "read_timeout", f"the request body did not arrive within "
                                      f"{self.read_timeout_s:g} s (SUMMARIZER_READ_TIMEOUT_S)", extra_headers=close)
            else:
                await send_json_error(send, 400, "bad_request", str(failure), extra_headers=close)


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

    def __init__(self, app: ASGIApp, metrics: Any = None, routes: Any = None) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes  # the app's router: names the route of an answer given before routing (413, 408…)

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

        error_body_seen = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, error_body_seen
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != id_header[0]]
                message = {**message, "headers": [*headers, id_header]}
            elif (message["type"] == "http.response.body" and status is not None and status >= 400
                  and not error_body_seen):
                error_body_seen = True
                _note_error_type(state, message.get("body") or b"")
            await send(message)

        try:
            await self.app(scope, counting_receive, send_with_id)
        except Exception:
            logger.exception("unhandled error (request_id=%s)", request_id)
            if status is not None:
                raise  # the response has begun: nothing sensible left to send
            status = 500
            state.setdefault("log", {})["error"] = "internal_error"
            await send_json_error(
                send, 500, "internal_error", f"internal server error; please report request id {request_id}",
                extra_headers=[id_header],
            )
        finally:
            elapsed = time.perf_counter() - start
            _log_request(scope, request_id, status, elapsed, body_bytes)
            if self.metrics is not None:
                self.metrics.observe_request(scope.get("method", ""), _route_of(scope, self.routes), status or 500,
                                             elapsed)


def _note_error_type(state: dict[str, Any], body: bytes) -> None:
    """Put the ``error.type`` of a JSON error body in the request's log record (unless the endpoint did)."""
    log = state.setdefault("log", {})
    if not isinstance(log, dict) or "error" in log:
        return
    try:
        kind = json.loads(body)["error"]["type"]
    except (ValueError, KeyError, TypeError):
        kind = None
    if isinstance(kind, str):
        log["error"] = kind


def _route_of(scope: Scope, routes: Any = None) -> str:
    """The matched route's template (``/v1/summarize``), or ``other``: a bounded set of metric labels.

    An answer given before routing (413 from the body limit, 400 for a bad Content-Length) has no route in the
    scope: the route is then found by matching the path against ``routes`` (the app's router), so the 413 of
    ``POST /v1/summarize`` is counted under ``/v1/summarize``.
    """
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    for candidate in getattr(routes, "routes", None) or ():
        try:
            match, _ = candidate.matches(scope)
        except Exception:  # noqa: BLE001 - a route that cannot match this scope
            continue
        if match != Match.NONE:
            path = getattr(candidate, "path", None)
            return path if isinstance(path, str) and path else "other"
    return "other"


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
