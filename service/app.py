"""The FastAPI application over :func:`summarizer.summarize` and :mod:`summarizer.readers`.

Endpoints: ``POST /v1/summarize`` (JSON text), ``POST /v1/summarize/file`` (multipart upload of a .txt, .html,
.docx or .pdf), ``POST /v1/summarize/batch`` (several texts), ``GET|HEAD /healthz`` (liveness), ``GET|HEAD /readyz``
(readiness), ``GET|HEAD /metrics`` (Prometheus), docs at ``/docs`` and ``/redoc``, and a web page at ``/`` (see
:mod:`service.web`).

Build it with :func:`create_app` (an app factory: ``uvicorn --factory service.app:create_app``). Summaries run in
worker processes (:mod:`service.workers`, jobs in :mod:`service.jobs`): each loads the jieba dictionary once at
start-up, a full queue answers 503 with Retry-After, and a job past the request timeout gets 504 and its worker
process is killed and replaced. The event loop only reads requests and waits, so ``/healthz`` and ``/metrics``
answer at once under any load. Every failure is a JSON ``{"error": {"type", "message", "field"}}`` (see
:mod:`service.errors`). No request can name a file on the server: uploads are read from the request body, and
``source``/file names are only echoed back.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, File, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field, field_validator

from service import jobs
from service.errors import (
    BusyError,
    ClientClosedError,
    ErrorResponse,
    RequestLimitError,
    ServiceError,
    install_error_handlers,
)
from service.jobs import FileSummary
from service.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from service.metrics import Metrics
from service.middleware import BodySizeLimitMiddleware, RequestContextMiddleware, logger
from service.settings import SERVER_LIMIT_SETTINGS, Settings
from service.seq2seq import request_options as seq2seq_options
from service.uploads import UploadRoute, safe_name
from service.web import install_web
from service.workers import WorkerPool
from summarizer import __version__, tokenize
from summarizer.batch import DuplicateKeyError, unique_keys
from summarizer.errors import InputTooLargeError, SummarizerError, TooManySentencesError
from summarizer.formats.limits import ReaderLimits
from summarizer.schema import Collection, DocumentSummary, SummarizeOptions
from summarizer.sentences import count_sentence_ends


__all__ = ["create_app", "SummarizeRequest", "BatchRequest", "FileForm", "FileSummary"]

#: Seconds the lifespan waits for the worker processes to load (SUMMARIZER_WARM_UP): then it serves anyway and
#: /readyz says "starting" until one is ready.
WORKER_START_TIMEOUT_S = 180.0

_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(cls: type, value: Any) -> Any:
    """A JSON string may hold an escaped lone surrogate (``"\\ud800"``): not a character, it cannot be written as
    UTF-8. Refused (422 naming the field) rather than replaced, so the offsets of the answer stay those of the
    text sent."""
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        if found is not None:
            raise ValueError(f"holds a lone surrogate (U+{ord(found.group()):04X}) at character {found.start():,}: "
                             "not a Unicode character; send valid Unicode text")
    return value



class SummarizeRequest(SummarizeOptions):
    """Body of ``POST /v1/summarize``: the text plus any of the :class:`SummarizeOptions` knobs.

    Strict types: ``true`` or ``"3"`` for an integer option is a 422 (JSON has numbers), and a string with a lone
    surrogate is a 422 naming its field."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
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

    _valid_unicode = field_validator("*")(_no_lone_surrogates)


# `model` is a request's *name* of a configured checkpoint: service/seq2seq.py maps it, never passed on as is.
_OPTION_FIELDS = frozenset(SummarizeOptions.model_fields) - {"model"}


