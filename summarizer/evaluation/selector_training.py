"""Training of the sentence selector (:mod:`summarizer.sentence_selector`, rank43) on gold corpora.

:func:`featurize` runs the pipeline with the rules alone on every document (a recording model,
:class:`Recorder`) and keeps, per document, every read sentence's :func:`summarizer.sentence_selector.selector_rows`
row and its label (:func:`labels_of`: the aspect of the gold point it matches best by the scorer's LCS rule, else
``none``). :func:`fit` is scikit-learn's ``HistGradientBoostingClassifier`` (``pip install 'summarizer[train]'``;
imported when called); :func:`choose_thresholds` picks the drop/move/add thresholds by a sentence-level F1 on held-out
documents; :func:`to_dict` writes the trees as flat node arrays that
:class:`summarizer.sentence_selector.TreeEnsemble` scores with numpy alone.

    python -m summarizer.evaluation.selector_training OUT.json CORPUS... --max-number 4379 --inner 4219 --min-number 2400
    python -m summarizer.evaluation.selector_training OUT.json CORPUS... --max-number 4599 --inner 4239 --min-number 2400 \
        --pipeline --with-linear --floor 0.85 ../shared/data/aspects_dev --floor 0.85 ../shared/data/seed/dev_gold.json

(the second: sel44's file, thresholds chosen by the pipeline's F1, :func:`choose_pipeline_thresholds`).
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import aspects as asp
from summarizer import pipeline
from summarizer.aspect_model import CLASSES, AspectModel, load, using
from summarizer.evaluation.aspects import _as_fraction, _match, point_chars, lcs_length
from summarizer.evaluation.corpus import Figures, evaluate_corpora, load_corpus
from summarizer.evaluation.units import content_chars
from summarizer.schema import SummarizeOptions
from summarizer.script import simplified_view
from summarizer.sentence_selector import FORMAT, SentenceSelector, rows_matrix, selector_rows

__all__ = ["Recorder", "labels_of", "featurize", "fit", "sentence_f1", "choose_thresholds", "to_dict",
           "PIPELINE_GRID", "pipeline_candidates", "pipeline_figures", "choose_pipeline_thresholds", "main"]

#: a non-n-gram feature name enters the vocabulary when at least this many training sentences have it
MIN_COUNT = 200


class Recorder(AspectModel):
    """A model that changes nothing (the run is the rules alone) and records every read essay's
    :func:`selector_rows` rows and sentence texts."""

    def __init__(self) -> None:
        super().__init__([], np.zeros((0, len(CLASSES))), np.zeros(len(CLASSES)), 2.0, rule_features=True)
        self.rows: list[tuple] = []
        self.texts: list[str] = []

    def reads_essay(self, structure, sentences) -> bool:  # noqa: D102 - the shipped linear model's bound
        return load().reads_essay(structure, sentences)

    def review(self, structure, sentences, layout, taken, features=None):  # noqa: D102 - see the class
        if sentences and self.reads_essay(structure, sentences):
            self.rows.extend(selector_rows(structure, sentences, layout, taken))
            self.texts.extend(s.text for s in sentences)
        return taken

    def points(self, *args: Any, **kw: Any) -> dict:  # noqa: D102 - none
        return {}


def labels_of(texts: Iterable[str], gold: Iterable[Any], threshold: float = 0.6) -> list[int]:
    """Per sentence text, the index into :data:`CLASSES` of the aspect of the gold point (``gold``: essays with
    ``challenges`` and ``recommendations`` tuples of point texts) it matches best by the scorer's rule (LCS of
    content characters at ``threshold`` of the shorter), else 0."""
    t = Fraction(threshold).limit_denominator(1000)
    golds = {c: [content_chars(simplified_view(p)) for g in gold for p in getattr(g, name)]
             for c, name in ((1, "challenges"), (2, "recommendations"))}
    out = []
    for stext in texts:
        sc = content_chars(simplified_view(stext))
        best, label = 0.0, 0
        for c, points in golds.items():
            for g in points:
                if not g or not sc or len(set(g) & set(sc)) * t.denominator < t.numerator * min(len(g), len(sc)):
                    continue
                lcs = lcs_length(g, sc)
                ratio = max(lcs / len(g), lcs / len(sc))
                if lcs * t.denominator >= t.numerator * min(len(g), len(sc)) and ratio > best:
                    best, label = ratio, c
        out.append(label)
    return out


def featurize(corpora: Sequence[Any], keep: Callable[[Any], bool] = lambda d: True
              ) -> tuple[dict[str, tuple[list, list[int]]], dict[str, tuple[int, int, int, int]]]:
    """Rows and labels of every document of ``corpora`` (:class:`summarizer.evaluation.corpus.Corpus` values) that
    ``keep`` accepts, keyed by the document's path (str), and the rules' scorer figures per document (recalled,
    gold, precise, predicted points). One pipeline run per document."""
    subset = [dataclasses.replace(c, documents=tuple(d for d in c.documents if keep(d))) for c in corpora]
    subset = [c for c in subset if c.documents]
    golds = {str(d.path): d.gold for c in subset for d in c.documents}
    data: dict[str, tuple[list, list[int]]] = {}

    def run(document, *, source=None, options=None, **kw):
        rec = Recorder()
        opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
        with using(rec):
            out = pipeline.summarize(document, source=source, options=opts.model_copy(
                update={"aspect_model": True, "sentence_selector": False}), **kw)
        data[source] = (rec.rows, labels_of(rec.texts, golds.get(source, ())))
        return out

    report = evaluate_corpora(subset, summarize=run)
    figs = {}
    for r in report.documents:
        f = r.figures.overall
        figs[str(r.document.path)] = (f.recalled, f.references, f.precise, f.predicted)
    return data, figs


def fit(rows: Sequence[tuple], labels: Sequence[int], *, max_iter: int = 200, min_count: int = MIN_COUNT,
        random_state: int = 0) -> tuple[Any, dict[str, int]]:
    """Fit the trees on ``rows`` (:func:`selector_rows`) and ``labels``: the vocabulary of names seen in at least
    ``min_count`` rows (sorted), then ``HistGradientBoostingClassifier`` (balanced classes, 31 leaves, 100 rows a
    leaf at least; ``random_state`` picks its early-stopping validation rows, a tenth of them, above 10,000 rows).
    Returns the classifier and the vocabulary. Raises ImportError without scikit-learn."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    counts = Counter(f for names, *_ in rows for f in set(names))
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    clf = HistGradientBoostingClassifier(max_iter=max_iter, learning_rate=0.08, max_leaf_nodes=31,
                                         min_samples_leaf=100, l2_regularization=1.0, class_weight="balanced",
                                         random_state=random_state)
    with threadpool_limits(limits=1):
        clf.fit(rows_matrix(rows, vocab), np.asarray(labels))
    return clf, vocab


