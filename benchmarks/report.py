"""Scoring the raw answers and writing the report: ``results.json``, ``report.md`` and PNG plots.

Units everywhere: ROUGE scores are F1 ratios in [0, 1] at a named tokenization (``char`` or ``jieba-word``, never
mixed); speed is input characters (code points) per second and documents per second of the system's own
per-document time (wall clock, one process, one BLAS thread); memory is the peak resident set size of the
worker process in bytes (MiB in the report, 1 MiB = 1,048,576 bytes).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

from benchmarks.oracle import POINT_CHARS, clip_point, truncate_chars

__all__ = ["BUDGET_RULE", "RSS_TARGET", "SPEED_TARGETS", "build_results", "cluster_bootstrap_ci", "render_markdown",
           "speed_targets", "write_plots", "write_report"]

MIB = 1024 * 1024
STAGES = ("decode_clean", "structure", "tokenize", "rank", "output")
OURS = "ours-textrank"

BUDGET_RULE = (
    "ROUGE datasets: every system gets the same k sentences (k = 1 for LCSTS/CSL/CLGE headlines and titles, "
    "k = 3 for CLTS/CLTS+ news and CFBenchmark report highlights, k = 4 for VCSum meeting segments and LexEval "
    "legal news: the budget over our splitter's median sentence length, rounded) and is told the same character "
    "budget B = the mean reference length of the evaluated records (non-whitespace characters, punctuation counted, rounded). Whatever a system returns is "
    "joined in document order and cut to its first B non-whitespace characters, identically for every system, "
    "so no system gains from longer output (ours-textrank also stops selecting before passing B, as "
    "extract(budget_chars=B) does). Seed essays (aspect points, no ROUGE): every system gets the cleaned essays "
    "(summarizer.clean.clean + summarizer.essays.split_essays) and k_e picks per essay, k_e = the number of "
    f"points our pipeline returns for that essay; every pick is cut to {POINT_CHARS} characters (the pipeline's "
    "max_point_chars). Peers' picks are scored with score_pooled against both aspects' reference points "
    "together; our pipeline (run on the whole raw seed.txt) is scored with score_aspects and pooled."
)


# ------------------------------------------------------------------------------------------ scoring


def _fastest(answers: dict, key: str):
    """The error-free answer for ``key`` with the least ``seconds`` over its timing passes (``key``, ``key@2``,
    ...), or ``None``."""
    found = []
    n = 1
    while True:
        a = answers.get(key if n == 1 else f"{key}@{n}")
        if a is None:
            break
        if not a.error:
            found.append(a)
        n += 1
    return min(found, key=lambda a: a.seconds) if found else None


def _passes(answers: dict, key: str) -> int:
    n = 1
    while f"{key}@{n + 1}" in answers:
        n += 1
    return n if key in answers else 0


def _speed(ds, docs, answers: dict) -> dict:
    ok = [(d, a) for d in docs if (a := _fastest(answers, f"{ds.name}/{d.id}")) is not None]
    passes = max((_passes(answers, f"{ds.name}/{d.id}") for d in docs), default=0)
    chars = sum(d.chars for d, _ in ok)
    seconds = sum(a.seconds for _, a in ok)
    cpu = [_least_cpu(answers, f"{ds.name}/{d.id}") for d, _ in ok]
    cpu_seconds = sum(cpu) if ok and all(c is not None for c in cpu) else None
    return {
        "n_timed": len(ok),
        "passes": passes,
        "chars": chars,
        "seconds": seconds,
        "chars_per_s": chars / seconds if seconds > 0 else None,
        "docs_per_s": len(ok) / seconds if seconds > 0 else None,
        "cpu_seconds": cpu_seconds,
        "chars_per_cpu_s": chars / cpu_seconds if cpu_seconds else None,
    }


def _least_cpu(answers: dict, key: str) -> float | None:
    vals = []
    n = 1
    while (a := answers.get(key if n == 1 else f"{key}@{n}")) is not None:
        if not a.error and a.cpu_seconds is not None:
            vals.append(a.cpu_seconds)
        n += 1
    return min(vals) if vals else None


def cluster_bootstrap_ci(values, groups: Sequence, resamples: int, seed: int,
                         confidence: float = 0.95) -> list[tuple[float, float]]:
    """Percentile bootstrap intervals of the mean of each column of ``values`` (shape ``(n,)`` or ``(n, m)``)
    when the items come in correlated groups (``groups[i]``: item i's group, e.g. VCSum's meeting): whole groups
    are resampled with replacement and each resample's statistic is the mean over all items of the groups drawn
    (the cluster bootstrap; Davison & Hinkley 1997, sec. 3.8). Returns one ``(low, high)`` per column.

    Raises :class:`ValueError` when ``values`` and ``groups`` differ in length or are empty."""
    import numpy as np

    arr = np.asarray(values, dtype=float)
    if arr.ndim == 1:
        arr = arr[:, None]
    if len(arr) != len(groups) or not len(arr):
        raise ValueError(f"{len(arr)} values for {len(groups)} groups")
    names = sorted(set(groups), key=str)
    index = {g: i for i, g in enumerate(names)}
    gid = np.array([index[g] for g in groups])
    sums = np.zeros((len(names), arr.shape[1]))
    np.add.at(sums, gid, arr)
    sizes = np.bincount(gid, minlength=len(names)).astype(float)
    rng = np.random.default_rng(seed)
    counts = rng.multinomial(len(names), np.full(len(names), 1.0 / len(names)), size=resamples)  # (R, G)
    means = (counts @ sums) / (counts @ sizes)[:, None]
    alpha = (1.0 - confidence) / 2.0
    lows, highs = np.percentile(means, [100 * alpha, 100 * (1 - alpha)], axis=0)
    return [(float(lo), float(hi)) for lo, hi in zip(lows, highs, strict=True)]


def _paired(a: dict[str, float], b: dict[str, float], resamples: int, seed: int,
            groups: dict[str, str] | None = None) -> dict | None:
    """Mean of the per-item differences ``a - b`` with a percentile bootstrap interval (whole groups resampled
    when ``groups`` maps item ids to groups)."""
    from summarizer.evaluation.bootstrap import bootstrap_ci

    ids = [i for i in a if i in b]
    if not ids:
        return None
    diffs = [a[i] - b[i] for i in ids]
    if groups:
        (low, high), = cluster_bootstrap_ci(diffs, [groups.get(i, i) for i in ids], resamples, seed)
        return {"n": len(ids), "diff_mean": sum(diffs) / len(diffs), "diff_ci": [low, high],
                "bootstrap_unit": "group", "n_groups": len({groups.get(i, i) for i in ids})}
    ci = bootstrap_ci(diffs, n_resamples=resamples, seed=seed)
    return {"n": len(ids), "diff_mean": ci.mean, "diff_ci": [ci.low, ci.high]}


def _regroup_intervals(score: dict, corpus, groups: dict[str, str], resamples: int, seed: int, unit: str) -> None:
    """Replace the item-bootstrap intervals of ``score`` (a ``CorpusScore.to_dict()``) by cluster-bootstrap ones."""
    types = list(score["scores"])
    fields = ("precision", "recall", "f1")
    matrix = [[getattr(p.scores[t], f) for t in types for f in fields] for p in corpus.items]
    cis = cluster_bootstrap_ci(matrix, [groups.get(p.id, p.id) for p in corpus.items], resamples, seed)
    k = 0
    for t in types:
        for f in fields:
            score["scores"][t]["ci"][f] = list(cis[k])
            k += 1
    score["bootstrap"]["unit"] = unit
    score["bootstrap"]["n_groups"] = len({groups.get(p.id, p.id) for p in corpus.items})


def build_results(meta: dict, datasets: Sequence, systems: Sequence, raw: dict, resamples: int, seed: int) -> dict:
    """Score every system's answers; return the JSON-ready results (no per-item lists, no texts)."""
    from summarizer.evaluation.aspects import score_aspects, score_pooled
    from summarizer.evaluation.rouge import RougeEvaluator

    evaluators = {u: RougeEvaluator(u) for u in ("char", "word")}
    results: dict = {"meta": dict(meta), "budget_rule": BUDGET_RULE, "datasets": {}, "systems": {},
                     "comparisons": {}}
    results["meta"]["units"] = {
        "rouge": "F1/P/R ratios in [0, 1]; tokenization 'char' (one token per CJK character) or 'jieba-word'",
        "speed": "characters (code points) of input per second; documents per second; seconds of wall-clock time "
                 "(long documents: the fastest of the timing passes of each document)",
        "memory": "bytes (peak resident set size of the worker process, os.wait4 ru_maxrss)",
    }
    for ds in datasets:
        results["datasets"][ds.name] = {
            "description": ds.spec.description, "path": ds.spec.path, "kind": ds.spec.kind, "k": ds.spec.k,
            "budget_chars": ds.budget, "n_docs": len(ds.docs), "n_available": ds.n_available, "long": ds.spec.long,
            "chars_total": sum(d.chars for d in ds.docs), "raw_chars_total": sum(d.chars for d in ds.raw_docs),
            "notes": ds.notes,
            "docs_without_cjk_terminator": sum(1 for d in ds.docs if not any(c in d.text for c in "。！？")),
        }
    per_item: dict[tuple[str, str], dict[str, float]] = {}
    for s in systems:
        rec = raw.get(s.name)
        if rec is None:
            continue
        answers = rec.get("answers", {})
        out = {k: rec[k] for k in ("kind", "description", "env", "state", "reason", "idle_rss_bytes",
                                   "peak_rss_bytes", "ready_seconds")}
        out["n_errors"] = len(rec.get("errors", []))
        out["errors"] = rec.get("errors", [])[:10]
        peak, idle = rec.get("peak_rss_bytes"), rec.get("idle_rss_bytes")
        out["peak_minus_idle_bytes"] = peak - idle if peak is not None and idle is not None else None
        out["datasets"] = {}
        if rec["state"] in ("ok", "partial"):
            for ds in datasets:
                if not (s.scope == "all" or ds.spec.long):
                    continue
                docs = ds.raw_docs if s.view == "raw" else ds.docs
                entry: dict = {"input": "raw seed.txt" if (s.view == "raw" and ds.spec.kind == "aspects") else "docs",
                               "n_docs": len(docs)}
                entry["n_failed"] = sum(1 for d in docs if f"{ds.name}/{d.id}" not in answers
                                        or answers[f"{ds.name}/{d.id}"].error)
                if s.kind != "oracle":
                    entry.update(_speed(ds, docs, answers))
                if s.name == "ours-pipeline":
                    stages = {k: 0.0 for k in STAGES}
                    for d in docs:
                        a = _fastest(answers, f"{ds.name}/{d.id}")
                        if a is not None:
                            for k in STAGES:
                                stages[k] += float(a.extra.get("stages", {}).get(k, 0.0))
                    entry["stages_seconds"] = stages
                    entry["unattributed_seconds"] = max(0.0, entry["seconds"] - sum(stages.values()))
                if s.kind == "floor":
                    entry["tokens"] = sum(int(answers[f"{ds.name}/{d.id}"].extra.get("tokens", 0))
                                          for d in docs if f"{ds.name}/{d.id}" in answers)
                if s.scored and ds.spec.kind == "rouge":
                    hyps = []
                    for d in docs:
                        a = answers.get(f"{ds.name}/{d.id}")
                        hyps.append(truncate_chars(a.summary, d.budget) if a and not a.error else "")
                    refs = [d.reference for d in docs]
                    ids = [d.id for d in docs]
                    groups = {d.id: d.group for d in docs if d.group is not None}
                    entry["rouge"] = {}
                    for unit, ev in evaluators.items():
                        corpus = ev.score_corpus(hyps, refs, ids, n_resamples=resamples, seed=seed)
                        entry["rouge"][corpus.tokenization] = corpus.to_dict(include_items=False)
                        if groups:
                            _regroup_intervals(entry["rouge"][corpus.tokenization], corpus, groups, resamples,
                                               seed, ds.spec.group_field)
                        if unit == "char":
                            per_item[(s.name, ds.name)] = {p.id: p.scores["rougeL"].f1 for p in corpus.items}
                    entry["output_chars_mean_before_cut"] = (
                        sum(len(answers[f"{ds.name}/{d.id}"].summary) for d in docs if f"{ds.name}/{d.id}" in answers)
                        / max(1, sum(1 for d in docs if f"{ds.name}/{d.id}" in answers)))
                elif s.scored and ds.spec.kind == "aspects":
                    entry["aspects"] = _score_seed(s, ds, answers, score_aspects, score_pooled)
                out["datasets"][ds.name] = entry
        results["systems"][s.name] = out
    # ours vs the best peer, per ROUGE dataset: ROUGE-L F1 (char), paired bootstrap of the per-item difference
    for ds in datasets:
        if ds.spec.kind != "rouge":
            continue
        peers = [(n, r) for n, r in results["systems"].items()
                 if r["kind"] == "peer" and "rouge" in r["datasets"].get(ds.name, {})]
        ours = results["systems"].get(OURS, {}).get("datasets", {}).get(ds.name, {})
        if not peers or "rouge" not in ours:
            continue
        best, best_rec = max(peers, key=lambda p: p[1]["datasets"][ds.name]["rouge"]["char"]["scores"]["rougeL"]["f1"])
        cmp = {"metric": "ROUGE-L F1 (char)", "ours": OURS, "best_peer": best,
               "ours_f1": ours["rouge"]["char"]["scores"]["rougeL"]["f1"],
               "best_peer_f1": best_rec["datasets"][ds.name]["rouge"]["char"]["scores"]["rougeL"]["f1"]}
        groups = {d.id: d.group for d in ds.docs if d.group is not None}
        paired = _paired(per_item[(OURS, ds.name)], per_item[(best, ds.name)], resamples, seed, groups)
        if paired:
            cmp.update(paired)
        results["comparisons"][ds.name] = cmp
    # the essay summary (ours-pipeline) vs lead-k on the long ROUGE sets: paired ROUGE-L F1 (char)
    results["pipeline_vs_lead"] = {}
    for ds in datasets:
        if ds.spec.kind != "rouge" or not ds.spec.long:
            continue
        a, b = per_item.get(("ours-pipeline", ds.name)), per_item.get(("lead", ds.name))
        if a and b:
            groups = {d.id: d.group for d in ds.docs if d.group is not None}
            paired = _paired(a, b, resamples, seed, groups)
            if paired:
                results["pipeline_vs_lead"][ds.name] = {"metric": "ROUGE-L F1 (char)", **paired}
    return results