_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "A body that cannot be parsed at all (not UTF-8 JSON, a broken "
          "multipart body) or a malformed Content-Length."},
    408: {"model": ErrorResponse, "description": "read_timeout: the body did not arrive within "
          "SUMMARIZER_READ_TIMEOUT_S seconds; the connection is closed."},
    413: {"model": ErrorResponse, "description": "Request body over SUMMARIZER_MAX_BODY_BYTES."},
    415: {"model": ErrorResponse, "description": "A body declared as a media type the endpoint does not read "
          "(text/plain or a form sent as JSON, JSON sent to the upload), or JSON in a charset other than UTF-8."},
    422: {"model": ErrorResponse, "description": "Invalid request: empty text, text over SUMMARIZER_MAX_CHARS, "
          "invalid JSON or option (the `field` names it)."},
    503: {"model": ErrorResponse, "description": "Model not available (method=seq2seq), or the service is busy."},
    504: {"model": ErrorResponse, "description": "The summary took longer than SUMMARIZER_REQUEST_TIMEOUT_S."},
    500: {"model": ErrorResponse, "description": "internal_error: a bug, the message names the request id; "
          "worker_died: the worker process computing the request died (it is replaced); unguarded_main: the "
          "worker processes cannot start."},
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


def _worker_config(settings: Settings) -> dict[str, Any]:
    """What a worker process needs of the settings (plain data: it is pickled to each new worker)."""
    return {"tokenizer": settings.tokenizer, "user_dict": settings.user_dict, "warm_up": settings.warm_up, "workers": settings.max_concurrent_jobs,
            "max_essays": settings.max_essays, "max_sentences": settings.max_sentences,
            "seq2seq_models": dict(settings.seq2seq_models), "seq2seq_device": settings.seq2seq_device,
            "seq2seq_dtype": settings.seq2seq_dtype, "seq2seq_preload": settings.seq2seq_preload}


class JsonBodyRequest(Request):
    """A request whose JSON body is parsed with :func:`summarizer.batch.unique_keys`: a key that stands twice in an
    object (``{"text": "…", "text": "x"}``) is a 422 ``validation_error`` (``request body is not valid JSON (the key
    "text" stands twice …)``), as ``--input-jsonl`` refuses such a line, never its last value silently kept."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = json.loads(body, object_pairs_hook=unique_keys)
            except DuplicateKeyError as exc:  # FastAPI answers a JSONDecodeError as json_invalid, with its msg
                raise json.JSONDecodeError(str(exc), body.decode("utf-8", "replace"), 0) from None
            except json.JSONDecodeError as exc:
                # FastAPI's 422 carries only ``exc.msg`` (``Unterminated string starting at``, a sentence cut
                # before its position): hand on the whole message, ``…: line 1 column 10 (char 9)``, as
                # ``--input-jsonl`` words it (ux34)
                raise json.JSONDecodeError(str(exc), exc.doc, exc.pos) from None
        return self._json


class JsonBodyRoute(APIRoute):
    """Route class of the app's own routes: hands each endpoint a :class:`JsonBodyRequest`."""

    def get_route_handler(self) -> Callable[[Request], Any]:
        handler = super().get_route_handler()

        async def json_body_handler(request: Request) -> Response:
            return await handler(JsonBodyRequest(request.scope, request.receive))

        return json_body_handler


