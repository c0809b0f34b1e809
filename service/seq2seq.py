"""The service side of ``"method": "seq2seq"``: which checkpoints a request may use, and loading them once.

The server's configuration (``SUMMARIZER_SEQ2SEQ_MODELS``, a JSON object ``{"name": "directory, registry name or
cached hub id"}``) lists the checkpoints that may be loaded. A request chooses one by *name* (``"model": "name"``,
default ``SUMMARIZER_SEQ2SEQ_DEFAULT_MODEL`` or the first configured); it can never pass a filesystem path: a name
that is not configured is a 422 naming ``model``. With no model configured, or one that failed to load, the answer
is a JSON 503 ``model_not_available``, never a 500.

Configured models are loaded at start-up (:func:`preload`, off the event loop, on ``SUMMARIZER_SEQ2SEQ_DEVICE``)
and shared by every request of the process (:func:`summarizer.seq2seq.get_summarizer` caches them).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from summarizer.errors import ModelNotAvailableError, SummarizerError
from summarizer.seq2seq import get_summarizer

log = logging.getLogger("summarizer.service")

__all__ = ["UnknownModelError", "request_options", "preload", "model_names"]


class UnknownModelError(SummarizerError, ValueError):
    """The request names a seq2seq model the server does not configure (HTTP 422)."""

    code = "unknown_model"
    field = "model"


def model_names(settings: Any) -> list[str]:
    """The names requests may use, in configuration order."""
    return list(getattr(settings, "seq2seq_models", None) or {})


def request_options(app: Any, options: Any, requested: str | None) -> Any:
    """Options for one request: for ``method="seq2seq"`` the configured checkpoint of the requested name is put
    in ``options.model``; for other methods ``options.model`` is cleared.

    Raises:
        UnknownModelError: ``requested`` is not a configured name (422, field ``model``).
        ModelNotAvailableError: no model is configured, or the chosen one failed to load at start-up (503).
    """
    settings = app.state.settings
    if options.method != "seq2seq":
        return options.model_copy(update={"model": None}) if options.model is not None else options
    models: dict[str, str] = dict(getattr(settings, "seq2seq_models", None) or {})
    if not models:
        raise ModelNotAvailableError(
            "method 'seq2seq' is not available on this server: no model is configured (SUMMARIZER_SEQ2SEQ_MODELS)")
    name = requested or getattr(settings, "seq2seq_default_model", None) or next(iter(models))
    if name not in models:
        raise UnknownModelError(f"model {name!r} is not one this server offers; use one of: {', '.join(models)}")
    failed = getattr(app.state, "seq2seq_errors", {}).get(name)
    if failed:
        raise ModelNotAvailableError(f"model {name!r} could not be loaded: {failed}")
    return options.model_copy(update={"model": models[name]})


async def preload(app: Any) -> None:
    """Load every configured model once, in a worker thread (failures are logged and answered with 503 later)."""
    settings = app.state.settings
    app.state.seq2seq_errors = {}
    models: dict[str, str] = dict(getattr(settings, "seq2seq_models", None) or {})
    if not models or not getattr(settings, "seq2seq_preload", True):
        return

    def load(target: str) -> None:
        get_summarizer(target, device=settings.seq2seq_device, dtype=settings.seq2seq_dtype)

    loop = asyncio.get_running_loop()
    for name, target in models.items():
        try:
            await loop.run_in_executor(None, load, target)
            log.info("seq2seq model %r loaded from %s", name, target)
        except (SummarizerError, ValueError, OSError) as exc:
            app.state.seq2seq_errors[name] = str(exc)
            log.error("seq2seq model %r not loaded: %s", name, exc)