def _score_seed(system, ds, answers: dict, score_aspects, score_pooled) -> dict:
    out: dict = {"unit": "characters (LCS of content characters >= 0.6 of the length)"}
    if system.view == "raw":
        a = answers.get(f"{ds.name}/seed.txt")
        if a is None or a.error:
            return {"error": a.error if a else "no answer"}
        preds = {int(k): v for k, v in a.extra.get("predictions", {}).items()}
        per = score_aspects(preds, ds.gold)
        pooled = score_pooled({i: [*v["challenges"], *v["recommendations"]] for i, v in preds.items()}, ds.gold)
        out["per_aspect"] = per.to_dict()
        out["pooled"] = pooled.to_dict()
        return out
    preds = {}
    for d in ds.docs:
        a = answers.get(f"{ds.name}/{d.id}")
        preds[int(d.id.rsplit("-", 1)[1])] = [clip_point(x) for x in a.sentences][: d.k] if a and not a.error else []
    out["pooled"] = score_pooled(preds, ds.gold).to_dict()
    return out


# ------------------------------------------------------------------------------------------ formatting


def _f(x, nd: int = 3) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{nd}f}"


def _mib(x) -> str:
    return "n/a" if x is None else f"{x / MIB:,.0f}"


def _rate(x) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def _rouge(entry: dict, unit: str = "char", metric: str = "rougeL") -> dict | None:
    r = (entry or {}).get("rouge", {}).get(unit)
    return None if r is None else r["scores"][metric]


