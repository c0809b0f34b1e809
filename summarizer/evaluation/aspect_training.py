"""Training and validation of the learned sentence-aspect model (:mod:`summarizer.aspect_model`) on gold corpora.

Labels (:func:`document_labels`): every sentence of a gold document is labelled with the aspect of a gold point it
matches by the scorer's own rule (LCS over content characters at 3/5 of either length,
:func:`summarizer.evaluation.aspects.lcs_length`), else ``none``. :func:`fit` is scikit-learn's multinomial
``LogisticRegression`` (``pip install 'summarizer[train]'``; imported when called); :func:`loso_fit` is the
leave-one-source-out hook of :func:`summarizer.evaluation.corpus.evaluate_corpora`
(``summarizer evaluate --task aspects ... --loso-fit``); :func:`train_corpora` and
``python -m summarizer.evaluation.aspect_training OUT.json CORPUS...`` write a model file. Scoring a fitted model at
run time needs numpy only (:class:`summarizer.aspect_model.AspectModel`).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import pipeline
from summarizer.aspect_model import (CLASSES, DEFAULT_THRESHOLD, FAMILIES, MAX_FEATURES, AspectModel, sentence_features,
                                     using)
from summarizer.evaluation.aspects import lcs_length
from summarizer.evaluation.corpus import load_corpus
from summarizer.evaluation.units import content_chars
from summarizer.points import _layout
from summarizer.readers import read_path
from summarizer.schema import SummarizeOptions
from summarizer.script import simplified_view

__all__ = ["document_labels", "without_families", "fit", "loso_fit", "train_corpora", "main"]



class _Recorder(AspectModel):
    """A model that adds, vetoes and flips nothing and records, per essay the points stage reads, every sentence's
    features with the rules' points as the points stage hands them over (:meth:`AspectModel.review`), and its text."""

    def __init__(self) -> None:
        super().__init__([], np.zeros((0, len(CLASSES))), np.zeros(len(CLASSES)), 2.0, rule_features=True)
        self.families = FAMILIES  # (records every optional family; model30)
        self.feats: list[list[str]] = []
        self.texts: list[str] = []

    def review(self, structure, sentences, layout, taken, features=None):  # noqa: D102 - see the class
        self.feats.extend(features if features is not None
                          else sentence_features(structure, sentences, layout, taken, FAMILIES))
        self.texts.extend(s.text for s in sentences)
        return taken

    def points(self, *args: Any, **kw: Any) -> dict:  # noqa: D102 - see the class
        return {}


def _ruled_features(text: str, source: str | None) -> tuple[list[list[str]], list[str]]:
    """Features with the rules' readings (:func:`sentence_features` ``rules``) and texts of every sentence of every
    essay the points stage reads, from one run of the pipeline with a recording model (learned27)."""
    rec = _Recorder()
    with using(rec):
        pipeline.summarize(text, source=source, options=SummarizeOptions(aspect_model=True))
    return rec.feats, rec.texts


