"""Abstractive summaries with a local seq2seq checkpoint (BART, T5/mT5, PEGASUS): the optional ``seq2seq`` extra.

Importing this package is cheap: torch and transformers are imported when a model is loaded, and a missing
extra gives :class:`~summarizer.errors.ModelNotAvailableError` naming it (``pip install 'summarizer[seq2seq]'``).

* :func:`get_summarizer` — the process-wide, shared :class:`~summarizer.seq2seq.model.Seq2SeqSummarizer` for a
  checkpoint directory, registry name or cached hub id (loaded once; never downloaded).
* ``get_summarizer(dir).summarize_text(text, max_new_tokens=...)`` — plain-text summary for benchmarks: returns
  a :class:`~summarizer.seq2seq.model.TextSummary` (text, input_tokens, chunks, truncated, output_tokens, seconds).
* ``summarizer.summarize(text, method="seq2seq", model=NAME_OR_DIR)`` — the full pipeline, extract-then-abstract
  (:mod:`summarizer.seq2seq.abstract`).
* :mod:`~summarizer.seq2seq.registry` — known checkpoints (``summarizer/models/registry.json``), the models
  directory (``$SUMMARIZER_MODELS_DIR``, else the per-user data directory) and name resolution;
  ``summarizer models list|path|download`` (:mod:`~summarizer.seq2seq.models_cli`).
* :mod:`~summarizer.seq2seq.quality` — checks on every generated text (loops, copies, length, script, support)
  and the per-family decoding defaults; :mod:`~summarizer.seq2seq.detokenize` — spacing and case of word-piece
  output made faithful to the source.

References: Lewis et al. 2020 (BART), Raffel et al. 2020 (T5), Xue et al. 2021 (mT5), Zhang et al. 2020 (PEGASUS).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from summarizer.seq2seq.model import GenerationSettings, Seq2SeqSummarizer, TextSummary, require_extra
from summarizer.seq2seq.registry import ModelSpec, load_registry, lookup, resolve

__all__ = ["get_summarizer", "clear_cache", "Seq2SeqSummarizer", "GenerationSettings",
           "TextSummary", "ModelSpec", "load_registry", "lookup", "resolve"]

_CACHE: dict[tuple[Any, ...], Any] = {}
_LOCK = threading.Lock()


def get_summarizer(model: Any, *, device: str = "auto", dtype: str = "auto", **settings: Any) -> Seq2SeqSummarizer:
    """The shared summarizer for ``model``: loaded on first use, then reused for the life of the process.

    Args:
        model: a loaded :class:`Seq2SeqSummarizer` (returned as is), a checkpoint directory, a registry name or a
            hub id present in the local Hugging Face cache.
        device: ``auto``, ``cpu`` or ``cuda[:N]``; dtype: ``auto``, ``float32``, ``float16``, ``bfloat16``.
        **settings: :class:`GenerationSettings` fields (part of the cache key). Without device, dtype or
            settings, any summarizer already loaded from the same directory is returned.

    Raises:
        ModelNotAvailableError: the extra is missing, or the model is not on this machine (the message says how to
            download it once), or it is not a seq2seq checkpoint.
    """
    if isinstance(model, Seq2SeqSummarizer):
        return model
    require_extra()
    resolved = resolve(model)
    where = str(Path(resolved.path).resolve())
    key = (where, device, dtype, tuple(sorted(settings.items())))
    with _LOCK:  # one load per key, even when several requests ask at once
        found = _CACHE.get(key)
        if found is None and device == "auto" and dtype == "auto" and not settings:
            # A plain request for a checkpoint already loaded (e.g. by the service at start-up, on its configured
            # device): share that one rather than load the weights a second time.
            found = next((s for k, s in _CACHE.items() if k[0] == where), None)
        if found is None:
            found = Seq2SeqSummarizer.from_pretrained(resolved, device=device, dtype=dtype, **settings)
            _CACHE[key] = found
        return found


def clear_cache() -> None:
    """Forget every loaded summarizer (their memory is freed once no one else holds them)."""
    with _LOCK:
        _CACHE.clear()

