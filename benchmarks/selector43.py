"""A sentence selector over every segmented sentence, measured on Part-grouped folds (rank43, issue 8).

Candidates: every sentence of every essay the points stage reads (the units the scorer matches). Features (no
character n-grams, no vocabulary of words): the rules' own readings (which aspects the rules' points starting in
the sentence have, whether any point overlaps it), the sentence's place (region aspect, list depth, item start,
heading aspect, paragraph place, position), the cue readings the shipped model's features name (``cl:``, ``pv:``,
``nx:``, ``hx:``, ``dr:``: every non-n-gram feature of :class:`summarizer.aspect_model.EssayFeatures` seen in at
least ``MIN_COUNT`` training sentences, one-hot), the shipped model's three probabilities for the sentence and its
neighbours (the shipped file was fitted on Parts <= 60, before every fold's test Parts), and the essay's context
(its sentence count, the share of its sentences the rules already took, its rules' points per aspect). Model:
scikit-learn's ``HistGradientBoostingClassifier`` (three classes: none / challenge / recommendation, labels by the
scorer's LCS rule as :func:`summarizer.evaluation.aspect_training.document_labels`). Decision, in the points stage
in place of the shipped model: a rule's point whose sentence is ``none`` at >= ``veto`` is dropped (a demand or
counted finding stays), one whose other aspect reaches ``flip`` moves; a sentence no point overlaps (any region,
not a heading, opening no list) whose best aspect reaches ``add`` becomes a point (cut to its cue window), under the
pipeline's own guards for the model's points.

    python -m benchmarks.selector43 featurize SHARD NSHARDS      # cache /tmp/rank43/feat_SHARD.pkl (ids < 4380)
    python -m benchmarks.selector43 fold TRAIN_MAX TEST_FIRST TEST_LAST

The row and label code is imported from :mod:`summarizer.sentence_selector` (``selector_rows``) and
:mod:`summarizer.evaluation.selector_training` (``Recorder``, ``labels_of``, ``sentence_f1``), the code that ships; the folds' figures are in the
README section "A sentence selector over every sentence (rank43)".

``fold`` fits on aspects_dev and ids <= TRAIN_MAX, picks veto/flip/add on an inner split (fit on ids <= TRAIN_MAX -
360, six Parts, thresholds by a sentence-level F1 on the next six Parts), refits on all training ids and scores the
test ids with the pipeline's scorer (``evaluate_corpora``). Never reads ids >= 4380 (the blind Parts start at 4400).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import json
import pickle
import re
import sys
from pathlib import Path

import numpy as np

from summarizer import aspects as asp
from summarizer import pipeline
from summarizer.aspect_model import CLASSES, AspectModel, apply_review, load, using
from summarizer.evaluation.corpus import Figures, evaluate_corpora, load_corpus
from summarizer.evaluation.selector_training import Recorder, labels_of, sentence_f1
from summarizer.points import RawPoint, cue_window, marker_end
from summarizer.schema import SummarizeOptions
from summarizer.sentence_selector import selector_rows as essay_rows

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "../shared/data/aspects_dev", ROOT / "benchmarks/data/aspects")
CACHE = Path("/tmp/rank43")
LAST_ID = 4379  # never past Part 81: the blind Parts start at 4400
FIRST_ID = 2400  # the training documents start here (two shared CPUs: the featurizing run of ids 2400-4379 only)
MIN_COUNT = 200


def number(doc) -> int | None:
    m = re.match(r"(\d+)\.", Path(doc.file).name)
    return int(m.group(1)) if m and doc.corpus == "aspects" else None


def featurize(shard: int, nshards: int) -> None:
    corpora = [load_corpus(p) for p in CORPORA]
    subset = []
    k = 0
    for c in corpora:
        docs = []
        for d in c.documents:
            nb = number(d)
            if nb is not None and not FIRST_ID <= nb <= LAST_ID:
                continue
            if k % nshards == shard:
                docs.append(d)
            k += 1
        subset.append(dataclasses.replace(c, documents=tuple(docs)))
    golds = {str(d.path): d.gold for c in subset for d in c.documents}
    data = {}

    def run(document, *, source=None, options=None, **kw):
        rec = Recorder()
        opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
        with using(rec):
            out = pipeline.summarize(document, source=source, options=opts.model_copy(update={"aspect_model": True}),
                                     **kw)
        data[source] = (rec.rows, labels_of(rec.texts, golds.get(source, ())))
        return out

    report = evaluate_corpora(subset, summarize=run)
    figs = {}
    for r in report.documents:
        f = r.figures.overall
        figs[str(r.document.path)] = (number(r.document), f.recalled, f.references, f.precise, f.predicted)
    CACHE.mkdir(exist_ok=True)
    (CACHE / f"feat_{shard}.pkl").write_bytes(pickle.dumps({"data": data, "rules": figs}))
    print(f"shard {shard}: {len(data)} documents, {sum(len(v[0]) for v in data.values())} sentences")


def load_cache():
    data, figs = {}, {}
    for p in sorted(CACHE.glob("feat_*.pkl")):
        obj = pickle.loads(p.read_bytes())
        data.update(obj["data"])
        figs.update(obj["rules"])
    return data, figs


class Selector(AspectModel):
    """The fitted selector in the points stage (review: veto/flip of the rules' points; points: additions)."""

    def __init__(self, clf, vocab, veto, flip, add):
        super().__init__([], np.zeros((0, 3)), np.zeros(3), 2.0, rule_features=True)
        self.clf, self.vocab, self.veto_t, self.flip_t, self.add_t = clf, vocab, veto, flip, add
        self._probs = None

    def reads_essay(self, structure, sentences):
        return load().reads_essay(structure, sentences)

    def review(self, structure, sentences, layout, taken, features=None):
        self._probs = None
        if not sentences or not self.reads_essay(structure, sentences):
            return taken
        rows = essay_rows(structure, sentences, layout, taken)
        probs = self.clf.predict_proba(matrix(rows, self.vocab))
        self._probs = (id(sentences), rows, probs)
        starts = [s.start for s in sentences]
        return apply_review(taken, lambda p: max(0, bisect.bisect_right(starts, p.start) - 1), probs,
                            self.veto_t, self.flip_t)

    def points(self, structure, sentences, layout, scores, max_chars, taken, features=None):
        out = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
        if self._probs is None or self._probs[0] != id(sentences):
            return out
        _, rows, probs = self._probs
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
            if pr[c] < self.add_t:
                continue
            aspect = CLASSES[c]
            a, b = cue_window(structure.text, marker_end(structure, s.start), s.end, aspect, max_chars)
            if b > a:
                out[aspect].append(RawPoint(aspect, a, b, float(scores[i])))
        return out

    def lone_points(self, structure, sentences, layout, taken, features=None):
        return taken


#: the variant without the shipped model's probabilities (``fold ... noshipped``): numeric columns from 9 on
NUM_FROM = 0


def matrix(rows, vocab):
    """The dense matrix of ``rows`` (one-hot string features of ``vocab``, then the numeric ones from
    :data:`NUM_FROM`)."""
    width = len(rows[0][1]) - NUM_FROM if rows else 0
    x = np.zeros((len(rows), len(vocab) + width), dtype=np.float32)
    for r, (strs, num, _, _) in enumerate(rows):
        for f in strs:
            j = vocab.get(f)
            if j is not None:
                x[r, j] = 1.0
        x[r, len(vocab):] = num[NUM_FROM:]
    return x


def gather(data, keep):
    rows, labels = [], []
    for key, (rs, ys) in data.items():
        if keep(key) and len(rs) == len(ys):
            rows.extend(rs)
            labels.extend(ys)
    return rows, np.asarray(labels)


def fit(rows, labels):
    from collections import Counter

    from sklearn.ensemble import HistGradientBoostingClassifier
    counts = Counter(f for strs, *_ in rows for f in set(strs))
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    clf = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.08, max_leaf_nodes=31, min_samples_leaf=100,
                                         l2_regularization=1.0, class_weight="balanced", random_state=0)
    clf.fit(matrix(rows, vocab), labels)
    return clf, vocab


