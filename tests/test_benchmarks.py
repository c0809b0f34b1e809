"""Benchmarks: the budget helpers, lead-k and the greedy oracle on hand-computed examples, the worker driver's
failure handling, and the quick mode end to end (``--no-peers``: CI creates no peer environment)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from argparse import Namespace
from pathlib import Path

import pytest

from benchmarks.oracle import (
    aspect_oracle,
    budget_chars,
    char_rouge,
    clip_point,
    lead_k,
    oracle_indices,
    oracle_summary,
    truncate_chars,
)
from benchmarks.systems import SYSTEMS, System
from benchmarks.workers import Worker, idle_rss, run_documents, worker_env

REPO = Path(__file__).resolve().parents[1]
PEERS = REPO / "benchmarks" / "peers"


# ------------------------------------------------------------------------------------------ budget helpers


def test_truncate_chars_counts_non_whitespace_characters():
    assert truncate_chars("ab c。de", 3) == "ab c"
    assert truncate_chars("ab c。de", 4) == "ab c。"
    assert truncate_chars("  一二三  ", 10) == "一二三"
    assert truncate_chars("一二三", 0) == ""
    assert truncate_chars(" 一二 三 ", None) == "一二 三"


def test_budget_is_the_rounded_mean_reference_length():
    assert budget_chars(["一二三", "一二三四五"]) == 4  # (3 + 5) / 2
    assert budget_chars(["一 二", "一二三四"]) == 3  # whitespace not counted: (2 + 4) / 2
    assert budget_chars(["一"]) == 1
    with pytest.raises(ValueError):
        budget_chars([])


def test_clip_point():
    assert clip_point("  一二三四五  ", 3) == "一二三"


def test_lead_k_takes_the_first_sentences():
    text = "第一句话。第二句话！第三句？"
    assert lead_k(text, 1) == ["第一句话。"]
    assert lead_k(text, 2) == ["第一句话。", "第二句话！"]
    assert lead_k(text, 9) == ["第一句话。", "第二句话！", "第三句？"]
    with pytest.raises(ValueError):
        lead_k(text, 0)


# ------------------------------------------------------------------------------------------ oracle


def test_char_rouge_by_hand_and_against_the_harness():
    # hyp 甲乙丙, ref 甲乙丁丙: unigrams 3 of 3 / 3 of 4; bigrams {甲乙} of {甲乙, 乙丙} / {甲乙, 乙丁, 丁丙}; LCS 甲乙丙 = 3
    s = char_rouge("甲乙丙", "甲乙丁丙")
    assert s["rouge1"] == pytest.approx(2 * 1 * 0.75 / 1.75)  # 6/7
    assert s["rouge2"] == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))  # 0.4
    assert s["rougeL"] == pytest.approx(6 / 7)
    from summarizer.evaluation.rouge import RougeEvaluator

    ev = RougeEvaluator("char")
    for hyp, ref in [("甲乙丙", "甲乙丁丙"), ("今天，天气很好。", "天气好"), ("iPhone 2024年发布", "2024年iPhone")]:
        pair, mine = ev.score(hyp, ref), char_rouge(hyp, ref)
        for t in ("rouge1", "rouge2", "rougeL"):
            assert mine[t] == pytest.approx(pair[t].f1)
    assert char_rouge("", "甲") == {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}


def test_oracle_adds_the_sentence_that_improves_rouge_most():
    # ref 天气很好公园人多 (8 chars, 7 bigrams). Step 1: A = 天气很好 gives RL F1 2/3 + R2 F1 0.6 (3 of 3 bigrams
    # vs 3 of 7) = 1.2667; B = 公园人多 ties with it and A is earlier; C shares nothing. Step 2: A+B reproduces the
    # reference: 1 + 1 = 2 > 1.2667; A+C gives 0.5 + 3/7 < 1.2667. So A and B.
    sents = ["天气很好。", "公园人多。", "我们散步。"]
    assert oracle_indices(sents, "天气很好，公园人多", k=2, budget=None) == [0, 1]
    assert oracle_indices(sents, "天气很好，公园人多", k=1, budget=None) == [0]


def test_oracle_scores_the_truncated_output_and_stops_without_gain():
    # B = 5: {S1} cut to 我们去公园 equals the reference (RL + R2 = 2); {S2} cut to 公园里人很 gives RL 0.4 + R2 0.25;
    # {S0} 0. Adding S0 to S1 puts S0 first in document order, so the cut keeps 今天天气很 (0); adding S2 keeps
    # 我们去公园 (still 2, no gain): the oracle stops at one sentence although k = 2.
    sents = ["今天天气很好。", "我们去公园散步。", "公园里人很多。"]
    assert oracle_indices(sents, "我们去公园", k=2, budget=5) == [1]
    assert char_rouge(truncate_chars("公园里人很多。", 5), "我们去公园")["rougeL"] == pytest.approx(0.4)
    assert char_rouge(truncate_chars("公园里人很多。", 5), "我们去公园")["rouge2"] == pytest.approx(0.25)
    # nothing overlaps: the first sentence, so that the oracle never outputs nothing
    assert oracle_indices(sents, "完全无关", k=2, budget=5) == [0]
    assert oracle_summary("今天天气很好。我们去公园散步。公园里人很多。", "我们去公园", 2, 5) == ["我们去公园散步。"]


def test_aspect_oracle_and_pooled_score():
    from summarizer.evaluation.aspects import score_pooled

    sents = ["医疗物资储备不足的问题很突出。", "今天天气很好。", "要补足医疗服务领域短板。"]
    refs = ["医疗物资储备不足", "补足医疗服务领域短板"]
    # S0 contains ref 0 (LCS 8 >= 0.6*8), S2 contains ref 1 (LCS 10 >= 0.6*10); S1 matches nothing.
    # Step 1: S0 and S2 both give recall 1/2, precision 1 (F1 2/3), S0 is earlier; step 2 adds S2 (F1 1).
    assert aspect_oracle(sents, refs, k=1) == ["医疗物资储备不足的问题很突出。"]
    picks = aspect_oracle(sents, refs, k=3)
    assert picks == ["医疗物资储备不足的问题很突出。", "要补足医疗服务领域短板。"]
    gold = {"essays": [{"id": "篇一", "challenges": [refs[0]], "recommendations": [refs[1]]}]}
    report = score_pooled({0: picks}, gold)
    assert (report.recall, report.precision) == (1.0, 1.0)
    assert aspect_oracle(sents, [], k=3) == []


# ------------------------------------------------------------------------------------------ worker driver


FAKE_WORKER = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {peers!r})
    from _protocol import serve

    def summarize(text, k, budget):
        print("library chatter on stdout must not break the protocol")
        if text == "boom":
            raise ValueError("bad document")
        if text == "die":
            os._exit(3)
        if text == "hang":
            time.sleep(60)
        return [text[:2], text[2:4]]

    serve(summarize)
    """
)


