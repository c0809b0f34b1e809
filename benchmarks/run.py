"""``python -m benchmarks.run``: every system x every dataset in one run; quality, speed, memory; one report.

Writes ``benchmarks/reports/<name>/report.md``, ``results.json`` and PNG plots (see :mod:`benchmarks.report`).
Units: characters are Unicode code points (budgets count non-whitespace characters), times are wall-clock
seconds, memory is bytes in ``results.json`` and MiB in the report. ``--help`` lists the flags.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.datasets import DATASETS, Dataset, load_dataset, shared_dir
from benchmarks.oracle import aspect_oracle, oracle_summary
from benchmarks.systems import SYSTEMS, System
from benchmarks.venvs import PEER_ENVS, VENV_ROOT, ensure_envs
from benchmarks.workers import Worker, idle_rss, run_documents, worker_env

REPO = Path(__file__).resolve().parents[1]
PEERS_DIR = Path(__file__).resolve().parent / "peers"
REPORTS_DIR = Path(__file__).resolve().parent / "reports"
QUICK_LIMIT = 20
QUICK_RESAMPLES = 200
MAX_PASSES = 30


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _csv(value: str | None, known: dict, what: str) -> list[str]:
    if not value:
        return list(known)
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"error: unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})")
    return [n for n in known if n in names]  # canonical order


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description="Run every summarizer on every shared dataset; write report.md, results.json and plots.",
    )
    p.add_argument("--name", help="report folder name under --reports-dir (default: 'latest', or 'quick' with --quick)")
    p.add_argument("--reports-dir", type=Path, default=REPORTS_DIR, help="where report folders go (default: %(default)s)")
    p.add_argument("--quick", action="store_true",
                   help=f"small run for CI: {QUICK_LIMIT} records per dataset, {QUICK_RESAMPLES} bootstrap resamples")
    p.add_argument("--systems", help="comma-separated systems (default: all): " + ", ".join(SYSTEMS))
    p.add_argument("--datasets", help="comma-separated datasets (default: all): " + ", ".join(DATASETS))
    p.add_argument("--limit", type=int, help="at most N records per ROUGE dataset (file order; default: all)")
    p.add_argument("--no-peers", action="store_true", help="skip the peers (no virtual environments are created)")
    p.add_argument("--model", type=Path, help="seq2seq checkpoint directory for ours-seq2seq (not run without it)")
    p.add_argument("--resamples", type=int, help=f"bootstrap resamples (default 1000; --quick: {QUICK_RESAMPLES})")
    p.add_argument("--repeats", type=int,
                   help="least timing passes over the long documents; each document's fastest pass counts "
                        "(default 3; --quick: 1)")
    p.add_argument("--timing-seconds", type=float,
                   help=f"more passes over a long dataset (at most {MAX_PASSES}) until this many seconds were "
                        "measured (default 2; --quick: 0)")
    p.add_argument("--timing-cap", type=float,
                   help="no further timing pass over a long dataset once this many seconds were measured on it, "
                        "even below --repeats (slow peers on the long-document sets: default 20; --quick: 0)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    p.add_argument("--doc-timeout", type=float, default=120.0,
                   help="seconds one document may take before its worker is killed (default: %(default)s)")
    p.add_argument("--venv-dir", type=Path, default=VENV_ROOT, help="peer virtual environments (default: %(default)s)")
    p.add_argument("--shared-dir", type=Path, help="shared folder (default: $SUMMARIZER_SHARED_DIR or ../shared)")
    p.add_argument("--save-outputs", action="store_true", help="also write outputs.jsonl (every summary)")
    args = p.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        p.error("--limit must be >= 1")
    if args.limit is None and args.quick:
        args.limit = QUICK_LIMIT
    if args.repeats is None:
        args.repeats = 1 if args.quick else 3
    if args.repeats < 1:
        p.error("--repeats must be >= 1")
    if args.timing_seconds is None:
        args.timing_seconds = 0.0 if args.quick else 2.0
    if args.timing_cap is None:
        args.timing_cap = 0.0 if args.quick else 20.0
    if args.resamples is None:
        args.resamples = QUICK_RESAMPLES if args.quick else 1000
    if args.name is None:
        args.name = "quick" if args.quick else "latest"
    if "/" in args.name or args.name in ("", ".", ".."):
        p.error("--name must be a plain folder name")
    return args


# ------------------------------------------------------------------------------------------ metadata


def machine_info() -> dict:
    """CPU model, logical cores, RAM (bytes), OS and Python of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) * 1024
                break
    except (OSError, ValueError):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_bytes": ram, "os": platform.platform(),
            "python": platform.python_version()}