def create_app(settings: Settings | None = None, *, worker_initializer: Callable[[], Any] | None = None) -> FastAPI:
    """Build the HTTP application.

    Args:
        settings: limits and start-up options; ``None`` reads them from ``SUMMARIZER_*`` environment variables.
        worker_initializer: a module-level function run once in every worker process after its own start-up (e.g.
            to configure logging there); tests use it to make jobs misbehave.

    Returns:
        A FastAPI app. Run its lifespan (uvicorn does; use ``with TestClient(app)`` in tests) to start the worker
        processes (``SUMMARIZER_MAX_CONCURRENT_JOBS``) and, with ``SUMMARIZER_WARM_UP``, wait until each has
        loaded the jieba dictionary (and the configured seq2seq models). Without the lifespan the workers start
        on the first request.

    Raises:
        pydantic.ValidationError: an environment variable has an invalid value (when ``settings`` is None).
        ValueError: a reader limit variable (``SUMMARIZER_MAX_PDF_PAGES`` …) is not a positive integer.
    """
    settings = settings or Settings()
    ReaderLimits.from_env()  # a malformed SUMMARIZER_MAX_* reader limit fails here, at start-up, not as a 500 per upload
    if settings.user_dict:  # a user dictionary implies jieba in the workers: a bad file fails here, at start-up
        tokenize.get_tokenizer("jieba", user_dict=settings.user_dict)
    _configure_logging()
    metrics = Metrics()

    def worker_ready(info: Any) -> None:  # on a pool thread, each time a worker has started
        app.state.warmed_up = True
        if isinstance(info, dict):
            app.state.seq2seq_errors = dict(info.get("seq2seq_errors") or {})

    pool = WorkerPool(settings.max_concurrent_jobs, settings.max_queued_jobs, settings.request_timeout_s,
                      initializer=jobs.init_worker, initargs=(_worker_config(settings), worker_initializer),
                      on_ready=worker_ready, stuck_after_s=settings.stuck_after_s, gauge=metrics.jobs_in_flight,
                      restarts=metrics.worker_restarts)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.stopping = False
        pool.start()
        if settings.warm_up:
            loop = asyncio.get_running_loop()
            if not await loop.run_in_executor(None, pool.wait_ready, WORKER_START_TIMEOUT_S):
                logger.warning("the worker processes were not ready within %g s; serving anyway",
                               WORKER_START_TIMEOUT_S)
        try:
            yield
        finally:
            app.state.stopping = True
            await asyncio.get_running_loop().run_in_executor(None, pool.close)

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
    app.router.route_class = JsonBodyRoute  # a JSON body's repeated key is a 422, not its last value kept
    app.state.settings = settings
    app.state.runner = pool
    app.state.metrics = metrics
    app.state.warmed_up = False
    app.state.stopping = False
    app.state.seq2seq_errors = {}
    install_error_handlers(app)
    # add_middleware puts the last one added outermost: RequestContext sees the 413s of the body limit.
    app.add_middleware(
        BodySizeLimitMiddleware, max_body_bytes=settings.max_body_bytes,
        path_limits={
            FILE_PATH: (settings.max_upload_bytes, "SUMMARIZER_MAX_UPLOAD_BYTES"),
            BATCH_PATH: (settings.max_batch_body_bytes, "SUMMARIZER_MAX_BATCH_BODY_BYTES"),
        },
        read_timeout_s=settings.read_timeout_s,
    )
    app.add_middleware(RequestContextMiddleware, metrics=metrics, routes=app.router)
    install_web(app)  # the page at /, its files, /docs and /redoc (service/web.py)

    @app.get("/healthz", summary="Liveness")
    async def healthz(request: Request) -> dict[str, Any]:
        """``{"status": "ok", "version": ..., "warmed_up": bool}``: the process answers (it never waits for a
        worker; ``HEAD /healthz`` answers the same without a body). ``warmed_up``: a worker process has loaded
        the dictionary. See ``/readyz`` for whether it should be sent work."""
        return {"status": "ok", "version": __version__, "warmed_up": bool(request.app.state.warmed_up)}

    app.head("/healthz", include_in_schema=False)(healthz)  # load balancers that probe with HEAD

    @app.get(
        "/readyz",
        summary="Readiness",
        response_model=ReadyStatus,
        responses={503: {"model": ReadyStatus, "description": "Starting (no worker process ready yet), stopping, "
                         "or busy (the queue is full, or every worker is stuck on a long job or being replaced; "
                         "Retry-After says when to look again)."}},
    )
    async def readyz(request: Request) -> Any:
        """200 ``{"status": "ready", ...}`` when the service can take a summary now; 503 with ``status``
        ``starting``, ``stopping`` or ``busy`` otherwise (a load balancer then sends work elsewhere)."""
        state = request.app.state
        st = pool.status()
        body = {"status": "ready", "jobs_in_flight": st["in_flight"], "capacity": st["capacity"],
                "workers": st["workers"], "workers_ready": st["ready"], "workers_stuck": st["stuck"]}
        if state.stopping or st["closed"]:
            body["status"] = "stopping"
        elif not st["ever_ready"]:
            body["status"] = "starting"
        elif st["in_flight"] >= st["capacity"] or (st["idle"] == 0 and st["busy"] == st["stuck"]):
            # the queue is full, or no worker is free and every one is stuck or being replaced
            body["status"] = "busy"
            return JSONResponse(body, status_code=503, headers={"Retry-After": str(BusyError.retry_after_s)})
        return JSONResponse(body, status_code=200 if body["status"] == "ready" else 503)

    app.head("/readyz", include_in_schema=False)(readyz)  # the same status, no body (probes that use HEAD)

    @app.get("/metrics", summary="Prometheus metrics", response_class=PlainTextResponse)
    async def metrics_endpoint() -> Response:
        """Request counts, latency histogram, document characters, documents by outcome, jobs in flight, worker
        restarts (Prometheus text format; see :mod:`service.metrics`)."""
        return Response(content=metrics.render(), media_type=METRICS_CONTENT_TYPE)

    app.head("/metrics", include_in_schema=False)(metrics_endpoint)  # HEAD: a scraper's or monitor's probe (ux30)

    def check_size(text: str, field: str) -> None:
        """Refuse, in the server's own process before any job is queued, a text over ``SUMMARIZER_MAX_CHARS``
        characters or over ``SUMMARIZER_MAX_SENTENCES`` sentence ends (:func:`summarizer.sentences.count_sentence_ends`,
        one scan: a few milliseconds on 100,000 characters): 422 ``input_too_large`` naming ``field`` and the server
        setting that raises the limit (a client can send neither)."""
        if len(text) > settings.max_chars:
            raise InputTooLargeError(
                f"{field} has {len(text):,} characters; the limit is {settings.max_chars:,} (SUMMARIZER_MAX_CHARS)",
                field=field,
            )
        ends = count_sentence_ends(text)
        if ends > settings.max_sentences:
            error = TooManySentencesError(ends, settings.max_sentences, SERVER_LIMIT_SETTINGS["max_sentences"])
            error.field = field
            raise error

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
            check_size(body.text, "text")
            options = SummarizeOptions(**body.model_dump(include=_OPTION_FIELDS))
            options = seq2seq_options(request.app, options, body.model,
                                      method_given="method" in body.model_fields_set)
            answer = await run_while_connected(request, pool, jobs.summarize_text, body.text, body.source, options,
                                               settings.tokenizer)
            return Response(answer, media_type="application/json")  # JSON made in the worker

    uploads = APIRouter(route_class=UploadRoute)  # reads file names and fields in every spelling (service/uploads.py)

    @uploads.post(
        FILE_PATH,
        response_model=FileSummary,
        responses={**_ERROR_RESPONSES, 413: {"model": ErrorResponse,
                                             "description": "Upload over SUMMARIZER_MAX_UPLOAD_BYTES."}},
        summary="Summarize an uploaded file (.txt in any encoding, .html/.mhtml, .docx, .pdf)",
    )
    async def summarize_file_endpoint(form: Annotated[FileForm, File()], request: Request) -> FileSummary:
        """Summarize an uploaded file (multipart/form-data, one part named ``file``).

        The format is found from the bytes (the file name's suffix or type only tells HTML from text, and only
        when the bytes hold markup); the text read is summarized as ``POST /v1/summarize`` does, and
        ``encoding``/``format`` say what was found. Offsets point into the extracted text. The upload is read from
        the request only; nothing is ever read from the server's disks. The file name may come as ``filename``
        (UTF-8, or GB18030 bytes) or ``filename*=UTF-8''…`` (RFC 5987, preferred when both are sent); only its
        last path component is kept. Errors name the field ``file``: ``decode_error`` (binary, undecodable,
        damaged), ``unsupported_format`` (image, archive, old .doc…), ``no_text_layer`` (a scanned PDF),
        ``empty_input``, ``input_too_large`` (over SUMMARIZER_MAX_CHARS characters once read),
        ``validation_error`` (a second ``file`` part, or a name or field value that is neither UTF-8 nor GB18030).
        With ``include_text=true`` the answer's ``text`` is the text read (what the web page shows beside the
        points); otherwise it is null.
        """
        for field, problem in request.scope.get("state", {}).get("form_errors") or ():
            raise RequestLimitError(problem if problem.startswith(f"{field}:") else f"{field}: {problem}",
                                    field=field, code="validation_error")
        parts = (await request.form()).getlist("file")
        if len(parts) > 1:
            # (try54: the hint named /v1/summarize/batch as if it took files; it takes texts as JSON)
            raise RequestLimitError(f"file: {len(parts)} parts named `file`; send one file per request (a request "
                                    "for each file; /v1/summarize/batch takes texts as JSON, not files)",
                                    field="file", code="validation_error")
        data = await form.file.read()
        filename = safe_name(form.file.filename)
        options = SummarizeOptions(**form.model_dump(include=_OPTION_FIELDS))
        options = seq2seq_options(request.app, options, form.model,
                                      method_given="method" in form.model_fields_set)
        request.state.log.update(upload_bytes=len(data))
        fmt = None if form.format == "auto" else form.format
        source = form.source if form.source is not None else filename
        with _counted(metrics, "file", None, request) as outcome:
            facts, answer = await run_while_connected(
                request, pool,
                jobs.summarize_upload, data, filename, form.file.content_type, fmt, source, options,
                settings.max_chars, settings.tokenizer, form.include_text, form.csv_column,
                form.csv_title_column)
            outcome["chars"] = facts["chars"]
            request.state.log.update(facts)
            return Response(answer, media_type="application/json")  # JSON made in the worker

    app.include_router(uploads)

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
        job with the request timeout (504 when it is over, and the job is stopped). More than
        SUMMARIZER_MAX_BATCH_DOCUMENTS documents or repeated ids → 422 naming ``documents``.
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
        options = seq2seq_options(request.app, options, body.model,
                                      method_given="method" in body.model_fields_set)
        request.state.log.update(documents=len(documents), chars=sum(len(d.text) for d in documents))
        outcomes, answer = await run_while_connected(request, pool, jobs.summarize_batch,
                                                     [(d.id, d.text, d.source) for d in documents],
                                                     options, settings.max_chars, settings.tokenizer, body.collection)
        for doc, outcome in zip(documents, outcomes):
            metrics.observe_document("batch", len(doc.text), outcome)
        return Response(answer, media_type="application/json")  # JSON made in the worker

    return app


