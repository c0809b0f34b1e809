"""Service settings, read from environment variables with the prefix ``SUMMARIZER_``.

=================================  =========  ==========================================================
Variable                           Default    Meaning
=================================  =========  ==========================================================
``SUMMARIZER_MAX_BODY_BYTES``      2000000    Largest request body in bytes; a larger one gets 413.
``SUMMARIZER_MAX_CHARS``           100000     Most characters of ``text``; more gets 422 naming ``text``.
``SUMMARIZER_REQUEST_TIMEOUT_S``   60         Seconds one summary may take (waiting included); then 504 and
                                             a running job's worker process is killed and replaced.
``SUMMARIZER_MAX_CONCURRENT_JOBS`` CPUs, ≤ 4  Worker processes: summaries computed at the same time.
``SUMMARIZER_MAX_QUEUED_JOBS``     32         Requests that may wait for a worker; beyond that 503.
``SUMMARIZER_READ_TIMEOUT_S``      30         Seconds a request body may take to arrive; then 408.
``SUMMARIZER_STUCK_AFTER_S``       10         A worker on one job this long counts as stuck (``/readyz``).
``SUMMARIZER_WARM_UP``             true       Load the jieba dictionary in every worker at start-up.
``SUMMARIZER_MAX_UPLOAD_BYTES``    20000000   Largest body of ``POST /v1/summarize/file`` in bytes; then 413.
``SUMMARIZER_MAX_BATCH_BODY_BYTES`` 20000000  Largest body of ``POST /v1/summarize/batch`` in bytes; then 413.
``SUMMARIZER_MAX_BATCH_DOCUMENTS`` 100        Most documents in one batch; more gets 422 naming ``documents``.
``SUMMARIZER_TOKENIZER``           rjieba     Word segmentation of TextRank: ``rjieba`` (jieba-rs, the same words as
                                             jieba; default when installed) or ``jieba``.
``SUMMARIZER_USER_DICT``             (none)   A jieba user dictionary file (UTF-8, ``word [freq] [tag]`` a line);
                                             implies ``jieba``; a bad file stops the start-up.
=================================  =========  ==========================================================

seq2seq (abstractive) models, see ``service/seq2seq.py``:

=========================================  =======  ==================================================
``SUMMARIZER_SEQ2SEQ_MODELS``              {}       JSON ``{"name": "dir, registry name or cached hub id"}``:
                                                    the only checkpoints requests may use (by name).
``SUMMARIZER_SEQ2SEQ_DEFAULT_MODEL``       first    Name used when a request gives none.
``SUMMARIZER_SEQ2SEQ_DEVICE``              auto     ``auto``, ``cpu`` or ``cuda[:N]``.
``SUMMARIZER_SEQ2SEQ_DTYPE``               auto     ``auto``, ``float32``, ``float16`` or ``bfloat16``.
``SUMMARIZER_SEQ2SEQ_PRELOAD``             true     Load the configured models at start-up.
=========================================  =======  ==================================================
"""

from __future__ import annotations

import os

from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from summarizer.errors import DEFAULT_MAX_ESSAYS, DEFAULT_MAX_SENTENCES
from summarizer.tokenize import rjieba_installed


def _default_backend() -> str:
    return "rjieba" if rjieba_installed() else "jieba"


def _default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


#: The prefix of every setting's environment variable (``SUMMARIZER_MAX_CHARS`` sets ``max_chars``).
ENV_PREFIX = "SUMMARIZER_"


def env_name(field: str) -> str:
    """The environment variable that sets :class:`Settings` field ``field`` (``max_sentences`` ->
    ``SUMMARIZER_MAX_SENTENCES``): how an error names the setting an operator raises."""
    return ENV_PREFIX + field.upper()


#: The server settings that raise the limits the library names by its arguments (``max_essays``, ``max_sentences``):
#: a client can send neither, only the server's environment raises them (the 422 and its hint name these).
SERVER_LIMIT_SETTINGS = {name: env_name(name) for name in ("max_essays", "max_sentences")}