def our_versions() -> dict:
    """Versions of ours and of the libraries in our interpreter, plus the git commit (read-only)."""
    import importlib.metadata as md

    import summarizer

    out = {"summarizer": summarizer.__version__, "python": platform.python_version()}
    for pkg in ("jieba", "numpy", "rouge-score", "matplotlib", "tqdm"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            out[pkg] = None
    try:
        rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=10)
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10)
        if rev.returncode == 0:
            out["git_commit"] = rev.stdout.strip() + ("+local changes" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        pass
    return out


def cpu_snapshot() -> dict | None:
    """Busy CPU seconds of the whole machine (``/proc/stat``) and of this process tree (getrusage), now."""
    import resource

    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    except (OSError, ValueError, IndexError):
        return None
    hz = os.sysconf("SC_CLK_TCK")
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    ours = sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))
    return {"machine_busy_s": (user + nice + system + irq + softirq + steal) / hz, "ours_s": ours,
            "wall_s": time.monotonic()}


def background_load(before: dict | None, after: dict | None) -> dict | None:
    """Average cores kept busy during the run by everything, by our run (runner + reaped workers), and by others."""
    if not before or not after or after["wall_s"] <= before["wall_s"]:
        return None
    wall = after["wall_s"] - before["wall_s"]
    total = (after["machine_busy_s"] - before["machine_busy_s"]) / wall
    ours = (after["ours_s"] - before["ours_s"]) / wall
    return {"wall_seconds": wall, "cores_busy_total": total, "cores_busy_ours": ours,
            "cores_busy_others": max(0.0, total - ours), "cores": os.cpu_count()}


# ------------------------------------------------------------------------------------------ running


def _docs_for(system: System, ds: Dataset):
    return ds.raw_docs if system.view == "raw" else ds.docs


def _applies(system: System, ds: Dataset) -> bool:
    return system.scope == "all" or ds.spec.long


def _first_pass(system: System, ds: Dataset) -> list[tuple[str, str, int, int | None]]:
    """(id, text, k, budget) requests of ``system`` on ``ds``, one per document."""
    return [(f"{ds.name}/{d.id}", d.text, d.k, d.budget) for d in _docs_for(system, ds)]


def _plan(system: System, datasets: list[Dataset], args, bar, seconds: dict[str, float]):
    """Yield the requests of ``system``: every document once; the long datasets' documents again (ids ending in
    ``@2``, ``@3``, ...) until at least ``args.repeats`` passes were made and at least ``args.timing_seconds``
    seconds were measured on that dataset (at most :data:`MAX_PASSES`), but no further pass once
    ``args.timing_cap`` seconds were measured (when > 0: one pass of a slow peer over a long set takes minutes).
    ``seconds`` (id -> seconds of each error-free answer) is filled while the requests are answered. Each document's fastest pass is its time:
    one pass over CLTS takes tens of milliseconds for the fast systems, too short to time once on a shared VM."""
    for ds in datasets:
        base = _first_pass(system, ds)
        yield from base
        if not ds.spec.long:
            continue
        passes = 1
        spent = sum(seconds.get(i, 0.0) for i, *_ in base)
        cap = getattr(args, "timing_cap", 0.0) or float("inf")
        while passes < MAX_PASSES and (passes < args.repeats or spent < args.timing_seconds) and spent < cap:
            if not any(i in seconds for i, *_ in base):
                break  # nothing was answered: there is no timing to repeat
            passes += 1
            bar.total += len(base)
            bar.refresh()
            for i, text, k, budget in base:
                yield f"{i}@{passes}", text, k, budget
            spent += sum(seconds.get(f"{i}@{passes}", 0.0) for i, *_ in base)