def _cell(entry: dict, unit: str = "char", metric: str = "rougeL", ci: bool = True) -> str:
    s = _rouge(entry, unit, metric)
    if s is None:
        return "—"
    txt = _f(s["f1"])
    if ci:
        lo, hi = s["ci"]["f1"]
        txt += f" <sub>[{lo:.3f}, {hi:.3f}]</sub>"
    n_failed = entry.get("n_failed", 0)
    if n_failed:
        txt += f" ⚠{n_failed}"
    return txt


def _status_note(rec: dict) -> str:
    if rec["state"] == "ok":
        return ""
    return f"{rec['state']}: {rec['reason']}" if rec.get("reason") else rec["state"]


def passes_phrase(meta: dict) -> str:
    """The report's words for how many timing passes each long document got, from ``results.json``'s ``meta``
    (``timing_max_passes``, ``timing_seconds``, ``timing_cap_seconds``): ``"more, up to 30, until 2 s were measured
    per dataset, and no more once 20 s were"``; a run with no time target (``--quick``: 0 s) says so instead of
    "until 0 s were measured", and a cap of 0 is "no cap" (try53)."""
    seconds = meta.get("timing_seconds") or 0
    cap = meta.get("timing_cap_seconds") or 0
    if seconds <= 0:
        return "no further pass: no time target was set"
    phrase = f"more, up to {meta.get('timing_max_passes', 1)}, until {seconds:g} s were measured per dataset"
    return phrase + (f", and no more once {cap:g} s were" if cap > 0 else ", with no cap")