def sentence_f1(rows: Sequence[tuple], labels: Sequence[int], probs: np.ndarray, drop_at: float, move_at: float,
                add_at: float) -> float:
    """A sentence-level stand-in for the scorer's F1: the aspects each sentence ends with (its rules' points' after
    the drop and move, or an addition) against its label."""
    tp = pred = 0
    gold = sum(1 for y in labels if y > 0)
    for (_, _, eligible, ruled), y, pr in zip(rows, labels, probs):
        got = set()
        for a in ruled:
            if a in CLASSES[1:] and pr[0] < drop_at:
                c = CLASSES.index(a)
                got.add(3 - c if pr[3 - c] >= move_at else c)
        if not ruled and eligible:
            c = 1 + int(np.argmax(pr[1:]))
            if pr[c] >= add_at:
                got.add(c)
        pred += len(got)
        tp += y in got
    r = tp / gold if gold else 0.0
    p = tp / pred if pred else 0.0
    return 2 * r * p / (r + p) if r + p else 0.0


def choose_thresholds(rows, labels, probs) -> tuple[float, float, float]:
    """The (drop, move, add) thresholds of the grid with the best :func:`sentence_f1` (2.0: never)."""
    grid = [(d, m, a) for d in (0.6, 0.7, 0.8, 0.9, 2.0) for m in (0.6, 0.8, 2.0) for a in (0.5, 0.6, 0.7, 0.8, 0.9, 2.0)]
    return max(grid, key=lambda t: sentence_f1(rows, labels, probs, *t))