def _fake(tmp_path: Path) -> list[str]:
    script = tmp_path / "fake_worker.py"
    script.write_text(FAKE_WORKER.format(peers=str(PEERS)), encoding="utf-8")
    return [sys.executable, str(script)]


def test_worker_failures_are_recorded_never_raised(tmp_path):
    argv = _fake(tmp_path)
    env = worker_env(isolated=True)
    docs = [("a", "甲乙丙丁", 2, 4), ("b", "boom", 1, 4), ("c", "die", 1, 4), ("d", "hang", 1, 4), ("e", "戊己庚辛", 2, 4)]
    done = []
    answers, errors, peaks, ready = run_documents(lambda: Worker(argv, env), docs, timeout=3.0,
                                                  on_done=lambda: done.append(1))
    assert len(done) == len(docs)
    assert answers["a"].sentences == ["甲乙", "丙丁"] and answers["a"].summary == "甲乙丙丁"
    assert answers["a"].seconds >= 0.0
    assert answers["b"].error.startswith("ValueError: bad document") and answers["b"].summary == ""
    assert "c" not in answers and "d" not in answers
    assert answers["e"].summary == "戊己庚辛"  # the worker was restarted after the crash and the timeout
    kinds = {e["id"]: e["kind"] for e in errors}
    assert kinds == {"b": "error", "c": "died", "d": "timeout"}
    assert ready is not None and ready > 0
    assert peaks and all(p > 1_000_000 for p in peaks)  # bytes