def render_markdown(results: dict, plots: dict[str, str]) -> str:
    """The human-readable report (Markdown)."""
    meta = results["meta"]
    m = meta["machine"]
    ours = meta["ours"]
    systems = results["systems"]
    dsets = results["datasets"]
    rouge_ds = [n for n, d in dsets.items() if d["kind"] == "rouge"]
    long_ds = [n for n, d in dsets.items() if d["long"]]
    L: list[str] = []
    L.append(f"# Summarizer benchmark: `{meta['name']}`")
    L.append("")
    L.append(f"- **Command:** `{meta['command']}`" + (" (quick mode: subsets, light bootstrap)" if meta["quick"] else ""))
    L.append(f"- **Date (UTC):** {meta['started_utc']}; run {meta['run_seconds']:.0f} s, total "
             f"{meta.get('total_seconds', 0):.0f} s")
    ram = f"{m['ram_bytes'] / 2**30:.1f} GiB" if m.get("ram_bytes") else "n/a"
    L.append(f"- **Machine:** {m['cpu']}, {m['cores']} logical cores, {ram} RAM; {m['os']}")
    load = meta.get("background_load")
    if load:
        L.append(f"- **Load during the run:** {load['cores_busy_total']:.1f} of {load['cores']} cores busy on average, "
                 f"{load['cores_busy_ours']:.1f} by this run and {load['cores_busy_others']:.1f} by other processes"
                 + (" — the machine was shared, so wall-clock timings are noisy; CPU-time throughput is shown "
                    "next to them" if load["cores_busy_others"] > 0.2 else ""))
    L.append(f"- **Ours:** summarizer {ours.get('summarizer')} (git {ours.get('git_commit', 'n/a')}), Python "
             f"{ours.get('python')}, jieba {ours.get('jieba')}, numpy {ours.get('numpy')}, rouge-score "
             f"{ours.get('rouge-score')}")
    for n, st in meta.get("peer_envs", {}).items():
        kv = ", ".join(f"{k} {v}" for k, v in st.get("key_versions", {}).items() if v)
        py = (st.get("versions") or {}).get("python", "?")
        L.append(f"- **Peer env `{n}`:** {st['state']}" + (f" — Python {py}, {kv}" if st["state"] == "ok" else
                                                             f" — {st.get('error', '')[:300]}"))
    L.append(f"- **Data:** `{meta['shared_dir']}/data`; bootstrap: {meta['resamples']} percentile resamples, seed "
             f"{meta['bootstrap_seed']}, 95 % intervals; per-document timeout {meta['doc_timeout_s']:.0f} s")
    L.append("")
    L.append("**Budget rule.** " + results["budget_rule"])
    L.append("")
    L.append("| dataset | documents | k | B (chars) | what |")
    L.append("|---|---|---|---|---|")
    for n, d in dsets.items():
        docs = f"{d['n_docs']} of {d['n_available']}"
        L.append(f"| {n} | {docs} | {d['k'] if d['kind'] == 'rouge' else 'k_e'} | "
                 f"{d['budget_chars'] if d['budget_chars'] is not None else f'{POINT_CHARS}/pick'} | {d['description']} |")
    for n, err in meta.get("dataset_errors", {}).items():
        L.append(f"| {n} | **not loaded** | | | {err} |")
    L.append("")
    terms = [(n, note) for n, d in dsets.items() for note in d["notes"] if note.startswith(("terms:", "bootstrap unit",
                                                                                            ))
             or "left out" in note]
    if terms:
        L.append("Long-document sets: " + "; ".join(f"**{n}** {note}" for n, note in terms) + ". VCSum's segments "
                 "of one meeting share speakers and topic, so its intervals resample whole meetings. CFBenchmark is "
                 "for non-commercial research use only: its numbers are reported here, its data is not "
                 "redistributed.")
        L.append("")

    # ---- headline
    L.append("## Headline")
    L.append("")
    L.append("### ROUGE-L F1, unit: char (95 % bootstrap interval)")
    L.append("")
    L.append("| system | " + " | ".join(rouge_ds) + " |")
    L.append("|---|" + "---|" * len(rouge_ds))
    for name, rec in systems.items():
        if rec["kind"] == "floor":
            continue
        if rec["state"] in ("not run", "failed"):
            cells = [rec["state"]] * len(rouge_ds)
        else:
            cells = [_cell(rec["datasets"].get(d, {})) for d in rouge_ds]
        L.append(f"| {'**' + name + '**' if rec['kind'] == 'ours' else name} | " + " | ".join(cells) + " |")
    cmp = results.get("comparisons", {})
    if cmp:
        row = []
        for d in rouge_ds:
            c = cmp.get(d)
            if not c:
                row.append("—")
                continue
            ci = c.get("diff_ci")
            row.append(f"{c['diff_mean']:+.3f} <sub>[{ci[0]:+.3f}, {ci[1]:+.3f}]</sub> vs {c['best_peer']}"
                       if ci else "—")
        L.append("| *ours-textrank − best peer (paired)* | " + " | ".join(row) + " |")
    pvl = results.get("pipeline_vs_lead", {})
    if pvl:
        row = []
        for d in rouge_ds:
            c = pvl.get(d)
            row.append("—" if not c else f"{c['diff_mean']:+.3f} <sub>[{c['diff_ci'][0]:+.3f}, "
                       f"{c['diff_ci'][1]:+.3f}]</sub>")
        L.append("| *ours-pipeline − lead (paired)* | " + " | ".join(row) + " |")
    L.append("")
    L.append("⚠n: n documents failed (scored as empty output, 0.0). The oracle sees the reference: it is the "
             "extractive upper bound under the same budget, not a system. CLTS/CLTS+ have 7/5 public samples only: "
             "their intervals are wide and their numbers are for orientation.")
    L.append("")

    # ---- seed aspects
    if "seed" in dsets:
        L.append("### Seed essays: aspect points (unit: characters; LCS ≥ 0.6 of the length)")
        L.append("")
        L.append("| system | pooled recall | pooled precision | picks | avg chars / essay | per-aspect recall (ours) |")
        L.append("|---|---|---|---|---|---|")
        for name, rec in systems.items():
            a = rec["datasets"].get("seed", {}).get("aspects")
            if rec["kind"] == "floor" or (a is None and rec["state"] not in ("not run", "failed")):
                continue
            if a is None:
                L.append(f"| {name} | {rec['state']} | | | | |")
                continue
            if "error" in a:
                L.append(f"| {name} | error: {a['error'][:100]} | | | | |")
                continue
            p = a["pooled"]
            per = a.get("per_aspect")
            per_txt = (f"{_f(per['recall'])} (P {_f(per['precision'])}; {per['recalled']}/{per['references']})"
                       if per else "")
            L.append(f"| {'**' + name + '**' if rec['kind'] == 'ours' else name} | {_f(p['recall'])} "
                     f"({p['recalled']}/{p['references']}) | {_f(p['precision'])} ({p['precise']}/{p['predicted']}) | "
                     f"{p['predicted']} | {_f(p['avg_chars_per_essay'], 1)} | {per_txt} |")
        L.append("")

    # ---- speed & memory headline
    L.append("### Speed on the long documents and memory")
    L.append("")
    L.append("Input characters per second, single process, one BLAS thread, from the system's own per-document "
             "time: wall clock, and in parentheses the worker's CPU time (time.process_time), which other load on "
             "the machine disturbs less. On the long documents each document counts with its fastest pass of at "
             f"least {meta.get('timing_repeats', 1)} ({passes_phrase(meta)}; passes column); a warm-up document "
             "first loads dictionaries. Peak RSS: the worker process's own peak resident set size over the whole "
             "run (VmHWM of /proc/self/status; getrusage's ru_maxrss is not used because on Linux a child inherits "
             "its parent's high-water mark across fork+exec); Δ idle: minus an idle worker of the same system "
             "(interpreter and imports done, no document yet). ready s: seconds from starting the worker to its "
             "answer on a short warm-up text (imports, dictionaries).")
    L.append("")
    L.append("| system | " + " | ".join(f"{d} chars/s wall (CPU)" for d in long_ds) + " | passes | peak RSS MiB | "
             "Δ idle MiB | ready s |")
    L.append("|---|" + "---|" * (len(long_ds) + 4))
    for name, rec in systems.items():
        if rec["kind"] == "oracle":
            continue
        cells = []
        for d in long_ds:
            e = rec["datasets"].get(d)
            if not e or e.get("chars_per_s") is None:
                cells.append("—")
            else:
                cells.append(_rate(e["chars_per_s"]) + f" ({_rate(e.get('chars_per_cpu_s'))})"
                             + (" raw" if e.get("input") == "raw seed.txt" else ""))
        if rec["state"] in ("not run", "failed"):
            cells = [rec["state"]] * len(long_ds)
        passes = "/".join(str(rec["datasets"][d].get("passes", "")) for d in long_ds if d in rec["datasets"])
        L.append(f"| {'**' + name + '**' if rec['kind'] == 'ours' else name} | " + " | ".join(cells)
                 + f" | {passes or '—'} | {_mib(rec['peak_rss_bytes'])} | {_mib(rec['peak_minus_idle_bytes'])} | "
                 f"{_f(rec['ready_seconds'], 1)} |")
    L.append("")
    L.append("raw: our pipeline and the jieba floor get the whole raw seed.txt (decode, clean and essay split "
             "included); everyone else gets the cleaned essays.")
    ratio_lines = _speed_ratios(systems, long_ds)
    if ratio_lines:
        L.append("")
        L.extend(ratio_lines)
    target_lines = _speed_targets(systems, long_ds)
    if target_lines:
        L.append("")
        L.extend(target_lines)
    L.append("")
    for key, title in (("rouge", "ROUGE with 95 % intervals"), ("quality_speed", "Quality vs throughput"),
                       ("stages", "Our pipeline's stages vs the jieba floor")):
        if key in plots:
            L.append(f"![{title}]({plots[key]})")
            L.append("")

    # ---- details per dataset
    L.append("## ROUGE per dataset")
    L.append("")
    for d in rouge_ds:
        info = dsets[d]
        L.append(f"### {d}: {info['description']}")
        L.append("")
        L.append(f"{info['n_docs']} documents, k = {info['k']}, B = {info['budget_chars']} characters. "
                 + " ".join(info["notes"][1:]))
        L.append("")
        L.append("| system | R-1 F1 [char] | R-2 F1 [char] | R-L F1 [char] | R-1 F1 [jieba-word] | R-2 F1 [jieba-word] | "
                 "R-L F1 [jieba-word] | output chars (before cut) | empty | failed |")
        L.append("|---|---|---|---|---|---|---|---|---|---|")
        for name, rec in systems.items():
            e = rec["datasets"].get(d, {})
            if "rouge" not in e:
                continue
            c, w = e["rouge"]["char"], e["rouge"]["jieba-word"]
            L.append(f"| {name} | " + " | ".join(_f(x["scores"][t]["f1"]) for x in (c, w) for t in ("rouge1", "rouge2", "rougeL"))
                     + f" | {_f(e['output_chars_mean_before_cut'], 1)} | {c['empty_hypotheses']} | {e['n_failed']} |")
        L.append("")

    # ---- speed details
    L.append("## Speed on every dataset")
    L.append("")
    all_ds = list(dsets)
    L.append("Characters per second / documents per second (per-document wall-clock time inside the worker).")
    L.append("")
    L.append("| system | " + " | ".join(all_ds) + " |")
    L.append("|---|" + "---|" * len(all_ds))
    for name, rec in systems.items():
        if rec["kind"] == "oracle" or rec["state"] in ("not run", "failed"):
            continue
        cells = []
        for d in all_ds:
            e = rec["datasets"].get(d)
            cells.append("—" if not e or e.get("chars_per_s") is None else
                         f"{_rate(e['chars_per_s'])} / {_rate(e['docs_per_s'])}")
        L.append(f"| {name} | " + " | ".join(cells) + " |")
    L.append("")
    stage_lines = _stage_table(systems, long_ds)
    if stage_lines:
        L.append("### Our pipeline's stages (milliseconds per 1,000 input characters)")
        L.append("")
        L.extend(stage_lines)
        L.append("")

    # ---- peers & failures
    L.append("## Peers: environments, pins, failures")
    L.append("")
    for n, spec in meta.get("peer_env_specs", {}).items():
        st = meta.get("peer_envs", {}).get(n)
        state = "not created (--no-peers or not selected)" if st is None else (
            st["state"] + (" (reused)" if st.get("reused") else f" (created in {st['seconds']:.0f} s)"))
        L.append(f"- `{n}`: pip install {' '.join(spec['requirements'])} — {state}. {spec['pins']}")
        if st and st.get("error"):
            L.append(f"  - error: `{st['error'][:800]}`")
    problems = [(n, r) for n, r in systems.items() if r["state"] != "ok"]
    if problems:
        L.append("")
        L.append("Systems not run or not fully run:")
        L.append("")
        for n, r in problems:
            L.append(f"- **{n}**: {_status_note(r)[:1500]}")
            for e in r.get("errors", [])[:3]:
                L.append(f"  - `{e['id']}`: {e['kind']}: {e['message'][:300]}")
    empties = []
    for n, r in systems.items():
        parts = []
        for d in rouge_ds:
            c = r["datasets"].get(d, {}).get("rouge", {}).get("char")
            if c and c["empty_hypotheses"]:
                parts.append(f"{d} {c['empty_hypotheses']}/{c['n_items']}")
        if parts:
            empties.append(f"- **{n}**: " + ", ".join(parts))
    if empties:
        L.append("")
        L.append("Empty outputs (scored 0.0 and kept in the means), per dataset:")
        L.append("")
        L.extend(empties)
        if any(e.startswith("- **sumy") for e in empties):
            counts = ", ".join(f"{d}: {dsets[d]['docs_without_cjk_terminator']} of {dsets[d]['n_docs']}"
                               for d in rouge_ds if dsets[d].get("docs_without_cjk_terminator"))
            L.append("")
            L.append("sumy's Chinese tokenizer (as published) makes sentences only of text that ends in 。！？ (regex "
                     "`[^　！？。]*[！？。]`); text after the last such mark is dropped, and a document with none of "
                     "them has no sentence at all, so sumy returns nothing. CSL/CLGE abstracts often use ASCII `.` "
                     f"and `,` instead. Documents without 。！？: {counts}.")
    L.append("")
    L.append("Keyphrases (precision@10) and collection themes (B-cubed, 1,000-essay speed): [themes.md](themes.md), "
             "written by `python -m benchmarks.themes`.")
    L.append("")
    L.append("## Systems")
    L.append("")
    for n, r in systems.items():
        L.append(f"- **{n}** ({r['kind']}{', env ' + r['env'] if r['env'] else ''}): {r['description']}")
    L.append("")
    L.append("Outputs are put in document order before the cut (textrank4zh and SnowNLP return best-first; "
             "textrank4zh drops sentence terminators and SnowNLP cuts at commas and drops punctuation, as published). "
             "textrank4zh splits only at ?!;？！。；… and line breaks, SnowNLP at ，。？！； and line breaks: neither "
             "splits at ASCII '.' or ',', so on CSL/CLGE abstracts their one 'sentence' is often the whole abstract, "
             "which the cut to B turns into the lead (see the output length before the cut). "
             "ROUGE: Lin (2004) via rouge-score with the project's tokenizers (summarizer.evaluation); empty outputs "
             "score 0 and stay in the mean.")
    return "\n".join(L) + "\n"


