"""The abstractive summarizer: a local encoder-decoder checkpoint behind ``preprocess -> _forward -> postprocess``.

Shaped like a Hugging Face pipeline (framework imported lazily, device and batching handled in one place):

* :meth:`Seq2SeqSummarizer.preprocess` turns texts into token ids (task prefix, special tokens, truncation to
  the model's input limit in *tokens*, never characters);
* :meth:`Seq2SeqSummarizer._forward` pads a batch, moves it to the device and calls ``model.generate``
  (beam search, no sampling: deterministic for a given model, input and batch);
* :meth:`Seq2SeqSummarizer.postprocess` decodes and tidies the text (no spaces between CJK characters) and
  applies the output-length guard.

Long inputs are summarized by windows (:mod:`summarizer.seq2seq.packing`): sentences are packed into windows of
at most ``max_input_tokens`` tokens (minus special tokens and prefix), each window is summarized, and the window
summaries are merged in document order (``long_input="chunk"``); or only the first window is used and the result
says ``truncated`` (``long_input="truncate"``); or one window of the sentences TextRank ranks highest, in document
order (``long_input="extract"``, also reported as ``truncated``). The input limit is read from the model's config.

Families: BART (Lewis et al. 2020), T5/mT5 (Raffel et al. 2020; Xue et al. 2021) and PEGASUS (Zhang et al. 2020)
through ``AutoModelForSeq2SeqLM``; the tokenizer quirks of each published Chinese checkpoint are handled in
:mod:`summarizer.seq2seq.tokenization`. Checkpoints load from local files only (``local_files_only=True``).
"""

from __future__ import annotations

import copy
import logging
import math
import os
import threading
import time
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from summarizer.chars import TERMINATORS
from summarizer.errors import ModelNotAvailableError
from summarizer.sentences import split_sentences
from summarizer.seq2seq.detokenize import restore_source_forms
from summarizer.seq2seq.packing import Unit, Window, pack, select_salient
from summarizer.seq2seq.quality import DECODING_DEFAULTS, assess, tokenizer_kind
from summarizer.seq2seq.registry import ANY_TOKENIZER_FILES, ModelSpec, ResolvedModel, resolve
from summarizer.seq2seq.tokenization import HFCodec, JiebaWordPieceCodec
from summarizer.textrank import rank
from summarizer.tokenize import Tokenizer

log = logging.getLogger(__name__)

__all__ = ["GenerationSettings", "Generation", "TextSummary", "Seq2SeqSummarizer", "DEVICES", "DTYPES",
           "EXTRA_HINT", "require_extra"]

DEVICES = ("auto", "cpu", "cuda")
DTYPES = ("auto", "float32", "float16", "bfloat16")
LONG_INPUT = ("chunk", "truncate", "extract")
#: How to install what this module needs.
EXTRA_HINT = "install the optional extra: pip install 'summarizer[seq2seq]' (torch, transformers, sentencepiece)"
#: Model input limit used when neither the config, the tokenizer nor the registry gives one (T5's pre-training).
DEFAULT_MAX_INPUT_TOKENS = 512
_TERMINATORS = TERMINATORS + "…"  # a merged window summary ending in one of these needs no full stop


def require_extra() -> None:
    """Raise :class:`ModelNotAvailableError` naming the extra when torch or transformers is missing."""
    import importlib.util

    missing = [m for m in ("torch", "transformers") if importlib.util.find_spec(m) is None]
    if missing:
        raise ModelNotAvailableError(f"method 'seq2seq' needs {' and '.join(missing)}: {EXTRA_HINT}")


