"""Evaluation harness: ROUGE for Chinese at a declared unit, the aspect point scorer, dataset loading.

* :mod:`~summarizer.evaluation.rouge` — ROUGE-1/2/L (Lin 2004) through Google's ``rouge_score`` with an injected
  CJK-aware tokenizer, unit ``"char"`` or ``"word"`` (``"jieba-word"``), degenerate items defined and counted,
  corpus means with percentile bootstrap intervals (:mod:`~summarizer.evaluation.bootstrap`).
* :mod:`~summarizer.evaluation.aspects` — recall/precision of predicted challenge and recommendation points
  against reference points (character LCS ≥ 0.6 of the length).
* :mod:`~summarizer.evaluation.corpus` — the aspect scorer on corpora of documents (``gold.json`` + ``docs/``):
  per corpus, document, shape, source, script, leave-one-source-out; table, diff and JSON reports.
* :mod:`~summarizer.evaluation.datasets` — JSONL records and the aspect gold file.
* :mod:`~summarizer.evaluation.cli` — the ``summarizer evaluate`` command function.

Names are imported lazily (PEP 562): ``rouge_score`` pulls in nltk (about 2 s), which the CLI and the aspect
scorer should not pay for unless ROUGE is computed.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "RougeEvaluator": "rouge",
    "RougeScore": "rouge",
    "PairScore": "rouge",
    "CorpusScore": "rouge",
    "LengthStats": "rouge",
    "ROUGE_TYPES": "rouge",
    "rouge_pair": "rouge",
    "rouge_corpus": "rouge",
    "ConfidenceInterval": "bootstrap",
    "bootstrap_ci": "bootstrap",
    "bootstrap_means": "bootstrap",
    "ASPECTS": "aspects",
    "AspectCounts": "aspects",
    "AspectReport": "aspects",
    "EssayScore": "aspects",
    "GoldEssay": "aspects",
    "essay_index": "aspects",
    "lcs_length": "aspects",
    "parse_gold": "aspects",
    "predictions_from_summary": "aspects",
    "score_aspects": "aspects",
    "score_pooled": "aspects",
    "match_points": "aspects",
    "Corpus": "corpus",
    "CorpusDocument": "corpus",
    "CorpusReport": "corpus",
    "TrainingDocument": "corpus",
    "evaluate_corpora": "corpus",
    "load_corpus": "corpus",
    "infer_shape": "corpus",
    "Record": "datasets",
    "load_jsonl": "datasets",
    "load_gold": "datasets",
    "CharTokenizer": "units",
    "WordTokenizer": "units",
    "char_tokens": "units",
    "content_chars": "units",
    "get_unit_tokenizer": "units",
    "check_coverage": "units",
    "EvaluationError": "errors",
    "EmptyReferenceError": "errors",
    "TokenizerMismatchError": "errors",
    "DatasetError": "errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer.evaluation' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"summarizer.evaluation.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
