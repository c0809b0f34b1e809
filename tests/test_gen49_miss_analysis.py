"""gen49: the classes of ``benchmarks.miss_analysis`` on small rows written for these tests (no corpus document)."""

from __future__ import annotations

from collections import Counter

from benchmarks import miss_analysis as M


def test_number_reads_a_corpus_file_name():
    assert M.number("5680.txt") == 5680 and M.number("dev_a.md") is None


def test_recalls_is_the_scorers_rule():
    assert M.recalls("监督机制弱化", "监督机制被弱化责任模糊")
    assert not M.recalls("监督机制弱化", "责任边界模糊")


def test_material_spans_run_from_the_material_to_the_question():
    body = "给定资料\n某市停车难。\n作答要求\n请提出对策。"
    (a, b), = M._material_spans(body)
    assert body[a:b].startswith("给定资料") and "作答要求" not in body[a:b]


def test_missed_point_classes_from_the_row():
    unit = {"pred_index": 0}
    miss = {"text": "经费不足", "best": 0.0, "nearest": None, "other_aspect": True, "other_essay": None}
    assert M.classify_missed("challenges", miss, unit, {"challenges": ["人手紧张"]}, None, [], "essays") == (
        "c.other_aspect")
    assert M.classify_missed("challenges", miss, unit, {"challenges": []}, None, [], "essays") == "a.no_point"
    assert M.classify_missed("challenges", miss, {"pred_index": None}, None, None, [], "essays") == "a.no_essay"
    assert M.classify_missed("challenges", miss, unit, None, None, [], "error") == "a.error"


def test_wrong_point_classes_from_the_row():
    wrong = {"text": "要加强监管", "best": 0.0, "nearest": None, "other_aspect": False, "other_essay": None}
    assert M.classify_wrong("recommendations", wrong, ["要加强监管"], 2, None) == "e.duplicate"
    assert M.classify_wrong("recommendations", {**wrong, "other_essay": "篇二"}, [], 2, None) == "a.other_essay"
    assert M.classify_wrong("recommendations", wrong, [], 0, None) == "e.no_gold_aspect"
    said = {**wrong, "text": "他表示要加强监管"}
    assert M.classify_wrong("recommendations", said, [], 2, None) == "e.reported"


def test_table_counts_and_shares():
    out = M.table({"documents": 1, "missed": Counter({"b.prose_cue": 3, "a.no_point": 1}), "wrong": Counter()})
    assert "b.prose_cue" in out and "75.0%" in out
