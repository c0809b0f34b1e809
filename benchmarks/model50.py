"""Settings of the learned sentence-aspect model judged on Parts it was not fitted on (model50).

The shipped linear model (``summarizer/resources/aspect_model.json``) is fitted on aspects_dev and ids <= 5319, so
ids 5320-6039 (Parts 97-108: where settings are chosen) and 6040-6639 (Parts 109-118: confirmed once) are held out
of it. This tool runs the real pipeline and scorer on a pool with the model files and thresholds a setting names and
writes each document's figures per aspect, so two settings can be compared document by document::

    python -m benchmarks.model50 run POOL SETTING OUT.json [SHARD NSHARDS]
    python -m benchmarks.model50 merge OUT.json PART.json...
    python -m benchmarks.model50 compare BASE.json OTHER.json

POOL: ``a`` (ids 5320-6039), ``b`` (ids 6040-6639), ``seen`` (ids < 6640 and aspects_dev), ``dev`` (aspects_dev),
``seed`` (the seed's dev essays), or ``LO-HI`` (ids LO..HI). Ids >= :data:`BLIND` (the session's blind Parts) are never read.
SETTING: a JSON object (or ``{}``: the shipped files and thresholds) with any of ``linear`` (the deciding linear
model's file), ``sellin`` (the file the selector's rows read), ``threshold``, ``veto``, ``lone``, ``add_c`` /
``add_r`` (per-aspect add thresholds of the linear model), ``drop_at``, ``move_at``, ``sel_add_c``, ``sel_add_r``
(the sentence selector's). Deterministic: documents in gold order, the models read once.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "../shared/data/aspects_dev"
SEED = ROOT / "../shared/data/seed/dev_gold.json"
ASPECTS = ROOT / "benchmarks/data/aspects"
BLIND = 7840  # ids >= this are never read (the forty-sixth session's blind Parts 139 and later; 6640 for model50)


def number(doc) -> int | None:
    """The id of an aspects-corpus document (``docs/2947.txt``: 2947); None for aspects_dev's and the seed's."""
    m = re.match(r"(\d+)\.", Path(doc.file).name)
    return int(m.group(1)) if m and doc.corpus == "aspects" else None


def apply_setting(setting: dict) -> None:
    """Point the pipeline at the files and thresholds of ``setting`` (before the first summary; see the module doc).
    Raises KeyError on an unknown key."""
    import summarizer.aspect_model as am
    import summarizer.sentence_selector as ss
    known = {"linear", "sellin", "threshold", "veto", "lone", "add_c", "add_r", "drop_at", "move_at", "sel_add_c",
             "sel_add_r", "name"}
    bad = set(setting) - known
    if bad:
        raise KeyError(f"unknown setting keys {sorted(bad)}")
    if setting.get("linear"):
        am.MODEL_PATH = Path(setting["linear"])
    if setting.get("sellin"):
        ss.SELECTOR_LINEAR_PATH = Path(setting["sellin"])
    lin = am.load()
    for k in ("threshold", "veto", "lone"):
        if k in setting:
            setattr(lin, k, setting[k])
    th = {a: (lin.thresholds or {}).get(a, lin.threshold) for a in ("challenge", "recommendation")}
    if "add_c" in setting:
        th["challenge"] = setting["add_c"]
    if "add_r" in setting:
        th["recommendation"] = setting["add_r"]
    if "add_c" in setting or "add_r" in setting:
        lin.thresholds = th
        lin.threshold = min(th.values())
    sel = ss.load_selector()
    for k in ("drop_at", "move_at"):
        if k in setting:
            setattr(sel, k, setting[k])
    if "sel_add_c" in setting:
        sel.add_aspect_at["challenge"] = setting["sel_add_c"]
    if "sel_add_r" in setting:
        sel.add_aspect_at["recommendation"] = setting["sel_add_r"]


def corpora(pool: str) -> list:
    """The corpora of ``pool`` (see the module doc), never an id >= :data:`BLIND`."""
    from summarizer.evaluation.corpus import load_corpus
    if pool == "dev":
        return [load_corpus(DEV)]
    if pool == "seed":
        return [load_corpus(SEED)]
    lo, hi = {"a": (5320, 6039), "b": (6040, 6639), "seen": (0, BLIND - 1)}.get(pool) or map(int, pool.split("-"))
    hi = min(hi, BLIND - 1)
    c = load_corpus(ASPECTS)
    c = dataclasses.replace(c, documents=tuple(d for d in c.documents if (n := number(d)) is not None and lo <= n <= hi))
    return ([load_corpus(DEV)] if pool == "seen" else []) + [c]


def run(pool: str, setting: dict, out: str, shard: int = 0, nshards: int = 1) -> None:
    """Score ``pool`` (every ``nshards``-th document from ``shard``) under ``setting``; per-document
    ``[recalled, gold, precise, predicted]`` per aspect (challenge, recommendation) into ``out``."""
    from summarizer.evaluation.corpus import evaluate_corpora
    apply_setting(setting)
    cs = []
    for c in corpora(pool):
        docs = c.documents[shard::nshards]
        if docs:
            cs.append(dataclasses.replace(c, documents=docs))
    rows = {}
    for r in evaluate_corpora(cs).documents:
        rows[f"{r.document.corpus}/{r.document.file}"] = {
            a: [c.recalled, c.references, c.precise, c.predicted] for a, c in r.figures.per_aspect.items()}
    Path(out).write_text(json.dumps({"setting": setting, "pool": pool, "rows": rows}, ensure_ascii=False),
                         encoding="utf-8")
    print(summary(rows))


def summary(rows: dict, keep=lambda k: True) -> str:
    """Recall (recalled/gold) / precision (precise/predicted), overall and per aspect, of ``rows`` that ``keep``
    accepts."""
    tot = {}
    for k, r in rows.items():
        if not keep(k):
            continue
        for a, v in r.items():
            t = tot.setdefault(a, [0, 0, 0, 0])
            for i in range(4):
                t[i] += v[i]
    allt = [sum(t[i] for t in tot.values()) for i in range(4)]

    def fmt(t):
        r, g, p, n = t
        return f"{r / g if g else 0:.3f} ({r}/{g}) / {p / n if n else 0:.3f} ({p}/{n})"
    return f"all {fmt(allt)}; " + "; ".join(f"{a[:4]} {fmt(t)}" for a, t in sorted(tot.items()))


def main(argv: list[str]) -> int:
    """The command line (see the module doc)."""
    cmd, *a = argv
    if cmd == "run":
        run(a[0], json.loads(a[1]), a[2], *(int(x) for x in a[3:5]))
    elif cmd == "merge":
        rows, head = {}, None
        for p in a[1:]:
            d = json.loads(Path(p).read_text(encoding="utf-8"))
            head = head or d
            rows.update(d["rows"])
        Path(a[0]).write_text(json.dumps({**head, "rows": rows}, ensure_ascii=False), encoding="utf-8")
        print(summary(rows))
    elif cmd == "compare":
        base, other = (json.loads(Path(p).read_text(encoding="utf-8"))["rows"] for p in a[:2])
        print("base ", summary(base))
        print("other", summary(other))
        for k in sorted(set(base) & set(other)):
            b = [sum(v[i] for v in base[k].values()) for i in range(4)]
            o = [sum(v[i] for v in other[k].values()) for i in range(4)]
            if b != o:
                print(f"  {k}: recalled {b[0]}->{o[0]} precise {b[2]}/{b[3]}->{o[2]}/{o[3]}")
    else:
        raise SystemExit(__doc__)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
