"""The sentence selector's operating point chosen at the pipeline level, on Part-grouped folds (sel44).

Each outer fold fits on aspects_dev and ids 2400..TRAIN_MAX and is scored on its test Parts; its thresholds (drop,
move, add a challenge, add a recommendation) are those of
:data:`summarizer.evaluation.selector_training.PIPELINE_GRID` with the best pooled F1 of the real pipeline (one
recording run, :func:`~summarizer.evaluation.selector_training.pipeline_candidates`, then
:func:`~summarizer.evaluation.selector_training.pipeline_figures` per grid point) on the inner split: a fit to
TRAIN_MAX - 360 run on the last six training Parts; optionally only among the thresholds whose precision on
aspects_dev and the seed's dev essays under the final file's model is at least a floor (``--floor``). The test Parts
are recorded once per variant (the selector alone, or on top of the linear model) and scored the same way. Never
reads ids >= 4600 (blind).

    python -m benchmarks.selector44 featurize SHARD NSHARDS       # /tmp/sel44/feat_SHARD.pkl (ids 2400-4599 + dev)
    python -m benchmarks.selector44 fold TRAIN_MAX FIRST LAST       # /tmp/sel44/fold_TRAIN_MAX.pkl, figures printed

Figures in the README section "An operating point for the sentence selector chosen by the pipeline (sel44)".
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import re
import sys
from pathlib import Path

from summarizer.evaluation.corpus import evaluate_corpora, load_corpus
from summarizer.evaluation.selector_training import (PIPELINE_GRID, featurize, fit, pipeline_candidates,
                                                     pipeline_figures, to_dict)

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "../shared/data/aspects_dev"
SEED = ROOT / "../shared/data/seed/dev_gold.json"
ASPECTS = ROOT / "benchmarks/data/aspects"
CACHE = Path("/tmp/sel44")
FIRST_ID, LAST_ID = 2400, 4599  # (the blind Parts start at 4600)


def number(doc) -> int | None:
    m = re.match(r"(\d+)\.", Path(doc.file).name)
    return int(m.group(1)) if m and doc.corpus == "aspects" else None


def run_featurize(shard: int, nshards: int) -> None:
    corpora = [load_corpus(DEV), load_corpus(ASPECTS)]
    keys = [str(d.path) for c in corpora for d in c.documents
            if number(d) is None or FIRST_ID <= number(d) <= LAST_ID]
    mine = set(keys[shard::nshards])
    data, figs = featurize(corpora, lambda d: str(d.path) in mine)
    nb = {str(d.path): number(d) for c in corpora for d in c.documents if str(d.path) in mine}
    sub = [dataclasses.replace(c, documents=tuple(d for d in c.documents if str(d.path) in mine)) for c in corpora]
    shipped = {str(r.document.path): (r.figures.overall.recalled, r.figures.overall.references,
                                      r.figures.overall.precise, r.figures.overall.predicted)
               for r in evaluate_corpora([c for c in sub if c.documents]).documents}
    CACHE.mkdir(exist_ok=True)
    (CACHE / f"feat_{shard}.pkl").write_bytes(pickle.dumps({"data": data, "rules": figs, "num": nb,
                                                            "shipped": shipped}))


def load_cache():
    data, nb, rules, shipped = {}, {}, {}, {}
    for p in sorted(CACHE.glob("feat_*.pkl")):
        o = pickle.loads(p.read_bytes())
        data.update(o["data"]), nb.update(o["num"]), rules.update(o["rules"]), shipped.update(o.get("shipped", {}))
    return data, nb, rules, shipped


def model(limit: int, data, nb, with_linear: bool) -> dict:
    """The selector file fitted on aspects_dev + ids FIRST_ID..limit (thresholds off), cached per limit."""
    path = CACHE / f"model_{limit}.json"
    if not path.exists():
        rows, labels = [], []
        for key, (rs, ys) in data.items():
            if key in nb and (nb[key] is None or nb[key] <= limit):
                rows.extend(rs), labels.extend(ys)
        clf, vocab = fit(rows, labels)
        path.write_text(json.dumps(to_dict(clf, vocab, (2.0, 2.0, 2.0))))
    obj = json.loads(path.read_text())
    obj.update(elaborations_guard=True, with_linear=with_linear)
    return obj


def docs(lo: int, hi: int):
    assert hi <= LAST_ID
    c = load_corpus(ASPECTS)
    return dataclasses.replace(c, documents=tuple(d for d in c.documents if number(d) is not None
                                                  and lo <= number(d) <= hi))


def fmt(t) -> str:
    rc, g, pc, pr = t
    r, p = rc / g, pc / pr
    return f"{r:.3f} ({rc}/{g}) / {p:.3f} ({pc}/{pr}) / {2 * r * p / (r + p):.3f}"


def run_fold(train_max: int, first: int, last: int, floor: float | None) -> None:
    data, nb, rules, shipped = load_cache()
    total = lambda figs: tuple(sum(v[i] for k, v in figs.items() if nb.get(k) is not None  # noqa: E731
                                   and first <= nb[k] <= last) for i in range(4))
    print("rules", fmt(total(rules)), "| shipped", fmt(total(shipped)), flush=True)
    out = {}
    for with_linear in (False, True):
        inner, _ = pipeline_candidates(docs(train_max - 359, train_max), model(train_max - 360, data, nb, with_linear),
                                       with_linear)
        grid = PIPELINE_GRID
        if floor is not None:  # (the floor on aspects_dev and the seed, under the final file's model)
            final = model(LAST_ID, data, nb, with_linear)
            floors = [pipeline_candidates(load_corpus(p), final, with_linear)[0] for p in (DEV, SEED)]
            grid = [g for g in grid if all((lambda f: f[2] >= floor * f[3])(pipeline_figures(c, g)) for c in floors)]
        chosen = max(grid, key=lambda g: (round((lambda f: 2 * f[0] * f[2] / (f[0] * f[3] + f[1] * f[2])
                                                 if f[0] and f[2] else 0.0)(pipeline_figures(inner, g)), 9), g))
        test, real = pipeline_candidates(docs(first, last), model(train_max, data, nb, with_linear), with_linear)
        print(f"with_linear={with_linear} chosen {chosen}: test {fmt(pipeline_figures(test, chosen))}", flush=True)
        out[with_linear] = (chosen, inner, test)
    (CACHE / f"fold_{train_max}.pkl").write_bytes(pickle.dumps(out))


if __name__ == "__main__":
    if sys.argv[1] == "featurize":
        run_featurize(int(sys.argv[2]), int(sys.argv[3]))
    else:
        args = sys.argv[2:]
        fl = float(args[args.index("--floor") + 1]) if "--floor" in args else None
        run_fold(*map(int, args[:3]), fl)