def _speed_ratios(systems: dict, long_ds: list[str]) -> list[str]:
    lines = []
    pipe = systems.get("ours-pipeline", {}).get("datasets", {})
    for d in long_ds:
        base = pipe.get(d) or {}
        if not base.get("chars_per_s"):
            continue
        parts = []
        for other in ("textrank4zh", "sumy-textrank", "jieba-hmm", "jieba-nohmm"):
            o = systems.get(other, {}).get("datasets", {}).get(d, {})
            if o.get("chars_per_s"):
                txt = f"{other} {base['chars_per_s'] / o['chars_per_s']:.2f}×"
                if base.get("chars_per_cpu_s") and o.get("chars_per_cpu_s"):
                    txt += f" (CPU time {base['chars_per_cpu_s'] / o['chars_per_cpu_s']:.2f}×)"
                parts.append(txt)
        if parts:
            lines.append(f"- {d}: our full pipeline ({_rate(base['chars_per_s'])} chars/s) runs at "
                         + ", ".join(parts) + " the speed of " + ("each" if len(parts) > 1 else "it")
                         + " (>1: ours faster).")
    return lines


#: Issue 9's throughput targets for ours-pipeline: system -> least ratio (ours chars/s / theirs).
SPEED_TARGETS = {"textrank4zh": 20.0, "sumy-textrank": 3.0, "jieba-hmm": 0.5}
#: Issue 9's memory target for ours-pipeline's worker, bytes.
RSS_TARGET = 150 * MIB


