"""ROUGE-1, ROUGE-2 and ROUGE-L for Chinese, at a declared unit (Lin 2004).

ROUGE-N precision / recall are the clipped n-gram overlap divided by the number of n-grams of the hypothesis /
the reference; ROUGE-L uses the length of the longest common subsequence of the two token lists instead of the
overlap (Lin, "ROUGE: A Package for Automatic Evaluation of Summaries", ACL Workshop Text Summarization Branches
Out, 2004). F1 is the harmonic mean of the two. The counting is done by Google's maintained ``rouge_score``
package (``rouge_scorer.RougeScorer``) with *our* tokenizer injected; its default tokenizer keeps only
``[a-z0-9]`` runs, so on Chinese it scores identical strings 0.0 and strings sharing only ``2024`` 1.0 (case B18).

Units (see :mod:`summarizer.evaluation.units`): ``"char"`` (each CJK character a token, ASCII/other letter-digit
runs one token) or ``"word"`` (jieba words), punctuation and whitespace dropped in both. Every result records its
``tokenization`` (``"char"`` or ``"jieba-word"``); scores of different units must never be compared or averaged.

Degenerate items (case B20), defined so that no item aborts a batch and none silently leaves the average:

* an **empty hypothesis** (empty, whitespace- or punctuation-only, or a failed system output passed as ``""``)
  scores 0.0 for P, R and F1 of every ROUGE type, stays in the denominator of the corpus mean, and is counted in
  ``empty_hypotheses`` (ids in ``empty_hypothesis_ids``);
* an **empty reference** (no content character) is a *data* error: the pair scorer raises
  :class:`EmptyReferenceError` with the item id; the corpus scorer records it in ``errors`` (id, code, message),
  leaves the item out of every mean (``n_scored = n_items - n_errors``) and says so, or raises with ``strict=True``;
  if no item is left it raises :class:`EvaluationError`;
* a reference (or hypothesis) **with content that the tokenizer loses** - the B18 failure, e.g. Chinese text
  tokenized to ``[]`` - is refused: :class:`TokenizerMismatchError` is raised by the pair and the corpus scorer
  alike, because every number computed with that tokenizer would be wrong.

Argument order: our API is ``(hypothesis, reference)``; rouge-score's ``score`` is ``(target, prediction)``,
i.e. reference first. The conversion happens in exactly one place (:meth:`RougeEvaluator.score`).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from summarizer.evaluation.bootstrap import ConfidenceInterval, bootstrap_ci
from summarizer.evaluation.errors import EmptyReferenceError, EvaluationError
from summarizer.evaluation.units import check_coverage, content_chars, get_unit_tokenizer

__all__ = [
    "ROUGE_TYPES",
    "RougeScore",
    "PairScore",
    "LengthStats",
    "CorpusScore",
    "RougeEvaluator",
    "rouge_pair",
    "rouge_corpus",
]

#: ROUGE types computed by default, in report order
ROUGE_TYPES: tuple[str, ...] = ("rouge1", "rouge2", "rougeL")
_LABELS = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L"}
_FIELDS = ("precision", "recall", "f1")


@dataclass(frozen=True)
class RougeScore:
    """Precision, recall and F1 of one ROUGE type: ratios in [0, 1] of token (n-gram / LCS) counts."""

    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        """Return ``{"precision", "recall", "f1"}``."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


_ZERO = RougeScore(0.0, 0.0, 0.0)


@dataclass(frozen=True)
class PairScore:
    """ROUGE of one hypothesis against one reference, at one ``tokenization``.

    ``hypothesis_tokens`` / ``reference_tokens`` are token counts in that unit; ``empty_hypothesis`` is true when
    the hypothesis has no token (all scores are then 0.0). ``pair["rouge1"]`` gives a :class:`RougeScore`.
    """

    id: str | None
    tokenization: str
    scores: dict[str, RougeScore]
    empty_hypothesis: bool
    hypothesis_tokens: int
    reference_tokens: int

    def __getitem__(self, rouge_type: str) -> RougeScore:
        return self.scores[rouge_type]

    def to_dict(self) -> dict:
        """Return a JSON-ready dict (unit included)."""
        return {
            "id": self.id,
            "tokenization": self.tokenization,
            **{k: v.to_dict() for k, v in self.scores.items()},
            "empty_hypothesis": self.empty_hypothesis,
            "hypothesis_tokens": self.hypothesis_tokens,
            "reference_tokens": self.reference_tokens,
        }


