"""Aspect point scorer: recall and precision of predicted challenge / recommendation points against reference points.

Matching is at the character level on *content characters* (letters, digits, CJK; punctuation, symbols and
whitespace ignored; see :func:`summarizer.evaluation.units.content_chars`; pinyin annotations such as ``領(lǐng)``
are read without their note, :func:`summarizer.clean.strip_pinyin_notes`). With ``LCS`` the length of the longest
common subsequence of two such strings and ``t`` the threshold (0.6):

* a reference point ``r`` is **recalled** when some predicted point ``p`` of the same aspect has
  ``LCS(r, p) >= t * len(r)``;
* a predicted point ``p`` is **precise** when some reference point ``r`` of its own aspect has
  ``LCS(r, p) >= t * len(r)`` or ``LCS(r, p) >= t * len(p)``. A predicted point without any content character
  is never precise.

The comparisons are exact (``t`` is held as a fraction, ``0.6 = 3/5``), so a point exactly at the boundary counts.
Micro recall = recalled / reference points, micro precision = precise / predicted points, summed over the scored
essays (those with reference points), overall and per aspect; per-essay numbers too. A ratio whose denominator is 0
is ``None`` (JSON ``null``, shown as ``n/a``); the counts are always reported. Predicted points of essays without
reference points do not enter precision, but they do enter the character statistics: ``avg_chars_per_essay`` is the
mean over *all* predicted essays of ``sum(len(point.text))`` over both aspects (raw characters of the point text).

Essays are matched by index: the gold ids ``篇二`` / ``第二篇`` name the essay at 0-based index 1
(:func:`essay_index`); the prediction of essay ``i`` is ``DocumentSummary.essays[k]`` with ``.index == i``.
A gold essay with no prediction is scored with no predicted points (recall 0) and listed in ``missing_essays``.

Pooled mode (:func:`score_pooled`) is for systems that produce no aspects (peers): each essay's picks are scored
against the reference points of both aspects together; per-aspect entries then carry recall only.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np

from summarizer.evaluation.errors import DatasetError
from summarizer.clean import strip_pinyin_notes
from summarizer.evaluation.units import content_chars

__all__ = [
    "ASPECTS",
    "DEFAULT_THRESHOLD",
    "lcs_length",
    "essay_index",
    "GoldEssay",
    "parse_gold",
    "gold_point_lists",
    "match_points",
    "point_chars",
    "AspectCounts",
    "EssayScore",
    "AspectReport",
    "predictions_from_summary",
    "score_aspects",
    "score_pooled",
]

ASPECTS: tuple[str, ...] = ("challenges", "recommendations")
DEFAULT_THRESHOLD = 0.6
POOLED = "pooled"


def lcs_length(a: Sequence, b: Sequence) -> int:
    """Length of the longest common subsequence of ``a`` and ``b`` (strings: in characters; lists: in items).

    Dynamic programming, one numpy-vectorised row per element of the shorter sequence:
    ``row_i[j] = max_{k <= j} max(row_{i-1}[k], row_{i-1}[k-1] + [a_i == b_k])`` (a running maximum replaces the
    left neighbour of the textbook recurrence). O(len(a)·len(b)) time, O(max length) memory. No normalisation is
    done here; callers pass :func:`~summarizer.evaluation.units.content_chars` strings.
    """
    if len(a) == 0 or len(b) == 0:
        return 0
    if len(a) > len(b):
        a, b = b, a  # loop over the shorter one
    if isinstance(a, str) and isinstance(b, str):
        bv = np.fromiter((ord(c) for c in b), dtype=np.int64, count=len(b))
        av = [ord(c) for c in a]
    else:
        codes: dict[Any, int] = {}
        bv = np.array([codes.setdefault(x, len(codes)) for x in b], dtype=np.int64)
        av = [codes.get(x, -1) for x in a]
    prev = np.zeros(len(b) + 1, dtype=np.int64)
    curr = np.zeros_like(prev)
    for code in av:
        cand = np.maximum(prev[1:], prev[:-1] + (bv == code))
        np.maximum.accumulate(cand, out=curr[1:])
        prev, curr = curr, prev
    return int(prev[-1])


_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = r"[0-9零〇一二两三四五六七八九十百千]+"
_ESSAY_ID_RE = re.compile(rf"^\s*(?:篇\s*({_NUM})|第\s*({_NUM})\s*篇)")


def _parse_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    total, num, last_digit = 0, 0, False
    for ch in s:
        if ch in _CN_DIGITS:
            num = num * 10 + _CN_DIGITS[ch] if last_digit else _CN_DIGITS[ch]  # 一二 = 12, 一百零五 = 105
            last_digit = True
        elif ch in _CN_UNITS:
            total += (num or 1) * _CN_UNITS[ch]  # 十二: the leading 一 of 十 is implicit
            num, last_digit = 0, False
        else:  # pragma: no cover - the regex admits nothing else
            raise ValueError(ch)
    return total + num


def essay_index(essay_id: str | int) -> int:
    """Return the 0-based essay index named by an essay id: ``篇二`` → 1, ``第三篇`` → 2, ``篇12`` / ``第十二篇`` → 11.

    Chinese numerals (一 … 九, 两, 十, 百, 千, 零/〇) and ASCII or full-width digits are accepted; text after the
    marker (``篇二：标题``) is ignored. An ``int`` is taken as already 0-based. Raises :class:`ValueError` for an id
    that names no essay (including 篇零).
    """
    if isinstance(essay_id, bool):
        raise ValueError(f"not an essay id: {essay_id!r}")
    if isinstance(essay_id, int):
        if essay_id < 0:
            raise ValueError(f"essay index must be >= 0, got {essay_id}")
        return essay_id
    m = _ESSAY_ID_RE.match(unicodedata.normalize("NFKC", str(essay_id)))
    if not m:
        raise ValueError(f"cannot read an essay number from id {essay_id!r}; expected 篇N or 第N篇")
    n = _parse_number(m.group(1) or m.group(2))
    if n < 1:
        raise ValueError(f"essay numbers start at 1 (篇一), got {essay_id!r}")
    return n - 1


@dataclass(frozen=True)
class GoldEssay:
    """Reference points of one essay: ``id`` as in the gold file, ``index`` 0-based, point texts per aspect."""

    id: str
    index: int
    challenges: tuple[str, ...]
    recommendations: tuple[str, ...]

    def points(self, aspect: str) -> tuple[str, ...]:
        """Return the reference points of ``aspect`` (``"challenges"`` or ``"recommendations"``)."""
        return getattr(self, aspect)


def gold_entries(obj: Any, source: str = "gold") -> list:
    """Return the essay entries of a parsed gold file: ``obj["essays"]`` of an object, or ``obj`` itself when it is a
    bare JSON list of entries. Raises :class:`DatasetError` naming both accepted forms (and, for an object, the keys
    it has instead) for anything else."""
    essays = obj.get("essays") if isinstance(obj, Mapping) else obj
    if isinstance(essays, Sequence) and not isinstance(essays, (str, bytes)):
        return list(essays)
    if isinstance(obj, Mapping):
        has = ("; it has " + ", ".join(repr(k) for k in list(obj)[:5])) if obj else " (it is an empty object {})"
        what = "its 'essays' is not a list" if "essays" in obj else "no 'essays' list" + has
    else:
        kinds = {str: "a JSON string", bool: "a JSON boolean", int: "a JSON number", float: "a JSON number"}
        what = "JSON null" if obj is None else kinds.get(type(obj), type(obj).__name__)
    raise DatasetError(f"{source}: {what}; a gold file is an object {{\"essays\": [...]}} or a JSON list of essay "
                       "entries [{\"file\"?, \"id\"?, \"challenges\": [...], \"recommendations\": [...]}, ...] "
                       "(see the README, 'Evaluation')", path=source)


def parse_gold(obj: Mapping | Sequence, source: str = "gold") -> list[GoldEssay]:
    """Validate a parsed ``dev_gold.json`` (``{"essays": [{"id", "challenges", "recommendations"}]}``, or the list).

    Raises :class:`DatasetError` naming the essay and point for: a missing/mistyped field, an unreadable id, a
    duplicate essay, or a reference point without content characters (an empty reference is a data error).
    """
    essays = gold_entries(obj, source)
    problems: list[str] = []
    out: list[GoldEssay] = []
    seen: dict[int, str] = {}
    for k, e in enumerate(essays):
        where = f"essays[{k}]"  # (the message opens with the source once, not before every problem: ux35)
        if not isinstance(e, Mapping):
            problems.append(f"{where}: not an object")
            continue
        eid = e.get("id")
        try:
            idx = essay_index(eid) if isinstance(eid, (str, int)) else essay_index("")
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if idx in seen:
            problems.append(f"{where} (id {eid!r}): same essay as id {seen[idx]!r}")
            continue
        seen[idx] = str(eid)
        lists = gold_point_lists(e, f"{where} (id {eid!r})", problems)
        out.append(GoldEssay(str(eid), idx, lists["challenges"], lists["recommendations"]))
    if problems:
        raise DatasetError(
            f"{source}: {len(problems)} problem(s): " + "; ".join(problems[:10]), path=source, problems=problems
        )
    return out


def gold_point_lists(entry: Mapping, where: str, problems: list[str]) -> dict[str, tuple[str, ...]]:
    """Read the ``challenges`` / ``recommendations`` lists of one gold entry (a missing list is empty).

    Appends a message starting with ``where`` to ``problems`` for a list that is not a list of strings and for a
    point without content characters (an empty reference is a data error); returns the valid points per aspect.
    """
    lists: dict[str, tuple[str, ...]] = {}
    for key in entry:  # (a misspelt list, "recommendation", was ignored unsaid and scored as no gold point: ux35)
        aspect = _misspelt_aspect(key)
        if aspect is not None and aspect not in entry:
            problems.append(f"{where}: {key!r} is no gold field: did you mean {aspect!r}?")
    for aspect in ASPECTS:
        pts = entry.get(aspect, [])
        if not isinstance(pts, list) or not all(isinstance(p, str) for p in pts):
            problems.append(f"{where}: '{aspect}' must be a list of strings")
            pts = []
        for j, p in enumerate(pts):
            if not content_chars(p):
                problems.append(f"{where}: {aspect}[{j}] = {p!r} has no content characters")
        lists[aspect] = tuple(p for p in pts if content_chars(p))
    return lists


#: Gold keys read as a misspelling of an aspect's list (besides near spellings of the names themselves).
_ASPECT_ALIASES = {"挑战": "challenges", "挑戰": "challenges", "问题": "challenges", "問題": "challenges",
                   "建议": "recommendations", "建議": "recommendations", "对策": "recommendations",
                   "對策": "recommendations"}


def _misspelt_aspect(key: Any) -> str | None:
    """The aspect list a gold entry's ``key`` misspells (``recommendation``, ``Challenges``, ``recomendations``,
    ``建议``), else ``None`` (the aspects themselves and every other key)."""
    if not isinstance(key, str) or key in ASPECTS:
        return None
    folded = key.strip().lower()
    if folded in _ASPECT_ALIASES:
        return _ASPECT_ALIASES[folded]
    near = difflib.get_close_matches(folded, ASPECTS, n=1, cutoff=0.8)
    return near[0] if near else None


@dataclass
class AspectCounts:
    """Counts behind one recall/precision pair. ``recall``/``precision`` are ``None`` when their denominator is 0."""

    references: int = 0
    recalled: int = 0
    predicted: int = 0
    precise: int = 0

    @property
    def recall(self) -> float | None:
        """recalled / references (reference points), or ``None`` without reference points."""
        return self.recalled / self.references if self.references else None

    @property
    def precision(self) -> float | None:
        """precise / predicted (predicted points), or ``None`` without predicted points."""
        return self.precise / self.predicted if self.predicted else None

    def add(self, other: "AspectCounts") -> None:
        """Add ``other``'s counts to these (micro averaging)."""
        self.references += other.references
        self.recalled += other.recalled
        self.predicted += other.predicted
        self.precise += other.precise

    def to_dict(self) -> dict:
        """Return counts and ratios as a dict."""
        return {
            "recall": self.recall,
            "precision": self.precision,
            "references": self.references,
            "recalled": self.recalled,
            "predicted": self.predicted,
            "precise": self.precise,
        }