FILE_PATH = "/v1/summarize/file"
BATCH_PATH = "/v1/summarize/batch"


class FileForm(SummarizeOptions):
    """Fields of ``POST /v1/summarize/file`` (multipart/form-data): the file plus the summary options."""

    # (lax, unlike its parent SummarizeOptions: every multipart field arrives as a string, "3" for max_points)
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, strict=False)

    file: UploadFile = Field(..., description="The document: .txt (any encoding), .html/.mhtml, .docx or .pdf.")
    source: str | None = Field(None, max_length=1000, description="Id echoed back (default: the file's name).")
    format: Literal["auto", "text", "html", "docx", "pdf"] = Field(
        "auto", description="The file's format, or auto to detect it from its bytes.")
    include_text: bool = Field(
        False, description="Also return the text read from the file (`text`), the text every offset points into.")
    csv_column: str | None = Field(
        None, min_length=1, max_length=200,
        description="For a .csv/.tsv upload only: the column read, a header name (the header row is then skipped) or "
        "a 0-based index (every row read); default: the one column of long cells under a header row, one essay a "
        "row, else every non-empty cell. A column the table lacks, or this field with a file that is not a table, "
        "is 422 `column_not_found`.")
    csv_title_column: str | None = Field(
        None, min_length=1, max_length=200,
        description="For a .csv/.tsv upload only: the column of each record's title, a header name or a 0-based "
        "index; default: the header cell 标题/题目/title… if any. Errors as for `csv_column`.")

    _valid_unicode = field_validator("*")(_no_lone_surrogates)


