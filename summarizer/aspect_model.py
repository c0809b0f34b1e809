"""A learned sentence-aspect component: a linear model over character n-grams and structural features.

The rules of :mod:`summarizer.aspects` and :mod:`summarizer.points` read a sentence's aspect from its section, its
list item and its cue words. A sentence that lies in no aspect region and carries no cue (a complaint told as
narration, a measure stated without a modal) is left out by them. This module scores such sentences with a
multinomial logistic regression (classes ``none``, ``challenge``, ``recommendation``) and, where the model is
confident, adds them as points (:meth:`AspectModel.points`, called by :func:`summarizer.points.extract_points`).

Features of one sentence (:func:`sentence_features`): character 1–3-grams of its text on
:func:`summarizer.script.simplified_view` (Traditional text shares the Simplified features), plus what the
pipeline already knows about it: its aspect region (:func:`summarizer.points.sentence_regions`), the words of the
heading of the titled item it lies in (character bigrams), its position in the essay and in its paragraph, whether
it opens a list item, lies in a point's body or a heading, opens a list, the cue groups it hits
(:func:`summarizer.aspects.prose_aspect`, ``front_aspect``, ``sentence_aspect``, modal cue, ``states_existence``,
``opener_aspect``) and its length.

Labels (:func:`document_labels`): every sentence of a gold document is labelled with the aspect of a gold point it
matches by the scorer's own rule (:func:`summarizer.evaluation.aspects.match_points`: LCS over content characters
at 3/5 of either length), else ``none``.

Run time needs numpy only: the fitted weights (sorted feature vocabulary, one coefficient row per feature, the
intercepts) are a small JSON file, ``summarizer/resources/aspect_model.json`` (:func:`load`). Training
(:func:`fit`) uses scikit-learn's ``LogisticRegression`` (``pip install 'summarizer[train]'``), deterministic
(lbfgs, sorted vocabulary). ``python -m summarizer.aspect_model OUT.json CORPUS...`` trains on gold corpora.

The component is **off by default** (``SummarizeOptions.aspect_model``): see the README section "Learned sentence
aspects" for its leave-one-source-out figures.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import itertools
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import aspects as asp
from summarizer.points import RawPoint, _layout, _Layout, _marker_starts, _paragraphs, cue_window, marker_end
from summarizer.script import simplified_view
from summarizer.sentences import Sentence
from summarizer.structure import Structure

#: The model's classes, in coefficient-column order.
CLASSES = ("none", asp.CHALLENGE, asp.RECOMMENDATION)
#: Where the shipped model lives.
MODEL_PATH = Path(__file__).parent / "resources" / "aspect_model.json"
#: Probability of an aspect at which a free sentence becomes a point (the shipped file may carry its own).
DEFAULT_THRESHOLD = 0.9
#: Characters of a sentence read for n-grams (longer sentences: their opening, where the statement is).
NGRAM_CHARS = 160
#: Most features kept in a saved model (the largest coefficients).
MAX_FEATURES = 4000


# ------------------------------------------------------------------------------------------ features


def _bucket(x: int, edges: Sequence[int]) -> int:
    return bisect.bisect_right(edges, x)


def _headings(structure: Structure, sentences: list[Sentence]) -> list[str]:
    """Per sentence, the heading text of the innermost titled item whose body holds the sentence ('' if none).
    One sweep over the items (sorted by start) and the sentences."""
    items = sorted((it for it in structure.items if it.titled), key=lambda it: it.start)
    out: list[str] = []
    active: list = []
    j = 0
    for s in sentences:
        while j < len(items) and items[j].start <= s.start:
            active.append(items[j])
            j += 1
        active = [it for it in active if it.end > s.start]
        owner = next((it for it in reversed(active) if it.heading_end <= s.start), None)
        out.append(structure.heading(owner) if owner is not None else "")
    return out


def sentence_features(structure: Structure, sentences: list[Sentence], layout: _Layout) -> list[list[str]]:
    """Feature names of every sentence of one essay (see the module doc); ``layout`` from
    :func:`summarizer.points._layout` over the same ``structure``/``sentences``. Linear in the essay's length."""
    text = structure.text
    n = len(sentences)
    headings = _headings(structure, sentences)
    starts = _marker_starts(structure)
    markers = layout.markers
    para_pos = [0] * n
    para_len = [1] * n
    for group in _paragraphs(text, sentences):
        for k, i in enumerate(group):
            para_pos[i] = k
            para_len[i] = len(group)
    out: list[list[str]] = []
    for i, s in enumerate(sentences):
        body = text[marker_end(structure, s.start):s.end]
        view = simplified_view(body[:NGRAM_CHARS])
        feats = [f"c:{view[j:j + k]}" for k in (1, 2, 3) for j in range(len(view) - k + 1)]
        region = layout.regions[i]
        feats.append(f"region:{region}")
        feats.append(f"kind:{s.kind}")
        if layout.in_point[s.start]:
            feats.append("in_point")
        if layout.in_heading[s.start]:
            feats.append("in_heading")
        if s.start in starts:
            feats.append("item_start")
        k = bisect.bisect_right(markers, s.start)
        if k < len(markers) and markers[k] < s.end:
            feats.append("opens_list")
        h = simplified_view(headings[i][:40])
        feats.extend(f"h:{h[j:j + 2]}" for j in range(len(h) - 1))
        feats.append(f"pos:{min(4, 5 * i // max(n, 1))}")
        feats.append("para_first" if para_pos[i] == 0 else "para_later")
        if para_len[i] == 1:
            feats.append("para_single")
        feats.append(f"len:{_bucket(len(body), (10, 20, 40, 60, 100, 160))}")
        feats.append(f"prose:{asp.prose_aspect(body)}")
        feats.append(f"front:{asp.front_aspect(body)}")
        feats.append(f"sentence:{asp.sentence_aspect(body)}")
        feats.append(f"opener:{asp.opener_aspect(body)}")
        if asp.has_cue(body, "modal"):
            feats.append("modal")
        if asp.states_existence(body):
            feats.append("existence")
        if asp.starts_imperative(body):
            feats.append("imperative")
        out.append(feats)
    return out