def id_of(key, figs):
    return figs[key][0] if key in figs else None


def fold(train_max: int, first: int, last: int) -> None:
    data, figs = load_cache()
    nb = {k: (v[0] if k in figs else None) for k, v in figs.items()}

    def train(limit):
        return lambda k: k in nb and (nb[k] is None or nb[k] <= limit)

    inner_max = train_max - 360
    rows, y = gather(data, train(inner_max))
    clf, vocab = fit(rows, y)
    irows, iy = gather(data, lambda k: k in nb and nb[k] is not None and inner_max < nb[k] <= train_max)
    ip = clf.predict_proba(matrix(irows, vocab))
    best = None
    for veto in (0.6, 0.7, 0.8, 0.9, 2.0):
        for flip in (0.6, 0.8, 2.0):
            for add in (0.5, 0.6, 0.7, 0.8, 0.9, 2.0):
                f = sentence_f1(irows, iy, ip, veto, flip, add)
                if best is None or f > best[0]:
                    best = (f, veto, flip, add)
    base = sentence_f1(irows, iy, ip, 2.0, 2.0, 2.0)
    print(f"inner fit <= {inner_max}, scored {inner_max + 1}-{train_max}: rules {base:.3f}, best {best}", flush=True)
    rows, y = gather(data, train(train_max))
    clf, vocab = fit(rows, y)
    sel = Selector(clf, vocab, *best[1:])
    corpus = load_corpus(CORPORA[1])
    docs = tuple(d for d in corpus.documents if number(d) is not None and first <= number(d) <= last <= LAST_ID)

    def run(document, *, source=None, options=None, **kw):
        opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
        with using(sel):
            return pipeline.summarize(document, source=source, options=opts.model_copy(update={"aspect_model": True}),
                                      **kw)

    report = evaluate_corpora([dataclasses.replace(corpus, documents=docs)], summarize=run)
    f = Figures.total(r.figures for r in report.documents).overall
    shipped = pickle.loads((CACHE / "shipped.pkl").read_bytes())
    res = {"fold": f"{train_max}:{first}-{last}", "thresholds": best[1:]}
    for name, tup in (("selector", (f.recalled, f.references, f.precise, f.predicted)),
                      ("shipped", tuple(np.sum([v for k, v in shipped.items() if first <= k <= last], axis=0))),
                      ("rules", tuple(np.sum([v[1:] for v in figs.values() if v[0] is not None
                                              and first <= v[0] <= last], axis=0)))):
        rc, g, pc, pr = map(int, tup)
        r, p = rc / g, pc / pr
        res[name] = {"recalled": rc, "gold": g, "precise": pc, "predicted": pr, "R": round(r, 3), "P": round(p, 3),
                     "F1": round(2 * r * p / (r + p), 3)}
    res["variant"] = "noshipped" if NUM_FROM else "all"
    print(json.dumps(res), flush=True)
    (CACHE / f"fold_{train_max}_{res['variant']}.json").write_text(json.dumps(res))


if __name__ == "__main__":
    if sys.argv[1] == "featurize":
        featurize(int(sys.argv[2]), int(sys.argv[3]))
    else:
        if sys.argv[5:] == ["noshipped"]:
            NUM_FROM = 9
        fold(*map(int, sys.argv[2:5]))