def document_labels(text: str, gold: Iterable[Any], *, source: str | None = None, threshold: float = 0.6,
                    rule_features: bool = False) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every sentence of one gold document.

    Args:
        text: the document as read (any shape the pipeline reads); ``source`` its file name (as summarize takes it).
        gold: its gold essays (:class:`summarizer.evaluation.aspects.GoldEssay` or objects with ``challenges`` and
            ``recommendations`` tuples of point texts); points are pooled per document (the essay split of the
            pipeline may differ from the gold's).
        threshold: the scorer's match ratio.
        rule_features: read the sentences as the points stage does, with the rules' points as features
            (:func:`sentence_features` ``rules``; one pipeline run with a recording model, learned27).

    Returns:
        ``(features, labels)``: one feature list per sentence of every essay (with every optional family,
        :data:`summarizer.aspect_model.FAMILIES`: :func:`without_families` keeps those a model is trained on), label
        an index into :data:`CLASSES` (the aspect of the gold point the sentence matches best by the scorer's rule,
        else 0: ``none``).
    """
    t = Fraction(threshold).limit_denominator(1000)
    golds = {c: [content_chars(simplified_view(p)) for g in gold for p in getattr(g, name)]
             for c, name in ((1, "challenges"), (2, "recommendations"))}
    feats: list[list[str]] = []
    texts: list[str] = []
    if rule_features:
        feats, texts = _ruled_features(text, source)
    else:
        for ed in pipeline.analyze(text, source=source):
            layout = _layout(ed.structure, ed.sentences, ed.roles)
            feats.extend(sentence_features(ed.structure, ed.sentences, layout, families=FAMILIES))
            texts.extend(s.text for s in ed.sentences)
    labels: list[int] = []
    for stext in texts:
        sc = content_chars(simplified_view(stext))
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


def without_families(features: Iterable[list[str]], families: Sequence[str]) -> list[list[str]]:
    """``features`` (one list per sentence) without the features of the optional families
    (:data:`summarizer.aspect_model.FAMILIES`) not in ``families`` (model30)."""
    drop = tuple(f + ":" for f in FAMILIES if f not in families)
    return [[f for f in feats if not f.startswith(drop)] for feats in features]


def fit(features: Sequence[Sequence[str]], labels: Sequence[int], *, c: float = 0.1,
        threshold: float = DEFAULT_THRESHOLD, max_features: int = MAX_FEATURES, min_count: int = 2,
        class_weight: str | dict | None = "balanced") -> AspectModel:
    """Fit the model: multinomial logistic regression (scikit-learn ``LogisticRegression``, lbfgs, L2 with inverse
    strength ``c``, balanced class weights) on binary features seen in at least ``min_count`` sentences (sorted
    vocabulary), then keep the ``max_features`` features with the largest coefficients. The fit runs on one BLAS
    thread (``threadpoolctl``).

    Raises:
        ImportError: scikit-learn is not installed (``pip install 'summarizer[train]'``).
        ValueError: fewer than two classes among ``labels``.
    """
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # a dependency of scikit-learn

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
    clf = LogisticRegression(C=c, max_iter=2000, class_weight=class_weight)
    # one BLAS thread: the problem is small, and on a shared machine a thread per core made each fit ~6x slower in
    # CPU time (measured: 12 s -> 2 s per leave-one-source-out fold on 138 documents)
    with threadpool_limits(limits=1):
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
            opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
            with using(model):
                return pipeline.summarize(text, source=source, options=opts.model_copy(update={"aspect_model": True}),
                                          **kw)

        return run

    return fit_hook


def train_corpora(paths: Sequence[str | Path], *, c: float = 0.1, threshold: float = DEFAULT_THRESHOLD,
                  veto: float | None = None, flip: float | None = None, rule_features: bool = False,
                  families: Sequence[str] = (), max_number: int | None = None, lone: float | None = None
                  ) -> AspectModel:
    """Fit a model on every readable document of the gold corpora ``paths`` (directories with ``gold.json`` and
    ``docs/``, as :func:`summarizer.evaluation.corpus.load_corpus` reads them; ``max_number``: leave out the
    documents whose file name is a number above it, ``docs/2947.txt`` at 2946: Parts written after a fit stay
    unseen by it, model35); ``veto``, ``flip`` and
    ``rule_features`` as :class:`AspectModel` takes them (learned27); ``families``: the optional feature families
    (:data:`summarizer.aspect_model.FAMILIES`) it is trained on (model30; the others' features are dropped). Raises
    as :func:`fit` and ``load_corpus``."""
    feats: list[list[str]] = []
    labels: list[int] = []
    for p in paths:
        for doc in load_corpus(p).documents:
            number = Path(doc.file).name.split(".")[0]
            if max_number is not None and number.isdigit() and int(number) > max_number:
                continue
            try:
                text = read_path(doc.path).text
            except Exception:  # noqa: BLE001 - an unreadable document is left out of training, as evaluation does
                continue
            f, y = document_labels(text, doc.gold, source=str(doc.path), rule_features=rule_features)
            feats.extend(without_families(f, families))
            labels.extend(y)
    model = fit(feats, labels, c=c, threshold=threshold)
    model.veto, model.flip, model.rule_features, model.lone = veto, flip, rule_features, lone
    return model


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m summarizer.evaluation.aspect_training OUT.json CORPUS [CORPUS ...]``: train on the corpora, write the model."""
    ap = argparse.ArgumentParser(prog="python -m summarizer.evaluation.aspect_training", description=main.__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength of the logistic regression")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--veto", type=float, default=None, help="drop a rule's point at this 'none' probability")
    ap.add_argument("--flip", type=float, default=None, help="move a rule's point at this other-aspect probability")
    ap.add_argument("--lone", type=float, default=None,
                    help="drop an essay's only point of an aspect below this aspect probability (prec41)")
    ap.add_argument("--rule-features", action="store_true", help="the rules' readings as features")
    ap.add_argument("--families", default="", help="optional feature families, comma-separated (model30: cl)")
    ap.add_argument("--max-number", type=int, default=None,
                    help="leave out documents numbered above this (model35: the fit's last Part)")
    args = ap.parse_args(argv)
    model = train_corpora(args.corpora, c=args.c, threshold=args.threshold, veto=args.veto, flip=args.flip,
                          rule_features=args.rule_features, families=[f for f in args.families.split(",") if f],
                          max_number=args.max_number, lone=args.lone)
    model.save(args.out)
    print(f"{len(model.features)} features written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
