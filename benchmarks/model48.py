"""Refit the linear sentence-aspect model and the sentence selector together (model48).

The selector's rows read the probabilities of a linear model (``sentence_selector.SELECTOR_LINEAR_PATH``); model48
fits the selector on the probabilities of the refitted linear model itself, with the refit making the add/veto
decisions too, and measures the pair on Parts held out of both fits. Every step reads only ids <= MAXID (< 6040:
the blind Parts are never read) and aspects_dev; the files under test are given by environment variables, read
before the first model load (``M48_LINEAR``: the deciding linear model, ``M48_SELLIN``: the selector's features'
linear model, ``M48_SEL``: the selector; unset: the shipped file)::

    python -m summarizer.evaluation.aspect_training /tmp/m48/fit5679.json ../shared/data/aspects_dev \\
        benchmarks/data/aspects --c 0.1 --threshold 0.65 --veto 0.6 --lone 0.4 --families cl --max-number 5679
    M48_LINEAR=/tmp/m48/fit5679.json M48_SELLIN=/tmp/m48/fit5679.json \\
        python -m benchmarks.model48 featurize SHARD NSHARDS MINID MAXID OUT.pkl     # one pipeline run per document
    python -m benchmarks.model48 fit OUT.json MINID MAXID FEAT.pkl...                # the trees, sel44's thresholds
    M48_LINEAR=... M48_SELLIN=... python -m benchmarks.model48 choose FINAL.json OUT.json INNER MAXID FEAT.pkl...
    M48_LINEAR=... M48_SELLIN=... M48_SEL=... python -m benchmarks.model48 evaluate held|dev|seed OUT.json

``choose`` is sel44's pipeline-level choice (``selector_training.choose_pipeline_thresholds``): trees fitted on
aspects_dev + ids MINID..INNER run on ids INNER+1..MAXID, thresholds among those whose precision on aspects_dev and
the seed's dev essays under FINAL's trees is >= 0.85. ``evaluate held`` scores ids 5680-6039 (Parts 103-108; the
worktree holds no id above 5993). Figures: README "Refit on ids ≤ 6039 (model48)". Deterministic: the linear fit's
lbfgs in the command's document order, the trees' ``random_state`` 0, documents in sorted path order.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "../shared/data/aspects_dev"
SEED = ROOT / "../shared/data/seed/dev_gold.json"
ASPECTS = ROOT / "benchmarks/data/aspects"
BLIND = 6040  # ids >= this are never read
SWITCHES = {"elaborations_guard": True, "with_linear": True, "additions_guards": True}
SHIPPED_THRESHOLDS = (0.6, 0.9, 0.9, 0.8)  # sel44's (drop, move, add a challenge, add a recommendation)


def patch() -> None:
    """Point the model paths at the files named by ``M48_LINEAR``, ``M48_SEL``, ``M48_SELLIN`` (before any load)."""
    import summarizer.aspect_model as am
    import summarizer.sentence_selector as ss
    if os.environ.get("M48_LINEAR"):
        am.MODEL_PATH = Path(os.environ["M48_LINEAR"])
    if os.environ.get("M48_SEL"):
        ss.SELECTOR_PATH = Path(os.environ["M48_SEL"])
    if os.environ.get("M48_SELLIN"):
        ss.SELECTOR_LINEAR_PATH = Path(os.environ["M48_SELLIN"])


def number(doc) -> int | None:
    """The id of an aspects-corpus document (``docs/2947.txt``: 2947); None for aspects_dev's and the seed's."""
    m = re.match(r"(\d+)\.", Path(doc.file).name)
    return int(m.group(1)) if m and doc.corpus == "aspects" else None


def _rows(paths, lo: int, hi: int) -> tuple[list, list]:
    rows, labels = [], []
    for p in sorted(paths):
        o = pickle.loads(Path(p).read_bytes())
        for key in sorted(o["data"]):
            n = o["num"].get(key)
            if n is None or lo <= n <= hi:
                rs, ys = o["data"][key]
                rows.extend(rs)
                labels.extend(ys)
    return rows, labels


def featurize(shard: int, nshards: int, lo: int, hi: int, out: str) -> None:
    """The selector's rows and labels of aspects_dev + ids lo..hi (every nshards-th document from shard)."""
    from summarizer.evaluation.corpus import load_corpus
    from summarizer.evaluation.selector_training import featurize as feat
    assert hi < BLIND
    corpora = [load_corpus(DEV), load_corpus(ASPECTS)]
    keys = [str(d.path) for c in corpora for d in c.documents if number(d) is None or lo <= number(d) <= hi]
    mine = set(keys[shard::nshards])
    data, figs = feat(corpora, lambda d: str(d.path) in mine)
    nb = {str(d.path): number(d) for c in corpora for d in c.documents if str(d.path) in mine}
    Path(out).write_bytes(pickle.dumps({"data": data, "rules": figs, "num": nb}))


