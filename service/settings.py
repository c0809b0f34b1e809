"""Service settings, read from environment variables with the prefix ``SUMMARIZER_``.

=================================  =========  ==========================================================
Variable                           Default    Meaning
=================================  =========  ==========================================================
``SUMMARIZER_MAX_BODY_BYTES``      2000000    Largest request body in bytes; a larger one gets 413.
``SUMMARIZER_MAX_CHARS``           100000     Most characters of ``text``; more gets 422 naming ``text``.
``SUMMARIZER_REQUEST_TIMEOUT_S``   60         Seconds one summary may take (waiting included); then 504.
``SUMMARIZER_MAX_CONCURRENT_JOBS`` CPUs, ≤ 4  Summaries computed at the same time (worker threads).
``SUMMARIZER_MAX_QUEUED_JOBS``     32         Requests that may wait for a worker; beyond that 503.
``SUMMARIZER_WARM_UP``             true       Load the jieba dictionary at start-up (not on a request).
=================================  =========  ==========================================================
"""

from __future__ import annotations

import os

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class Settings(BaseSettings):
    """Limits and start-up behaviour of the HTTP service. Every field can be set as ``SUMMARIZER_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="SUMMARIZER_", extra="ignore")

    max_body_bytes: int = Field(2_000_000, ge=1, description="Largest request body, in bytes (413 beyond).")
    max_chars: int = Field(100_000, ge=1, description="Most characters of the `text` field (422 beyond).")
    request_timeout_s: float = Field(
        60.0, gt=0, description="Seconds a summary may take, waiting for a worker included (504 beyond)."
    )
    max_concurrent_jobs: int = Field(
        default_factory=_default_jobs, ge=1, description="Summaries computed at the same time (worker threads)."
    )
    max_queued_jobs: int = Field(32, ge=0, description="Requests that may wait for a free worker (503 beyond).")
    warm_up: bool = Field(True, description="Load the jieba dictionary at start-up rather than on the first request.")