def to_dict(clf: Any, vocab: dict[str, int], thresholds: tuple[float, ...], *, elaborations_guard: bool = False,
            with_linear: bool = False, additions_guards: bool = False) -> dict:
    """The selector's file (format :data:`summarizer.sentence_selector.FORMAT`): the vocabulary in column order, the
    thresholds (drop, move, add) or (drop, move, add a challenge, add a recommendation), the three switches
    (``additions_guards``: sel45's :func:`summarizer.sentence_selector.additions_guarded`), and every
    tree of ``clf`` (a fitted ``HistGradientBoostingClassifier``) as flat node arrays."""
    feature, threshold, left, right, leaf, value, roots, classes = [], [], [], [], [], [], [], []
    depth = 0
    for per_class in clf._predictors:  # noqa: SLF001 - the fitted trees (no public accessor)
        for c, tree in enumerate(per_class):
            nodes = tree.nodes
            base = len(feature)
            roots.append(base)
            classes.append(c)  # (the column of clf.classes_, CLASSES' order: labels 0, 1, 2)
            depth = max(depth, int(nodes["depth"].max()))
            for nd in nodes:
                feature.append(int(nd["feature_idx"]))
                threshold.append(float(nd["num_threshold"]))  # (unrounded: a rounded edge moves rows across it)
                left.append(base + int(nd["left"]))
                right.append(base + int(nd["right"]))
                leaf.append(bool(nd["is_leaf"]))
                value.append(round(float(nd["value"]), 6))
    adds = tuple(thresholds[2:]) if len(thresholds) > 3 else (thresholds[2], thresholds[2])
    return {"format": FORMAT, "classes": list(CLASSES), "vocab": sorted(vocab, key=vocab.get),
            "drop_at": thresholds[0], "move_at": thresholds[1], "add_at": min(adds),
            "add_challenge_at": adds[0], "add_recommendation_at": adds[1],
            "elaborations_guard": elaborations_guard, "with_linear": with_linear, "additions_guards": additions_guards,
            "trees": {"feature": feature, "threshold": threshold, "left": left, "right": right, "leaf": leaf,
                      "value": value, "roots": roots, "classes": classes, "depth": depth + 1,
                      "baseline": [round(float(x), 6) for x in np.ravel(clf._baseline_prediction)]}}  # noqa: SLF001


#: the (drop, move, add a challenge, add a recommendation) thresholds :func:`choose_pipeline_thresholds` tries (2.0: never)
PIPELINE_GRID: tuple[tuple[float, float, float, float], ...] = tuple(itertools.product(
    (0.6, 0.7, 0.8, 0.9, 2.0), (0.6, 0.7, 0.8, 0.9, 2.0), (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0),
    (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0)))

_ASPECT_KEYS = {asp.CHALLENGE: "challenges", asp.RECOMMENDATION: "recommendations"}
_KEY_CLASS = {"challenges": CLASSES.index(asp.CHALLENGE), "recommendations": CLASSES.index(asp.RECOMMENDATION)}
_LOWEST_ADD = 0.5  # (the lowest addition threshold of the grid: a recording run adds every sentence at it)