@dataclass(frozen=True)
class LengthStats:
    """Lengths of the scored items. ``*_chars``: characters (code points) without whitespace; ``*_tokens``: tokens
    of the result's unit."""

    hypothesis_chars_mean: float
    hypothesis_chars_median: float
    reference_chars_mean: float
    reference_chars_median: float
    hypothesis_tokens_mean: float
    reference_tokens_mean: float

    def to_dict(self) -> dict[str, float]:
        """Return the statistics as a dict."""
        return dict(self.__dict__)


@dataclass
class CorpusScore:
    """Corpus-level ROUGE at one ``tokenization``: means of per-item scores with bootstrap intervals.

    ``mean[t]`` is the mean over the ``n_scored`` items of the per-item precision, recall and F1 of ROUGE type
    ``t`` (so the F1 shown is the mean of item F1s, not the F1 of the mean P and R). ``ci[t][field]`` is a 95 %
    (by default) percentile bootstrap :class:`ConfidenceInterval`. ``n_items`` = items given, ``n_errors`` = items
    left out as data errors (listed in ``errors``), ``n_scored = n_items - n_errors`` = the denominator, which
    includes the ``empty_hypotheses`` items scored 0.0.
    """

    tokenization: str
    n_items: int
    n_scored: int
    n_errors: int
    empty_hypotheses: int
    empty_hypothesis_ids: list[str]
    errors: list[dict]
    mean: dict[str, RougeScore]
    ci: dict[str, dict[str, ConfidenceInterval]]
    lengths: LengthStats
    items: list[PairScore] = field(default_factory=list, repr=False)

    def to_dict(self, include_items: bool = True) -> dict:
        """Return a JSON-ready dict; every score block repeats the ``tokenization`` it was computed at."""
        first = next(iter(next(iter(self.ci.values())).values()))
        out = {
            "tokenization": self.tokenization,
            "n_items": self.n_items,
            "n_scored": self.n_scored,
            "n_errors": self.n_errors,
            "empty_hypotheses": self.empty_hypotheses,
            "empty_hypothesis_ids": list(self.empty_hypothesis_ids),
            "errors": list(self.errors),
            "scores": {
                t: {
                    "tokenization": self.tokenization,
                    **self.mean[t].to_dict(),
                    "ci": {f: [self.ci[t][f].low, self.ci[t][f].high] for f in _FIELDS},
                }
                for t in self.mean
            },
            "bootstrap": {
                "method": "percentile",
                "n_resamples": first.n_resamples,
                "confidence": first.confidence,
                "seed": first.seed,
            },
            "lengths": self.lengths.to_dict(),
        }
        if include_items:
            out["items"] = [p.to_dict() for p in self.items]
        return out

    def table(self) -> str:
        """Return a small plain-text table; its title and every row name the tokenization."""
        unit = self.tokenization
        lines = [
            f"ROUGE, tokenization: {unit}  (n_scored={self.n_scored} of {self.n_items}, "
            f"empty_hypotheses: {self.empty_hypotheses}, data errors: {self.n_errors})",
            f"{'metric':<22}{'P':>8}{'R':>8}{'F1':>8}   F1 95% CI",
        ]
        for t, s in self.mean.items():
            lo, hi = self.ci[t]["f1"].low, self.ci[t]["f1"].high
            name = f"{_LABELS.get(t, t)} [{unit}]"
            lines.append(f"{name:<22}{s.precision:8.4f}{s.recall:8.4f}{s.f1:8.4f}   [{lo:.4f}, {hi:.4f}]")
        ln = self.lengths
        lines.append(
            f"lengths (chars, no whitespace): hypothesis mean {ln.hypothesis_chars_mean:.1f} / median "
            f"{ln.hypothesis_chars_median:.1f}; reference mean {ln.reference_chars_mean:.1f} / median "
            f"{ln.reference_chars_median:.1f}"
        )
        return "\n".join(lines)


