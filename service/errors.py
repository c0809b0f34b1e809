"""Error answers of the HTTP service: one JSON shape for every failure.

Every error body is ``{"error": {"type": str, "message": str, "field": str | null}}``. ``type`` is a stable
code (the library's :attr:`summarizer.errors.SummarizerError.code`, or one of the service's own below),
``field`` names the offending request field when there is one.

=============================  ======  ==========================================================
Cause                          Status  ``type``
=============================  ======  ==========================================================
body over its byte limit       413     ``body_too_large`` (the message names the setting)
bad Content-Length header      400     ``bad_request``
invalid JSON / wrong field     422     ``validation_error`` (field: the first offending field)
empty / punctuation-only text  422     ``empty_input`` (field ``text``)
text over max_chars            422     ``input_too_large`` (field ``text``; ``file`` for an upload)
more essays than max_essays    422     ``input_too_large`` (the message names ``SUMMARIZER_MAX_ESSAYS``)
sentences over max_sentences   422     ``input_too_large`` (names ``SUMMARIZER_MAX_SENTENCES``; refused before queueing)
undecodable input              422     ``decode_error`` (field ``file`` for an upload)
unsupported upload format      422     ``unsupported_format`` (field ``file``)
PDF without a text layer       422     ``no_text_layer`` (field ``file``)
batch over max_batch_documents 422     ``too_many_documents`` (field ``documents``)
seq2seq model not installed    503     ``model_not_available`` (field ``method``; ``model`` when it failed to load)
all workers busy, queue full   503     ``busy``
summary took too long          504     ``timeout``
client closed while waiting    499     ``client_closed`` (logged and counted only: nobody reads it)
unknown path / wrong method    404/405 ``not_found`` / ``method_not_allowed``
workers cannot start           500     ``unguarded_main`` (a script without ``if __name__ == "__main__":``)
a bug                          500     ``internal_error``
=============================  ======  ==========================================================
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from summarizer.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    ModelNotAvailableError,
    ResourceError,
    SummarizerError,
)
from summarizer.schema import SummarizeOptions, close_option

from service.settings import SERVER_LIMIT_SETTINGS


class ErrorDetail(BaseModel):
    """What went wrong."""

    type: str = Field(..., description="Stable error code, e.g. 'empty_input', 'validation_error', 'body_too_large'.")
    message: str = Field(..., description="Human-readable explanation.")
    field: str | None = Field(None, description="The request field at fault (e.g. 'text', 'max_points'), if any.")


class ErrorResponse(BaseModel):
    """The body of every non-2xx answer."""

    error: ErrorDetail


class ServiceError(Exception):
    """An error of the service itself (not of the input): carries its HTTP status and ``type``."""

    status_code = 500
    code = "service_error"
    headers: dict[str, str] | None = None

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        if code is not None:
            self.code = code


class BusyError(ServiceError):
    """Every worker is busy and the waiting queue is full."""

    status_code = 503
    code = "busy"
    retry_after_s = 5
    headers = {"Retry-After": str(retry_after_s)}


class RequestLimitError(ServiceError):
    """A request over a count limit of the service (documents per batch); ``field`` names the field."""

    status_code = 422
    code = "too_many_documents"


class JobTimeoutError(ServiceError):
    """The summary did not finish within the request timeout."""

    status_code = 504
    code = "timeout"


class ClientClosedError(ServiceError):
    """The client closed its connection while its request waited for (or ran on) a worker: a waiting job is
    dropped from the queue. Nobody reads the answer; the status (499, as nginx logs it) is for the log line and
    the metrics."""

    status_code = 499
    code = "client_closed"


#: HTTP status of each library error class (first match wins; unknown SummarizerErrors get 422).
LIBRARY_ERROR_STATUS: tuple[tuple[type[SummarizerError], int], ...] = (
    (EmptyInputError, 422),
    (DecodeError, 422),
    (InputTooLargeError, 422),
    (ModelNotAvailableError, 503),
    (ResourceError, 500),
)

_HTTP_TYPES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
}


def error_body(kind: str, message: str, field: str | None = None) -> dict[str, Any]:
    """The JSON error body ``{"error": {"type", "message", "field"}}``."""
    return {"error": {"type": kind, "message": message, "field": field}}


def error_json(kind: str, message: str, field: str | None = None) -> bytes:
    """The error body as UTF-8 JSON bytes, serialized as :class:`JSONResponse` renders it (compact separators,
    non-ASCII characters as they are): every error body that does not go through :func:`error_response` (the
    middleware's early answers, the HTTP server's 400 and 408) is made here, so all read alike (``{"error":{…}}``)."""
    return json.dumps(error_body(kind, message, field), ensure_ascii=False, allow_nan=False, indent=None,
                      separators=(",", ":")).encode("utf-8")


def error_response(
    status_code: int, kind: str, message: str, field: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    """A :class:`JSONResponse` with the error body."""
    return JSONResponse(error_body(kind, message, field), status_code=status_code, headers=headers)


def library_error_status(exc: SummarizerError) -> int:
    """HTTP status for a library error (422 for input errors, 503 for a missing model)."""
    return next((status for cls, status in LIBRARY_ERROR_STATUS if isinstance(exc, cls)), 422)


async def summarizer_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SummarizerError)
    status = library_error_status(exc)
    headers = {"Retry-After": "60"} if status == 503 else None
    return error_response(status, exc.code, str(exc), exc.field, headers)


async def service_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    return error_response(exc.status_code, exc.code, str(exc), exc.field, exc.headers)


def _field_of(loc: tuple[Any, ...] | list[Any]) -> str | None:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    if not parts or all(p.isdigit() for p in parts):  # the body itself, or a JSON decode position
        return None
    return ".".join(parts)


def _as_json(value: Any) -> str:
    """``value`` as the client wrote it, in JSON (``null``, ``true``, ``"3"``), not Python's ``None``/``True``/``'3'``
    (a JSON client sent ``null``; the message said ``got None``); Python's repr for what JSON cannot show."""
    try:
        shown = json.dumps(value, ensure_ascii=False, allow_nan=False)
        shown.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: its escape, "\ud800", as the client wrote it
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)
    return shown