class _PipelineRecorder(SentenceSelector):
    """A selector that drops and moves nothing and adds at :data:`_LOWEST_ADD`, and records, per essay run, every rule
    point it reviews (``("rule", aspect, text, probabilities, protected)``; protected: a finding's demand or counted
    finding, never dropped) and every point its :meth:`points` returns (``"add"`` with the probabilities when it is
    the selector's own addition, else ``"fixed"``) in :attr:`log`."""

    def __init__(self, obj: dict, with_linear: bool) -> None:
        base = SentenceSelector.from_selector_dict(obj)
        super().__init__(base.trees, [], 2.0, 2.0, _LOWEST_ADD, elaborations_guard=True, with_linear=with_linear,
                         additions_guards=base.additions_guards)
        self.vocab = base.vocab
        self.log: list[tuple] = []

    def review(self, structure, sentences, layout, taken, features=None):  # noqa: D102 - see the class
        out = super().review(structure, sentences, layout, taken, features)
        last = getattr(self._local, "last", None)
        if last is not None:
            probs, starts = last[2], [x.start for x in sentences]
            for aspect, points in taken.items():
                for p in points:
                    pr = probs[max(0, bisect.bisect_right(starts, p.start) - 1)]
                    self.log.append(("rule", aspect, structure.text[p.start:p.end], pr.copy(),
                                     bool(p.demand or p.finding)))
        return out

    def _added(self, structure, sentences, layout, scores, max_chars, taken) -> dict:
        out = super()._added(structure, sentences, layout, scores, max_chars, taken)
        last = getattr(self._local, "last", None)
        mine = {}
        if last is not None:
            probs, starts = last[2], [x.start for x in sentences]
            mine = {id(p): probs[max(0, bisect.bisect_right(starts, p.start) - 1)].copy()
                    for points in out.values() for p in points}
        self._local.mine = mine
        return out

    def points(self, structure, sentences, layout, scores, max_chars, taken, features=None):  # noqa: D102
        self._local.mine = {}
        out = super().points(structure, sentences, layout, scores, max_chars, taken, features)
        mine = self._local.mine
        for aspect, points in out.items():
            # (the selector's own additions last and likeliest first: the points stage keeps the first of them that
            # fit under its cap, so a threshold keeps the additions a real run at it would, up to the order of ties)
            points[:] = [p for p in points if id(p) not in mine] + sorted(
                (p for p in points if id(p) in mine), key=lambda p: -mine[id(p)][CLASSES.index(aspect)])
            for p in points:
                pr = mine.get(id(p))
                self.log.append(("add" if pr is not None else "fixed", aspect, structure.text[p.start:p.end], pr,
                                 False))
        return out


def _logged(text: str, log: Sequence[tuple]) -> tuple | None:
    """The entry of ``log`` whose text is the output point's ``text`` (on simplified content characters), else
    the first that contains it, lies in it or shares its first 8 characters, else None."""
    t = point_chars(simplified_view(text))
    if not t:
        return None
    near = None
    for entry in log:
        u = point_chars(simplified_view(entry[2]))
        if u == t:
            return entry
        if near is None and u and (t in u or u in t or u[:8] == t[:8]):
            near = entry
    return near