def test_idle_rss_and_a_worker_that_cannot_start(tmp_path):
    code, rss, _ = idle_rss(_fake(tmp_path), worker_env())
    assert code == 0 and rss > 1_000_000
    code, rss, err = idle_rss([sys.executable, str(tmp_path / "missing.py")], worker_env())
    assert code != 0 and rss is None and "missing.py" in err


class _Bar:
    total = 0

    def update(self, n=1):
        pass

    def refresh(self):
        pass

    def set_postfix_str(self, s):
        pass


def test_a_crashing_system_is_reported_not_raised(tmp_path):
    from benchmarks.datasets import DATASETS, Dataset, Doc
    from benchmarks.run import run_system

    ds = Dataset(DATASETS["lcsts"], [Doc("x", "甲乙丙。", "甲乙", 1, 2)], [Doc("x", "甲乙丙。", "甲乙", 1, 2)], 2, 1)
    args = Namespace(model=None, no_peers=False, doc_timeout=5.0, repeats=1, timing_seconds=0.0)
    broken = System("broken", "ours", "a worker script that does not exist", worker=("no_such_worker.py",))
    rec = run_system(broken, [ds], args, {}, _Bar())
    assert rec["state"] == "failed" and "does not start" in rec["reason"]
    peer = System("peer-x", "peer", "a peer whose environment failed", env="nowhere", worker=("x.py",))
    rec = run_system(peer, [ds], args, {"nowhere": {"state": "failed", "error": "pip said no"}}, _Bar())
    assert rec["state"] == "failed" and "pip said no" in rec["reason"]


# ------------------------------------------------------------------------------------------ quick mode end to end


SHARED_DATA = Path(__import__("benchmarks.datasets", fromlist=["shared_dir"]).shared_dir()) / "data"
needs_data = pytest.mark.skipif(not (SHARED_DATA / "lcsts").is_dir(), reason=f"shared data not found at {SHARED_DATA}")