def speed_targets(systems: dict, long_ds: list[str]) -> dict:
    """ours-pipeline's throughput ratios against :data:`SPEED_TARGETS` on each long dataset and on all of them
    pooled (characters and fastest-pass seconds summed), wall-clock and CPU time; ``met``: the wall-clock ratio
    reaches the target; ``short_by``: the share of the target missed (0.2: 20 % below)."""
    pipe = systems.get("ours-pipeline", {}).get("datasets", {})
    out: dict = {}
    pooled: dict = {}
    for d in [*long_ds, "all long sets"]:
        row = {}
        for other, target in SPEED_TARGETS.items():
            o = systems.get(other, {}).get("datasets", {})
            if d == "all long sets":
                ds_ok = [x for x in long_ds if (pipe.get(x) or {}).get("seconds") and (o.get(x) or {}).get("seconds")]
                if not ds_ok:
                    continue
                mine = sum(pipe[x]["chars"] for x in ds_ok) / sum(pipe[x]["seconds"] for x in ds_ok)
                theirs = sum(o[x]["chars"] for x in ds_ok) / sum(o[x]["seconds"] for x in ds_ok)
                cpu = None
                if all(pipe[x].get("cpu_seconds") and o[x].get("cpu_seconds") for x in ds_ok):
                    cpu = (sum(pipe[x]["chars"] for x in ds_ok) / sum(pipe[x]["cpu_seconds"] for x in ds_ok)) / (
                        sum(o[x]["chars"] for x in ds_ok) / sum(o[x]["cpu_seconds"] for x in ds_ok))
            else:
                a, b = pipe.get(d) or {}, o.get(d) or {}
                if not a.get("chars_per_s") or not b.get("chars_per_s"):
                    continue
                mine, theirs = a["chars_per_s"], b["chars_per_s"]
                cpu = (a["chars_per_cpu_s"] / b["chars_per_cpu_s"]
                       if a.get("chars_per_cpu_s") and b.get("chars_per_cpu_s") else None)
            ratio = mine / theirs
            row[other] = {"target": target, "ratio": ratio, "ratio_cpu": cpu, "met": ratio >= target,
                          "short_by": max(0.0, 1.0 - ratio / target)}
        if row:
            (pooled if d == "all long sets" else out)[d] = row
    out.update(pooled)
    return out


def _speed_targets(systems: dict, long_ds: list[str]) -> list[str]:
    t = speed_targets(systems, long_ds)
    if not t:
        return []
    L = ["**Issue 9 targets** (ours-pipeline's throughput, wall clock; CPU time in parentheses): "
         + ", ".join(f"≥ {v:g}× {k}" for k, v in SPEED_TARGETS.items()) + f"; peak RSS < {RSS_TARGET // MIB} MiB.",
         "", "| dataset | " + " | ".join(f"vs {k} (≥ {v:g}×)" for k, v in SPEED_TARGETS.items()) + " |",
         "|---|" + "---|" * len(SPEED_TARGETS)]
    for d, row in t.items():
        cells = []
        for k in SPEED_TARGETS:
            c = row.get(k)
            if c is None:
                cells.append("n/a")
                continue
            cpu = f" ({c['ratio_cpu']:.2f}×)" if c.get("ratio_cpu") else ""
            cells.append(f"{c['ratio']:.2f}×{cpu} " + ("met" if c["met"] else f"**missed by {c['short_by']:.0%}**"))
        L.append(f"| {d} | " + " | ".join(cells) + " |")
    peak = systems.get("ours-pipeline", {}).get("peak_rss_bytes")
    if peak:
        L.append("")
        L.append(f"ours-pipeline peak RSS: {_mib(peak)} MiB ({'under' if peak < RSS_TARGET else '**over**'} "
                 f"{RSS_TARGET // MIB} MiB).")
    return L