def fit_file(out: str, lo: int, hi: int, feats, thresholds=SHIPPED_THRESHOLDS) -> dict:
    """Fit the trees on aspects_dev + ids lo..hi of the featurized shards and write the selector's file."""
    from summarizer.evaluation.selector_training import fit, to_dict
    assert hi < BLIND
    rows, labels = _rows(feats, lo, hi)
    clf, vocab = fit(rows, labels)
    obj = to_dict(clf, vocab, thresholds, **SWITCHES)
    Path(out).write_text(json.dumps(obj, separators=(",", ":")) + "\n", encoding="utf-8")
    print(len(rows), "rows", len(vocab), "names", clf.n_iter_, "trees ->", out)
    return obj


def choose(final_path: str, out: str, lo: int, inner: int, hi: int, feats) -> tuple:
    """sel44's pipeline-level threshold choice for FINAL's trees (see the module's docstring); writes OUT."""
    from summarizer.evaluation.corpus import load_corpus
    from summarizer.evaluation.selector_training import (_f1, choose_pipeline_thresholds, fit, pipeline_candidates,
                                                         pipeline_figures, to_dict)
    assert hi < BLIND
    rows, labels = _rows(feats, lo, inner)
    clf, vocab = fit(rows, labels)
    inner_obj = to_dict(clf, vocab, (2.0, 2.0, 2.0), **SWITCHES)
    c = load_corpus(ASPECTS)
    held = dataclasses.replace(c, documents=tuple(d for d in c.documents
                                                  if (n := number(d)) is not None and inner < n <= hi))
    cand, _ = pipeline_candidates(held, inner_obj, True)
    final = json.loads(Path(final_path).read_text(encoding="utf-8"))
    off = dict(final, drop_at=2.0, move_at=2.0, add_at=2.0, add_challenge_at=2.0, add_recommendation_at=2.0)
    floors = [(pipeline_candidates(load_corpus(g), off, True)[0], 0.85) for g in (DEV, SEED)]
    th = choose_pipeline_thresholds(cand, floors)
    for t in (SHIPPED_THRESHOLDS, th):
        f = pipeline_figures(cand, t)
        print(t, "inner", f, f"F1 {_f1(f):.4f}", "dev", pipeline_figures(floors[0][0], t),
              "seed", pipeline_figures(floors[1][0], t))
    final.update(drop_at=th[0], move_at=th[1], add_at=min(th[2:]), add_challenge_at=th[2], add_recommendation_at=th[3])
    Path(out).write_text(json.dumps(final, separators=(",", ":")) + "\n", encoding="utf-8")
    print("chosen", th, "->", out)
    return th


def evaluate(which: str, out: str) -> tuple[int, int, int, int]:
    """Score ids 5680-6039 (``held``), aspects_dev (``dev``) or the seed's dev essays (``seed``) with the real
    pipeline and scorer; writes per-document (recalled, gold, precise, predicted, predicted points) to OUT."""
    from summarizer.evaluation.corpus import evaluate_corpora, load_corpus
    if which == "held":
        c = load_corpus(ASPECTS)
        c = dataclasses.replace(c, documents=tuple(d for d in c.documents
                                                   if (n := number(d)) is not None and 5680 <= n < BLIND))
    else:
        c = load_corpus(DEV if which == "dev" else SEED)
    rows, tot = {}, [0, 0, 0, 0]
    for r in evaluate_corpora([c]).documents:
        f = r.figures.overall
        fig = (f.recalled, f.references, f.precise, f.predicted)
        rows[str(r.document.file)] = (*fig, r.predicted)
        tot = [a + b for a, b in zip(tot, fig)]
    Path(out).write_text(json.dumps({"pool": tot, "rows": rows}, ensure_ascii=False), encoding="utf-8")
    r, g, p, n = tot
    print(f"{which}: recall {r / g:.3f} ({r}/{g}) precision {p / n if n else 0:.3f} ({p}/{n}), {len(rows)} documents")
    return tuple(tot)


def main(argv: list[str]) -> int:
    """The command line (see the module's docstring)."""
    patch()
    cmd, *a = argv
    if cmd == "featurize":
        featurize(int(a[0]), int(a[1]), int(a[2]), int(a[3]), a[4])
    elif cmd == "fit":
        fit_file(a[0], int(a[1]), int(a[2]), a[3:])
    elif cmd == "choose":
        choose(a[0], a[1], 2400, int(a[2]), int(a[3]), a[4:])
    elif cmd == "evaluate":
        evaluate(a[0], a[1])
    else:
        raise SystemExit(__doc__)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