#: Fields of one endpoint sent to another: where they belong, said with the 422 ``unknown field`` (ux30).
_OTHER_ENDPOINT_FIELDS = {
    "collection": "it is an option of POST /v1/summarize/batch, the themes across its documents; one document's "
                  "essays get their shared themes without it",
    "documents": "it is the body of POST /v1/summarize/batch",
    "include_text": "it is a form field of POST /v1/summarize/file",
    "format": "it is a form field of POST /v1/summarize/file (auto, text, html, docx or pdf: how an uploaded file is "
              "read); a JSON text is summarized as it is",
    "file": "a file is uploaded to POST /v1/summarize/file as the multipart part named file; JSON carries text",
    "csv_column": "it is a form field of POST /v1/summarize/file, for an uploaded .csv/.tsv",
    "csv_title_column": "it is a form field of POST /v1/summarize/file, for an uploaded .csv/.tsv",
    "text": "one text goes to POST /v1/summarize; a batch sends {\"documents\": [{\"id\", \"text\"}, ...]}, a file "
            "is uploaded as the part named file",
    "max_sentences": f"it is a server setting, {SERVER_LIMIT_SETTINGS['max_sentences']}, that the operator raises; a "
                     "client splits a longer text into several requests",
    "max_essays": f"it is a server setting, {SERVER_LIMIT_SETTINGS['max_essays']}, that the operator raises; a "
                  "client splits a document of more essays into several requests",
    "options": "the options are fields of the body itself, {\"text\": \"...\", \"max_points\": 5}, not an object "
               "named options (the library's SummarizeOptions)",
}


def _close_field(field: str) -> str | None:
    """The request field or option whose name ``field`` most likely misspells (``maxpoints`` -> ``max_points``,
    ``summary_char`` -> ``summary_chars``): :func:`summarizer.schema.close_option` over the options of
    :class:`summarizer.schema.SummarizeOptions` and ``text``/``source``; None when none is that close (try49)."""
    return close_option(field, ("text", "source"))