@dataclass
class EssayScore:
    """Scores of one essay with reference points. ``chars``: sum of ``len(point.text)`` of its predicted points."""

    id: str
    index: int
    per_aspect: dict[str, AspectCounts]
    overall: AspectCounts
    chars: int
    missed: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Return a JSON-ready dict."""
        return {
            "id": self.id,
            "index": self.index,
            **self.overall.to_dict(),
            "per_aspect": {a: c.to_dict() for a, c in self.per_aspect.items()},
            "chars": self.chars,
            "missed": self.missed,
        }


@dataclass
class AspectReport:
    """Result of :func:`score_aspects` / :func:`score_pooled` (``mode`` ``"per-aspect"`` or ``"pooled"``).

    ``overall`` and ``per_aspect`` are micro-averaged over ``per_essay`` (the gold essays). Characters:
    ``avg_chars_per_essay`` over all ``n_predicted_essays`` predicted essays, ``avg_chars_per_gold_essay`` over
    the gold essays; ``chars_per_essay`` maps each predicted essay index to its characters.
    """

    mode: str
    threshold: float
    overall: AspectCounts
    per_aspect: dict[str, AspectCounts]
    per_essay: list[EssayScore]
    n_predicted_essays: int
    avg_chars_per_essay: float | None
    avg_chars_per_gold_essay: float | None
    chars_per_essay: dict[int, int]
    missing_essays: list[str]

    @property
    def recall(self) -> float | None:
        """Micro recall over all gold essays and aspects."""
        return self.overall.recall

    @property
    def precision(self) -> float | None:
        """Micro precision over all gold essays and aspects."""
        return self.overall.precision

    def to_dict(self) -> dict:
        """Return a JSON-ready dict."""
        return {
            "mode": self.mode,
            "unit": "characters (content characters; punctuation and whitespace ignored)",
            "threshold": self.threshold,
            **self.overall.to_dict(),
            "per_aspect": {a: c.to_dict() for a, c in self.per_aspect.items()},
            "per_essay": [e.to_dict() for e in self.per_essay],
            "n_predicted_essays": self.n_predicted_essays,
            "avg_chars_per_essay": self.avg_chars_per_essay,
            "avg_chars_per_gold_essay": self.avg_chars_per_gold_essay,
            "chars_per_essay": {str(k): v for k, v in self.chars_per_essay.items()},
            "missing_essays": self.missing_essays,
        }

    def table(self) -> str:
        """Return a plain-text report (unit: characters)."""

        def fmt(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.4f}"

        def row(name: str, c: AspectCounts) -> str:
            return (
                f"{name:<24}{fmt(c.recall):>8} ({c.recalled}/{c.references}){'':<2}"
                f"{fmt(c.precision):>8} ({c.precise}/{c.predicted})"
            )

        lines = [
            f"Aspect points ({self.mode}), character level, LCS threshold {self.threshold}",
            f"{'':<24}{'recall':>8}{'':<9}{'precision':>10}",
            row("all", self.overall),
        ]
        lines += [row(a, c) for a, c in self.per_aspect.items()]
        for e in self.per_essay:
            lines.append(row(f"{e.id} (#{e.index}, {e.chars} chars)", e.overall))
        avg = "n/a" if self.avg_chars_per_essay is None else f"{self.avg_chars_per_essay:.1f}"
        lines.append(f"avg chars of points per essay: {avg} over {self.n_predicted_essays} predicted essays")
        if self.missing_essays:
            lines.append(f"WARNING: no prediction for gold essays {', '.join(self.missing_essays)} (scored as empty)")
        return "\n".join(lines)


def _text(p: Any) -> str:
    if isinstance(p, str):
        return p
    t = getattr(p, "text", None)
    if t is None and isinstance(p, Mapping):
        t = p.get("text")
    if not isinstance(t, str):
        raise TypeError(f"a point must be a str or have a str .text, got {type(p).__name__}")
    return t


def predictions_from_summary(doc: Any) -> dict[int, dict[str, list[str]]]:
    """Turn a :class:`~summarizer.schema.DocumentSummary` into ``{essay index: {aspect: [point texts]}}``.

    Uses each essay's ``.index`` (0-based position in the input), falling back to its list position.
    """
    out: dict[int, dict[str, list[str]]] = {}
    for pos, essay in enumerate(doc.essays):
        idx = getattr(essay, "index", pos)
        out[idx] = {a: [_text(p) for p in getattr(essay, a)] for a in ASPECTS}
    return out


def _coerce(predictions: Any, pooled: bool) -> dict[int, Any]:
    if hasattr(predictions, "essays"):
        preds = predictions_from_summary(predictions)
        if pooled:
            return {i: [t for a in ASPECTS for t in d[a]] for i, d in preds.items()}
        return preds
    if isinstance(predictions, Mapping):
        items = [(essay_index(k), v) for k, v in predictions.items()]
    elif isinstance(predictions, Sequence) and not isinstance(predictions, (str, bytes)):
        items = list(enumerate(predictions))
    else:
        raise TypeError(f"cannot read predictions from {type(predictions).__name__}")
    out: dict[int, Any] = {}
    for idx, v in items:
        if pooled:
            out[idx] = [_text(p) for p in v]
        else:
            get = v.get if isinstance(v, Mapping) else (lambda a, _v=v: getattr(_v, a))
            out[idx] = {a: [_text(p) for p in (get(a) or [])] for a in ASPECTS}
    return out


def _as_fraction(threshold: float) -> Fraction:
    if not 0.0 < float(threshold) <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    return Fraction(str(threshold))


def _match(refs: list[str], preds: list[str], t: Fraction) -> tuple[list[bool], list[bool]]:
    """Return (recalled flag per reference, precise flag per prediction) on content-character strings."""
    num, den = t.numerator, t.denominator
    recalled = [False] * len(refs)
    precise = [False] * len(preds)
    for i, r in enumerate(refs):
        for j, p in enumerate(preds):
            if not p or (recalled[i] and precise[j]):
                continue
            lcs = lcs_length(r, p)
            by_ref = lcs * den >= num * len(r)
            if by_ref:
                recalled[i] = True
            if by_ref or lcs * den >= num * len(p):
                precise[j] = True
    return recalled, precise


def point_chars(text: str) -> str:
    """The content characters a point is matched on: :func:`~summarizer.evaluation.units.content_chars` of the point
    without pinyin annotations (:func:`summarizer.clean.strip_pinyin_notes`: ``領(lǐng)導`` reads ``領導``), which gold
    copied verbatim from a converter's residue holds and cleaning removes."""
    return content_chars(strip_pinyin_notes(text))