@dataclass(frozen=True)
class GenerationSettings:
    """Generation knobs. Lengths are in tokens of the model's tokenizer; characters where the name says so.

    Attributes:
        max_new_tokens: most tokens generated for one input (a summary window or a point).
        min_new_tokens: fewest tokens generated; clamped to half the input's tokens and to ``max_new_tokens``.
        num_beams: beam width (1: greedy). Decoding never samples, so results are deterministic.
        no_repeat_ngram_size: no n-gram of this many tokens is generated twice (0: off).
        repetition_penalty: >1 discourages repeating tokens (CTRL, Keskar et al. 2019); 1.0 is off.
        length_penalty: beam score exponent on length (>1 favours longer outputs).
        batch_size: inputs per forward pass.
        max_input_tokens: cap on tokens per model input (special tokens included), below the model's own limit.
        long_input: ``"chunk"`` (summarize every window and merge), ``"truncate"`` (first window only) or
            ``"extract"`` (one window of the most central sentences by TextRank, in document order).
        short_input_chars: inputs with fewer non-whitespace characters than this are not given to the model: the
            extractive text is returned as is (no hallucinated padding of a one-line input).
        min_support: an output whose support (:func:`summarizer.seq2seq.quality.support`, 0..1) is lower falls
            back to the extractive text (``fallback="support"``); 0 turns the check off.
        repeat_min_chars / repeat_min_count: a substring of this many characters repeated this many times is a
            loop (:func:`summarizer.seq2seq.quality.find_loop`; ``fallback="repetition"``).

    ``no_repeat_ngram_size``, ``repetition_penalty`` and ``length_penalty`` default per tokenizer family
    (:data:`DECODING_DEFAULTS`) when a checkpoint is loaded; the values here are used for an unknown family.
    """

    max_new_tokens: int = 128
    min_new_tokens: int = 0
    num_beams: int = 4
    no_repeat_ngram_size: int = 3
    repetition_penalty: float = 1.2
    length_penalty: float = 1.0
    batch_size: int = 8
    max_input_tokens: int | None = None
    long_input: str = "chunk"
    short_input_chars: int = 30
    min_support: float = 0.5
    repeat_min_chars: int = 4
    repeat_min_count: int = 3

    def __post_init__(self) -> None:
        checks = [
            (self.max_new_tokens >= 1, "max_new_tokens must be >= 1"),
            (self.min_new_tokens >= 0, "min_new_tokens must be >= 0"),
            (self.min_new_tokens <= self.max_new_tokens,
             f"min_new_tokens ({self.min_new_tokens}) is larger than max_new_tokens ({self.max_new_tokens})"),
            (self.num_beams >= 1, "num_beams must be >= 1"),
            (self.no_repeat_ngram_size >= 0, "no_repeat_ngram_size must be >= 0"),
            (self.repetition_penalty > 0, "repetition_penalty must be > 0"),
            (self.batch_size >= 1, "batch_size must be >= 1"),
            (self.max_input_tokens is None or self.max_input_tokens >= 4, "max_input_tokens must be >= 4"),
            (self.long_input in LONG_INPUT, f"long_input must be one of {', '.join(LONG_INPUT)}"),
            (self.short_input_chars >= 0, "short_input_chars must be >= 0"),
            (0.0 <= self.min_support <= 1.0, "min_support must be between 0 and 1"),
            (self.repeat_min_chars >= 2, "repeat_min_chars must be >= 2"),
            (self.repeat_min_count >= 2, "repeat_min_count must be >= 2"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(message)

    def updated(self, **changes: Any) -> GenerationSettings:
        """A copy with ``changes`` applied (None values ignored). Raises ValueError for unknown or invalid ones."""
        names = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ValueError(f"unknown generation setting(s): {', '.join(unknown)}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@dataclass
class Generation:
    """One model output. ``input_tokens`` counts the model input with special tokens; ``truncated`` says the input
    was longer than the model's limit and cut (only when a caller bypassed packing).

    ``fallback`` names the failed output check (:func:`summarizer.seq2seq.quality.assess`: ``empty``, ``script``,
    ``copy``, ``repetition``, ``length``, ``support``) when the caller must show its extractive text instead;
    ``support`` is the output's support by its input (0..1, None when empty); ``detail`` what the check found."""

    text: str
    input_tokens: int
    output_tokens: int
    truncated: bool = False
    fallback: str | None = None
    support: float | None = None
    detail: str = ""

    @property
    def guarded(self) -> bool:
        """The output failed a check: the caller's extractive text is used."""
        return self.fallback is not None


@dataclass
class TextSummary:
    """The result of :meth:`Seq2SeqSummarizer.summarize_text`.

    Attributes:
        text: the summary (window summaries merged in order).
        input_tokens: tokens of the whole input text (no special tokens, no prefix).
        chunks: windows summarized (0 when the input was too short and returned as is).
        truncated: some input never reached the model (``long_input`` ``"truncate"``/``"extract"`` with more than
            one window's worth of text).
        output_tokens: tokens generated, all windows together.
        seconds: wall time of the call.
        windows: the text of each window given to the model.
        window_summaries: each window's summary (before merging).
    """

    text: str
    input_tokens: int
    chunks: int
    truncated: bool
    output_tokens: int
    seconds: float
    windows: list[str] = field(default_factory=list)
    window_summaries: list[str] = field(default_factory=list)


def _nonspace(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def merge_summaries(texts: list[str]) -> str:
    """Merge window summaries in order: empty ones and repeats (same text, or contained in one already kept) are
    dropped; a full stop is put between two summaries when the first does not end a sentence."""
    kept: list[str] = []
    for t in texts:
        t = t.strip()
        key = "".join(t.split())
        if not key or any(key in "".join(k.split()) for k in kept):
            continue
        kept.append(t)
    out = ""
    for t in kept:
        if out and out[-1] not in _TERMINATORS:
            out += "。"
        out += t
    return out


class Seq2SeqSummarizer:
    """A loaded checkpoint, its tokenizer, device and generation settings; safe to share between threads
    (generation is serialised by a lock: one model, one forward pass at a time).

    Build it with :meth:`from_pretrained` or :func:`summarizer.seq2seq.get_summarizer` (cached per process).

    Attributes:
        name: registry name or directory name.
        family: ``config.model_type`` (``bart``, ``t5``, ``mt5``, ``pegasus``, ...).
        max_input_tokens: tokens one model input may have, special tokens included (from the config, capped by
            ``settings.max_input_tokens``).
        limit_source: where that limit came from (``config.max_position_embeddings``, ``registry``, ...).
        window_tokens: text tokens per window: ``max_input_tokens`` minus special tokens and the task prefix.
    """

    def __init__(self, model: Any, codec: Any, *, name: str, family: str, device: str, prefix: str = "",
                 settings: GenerationSettings | None = None, model_limit: int = DEFAULT_MAX_INPUT_TOKENS,
                 limit_source: str = "default", spec: ModelSpec | None = None, path: Path | None = None) -> None:
        self.model = model
        self.codec = codec
        self.name = name
        self.family = family
        self.device = device
        self.prefix = prefix
        self.spec = spec
        self.path = path
        self.settings = settings or GenerationSettings()
        self.model_limit = int(model_limit)
        self.limit_source = limit_source
        self._lock = threading.RLock()
        self._head, self._tail = self._special_layout()
        self._prefix_ids = codec.encode([prefix], special=False)[0] if prefix else []

    # ------------------------------------------------------------------ loading

    @classmethod
    def from_pretrained(cls, name_or_dir: str | Path | ResolvedModel, *, device: str = "auto", dtype: str = "auto",
                        **settings: Any) -> Seq2SeqSummarizer:
        """Load a checkpoint from a local directory, a registry name or a cached hub id (never downloads).

        Args:
            name_or_dir: see :func:`summarizer.seq2seq.registry.resolve`.
            device: ``auto`` (CUDA when available, else CPU), ``cpu`` or ``cuda`` / ``cuda:N``.
            dtype: ``auto`` (float32 on CPU; bfloat16 on CUDA when supported, else float16 for families where
                float16 is safe, else float32), ``float32``, ``float16`` or ``bfloat16``.
            **settings: :class:`GenerationSettings` fields.

        Raises:
            ModelNotAvailableError: the extra is not installed, the model is not on this machine, or it cannot be
                loaded as an encoder-decoder model; the message says what to do.
            ValueError: an invalid device, dtype or setting.
        """
        require_extra()
        resolved = name_or_dir if isinstance(name_or_dir, ResolvedModel) else resolve(name_or_dir)
        gen = GenerationSettings().updated(**settings)
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no fork warnings from the Rust tokenizers
        import torch
        from transformers import AutoConfig, AutoModelForSeq2SeqLM
        from transformers.utils import logging as hf_logging

        dev = _resolve_device(device, torch)
        spec = resolved.spec
        path = resolved.path
        try:
            config = AutoConfig.from_pretrained(path, local_files_only=True)
        except Exception as exc:  # any failure of a third-party loader on a damaged file: the model is not usable
            raise ModelNotAvailableError(f"cannot read the model config in {path}: {exc}") from None
        if not getattr(config, "is_encoder_decoder", False):
            raise ModelNotAvailableError(
                f"{resolved.name}: model type {config.model_type!r} is not an encoder-decoder (seq2seq) model")
        family = config.model_type
        torch_dtype = _resolve_dtype(dtype, dev, family, spec, torch)
        progress = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True, dtype=torch_dtype)
        except Exception as exc:  # truncated or damaged weights raise the loader's own error types (safetensors)
            raise ModelNotAvailableError(f"cannot load the model in {path}: {exc}") from None
        finally:
            if progress:
                hf_logging.enable_progress_bar()
        model.to(dev)
        model.eval()
        codec = load_codec(path, family, spec)
        gen = GenerationSettings(**DECODING_DEFAULTS[tokenizer_kind(codec, spec.tokenizer if spec else None)]
                                 ).updated(**settings)  # the caller's settings win over the family's defaults
        limit, source = _model_limit(config, codec, spec)
        prefix = spec.prefix if spec else ""
        return cls(model, codec, name=resolved.name, family=family, device=str(dev), prefix=prefix, settings=gen,
                   model_limit=limit, limit_source=source, spec=spec, path=path)

    # ------------------------------------------------------------------ sizes

    @property
    def max_input_tokens(self) -> int:
        cap = self.settings.max_input_tokens
        return min(self.model_limit, cap) if cap else self.model_limit

    @property
    def window_tokens(self) -> int:
        return max(1, self.max_input_tokens - len(self._head) - len(self._tail) - len(self._prefix_ids))

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Length of each text in tokens (no special tokens, no prefix)."""
        with self._lock:
            return [len(ids) for ids in self.codec.encode(list(texts), special=False)]

    def _special_layout(self) -> tuple[list[int], list[int]]:
        """The special tokens the tokenizer puts before and after a text (``[CLS]``/``[SEP]``, ``</s>``)."""
        probe = "一"
        plain = self.codec.encode([probe], special=False)[0]
        full = self.codec.encode([probe], special=True)[0]
        for k in range(len(full) - len(plain) + 1):
            if full[k:k + len(plain)] == plain:
                return full[:k], full[k + len(plain):]
        return [], full[len(plain):] if full[:len(plain)] == plain else []

    # ------------------------------------------------------------------ pipeline stages

    def preprocess(self, texts: list[str]) -> list[tuple[list[int], bool]]:
        """Token ids of each text with prefix and special tokens, cut to :attr:`max_input_tokens` tokens.

        Returns:
            ``(ids, truncated)`` per text; ``truncated`` is True when tokens were cut off.
        """
        budget = self.window_tokens
        out = []
        for ids in self.codec.encode(list(texts), special=False):
            cut = len(ids) > budget
            out.append((self._head + self._prefix_ids + ids[:budget] + self._tail, cut))
        return out

    def _forward(self, batch: list[list[int]], settings: GenerationSettings, max_new: list[int],
                 min_new: list[int]) -> list[list[int]]:
        """Generate for one batch of id lists (one length setting per batch: the batch's largest)."""
        import torch

        width = max(len(ids) for ids in batch)
        pad = self.codec.pad_token_id
        input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
        attention = torch.zeros((len(batch), width), dtype=torch.long)
        for i, ids in enumerate(batch):
            input_ids[i, :len(ids)] = torch.tensor(ids, dtype=torch.long)
            attention[i, :len(ids)] = 1
        config = copy.deepcopy(self.model.generation_config)
        config.update(
            max_length=None, min_length=None, max_new_tokens=max(max_new), min_new_tokens=min(min_new) or None,
            num_beams=settings.num_beams, no_repeat_ngram_size=settings.no_repeat_ngram_size,
            repetition_penalty=settings.repetition_penalty, length_penalty=settings.length_penalty,
            early_stopping=settings.num_beams > 1, do_sample=False, num_return_sequences=1,
        )
        for name in ("temperature", "top_k", "top_p"):  # sampling knobs of the checkpoint are irrelevant here
            if hasattr(config, name):
                setattr(config, name, None)
        if config.pad_token_id is None:
            config.pad_token_id = pad
        with torch.inference_mode():
            out = self.model.generate(input_ids=input_ids.to(self.model.device),
                                      attention_mask=attention.to(self.model.device), generation_config=config)
        return [row.tolist() for row in out.cpu()]

    def postprocess(self, outputs: list[list[int]], max_new: list[int]) -> list[tuple[str, int]]:
        """Decoded texts (CJK spacing tidied) and the number of tokens generated for each."""
        specials = {self.codec.pad_token_id, *self._head, *self._tail}
        decoder_start = getattr(self.model.config, "decoder_start_token_id", None)
        if decoder_start is not None:
            specials.add(decoder_start)
        trimmed = [row[:max_new[i] + 1] for i, row in enumerate(outputs)]
        texts = self.codec.decode(trimmed)
        return [(t, sum(1 for x in row if x not in specials)) for t, row in zip(texts, trimmed)]

    # ------------------------------------------------------------------ generation

    def generate(self, texts: list[str], *, max_new_tokens: int | list[int] | None = None,
                 min_new_tokens: int | list[int] | None = None, settings: GenerationSettings | None = None,
                 max_chars: list[int | None] | None = None) -> list[Generation]:
        """Summarize each text in one model call (batched; texts over the limit are cut and flagged).

        Lengths are clamped per text before generation: at most the text's own token count, at least 1;
        ``min_new_tokens`` at most half the text's tokens and at most the maximum. Each output is detokenized
        against its input (:func:`summarizer.seq2seq.detokenize.restore_source_forms`: spacing, and case for an
        uncased vocabulary) and checked (:func:`summarizer.seq2seq.quality.assess`): a failed check sets
        ``fallback`` (e.g. ``"length"`` for an output not shorter than its input).

        Args:
            texts: inputs (no prefix: it is added here).
            max_new_tokens / min_new_tokens: one value or one per text (default: the settings').
            settings: overrides the summarizer's settings for this call.
            max_chars: characters each output may have (None: no limit but its input's length), for the
                ``"length"`` check.
        """
        st = settings or self.settings
        if not texts:
            return []
        encoded = self.preprocess(texts)
        n = len(texts)
        maxs = max_new_tokens if isinstance(max_new_tokens, list) else [max_new_tokens or st.max_new_tokens] * n
        mins = min_new_tokens if isinstance(min_new_tokens, list) else [
            st.min_new_tokens if min_new_tokens is None else min_new_tokens] * n
        text_tokens = [len(ids) - len(self._head) - len(self._tail) - len(self._prefix_ids) for ids, _ in encoded]
        maxs = [max(1, min(int(m), t)) for m, t in zip(maxs, text_tokens)]
        mins = [max(0, min(int(lo), m, t // 2)) for lo, m, t in zip(mins, maxs, text_tokens)]
        # Sort by length so that a batch pads little; results go back to input order.
        order = sorted(range(n), key=lambda i: (len(encoded[i][0]), i))
        results: list[Generation | None] = [None] * n
        with self._lock:
            for b in range(0, n, st.batch_size):
                idx = order[b:b + st.batch_size]
                # One length setting per batch: group equal limits so no input gets another's limit.
                groups: dict[tuple[int, int], list[int]] = {}
                for i in idx:
                    groups.setdefault((maxs[i], mins[i]), []).append(i)
                for (mx, mn), members in groups.items():
                    outs = self._forward([encoded[i][0] for i in members], st, [mx] * len(members),
                                         [mn] * len(members))
                    for i, (text, ntok) in zip(members, self.postprocess(outs, [mx] * len(members))):
                        text = restore_source_forms(text, texts[i], lowercased=getattr(self.codec, "lowercases",
                                                                                       False))
                        verdict = assess(text, texts[i], max_chars=max_chars[i] if max_chars else None,
                                         min_support=st.min_support, repeat_min_chars=st.repeat_min_chars,
                                         repeat_min_count=st.repeat_min_count)
                        if verdict.fallback:
                            log.info("seq2seq output rejected (%s: %s); the extractive text is used",
                                     verdict.fallback, verdict.detail)
                        results[i] = Generation(text=text, input_tokens=len(encoded[i][0]), output_tokens=ntok,
                                                truncated=encoded[i][1], fallback=verdict.fallback,
                                                support=verdict.support, detail=verdict.detail)
        return [r for r in results if r is not None]

    def windows(self, units: list[Unit]) -> list[Window]:
        """Pack ``units`` into windows of at most :attr:`window_tokens` tokens (see :mod:`.packing`)."""
        return pack(units, self.window_tokens, self.count_tokens)

    def summarize_text(self, text: str, *, max_new_tokens: int | None = None, min_new_tokens: int | None = None,
                       tokenizer: Tokenizer | None = None, **settings: Any) -> TextSummary:
        """Summarize one plain text: sentences packed into windows by tokens, each window summarized, merged.

        This is the entry point for benchmarks (no cleaning, no essays, no aspects). A text with fewer than
        ``short_input_chars`` non-whitespace characters is returned unchanged (``chunks == 0``). A window whose
        summary is not shorter than the window falls back to the window's first sentence.

        Args:
            text: the text (characters).
            max_new_tokens / min_new_tokens: tokens per window summary (default: the settings').
            tokenizer: the word segmenter of TextRank for ``long_input="extract"`` (``None``: the shared default).
            **settings: :class:`GenerationSettings` overrides for this call.

        Returns:
            :class:`TextSummary` with ``input_tokens``, ``chunks``, ``truncated`` and timings.
        """
        t0 = time.perf_counter()
        st = self.settings.updated(**settings)
        sentences = split_sentences(text)
        counts = self.count_tokens([s.text for s in sentences])
        units = [Unit(s.text, s.start, s.end, c) for s, c in zip(sentences, counts)]
        total = sum(counts)
        if _nonspace(text) < st.short_input_chars or not units:
            return TextSummary(text=text.strip(), input_tokens=total, chunks=0, truncated=False, output_tokens=0,
                               seconds=time.perf_counter() - t0)
        wins = self._with_settings(st).windows(units)
        truncated = st.long_input != "chunk" and len(wins) > 1
        if truncated:
            if st.long_input == "extract":
                wins = [self.salient_window(units, rank(sentences, tokenizer, text=text).scores, st)]
            else:
                wins = wins[:1]
        gens = self.generate([w.text for w in wins], max_new_tokens=max_new_tokens, min_new_tokens=min_new_tokens,
                             settings=st)
        parts = [w.units[0].text if g.guarded else g.text for w, g in zip(wins, gens)]
        return TextSummary(
            text=merge_summaries(parts), input_tokens=total, chunks=len(wins),
            truncated=truncated or any(g.truncated for g in gens), output_tokens=sum(g.output_tokens for g in gens),
            seconds=time.perf_counter() - t0, windows=[w.text for w in wins], window_summaries=parts,
        )

    def salient_window(self, units: list[Unit], scores: Any, st: GenerationSettings) -> Window:
        """One window of the ``units`` that TextRank (Mihalcea & Tarau 2004) ranks highest: ``scores`` are their
        centralities (:attr:`summarizer.textrank.Ranking.scores`, aligned with ``units``), in document order."""
        budget = self._with_settings(st).window_tokens
        return select_salient(units, [float(x) for x in scores], budget, self.count_tokens)

    def _with_settings(self, st: GenerationSettings) -> Seq2SeqSummarizer:
        """A view of this summarizer with other settings (shares model, codec and lock)."""
        if st == self.settings:
            return self
        view = copy.copy(self)
        view.settings = st
        return view

    def __repr__(self) -> str:
        return (f"Seq2SeqSummarizer(name={self.name!r}, family={self.family!r}, device={self.device!r}, "
                f"max_input_tokens={self.max_input_tokens} ({self.limit_source}))")


# ---------------------------------------------------------------------- helpers


def _resolve_device(device: str, torch: Any) -> Any:
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cpu" or device.startswith("cuda"):
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise ModelNotAvailableError(f"device {device!r} requested but CUDA is not available (use cpu or auto)")
        return torch.device(device)
    raise ValueError(f"device must be auto, cpu or cuda[:N], got {device!r}")


def _resolve_dtype(dtype: str, device: Any, family: str, spec: ModelSpec | None, torch: Any) -> Any:
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    if dtype != "auto":
        return getattr(torch, dtype)
    if device.type != "cuda":
        return torch.float32
    if torch.cuda.is_bf16_supported():
        return torch.bfloat16
    fp16_ok = spec.fp16 if spec is not None else family not in ("t5", "mt5")
    return torch.float16 if fp16_ok else torch.float32


def load_codec(path: Path, family: str, spec: ModelSpec | None) -> Any:
    """The tokenizer adapter for a checkpoint directory (see :mod:`summarizer.seq2seq.tokenization`).

    Raises:
        ModelNotAvailableError: the tokenizer files are missing or cannot be read.
    """
    kind = spec.tokenizer if spec else None
    files = ANY_TOKENIZER_FILES
    if not any((path / f).is_file() for f in files):
        raise ModelNotAvailableError(f"no tokenizer files in {path} (one of {', '.join(files)} is needed)")
    has_hf = any((path / f).is_file() for f in ("tokenizer.json", "tokenizer_config.json", "spiece.model"))
    if kind == "jieba-wordpiece" or (kind is None and family == "pegasus" and not has_hf
                                     and (path / "vocab.txt").is_file()):
        try:
            return JiebaWordPieceCodec(path / "vocab.txt")
        except (OSError, ValueError) as exc:
            raise ModelNotAvailableError(f"cannot read the jieba/WordPiece vocabulary of {path}: {exc}") from None
    from transformers import AutoTokenizer

    try:
        tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    except Exception as exc:  # damaged tokenizer files raise the tokenizers library's own errors
        hint = " (a SentencePiece model needs the protobuf package)" if (path / "spiece.model").is_file() else ""
        raise ModelNotAvailableError(f"cannot load the tokenizer in {path}{hint}: {exc}") from None
    return HFCodec(tok)


def _model_limit(config: Any, codec: Any, spec: ModelSpec | None) -> tuple[int, str]:
    """The model's input limit in tokens and where it came from: the config's learned positions first
    (BART, PEGASUS: ``max_position_embeddings``); T5's relative positions have none, so then the tokenizer's
    ``model_max_length`` when it is a real value, the registry's ``max_input_tokens``, else 512."""
    for attr in ("max_position_embeddings", "n_positions", "max_source_positions"):
        value = getattr(config, attr, None)
        if isinstance(value, int) and value > 0:
            return value, f"config.{attr}"
    tok_max = getattr(getattr(codec, "tokenizer", None), "model_max_length", None)
    if isinstance(tok_max, int) and 0 < tok_max < 1_000_000:
        return tok_max, "tokenizer.model_max_length"
    if spec is not None and spec.max_input_tokens:
        return spec.max_input_tokens, "registry"
    return DEFAULT_MAX_INPUT_TOKENS, "default"


def window_max_new(target_tokens: int, windows: int, cap: int, floor: int = 16) -> int:
    """Tokens per window summary so that ``windows`` summaries add up to about ``target_tokens``."""
    return max(1, min(cap, max(floor, math.ceil(target_tokens / max(1, windows)))))