def pipeline_candidates(corpus: Any, obj: dict, with_linear: bool, threshold: float = 0.6
                        ) -> tuple[dict[str, tuple], tuple[int, int, int, int]]:
    """One pipeline run of the selector in ``obj`` (its file's dict) over ``corpus`` (a
    :class:`summarizer.evaluation.corpus.Corpus`) with the elaborations guard on, nothing dropped or moved and every
    addition at :data:`_LOWEST_ADD`, recording for :func:`pipeline_figures` every output point: per document (its
    path), ``(gold, points)``: ``gold`` maps each gold essay's index to its (challenges, recommendations) counts;
    each point is ``(essay index, aspect key, kind, probabilities or None, protected, matches)``, kind ``"rule"``
    (a rule's point the review read: it may be dropped or moved), ``"add"`` (the selector's addition) or
    ``"fixed"`` (any other), matches ``{aspect key: (indices of the gold points it recalls, precise)}`` by the
    scorer's rule at ``threshold`` (both aspects for a rule's point). Also returns the run's scorer figures
    (recalled, gold, precise, predicted). Cost: one pipeline run plus the scorer's matching."""
    sel = _PipelineRecorder(obj, with_linear)
    golds = {str(d.path): d.gold for d in corpus.documents}
    t = _as_fraction(threshold)
    out: dict[str, tuple] = {}

    def run(document, *, source=None, options=None, **kw):
        sel.log = []
        opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
        with using(sel):
            summary = pipeline.summarize(document, source=source, options=opts.model_copy(
                update={"aspect_model": True}), **kw)
        gold = {g.index: g for g in golds.get(source) or ()}
        points = []
        for pos, essay in enumerate(summary.essays):
            idx = getattr(essay, "index", pos)
            g = gold.get(idx)
            for key in ("challenges", "recommendations"):
                for p in getattr(essay, key):
                    entry = _logged(p.text, sel.log)
                    kind = "fixed" if entry is None or _ASPECT_KEYS.get(entry[1]) != key else entry[0]
                    matches = {}
                    for k in (("challenges", "recommendations") if kind == "rule" else (key,)):
                        refs = [point_chars(r) for r in g.points(k)] if g else []
                        rc, pc = _match(refs, [point_chars(p.text)], t)
                        matches[k] = (frozenset(i for i, f in enumerate(rc) if f), bool(pc[0]))
                    points.append((idx, key, kind, None if entry is None else entry[3],
                                   entry is not None and entry[4], matches))
        out[source] = ({i: (len(g.challenges), len(g.recommendations)) for i, g in gold.items()}, points)
        return summary

    report = evaluate_corpora([corpus], summarize=run)
    f = Figures.total(r.figures for r in report.documents).overall
    return out, (f.recalled, f.references, f.precise, f.predicted)


def pipeline_figures(candidates: dict[str, tuple], thresholds: Sequence[float]) -> tuple[int, int, int, int]:
    """The pooled scorer figures (recalled, gold, precise, predicted) the pipeline would give under ``thresholds``
    (drop, move, add a challenge, add a recommendation) from :func:`pipeline_candidates`' record: a rule's point
    whose sentence is ``none`` at >= drop goes (unless protected), one whose other aspect reaches move moves, an
    addition stays when its aspect reaches its threshold. Equal to the real run at the recording's thresholds; at
    others the points a later stage read differently (a cap filled by additions) are not re-run. Linear in the
    points."""
    drop, move, add_ch, add_rec = thresholds
    recalled = gold_n = precise = predicted = 0
    for gold, points in candidates.values():
        gold_n += sum(c + r for c, r in gold.values())
        hit = set()
        for idx, key, kind, pr, protected, matches in points:
            if idx not in gold:
                continue
            if kind == "rule":
                if pr[0] >= drop and not protected:
                    continue
                other = "recommendations" if key == "challenges" else "challenges"
                if pr[_KEY_CLASS[other]] >= move:
                    key = other
            elif kind == "add" and pr[_KEY_CLASS[key]] < (add_ch if key == "challenges" else add_rec):
                continue
            rc, pc = matches[key]
            predicted += 1
            precise += pc
            hit.update((idx, key, i) for i in rc)
        recalled += len(hit)
    return recalled, gold_n, precise, predicted


def _f1(fig: Sequence[int]) -> float:
    """F1 of (recalled, gold, precise, predicted); 0 when both ratios are."""
    r = fig[0] / fig[1] if fig[1] else 0.0
    p = fig[2] / fig[3] if fig[3] else 0.0
    return 2 * r * p / (r + p) if r + p else 0.0


def choose_pipeline_thresholds(candidates: dict[str, tuple], floors: Sequence[tuple[dict, float]] = (),
                               grid: Sequence[tuple[float, ...]] = PIPELINE_GRID) -> tuple[float, ...]:
    """The thresholds of ``grid`` with the best pooled F1 of :func:`pipeline_figures` on ``candidates`` (ties: the
    larger thresholds), among those whose precision on each ``(other candidates, floor)`` of ``floors`` is at least
    its floor (all of the grid when none passes). O(grid × points)."""
    allowed = [g for g in grid if all((lambda f: f[3] and f[2] / f[3] >= floor)(pipeline_figures(c, g))
                                      for c, floor in floors)] or list(grid)
    return max(allowed, key=lambda g: (round(_f1(pipeline_figures(candidates, g)), 9), g))


