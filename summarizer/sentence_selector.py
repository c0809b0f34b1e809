"""The sentence selector (rank43, issue 8): a gradient-boosted tree ensemble over every segmented sentence of an
essay that keeps, drops or moves the rules' points and adds sentences no point overlaps, in the points stage in place
of the linear model's review (:class:`summarizer.aspect_model.AspectModel`, whose probabilities it reads).

Candidates: every sentence of an essay the linear model reads (:meth:`AspectModel.reads_essay`). Features
(:func:`selector_rows`; no character n-grams): the one-hot non-n-gram features of
:class:`summarizer.aspect_model.EssayFeatures` (region, list and heading place, cue readings of the sentence, its
clauses and neighbours, the rules' readings, the essay's register) and numeric ones: the class probabilities of the
linear model the selector was fitted on (:data:`SELECTOR_LINEAR_PATH`, model36's file, which may differ from the
shipped :data:`summarizer.aspect_model.MODEL_PATH` that makes the add/veto decisions) for the sentence and its two
neighbours, position, sentence and essay length, the share of the essay's
sentences the rules took, its rules' points per aspect, which aspects the rules' points starting in the sentence and
its neighbours have. Fitted by :mod:`summarizer.evaluation.selector_training` (scikit-learn's
``HistGradientBoostingClassifier``, classes as :data:`summarizer.aspect_model.CLASSES`); run time needs numpy only
(the trees are stored as node arrays in ``summarizer/resources/sentence_selector.json``).
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import sys
import threading
from collections.abc import Sequence
from itertools import chain, filterfalse
from operator import methodcaller
from pathlib import Path

import numpy as np

from summarizer import aspects as asp
from summarizer.aspect_model import (CLASSES, FAMILIES, AspectModel, EssayFeatures, apply_review, load, load_shipped,
                                     rule_aspects)
from summarizer import points as pts
from summarizer.points import RawPoint, cue_window, marker_end

__all__ = ["SELECTOR_PATH", "SELECTOR_LINEAR_PATH", "load_selector_linear", "TreeEnsemble", "SentenceSelector", "selector_rows", "load_selector",
           "elaborations_dropped", "heading_bodies", "additions_guarded", "addresses_audience"]

SELECTOR_PATH = Path(__file__).resolve().parent / "resources" / "sentence_selector.json"
FORMAT = "summarizer-sentence-selector/1"
#: model47b: the linear model whose probabilities the shipped selector was fitted on (model36's file, fit on Parts
#: <= 60): the selector's trees read its probabilities as features (:func:`selector_rows`), so it keeps reading these
#: whatever linear model :data:`summarizer.aspect_model.MODEL_PATH` holds (that one makes the add/veto decisions).
#: A refit of the selector (:mod:`summarizer.evaluation.selector_training`) reads this file too; replace both together.
SELECTOR_LINEAR_PATH = Path(__file__).resolve().parent / "resources" / "selector_linear_model.json"
#: gen50: the aspects an essay left with no point of them takes its likeliest prose sentence for
#: (:meth:`SentenceSelector.empty_aspect_points`), each with the selector probability that sentence needs
EMPTY_ASPECT_AT = {"recommendation": 0.65}
_NGRAM = ("c:", "h:", "w:")  # the n-gram families of EssayFeatures: left out (they do not transfer across shapes)
#: the optional families the rows read: every one but ``w`` (jieba's words: only ``w:`` features, left out)
_ROW_FAMILIES = tuple(f for f in FAMILIES if f != "w")


def load_selector_linear() -> AspectModel:
    """The linear model of :data:`SELECTOR_LINEAR_PATH` (the one the shipped selector's features were computed with),
    read once on first use (about 0.1 s) and kept, as the shipped linear model is
    (:func:`summarizer.aspect_model.load_shipped`). Raises OSError when the file cannot be read, ValueError when it is
    not a model."""
    return load_shipped(SELECTOR_LINEAR_PATH)


def selector_rows(structure, sentences, layout, taken, linear: AspectModel | None = None,
                  features: EssayFeatures | None = None) -> list[tuple]:
    """Per sentence of one essay (``sentences`` of ``structure``, ``layout`` from :func:`summarizer.points._layout`,
    ``taken`` the rules' points, offsets in ``structure.text``): ``(names, numbers, eligible, ruled)``: the
    non-n-gram feature names (a tuple of str), the numeric features (float32 array, 24), whether the sentence may be
    added as a point (a sentence, no heading, opening no list, announcing no list, overlapping no point of
    ``taken``) and the aspects of the rules' points that start in it. ``linear``: the linear model whose probabilities
    are read (default: :func:`load_selector_linear`, the one the selector was fitted on). ``features``: an
    :meth:`AspectModel.essay_features` of the same
    essay and ``taken``, when the caller has them (the points stage's: its sentences' readings are then computed once
    for the selector, its probabilities and the linear model's own review; selon44). Linear in the essay's length
    apart from the bisects."""
    linear = linear or load_selector_linear()
    n = len(sentences)
    lf = features if features is not None else linear.essay_features(structure, sentences, layout, taken)
    # (selon44: without the family ``w``, jieba's words, whose features are all n-grams the rows leave out; nor are the
    # character n-grams of EssayFeatures.text_parts built: the rows' names are the other parts, in their order)
    # (lf's sweeps and per-text readings shared when it reads the same essay: speed45)
    ef = lf.with_families(_ROW_FAMILIES, taken) if (
        isinstance(lf, EssayFeatures) and lf.structure is structure and lf.sentences is sentences
        and lf.layout is layout) else EssayFeatures(structure, sentences, layout, taken, _ROW_FAMILIES)
    probs = linear.essay_probabilities(lf, range(n))
    ruled = rule_aspects(sentences, taken)
    spans = sorted((p.start, p.end) for ps in taken.values() for p in ps)
    span_starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))
    n_ch = len(taken.get(asp.CHALLENGE, ()))
    n_rec = len(taken.get(asp.RECOMMENDATION, ()))
    share = sum(1 for r in ruled if r) / max(n, 1)
    out = []
    for i, s in enumerate(sentences):
        k = bisect.bisect_left(span_starts, s.end)
        overlap = bool(k and reach[k - 1] > s.start)
        m = bisect.bisect_right(layout.markers, s.start)
        opens = m < len(layout.markers) and layout.markers[m] < s.end
        eligible = (s.kind == "sentence" and not layout.in_heading[s.start] and not opens and not overlap
                    and not asp.announces_list_ahead(s.text) and not pts.official_answers(sentences, i))
        # (the names filtered and interned by C-level maps, no generator frame per name: perf49)
        names = tuple(map(sys.intern, filterfalse(methodcaller("startswith", _NGRAM), chain(
            ef.structural(i), ef.text_reading(i)[1], ef.rule_parts(i), ef.context(i), ef.text_extra(i),
            ef.place_extra(i)))))
        r = ruled[i]
        pv = probs[i - 1] if i else np.zeros(3)
        nx = probs[i + 1] if i + 1 < n else np.zeros(3)
        before = ruled[i - 1] if i else ()
        after = ruled[i + 1] if i + 1 < n else ()
        num = [*probs[i], *pv, *nx, i / max(n, 1), min(n, 500), s.end - s.start, share, n_ch, n_rec,
               asp.CHALLENGE in r, asp.RECOMMENDATION in r, overlap, eligible, len(structure.text) / 1000.0,
               asp.CHALLENGE in before, asp.RECOMMENDATION in before, asp.CHALLENGE in after,
               asp.RECOMMENDATION in after]
        out.append((names, np.asarray(num, dtype=np.float32), eligible, r))
    return out


def rows_matrix(rows: Sequence[tuple], vocab: dict[str, int]) -> np.ndarray:
    """The dense matrix (rows × ``len(vocab)`` + 24, float32) of :func:`selector_rows`' rows: the names one-hot by
    ``vocab`` (name -> column; an unknown name counts nothing), then the numbers."""
    width = len(rows[0][1]) if rows else 0
    x = np.zeros((len(rows), len(vocab) + width), dtype=np.float32)
    if not rows:
        return x
    # (the one-hot cells gathered per row by C-level maps and set in one fancy assignment, the numbers in one
    # slice assignment: the same matrix, perf49)
    look = vocab.get
    cols = [[j for j in map(look, names) if j is not None] for names, _, _, _ in rows]
    x[np.repeat(np.arange(len(rows), dtype=np.intp), [len(c) for c in cols]),
      np.fromiter(chain.from_iterable(cols), dtype=np.intp)] = 1.0
    x[:, len(vocab):] = np.stack([num for _, num, _, _ in rows])
    return x


class TreeEnsemble:
    """A multiclass gradient-boosted tree ensemble as flat node arrays: ``feature``, ``threshold`` (go left when the
    value is <= it), ``left``, ``right`` (node indices into the flat arrays), ``leaf`` (bool), ``value`` (the leaf's
    raw score), ``roots`` (one per tree) and ``classes`` (the class column each tree adds to); ``baseline`` (per
    class). :meth:`probabilities`: softmax of the baseline plus the leaves reached."""

    def __init__(self, obj: dict) -> None:
        self.feature = np.asarray(obj["feature"], dtype=np.intp)
        self.threshold = np.asarray(obj["threshold"], dtype=np.float64)
        self.left = np.asarray(obj["left"], dtype=np.intp)
        self.right = np.asarray(obj["right"], dtype=np.intp)
        self.leaf = np.asarray(obj["leaf"], dtype=bool)
        self.value = np.asarray(obj["value"], dtype=np.float64)
        self.roots = np.asarray(obj["roots"], dtype=np.intp)
        self.classes = np.asarray(obj["classes"], dtype=np.intp)
        self.baseline = np.asarray(obj["baseline"], dtype=np.float64)
        self.depth = int(obj["depth"])
        #: node ``k``'s children at ``2k`` (right: its value above the threshold, or NaN) and ``2k + 1`` (left), so
        #: that a step reads ``children[2 * node + go_left]``: one gather in place of two and a ``where`` (perf50)
        self.children = np.empty(2 * len(self.left), dtype=np.intp)
        self.children[0::2] = self.right
        self.children[1::2] = self.left

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities (rows × classes) of the rows of ``x`` (rows × features). Every tree is walked for
        every row at once, one level a step, each step over the (row, tree) pairs not yet at a leaf (speed45: most
        paths end well before ``depth``): O(rows × trees × depth)."""
        n = x.shape[0]
        if n == 0:
            return np.zeros((0, len(self.baseline)))
        trees = len(self.roots)
        nodes = np.tile(self.roots, n)  # (row-major: row r's trees at r*trees …)
        # (read as float64, as the comparison with the float64 thresholds would cast each value anyway: exact)
        flat = np.ascontiguousarray(x, dtype=np.float64).ravel()
        row_base = np.repeat(np.arange(n, dtype=np.intp) * x.shape[1], trees)
        active = np.flatnonzero(~self.leaf[nodes])
        # (perf50: the active pairs' nodes and row offsets are carried along, filtered with them, not gathered anew
        # each step, and a step's child is one gather from :attr:`children`: the same nodes reached)
        at = nodes[active]
        base = row_base[active]
        feature, threshold, children, leaf = self.feature, self.threshold, self.children, self.leaf
        for _ in range(self.depth):
            if not active.size:
                break
            go_left = flat[base + feature[at]] <= threshold[at]
            reached = children[2 * at + go_left]
            nodes[active] = reached
            inner = ~leaf[reached]
            active, at, base = active[inner], reached[inner], base[inner]
        nodes = nodes.reshape(n, trees)
        raw = np.tile(self.baseline, (n, 1))
        vals = self.value[nodes]
        for c in range(len(self.baseline)):
            raw[:, c] += vals[:, self.classes == c].sum(axis=1)
        raw -= raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        return e / e.sum(axis=1, keepdims=True)


class SentenceSelector(AspectModel):
    """The selector in the points stage: :meth:`review` drops a rule's point whose sentence (the one holding its
    start) is ``none`` at >= :attr:`drop_at` (a finding's demand or a counted finding stays), moves one whose other
    aspect reaches :attr:`move_at`; :meth:`points` adds each eligible sentence (:func:`selector_rows`) no point
    overlaps whose likelier aspect reaches its threshold (:attr:`add_aspect_at`, the file's ``add_challenge_at`` and
    ``add_recommendation_at``, default :attr:`add_at`), cut to its cue window; no lone-point drop (the selector's
    veto reads those points). Essays the linear model does not read are left to the rules."""

    def __init__(self, trees: TreeEnsemble, vocab: list[str], drop_at: float, move_at: float, add_at: float,
                 linear: AspectModel | None = None, elaborations_guard: bool = False,
                 with_linear: bool = False, add_challenge_at: float | None = None,
                 add_recommendation_at: float | None = None, additions_guards: bool = False,
                 features_linear: AspectModel | None = None) -> None:
        super().__init__([], np.zeros((0, len(CLASSES))), np.zeros(len(CLASSES)), 2.0, rule_features=True)
        self.trees, self.vocab = trees, {f: k for k, f in enumerate(vocab)}
        self.drop_at, self.move_at, self.add_at = drop_at, move_at, add_at
        #: per aspect, the probability an addition of that aspect needs (sel44; default :attr:`add_at` for both)
        self.add_aspect_at = {asp.CHALLENGE: add_at if add_challenge_at is None else add_challenge_at,
                              asp.RECOMMENDATION: add_at if add_recommendation_at is None else add_recommendation_at}
        #: drop additions that elaborate a heading's or list item's rule point (:func:`elaborations_dropped`)
        self.elaborations_guard = elaborations_guard
        #: sel45: the structural guards of :func:`additions_guarded` on the additions and no move of a heading's body
        #: away from its heading point's aspect (:func:`heading_bodies`) in :meth:`review`
        self.additions_guards = additions_guards
        #: keep the linear model's review, additions and lone-point drop, the selector's drop/move (and additions
        #: no linear point overlaps) on top (sel43); off: the selector takes the linear model's place (rank43)
        self.with_linear = with_linear
        self._linear = linear
        self._features_linear = features_linear
        #: per thread, (id of the essay's sentences, rows, probabilities) of its last review: points reads them (the
        #: points stage calls review then points in one thread; a service's threads share the shipped selector)
        self._local = threading.local()

    @property
    def linear(self) -> AspectModel:
        """The linear model that decides with the selector (``with_linear``: its review, additions and lone-point
        drop; default: the shipped file, :data:`summarizer.aspect_model.MODEL_PATH`)."""
        return self._linear or load()

    @property
    def features_linear(self) -> AspectModel:
        """The linear model whose probabilities the selector's rows read (default: :func:`load_selector_linear`,
        the file the selector was fitted on; model47b)."""
        return self._features_linear or load_selector_linear()

    def reads_essay(self, structure, sentences) -> bool:  # noqa: D102 - the linear model's bound
        return self.linear.reads_essay(structure, sentences)

    def essay_features(self, structure, sentences, layout, taken):  # noqa: D102 - computed in review
        return self.linear.essay_features(structure, sentences, layout, taken) if self.with_linear else None

    def essay_probabilities_of(self, structure, sentences, layout, taken,
                               features: EssayFeatures | None = None) -> tuple[list[tuple], np.ndarray]:
        """:func:`selector_rows` of the essay and the selector's class probabilities (sentences × 3); ``features``:
        the linear model's :meth:`AspectModel.essay_features` of the essay and ``taken`` when at hand (reused)."""
        reader = self.features_linear
        # (the linear model's EssayFeatures serve the reader too when both read the same families the same way: the
        # sums are kept per model, the readings shared)
        same = features is not None and reader.families == self.linear.families and (
            reader.rule_features == self.linear.rule_features)
        rows = selector_rows(structure, sentences, layout, taken, reader, features if same else None)
        return rows, self.trees.probabilities(rows_matrix(rows, self.vocab))

    def review(self, structure, sentences, layout, taken, features=None):  # noqa: D102 - see the class
        self._local.last = None
        if not sentences or not self.reads_essay(structure, sentences):
            return taken
        rows, probs = self.essay_probabilities_of(structure, sentences, layout, taken,
                                                  features if isinstance(features, EssayFeatures) else None)
        self._local.last = (id(sentences), rows, probs)
        starts = [s.start for s in sentences]
        moving = probs
        if self.additions_guards and "nomove" in GUARDS:
            # (sel45: a heading's or item's body keeps its heading point's aspect: no move away from it)
            moving = probs.copy()
            for aspect, rows_in in heading_bodies(layout, taken, sentences).items():
                other = asp.RECOMMENDATION if aspect == asp.CHALLENGE else asp.CHALLENGE
                for i in rows_in:
                    moving[i, CLASSES.index(other)] = 0.0
        out = apply_review(taken, lambda p: max(0, bisect.bisect_right(starts, p.start) - 1), moving,
                           self.drop_at, self.move_at)
        if self.with_linear:
            return self.linear.review(structure, sentences, layout, out, features)
        return out

    def points(self, structure, sentences, layout, scores, max_chars, taken, features=None):  # noqa: D102
        mine = self._added(structure, sentences, layout, scores, max_chars, taken)
        if not self.with_linear:
            return mine
        out = self.linear.points(structure, sentences, layout, scores, max_chars, taken, features)
        for aspect, points in mine.items():
            have = sorted((p.start, p.end) for p in out.get(aspect, ()))
            starts = [a for a, _ in have]
            reach = list(itertools.accumulate((b for _, b in have), max))
            for p in points:
                k = bisect.bisect_left(starts, p.end)
                if not (k and reach[k - 1] > p.start):
                    out.setdefault(aspect, []).append(p)
        return out

    def _added(self, structure, sentences, layout, scores, max_chars, taken) -> dict:
        """The selector's own additions (aspect -> RawPoint list): see :meth:`points`."""
        out: dict = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
        last = getattr(self._local, "last", None)
        if last is None or last[0] != id(sentences):
            return out
        _, rows, probs = last
        spans = sorted((p.start, p.end) for ps in taken.values() for p in ps)
        span_starts = [a for a, _ in spans]
        reach = list(itertools.accumulate((b for _, b in spans), max))
        for i, (s, row, pr) in enumerate(zip(sentences, rows, probs)):
            if not row[2]:
                continue
            k = bisect.bisect_left(span_starts, s.end)
            if k and reach[k - 1] > s.start:
                continue
            c = 1 + int(np.argmax(pr[1:]))
            aspect = CLASSES[c]
            if pr[c] < self.add_aspect_at[aspect]:
                continue
            a, b = cue_window(structure.text, marker_end(structure, s.start), s.end, aspect, max_chars)
            if b > a:
                out[aspect].append(RawPoint(aspect, a, b, float(scores[i])))
        out = elaborations_dropped(layout, taken, out) if self.elaborations_guard else out
        return additions_guarded(structure.text, layout, taken, out) if self.additions_guards else out

    def empty_aspect_points(self, structure, sentences, layout, scores, max_chars, taken) -> dict:
        """gen50: the one point an essay with no point of an aspect takes from its prose: for each aspect of
        :data:`EMPTY_ASPECT_AT` that ``taken`` (the points after every rule, the review and the lone-point drop;
        offsets into ``structure.text``) holds none of, the eligible sentence (:func:`selector_rows`: a sentence, no
        heading, opening no list, under no rule point) that the selector of this essay's last :meth:`review` gives
        that aspect the highest probability, when it reaches the aspect's :data:`EMPTY_ASPECT_AT`, cut to its cue
        window and kept under the selector's additions guards (:func:`additions_guarded`). An essay the selector did
        not read (no review of these sentences): none. Returns aspect -> list of at most one :class:`RawPoint`;
        O(sentences)."""
        out: dict = {}
        last = getattr(self._local, "last", None)
        if last is None or last[0] != id(sentences):
            return out
        _, rows, probs = last
        for aspect, at in EMPTY_ASPECT_AT.items():
            if taken.get(aspect):
                continue
            c = CLASSES.index(aspect)
            best = -1
            for i, row in enumerate(rows):
                if row[2] and probs[i, c] >= at and (best < 0 or probs[i, c] > probs[best, c]):
                    best = i
            if best < 0:
                continue
            s = sentences[best]
            a, b = cue_window(structure.text, marker_end(structure, s.start), s.end, aspect, max_chars)
            if b > a:
                out[aspect] = [RawPoint(aspect, a, b, float(scores[best]))]
        if not out:
            return out
        return additions_guarded(structure.text, layout, taken, out) if self.additions_guards else out

    def lone_points(self, structure, sentences, layout, taken, features=None):  # noqa: D102 - the linear's or none
        return self.linear.lone_points(structure, sentences, layout, taken, features) if self.with_linear else taken

    def to_dict(self) -> dict:  # noqa: D102 - the file's form (written by selector_training)
        raise NotImplementedError("written by summarizer.evaluation.selector_training")

    @classmethod
    def from_selector_dict(cls, obj: dict) -> SentenceSelector:
        """A selector from its file's dict (format :data:`FORMAT`). Raises ValueError on another format."""
        if obj.get("format") != FORMAT or tuple(obj.get("classes", ())) != CLASSES:
            raise ValueError(f"not a sentence selector (format {FORMAT})")
        return cls(TreeEnsemble(obj["trees"]), list(obj["vocab"]), float(obj["drop_at"]), float(obj["move_at"]),
                   float(obj["add_at"]), elaborations_guard=bool(obj.get("elaborations_guard", False)),
                   with_linear=bool(obj.get("with_linear", False)),
                   add_challenge_at=_opt_float(obj.get("add_challenge_at")),
                   add_recommendation_at=_opt_float(obj.get("add_recommendation_at")),
                   additions_guards=bool(obj.get("additions_guards", False)))


def _opt_float(x) -> float | None:
    """``x`` as a float, None kept."""
    return None if x is None else float(x)


#: how far (characters) a point's start may lie after a list marker and still open that list item
_ITEM_OPENING = 8


def elaborations_dropped(layout, taken: dict, added: dict) -> dict:
    """``added`` (aspect -> sorted :class:`RawPoint` list, offsets into the structure's text) less the points that
    elaborate a point the rules already took: a point is dropped when the nearest rule point of its aspect in
    ``taken`` starting before it opens a heading (``layout.in_heading`` at its start) or a list item (its start at
    most :data:`_ITEM_OPENING` characters after a marker of ``layout.markers``) and no heading starts between that
    point's end and the added point's start: the sentence is the body under a heading or item that already states
    the point (an essay states a challenge or measure in its heading and argues it in the sentences below). Linear in
    the text plus n log n in the points; returns a new dict, ``added`` unchanged."""
    ih = layout.in_heading
    n = len(ih)
    heads = [i for i in range(n) if ih[i] and (i == 0 or not ih[i - 1])]
    marks = layout.markers
    out: dict = {}
    for aspect, points in added.items():
        rule = sorted(taken.get(aspect, ()), key=lambda p: p.start)
        starts = [p.start for p in rule]
        kept = []
        for p in points:
            k = bisect.bisect_right(starts, p.start) - 1
            if k >= 0:
                q = rule[k]
                opens = q.start < n and ih[q.start]
                if not opens:
                    m = bisect.bisect_right(marks, q.start)
                    opens = m > 0 and q.start - marks[m - 1] <= _ITEM_OPENING
                if opens:
                    h = bisect.bisect_right(heads, q.end)
                    if not (h < len(heads) and heads[h] < p.start):
                        continue
            kept.append(p)
        out[aspect] = kept
    return out


#: how far (characters) the first sentence of a list item is read for a rule point that states the item (sel45)
_ITEM_SENTENCE = 200
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _opens_item(layout, q, text: str | None = None) -> bool:
    """Whether rule point ``q`` opens a heading (``layout.in_heading`` at its start) or a list item (its start at most
    :data:`_ITEM_OPENING` characters after a marker of ``layout.markers``; with ``text``, the structure's text, also
    anywhere in the item's first sentence, within :data:`_ITEM_SENTENCE` characters of the marker: ``二是因…措施（…），
    造成部分矛盾无法及时化解`` states its item though the rules cut its frame off). O(log markers + that bound)."""
    ih = layout.in_heading
    if q.start < len(ih) and ih[q.start]:
        return True
    m = bisect.bisect_right(layout.markers, q.start)
    if m == 0:
        return False
    mark = layout.markers[m - 1]
    if q.start - mark <= _ITEM_OPENING:
        return True
    return (text is not None and q.start - mark <= _ITEM_SENTENCE
            and _SENTENCE_END.search(text, mark, q.start) is None)


class _Governors:
    """The rule points of ``taken`` (either aspect) by end, with ``layout``'s heading starts: :meth:`aspect_at` says
    which heading or item point governs a position. Built in linear time plus a sort."""

    def __init__(self, layout, taken: dict, text: str | None = None) -> None:
        ih = layout.in_heading
        self.layout, self.text = layout, text
        self.heads = [i for i in range(len(ih)) if ih[i] and (i == 0 or not ih[i - 1])]
        self.rule = sorted(((p.end, p.start, aspect, p) for aspect, ps in taken.items() for p in ps),
                           key=lambda t: t[:2])
        self.ends = [e for e, *_ in self.rule]

    def aspect_at(self, pos: int) -> str | None:
        """The aspect of the nearest rule point ending at or before ``pos`` when it opens a heading or an item
        (:func:`_opens_item`) and no heading starts and no list marker stands between its end and ``pos`` (at
        ``pos`` included: a point that opens the next item is that item's); else None. O(log points)."""
        k = bisect.bisect_right(self.ends, pos) - 1
        if k < 0:
            return None
        _, _, aspect, q = self.rule[k]
        if not _opens_item(self.layout, q, self.text):
            return None
        h = bisect.bisect_right(self.heads, q.end)
        if h < len(self.heads) and self.heads[h] < pos:
            return None
        m = bisect.bisect_right(self.layout.markers, q.end)  # (a list marker after it: another item's body begins)
        if m < len(self.layout.markers) and self.layout.markers[m] <= pos:
            return None
        return aspect


def heading_bodies(layout, taken: dict, sentences) -> dict[str, set[int]]:
    """Per aspect of ``taken`` (aspect -> rule points, offsets into the structure's text), the indices of the
    ``sentences`` that are the body under a heading or list item whose rule point is of that aspect: the nearest rule
    point of either aspect that ends at or before the sentence's start opens a heading or an item
    (:func:`_opens_item`), is of that aspect, and no heading starts between its end and the sentence. An essay
    argues the point its heading states in the sentences below it, so they carry the heading's aspect (sel45: a
    problem item's body is not moved to the measures, nor a measure item's body added as a problem). Linear in the
    text plus n log n in the points and sentences."""
    gov = _Governors(layout, taken)
    out: dict[str, set[int]] = {a: set() for a in taken}
    for i, s in enumerate(sentences):
        aspect = gov.aspect_at(s.start)
        if aspect is not None and aspect in out:
            out[aspect].add(i)
    return out


_CLAUSE_SPLIT = re.compile(r"[，,；;：:。！!？?]")
_WISH = ("希望", "请", "要求", "恳请", "吁请")


def addresses_audience(point: str) -> bool:
    """Whether a clause of ``point`` (a point's text) opens with an audience word (``audience_address`` cue group: 大家,
    同志们, 各位 …), after an optional wish or request (希望, 请): a speaker's exhortation of the listeners
    (``这些问题，大家要认真对照、立行立改``), no measure of the essay's. Linear in the text."""
    words = asp.lexicon().words("audience_address")
    for clause in _CLAUSE_SPLIT.split(point):
        c = clause.strip()
        for w in _WISH:
            if c.startswith(w):
                c = c[len(w):]
                break
        if c.startswith(words):
            return True
    return False


def additions_guarded(text: str, layout, taken: dict, added: dict, guards: frozenset | None = None) -> dict:
    """``added`` (the selector's additions: aspect -> :class:`RawPoint` list, offsets into ``text``, the structure's
    text) less the ones the essay's structure says are no point of their aspect (sel45), and a challenge cut before
    the measures its sentence turns to:

    - ``background``: a journal paper's background (:func:`summarizer.points.paper_background_spans`: its
      abstract, introduction, closing; and an abstract run into a paragraph, :func:`_inline_abstracts`) when the
      rules took at least :data:`summarizer.points.PAPER_BODY_POINTS` points of the aspect outside it: the
      introduction names the field's problems in general, the body states the paper's (the rules' own reading,
      ``points._paper_background_points``);
    - ``preamble``: in an essay that states the aspect as at least that many headed or listed items
      (:func:`_opens_item`), the part before the first of them (a cleaned paper's unlabelled abstract, an
      introduction, a practice section's narrated difficulties);
    - ``governed_same`` / ``governed_cross``: an addition in the body under a heading or item whose rule point, of
      the addition's own aspect or the other, states it (:class:`_Governors`: the item's point anywhere in its first
      sentence): the body argues its heading's point (the elaborations guard, :func:`elaborations_dropped`, reads a
      point at the item's start only);
    - ``audience``: a recommendation that exhorts the audience (:func:`addresses_audience`);
    - ``modal``: a challenge that opens with a modal of duty or with the speaker's resolve (``要加强…``,
      ``我们应当…``): a measure; ``turn``: one whose sentence turns from its problems to measures in its middle
      (:func:`summarizer.points.turn_parts`: ``…问题突出，要加强…``) keeps its problems only.

    ``guards``: the names of the guards applied (default :data:`GUARDS`, the shipped ones; :data:`ALL_GUARDS` names
    them all). Linear in the text plus n log n in the points; returns a new dict of new points, ``added``
    unchanged."""
    guards = GUARDS if guards is None else guards
    # (the background spans and the governors are built only for the guards that read them: the shipped guards do
    # not, and both read the whole text)
    spans = pts.paper_background_spans(text) + _inline_abstracts(text) if "background" in guards else []
    governed = "governed_same" in guards or "governed_cross" in guards
    gov = _Governors(layout, taken, text) if governed else None

    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(p) -> bool:
        k = bisect.bisect_right(starts, p.start) - 1
        return k >= 0 and p.start < merged[k][1]

    out: dict = {}
    for aspect, points in added.items():
        if not points:
            out[aspect] = []
            continue
        background = "background" in guards and bool(spans) and sum(
            1 for q in taken.get(aspect, ()) if not inside(q)) >= pts.PAPER_BODY_POINTS
        # (an essay that states the aspect as headed or listed items: its opening, before the first of them, is the
        # preamble, which names the field's problems in general or previews; an abstract the cleaner unlabelled)
        items = [q.start for q in taken.get(aspect, ()) if _opens_item(layout, q, text)] if "preamble" in guards else []
        preamble_end = min(items) if len(items) >= pts.PAPER_BODY_POINTS else -1
        other = asp.RECOMMENDATION if aspect == asp.CHALLENGE else asp.CHALLENGE
        kept = []
        for p in points:
            if background and inside(p) or p.end <= preamble_end:
                continue
            governor = gov.aspect_at(p.start) if gov is not None else None
            if governor is not None and ("governed_same" if governor == aspect else "governed_cross") in guards:
                continue
            t = text[p.start:p.end]
            if aspect == asp.RECOMMENDATION and "audience" in guards and addresses_audience(t):
                continue
            if aspect == asp.CHALLENGE:
                first = _CLAUSE_SPLIT.split(t, 1)[0].strip()
                if "modal" in guards and (asp.resolves_to_act(first) is not None
                                          or asp._opening_modal(first) is not None):
                    continue
                turn = pts.turn_parts(t) if "turn" in guards else None
                if turn is not None:
                    a, b = pts._trim(text, p.start, p.start + turn[0])
                    if b <= a:
                        continue
                    p = RawPoint(p.aspect, a, b, p.score)
            kept.append(p)
        out[aspect] = kept
    return out


#: an abstract's label (摘要, 摘 要:, 【摘要】) and the keyword label after it within a paragraph (sel45)
_ABSTRACT_LABEL = re.compile(r"[【\[［]?(?:内容)?摘[ \t\u3000]{0,3}要[ \t\u3000]{0,2}[】\]］]?[ \t\u3000]{0,2}[:：]")
_KEYWORD_LABEL = re.compile(r"关[ \t\u3000]{0,2}键[ \t\u3000]{0,2}[词字][ \t\u3000]{0,2}[:：]?")
_ABSTRACT_CHARS = 1500


def _inline_abstracts(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets in ``text``) from an abstract label with a colon (``摘 要:``) to the keyword
    label (``关键词``) that follows within :data:`_ABSTRACT_CHARS` characters and no line break: a PDF's abstract
    run into its paragraph, which :func:`summarizer.points.paper_background_spans` (line-anchored labels) does not
    read. Linear: each label search resumes past the last span."""
    out = []
    pos = 0
    while True:
        m = _ABSTRACT_LABEL.search(text, pos)
        if m is None:
            return out
        limit = min(len(text), m.end() + _ABSTRACT_CHARS)
        nl = text.find("\n", m.end(), limit)
        k = _KEYWORD_LABEL.search(text, m.end(), limit if nl < 0 else nl)
        if k is not None:
            out.append((m.start(), k.start()))
            pos = k.end()
        else:
            pos = m.end()


#: the guards :func:`additions_guarded` and :meth:`SentenceSelector.review` apply (names as in their docstrings;
#: an experiment drops one to measure it)
ALL_GUARDS = frozenset({"background", "preamble", "governed_same", "governed_cross", "audience", "modal", "turn",
                        "nomove"})
#: the ones the shipped selector applies: those that took no addition matching a gold point of its aspect on the
#: corpus (ids < 4960) and aspects_dev (sel45, measured: README 'The sentence selector's known faults, guarded');
#: ``background``, ``preamble``, ``governed_same`` and ``governed_cross`` each took more gold points than wrong ones
#: there (the corpus's gold counts an introduction's problems and an item's body), so they stay off
GUARDS = frozenset({"audience", "modal", "turn", "nomove"})

_SHIPPED: SentenceSelector | None = None


def load_selector(path: str | Path | None = None) -> SentenceSelector:
    """The selector in ``path`` (default: the shipped :data:`SELECTOR_PATH`, read once). Raises OSError when the
    file cannot be read, ValueError when it is not a selector."""
    global _SHIPPED
    if path is None:
        if _SHIPPED is None:
            _SHIPPED = SentenceSelector.from_selector_dict(json.loads(SELECTOR_PATH.read_text(encoding="utf-8")))
        return _SHIPPED
    return SentenceSelector.from_selector_dict(json.loads(Path(path).read_text(encoding="utf-8")))
