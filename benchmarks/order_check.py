"""``python -m benchmarks.order_check``: does a document's output depend on the documents summarized before it?

For every document of ``benchmarks/data/aspects/docs`` and ``shared/data/aspects_dev/docs`` and the raw seed, the
output of :func:`summarizer.summarize` (its JSON, ``DocumentSummary.model_dump_json`` with the source name fixed) is
computed

* **alone**: in a process forked, for that document only, from a parent that imported :mod:`summarizer` and
  summarized nothing (the state of a fresh process, without paying the interpreter's start-up per document);
* **in sequence**: in one process that summarizes all the documents in forward order, in reverse order and in a
  shuffled order (``--seed``), each order in its own process.

A document whose output in a sequence differs from its output alone is printed with the order and the parts that
differ (the essays' points, summaries, or other fields). The library keeps per-process memos
(``functools.lru_cache``, ``aspects._remembered``, lexicon caches); a memo whose answer reads more than its key makes
outputs order dependent, a correctness fault for a service answering many users in one process. Exit status 1 when
any document differs.

Usage::

    python -m benchmarks.order_check                 # all ~617 documents, 2 workers: a few minutes on 2 cores
    python -m benchmarks.order_check --limit 100 --orders forward,reverse

Options: ``--setting`` (an option set of :data:`benchmarks.output_hashes.SETTINGS`: ``default`` or ``kp_coll``),
``--workers`` (processes for the alone pass, default 2), ``--orders`` (comma-separated of forward, reverse,
shuffled), ``--seed`` (of the shuffled order), ``--limit`` (the first N documents only), ``--shared-dir``.
Start method ``fork`` (POSIX) is required: the alone pass forks each document's process from the clean parent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import sys
from pathlib import Path

from benchmarks.datasets import shared_dir
from benchmarks.output_hashes import corpus_documents

__all__ = ["documents", "output", "main"]

REPO = Path(__file__).resolve().parents[1]
_DOCS: list[tuple[str, tuple[str, str]]] = []
_OPTIONS: dict = {}


def documents(shared: Path) -> list[tuple[str, tuple[str, str]]]:
    """``(name, (kind, value))`` of every document checked (:func:`benchmarks.output_hashes.corpus_documents`: the
    aspect corpus, aspects_dev and the seed)."""
    return corpus_documents(shared)


def output(item: tuple[str, tuple[str, str]]) -> dict:
    """The parts of one document's output compared: ``{"hash": first 16 hex digits of SHA-256 of the JSON,
    "points": [per essay: [(aspect, text, start, end)...]], "summaries": [per essay: summary text],
    "rest": hash of the JSON without essays}``, or ``{"hash": "ERR:..."}`` when summarizing raised."""
    from summarizer import summarize
    from summarizer.readers import read_path

    name, (kind, value) = item
    try:
        result = (summarize(read_path(value), **_OPTIONS) if kind == "path"
                  else summarize(value, max_chars=200_000, **_OPTIONS))
        result = result.model_copy(update={"source": name})
        data = json.loads(result.model_dump_json())
    except Exception as exc:  # noqa: BLE001 - an error is an output too
        return {"hash": f"ERR:{type(exc).__name__}:{str(exc)[:200]}"}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    essays = data.get("essays") or []
    points = [[(p.get("aspect"), p.get("text"), p.get("start"), p.get("end")) for p in _points(e)] for e in essays]
    summaries = [e.get("summary") for e in essays]
    rest = {k: v for k, v in data.items() if k != "essays"}
    return {"hash": _digest(text), "points": points, "summaries": summaries,
            "essays_other": _digest(json.dumps([{k: v for k, v in e.items() if k not in ("summary", "points",
                                                  "challenges", "recommendations")} for e in essays],
                                                sort_keys=True, ensure_ascii=False)),
            "rest": _digest(json.dumps(rest, sort_keys=True, ensure_ascii=False))}


def _points(essay: dict) -> list[dict]:
    found = []
    for key in ("points", "challenges", "recommendations"):
        value = essay.get(key)
        if isinstance(value, list):
            found.extend(p if isinstance(p, dict) else {"text": str(p)} for p in value)
    return found


def _digest(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:16]


def _alone(index: int) -> tuple[int, dict]:
    return index, output(_DOCS[index])


def _sequence(order: list[int]) -> dict[int, dict]:
    return {i: output(_DOCS[i]) for i in order}


def _differences(a: dict, b: dict) -> list[str]:
    parts = [k for k in ("points", "summaries", "essays_other", "rest") if a.get(k) != b.get(k)]
    return parts or (["error"] if a.get("hash") != b.get("hash") else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.order_check", description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="processes of the alone pass (default 2)")
    parser.add_argument("--orders", default="forward,reverse,shuffled", help="sequences run, comma-separated")
    parser.add_argument("--seed", type=int, default=26, help="seed of the shuffled order")
    parser.add_argument("--limit", type=int, default=None, help="check the first N documents only")
    parser.add_argument("--shared-dir", type=Path, default=None, help="shared folder (default: $SUMMARIZER_SHARED_DIR"
                        " or ../shared)")
    parser.add_argument("--setting", default="default", help="option set of benchmarks.output_hashes.SETTINGS"
                        " (default, kp_coll)")
    parser.add_argument("--out", type=Path, default=None, help="write the differing documents as JSON")
    args = parser.parse_args(argv)
    import summarizer  # noqa: F401 - imported in the parent so each fork starts from the same clean state

    from benchmarks.output_hashes import SETTINGS

    if args.setting not in SETTINGS:
        parser.error(f"unknown setting {args.setting!r} ({', '.join(SETTINGS)})")
    _OPTIONS.clear()
    _OPTIONS.update(SETTINGS[args.setting])
    _DOCS[:] = documents(args.shared_dir or shared_dir())[: args.limit]
    n = len(_DOCS)
    orders = {}
    for name in (o.strip() for o in args.orders.split(",") if o.strip()):
        if name == "forward":
            orders[name] = list(range(n))
        elif name == "reverse":
            orders[name] = list(range(n))[::-1]
        elif name == "shuffled":
            order = list(range(n))
            random.Random(args.seed).shuffle(order)
            orders[name] = order
        else:
            parser.error(f"unknown order {name!r} (forward, reverse, shuffled)")
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(max(1, len(orders))) as seq_pool:
        pending = {name: seq_pool.apply_async(_sequence, (order,)) for name, order in orders.items()}
        with ctx.Pool(max(1, args.workers), maxtasksperchild=1) as pool:
            alone = {}
            for index, result in pool.imap_unordered(_alone, range(n)):
                alone[index] = result
                if len(alone) % 50 == 0:
                    print(f"  alone: {len(alone)} of {n}", file=sys.stderr, flush=True)
        sequences = {name: job.get() for name, job in pending.items()}
    found: dict[str, dict[str, list[str]]] = {}
    for name, outputs in sequences.items():
        for i in range(n):
            parts = _differences(alone[i], outputs[i])
            if parts:
                found.setdefault(_DOCS[i][0], {})[name] = parts
    print(f"{n} documents, orders {', '.join(orders)}: {len(found)} differ from the document summarized alone")
    for doc, by_order in sorted(found.items()):
        print(f"  {doc}: " + "; ".join(f"{o}: {', '.join(p)}" for o, p in by_order.items()))
    if args.out:
        args.out.write_text(json.dumps({doc: {"orders": by_order, "alone": alone[idx],
                                              "in_sequence": {o: sequences[o][idx] for o in by_order}}
                                        for idx, (doc, _) in enumerate(_DOCS) if (by_order := found.get(doc))},
                                       ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
