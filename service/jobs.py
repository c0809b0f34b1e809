"""What the service's worker processes run (see :mod:`service.workers`): their start-up and the three jobs.

Every function here is module-level, so the server sends it to a worker by reference (pickle) and the worker
imports this module. Arguments are plain data: the text (characters), the options
(:class:`summarizer.schema.SummarizeOptions`) and the tokenizer's *name* (each worker keeps its own segmenter,
:func:`summarizer.tokenize.get_tokenizer`). Answers come back as the response's JSON bytes, serialized in the
worker (pydantic), so the server's event loop only passes them on.

seq2seq models live in the workers: :func:`init_worker` loads every configured checkpoint once per worker
process (``SUMMARIZER_SEQ2SEQ_PRELOAD``), so a stuck generation can be killed like any other job. Each worker
then holds its own copy of the weights (memory: workers x model size).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import Field, TypeAdapter

from summarizer import batch, seq2seq, tokenize  # seq2seq: no torch import until a model loads
from summarizer.collection import synthesize_records
from summarizer.errors import (InputTooLargeError, ModelNotAvailableError, SummarizerError, TooManyEssaysError,
                               TooManySentencesError)
from summarizer.pipeline import summarize
from summarizer.readers import read_bytes
from summarizer.schema import DocumentSummary, SummarizeOptions

from service.settings import SERVER_LIMIT_SETTINGS

class FileSummary(DocumentSummary):
    """Answer of ``POST /v1/summarize/file``: a :class:`DocumentSummary` plus, when the form asked for it
    (``include_text=true``), the text read from the file. Offsets are Unicode code points into that text."""

    text: str | None = Field(None, description="The text read from the file, every `start`/`end` an offset into it "
                             "(code points); null unless the form says include_text=true.")


#: JSON of a DocumentSummary as FastAPI would write it for the response model (UTF-8 bytes).
_SUMMARY_JSON = TypeAdapter(DocumentSummary)

log = logging.getLogger("summarizer.service")

__all__ = ["FileSummary", "init_worker", "summarize_text", "summarize_upload", "summarize_batch", "worker_facts"]

_FACTS: dict[str, Any] = {"initialized": 0}
#: The checkpoints (targets) of configured models that failed to load in this worker: target -> configured name.
_FAILED: dict[str, str] = {}


def init_worker(config: dict[str, Any], extra: Callable[[], Any] | None = None) -> dict[str, Any]:
    """Start-up of one worker process; returns ``{"pid", "seq2seq_errors": {name: message}}``.

    ``config``: ``tokenizer`` (backend name), ``max_essays`` (most essays per document, passed to every
    :func:`summarizer.summarize`; absent: no limit), ``max_sentences`` (most sentence ends per document, the same
    way), ``warm_up`` (load the segmentation dictionary now), ``workers``
    (processes in the pool, to share the CPU threads of torch), ``seq2seq_models`` ({name: target}),
    ``seq2seq_device``, ``seq2seq_dtype``, ``seq2seq_preload``. ``extra``: a module-level function run last (a
    hook for tests and deployments, e.g. to configure logging in the workers).
    """
    _FACTS["initialized"] += 1
    _FACTS["tokenizer"] = config.get("tokenizer")
    _FACTS["user_dict"] = config.get("user_dict")
    _FACTS["max_essays"] = config.get("max_essays")
    _FACTS["max_sentences"] = config.get("max_sentences")
    if _FACTS["user_dict"]:
        _segmenter(None)  # jieba with the user's words, loaded once per worker
    elif config.get("warm_up", True):
        tokenize.warm_up(config.get("tokenizer"))
    errors: dict[str, str] = {}
    models: dict[str, str] = dict(config.get("seq2seq_models") or {})
    if models:
        try:
            import torch  # only with the seq2seq extra

            torch.set_num_threads(max(1, (os.cpu_count() or 1) // max(1, int(config.get("workers", 1)))))
        except ImportError:
            pass
    if models and config.get("seq2seq_preload", True):
        for name, target in models.items():
            try:
                seq2seq.get_summarizer(target, device=config.get("seq2seq_device", "auto"),
                               dtype=config.get("seq2seq_dtype", "auto"))
            except Exception as exc:  # noqa: BLE001 - a model that fails to load must not stop the service
                errors[name] = str(exc) or type(exc).__name__
                _FAILED[target] = name
                log.error("seq2seq model %r not loaded: %s", name, exc)
    if extra is not None:
        extra()
    return {"pid": os.getpid(), "seq2seq_errors": errors}


def worker_facts() -> dict[str, Any]:
    """This worker's pid, how many times :func:`init_worker` ran in it, its tokenizer and the seq2seq models it
    holds (diagnostics for tests and operators)."""
    loaded = len(seq2seq._CACHE)
    return {"pid": os.getpid(), "initialized": _FACTS["initialized"], "tokenizer": _FACTS.get("tokenizer"),
            "seq2seq_loaded": loaded}


def _segmenter(backend: str | None) -> tokenize.Tokenizer:
    """The worker's segmenter: jieba with the user dictionary when the server has one (``SUMMARIZER_USER_DICT``),
    else the shared tokenizer of ``backend``."""
    user_dict = _FACTS.get("user_dict")
    if user_dict:
        return tokenize.get_tokenizer("jieba", user_dict=user_dict)
    return tokenize.get_tokenizer(backend)


@contextlib.contextmanager
def _model_errors_without_paths(options: SummarizeOptions) -> Iterator[None]:
    """For ``method="seq2seq"``: a configured model that failed to load at this worker's start-up is refused at
    once, and a model that fails to load now is reported by its configured name, never with the server's paths
    (the reason goes to the worker's log); either error names the request field ``model`` (503)."""
    if options.method != "seq2seq" or not options.model:
        yield
        return
    name = _FAILED.get(options.model)
    if name is not None:
        raise ModelNotAvailableError(f"model {name!r} could not be loaded when the server started (see its log)",
                                     field="model")
    try:
        yield
    except ModelNotAvailableError as exc:
        log.error("seq2seq model not loaded: %s", exc)
        raise ModelNotAvailableError("the model could not be loaded (see the server's log)", field="model") from None


@contextlib.contextmanager
def _server_limits() -> Iterator[None]:
    """Re-raise a document over the essay or sentence limit (:class:`TooManyEssaysError`,
    :class:`TooManySentencesError`, which name the library's argument) naming the server setting that raises the
    limit (:data:`SERVER_LIMIT_SETTINGS`: ``the limit is 10,000 (SUMMARIZER_MAX_SENTENCES)``), its field kept."""
    try:
        yield
    except (TooManyEssaysError, TooManySentencesError) as exc:
        count = getattr(exc, exc.unit + "s")
        named = type(exc)(count, exc.limit, SERVER_LIMIT_SETTINGS.get(exc.setting, exc.setting))
        named.field = exc.field
        raise named from None


def summarize_text(text: str, source: str | None, options: SummarizeOptions, tokenizer: str) -> bytes:
    """:func:`summarizer.summarize` of one text with the worker's segmenter of backend ``tokenizer``; the
    :class:`DocumentSummary` as JSON (UTF-8 bytes). A document over the essay or sentence limit raises the
    library's error naming the server setting that raises it (:func:`_server_limits`)."""
    with _model_errors_without_paths(options), _server_limits():
        result = summarize(text, source=source, options=options, tokenizer=_segmenter(tokenizer),
                           max_essays=_FACTS.get("max_essays"), max_sentences=_FACTS.get("max_sentences"))
    return _SUMMARY_JSON.dump_json(result)


def summarize_upload(data: bytes, filename: str | None, media_type: str | None, fmt: str | None,
                     source: str | None, options: SummarizeOptions, max_chars: int, tokenizer: str,
                     include_text: bool = False, csv_column: str | None = None,
                     csv_title_column: str | None = None) -> tuple[dict[str, Any], bytes]:
    """Read an upload's bytes (:func:`summarizer.readers.read_bytes`) and summarize the text; returns
    ``({"chars", "format", "encoding"}, FileSummary JSON bytes)`` (with the text read when ``include_text``).
    ``csv_column``: the column of a ``.csv``/``.tsv`` upload (a header name, or a 0-based index when all digits);
    ``csv_title_column``: the column of its records' titles (the same way).

    Raises:
        SummarizerError: as the readers and :func:`summarizer.summarize` raise it, with ``field`` set to ``file``;
            :class:`InputTooLargeError` when the text read is over ``max_chars`` characters.
    """
    try:
        document = read_bytes(data, filename=filename, media_type=media_type, format=fmt, source=source,
                              csv_column=csv_column, csv_title_column=csv_title_column)
        if len(document.text) > max_chars:
            raise InputTooLargeError(
                f"the file's text has {len(document.text):,} characters; the limit is {max_chars:,} "
                "(SUMMARIZER_MAX_CHARS)")
        with _model_errors_without_paths(options), _server_limits():
            result = summarize(document, options=options, tokenizer=_segmenter(tokenizer),
                               max_essays=_FACTS.get("max_essays"),
                               max_sentences=_FACTS.get("max_sentences"))
    except SummarizerError as exc:
        if exc.field in (None, "text"):
            exc.field = "file"
        raise
    answer = FileSummary(**dict(result), text=document.text if include_text else None)
    facts = {"chars": len(document.text), "format": document.format, "encoding": document.encoding}
    return facts, answer.model_dump_json().encode("utf-8")


def _batch_record(doc_id: str, text: str, source: str | None, options: SummarizeOptions,
                  segmenter: tokenize.Tokenizer) -> dict[str, Any]:
    """One batch document's record, as :func:`summarizer.batch.summarize_text_record` makes it (the summary with
    ``id``, or an error record for a bad document), under the same guards as the single-document jobs: a document
    over the essay or sentence limit names the server setting that raises it (:func:`_server_limits`), and a
    seq2seq model that cannot be loaded refuses the whole request without the server's paths
    (:func:`_model_errors_without_paths`; every document would fail the same way).

    Raises:
        ModelNotAvailableError: the request's model could not be loaded.
    """
    with _model_errors_without_paths(options):
        return batch.summarize_text_record(doc_id, text, source=source, options=options, tokenizer=segmenter,
                                           max_essays=_FACTS.get("max_essays"),
                                           max_sentences=_FACTS.get("max_sentences"), guard=_server_limits,
                                           reraise=(ModelNotAvailableError,))


def summarize_batch(documents: list[tuple[str, str, str | None]], options: SummarizeOptions, max_chars: int,
                    tokenizer: str, collection: bool = False) -> tuple[list[str], bytes]:
    """One record per ``(id, text, source)`` in order: the summary (with ``id``) or an error record
    (:func:`summarizer.batch.error_record`); a text over ``max_chars`` characters is its own ``input_too_large``
    record. Returns ``(outcomes, JSON bytes of {"results", "succeeded", "failed"})``, an outcome per document
    (``ok`` or its error type); with ``collection``, the answer also holds ``collection``: the themes across every
    essay of the batch (:func:`summarizer.collection.synthesize_records`)."""
    segmenter = _segmenter(tokenizer)
    records = []
    for doc_id, text, source in documents:
        if len(text) > max_chars:
            records.append(batch.error_record(doc_id, source=source, kind="input_too_large", message=(
                f"text has {len(text):,} characters; the limit is {max_chars:,} (SUMMARIZER_MAX_CHARS)")))
            continue
        records.append(_batch_record(doc_id, text, source, options, segmenter))
    outcomes = [r["error"]["type"] if r.get("error") else "ok" for r in records]
    failed = sum(o != "ok" for o in outcomes)
    body: dict = {"results": records, "succeeded": len(records) - failed, "failed": failed}
    if collection:
        body["collection"] = synthesize_records(records, threshold=options.theme_threshold).model_dump()
    return outcomes, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")  # as FastAPI