def _stage_table(systems: dict, long_ds: list[str]) -> list[str]:
    pipe = systems.get("ours-pipeline", {}).get("datasets", {})
    rows = []
    for d in long_ds:
        e = pipe.get(d)
        if not e or "stages_seconds" not in e or not e.get("chars"):
            continue
        per_k = 1000.0 / e["chars"] * 1000.0  # seconds -> ms per 1,000 chars
        cells = [_f(e["stages_seconds"][k] * per_k, 2) for k in STAGES]
        cells.append(_f(e["unattributed_seconds"] * per_k, 2))
        cells.append(_f(e["seconds"] * per_k, 2))
        floors = []
        for f in ("jieba-hmm", "jieba-nohmm"):
            fe = systems.get(f, {}).get("datasets", {}).get(d)
            floors.append(_f(fe["seconds"] * 1e6 / fe["chars"], 2) if fe and fe.get("chars") else "n/a")
        rows.append(f"| {d} ({e['chars']:,} chars) | " + " | ".join(cells + floors) + " |")
    if not rows:
        return []
    head = ("| dataset | decode+clean | structure | tokenize | rank | output | other | **total** | "
            "jieba HMM on | jieba HMM off |")
    note = ("tokenize (our segmentation calls, HMM on: the default rjieba backend for ours-pipeline) is the part "
            "comparable with the jieba floor over the same text; rank includes the MMR selection and the aspect "
            "points; other = time outside the timed stages (essay split, summary assembly). Wall-clock stage times: "
            "on a shared machine they carry its load (see the CPU-time column above).")
    return [head, "|---|" + "---|" * 9, *rows, "", note]


# ------------------------------------------------------------------------------------------ plots


_STYLE = {  # system -> (colour, marker): the same in every plot
    "ours-textrank": ("#d62728", "o"), "ours-pipeline": ("#ff7f0e", "o"), "ours-seq2seq": ("#8c564b", "o"),
    "lead": ("#7f7f7f", "s"), "oracle": ("#2ca02c", "*"),
    "textrank4zh": ("#1f77b4", "^"), "snownlp": ("#17becf", "v"),
    "sumy-lexrank": ("#9467bd", "D"), "sumy-textrank": ("#e377c2", "P"), "sumy-lsa": ("#bcbd22", "X"),
    "sumy-luhn": ("#393b79", "<"),
    "jieba-hmm": ("#aaaaaa", "|"), "jieba-nohmm": ("#cccccc", "|"),
}


def _style(name: str) -> tuple[str, str]:
    return _STYLE.get(name, ("#333333", "o"))