def run_system(system: System, datasets: list[Dataset], args, env_status: dict, bar) -> dict:
    """Run one system over its datasets in one worker process; return its raw record (answers included)."""
    rec: dict = {"name": system.name, "kind": system.kind, "description": system.description, "env": system.env,
                 "state": "ok", "reason": None, "errors": [], "idle_rss_bytes": None, "peak_rss_bytes": None,
                 "ready_seconds": None, "answers": {}}
    mine = [ds for ds in datasets if _applies(system, ds)]
    n_docs = sum(len(_first_pass(system, ds)) for ds in mine)

    def skip(state: str, reason: str) -> dict:
        rec.update(state=state, reason=reason)
        bar.update(n_docs)
        _log(f"{system.name}: {state}: {reason[:300]}")
        return rec

    if not mine:
        return skip("not run", "no selected dataset applies (it runs on long documents only)")
    if system.name == "ours-seq2seq" and args.model is None:
        return skip("not run", "no model (pass --model DIR)")
    if system.kind == "peer":
        if args.no_peers:
            return skip("not run", "--no-peers")
        st = env_status.get(system.env) or {}
        if st.get("state") != "ok":
            return skip("failed", f"virtual environment '{system.env}' could not be installed: {st.get('error')}")
        python = st["python"]
        env = worker_env(isolated=True)
    else:
        python = sys.executable
        env = worker_env(extra_pythonpath=str(REPO), isolated=False)
    argv = [python, str(PEERS_DIR / system.worker[0]), *system.worker[1:]]
    if system.name == "ours-seq2seq":
        argv += ["--model", str(args.model)]
    code, rss, err = idle_rss(argv, env, cwd=REPO)
    rec["idle_rss_bytes"] = rss
    if code != 0:
        return skip("failed", f"the worker does not start (exit {code}): {err}")
    bar.set_postfix_str(system.name)
    seconds: dict[str, float] = {}

    def seen(doc_id: str, answer) -> None:
        if not answer.error:
            seconds[doc_id] = answer.seconds

    answers, errors, peaks, ready = run_documents(
        lambda: Worker(argv, env, REPO), _plan(system, mine, args, bar, seconds), timeout=args.doc_timeout,
        on_done=lambda: bar.update(1), on_answer=seen)
    rec.update(answers=answers, errors=errors, ready_seconds=ready, peak_rss_bytes=max(peaks) if peaks else None)
    doc_errors = [e for e in errors if not e["id"].startswith("__")]
    first_pass_failed = sum(1 for e in doc_errors if "@" not in e["id"])
    if (not answers and errors) or (n_docs and first_pass_failed >= n_docs):
        first = next((e for e in errors if e["kind"] != "skipped"), errors[0])
        rec.update(state="failed", reason=first["message"][:1500])
    elif doc_errors:
        rec.update(state="partial", reason=f"{first_pass_failed} of {n_docs} documents failed (scored as empty "
                   f"output; {len(doc_errors) - first_pass_failed} timing repeats failed too); first: "
                   f"{doc_errors[0]['message'][:500]}")
    elif errors:
        rec["reason"] = f"note: {errors[0]['message'][:500]}"
    if rec["reason"]:
        _log(f"{system.name}: {rec['state']}: {rec['reason'][:300]}")
    return rec


def run_oracle(datasets: list[Dataset], bar) -> dict:
    """The greedy oracle (in-process: it reads the references): sentences per ``dataset/doc id``."""
    from benchmarks.workers import Response
    from summarizer.sentences import split_sentences

    answers = {}
    bar.set_postfix_str("oracle")
    for ds in datasets:
        gold = {g.index: [*g.challenges, *g.recommendations] for g in ds.gold}
        for d in ds.docs:
            t0 = time.perf_counter()
            if ds.spec.kind == "rouge":
                sents = oracle_summary(d.text, d.reference, d.k, d.budget)
            else:
                idx = int(d.id.rsplit("-", 1)[1])
                sents = aspect_oracle([s.text for s in split_sentences(d.text)], gold.get(idx, []), d.k)
            answers[f"{ds.name}/{d.id}"] = Response(f"{ds.name}/{d.id}", "".join(sents), sents,
                                                    time.perf_counter() - t0)
            bar.update(1)
    return {"name": "oracle", "kind": "oracle", "description": SYSTEMS["oracle"].description, "env": None,
            "state": "ok", "reason": None, "errors": [], "idle_rss_bytes": None, "peak_rss_bytes": None,
            "ready_seconds": None, "answers": answers}


