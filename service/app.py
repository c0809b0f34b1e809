"""The FastAPI application: ``POST /v1/summarize``, ``GET /healthz``, docs at ``/docs``.

Build it with :func:`create_app` (an app factory: ``uvicorn --factory service.app:create_app``). The jieba
dictionary is loaded once at start-up (lifespan), summaries run in a bounded pool of worker threads off the
event loop, and every failure is a JSON ``{"error": {"type", "message", "field"}}`` (see
:mod:`service.errors`).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from pydantic import ConfigDict, Field

from service.errors import BusyError, ErrorResponse, JobTimeoutError, install_error_handlers
from service.middleware import BodySizeLimitMiddleware, RequestContextMiddleware, logger
from service.settings import Settings
from summarizer import __version__
from summarizer.errors import InputTooLargeError
from summarizer.schema import DocumentSummary, SummarizeOptions

T = TypeVar("T")

__all__ = ["create_app", "SummarizeRequest", "JobRunner"]


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


_OPTION_FIELDS = frozenset(SummarizeOptions.model_fields)


class JobRunner:
    """Runs CPU-bound jobs in at most ``max_workers`` threads, with a bounded queue and a timeout.

    At most ``max_workers + max_queued`` jobs are accepted at once (running or waiting); one more gets
    :class:`BusyError` (503). A job that does not finish within ``timeout_s`` seconds (waiting included) gets
    :class:`JobTimeoutError` (504): a waiting job is then dropped, a running one finishes in the background
    but keeps its worker busy, so the number of running jobs never exceeds ``max_workers``.
    """

    def __init__(self, max_workers: int, max_queued: int, timeout_s: float) -> None:
        self.max_workers = max_workers
        self.timeout_s = timeout_s
        self._slots = threading.BoundedSemaphore(max_workers + max_queued)
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

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
            raise BusyError("the service is busy (all workers busy and the queue full); retry later")
        try:
            future = self._pool().submit(fn, *args, **kwargs)
        except BaseException:
            self._slots.release()
            raise
        future.add_done_callback(lambda _f: self._slots.release())
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


def _summarize(text: str, source: str | None, options: SummarizeOptions) -> DocumentSummary:
    from summarizer import summarize

    return summarize(text, source=source, options=options)


_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
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
    _configure_logging()
    runner = JobRunner(settings.max_concurrent_jobs, settings.max_queued_jobs, settings.request_timeout_s)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.warm_up:
            from summarizer.tokenize import warm_up

            await asyncio.get_running_loop().run_in_executor(None, warm_up)
            app.state.warmed_up = True
        try:
            yield
        finally:
            runner.shutdown()

    app = FastAPI(
        title="summarizer",
        version=__version__,
        description="Summaries, challenges (挑战) and recommendations (建议) of long Chinese documents. "
        'Every error is JSON: {"error": {"type", "message", "field"}}.',
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.runner = runner
    app.state.warmed_up = False
    install_error_handlers(app)
    # add_middleware puts the last one added outermost: RequestContext sees the 413s of the body limit.
    app.add_middleware(BodySizeLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContextMiddleware)

    @app.get("/healthz", summary="Liveness and readiness")
    async def healthz(request: Request) -> dict[str, Any]:
        """``{"status": "ok", "version": ..., "warmed_up": bool}``; ``warmed_up`` says the dictionary is loaded."""
        return {"status": "ok", "version": __version__, "warmed_up": bool(request.app.state.warmed_up)}

    @app.post(
        "/v1/summarize",
        response_model=DocumentSummary,
        responses=_ERROR_RESPONSES,
        summary="Summarize one document",
    )
    async def summarize_endpoint(body: SummarizeRequest) -> DocumentSummary:
        """Summarize ``text`` into per-essay summaries, challenges and recommendations with character offsets.

        Offsets (``start``/``end``) are half-open character ranges into ``text``.
        """
        if len(body.text) > settings.max_chars:
            raise InputTooLargeError(
                f"text has {len(body.text):,} characters; the limit is {settings.max_chars:,} "
                "(SUMMARIZER_MAX_CHARS)",
                field="text",
            )
        options = SummarizeOptions(**body.model_dump(include=_OPTION_FIELDS))
        return await runner.run(_summarize, body.text, body.source, options)

    return app