def match_points(
    references: Sequence[str], predictions: Sequence[str], threshold: float = DEFAULT_THRESHOLD
) -> tuple[list[bool], list[bool]]:
    """Match point texts with the scorer's rule (module doc): ``(recalled flag per reference, precise flag per
    prediction)``. Texts are compared on their content characters; ``threshold`` in (0, 1], else ValueError."""
    t = _as_fraction(threshold)
    return _match([point_chars(r) for r in references], [point_chars(p) for p in predictions], t)


def _gold_list(gold: Any) -> list[GoldEssay]:
    if isinstance(gold, Sequence) and gold and all(isinstance(g, GoldEssay) for g in gold):
        return list(gold)
    return parse_gold(gold)


def _score(predictions: Any, gold: Any, threshold: float, pooled: bool) -> AspectReport:
    t = _as_fraction(threshold)
    golds = sorted(_gold_list(gold), key=lambda g: g.index)
    preds = _coerce(predictions, pooled)

    def texts(idx: int) -> list[str]:
        v = preds.get(idx)
        if v is None:
            return []
        return list(v) if pooled else [x for a in ASPECTS for x in v[a]]

    chars_per_essay = {i: sum(len(x) for x in texts(i)) for i in sorted(preds)}
    overall = AspectCounts()
    per_aspect = {a: AspectCounts() for a in ASPECTS}
    per_essay: list[EssayScore] = []
    missing: list[str] = []
    for g in golds:
        if g.index not in preds:
            missing.append(g.id)
        e_overall = AspectCounts()
        e_aspects: dict[str, AspectCounts] = {}
        missed: dict[str, list[str]] = {}
        if pooled:
            picks = texts(g.index)
            pick_norm = [point_chars(x) for x in picks]
            all_refs = [(a, r) for a in ASPECTS for r in g.points(a)]
            recalled, precise = _match([point_chars(r) for _, r in all_refs], pick_norm, t)
            for a in ASPECTS:
                flags = [f for (aa, _), f in zip(all_refs, recalled, strict=True) if aa == a]
                e_aspects[a] = AspectCounts(references=len(flags), recalled=sum(flags))
                missed[a] = [r for (aa, r), f in zip(all_refs, recalled, strict=True) if aa == a and not f]
            e_overall = AspectCounts(len(all_refs), sum(recalled), len(picks), sum(precise))
        else:
            for a in ASPECTS:
                refs = list(g.points(a))
                pts = preds[g.index][a] if g.index in preds else []
                recalled, precise = _match([point_chars(r) for r in refs], [point_chars(p) for p in pts], t)
                c = AspectCounts(len(refs), sum(recalled), len(pts), sum(precise))
                e_aspects[a] = c
                e_overall.add(c)
                missed[a] = [r for r, f in zip(refs, recalled, strict=True) if not f]
        for a in ASPECTS:
            per_aspect[a].add(e_aspects[a])
        overall.add(e_overall)
        per_essay.append(EssayScore(g.id, g.index, e_aspects, e_overall, sum(len(x) for x in texts(g.index)), missed))
    n_pred = len(chars_per_essay)
    gold_chars = [e.chars for e in per_essay]
    return AspectReport(
        mode=POOLED if pooled else "per-aspect",
        threshold=float(threshold),
        overall=overall,
        per_aspect=per_aspect,
        per_essay=per_essay,
        n_predicted_essays=n_pred,
        avg_chars_per_essay=(sum(chars_per_essay.values()) / n_pred) if n_pred else None,
        avg_chars_per_gold_essay=(sum(gold_chars) / len(gold_chars)) if gold_chars else None,
        chars_per_essay=chars_per_essay,
        missing_essays=missing,
    )