class Settings(BaseSettings):
    """Limits and start-up behaviour of the HTTP service. Every field can be set as ``SUMMARIZER_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    max_body_bytes: int = Field(2_000_000, ge=1, description="Largest request body, in bytes (413 beyond).")
    max_chars: int = Field(100_000, ge=1, description="Most characters of the `text` field (422 beyond).")
    max_essays: int = Field(
        DEFAULT_MAX_ESSAYS, ge=1, description="Most essays in one document, counted after cleaning and the essay "
        "split (422 `input_too_large` naming SUMMARIZER_MAX_ESSAYS beyond): about a millisecond of CPU per short essay, so "
        "100,000 characters of thousands of tiny essays would otherwise take seconds. The default is "
        "`summarizer summarize --max-essays`'s (summarizer.errors.DEFAULT_MAX_ESSAYS).")
    max_sentences: int = Field(
        DEFAULT_MAX_SENTENCES, ge=1, description="Most sentence ends in one document (runs of 。！？!?, and line "
        "breaks after short lines, counted before cleaning; 422 `input_too_large` naming SUMMARIZER_MAX_SENTENCES beyond: a `text` field is refused by the server's own process before it is queued, an upload once read): each "
        "distinct sentence is read by some sixty rules, so 100,000 characters of tens of thousands of tiny "
        "sentences would otherwise take seconds. The default is `summarizer summarize --max-sentences`'s "
        "(summarizer.errors.DEFAULT_MAX_SENTENCES).")
    request_timeout_s: float = Field(
        60.0, gt=0, description="Seconds a summary may take, waiting for a worker included (504 beyond; a running "
        "job's worker process is then killed and replaced).",
    )
    max_concurrent_jobs: int = Field(
        default_factory=_default_jobs, ge=1, le=64,
        description="Worker processes, i.e. summaries computed at the same time (default: CPUs, at most 4).",
    )
    max_queued_jobs: int = Field(32, ge=0, description="Requests that may wait for a free worker (503 beyond).")
    read_timeout_s: float = Field(
        30.0, gt=0, description="Seconds from the first read of a request body to its last byte, and (under "
        "`summarizer serve`) for a request's line and headers from the connection's opening or previous response "
        "(408 beyond).")
    stuck_after_s: float = Field(
        10.0, gt=0, description="A worker busy with one job for longer than this counts as stuck: /readyz is 503 "
        "when every worker is stuck (or restarting) and none is free.")
    warm_up: bool = Field(True, description="Load the jieba dictionary in every worker at start-up (and wait for "
                          "the workers before serving) rather than on the first request.")
    max_upload_bytes: int = Field(
        20_000_000, ge=1,
        description="Largest body of POST /v1/summarize/file (multipart upload), in bytes (413 beyond).",
    )
    max_batch_body_bytes: int = Field(
        20_000_000, ge=1, description="Largest body of POST /v1/summarize/batch, in bytes (413 beyond)."
    )
    max_batch_documents: int = Field(
        100, ge=1, description="Most documents in one POST /v1/summarize/batch (422 naming `documents` beyond)."
    )
    tokenizer: Literal["jieba", "rjieba"] = Field(
        default_factory=lambda: _default_backend(), description="Word segmentation backend of TextRank: rjieba "
        "(jieba-rs, the same words as jieba; the default when installed), or jieba.")
    user_dict: str | None = Field(
        None, description="A jieba user dictionary file (UTF-8, one `word [frequency] [tag]` a line) whose words the "
        "segmentation keeps whole; implies the jieba backend.")
    seq2seq_models: dict[str, str] = Field(
        default_factory=dict, description="seq2seq checkpoints requests may use: {name: directory, registry name "
        "or cached hub id}. A request picks one by name, never by path.")
    seq2seq_default_model: str | None = Field(None, description="Name used when a request names no model.")
    seq2seq_device: str = Field("auto", pattern=r"^(auto|cpu|cuda(:\d+)?)$", description="Device of the models.")
    seq2seq_dtype: Literal["auto", "float32", "float16", "bfloat16"] = Field("auto", description="Model dtype.")
    seq2seq_preload: bool = Field(True, description="Load the configured seq2seq models at start-up.")

    @model_validator(mode="after")
    def _default_model_is_configured(self) -> Settings:
        if self.seq2seq_default_model is not None and self.seq2seq_default_model not in self.seq2seq_models:
            raise ValueError(f"seq2seq_default_model {self.seq2seq_default_model!r} is not a key of seq2seq_models")
        return self