# ------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    t_start = time.perf_counter()
    system_names = _csv(args.systems, SYSTEMS, "systems")
    dataset_names = _csv(args.datasets, DATASETS, "datasets")
    shared = args.shared_dir or shared_dir()
    data_dir = shared / "data"
    if not data_dir.is_dir():
        _log(f"error: no shared data at {data_dir} (set SUMMARIZER_SHARED_DIR or --shared-dir)")
        return 2
    out_dir = args.reports_dir / args.name
    out_dir.mkdir(parents=True, exist_ok=True)
    command = "python -m benchmarks.run" + ("" if not (argv if argv is not None else sys.argv[1:]) else
                                            " " + shlex.join(argv if argv is not None else sys.argv[1:]))

    from tqdm import tqdm

    datasets: list[Dataset] = []
    dataset_errors: dict[str, str] = {}
    for name in dataset_names:
        try:
            datasets.append(load_dataset(DATASETS[name], data_dir, args.limit))
        except Exception as exc:  # noqa: BLE001 - a missing/broken dataset is reported, the rest still run
            dataset_errors[name] = f"{type(exc).__name__}: {exc}"[:1000]
            _log(f"dataset {name} not loaded: {dataset_errors[name]}")
    _log("datasets: " + ", ".join(f"{d.name} ({len(d.docs)} docs, B={d.budget}, k={d.spec.k})" for d in datasets))

    systems = [SYSTEMS[n] for n in system_names]
    env_names = [s.env for s in systems if s.kind == "peer" and s.env]
    env_status: dict[str, dict] = {}
    if env_names and not args.no_peers:
        _log(f"peer environments under {args.venv_dir}: {', '.join(dict.fromkeys(env_names))} (created on first use)")
        env_status = ensure_envs(env_names, root=args.venv_dir)
        for n, st in env_status.items():
            _log(f"  {n}: {st['state']}{' (reused)' if st['reused'] else ''} in {st['seconds']:.0f} s"
                 + (f": {st['error'][:300]}" if st["error"] else ""))

    total = sum(len(_first_pass(s, d)) for s in systems for d in datasets if _applies(s, d))
    raw: dict[str, dict] = {}
    t_run = time.perf_counter()
    cpu_before = cpu_snapshot()
    with tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, desc="benchmark", mininterval=1.0) as bar:
        for s in systems:
            if s.kind == "oracle":
                raw[s.name] = run_oracle(datasets, bar)
            else:
                raw[s.name] = run_system(s, datasets, args, env_status, bar)
    run_seconds = time.perf_counter() - t_run
    load = background_load(cpu_before, cpu_snapshot())

    _log("scoring")
    from benchmarks.report import build_results, write_report

    meta = {
        "name": args.name,
        "command": command,
        "started_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "quick": args.quick,
        "limit": args.limit,
        "resamples": args.resamples,
        "bootstrap_seed": args.seed,
        "timing_repeats": args.repeats,
        "timing_seconds": args.timing_seconds,
        "timing_max_passes": MAX_PASSES,
        "timing_cap_seconds": args.timing_cap,
        "doc_timeout_s": args.doc_timeout,
        "shared_dir": str(shared),
        "machine": machine_info(),
        "ours": our_versions(),
        "peer_envs": {n: {k: v for k, v in st.items()} for n, st in env_status.items()},
        "peer_env_specs": {n: {"requirements": list(e.requirements), "pins": e.pins} for n, e in PEER_ENVS.items()},
        "dataset_errors": dataset_errors,
        "run_seconds": run_seconds,
        "background_load": load,
    }
    results = build_results(meta, datasets, systems, raw, args.resamples, args.seed)
    results["meta"]["total_seconds"] = time.perf_counter() - t_start
    write_report(out_dir, results)
    if args.save_outputs:
        with (out_dir / "outputs.jsonl").open("w", encoding="utf-8") as fh:
            for name, rec in raw.items():
                for doc_id, a in rec.get("answers", {}).items():
                    fh.write(json.dumps({"system": name, "id": doc_id, "summary": a.summary,
                                         "sentences": a.sentences, "error": a.error}, ensure_ascii=False) + "\n")
    _log(f"report: {out_dir / 'report.md'} ({time.perf_counter() - t_start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