def score_aspects(predictions: Any, gold: Any, threshold: float = DEFAULT_THRESHOLD) -> AspectReport:
    """Score predicted aspect points against reference points (character level, LCS ≥ threshold; see module doc).

    ``predictions``: a :class:`~summarizer.schema.DocumentSummary`; or ``{essay index or id: {"challenges": [...],
    "recommendations": [...]}}``; or a list of such per-essay mappings/objects (list position = index). Points are
    ``str`` or objects/dicts with a ``text``. ``gold``: a parsed ``dev_gold.json`` dict, or :class:`GoldEssay` list.
    Raises :class:`DatasetError` for bad gold, :class:`ValueError` for a bad threshold or essay id,
    :class:`TypeError` for unreadable predictions.
    """
    return _score(predictions, gold, threshold, pooled=False)


def score_pooled(predictions: Any, gold: Any, threshold: float = DEFAULT_THRESHOLD) -> AspectReport:
    """Score systems without aspects: each essay's picks against the reference points of both aspects together.

    ``predictions``: ``{essay index or id: [point texts]}``, a list of such lists (position = index), or a
    :class:`~summarizer.schema.DocumentSummary` (its challenges and recommendations pooled). Same rules, units and
    errors as :func:`score_aspects`; per-aspect entries report recall only (``predicted == 0``).
    """
    return _score(predictions, gold, threshold, pooled=True)


def iter_gold_points(gold: Iterable[GoldEssay]) -> Iterable[tuple[str, str, str]]:
    """Yield ``(essay id, aspect, point)`` for every reference point (helper for reports)."""
    for g in gold:
        for a in ASPECTS:
            for p in g.points(a):
                yield g.id, a, p