# ------------------------------------------------------------------------------------------ the model


@dataclass
class AspectModel:
    """A fitted linear model: ``features`` (sorted names), ``coef`` (``len(features)`` × 3, columns as
    :data:`CLASSES`), ``intercept`` (3,), ``threshold`` (aspect probability at which a free sentence is a point)."""

    features: list[str]
    coef: np.ndarray
    intercept: np.ndarray
    threshold: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        self.coef = np.asarray(self.coef, dtype=np.float64).reshape(len(self.features), len(CLASSES))
        self.intercept = np.asarray(self.intercept, dtype=np.float64).reshape(len(CLASSES))
        self._index = {f: k for k, f in enumerate(self.features)}

    def probabilities(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """Class probabilities, one row per feature list (``len`` × 3, columns as :data:`CLASSES`); a feature the
        model does not know counts nothing; binary features (a name listed twice counts once)."""
        out = np.empty((len(feature_lists), len(CLASSES)))
        for r, feats in enumerate(feature_lists):
            idx = sorted({self._index[f] for f in feats if f in self._index})
            z = self.intercept + (self.coef[idx].sum(axis=0) if idx else 0.0)
            z = z - z.max()
            e = np.exp(z)
            out[r] = e / e.sum()
        return out

    def points(self, structure: Structure, sentences: list[Sentence], layout: _Layout, scores, max_chars: int,
               taken: dict[str, list[RawPoint]]) -> dict[str, list[RawPoint]]:
        """Points of the free sentences the rules gave no aspect: a sentence (not a heading) in no aspect region,
        list item or heading, that opens no list and overlaps no point of ``taken``, whose most probable aspect
        reaches :attr:`threshold`; each cut to its cue clauses (:func:`summarizer.points.cue_window`)."""
        out: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
        spans = sorted((p.start, p.end) for ps in taken.values() for p in ps)
        span_starts = [a for a, _ in spans]
        reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far
        text = structure.text
        markers = layout.markers
        free = []
        for i, s in enumerate(sentences):
            if (s.kind != "sentence" or layout.regions[i] is not None or layout.in_point[s.start]
                    or layout.in_heading[s.start]):
                continue
            k = bisect.bisect_right(markers, s.start)
            if k < len(markers) and markers[k] < s.end:
                continue  # opens a list: its items are the points
            # a taken point overlaps [s.start, s.end) when it starts before s.end and ends after s.start
            k = bisect.bisect_left(span_starts, s.end)
            if k and reach[k - 1] > s.start:
                continue
            free.append(i)
        if not free:
            return out
        feats = sentence_features(structure, sentences, layout)
        probs = self.probabilities([feats[i] for i in free])
        for i, p in zip(free, probs):
            c = 1 + int(np.argmax(p[1:]))
            if p[c] < self.threshold:
                continue
            aspect = CLASSES[c]
            s = sentences[i]
            a, b = cue_window(text, marker_end(structure, s.start), s.end, aspect, max_chars)
            if b > a:
                out[aspect].append(RawPoint(aspect, a, b, float(scores[i])))
        return out

    def to_dict(self) -> dict:
        """JSON-ready dict (coefficients rounded to 5 decimals)."""
        return {"format": "summarizer-aspect-model/1", "classes": list(CLASSES), "threshold": self.threshold,
                "intercept": [round(float(x), 5) for x in self.intercept], "features": self.features,
                "coef": [[round(float(x), 5) for x in row] for row in self.coef]}

    @classmethod
    def from_dict(cls, obj: dict) -> AspectModel:
        """Inverse of :meth:`to_dict`. Raises ValueError on another format or other classes."""
        if obj.get("format") != "summarizer-aspect-model/1" or tuple(obj.get("classes", ())) != CLASSES:
            raise ValueError("not a summarizer aspect model (format summarizer-aspect-model/1)")
        return cls(list(obj["features"]), np.asarray(obj["coef"], dtype=np.float64),
                   np.asarray(obj["intercept"], dtype=np.float64), float(obj.get("threshold", DEFAULT_THRESHOLD)))

    def save(self, path: str | Path) -> None:
        """Write :meth:`to_dict` as compact JSON (UTF-8)."""
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n",
                              encoding="utf-8")