class _PrimedTokenizer:
    """Hands rouge-score the tokens already computed (and checked) for the current pair; no second jieba pass."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.primed: dict[str, list[str]] = {}

    def tokenize(self, text: str) -> list[str]:
        tokens = self.primed.get(text)
        return list(tokens) if tokens is not None else self.inner.tokenize(text)


def _nows_len(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


class RougeEvaluator:
    """ROUGE at one declared unit, counted by ``rouge_score.rouge_scorer.RougeScorer`` with an injected tokenizer.

    ``unit``: ``"char"`` or ``"word"`` (``"jieba-word"`` accepted). ``tokenizer``: optional object with
    ``.tokenize(text) -> list[str]`` replacing the unit's tokenizer (it must keep every content character, see
    :func:`~summarizer.evaluation.units.check_coverage`); ``tokenization`` then names it (default: its ``name``
    attribute). Raises :class:`ValueError` for an unknown unit or ROUGE type.
    """

    def __init__(
        self,
        unit: str = "char",
        *,
        tokenizer: Any | None = None,
        tokenization: str | None = None,
        rouge_types: Sequence[str] = ROUGE_TYPES,
    ) -> None:
        if tokenizer is None:
            tokenizer = get_unit_tokenizer(unit)
        self.tokenizer = tokenizer
        self.tokenization = tokenization or getattr(tokenizer, "name", None) or unit
        self.rouge_types = tuple(rouge_types)
        for t in self.rouge_types:
            if t not in _LABELS and not (t.startswith("rouge") and t[5:].isdigit() and int(t[5:]) > 0):
                raise ValueError(f"unsupported ROUGE type {t!r}; use rouge1, rouge2, ..., rougeL")
        self._primed = _PrimedTokenizer(tokenizer)
        # rouge-score tests `if tokenizer:`; _PrimedTokenizer defines no __len__/__bool__, so it is always used.
        from rouge_score import rouge_scorer  # here, not at import: it imports nltk (~2 s), which every CLI call paid

        self._scorer = rouge_scorer.RougeScorer(list(self.rouge_types), tokenizer=self._primed)

    def tokenize(self, text: str) -> list[str]:
        """Return the tokens of ``text`` in this evaluator's unit."""
        return self.tokenizer.tokenize(text)

    def score(self, hypothesis: str | None, reference: str, item_id: str | None = None) -> PairScore:
        """Score one pair (Lin 2004). Units: tokens of ``self.tokenization``; scores are ratios in [0, 1].

        ``hypothesis`` ``None``/empty/punctuation-only → all 0.0 and ``empty_hypothesis=True`` (no exception).
        Raises :class:`EmptyReferenceError` (with ``item_id``) for a reference without content characters,
        :class:`TokenizerMismatchError` if the tokenizer loses content of either text, :class:`TypeError` for
        non-string input.
        """
        if hypothesis is None:
            hypothesis = ""
        if not isinstance(hypothesis, str) or not isinstance(reference, str):
            raise TypeError(
                f"item {item_id!r}: hypothesis and reference must be str, got "
                f"{type(hypothesis).__name__} and {type(reference).__name__}"
            )
        if not content_chars(reference):
            raise EmptyReferenceError(item_id, reference)
        ref_tokens = self.tokenizer.tokenize(reference)
        check_coverage(self.tokenization, reference, ref_tokens, item_id)
        hyp_tokens = self.tokenizer.tokenize(hypothesis)
        check_coverage(self.tokenization, hypothesis, hyp_tokens, item_id)
        if not hyp_tokens:
            scores = {t: _ZERO for t in self.rouge_types}
        else:
            self._primed.primed = {reference: ref_tokens, hypothesis: hyp_tokens}
            try:
                raw = self._scorer.score(reference, hypothesis)  # rouge-score order: (target, prediction)
            finally:
                self._primed.primed = {}
            scores = {
                t: RougeScore(float(raw[t].precision), float(raw[t].recall), float(raw[t].fmeasure))
                for t in self.rouge_types
            }
        return PairScore(
            id=item_id,
            tokenization=self.tokenization,
            scores=scores,
            empty_hypothesis=not hyp_tokens,
            hypothesis_tokens=len(hyp_tokens),
            reference_tokens=len(ref_tokens),
        )

    def score_corpus(
        self,
        hypotheses: Sequence[str | None],
        references: Sequence[str],
        ids: Sequence[str] | None = None,
        *,
        n_resamples: int = 1000,
        confidence: float = 0.95,
        seed: int = 0,
        strict: bool = False,
    ) -> CorpusScore:
        """Score a corpus: per-item ROUGE, their means, percentile bootstrap CIs (Efron & Tibshirani 1993).

        ``ids`` default to ``"0"``, ``"1"``, ... Empty hypotheses count as 0.0 and stay in the denominator.
        Empty references are collected in ``errors`` and excluded (``strict=True``: the first one raises
        :class:`EmptyReferenceError`). Raises :class:`ValueError` if the sequences differ in length or ids repeat,
        :class:`EvaluationError` if no item can be scored, :class:`TokenizerMismatchError` as :meth:`score`.
        """
        hypotheses = list(hypotheses)
        references = list(references)
        if len(hypotheses) != len(references):
            raise ValueError(f"{len(hypotheses)} hypotheses but {len(references)} references")
        ids = [str(i) for i in range(len(references))] if ids is None else [str(i) for i in ids]
        if len(ids) != len(references):
            raise ValueError(f"{len(ids)} ids for {len(references)} references")
        if len(set(ids)) != len(ids):
            raise ValueError("item ids must be unique")
        items: list[PairScore] = []
        errors: list[dict] = []
        hyp_chars: list[int] = []
        ref_chars: list[int] = []
        for item_id, hyp, ref in zip(ids, hypotheses, references, strict=True):
            try:
                pair = self.score(hyp, ref, item_id)
            except EmptyReferenceError as exc:
                if strict:
                    raise
                errors.append({"id": item_id, "code": exc.code, "message": str(exc)})
                continue
            items.append(pair)
            hyp_chars.append(_nows_len(hyp or ""))
            ref_chars.append(_nows_len(ref))
        if not items:
            raise EvaluationError(
                f"no item could be scored at tokenization {self.tokenization!r}: "
                f"{len(errors)} of {len(references)} items are data errors "
                f"(first: {errors[0]['message'] if errors else 'none'})"
            )
        matrix = np.array(
            [[getattr(p.scores[t], f) for t in self.rouge_types for f in _FIELDS] for p in items], dtype=float
        )
        intervals = bootstrap_ci(matrix, n_resamples=n_resamples, confidence=confidence, seed=seed)
        mean: dict[str, RougeScore] = {}
        ci: dict[str, dict[str, ConfidenceInterval]] = {}
        k = 0
        for t in self.rouge_types:
            cis = {}
            for f in _FIELDS:
                cis[f] = intervals[k]
                k += 1
            ci[t] = cis
            mean[t] = RougeScore(cis["precision"].mean, cis["recall"].mean, cis["f1"].mean)
        empty_ids = [p.id for p in items if p.empty_hypothesis]
        lengths = LengthStats(
            hypothesis_chars_mean=float(statistics.fmean(hyp_chars)),
            hypothesis_chars_median=float(statistics.median(hyp_chars)),
            reference_chars_mean=float(statistics.fmean(ref_chars)),
            reference_chars_median=float(statistics.median(ref_chars)),
            hypothesis_tokens_mean=float(statistics.fmean(p.hypothesis_tokens for p in items)),
            reference_tokens_mean=float(statistics.fmean(p.reference_tokens for p in items)),
        )
        return CorpusScore(
            tokenization=self.tokenization,
            n_items=len(references),
            n_scored=len(items),
            n_errors=len(errors),
            empty_hypotheses=len(empty_ids),
            empty_hypothesis_ids=empty_ids,
            errors=errors,
            mean=mean,
            ci=ci,
            lengths=lengths,
            items=items,
        )


def rouge_pair(hypothesis: str | None, reference: str, unit: str = "char", item_id: str | None = None) -> PairScore:
    """Score one pair at ``unit`` (``"char"`` or ``"word"``); see :meth:`RougeEvaluator.score` for errors."""
    return RougeEvaluator(unit).score(hypothesis, reference, item_id)


def rouge_corpus(
    hypotheses: Sequence[str | None],
    references: Sequence[str],
    unit: str = "char",
    ids: Sequence[str] | None = None,
    **kwargs,
) -> CorpusScore:
    """Score a corpus at ``unit``; keyword arguments and errors as :meth:`RougeEvaluator.score_corpus`."""
    return RougeEvaluator(unit).score_corpus(hypotheses, references, ids, **kwargs)