@needs_data
@pytest.mark.timeout(900)  # about 90 s of CPU time; minutes of wall clock on a busy shared machine
def test_quick_mode_writes_a_report_with_every_system(tmp_path):
    cmd = [sys.executable, "-m", "benchmarks.run", "--quick", "--no-peers", "--name", "ci", "--reports-dir", str(tmp_path)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=850)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = tmp_path / "ci"
    for name in ("report.md", "results.json", "rouge.png", "quality_speed.png", "stages.png"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    for png in out.glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size < 200_000
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    report = (out / "report.md").read_text(encoding="utf-8")
    assert set(results["systems"]) == set(SYSTEMS)  # every system is present, run or not
    assert results["meta"]["command"].startswith("python -m benchmarks.run --quick --no-peers")
    assert results["meta"]["machine"]["cores"] >= 1
    rouge_ds = [d for d, info in results["datasets"].items() if info["kind"] == "rouge"]
    assert {"lcsts", "csl", "clts", "vcsum_seg", "lexeval_5_1", "cfbenchmark_summary"} <= set(rouge_ds)
    assert "seed" in results["datasets"]
    vcsum = results["systems"]["lead"]["datasets"]["vcsum_seg"]["rouge"]["char"]["bootstrap"]
    assert vcsum["unit"] == "meeting_av_num" and 1 <= vcsum["n_groups"] < 20  # 20 segments of a few meetings
    assert "pipeline_vs_lead" in results and "vcsum_seg" in results["pipeline_vs_lead"]
    assert "non-commercial" in report and "Issue 9 targets" in report
    for name in ("ours-textrank", "lead", "oracle"):
        rec = results["systems"][name]
        assert rec["state"] == "ok", (name, rec["reason"])
        for d in rouge_ds:
            scores = rec["datasets"][d]["rouge"]
            assert set(scores) == {"char", "jieba-word"}
            assert 0.0 <= scores["char"]["scores"]["rougeL"]["f1"] <= 1.0
        assert "pooled" in rec["datasets"]["seed"]["aspects"]
        assert name in report
    ours = results["systems"]["ours-textrank"]
    assert ours["peak_rss_bytes"] > 0 and ours["idle_rss_bytes"] > 0  # reported, never asserted against a target
    assert all("chars_per_s" in e for e in ours["datasets"].values())
    pipeline = results["systems"]["ours-pipeline"]
    assert pipeline["state"] == "ok"
    assert "per_aspect" in pipeline["datasets"]["seed"]["aspects"]
    assert set(pipeline["datasets"]["clts"]["stages_seconds"]) == {"decode_clean", "structure", "tokenize", "rank", "output"}
    assert results["systems"]["jieba-hmm"]["datasets"]["clts"]["chars_per_s"] is not None
    assert results["systems"]["ours-seq2seq"]["state"] == "not run"
    assert "no model" in results["systems"]["ours-seq2seq"]["reason"]
    for peer in ("textrank4zh", "snownlp", "sumy-lexrank", "sumy-textrank", "sumy-lsa", "sumy-luhn"):
        assert results["systems"][peer]["state"] == "not run"
        assert peer in report
    # the oracle is the extractive upper bound: never below lead-k or ours on ROUGE-L F1 + ROUGE-2 F1 (char), per item
    # it maximises; on the corpus mean of ROUGE-L alone it is at least as good as lead on these subsets
    for d in rouge_ds:
        o = results["systems"]["oracle"]["datasets"][d]["rouge"]["char"]["scores"]
        ld = results["systems"]["lead"]["datasets"][d]["rouge"]["char"]["scores"]
        assert o["rougeL"]["f1"] + o["rouge2"]["f1"] >= ld["rougeL"]["f1"] + ld["rouge2"]["f1"] - 1e-9
    assert "Budget rule" in report and "unit: char" in report
    # the report can be re-rendered from results.json alone
    from benchmarks.report import main as rerender

    (out / "report.md").unlink()
    assert rerender([str(out)]) == 0 and (out / "report.md").read_text(encoding="utf-8") == report


@needs_data
def test_selected_systems_and_datasets_only(tmp_path):
    cmd = [sys.executable, "-m", "benchmarks.run", "--systems", "lead,ours-textrank", "--datasets", "lcsts",
           "--limit", "3", "--resamples", "20", "--name", "sel", "--reports-dir", str(tmp_path)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((tmp_path / "sel" / "results.json").read_text(encoding="utf-8"))
    assert list(results["systems"]) == ["ours-textrank", "lead"]
    assert list(results["datasets"]) == ["lcsts"] and results["datasets"]["lcsts"]["n_docs"] == 3
    bad = subprocess.run([sys.executable, "-m", "benchmarks.run", "--systems", "nope"], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "unknown systems" in bad.stderr


# ------------------------------------------------------------------------------------------ long sets, speed targets


def test_cluster_bootstrap_resamples_whole_groups():
    from benchmarks.report import cluster_bootstrap_ci

    # two meetings of 10 segments, each internally identical: a resample holds 0, 1 or 2 copies of meeting "a", so
    # the mean is 0, 0.5 or 1 and the 95 % interval spans [0, 1]; the item bootstrap of the same 20 values is far
    # narrower (it treats them as 20 independent draws)
    values, groups = [1.0] * 10 + [0.0] * 10, ["a"] * 10 + ["b"] * 10
    (low, high), = cluster_bootstrap_ci(values, groups, 1000, 0)
    assert (low, high) == (0.0, 1.0)
    from summarizer.evaluation.bootstrap import bootstrap_ci

    item = bootstrap_ci(values, n_resamples=1000, seed=0)
    assert 0.2 < item.low < 0.5 < item.high < 0.8
    # unequal group sizes: the statistic is the mean over the items drawn (a ratio), not a mean of group means
    cis = cluster_bootstrap_ci([[2.0, 1.0]] * 3 + [[2.0, 0.0]], ["a", "a", "a", "b"], 500, 1)
    assert cis[0] == (2.0, 2.0)
    assert cis[1][0] == 0.0 and cis[1][1] == 1.0
    with pytest.raises(ValueError):
        cluster_bootstrap_ci([1.0, 2.0], ["a"], 10, 0)


def test_timing_passes_stop_at_the_cap():
    from benchmarks.datasets import DATASETS, Dataset, Doc
    from benchmarks.run import _plan
    from benchmarks.systems import SYSTEMS

    docs = [Doc("a", "甲。", "甲", 1, 1), Doc("b", "乙。", "乙", 1, 1)]
    ds = Dataset(DATASETS["vcsum_seg"], docs, docs, 1, 2)

    def passes(cap: float, per_doc: float) -> int:
        seconds: dict[str, float] = {}
        args = Namespace(repeats=3, timing_seconds=2.0, timing_cap=cap)
        ids = []
        for i, *_ in _plan(SYSTEMS["lead"], [ds], args, _Bar(), seconds):
            seconds[i] = per_doc
            ids.append(i)
        return len(ids) // 2

    assert passes(cap=0.0, per_doc=10.0) == 3  # no cap: --repeats passes
    assert passes(cap=20.0, per_doc=10.0) == 1  # one pass already measured 20 s
    assert passes(cap=20.0, per_doc=0.001) == 30  # fast systems: up to MAX_PASSES until 2 s were measured


def test_speed_targets_say_by_how_much_a_target_is_missed():
    from benchmarks.report import speed_targets

    def rec(chars, seconds, cpu):
        return {"datasets": {"d": {"chars": chars, "seconds": seconds, "cpu_seconds": cpu,
                                   "chars_per_s": chars / seconds, "chars_per_cpu_s": chars / cpu}}}

    systems = {"ours-pipeline": rec(1000, 1.0, 0.5), "textrank4zh": rec(1000, 10.0, 10.0),
               "sumy-textrank": rec(1000, 2.0, 2.0), "jieba-hmm": rec(1000, 1.0, 1.0)}
    t = speed_targets(systems, ["d"])
    assert t["d"]["textrank4zh"]["ratio"] == pytest.approx(10.0)
    assert t["d"]["textrank4zh"]["ratio_cpu"] == pytest.approx(20.0)
    assert not t["d"]["textrank4zh"]["met"] and t["d"]["textrank4zh"]["short_by"] == pytest.approx(0.5)
    assert t["d"]["sumy-textrank"]["ratio"] == pytest.approx(2.0) and not t["d"]["sumy-textrank"]["met"]
    assert t["d"]["jieba-hmm"]["met"] and t["d"]["jieba-hmm"]["short_by"] == 0.0
    assert t["all long sets"]["textrank4zh"]["ratio"] == pytest.approx(10.0)


@needs_data
def test_long_document_sets_load_with_their_units_and_filters():
    from benchmarks.datasets import DATASETS, load_dataset

    cf = load_dataset(DATASETS["cfbenchmark_summary"], SHARED_DATA)
    assert len(cf.docs) == 574 and cf.n_available == 592  # 18 references under 10 characters left out
    assert min(len("".join(d.reference.split())) for d in cf.docs) >= 10
    assert any("non-commercial" in n for n in cf.notes) and any("18 records left out" in n for n in cf.notes)
    vc = load_dataset(DATASETS["vcsum_seg"], SHARED_DATA)
    assert len(vc.docs) == 136 and len({d.group for d in vc.docs}) == 26  # 26 test meetings
    lex = load_dataset(DATASETS["lexeval_5_1"], SHARED_DATA)
    assert len(lex.docs) == 144 and all(d.group is None for d in lex.docs)
    assert all(DATASETS[n].long for n in ("vcsum_seg", "lexeval_5_1", "cfbenchmark_summary"))


def test_output_hashes_fingerprint_is_stable():
    # the fingerprint of the output-identity check (benchmarks.output_hashes): one 16-hex hash per setting, the same
    # for the same input
    from benchmarks.output_hashes import SETTINGS, fingerprint

    item = ("essay", ("text", "当前基层治理存在短板，人员不足。建议完善制度，充实力量。"))
    name, hashes = fingerprint(item)
    assert name == "essay" and set(hashes) == set(SETTINGS)
    assert all(len(h) == 16 and int(h, 16) >= 0 for h in hashes.values())
    assert fingerprint(item) == (name, hashes)