_SHIPPED: AspectModel | None = None
_OVERRIDE: contextvars.ContextVar[AspectModel | None] = contextvars.ContextVar("aspect_model", default=None)


def load(path: str | Path | None = None) -> AspectModel:
    """The model in ``path`` (default: the shipped :data:`MODEL_PATH`, read once). Raises OSError when the file
    cannot be read, ValueError when it is not a model."""
    global _SHIPPED
    if path is None:
        if _SHIPPED is None:
            _SHIPPED = AspectModel.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
        return _SHIPPED
    return AspectModel.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@contextlib.contextmanager
def using(model: AspectModel) -> Iterator[AspectModel]:
    """Within the block, ``SummarizeOptions(aspect_model=True)`` uses ``model`` instead of the shipped one
    (leave-one-source-out refits, tests). Context-local (threads and asyncio tasks see their own)."""
    token = _OVERRIDE.set(model)
    try:
        yield model
    finally:
        _OVERRIDE.reset(token)


def active(enabled: bool) -> AspectModel | None:
    """The model the points stage uses: ``None`` when ``enabled`` is false, else the one set by :func:`using`, else
    the shipped one."""
    if not enabled:
        return None
    return _OVERRIDE.get() or load()


# ------------------------------------------------------------------------------------------ labels and training


