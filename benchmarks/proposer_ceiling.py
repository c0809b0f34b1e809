"""The ceiling of a sentence proposer on held-out Parts (model42): of the gold points the pipeline (rules and the
shipped learned model, the defaults) misses on the documents numbered in a range of ``benchmarks/data/aspects``, how
many does one sentence the pipeline already segments recall by the scorer's rule (LCS of content characters at least
3/5 of the gold point's), and how many are a point read as the other aspect?

    python -m benchmarks.proposer_ceiling 3860 4219

Prints one JSON line: ``missed``, ``one_sentence_recalls``, ``other_aspect``. About three minutes for 60 documents
a Part on two CPUs (one pipeline run to score, one ``pipeline.analyze`` per document).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import Counter
from pathlib import Path

from summarizer import pipeline
from summarizer.evaluation.aspects import point_chars, lcs_length
from summarizer.evaluation.corpus import evaluate_corpora, load_corpus

ROOT = Path(__file__).resolve().parent.parent


def recalled_by(gold: str, sentence: str) -> bool:
    """Whether ``sentence`` recalls the gold point ``gold`` (both content characters) by the scorer's rule: their
    LCS is at least 3/5 of the gold point's length. A multiset bound on shared characters skips the LCS when it
    cannot reach that."""
    if not gold:
        return False
    shared = sum((Counter(gold) & Counter(sentence)).values())
    return shared * 5 >= 3 * len(gold) and lcs_length(gold, sentence) * 5 >= 3 * len(gold)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=int, help="the first document number of the range")
    ap.add_argument("last", type=int, help="the last document number of the range")
    args = ap.parse_args(argv)
    corpus = load_corpus(ROOT / "benchmarks/data/aspects")

    def number(d) -> int | None:
        m = re.match(r"(\d+)\.", Path(d.file).name)
        return int(m.group(1)) if m else None

    docs = tuple(d for d in corpus.documents if number(d) is not None and args.first <= number(d) <= args.last)
    report = evaluate_corpora([dataclasses.replace(corpus, documents=docs)])
    missed = by_sentence = other = 0
    for r in report.documents:
        if r.text is None:
            continue
        sentences = [point_chars(s.text) for ed in pipeline.analyze(r.text, source=str(r.document.path))
                     for s in ed.sentences]
        for unit in r.units:
            for points in unit.missed.values():
                for m in points:
                    missed += 1
                    other += m.other_aspect
                    g = point_chars(m.text)
                    by_sentence += any(recalled_by(g, s) for s in sentences)
    print(json.dumps({"missed": missed, "one_sentence_recalls": by_sentence, "other_aspect": other}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