def _describe(err: dict[str, Any]) -> str:
    field = _field_of(err.get("loc", ()))
    kind = err.get("type", "")
    msg = err.get("msg", "invalid")
    if kind == "value_error" and msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]  # pydantic's prefix for a validator's own message
    if kind == "json_invalid":
        reason = (err.get("ctx") or {}).get("error", "")
        return f"request body is not valid JSON ({reason})" if reason else "request body is not valid JSON"
    if kind == "missing":
        return f"{field}: field required" if field else "request body is missing: send a JSON object"
    if kind == "extra_forbidden":
        if field in _OTHER_ENDPOINT_FIELDS:
            return f"{field}: unknown field ({_OTHER_ENDPOINT_FIELDS[field]})"
        close = _close_field(field) if isinstance(field, str) else None
        return f"{field}: unknown field" + (f" (did you mean {close}?)" if close else "")
    if isinstance(msg, str) and msg.startswith("Expected UploadFile"):
        # a form field sent as text where the endpoint reads a file part (curl -F file=TEXT, not file=@NAME):
        # Starlette's message names Python classes (``<class 'str'>``)
        return (f"{field}: send a file part with a file name (curl -F {field}=@NAME; a form's <input type=file>),"
                " not a text field; text goes to POST /v1/summarize as JSON")
    if field is None:
        return f"request body: {msg} (send a JSON object with Content-Type: application/json)"
    if isinstance(err.get("input"), UploadFile):
        # the converse: a file part where the endpoint reads a text field (curl -F source=@NAME); never the
        # UploadFile's Python repr
        return (f"{field}: send a text field (curl -F {field}=VALUE, no @), not a file part; only the part named "
                "file is a file")
    text = f"{field}: {msg}"
    if "input" in err and kind not in ("missing",):
        shown = _as_json(err["input"])
        text += f" (got {shown[:60] + '…' if len(shown) > 60 else shown})"
    return text


#: The body each endpoint reads (``Content-Type`` media type), for the 415 of :func:`wrong_media_type`.
BODY_MEDIA_TYPES: dict[str, str] = {
    "/v1/summarize": "application/json",
    "/v1/summarize/batch": "application/json",
    "/v1/summarize/file": "multipart/form-data",
}

_MEDIA_HINTS = {
    "application/json": "send a JSON object ({\"text\": \"...\"}) with Content-Type: application/json; "
                        "a file (.txt, .docx, .pdf, .html) goes to POST /v1/summarize/file as multipart/form-data",
    "multipart/form-data": "upload the file as multipart/form-data with one part named file (curl -F file=@NAME); "
                           "text in a JSON object goes to POST /v1/summarize",
}
#: The hint of an endpoint whose body is not its media type's usual one (the batch's JSON holds a list of documents).
_PATH_HINTS = {
    "/v1/summarize/batch": "send a JSON object ({\"documents\": [{\"id\": \"1\", \"text\": \"...\"}, ...]}) with "
                           "Content-Type: application/json; one text goes to POST /v1/summarize",
}


def _is_json_media(media: str) -> bool:
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def wrong_media_type(request: Request) -> str | None:
    """The 415 message for a request whose declared ``Content-Type`` is not what its endpoint reads
    (:data:`BODY_MEDIA_TYPES`: JSON for ``/v1/summarize`` and ``/v1/summarize/batch``, ``multipart/form-data``
    for ``/v1/summarize/file``, where a url-encoded form is a form too), else None. A request without a ``Content-Type`` is not judged here (its body is
    parsed as the endpoint's own type and any fault is a 422)."""
    expected = BODY_MEDIA_TYPES.get(request.url.path)
    declared = request.headers.get("content-type")
    if expected is None or not declared:
        return None
    media = declared.partition(";")[0].strip().lower()
    if media == expected or (expected == "application/json" and _is_json_media(media)):
        return None
    if expected == "multipart/form-data" and media == "application/x-www-form-urlencoded":
        return None  # a form without its file part: the 422 naming ``file`` says what is missing
    return (f"{request.method} {request.url.path} reads {expected}, not {media[:60] or 'an empty media type'}: "
            f"{_PATH_HINTS.get(request.url.path, _MEDIA_HINTS[expected])}")


