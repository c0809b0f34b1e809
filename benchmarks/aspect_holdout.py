"""Held-out-Part evaluation of the learned sentence-aspect model (learned27, issue 8).

The documents of ``benchmarks/data/aspects`` are numbered by Part (``benchmarks/data/aspects/SOURCES.md``); a split
trains the model (:func:`summarizer.evaluation.aspect_training.fit`) on ``aspects_dev`` and the documents numbered up
to ``--train-max`` and scores rules-only against rules + model on the test ranges (documents nobody trained on) and on
the training documents (in-sample, for contrast). Modes (:class:`summarizer.aspect_model.AspectModel`): ``add@t``
(free sentences at aspect probability >= t; ``addc@t``, ``addr@t``: one aspect's, model30), ``veto@t`` (a rule's point whose sentence is ``none`` at >= t is
dropped), ``flip@t`` (a rule's point moves to the other aspect at >= t), ``lone@t`` (an essay's only point of an aspect
is dropped below aspect probability t, prec41; model42).

    python -m benchmarks.aspect_holdout --split 1054:1055-1299 --split 923:924-1054 \
        --modes add@0.95,add@0.9,add@0.8,add@0.7,veto@0.95,veto@0.9,veto@0.8,flip@0.95

Features and labels of every document are cached in ``--cache`` (a pickle; delete it after changing the features).
CPU: about a minute for the features of the 669 documents, a few seconds per fit and per mode.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

from summarizer import pipeline
from summarizer.aspect_model import MIN_ESSAY_CHARS, load, using
from summarizer.evaluation.aspect_training import document_labels, fit, without_families
from summarizer.evaluation.corpus import Figures, evaluate_corpora, load_corpus
from summarizer.readers import read_path
from summarizer.schema import SummarizeOptions

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "../shared/data/aspects_dev", ROOT / "benchmarks/data/aspects")


def _number(doc) -> int | None:
    """The document's number in ``benchmarks/data/aspects`` (None: another corpus, always training)."""
    m = re.match(r"(\d+)\.", Path(doc.file).name)
    return int(m.group(1)) if m and doc.corpus == "aspects" else None