def _number(doc) -> int | None:
    """The document's number in the Part-numbered corpus ``benchmarks/data/aspects`` (``docs/2947.txt``: 2947);
    None in any other corpus (aspects_dev's ``01.txt`` is no Part's)."""
    m = re.match(r"(\d+)\.", Path(doc.file).name)
    return int(m.group(1)) if m and doc.corpus == "aspects" else None


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m summarizer.evaluation.selector_training OUT.json CORPUS...``: featurize the corpora's documents
    numbered from ``--min-number`` to ``--max-number`` (those of ``benchmarks/data/aspects``; other corpora's: always),
    pick the thresholds on those above ``--inner`` with a fit on the others, refit on all and write the selector.
    The thresholds: by the sentence-level F1 (:func:`choose_thresholds`), or with ``--pipeline`` by the pipeline's
    pooled F1 on the held-out documents (:func:`choose_pipeline_thresholds`, the elaborations guard on), among
    those whose precision under the refit selector on each ``--floor P GOLD`` corpus is at least ``P``."""
    import json

    ap = argparse.ArgumentParser(prog="python -m summarizer.evaluation.selector_training", description=main.__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--min-number", type=int, default=0)
    ap.add_argument("--max-number", type=int, required=True)
    ap.add_argument("--inner", type=int, required=True, help="the thresholds are chosen on the documents above it")
    ap.add_argument("--pipeline", action="store_true", help="choose by the pipeline's F1 (sel44)")
    ap.add_argument("--with-linear", action="store_true", help="keep the linear model under the selector")
    ap.add_argument("--floor", nargs=2, action="append", default=[], metavar=("P", "GOLD"),
                    help="with --pipeline: precision at least P on this corpus (repeatable)")
    args = ap.parse_args(argv)
    corpora = [load_corpus(p) for p in args.corpora]
    numbers = {str(d.path): _number(d) for c in corpora for d in c.documents}

    def keep(d):
        n = _number(d)
        return n is None or args.min_number <= n <= args.max_number

    data, _ = featurize(corpora, keep)

    def gather(pred):
        rows, labels = [], []
        for key, (rs, ys) in data.items():
            if pred(numbers.get(key)):
                rows.extend(rs)
                labels.extend(ys)
        return rows, labels

    rows, labels = gather(lambda n: n is None or n <= args.inner)
    clf, vocab = fit(rows, labels)
    if args.pipeline:
        held = [dataclasses.replace(c, documents=tuple(d for d in c.documents if (n := _number(d)) is not None
                                                       and args.inner < n <= args.max_number)) for c in corpora]
        switches = {"elaborations_guard": True, "with_linear": args.with_linear, "additions_guards": True}
        inner = to_dict(clf, vocab, (2.0, 2.0, 2.0), **switches)
        candidates: dict[str, tuple] = {}
        for c in held:
            if c.documents:
                candidates.update(pipeline_candidates(c, inner, args.with_linear)[0])
        rows, labels = gather(lambda n: True)
        clf, vocab = fit(rows, labels)
        final = to_dict(clf, vocab, (2.0, 2.0, 2.0), **switches)
        floors = [(pipeline_candidates(load_corpus(g), final, args.with_linear)[0], float(p)) for p, g in args.floor]
        thresholds = choose_pipeline_thresholds(candidates, floors)
        obj = to_dict(clf, vocab, thresholds, **switches)
    else:
        irows, ilabels = gather(lambda n: n is not None and n > args.inner)
        thresholds = choose_thresholds(irows, ilabels, clf.predict_proba(rows_matrix(irows, vocab)))
        rows, labels = gather(lambda n: True)
        clf, vocab = fit(rows, labels)
        obj = to_dict(clf, vocab, thresholds)
    args.out.write_text(json.dumps(obj, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"thresholds {thresholds}, {len(vocab)} names, written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
