"""The FastAPI application over :func:`summarizer.summarize` and :mod:`summarizer.readers`.

Endpoints: ``POST /v1/summarize`` (JSON text), ``POST /v1/summarize/file`` (multipart upload of a .txt, .html,
.docx or .pdf), ``POST /v1/summarize/batch`` (several texts), ``GET /healthz`` (liveness), ``GET /readyz``
(readiness), ``GET /metrics`` (Prometheus), docs at ``/docs`` and ``/redoc``, and a web page at ``/`` (see
:mod:`service.web`).

Build it with :func:`create_app` (an app factory: ``uvicorn --factory service.app:create_app``). The jieba
dictionary is loaded once at start-up (lifespan), summaries run in a bounded pool of worker threads off the
event loop (a full queue answers 503 with Retry-After), and every failure is a JSON
``{"error": {"type", "message", "field"}}`` (see :mod:`service.errors`). No request can name a file on the
server: uploads are read from the request body, and ``source``/file names are only echoed back.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated, Any, Literal, TypeVar

from fastapi import FastAPI, File, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from service.errors import (
    BusyError,
    ErrorResponse,
    JobTimeoutError,
    RequestLimitError,
    ServiceError,
    install_error_handlers,
)
from service.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from service.metrics import Metrics
from service.middleware import BodySizeLimitMiddleware, RequestContextMiddleware, logger
from service.settings import Settings
from service.seq2seq import preload as preload_seq2seq
from service.seq2seq import request_options as seq2seq_options
from service.web import install_web
from summarizer import __version__, batch, tokenize
from summarizer.errors import InputTooLargeError, SummarizerError
from summarizer.pipeline import summarize
from summarizer.readers import read_bytes
from summarizer.schema import DocumentSummary, SummarizeOptions
from summarizer.tokenize import Tokenizer

T = TypeVar("T")

__all__ = ["create_app", "SummarizeRequest", "BatchRequest", "FileForm", "FileSummary", "JobRunner"]


class SummarizeRequest(SummarizeOptions):
    """Body of ``POST /v1/summarize``: the text plus any of the :class:`SummarizeOptions` knobs."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "一、存在的问题\n基层治理力量薄弱。一是人员不足，二是经费紧张。\n"
                    "二、对策建议\n一是充实基层队伍，二是加大财政投入。",
                    "source": "example-1",
                    "max_points": 5,
                }
            ]
        },
    )

    text: str = Field(..., description="The document: one essay or a collection of essays (characters).")
    source: str | None = Field(None, max_length=1000, description="Caller's id of the document, echoed back.")


# `model` is a request's *name* of a configured checkpoint: service/seq2seq.py maps it, never passed on as is.
_OPTION_FIELDS = frozenset(SummarizeOptions.model_fields) - {"model"}