def write_plots(out_dir: Path, results: dict) -> dict[str, str]:
    """Write rouge.png, quality_speed.png and stages.png (those with data); return {key: file name}."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    plt.rcParams.update({"font.size": 8, "axes.titlesize": 9})
    written: dict[str, str] = {}
    systems = results["systems"]
    dsets = results["datasets"]
    rouge_ds = [n for n, d in dsets.items() if d["kind"] == "rouge"]

    # 1. ROUGE-1/2/L F1 (char) with CIs, one panel per dataset
    panels = [d for d in rouge_ds if any("rouge" in r["datasets"].get(d, {}) for r in systems.values())]
    if panels:
        ncol = min(3, len(panels))
        nrow = math.ceil(len(panels) / ncol)
        fig, axes = plt.subplots(nrow, ncol, figsize=(4.2 * ncol, 0.3 + 3.6 * nrow), squeeze=False)
        metrics = (("rouge1", "ROUGE-1", "#c6dbef"), ("rouge2", "ROUGE-2", "#fdd0a2"), ("rougeL", "ROUGE-L", "#d62728"))
        for ax, d in zip(axes.flat, panels):
            names = [n for n, r in systems.items() if "rouge" in r["datasets"].get(d, {})]
            h = 0.26
            top = 0.0
            for j, (t, label, col) in enumerate(metrics):
                vals, los, his = [], [], []
                for n in names:
                    s = systems[n]["datasets"][d]["rouge"]["char"]["scores"][t]
                    vals.append(s["f1"])
                    los.append(s["f1"] - s["ci"]["f1"][0])
                    his.append(s["ci"]["f1"][1] - s["f1"])
                    top = max(top, s["ci"]["f1"][1])
                ys = [i + (j - 1) * h for i in range(len(names))]
                ax.barh(ys, vals, height=h, color=col, label=label, xerr=[los, his],
                        error_kw={"elinewidth": 0.7, "capsize": 1.5, "ecolor": "#444444"})
                if t == "rougeL":
                    for y, v, hi in zip(ys, vals, his):
                        ax.text(v + hi + 0.01, y, f"{v:.3f}", va="center", fontsize=6.5)
            ax.set_yticks(range(len(names)))
            ax.set_yticklabels(names)
            for lab, n in zip(ax.get_yticklabels(), names):
                if systems[n]["kind"] == "ours":
                    lab.set_fontweight("bold")
                    lab.set_color(_style(n)[0])
            ax.invert_yaxis()
            ax.set_xlim(0, min(1.0, max(0.3, top + 0.12)))
            ax.grid(axis="x", alpha=0.3)
            info = dsets[d]
            ax.set_title(f"{d} (n={info['n_docs']}, k={info['k']}, B={info['budget_chars']} chars)")
            ax.set_xlabel("F1, char unit (bars: 95% bootstrap CI)")
        for ax in list(axes.flat)[len(panels):]:
            ax.axis("off")
        handles, labels = axes.flat[0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="lower center", ncol=3, frameon=False)
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        fig.savefig(out_dir / "rouge.png", dpi=80)
        plt.close(fig)
        written["rouge"] = "rouge.png"

    # 2. quality vs throughput, one panel per dataset, one shared legend
    if panels:
        ncol = min(3, len(panels))
        nrow = math.ceil(len(panels) / ncol)
        spare_panel = nrow * ncol > len(panels)
        fig, axes = plt.subplots(nrow, ncol, figsize=(4.0 * ncol + (0 if spare_panel else 1.6), 0.2 + 3.2 * nrow),
                                 squeeze=False)
        seen: dict[str, Line2D] = {}
        for ax, d in zip(axes.flat, panels):
            ymax = 0.0
            for n, r in systems.items():
                e = r["datasets"].get(d, {})
                if "rouge" not in e:
                    continue
                f1 = e["rouge"]["char"]["scores"]["rougeL"]["f1"]
                ymax = max(ymax, f1)
                col, mk = _style(n)
                if r["kind"] == "oracle":
                    ax.axhline(f1, color=col, ls="--", lw=1)
                    seen.setdefault(n, Line2D([], [], color=col, ls="--", label="oracle (upper bound, no speed)"))
                    continue
                if not e.get("chars_per_s"):
                    continue
                ax.scatter(e["chars_per_s"], f1, color=col, marker=mk, s=46 if r["kind"] == "ours" else 32,
                           zorder=3, edgecolors="black" if r["kind"] == "ours" else "none", linewidths=0.6)
                seen.setdefault(n, Line2D([], [], color=col, marker=mk, ls="", label=n))
            ax.set_xscale("log")
            ax.set_xlabel("input characters / second (log)")
            ax.set_ylabel("ROUGE-L F1 (char)")
            ax.set_title(f"{d} (n={dsets[d]['n_docs']})")
            ax.grid(alpha=0.3, which="both")
            ax.set_ylim(0, ymax * 1.12 + 0.01)
        spare = list(axes.flat)[len(panels):]
        for ax in spare:
            ax.axis("off")
        if spare:  # the legend goes into the first empty panel
            spare[0].legend(handles=list(seen.values()), loc="center", frameon=False, fontsize=8, ncol=2,
                            title="system (marker = system; ours outlined)")
            fig.tight_layout()
        else:
            fig.legend(handles=list(seen.values()), loc="center right", frameon=False, fontsize=7.5)
            fig.tight_layout(rect=(0, 0, 1 - 1.7 / (4.0 * ncol + 1.6), 1))
        fig.savefig(out_dir / "quality_speed.png", dpi=80)
        plt.close(fig)
        written["quality_speed"] = "quality_speed.png"

    # 3. our pipeline's stages vs the jieba floor (and others), ms per 1,000 characters, linear axis
    long_ds = [n for n, d in dsets.items() if d["long"]]
    pipe = systems.get("ours-pipeline", {}).get("datasets", {})
    rows = [d for d in long_ds if pipe.get(d, {}).get("stages_seconds") and pipe[d].get("chars")]
    if rows:
        fig, axes = plt.subplots(1, len(rows), figsize=(4.3 * len(rows), 3.1), squeeze=False)
        stage_colors = ["#8c564b", "#e377c2", "#bcbd22", "#17becf", "#ff7f0e", "#c7c7c7"]
        stage_names = ["decode+clean", "structure", "tokenize (jieba)", "rank+points", "output", "other"]
        for ax, d in zip(axes.flat, rows):
            e = pipe[d]
            per = 1e6 / e["chars"]
            parts = [e["stages_seconds"][k] * per for k in STAGES] + [e["unattributed_seconds"] * per]
            labels = ["ours-pipeline" + (" (raw)" if e.get("input") == "raw seed.txt" else "")]
            totals: list[tuple[str, float]] = []
            for other in ("ours-textrank", "jieba-hmm", "jieba-nohmm", "textrank4zh", "sumy-textrank"):
                oe = systems.get(other, {}).get("datasets", {}).get(d)
                if oe and oe.get("chars") and oe.get("seconds") is not None:
                    labels.append(other + (" (raw)" if oe.get("input") == "raw seed.txt" else ""))
                    totals.append((other, oe["seconds"] * 1e6 / oe["chars"]))
            limit = 1.35 * max([sum(parts)] + [v for n, v in totals if n in ("ours-textrank", "jieba-hmm", "jieba-nohmm")])
            left = 0.0
            for j, v in enumerate(parts):
                ax.barh(0, v, left=left, color=stage_colors[j], height=0.6, label=stage_names[j])
                left += v
            ax.text(left, 0, f" {left:.1f}", va="center", fontsize=7)
            for i, (n, v) in enumerate(totals, start=1):
                ax.barh(i, min(v, limit), color=_style(n)[0], height=0.6,
                        hatch="//" if v > limit else None, edgecolor="white" if v > limit else None)
                ax.text(min(v, limit), i, f" {v:.1f}" + (" →" if v > limit else ""), va="center", fontsize=7,
                        ha="right" if v > limit else "left", color="white" if v > limit else "black")
            ax.set_yticks(range(len(labels)))
            ax.set_yticklabels(labels)
            ax.invert_yaxis()
            ax.set_xlim(0, limit)
            ax.set_xlabel("ms per 1,000 input characters")
            ax.set_title(f"{d} ({e['chars']:,} chars)")
            ax.grid(axis="x", alpha=0.3)
        handles, labels = axes.flat[0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="lower center", ncol=6, frameon=False, fontsize=7)
        fig.tight_layout(rect=(0, 0.07, 1, 1))
        fig.savefig(out_dir / "stages.png", dpi=80)
        plt.close(fig)
        written["stages"] = "stages.png"
    return written


def _compact(obj, key: str | None = None):
    """JSON-ready copy with floats rounded to 6 decimals and long id lists cut to 20 (their count is kept)."""
    if isinstance(obj, float):
        return round(obj, 6)
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k == "empty_hypothesis_ids" and isinstance(v, list) and len(v) > 20:
                out[k] = v[:20]
                out["empty_hypothesis_ids_truncated"] = True
            else:
                out[k] = _compact(v, k)
        return out
    if isinstance(obj, (list, tuple)):
        return [_compact(v) for v in obj]
    return obj


def write_report(out_dir: Path, results: dict) -> None:
    """Write ``results.json``, the PNG plots and ``report.md`` into ``out_dir`` (all three from the same rounded
    results, so ``python -m benchmarks.report DIR`` re-renders them identically). ``report.md`` ends with the
    input readers' section when ``out_dir/inputs.json`` exists (``python -m benchmarks.inputs_check``), after the
    service's latency section when ``out_dir/load_test*/figures.json`` exist (``python -m benchmarks.load_test``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in ("rouge.png", "quality_speed.png", "stages.png"):
        (out_dir / old).unlink(missing_ok=True)
    results = _compact(results)
    plots = write_plots(out_dir, results)
    results["plots"] = plots
    (out_dir / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    from benchmarks.inputs_check import inputs_section  # the input readers' section, from inputs.json if any
    from benchmarks.load_test import latency_section  # the latency section, from load_test*/figures.json if any

    (out_dir / "report.md").write_text(render_markdown(results, plots) + latency_section(out_dir)
                                       + inputs_section(out_dir), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.report DIR``: rewrite DIR's report.md and plots from its results.json (no rerun)."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m benchmarks.report", description=main.__doc__)
    p.add_argument("report_dir", type=Path, help="a report folder holding results.json")
    args = p.parse_args(argv)
    results = json.loads((args.report_dir / "results.json").read_text(encoding="utf-8"))
    write_report(args.report_dir, results)
    print(args.report_dir / "report.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
