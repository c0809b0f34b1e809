"""The output budget every system gets, the lead-k baseline and the greedy extractive oracle.

Budget rule (the same for every system, stated in every report):

* ROUGE datasets: ``B`` = the mean reference length of the evaluated records in characters (non-whitespace
  characters, punctuation included; rounded, at least 1) and ``k`` sentences (1 for headline/title data, 3 for
  long news). Each system is asked for ``k`` sentences (and told ``B``); whatever it returns is joined in
  document order and cut to its first ``B`` non-whitespace characters by :func:`truncate_chars`, the same cut
  for every system, so no system gains from longer output.
* Aspect data (the seed essays): each essay gets ``k_e`` picks (the number of points our pipeline returns for
  that essay) and every pick is cut to :data:`POINT_CHARS` characters (our pipeline's ``max_point_chars``).

The oracle is the upper bound of any extractive method under that rule: it sees the reference and greedily adds
the sentence that most improves ``ROUGE-L F1 + ROUGE-2 F1`` (char unit, computed on the *truncated* output)
until ``k`` sentences are chosen or no sentence improves the sum (Nallapati et al. 2017 use the same greedy
scheme). For aspect data it greedily adds the sentence that most improves the pooled point F1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from fractions import Fraction

from summarizer.evaluation.aspects import lcs_length
from summarizer.evaluation.units import char_tokens, content_chars

__all__ = [
    "POINT_CHARS",
    "aspect_oracle",
    "budget_chars",
    "char_rouge",
    "clip_point",
    "lead_k",
    "nows_len",
    "oracle_indices",
    "oracle_summary",
    "truncate_chars",
]

#: Characters kept of each pick on aspect data: the pipeline's default ``SummarizeOptions.max_point_chars``.
POINT_CHARS = 60


def nows_len(text: str) -> int:
    """Length of ``text`` in characters, whitespace not counted (punctuation counted)."""
    return sum(1 for ch in text if not ch.isspace())


def truncate_chars(text: str, budget: int | None) -> str:
    """Return the longest prefix of ``text.strip()`` with at most ``budget`` non-whitespace characters.

    ``budget`` is in characters (whitespace not counted); ``None`` keeps the whole (stripped) text.
    ``truncate_chars("ab c。de", 3) == "ab c"``.
    """
    text = text.strip()
    if budget is None:
        return text
    if budget < 0:
        raise ValueError(f"budget must be >= 0 characters, got {budget}")
    n = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if n == budget:
            return text[:i].rstrip()
        n += 1
    return text


def budget_chars(references: Sequence[str]) -> int:
    """``B`` of a dataset: the mean reference length in non-whitespace characters, rounded, at least 1."""
    if not references:
        raise ValueError("no references: the budget is undefined")
    return max(1, round(sum(nows_len(r) for r in references) / len(references)))


def clip_point(text: str, max_chars: int = POINT_CHARS) -> str:
    """Cut one pick to at most ``max_chars`` characters (code points, after stripping)."""
    return text.strip()[:max_chars]


def lead_k(text: str, k: int) -> list[str]:
    """The lead-k baseline: the first ``k`` units of our sentence splitter (:func:`summarizer.sentences.split_sentences`)."""
    from summarizer.sentences import split_sentences

    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    return [s.text for s in split_sentences(text)[:k]]


# ------------------------------------------------------------------------------------------ char ROUGE


def _f1(overlap: int, n_hyp: int, n_ref: int) -> float:
    if overlap == 0 or n_hyp == 0 or n_ref == 0:
        return 0.0
    p, r = overlap / n_hyp, overlap / n_ref
    return 2 * p * r / (p + r)


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def char_rouge(hypothesis: str, reference: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 at the ``char`` unit (Lin 2004), as ``rouge_score`` computes them.

    Tokens are :func:`summarizer.evaluation.units.char_tokens` (one per CJK character, punctuation dropped).
    Returns ``{"rouge1", "rouge2", "rougeL"}`` F1 ratios in [0, 1]; an empty side gives 0.0.
    """
    h, r = char_tokens(hypothesis), char_tokens(reference)
    out = {}
    for n in (1, 2):
        hg = Counter(tuple(h[i : i + n]) for i in range(len(h) - n + 1))
        rg = Counter(tuple(r[i : i + n]) for i in range(len(r) - n + 1))
        out[f"rouge{n}"] = _f1(sum((hg & rg).values()), sum(hg.values()), sum(rg.values()))
    out["rougeL"] = _f1(_lcs(h, r), len(h), len(r))
    return out


