"""The service side of ``"method": "seq2seq"``: which checkpoints a request may use, and loading them once.

The server's configuration (``SUMMARIZER_SEQ2SEQ_MODELS``, a JSON object ``{"name": "directory, registry name or
cached hub id"}``) lists the checkpoints that may be loaded. A request chooses one by *name* (``"model": "name"``,
default ``SUMMARIZER_SEQ2SEQ_DEFAULT_MODEL`` or the first configured); it can never pass a filesystem path: a name
that is not configured is a 422 naming ``model``. With no model configured, or one that failed to load, the answer
is a JSON 503 ``model_not_available``, never a 500.

Configured models are loaded in each worker process when it starts (:func:`service.jobs.init_worker`, on
``SUMMARIZER_SEQ2SEQ_DEVICE``), never on the server's event loop, and shared by every request that worker computes
(:func:`summarizer.seq2seq.get_summarizer` caches them); the workers report load failures to the server, which
answers 503 for that model from then on. A generation past the request timeout is stopped with its worker.
"""

from __future__ import annotations

import logging
from typing import Any

from service.errors import RequestLimitError
from summarizer.errors import ModelNotAvailableError, SummarizerError

log = logging.getLogger("summarizer.service")

__all__ = ["UnknownModelError", "request_options", "model_names"]


class UnknownModelError(SummarizerError, ValueError):
    """The request names a seq2seq model the server does not configure (HTTP 422)."""

    code = "unknown_model"
    field = "model"


def model_names(settings: Any) -> list[str]:
    """The names requests may use, in configuration order."""
    return list(getattr(settings, "seq2seq_models", None) or {})


def request_options(app: Any, options: Any, requested: str | None, *, method_given: bool = True) -> Any:
    """Options for one request: for ``method="seq2seq"`` the configured checkpoint of the requested name is put
    in ``options.model``; for other methods ``options.model`` is cleared.

    A ``model`` named without a ``method`` (``method_given`` false) asks for ``seq2seq``, as ``summarizer summarize
    --model`` does; a ``model`` with an explicit other method is a contradiction, refused rather than ignored.

    Raises:
        UnknownModelError: ``requested`` is not a configured name (422, field ``model``).
        RequestLimitError: ``model`` with an explicit ``method`` other than ``seq2seq`` (422 ``validation_error``,
            field ``model``); an option of ``seq2seq`` alone (``max_new_tokens``, ``min_support``…:
            :meth:`SummarizeOptions.generation_options_given`) with another method (422 ``validation_error``, the
            first such field).
        ModelNotAvailableError: no model is configured (503, field ``method``), or the chosen one failed to load at
            start-up (503, field ``model``).
    """
    settings = app.state.settings
    if requested is not None and options.method != "seq2seq":
        if method_given:
            raise RequestLimitError(
                f"model: a model is used by method 'seq2seq' only, and this request asks for {options.method!r}; "
                "leave `model` out, or send method 'seq2seq'", field="model", code="validation_error")
        options = options.model_copy(update={"method": "seq2seq"})
    if options.method != "seq2seq":
        given = options.generation_options_given()
        if given:  # they did nothing with an extractive method, silently (the CLI refuses them too)
            raise RequestLimitError(
                f"{given[0]}: {', '.join(given)} appl{'ies' if len(given) == 1 else 'y'} to method 'seq2seq' only "
                f"(a model's generation); this request uses {options.method!r}: leave "
                f"{'it' if len(given) == 1 else 'them'} out, or send method 'seq2seq'", field=given[0],
                code="validation_error")
        return options.model_copy(update={"model": None}) if options.model is not None else options
    models: dict[str, str] = dict(getattr(settings, "seq2seq_models", None) or {})
    if not models:
        raise ModelNotAvailableError(
            "method 'seq2seq' is not available on this server: no model is configured (SUMMARIZER_SEQ2SEQ_MODELS)")
    name = requested or getattr(settings, "seq2seq_default_model", None) or next(iter(models))
    if name not in models:
        raise UnknownModelError(f"model {name!r} is not one this server offers; use one of: {', '.join(models)}")
    failed = getattr(app.state, "seq2seq_errors", {}).get(name)
    if failed:  # the reason (with the server's paths) is in the server log, not in the answer
        raise ModelNotAvailableError(f"model {name!r} could not be loaded when the server started (see its log)",
                                     field="model")
    return options.model_copy(update={"model": models[name]})