def _url_encoded_upload(request: Request) -> bool:
    """Whether ``request`` sends an ``application/x-www-form-urlencoded`` body to the upload endpoint."""
    media = (request.headers.get("content-type") or "").partition(";")[0].strip().lower()
    return (BODY_MEDIA_TYPES.get(request.url.path) == "multipart/form-data"
            and media == "application/x-www-form-urlencoded")


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """422 ``validation_error`` naming the first invalid field; 415 ``unsupported_media_type`` instead when
    the body was declared as a media type the endpoint does not read (text/plain or a form sent to a JSON
    endpoint, JSON sent to the upload endpoint), since then no field could be read at all."""
    assert isinstance(exc, RequestValidationError)
    wrong = wrong_media_type(request)
    if wrong is not None:
        return error_response(415, "unsupported_media_type", wrong, None)
    errors = list(exc.errors())
    if _url_encoded_upload(request) and any(e.get("type") == "missing" and _field_of(e.get("loc", ())) == "file"
                                            for e in errors):
        # `curl -d @essay.txt` / `--data-binary`: the whole body parsed as one form "name" (UTF-8 read as Latin-1)
        # was echoed back as "<mojibake>: unknown field"; say only what is missing and how to send it
        return error_response(422, "validation_error", "file: field required: this url-encoded form (what curl -d "
                              "or --data-binary sends) has no file part; " + _MEDIA_HINTS["multipart/form-data"],
                              "file")
    field = next((f for f in (_field_of(e.get("loc", ())) for e in errors) if f), None)
    message = "; ".join(_describe(e) for e in errors) or "invalid request"
    return error_response(422, "validation_error", message, field)


#: FastAPI's detail for a body its parser raised on (anything but a JSON syntax error): says nothing of why.
_FASTAPI_PARSE_DETAIL = "There was an error parsing the body"


def body_parse_message(exc: BaseException | None) -> str:
    """The 400 message for a body FastAPI could not parse, from the parser's exception (``exc``, FastAPI's
    ``__cause__``): JSON nested deeper than Python's recursion limit, a number longer than Python reads (4,300
    digits), else the exception's type."""
    if isinstance(exc, RecursionError):
        return "the JSON body is nested too deeply to read: send a flat object ({\"text\": \"...\"})"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "a number in the JSON body is too long to read (more than 4,300 digits)"
    return f"the request body could not be parsed ({type(exc).__name__ if exc is not None else 'unknown error'})"


async def http_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    kind = _HTTP_TYPES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 400 and message == _FASTAPI_PARSE_DETAIL:
        message = body_parse_message(exc.__cause__)
    elif exc.status_code in (404, 405) and message in ("Not Found", "Method Not Allowed"):
        message = _routing_message(request, exc.status_code, (exc.headers or {}).get("Allow", ""))
    return error_response(exc.status_code, kind, message, None, dict(exc.headers or {}) or None)


def _routing_message(request: Request, status: int, allow: str) -> str:
    """Starlette's bare ``Not Found`` / ``Method Not Allowed``, said with the method, the path and what to do
    instead: the methods the path takes (its ``Allow`` header) for a 405, ``/docs`` for a 404. The path is
    shortened to 100 characters (it is echoed back)."""
    path = request.url.path
    path = path if len(path) <= 100 else path[:99] + "…"
    if status == 405:
        methods = [m.strip() for m in allow.split(",") if m.strip()]
        hint = f"; it takes {' or '.join(methods)}" if methods else ""
        if "POST" in methods and path.startswith("/v1/"):
            hint += " (POST /v1/summarize and /v1/summarize/batch read a JSON body, /v1/summarize/file a form)"
        return f"{request.method} is not allowed on {path}{hint}"
    return f"no endpoint at {path}: the API is listed at /docs"


def install_error_handlers(app: Any) -> None:
    """Register the handlers above on a FastAPI ``app`` (the catch-all 500 is in the middleware)."""
    app.add_exception_handler(SummarizerError, summarizer_error_handler)
    app.add_exception_handler(ServiceError, service_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_exception_handler)