def document_labels(text: str, gold: Iterable[Any], *, source: str | None = None, threshold: float = 0.6) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every sentence of one gold document.

    Args:
        text: the document as read (any shape the pipeline reads); ``source`` its file name (as summarize takes it).
        gold: its gold essays (:class:`summarizer.evaluation.aspects.GoldEssay` or objects with ``challenges`` and
            ``recommendations`` tuples of point texts); points are pooled per document (the essay split of the
            pipeline may differ from the gold's).
        threshold: the scorer's match ratio.

    Returns:
        ``(features, labels)``: one feature list per sentence of every essay, label an index into :data:`CLASSES`
        (the aspect of the gold point the sentence matches best by the scorer's rule, else 0: ``none``).
    """
    from fractions import Fraction

    from summarizer import pipeline
    from summarizer.evaluation.aspects import lcs_length
    from summarizer.evaluation.units import content_chars

    t = Fraction(threshold).limit_denominator(1000)
    golds = {c: [content_chars(simplified_view(p)) for g in gold for p in getattr(g, name)]
             for c, name in ((1, "challenges"), (2, "recommendations"))}
    feats: list[list[str]] = []
    labels: list[int] = []
    for ed in pipeline.analyze(text, source=source):
        layout = _layout(ed.structure, ed.sentences, ed.roles)
        feats.extend(sentence_features(ed.structure, ed.sentences, layout))
        for s in ed.sentences:
            sc = content_chars(simplified_view(s.text))
            best, label = 0.0, 0
            for c, points in golds.items():
                for g in points:
                    if not g or not sc or len(set(g) & set(sc)) * t.denominator < t.numerator * min(len(g), len(sc)):
                        continue  # too few shared characters for the LCS to reach the ratio
                    lcs = lcs_length(g, sc)
                    ratio = max(lcs / len(g), lcs / len(sc))
                    if lcs * t.denominator >= t.numerator * min(len(g), len(sc)) and ratio > best:
                        best, label = ratio, c
            labels.append(label)
    return feats, labels


def fit(features: Sequence[Sequence[str]], labels: Sequence[int], *, c: float = 0.1,
        threshold: float = DEFAULT_THRESHOLD, max_features: int = MAX_FEATURES, min_count: int = 2) -> AspectModel:
    """Fit the model: multinomial logistic regression (scikit-learn ``LogisticRegression``, lbfgs, L2 with inverse
    strength ``c``, balanced class weights) on binary features seen in at least ``min_count`` sentences (sorted
    vocabulary), then keep the ``max_features`` features with the largest coefficients.

    Raises:
        ImportError: scikit-learn is not installed (``pip install 'summarizer[train]'``).
        ValueError: fewer than two classes among ``labels``.
    """
    from collections import Counter

    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise ValueError("fit needs sentences of at least two classes")
    counts = Counter(f for feats in features for f in set(feats))
    vocab = sorted(f for f, k in counts.items() if k >= min_count)
    index = {f: k for k, f in enumerate(vocab)}
    rows, cols = [], []
    for r, feats in enumerate(features):
        for k in sorted({index[f] for f in feats if f in index}):
            rows.append(r)
            cols.append(k)
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(features), len(vocab)))
    y = np.asarray(labels)
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(x, y)
    coef = np.zeros((len(vocab), len(CLASSES)))
    intercept = np.full(len(CLASSES), -1e3)  # a class absent from the labels is never predicted
    for col, cls in enumerate(clf.classes_):
        if clf.coef_.shape[0] == 1:  # two classes: one row, for classes_[1]
            coef[:, cls] = clf.coef_[0] if col == 1 else 0.0
            intercept[cls] = clf.intercept_[0] if col == 1 else 0.0
        else:
            coef[:, cls] = clf.coef_[col]
            intercept[cls] = clf.intercept_[col]
    strength = np.abs(coef).max(axis=1)
    keep = sorted(np.argsort(-strength, kind="stable")[:max_features].tolist())
    return AspectModel([vocab[k] for k in keep], coef[keep], intercept, threshold)


def loso_fit(*, threshold: float = DEFAULT_THRESHOLD, c: float = 0.1) -> Any:
    """The ``fit`` hook of :func:`summarizer.evaluation.corpus.evaluate_corpora`: given the training documents
    (:class:`~summarizer.evaluation.corpus.TrainingDocument`), fit a model on them and return a summarize callable
    that runs the pipeline with it (``aspect_model=True``). Features and labels are computed once per document and
    cached across folds."""
    cache: dict[str, tuple[list[list[str]], list[int]]] = {}

    def fit_hook(train: list) -> Any:
        from summarizer import pipeline

        feats: list[list[str]] = []
        labels: list[int] = []
        for doc in train:
            if doc.key not in cache:
                cache[doc.key] = document_labels(doc.text, doc.gold, source=doc.key)
            f, y = cache[doc.key]
            feats.extend(f)
            labels.extend(y)
        model = fit(feats, labels, c=c, threshold=threshold)

        def run(text: str, *, source: str | None = None, options: Any = None, **kw: Any) -> Any:
            from summarizer.schema import SummarizeOptions

            opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
            with using(model):
                return pipeline.summarize(text, source=source, options=opts.model_copy(update={"aspect_model": True}),
                                          **kw)

        return run

    return fit_hook


def train_corpora(paths: Sequence[str | Path], *, c: float = 0.1, threshold: float = DEFAULT_THRESHOLD) -> AspectModel:
    """Fit a model on every readable document of the gold corpora ``paths`` (directories with ``gold.json`` and
    ``docs/``, as :func:`summarizer.evaluation.corpus.load_corpus` reads them). Raises as :func:`fit` and
    ``load_corpus``."""
    from summarizer.evaluation.corpus import load_corpus
    from summarizer.readers import read_path

    feats: list[list[str]] = []
    labels: list[int] = []
    for p in paths:
        for doc in load_corpus(p).documents:
            try:
                text = read_path(doc.path).text
            except Exception:  # noqa: BLE001 - an unreadable document is left out of training, as evaluation does
                continue
            f, y = document_labels(text, doc.gold, source=str(doc.path))
            feats.extend(f)
            labels.extend(y)
    return fit(feats, labels, c=c, threshold=threshold)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m summarizer.aspect_model OUT.json CORPUS [CORPUS ...]``: train on the corpora, write the model."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m summarizer.aspect_model", description=main.__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength of the logistic regression")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = ap.parse_args(argv)
    model = train_corpora(args.corpora, c=args.c, threshold=args.threshold)
    model.save(args.out)
    print(f"{len(model.features)} features written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
