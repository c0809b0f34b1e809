"""A large batch run with bad files mixed in, and a kill-and-resume run: every id accounted for, none twice.

    python -m benchmarks.batch_run --docs 10000 --workers 2 [--out-dir DIR] [--skip-clean-run]

1. Writes ``--docs`` files into a folder: policy essays (1,000-3,000 characters, each different) as UTF-8,
   GB18030, Big5 (Traditional), UTF-16 with BOM text, web pages (HTML with navigation and footer), .docx,
   .pdf with a text layer; and, one file in five, a bad one: a scanned PDF, binary data named .txt, an empty
   or punctuation-only text, a broken .docx, a damaged PDF. The expected outcome of every file is known.
2. Clean run: ``summarizer summarize DIR -o out.jsonl --workers N``; wall time, documents per second.
3. Fault run, on a fresh output: a worker process is killed (SIGKILL) at 20 % of the records, the whole
   run is killed (SIGKILL) at 50 %, then ``--resume`` finishes it. Checked: no half line after the kill,
   every id exactly once, every record as expected (no ``worker_crashed``: the killed worker's input was
   redone), records written before the kill kept as they were.

Prints a Markdown report and writes it, with the raw figures as JSON, to ``--out-dir`` (default
``benchmarks/reports/batch-run/``). Everything runs on this machine; nothing is sent anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the test file makers (PDF, DOCX, HTML) are shared with the tests

TOPICS = ["基层治理", "农村养老", "河长制", "社区垃圾分类", "乡村文化建设", "应急管理", "老旧小区改造", "营商环境",
          "数字政府", "生态保护", "义务教育", "医疗保障", "就业服务", "粮食安全", "城市更新"]
PROBLEMS = ["人员编制不足，专业力量薄弱", "经费保障不够，运转比较困难", "群众参与度不高，协同机制缺失",
            "制度设计不完善，责任边界模糊", "信息化水平低，数据共享不畅", "考核评价单一，激励作用有限",
            "基础设施老化，维护资金短缺", "政策宣传不到位，知晓率偏低"]
MEASURES = ["充实基层队伍，加强业务培训", "加大财政投入，完善经费保障机制", "畅通参与渠道，激发群众活力",
            "健全制度体系，明确各方责任", "推进数字化建设，打通数据壁垒", "完善考核办法，强化正向激励",
            "更新基础设施，建立长效管护机制", "创新宣传方式，提高政策知晓率"]


def essay(i: int, rng: random.Random) -> list[str]:
    """A different essay for each ``i``: title, background, 存在的问题 and 对策建议 sections (1-3k chars)."""
    topic = TOPICS[i % len(TOPICS)]
    lines = [f"关于{topic}工作的调查与思考（第{i}号）"]
    for _ in range(rng.randint(2, 6)):
        lines.append(f"近年来，{topic}工作取得明显成效，第{rng.randint(1, 99)}项试点经验在全省推广，"
                     f"群众满意度提升到{rng.randint(70, 99)}%。但对照新要求，仍有不少短板需要补齐。")
    lines.append("一、存在的问题")
    for n, problem in enumerate(rng.sample(PROBLEMS, 3)):
        lines.append(f"{'一二三'[n]}是{problem}。{topic}工作中，这一问题在{rng.randint(2, 30)}个乡镇较为突出，"
                     "影响了工作的整体推进。")
    lines.append("二、对策建议")
    for n, measure in enumerate(rng.sample(MEASURES, 3)):
        lines.append(f"{'一二三'[n]}是{measure}。要结合{topic}实际，力争在{rng.randint(2025, 2035)}年前"
                     "取得实质进展。")
    return lines


def make_corpus(root: Path, count: int, seed: int = 7) -> dict[str, str | None]:
    """Write ``count`` files under ``root``; returns path -> expected error type (``None``: a summary)."""
    import files_fixtures as F

    rng = random.Random(seed)
    expected: dict[str, str | None] = {}
    scanned = F.make_scanned_pdf(2)
    for i in range(count):
        lines = essay(i, rng)
        text = "\n".join(lines) + "\n"
        kind = i % 10
        bad = i % 5 == 4
        folder = root / f"batch{i // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if bad:
            which = (i // 5) % 6
            name, data, error = [
                (f"scan{i:05d}.pdf", scanned, "no_text_layer"),
                (f"binary{i:05d}.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(512), "decode_error"),
                (f"empty{i:05d}.txt", "。。。\n\n".encode("utf-8"), "empty_input"),
                (f"broken{i:05d}.docx", b"PK\x03\x04" + rng.randbytes(200), "decode_error"),
                (f"damaged{i:05d}.pdf", b"%PDF-1.7\n" + rng.randbytes(300), "decode_error"),
                (f"nul{i:05d}.txt", text.encode("utf-16-le"), "decode_error"),  # UTF-16 without BOM: NULs
            ][which]
        elif kind in (0, 5):
            name, data, error = f"doc{i:05d}.txt", text.encode("gb18030"), None
        elif kind == 1:
            name, data, error = f"doc{i:05d}.txt", text.encode("utf-8"), None
        elif kind == 2:
            import opencc

            traditional = opencc.OpenCC("s2t").convert(text)
            name, data, error = f"doc{i:05d}.txt", traditional.encode("big5", errors="replace"), None
        elif kind == 3:
            name, data, error = f"doc{i:05d}.html", F.page_html("utf-8", lines).encode("utf-8"), None
        elif kind == 6:
            name, data, error = f"doc{i:05d}.docx", F.make_docx(lines), None
        elif kind == 7:
            name, data, error = f"doc{i:05d}.pdf", F.make_pdf([lines[: len(lines) // 2], lines[len(lines) // 2:]]), None
        else:
            name, data, error = f"doc{i:05d}.txt", b"\xff\xfe" + text.encode("utf-16-le"), None
        path = folder / name
        path.write_bytes(data)
        expected[str(path)] = error
    return expected


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "summarizer.cli", *args]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check(records: list[dict], expected: dict[str, str | None]) -> dict[str, object]:
    ids = [r["id"] for r in records]
    got = {r["id"]: (r.get("error") or {}).get("type") for r in records}
    wrong = {k: (got.get(k), v) for k, v in expected.items() if got.get(k, "MISSING") != v}
    errors: dict[str, int] = {}
    for kind in got.values():
        if kind:
            errors[kind] = errors.get(kind, 0) + 1
    return {
        "records": len(records), "unique_ids": len(set(ids)), "duplicates": len(ids) - len(set(ids)),
        "missing": len(set(expected) - set(ids)), "unexpected": len(set(ids) - set(expected)),
        "wrong_outcome": len(wrong), "wrong_examples": dict(list(wrong.items())[:5]), "errors_by_type": errors,
        "summaries": sum(1 for k in got.values() if k is None),
    }


def wait_lines(path: Path, n: int, proc: subprocess.Popen, limit_s: float = 3600) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            raise RuntimeError(f"the run ended (status {proc.returncode}) before {n} records")
        time.sleep(0.2)
    raise RuntimeError(f"fewer than {n} records after {limit_s} s")


def clean_run(corpus: Path, out: Path, workers: int, expected: dict[str, str | None]) -> dict[str, object]:
    started = time.perf_counter()
    result = subprocess.run(cli("summarize", str(corpus), "-o", str(out), "--workers", str(workers), "--quiet"),
                            cwd=REPO, env=env(), capture_output=True, text=True)
    wall = time.perf_counter() - started
    figures = check(read_records(out), expected)
    figures.update(wall_s=round(wall, 1), docs_per_s=round(len(expected) / wall, 1), exit_code=result.returncode)
    return figures


def fault_run(corpus: Path, out: Path, workers: int, expected: dict[str, str | None]) -> dict[str, object]:
    import psutil

    total = len(expected)
    started = time.perf_counter()
    proc = subprocess.Popen(cli("summarize", str(corpus), "-o", str(out), "--workers", str(workers), "--quiet"),
                            cwd=REPO, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_lines(out, total // 5, proc)
    worker = psutil.Process(proc.pid).children()[0]
    os.kill(worker.pid, signal.SIGKILL)
    wait_lines(out, total // 2, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    first_leg = time.perf_counter() - started
    raw = out.read_bytes()
    before = [json.loads(line)["id"] for line in raw.splitlines()]
    resumed_at = time.perf_counter()
    result = subprocess.run(cli("summarize", str(corpus), "-o", str(out), "--workers", str(workers), "--resume"),
                            cwd=REPO, env=env(), capture_output=True, text=True)
    second_leg = time.perf_counter() - resumed_at
    records = read_records(out)
    figures = check(records, expected)
    figures.update(
        records_before_kill=len(before), whole_lines_after_kill=raw.endswith(b"\n"),
        kept_as_they_were=[r["id"] for r in records[: len(before)]] == before,
        worker_crashed=sum(1 for r in records if (r.get("error") or {}).get("type") == "worker_crashed"),
        first_leg_s=round(first_leg, 1), resume_leg_s=round(second_leg, 1), exit_code=result.returncode,
        resume_summary=result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "",
    )
    return figures


def report(args: argparse.Namespace, expected: dict[str, str | None], clean: dict | None, fault: dict) -> str:
    bad = sum(1 for v in expected.values() if v)
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    lines = [
        f"# Batch run: {len(expected):,} documents, {bad:,} of them bad", "",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}; "
        f"`--workers {args.workers}`; load average at the end {tuple(round(x, 2) for x in load)}.", "",
        "Formats: GB18030, UTF-8, Big5 (Traditional), UTF-16 (BOM) text, HTML pages, .docx, .pdf (text layer); bad "
        "files: scanned PDFs, binary .txt, punctuation-only text, broken .docx, damaged PDFs, UTF-16 without BOM.", "",
    ]
    if clean:
        lines += [
            "## Clean run", "",
            "| documents | wall time | documents/s | summaries | error records | missing | duplicates | wrong outcome |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {clean['records']:,} | {clean['wall_s']} s | {clean['docs_per_s']} | {clean['summaries']:,} | "
            f"{sum(clean['errors_by_type'].values()):,} | {clean['missing']} | {clean['duplicates']} | "
            f"{clean['wrong_outcome']} |", "",
            "Error records by type: " + ", ".join(f"`{k}` {v:,}" for k, v in sorted(clean["errors_by_type"].items()))
            + f". Exit code {clean['exit_code']} (1: some inputs failed).", "",
        ]
    lines += [
        "## Kill and resume", "",
        "A worker SIGKILLed at 20 % of the records, the whole run SIGKILLed at 50 %, then `--resume`.", "",
        "| records before the kill | whole lines after the kill | kept as they were | records after resume | "
        "unique ids | missing | duplicates | wrong outcome | worker_crashed | killed leg | resume leg |",
        "|---:|:---:|:---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {fault['records_before_kill']:,} | {fault['whole_lines_after_kill']} | {fault['kept_as_they_were']} | "
        f"{fault['records']:,} | {fault['unique_ids']:,} | {fault['missing']} | {fault['duplicates']} | "
        f"{fault['wrong_outcome']} | {fault['worker_crashed']} | {fault['first_leg_s']} s | {fault['resume_leg_s']} s |",
        "", f"Resume's closing line: `{fault['resume_summary']}`", "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out-dir", type=Path, default=REPO / "benchmarks" / "reports" / "batch-run")
    parser.add_argument("--skip-clean-run", action="store_true", help="Only the kill-and-resume run.")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="summarizer-batch-run-"))
    try:
        corpus = work / "corpus"
        t0 = time.perf_counter()
        expected = make_corpus(corpus, args.docs)
        print(f"wrote {len(expected):,} files in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        clean = None if args.skip_clean_run else clean_run(corpus, work / "clean.jsonl", args.workers, expected)
        if clean:
            print(json.dumps(clean, ensure_ascii=False), file=sys.stderr)
        fault = fault_run(corpus, work / "fault.jsonl", args.workers, expected)
        print(json.dumps(fault, ensure_ascii=False), file=sys.stderr)
        text = report(args, expected, clean, fault)
        (args.out_dir / "report.md").write_text(text, encoding="utf-8")
        (args.out_dir / "figures.json").write_text(json.dumps({"clean": clean, "fault": fault}, indent=2,
                                                              ensure_ascii=False), encoding="utf-8")
        print(text)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