def _objective(hypothesis: str, reference: str) -> float:
    s = char_rouge(hypothesis, reference)
    return s["rougeL"] + s["rouge2"]


def oracle_indices(sentences: Sequence[str], reference: str, k: int, budget: int | None) -> list[int]:
    """Greedy extractive oracle: indices (ascending) of at most ``k`` of ``sentences``.

    Each step adds the sentence whose addition gives the highest ``ROUGE-L F1 + ROUGE-2 F1`` (char unit) of
    ``truncate_chars("".join(chosen in document order), budget)`` against ``reference``; ties go to the earlier
    sentence; it stops at ``k`` sentences or when no sentence raises the sum. If no sentence scores above 0
    the first sentence is returned (every system outputs something). Empty ``sentences`` gives ``[]``.
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    chosen: list[int] = []
    best_value = 0.0
    while len(chosen) < min(k, len(sentences)):
        step_best, step_i = best_value, None
        for i in range(len(sentences)):
            if i in chosen:
                continue
            picked = sorted([*chosen, i])
            value = _objective(truncate_chars("".join(sentences[j] for j in picked), budget), reference)
            if value > step_best + 1e-12:
                step_best, step_i = value, i
        if step_i is None:
            break
        chosen = sorted([*chosen, step_i])
        best_value = step_best
    if not chosen and sentences:
        chosen = [0]
    return chosen


def oracle_summary(text: str, reference: str, k: int, budget: int | None) -> list[str]:
    """The oracle's sentences (document order) for ``text``, split with our sentence splitter."""
    from summarizer.sentences import split_sentences

    sents = [s.text for s in split_sentences(text)]
    return [sents[i] for i in oracle_indices(sents, reference, k, budget)]


# ------------------------------------------------------------------------------------------ aspect oracle


def aspect_oracle(
    sentences: Sequence[str],
    references: Sequence[str],
    k: int,
    max_chars: int = POINT_CHARS,
    threshold: float = 0.6,
) -> list[str]:
    """Greedy oracle for pooled aspect scoring: at most ``k`` picks (each cut to ``max_chars`` characters).

    Matching as :func:`summarizer.evaluation.aspects.score_pooled` (content characters, ``LCS >= t * len``): a
    pick recalls reference ``r`` when ``LCS(r, p) >= t*len(r)``; it is precise when it recalls some ``r`` or
    ``LCS(r, p) >= t*len(p)``. Each step adds the sentence that most raises the F1 of (recall over
    ``references``, precision over the picks); it stops at ``k`` picks or when nothing raises it. Returns the
    picks in document order (``[]`` when nothing matches at all or ``references`` is empty).
    """
    t = Fraction(str(threshold))
    refs = [content_chars(r) for r in references]
    refs = [r for r in refs if r]
    if not refs or k < 1:
        return []
    picks = [clip_point(s, max_chars) for s in sentences]
    recalls: list[frozenset[int]] = []
    precise: list[bool] = []
    for p in picks:
        pc = content_chars(p)
        rec, prec = set(), False
        if pc:
            for j, r in enumerate(refs):
                lcs = lcs_length(r, pc)
                if lcs * t.denominator >= t.numerator * len(r):
                    rec.add(j)
                    prec = True
                elif lcs * t.denominator >= t.numerator * len(pc):
                    prec = True
        recalls.append(frozenset(rec))
        precise.append(prec)

    def f1(chosen: list[int]) -> float:
        if not chosen:
            return 0.0
        rec = len(frozenset().union(*(recalls[i] for i in chosen))) / len(refs)
        prec = sum(precise[i] for i in chosen) / len(chosen)
        return 0.0 if rec + prec == 0 else 2 * rec * prec / (rec + prec)

    chosen: list[int] = []
    best = 0.0
    while len(chosen) < min(k, len(picks)):
        step_best, step_i = best, None
        for i in range(len(picks)):
            if i in chosen or not (recalls[i] or precise[i]):
                continue
            value = f1([*chosen, i])
            if value > step_best + 1e-12:
                step_best, step_i = value, i
        if step_i is None:
            break
        chosen.append(step_i)
        best = step_best
    return [picks[i] for i in sorted(chosen)]