class BatchDocument(BaseModel):
    """One document of a batch."""

    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = Field(..., min_length=1, max_length=1000, description="Caller's id, unique within the batch; an "
                    "integer (a database key, as `--input-jsonl` accepts) is answered as its string.")
    text: str = Field(..., description="The document (characters).")
    source: str | None = Field(None, max_length=1000, description="Echoed back as `source` (default: the id).")

    _valid_unicode = field_validator("*")(_no_lone_surrogates)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_string(cls, value: Any) -> Any:
        # `{"id": 1}` was a 422 here while `summarizer summarize --input-jsonl` reads the same record; any other
        # JSON type is a 422 that says both kinds an id may be (ux32: it said "a valid string" of an id 1.5)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise ValueError("Input should be a valid string or an integer")
        return value


class BatchRequest(SummarizeOptions):
    """Body of ``POST /v1/summarize/batch``: the documents plus options applied to each (strict types, as
    :class:`SummarizeRequest`)."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={"examples": [{"documents": [
            {"id": "a", "text": "一、存在的问题\n基层治理力量薄弱。一是人员不足，二是经费紧张。\n"
                                "二、对策建议\n一是充实基层队伍。"},
            {"id": "b", "text": "。。。"}], "max_points": 3}]},
    )

    documents: list[BatchDocument] = Field(..., min_length=1, description="The documents, in the order of the results.")
    collection: bool = Field(False, description="Also answer `collection`: the themes shared across every essay of "
                             "the batch (共性问题/共性建议), as `summarizer summarize DIR --collection`.")

    _valid_unicode = field_validator("*")(_no_lone_surrogates)


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
    collection: Collection | None = Field(None, description="With `\"collection\": true`: the themes across every "
                                          "essay of the batch; each essay named by its document's id.")


class ReadyStatus(BaseModel):
    status: Literal["ready", "starting", "stopping", "busy"]
    jobs_in_flight: int = Field(..., ge=0, description="Summaries running or waiting for a worker process.")
    capacity: int = Field(..., ge=1, description="Most summaries running or waiting at once (then 503 busy).")
    workers: int = Field(..., ge=1, description="Worker processes configured (SUMMARIZER_MAX_CONCURRENT_JOBS).")
    workers_ready: int = Field(..., ge=0, description="Worker processes started and serving (idle or busy).")
    workers_stuck: int = Field(..., ge=0, description="Workers on one job for longer than SUMMARIZER_STUCK_AFTER_S.")


async def _disconnected(receive: Callable[[], Any]) -> None:
    """Return once the ASGI ``receive`` callable delivers ``http.disconnect`` (the request body already read:
    the server then sends nothing else until the client goes away or the response is complete)."""
    while True:
        message = await receive()
        if message.get("type") == "http.disconnect":
            return


async def run_while_connected(request: Request, pool: Any, fn: Callable[..., Any], /, *args: Any) -> Any:
    """``await pool.run(fn, *args)`` (:meth:`service.workers.WorkerPool.run`) while watching the client: when
    it closes its connection before the answer, the run is cancelled, so a job still waiting for a worker is
    dropped from the queue (a running one finishes or meets the request timeout), and
    :class:`ClientClosedError` (499 ``client_closed``, for the log and the metrics) is raised.

    Call it only after the request body has been read in full (every endpoint reads it before the job).

    Raises:
        ClientClosedError: the client disconnected first.
        whatever ``pool.run`` raises (BusyError, JobTimeoutError, WorkerDiedError, the job's own errors).
    """
    run = asyncio.ensure_future(pool.run(fn, *args))
    watch = asyncio.ensure_future(_disconnected(request.receive))
    try:
        await asyncio.wait((run, watch), return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        run.cancel()
        raise
    finally:
        watch.cancel()
    if run.done():
        return run.result()
    if watch.done() and not watch.cancelled() and watch.exception() is not None:
        # the receive chain failed (not a disconnect): keep waiting for the answer as before
        return await run
    run.cancel()
    try:
        await run
    except (asyncio.CancelledError, Exception):  # noqa: BLE001 - nobody reads the answer any more
        pass
    raise ClientClosedError("the client closed the connection before the answer; its job was dropped")


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