def _ranges(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.append((int(a), int(b or a)))
    return out


def _features(corpora, cache: Path, rule_features: bool = False) -> dict[str, tuple[list, list]]:
    data = pickle.loads(cache.read_bytes()) if cache.is_file() else {}
    changed = False
    for corpus in corpora:
        for doc in corpus.documents:
            if doc.key in data:
                continue
            try:
                text = read_path(doc.path).text
            except Exception:  # noqa: BLE001 - unreadable: left out of training, as evaluation does
                data[doc.key] = ([], [])
                continue
            data[doc.key] = document_labels(text, doc.gold, source=str(doc.path), rule_features=rule_features)
            changed = True
    if changed:
        cache.write_bytes(pickle.dumps(data))
    return data


def _score(corpora, keep, summarize=None):
    """The evaluation report of the documents ``keep`` accepts (``summarize`` None: the rules alone)."""
    subset = [dataclasses.replace(c, documents=tuple(d for d in c.documents if keep(d))) for c in corpora]
    subset = [c for c in subset if c.documents]
    # summarize None: the rules alone (the model is on by default since the nineteenth session; retrain28)
    return evaluate_corpora(subset, summarize=summarize, options=None if summarize else {"aspect_model": False})


def _pool(report, keep) -> tuple[float, float, float, int, int, int, int]:
    """Recall, precision, F1 and their counts over the documents of ``report`` that ``keep`` accepts (model30: one
    run of the pipeline scores every range)."""
    f = Figures.total(r.figures for r in report.documents if keep(r.document)).overall
    r = f.recalled / f.references if f.references else 0.0
    p = f.precise / f.predicted if f.predicted else 0.0
    return r, p, (2 * r * p / (r + p) if r + p else 0.0), f.recalled, f.references, f.precise, f.predicted


def _runner(model):
    def run(doc, *, source=None, options=None, **kw):
        opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
        with using(model):
            return pipeline.summarize(doc, source=source, options=opts.model_copy(update={"aspect_model": True}), **kw)
    return run


def _class_weight(spec: str, labels):
    """``fit``'s class weights from ``--class-weight`` (model30): ``balanced``, ``none``, or a float scaling the
    balanced weight of the ``none`` class."""
    if spec in ("balanced", "none"):
        return None if spec == "none" else "balanced"
    counts = Counter(labels)
    w = {k: len(labels) / (len(counts) * v) for k, v in counts.items()}
    w[0] *= float(spec)
    return w


def kept_features(features, drop=(), max_gram: int = 3):
    """``features`` (one list of names per sentence) without those whose name starts with a prefix of ``drop``
    (``c:`` the character n-grams, ``h:`` the heading bigrams: structure-only variants) and without the character
    n-grams longer than ``max_gram`` characters (model42)."""
    drop = tuple(drop)
    longest = 2 + max_gram  # "c:" and the gram
    return [[f for f in fs if not (drop and f.startswith(drop)) and not (f.startswith("c:") and len(f) > longest)]
            for fs in features]


def _mode(model, spec: str, min_chars: int = 0):
    """``model`` with the thresholds of ``spec`` (``add@0.65+veto@0.75``) and ``min_chars`` (the fewest characters
    of an essay it reads; the shipped file's: :data:`MIN_ESSAY_CHARS`); a setting ``spec`` does not name is off (the
    lone-point drop too, model42). Raises SystemExit on an unknown mode."""
    m = dataclasses.replace(model, threshold=2.0, veto=None, flip=None, lone=None, min_chars=min_chars)
    for part in spec.split("+"):  # add@0.7+veto@0.8: both
        k, _, t = part.partition("@")
        if k == "add":
            m.threshold = float(t)
        elif k in ("addc", "addr"):  # model30: per-aspect thresholds
            m.thresholds = {**(m.thresholds or {}), "challenge" if k == "addc" else "recommendation": float(t)}
            m.threshold = min(m.threshold, float(t))
        elif k == "veto":
            m.veto = float(t)
        elif k == "flip":
            m.flip = float(t)
        elif k == "lone":  # model42: the shipped file's lone-point drop (prec41)
            m.lone = float(t)
        else:
            raise SystemExit(f"unknown mode {spec}")
    return m


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", action="append", required=True,
                    help="TRAIN_MAX:TEST_RANGES, e.g. 1054:1055-1299 (train: aspects_dev + numbers <= TRAIN_MAX)")
    ap.add_argument("--modes", default="add@0.95,add@0.9,add@0.8,add@0.7,veto@0.95,veto@0.9,veto@0.8",
                    help="comma-separated; add@T, veto@T, flip@T, or several joined by + (add@0.7+veto@0.8)")
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/aspect_holdout_features.pkl"))
    ap.add_argument("--rule-features", action="store_true",
                    help="train with the rules' readings as features (use another --cache)")
    ap.add_argument("--families", default="",
                    help="model30: optional feature families to train on (comma-separated, of aspect_model.FAMILIES; "
                         "default none: the features of the shipped model)")
    ap.add_argument("--class-weight", default="balanced",
                    help="balanced, none, or a none-class weight (the aspects balanced, none scaled: 0.5)")
    ap.add_argument("--drop", default="",
                    help="model42: feature prefixes left out of the fit, comma-separated (c: the character n-grams, "
                         "h: the heading bigrams): structure-only variants")
    ap.add_argument("--max-gram", type=int, default=3,
                    help="model42: the longest character n-gram (c:) kept in the fit (default 3: all)")
    ap.add_argument("--skip-rules", action="store_true", help="model30: do not score the rules alone")
    ap.add_argument("--shipped", action="store_true",
                    help="model35: also score the shipped file (summarizer/resources/aspect_model.json, as the "
                         "pipeline reads it by default)")
    ap.add_argument("--min-chars", type=int, default=MIN_ESSAY_CHARS,
                    help="model35: fewest characters of an essay the refit model reads (default: the shipped "
                         "file's, aspect_model.MIN_ESSAY_CHARS; before model35 the tool used 0)")
    ap.add_argument("--save", type=Path, default=None,
                    help="model30: write each split's model to SAVE's name with _TRAIN_MAX appended")
    ap.add_argument("--per-range", action="store_true", help="also score each test range on its own")
    ap.add_argument("--in-sample", action="store_true", help="also score the training documents")
    args = ap.parse_args(argv)
    corpora = [load_corpus(p) for p in CORPORA]
    data = _features(corpora, args.cache, args.rule_features)
    for split in args.split:
        train_max, _, test = split.partition(":")
        ranges = _ranges(test)

        def is_test(d, ranges=ranges):
            n = _number(d)
            return n is not None and any(a <= n <= b for a, b in ranges)

        def is_train(d, train_max=int(train_max)):
            n = _number(d)
            return n is None or n <= train_max

        feats, labels = [], []
        for c in corpora:
            for d in c.documents:
                if is_train(d):
                    feats.extend(data[d.key][0])
                    labels.extend(data[d.key][1])
        feats = without_families(feats, args.families.split(","))
        feats = kept_features(feats, [p for p in args.drop.split(",") if p], args.max_gram)
        model = fit(feats, labels, c=args.c, class_weight=_class_weight(args.class_weight, labels))
        model.rule_features = args.rule_features
        print(f"split train <= {train_max} ({len(feats)} sentences), test {test}", flush=True)
        sets = [("test", is_test)]
        if args.per_range and len(ranges) > 1:
            sets += [(f"{a}-{b}", lambda d, a=a, b=b: _number(d) is not None and a <= _number(d) <= b)
                     for a, b in ranges]
        sets += [("train", is_train)] if args.in_sample else []
        union = lambda d, sets=sets: any(k(d) for _, k in sets)  # noqa: E731
        base = None if args.skip_rules else _score(corpora, union)
        runs = [("shipped file", _score(corpora, union, _runner(load())))] if args.shipped else []
        runs += [(spec, _score(corpora, union, _runner(_mode(model, spec, args.min_chars))))
                 for spec in args.modes.split(",")]
        for name, keep in sets:
            b = _pool(base, keep) if base is not None else None
            if b is not None:
                print(f"  {name:9s} rules only      R {b[0]:.3f} ({b[3]}/{b[4]})  P {b[1]:.3f} "
                      f"({b[5]}/{b[6]})  F1 {b[2]:.3f}", flush=True)
            for spec, report in runs:
                r = _pool(report, keep)
                gain = f"  dF1 {r[2] - b[2]:+.3f}" if b is not None else ""
                print(f"  {name:9s} {spec:16s} R {r[0]:.3f} ({r[3]}/{r[4]})  P {r[1]:.3f} ({r[5]}/{r[6]})  "
                      f"F1 {r[2]:.3f}{gain}", flush=True)
        if args.save:
            saved = _mode(model, args.modes.split(",")[0], args.min_chars)
            saved.min_chars = MIN_ESSAY_CHARS
            saved.save(args.save.with_name(f"{args.save.stem}_{train_max}{args.save.suffix}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