class JobRunner:
    """Runs CPU-bound jobs in at most ``max_workers`` threads, with a bounded queue and a timeout.

    At most ``max_workers + max_queued`` jobs are accepted at once (running or waiting); one more gets
    :class:`BusyError` (503). A job that does not finish within ``timeout_s`` seconds (waiting included) gets
    :class:`JobTimeoutError` (504): a waiting job is then dropped, a running one finishes in the background
    but keeps its worker busy, so the number of running jobs never exceeds ``max_workers``.
    """

    def __init__(self, max_workers: int, max_queued: int, timeout_s: float, gauge: Any = None) -> None:
        self.max_workers = max_workers
        self.timeout_s = timeout_s
        self.capacity = max_workers + max_queued
        self._slots = threading.BoundedSemaphore(self.capacity)
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._in_flight = 0
        self._gauge = gauge  # a prometheus Gauge of the jobs in flight, or None

    @property
    def in_flight(self) -> int:
        """Jobs accepted and not finished yet (running or waiting for a worker)."""
        return self._in_flight

    def _accepted(self) -> None:
        with self._lock:
            self._in_flight += 1
        if self._gauge is not None:
            self._gauge.inc()

    def _finished(self, _future: Any = None) -> None:
        with self._lock:
            self._in_flight -= 1
        if self._gauge is not None:
            self._gauge.dec()
        self._slots.release()

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="summarize")
            return self._executor

    async def run(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run ``fn(*args, **kwargs)`` in a worker thread and return its result (or raise its exception).

        Raises:
            BusyError: all workers busy and the queue full.
            JobTimeoutError: not done within ``timeout_s`` seconds.
        """
        if not self._slots.acquire(blocking=False):
            raise BusyError(
                f"the service is busy ({self.max_workers} worker(s) busy and {self.capacity - self.max_workers} "
                "request(s) waiting, see SUMMARIZER_MAX_QUEUED_JOBS); retry later"
            )
        self._accepted()
        try:
            future = self._pool().submit(fn, *args, **kwargs)
        except BaseException:
            self._finished()
            raise
        future.add_done_callback(self._finished)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout_s)
        except asyncio.TimeoutError:
            future.cancel()  # drops it if it has not started
            raise JobTimeoutError(
                f"summarizing took longer than {self.timeout_s:g} s (SUMMARIZER_REQUEST_TIMEOUT_S)"
            ) from None

    def shutdown(self) -> None:
        """Stop accepting work; queued jobs are cancelled, running ones are not waited for."""
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None


def _summarize(text: str, source: str | None, options: SummarizeOptions, tokenizer: Tokenizer) -> DocumentSummary:
    return summarize(text, source=source, options=options, tokenizer=tokenizer)


_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "A body that cannot be parsed at all (not UTF-8 JSON, a broken "
          "multipart body) or a malformed Content-Length."},
    413: {"model": ErrorResponse, "description": "Request body over SUMMARIZER_MAX_BODY_BYTES."},
    422: {"model": ErrorResponse, "description": "Invalid request: empty text, text over SUMMARIZER_MAX_CHARS, "
          "invalid JSON or option (the `field` names it)."},
    503: {"model": ErrorResponse, "description": "Model not available (method=seq2seq), or the service is busy."},
    504: {"model": ErrorResponse, "description": "The summary took longer than SUMMARIZER_REQUEST_TIMEOUT_S."},
    500: {"model": ErrorResponse, "description": "A bug: the message names the request id."},
}


def _configure_logging() -> None:
    """Make the per-request log lines visible when nothing else configured logging (e.g. under uvicorn)."""
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the HTTP application.

    Args:
        settings: limits and start-up options; ``None`` reads them from ``SUMMARIZER_*`` environment variables.

    Returns:
        A FastAPI app. Run its lifespan (uvicorn does; use ``with TestClient(app)`` in tests) to load the
        jieba dictionary at start-up.

    Raises:
        pydantic.ValidationError: an environment variable has an invalid value (when ``settings`` is None).
    """
    settings = settings or Settings()
    # one segmenter for every request of this app; a user dictionary implies jieba (loaded here: a bad file fails now)
    if settings.user_dict:
        tokenizer = tokenize.get_tokenizer("jieba", user_dict=settings.user_dict)
    else:
        tokenizer = tokenize.get_tokenizer(settings.tokenizer)
    _configure_logging()
    metrics = Metrics()
    runner = JobRunner(settings.max_concurrent_jobs, settings.max_queued_jobs, settings.request_timeout_s,
                       gauge=metrics.jobs_in_flight)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.stopping = False
        if settings.warm_up:
            if not settings.user_dict:  # a user dictionary was loaded above, with jieba's own
                await asyncio.get_running_loop().run_in_executor(None, tokenize.warm_up, settings.tokenizer)
            app.state.warmed_up = True
        await preload_seq2seq(app)  # configured seq2seq checkpoints, loaded once (service/seq2seq.py)
        try:
            yield
        finally:
            app.state.stopping = True
            runner.shutdown()

    app = FastAPI(
        title="summarizer",
        version=__version__,
        description="Summaries, challenges (挑战) and recommendations (建议) of long Chinese documents. "
        'Every error is JSON: {"error": {"type", "message", "field"}}. The service reads only what a request '
        "carries: it never takes a file-system path from a request.",
        lifespan=lifespan,
        docs_url=None,  # /docs and /redoc come from service/web.py, with packaged scripts (no CDN)
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.runner = runner
    app.state.metrics = metrics
    app.state.warmed_up = False
    app.state.stopping = False
    install_error_handlers(app)
    # add_middleware puts the last one added outermost: RequestContext sees the 413s of the body limit.
    app.add_middleware(
        BodySizeLimitMiddleware, max_body_bytes=settings.max_body_bytes,
        path_limits={
            FILE_PATH: (settings.max_upload_bytes, "SUMMARIZER_MAX_UPLOAD_BYTES"),
            BATCH_PATH: (settings.max_batch_body_bytes, "SUMMARIZER_MAX_BATCH_BODY_BYTES"),
        },
    )
    app.add_middleware(RequestContextMiddleware, metrics=metrics)
    install_web(app)  # the page at /, its files, /docs and /redoc (service/web.py)

    @app.get("/healthz", summary="Liveness")
    async def healthz(request: Request) -> dict[str, Any]:
        """``{"status": "ok", "version": ..., "warmed_up": bool}``: the process answers. See ``/readyz`` for
        whether it should be sent work."""
        return {"status": "ok", "version": __version__, "warmed_up": bool(request.app.state.warmed_up)}

    @app.get(
        "/readyz",
        summary="Readiness",
        response_model=ReadyStatus,
        responses={503: {"model": ReadyStatus, "description": "Starting (dictionary not loaded yet), stopping, "
                         "or busy (every worker busy and the queue full; Retry-After says when to look again)."}},
    )
    async def readyz(request: Request) -> Any:
        """200 ``{"status": "ready", ...}`` when the service can take a summary now; 503 with ``status``
        ``starting``, ``stopping`` or ``busy`` otherwise (a load balancer then sends work elsewhere)."""
        state = request.app.state
        body = {"status": "ready", "jobs_in_flight": runner.in_flight, "capacity": runner.capacity}
        if state.stopping:
            body["status"] = "stopping"
        elif settings.warm_up and not state.warmed_up:
            body["status"] = "starting"
        elif runner.in_flight >= runner.capacity:
            body["status"] = "busy"
            return JSONResponse(body, status_code=503, headers={"Retry-After": str(BusyError.retry_after_s)})
        return JSONResponse(body, status_code=200 if body["status"] == "ready" else 503)

    @app.get("/metrics", summary="Prometheus metrics", response_class=PlainTextResponse)
    async def metrics_endpoint() -> Response:
        """Request counts, latency histogram, document characters, documents by outcome, jobs in flight
        (Prometheus text format; see :mod:`service.metrics`)."""
        return Response(content=metrics.render(), media_type=METRICS_CONTENT_TYPE)

    def check_chars(text: str, field: str) -> None:
        if len(text) > settings.max_chars:
            raise InputTooLargeError(
                f"{field} has {len(text):,} characters; the limit is {settings.max_chars:,} (SUMMARIZER_MAX_CHARS)",
                field=field,
            )

    @app.post(
        "/v1/summarize",
        response_model=DocumentSummary,
        responses=_ERROR_RESPONSES,
        summary="Summarize one document",
    )
    async def summarize_endpoint(body: SummarizeRequest, request: Request) -> DocumentSummary:
        """Summarize ``text`` into per-essay summaries, challenges and recommendations with character offsets.

        Offsets (``start``/``end``) are half-open character ranges into ``text``.
        """
        request.state.log.update(chars=len(body.text))
        with _counted(metrics, "summarize", len(body.text), request):
            check_chars(body.text, "text")
            options = SummarizeOptions(**body.model_dump(include=_OPTION_FIELDS))
            options = seq2seq_options(request.app, options, body.model)
            return await runner.run(_summarize, body.text, body.source, options, tokenizer)

    @app.post(
        FILE_PATH,
        response_model=FileSummary,
        responses={**_ERROR_RESPONSES, 413: {"model": ErrorResponse,
                                             "description": "Upload over SUMMARIZER_MAX_UPLOAD_BYTES."}},
        summary="Summarize an uploaded file (.txt in any encoding, .html/.mhtml, .docx, .pdf)",
    )
    async def summarize_file_endpoint(form: Annotated[FileForm, File()], request: Request) -> FileSummary:
        """Summarize an uploaded file (multipart/form-data, field ``file``).

        The format is found from the bytes (the file name's suffix only tells HTML from text); the text read
        is summarized as ``POST /v1/summarize`` does, and ``encoding``/``format`` say what was found. Offsets
        point into the extracted text. The upload is read from the request only; nothing is ever read from
        the server's disks. Errors name the field ``file``: ``decode_error`` (binary, undecodable, damaged),
        ``unsupported_format`` (image, archive, old .doc…), ``no_text_layer`` (a scanned PDF),
        ``empty_input``, ``input_too_large`` (over SUMMARIZER_MAX_CHARS characters once read).
        With ``include_text=true`` the answer's ``text`` is the text read (what the web page shows beside the
        points); otherwise it is null.
        """
        data = await form.file.read()
        filename = _safe_name(form.file.filename)
        options = SummarizeOptions(**form.model_dump(include=_OPTION_FIELDS))
        options = seq2seq_options(request.app, options, form.model)
        request.state.log.update(upload_bytes=len(data))
        fmt = None if form.format == "auto" else form.format
        source = form.source if form.source is not None else filename
        with _counted(metrics, "file", None, request) as outcome:
            document, result = await runner.run(
                _summarize_upload, data, filename, form.file.content_type, fmt, source, options, settings.max_chars,
                tokenizer)
            outcome["chars"] = len(document.text)
            request.state.log.update(chars=len(document.text), format=document.format, encoding=document.encoding)
            return FileSummary(**dict(result), text=document.text if form.include_text else None)

    @app.post(
        BATCH_PATH,
        response_model=BatchResponse,
        responses={**_ERROR_RESPONSES, 413: {"model": ErrorResponse,
                                             "description": "Body over SUMMARIZER_MAX_BATCH_BODY_BYTES."}},
        summary="Summarize up to SUMMARIZER_MAX_BATCH_DOCUMENTS documents",
    )
    async def summarize_batch_endpoint(body: BatchRequest, request: Request) -> Any:
        """Summarize several documents with the same options: one record per document, in order.

        Each record is a result (``id`` plus a ``DocumentSummary``) or an error record
        ``{"id", "source", "error": {"type", "message"}}`` (e.g. ``empty_input``, or ``input_too_large`` for a
        text over SUMMARIZER_MAX_CHARS): one bad document does not fail the others. The whole batch is one
        job with the request timeout (504 when it is over). More than SUMMARIZER_MAX_BATCH_DOCUMENTS documents
        or repeated ids → 422 naming ``documents``.
        """
        documents = body.documents
        if len(documents) > settings.max_batch_documents:
            raise RequestLimitError(
                f"documents: {len(documents):,} documents; the limit is {settings.max_batch_documents:,} per batch "
                "(SUMMARIZER_MAX_BATCH_DOCUMENTS)", field="documents")
        seen: set[str] = set()
        for doc in documents:
            if doc.id in seen:
                raise RequestLimitError(f"documents: the id {doc.id!r} is used twice; ids must be unique",
                                        field="documents", code="validation_error")
            seen.add(doc.id)
        options = SummarizeOptions(**body.model_dump(include=_OPTION_FIELDS))
        options = seq2seq_options(request.app, options, body.model)
        request.state.log.update(documents=len(documents), chars=sum(len(d.text) for d in documents))
        cancel = threading.Event()
        try:
            records = await runner.run(_summarize_batch, documents, options, settings.max_chars, cancel, tokenizer)
        except JobTimeoutError:
            cancel.set()  # the job stops before its next document
            raise
        failed = 0
        for doc, record in zip(documents, records):
            error = record.get("error")
            failed += error is not None
            metrics.observe_document("batch", len(doc.text), error["type"] if error else "ok")
        return JSONResponse({"results": records, "succeeded": len(records) - failed, "failed": failed})

    return app


FILE_PATH = "/v1/summarize/file"
BATCH_PATH = "/v1/summarize/batch"


class FileForm(SummarizeOptions):
    """Fields of ``POST /v1/summarize/file`` (multipart/form-data): the file plus the summary options."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    file: UploadFile = Field(..., description="The document: .txt (any encoding), .html/.mhtml, .docx or .pdf.")
    source: str | None = Field(None, max_length=1000, description="Id echoed back (default: the file's name).")
    format: Literal["auto", "text", "html", "docx", "pdf"] = Field(
        "auto", description="The file's format, or auto to detect it from its bytes.")
    include_text: bool = Field(
        False, description="Also return the text read from the file (`text`), the text every offset points into.")


class FileSummary(DocumentSummary):
    """Answer of ``POST /v1/summarize/file``: a :class:`DocumentSummary` plus, when the form asked for it
    (``include_text=true``), the text read from the file. Offsets are Unicode code points into that text."""

    text: str | None = Field(None, description="The text read from the file, every `start`/`end` an offset into it "
                             "(code points); null unless the form says include_text=true.")


class BatchDocument(BaseModel):
    """One document of a batch."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., min_length=1, max_length=1000, description="Caller's id, unique within the batch.")
    text: str = Field(..., description="The document (characters).")
    source: str | None = Field(None, max_length=1000, description="Echoed back as `source` (default: the id).")


class BatchRequest(SummarizeOptions):
    """Body of ``POST /v1/summarize/batch``: the documents plus options applied to each."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"documents": [
            {"id": "a", "text": "一、存在的问题\n基层治理力量薄弱。一是人员不足，二是经费紧张。\n"
                                "二、对策建议\n一是充实基层队伍。"},
            {"id": "b", "text": "。。。"}], "max_points": 3}]},
    )

    documents: list[BatchDocument] = Field(..., min_length=1, description="The documents, in the order of the results.")


class ItemError(BaseModel):
    type: str = Field(..., description="Error code, e.g. 'empty_input', 'input_too_large'.")
    message: str


class BatchItemError(BaseModel):
    """A document of the batch that could not be summarized."""

    id: str
    source: str | None = None
    error: ItemError


class BatchItemResult(DocumentSummary):
    """A document of the batch that was summarized: its id plus its summary."""

    id: str


class BatchResponse(BaseModel):
    """One record per document, in the order given."""

    results: list[BatchItemResult | BatchItemError]
    succeeded: int = Field(..., ge=0)
    failed: int = Field(..., ge=0)


class ReadyStatus(BaseModel):
    status: Literal["ready", "starting", "stopping", "busy"]
    jobs_in_flight: int = Field(..., ge=0, description="Summaries running or waiting for a worker thread.")
    capacity: int = Field(..., ge=1, description="Most summaries running or waiting at once (then 503 busy).")


def _safe_name(filename: str | None) -> str | None:
    """The last component of an uploaded file's name (a client may send a whole path): an echo and a suffix,
    never opened."""
    if not filename:
        return None
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name[:255] or None


def _summarize_upload(data: bytes, filename: str | None, media_type: str | None, fmt: str | None,
                      source: str | None, options: SummarizeOptions, max_chars: int, tokenizer: Tokenizer):
    """Read an upload and summarize it (in a worker thread). Errors name the field ``file``."""
    try:
        document = read_bytes(data, filename=filename, media_type=media_type, format=fmt, source=source)
        if len(document.text) > max_chars:
            raise InputTooLargeError(
                f"the file's text has {len(document.text):,} characters; the limit is {max_chars:,} "
                "(SUMMARIZER_MAX_CHARS)")
        return document, summarize(document, options=options, tokenizer=tokenizer)
    except SummarizerError as exc:
        if exc.field in (None, "text"):
            exc.field = "file"
        raise


def _summarize_batch(documents: list[BatchDocument], options: SummarizeOptions, max_chars: int,
                     cancel: threading.Event, tokenizer: Tokenizer) -> list[dict[str, Any]]:
    """Summarize each document in turn (in a worker thread); stops early once ``cancel`` is set."""
    records = []
    for doc in documents:
        if cancel.is_set():
            break
        if len(doc.text) > max_chars:
            records.append(batch.error_record(doc.id, source=doc.source, kind="input_too_large", message=(
                f"text has {len(doc.text):,} characters; the limit is {max_chars:,} (SUMMARIZER_MAX_CHARS)")))
            continue
        records.append(batch.summarize_text_record(doc.id, doc.text, source=doc.source, options=options,
                                                   tokenizer=tokenizer))
    return records


@contextmanager
def _counted(metrics: Metrics, endpoint: str, chars: int | None, request: Request) -> Iterator[dict[str, Any]]:
    """Count one document in the metrics, with its outcome: ``ok`` or the error type it ended with."""
    outcome: dict[str, Any] = {"chars": chars}
    try:
        yield outcome
    except SummarizerError as exc:
        request.state.log.update(error=exc.code)
        metrics.observe_document(endpoint, outcome["chars"], exc.code)
        raise
    except ServiceError as exc:
        request.state.log.update(error=exc.code)
        metrics.observe_document(endpoint, outcome["chars"], exc.code)
        raise
    else:
        metrics.observe_document(endpoint, outcome["chars"], "ok")
