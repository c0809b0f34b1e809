"""``python -m benchmarks.output_sample``: the full JSON output of the pipeline on a sample, to show that a speed-up
changes nothing (perf49).

Writes one JSON line per input, ``{"in": name, "out": DocumentSummary JSON or "ERR <class> <message>"}``: ``--count``
corpus documents of ``benchmarks/data/aspects/docs`` (evenly spaced by id among the ids below ``--below``, 6340 by
default: the blind Parts are never read), every ``aspects_dev`` document, and the raw seed, ``realistic_100k`` and
``yishi_lines_100k`` of :mod:`benchmarks.adversarial` with the default options and with ``max_keyphrases=20,
theme_threshold=0.5, max_points=50``. Unlike :mod:`benchmarks.output_hashes` the whole output is kept, so a
difference can be read. ``--compare BEFORE AFTER`` prints the inputs whose lines differ (exit status 1 when any
does). Run the two trees with ``PYTHONPATH`` (the one whose ``summarizer`` is imported writes the file)::

    PYTHONPATH=/path/to/base python -m benchmarks.output_sample --out /tmp/before.jsonl
    PYTHONPATH=. python -m benchmarks.output_sample --out /tmp/after.jsonl
    python -m benchmarks.output_sample --compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.datasets import shared_dir

REPO = Path(__file__).resolve().parents[1]
#: The option sets of the adversarial texts (name -> keyword overrides).
SETTINGS = {"default": {}, "kp_coll": {"max_keyphrases": 20, "theme_threshold": 0.5, "max_points": 50}}
#: The adversarial generators run (the two 100k inputs over 2 s).
TEXTS = ("realistic_100k", "yishi_lines_100k")


def corpus_sample(count: int, below: int) -> list[Path]:
    """``count`` documents of the aspect corpus whose id (the file name's stem) is below ``below``, evenly spaced
    by id (all of them when there are fewer)."""
    docs = REPO / "benchmarks" / "data" / "aspects" / "docs"
    files = sorted((p for p in docs.iterdir() if p.name.split(".")[0].isdigit() and int(p.name.split(".")[0]) < below),
                   key=lambda p: int(p.name.split(".")[0]))
    if len(files) <= count:
        return files
    step = len(files) / count
    return [files[int(i * step)] for i in range(count)]


def outputs(count: int, below: int, shared: Path):
    """``(name, output)`` of every input of the module docstring, in order."""
    from benchmarks.adversarial import CASES
    from summarizer import summarize
    from summarizer.decode import decode_bytes
    from summarizer.readers import read_path

    dev = shared / "data" / "aspects_dev" / "docs"
    for p in corpus_sample(count, below) + (sorted(dev.iterdir()) if dev.is_dir() else []):
        try:
            out = summarize(read_path(str(p))).model_copy(update={"source": p.name}).model_dump_json()
        except Exception as exc:  # noqa: BLE001 - an error is an output too
            out = f"ERR {type(exc).__name__} {exc}"
        yield p.name, out
    texts = {}
    seed = shared / "data" / "seed" / "seed.txt"
    if seed.is_file():
        texts["seed"] = decode_bytes(seed.read_bytes())[0]
    texts.update((name, CASES[name][0]()) for name in TEXTS)
    for name, text in texts.items():
        for setting, overrides in SETTINGS.items():
            try:
                out = summarize(text, max_chars=200_000, **overrides).model_dump_json()
            except Exception as exc:  # noqa: BLE001
                out = f"ERR {type(exc).__name__} {exc}"
            yield f"{name}:{setting}", out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.output_sample", description=__doc__.split("\n")[0])
    parser.add_argument("--out", help="write the outputs to this JSONL file")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="list the inputs whose outputs differ")
    parser.add_argument("--count", type=int, default=200, help="corpus documents (default 200)")
    parser.add_argument("--below", type=int, default=6340, help="only corpus ids below this (default 6340)")
    args = parser.parse_args(argv)
    if args.compare:
        a, b = ([json.loads(line) for line in Path(f).read_text(encoding="utf-8").splitlines()] for f in args.compare)
        before, after = {r["in"]: r["out"] for r in a}, {r["in"]: r["out"] for r in b}
        differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        print(f"{len(before)} / {len(after)} inputs; {len(differ)} differ" + "".join(f"\n  {k}" for k in differ))
        return 1 if differ else 0
    if not args.out:
        parser.error("give --out FILE or --compare BEFORE AFTER")
    n = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for name, out in outputs(args.count, args.below, shared_dir()):
            fh.write(json.dumps({"in": name, "out": out}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} inputs written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
