"""The Ray engine against the local engine on the same documents: documents/s at 1 and 2 CPUs, Ray's start-up.

    python -m benchmarks.ray_run --docs 2000 [--cpus 1,2] [--out-dir DIR]

1. Writes ``--docs`` files with :func:`benchmarks.batch_run.make_corpus` (essays in seven formats and
   encodings, one in five a bad file of six kinds; the outcome of every file is known).
2. For each CPU count N: ``summarizer summarize DIR -o out.jsonl --workers N`` (local engine) and
   ``summarizer summarize DIR -o OUT --engine ray --num-cpus N`` (a local Ray of N CPUs, N actors), each a fresh
   process, timed from start to exit; and the same two commands on one document, whose time is the fixed
   cost of a run (interpreter, imports, dictionary; for Ray also starting Ray and its actors).
3. Checks that both engines wrote the same records (every id once, equal records) and the expected outcomes.

Reported per run: wall time, documents/s over the wall time, and documents/s once started
(``docs / (wall - wall of the one-document run)``); Ray's start-up overhead is its one-document run minus
the local engine's. Prints a Markdown report and writes it with the raw figures (JSON) to ``--out-dir``
(default ``benchmarks/reports/ray-run/``). Needs the ``ray`` extra. Everything runs on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the test file makers (PDF, DOCX, HTML) are shared with the tests

from benchmarks.batch_run import cli, env, make_corpus  # noqa: E402


def timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    result = subprocess.run(cli(*args), cwd=REPO, env=env(), capture_output=True, text=True, timeout=7200)
    wall = time.perf_counter() - t0
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return wall, result


def local_records(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())}


def ray_records(directory: Path) -> dict[str, dict]:
    from summarizer.distributed import read_output

    records = read_output(str(directory))
    got = {r["id"]: r for r in records}
    if len(got) != len(records):
        raise SystemExit(f"{directory}: an id twice")
    return got


def run(corpus: Path, single: Path, work: Path, cpus: int) -> dict[str, object]:
    figures: dict[str, object] = {"cpus": cpus}
    for engine in ("local", "ray"):
        out = work / f"{engine}-{cpus}"
        one = work / f"{engine}-{cpus}-one"
        extra = ["--workers", str(cpus)] if engine == "local" else ["--engine", "ray", "--num-cpus", str(cpus)]
        if engine == "local":
            out, one = out.with_suffix(".jsonl"), one.with_suffix(".jsonl")
        wall_one, _ = timed(["summarize", str(single), "-o", str(one), "--quiet", *extra])
        wall, result = timed(["summarize", str(corpus), "-o", str(out), "--quiet", *extra])
        records = local_records(out) if engine == "local" else ray_records(out)
        figures[engine] = {"wall_s": round(wall, 1), "one_doc_wall_s": round(wall_one, 1), "records": len(records),
                           "exit_code": result.returncode}
        figures[f"{engine}_records"] = records
        print(f"{engine} at {cpus} CPU(s): {wall:.1f} s for {len(records)} records; one document {wall_one:.1f} s",
              file=sys.stderr, flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--cpus", default="1,2", help="CPU counts to run at, comma-separated.")
    parser.add_argument("--out-dir", type=Path, default=REPO / "benchmarks" / "reports" / "ray-run")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="summarizer-ray-run-"))
    try:
        corpus = work / "corpus"
        expected = make_corpus(corpus, args.docs)
        single = work / "single.txt"
        single.write_bytes(Path(next(k for k, v in expected.items() if v is None and k.endswith(".txt"))).read_bytes())
        rows = []
        for cpus in (int(c) for c in args.cpus.split(",")):
            figures = run(corpus, single, work, cpus)
            local, ray_ = figures.pop("local_records"), figures.pop("ray_records")
            outcomes = {k: (r.get("error") or {}).get("type") for k, r in ray_.items()}
            figures["same_records"] = local == ray_
            figures["expected_outcomes"] = outcomes == expected
            rows.append(figures)
        load = tuple(round(x, 2) for x in os.getloadavg())
        report = render(args.docs, rows, load)
        (args.out_dir / "report.md").write_text(report, encoding="utf-8")
        (args.out_dir / "figures.json").write_text(json.dumps({"docs": args.docs, "runs": rows, "load": load},
                                                              indent=2), encoding="utf-8")
        print(report)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def render(docs: int, rows: list[dict], load: tuple[float, ...]) -> str:
    lines = [
        f"# Ray engine and local engine: {docs:,} documents", "",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}; load average "
        f"at the end {load}. Corpus: `benchmarks.batch_run.make_corpus` (seven formats and encodings, one file in "
        "five bad). Each run is a fresh `summarizer summarize` process, timed from start to exit.", "",
        "| engine | CPUs | wall time (s) | documents/s | one-document run (s) | documents/s once started | "
        "same records as local | expected outcomes |",
        "|---|---:|---:|---:|---:|---:|:---:|:---:|",
    ]
    for row in rows:
        for engine in ("local", "ray"):
            f = row[engine]
            steady = docs / max(1e-9, f["wall_s"] - f["one_doc_wall_s"])
            lines.append(f"| {engine} | {row['cpus']} | {f['wall_s']} | {docs / f['wall_s']:.1f} | "
                         f"{f['one_doc_wall_s']} | {steady:.1f} | "
                         f"{'—' if engine == 'local' else ('yes' if row['same_records'] else 'NO')} | "
                         f"{'—' if engine == 'local' else ('yes' if row['expected_outcomes'] else 'NO')} |")
    lines += ["", "Ray's start-up overhead (its one-document run minus the local engine's): " + ", ".join(
        f"{row['ray']['one_doc_wall_s'] - row['local']['one_doc_wall_s']:.1f} s at {row['cpus']} CPU(s)"
        for row in rows) + ".", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
