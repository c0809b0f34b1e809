"""Aspect point scorer (summarizer.evaluation.aspects): LCS, essay ids, recall/precision at the 0.6 boundary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.evaluation.aspects import (
    essay_index,
    lcs_length,
    parse_gold,
    score_aspects,
    score_pooled,
)
from summarizer.evaluation.datasets import load_gold
from summarizer.evaluation.errors import DatasetError
from summarizer.schema import DocumentSummary, EssaySummary, Point


def naive_lcs(a, b) -> int:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table[-1][-1]


# ------------------------------------------------------------------------------------------ LCS


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙丙丁ab", max_size=25), st.text(alphabet="甲乙丙丁ab", max_size=25))
def test_lcs_matches_naive_dynamic_programming_on_random_strings(a, b):
    assert lcs_length(a, b) == naive_lcs(a, b) == lcs_length(b, a)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["基层", "治理", 3, None]), max_size=12),
       st.lists(st.sampled_from(["基层", "治理", 3, "体系"]), max_size=12))
def test_lcs_on_token_lists_matches_naive(a, b):
    assert lcs_length(a, b) == naive_lcs(a, b)


def test_lcs_known_values():
    assert lcs_length("", "推进") == 0
    assert lcs_length("推进基层治理现代化", "推进基层治理体系现代化") == 9
    assert lcs_length("ABCBDAB", "BDCABA") == 4
    assert lcs_length("\U00020000甲", "甲\U00020000") == 1  # astral-plane characters are single characters


# ------------------------------------------------------------------------------------------ essay ids


@pytest.mark.parametrize(
    "essay_id, index",
    [("篇一", 0), ("篇二", 1), ("篇六", 5), ("第三篇", 2), ("篇十", 9), ("篇十二", 11), ("第二十一篇", 20),
     ("篇12", 11), ("第 3 篇", 2), ("篇２", 1), ("篇一百零五", 104), ("篇二：疫情防控之于基层社会治理", 1), (4, 4)],
)
def test_essay_index_parses_ordinal_markers(essay_id, index):
    assert essay_index(essay_id) == index


@pytest.mark.parametrize("bad", ["二", "essay-2", "", "篇", "篇零", "第篇", -1])
def test_essay_index_rejects_ids_that_name_no_essay(bad):
    with pytest.raises(ValueError):
        essay_index(bad)


# ------------------------------------------------------------------------------------------ thresholds

# R1 has 5 content characters: 0.6 * 5 = 3.  R2 has 10: 0.6 * 10 = 6.
R1 = "甲乙，丙丁戊"  # the comma is ignored
R2 = "甲乙丙丁戊己庚辛壬癸"
GOLD = {"essays": [{"id": "篇一", "challenges": [R1], "recommendations": [R2]}]}


def _score(challenges, recommendations, gold=GOLD):
    return score_aspects({0: {"challenges": challenges, "recommendations": recommendations}}, gold)


def test_recall_at_exactly_six_tenths_of_the_reference():
    assert _score(["甲乙丙"], []).per_aspect["challenges"].recalled == 1  # LCS 3 = 0.6 * 5
    assert _score(["甲 乙。丙"], []).per_aspect["challenges"].recalled == 1  # punctuation/whitespace ignored
    assert _score(["甲乙子丑"], []).per_aspect["challenges"].recalled == 0  # LCS 2 < 3
    assert _score([], ["甲乙丙丁戊己"]).per_aspect["recommendations"].recalled == 1  # 6 = 0.6 * 10
    assert _score([], ["甲乙丙丁戊子丑寅卯"]).per_aspect["recommendations"].recalled == 0  # 5 < 6


def test_precision_by_either_length_at_the_boundary():
    # 甲乙丙卯辰 vs R2: LCS 3 < 6 (no recall) but 3 = 0.6 * 5 of the point itself -> precise
    r = _score([], ["甲乙丙卯辰"])
    rec = r.per_aspect["recommendations"]
    assert (rec.recalled, rec.precise, rec.predicted) == (0, 1, 1)
    # 甲乙卯辰巳 vs R2: LCS 2 < 3 -> not precise
    rec = _score([], ["甲乙卯辰巳"]).per_aspect["recommendations"]
    assert (rec.recalled, rec.precise) == (0, 0)
    # 甲乙寅 vs R1: LCS 2 < 3 (no recall) but 2 >= 0.6 * 3 = 1.8 -> precise
    ch = _score(["甲乙寅"], []).per_aspect["challenges"]
    assert (ch.recalled, ch.precise) == (0, 1)


def test_hand_computed_recall_and_precision_micro_and_per_aspect():
    report = _score(["甲乙丙", "甲乙子丑", "甲乙寅"], ["甲乙丙卯辰", "甲乙卯辰巳"])
    ch, rec = report.per_aspect["challenges"], report.per_aspect["recommendations"]
    assert (ch.references, ch.recalled, ch.predicted, ch.precise) == (1, 1, 3, 2)
    assert (rec.references, rec.recalled, rec.predicted, rec.precise) == (1, 0, 2, 1)
    assert report.recall == pytest.approx(1 / 2)
    assert report.precision == pytest.approx(3 / 5)
    assert ch.recall == 1.0 and ch.precision == pytest.approx(2 / 3)
    assert rec.recall == 0.0 and rec.precision == pytest.approx(1 / 2)
    essay = report.per_essay[0]
    assert essay.id == "篇一" and essay.index == 0
    assert essay.chars == 3 + 4 + 3 + 5 + 5  # len(point.text) over both aspects
    assert essay.missed == {"challenges": [], "recommendations": [R2]}
    d = report.to_dict()
    assert d["recall"] == 0.5 and d["precision"] == 0.6 and d["mode"] == "per-aspect"


def test_points_only_count_in_their_own_aspect():
    gold = {"essays": [{"id": "篇一", "challenges": ["医疗物资储备不足"], "recommendations": ["补足医疗服务领域短板"]}]}
    # matches the challenge exactly, but is offered as a recommendation (LCS with the recommendation: 2)
    report = _score([], ["医疗物资储备不足"], gold=gold)
    assert report.recall == 0.0 and report.precision == 0.0
    pooled = score_pooled({0: ["医疗物资储备不足"]}, gold)
    assert pooled.mode == "pooled"
    assert pooled.overall.recalled == 1 and pooled.recall == pytest.approx(1 / 2)
    assert pooled.precision == 1.0
    assert pooled.per_aspect["challenges"].recall == 1.0 and pooled.per_aspect["recommendations"].recall == 0.0
    assert pooled.per_aspect["challenges"].precision is None  # peers have no aspects: recall only


def test_punctuation_only_prediction_is_never_precise():
    report = _score(["。。", "……"], [])
    assert report.per_aspect["challenges"].predicted == 2
    assert report.per_aspect["challenges"].precise == 0


def test_no_predictions_gives_zero_recall_and_undefined_precision():
    report = _score([], [])
    assert report.recall == 0.0 and report.precision is None
    assert "n/a" in report.table()


# ------------------------------------------------------------------------------------------ essays and inputs


GOLD_TWO = {
    "essays": [
        {"id": "篇二", "challenges": ["医疗物资储备不足", "健康保护宣传缺位"],
         "recommendations": ["补足医疗服务领域短板"]},
        {"id": "篇三", "challenges": ["基层社区职责错位协同少"], "recommendations": []},
    ]
}


def _doc(per_essay: dict[int, tuple[list[str], list[str]]], n: int) -> DocumentSummary:
    essays = []
    for i in range(n):
        ch, rec = per_essay.get(i, ([], []))
        essays.append(
            EssaySummary(
                index=i, start=0, end=1, chars=1, summary="",
                challenges=[Point(text=t, start=0, end=len(t)) for t in ch],
                recommendations=[Point(text=t, start=0, end=len(t)) for t in rec],
            )
        )
    return DocumentSummary(chars=1, essays=essays)


def test_gold_ids_map_to_essay_indices_and_micro_averages_over_essays():
    doc = _doc(
        {
            0: (["无关的要点"], []),  # no gold for 篇一: counts for characters only
            1: (["医疗物资的储备严重不足", "人员不足"], ["补足医疗领域短板"]),
            2: (["社区职责错位"], ["加强党建引领"]),
        },
        n=4,
    )
    report = score_aspects(doc, GOLD_TWO)
    e2, e3 = report.per_essay
    assert (e2.id, e2.index, e3.id, e3.index) == ("篇二", 1, "篇三", 2)
    # 篇二: 医疗物资储备不足 (8) vs 医疗物资的储备严重不足: LCS 8 -> recalled; 健康保护宣传缺位 not.
    #       人员不足 (4) vs 医疗物资储备不足: LCS 2 < 0.6*4 = 2.4, vs 健康保护宣传缺位: 0 -> not precise.
    #       补足医疗服务领域短板 (10) vs 补足医疗领域短板 (8): LCS 8 >= 6 -> recalled and precise.
    assert (e2.overall.references, e2.overall.recalled, e2.overall.predicted, e2.overall.precise) == (3, 2, 3, 2)
    # 篇三: 基层社区职责错位协同少 (11) vs 社区职责错位 (6): LCS 6 < 6.6 -> not recalled; 6 >= 3.6 -> precise.
    #       加强党建引领: no recommendation reference -> not precise.
    assert (e3.overall.references, e3.overall.recalled, e3.overall.predicted, e3.overall.precise) == (1, 0, 2, 1)
    assert report.recall == pytest.approx(2 / 4) and report.precision == pytest.approx(3 / 5)
    assert report.per_aspect["challenges"].recall == pytest.approx(1 / 3)
    assert report.per_aspect["recommendations"].recall == pytest.approx(1 / 1)
    # characters: sum of len(point.text) per essay over both aspects, averaged over the 4 predicted essays
    assert report.chars_per_essay == {0: 5, 1: 11 + 4 + 8, 2: 6 + 6, 3: 0}
    assert report.avg_chars_per_essay == pytest.approx((5 + 23 + 12 + 0) / 4)
    assert report.avg_chars_per_gold_essay == pytest.approx((23 + 12) / 2)
    assert report.missing_essays == []


def test_gold_essay_without_prediction_is_scored_empty_and_listed():
    report = score_aspects(_doc({}, n=2), GOLD_TWO)  # essays 0 and 1 only: 篇三 missing
    assert report.missing_essays == ["篇三"]
    assert report.overall.references == 4 and report.recall == 0.0
    assert "篇三" in report.table()


def test_predictions_as_mapping_by_essay_id_or_list():
    by_id = score_aspects({"篇二": {"challenges": ["医疗物资储备不足"]}}, GOLD_TWO)
    as_list = score_aspects([{}, {"challenges": ["医疗物资储备不足"], "recommendations": []}], GOLD_TWO)
    assert by_id.overall.recalled == as_list.overall.recalled == 1


def test_gold_scored_against_itself_is_perfect():
    path = None
    for cand in (os.environ.get("SUMMARIZER_DATA_DIR"), Path(__file__).resolve().parents[1] / "shared" / "data",
                 "/work/shared/data"):
        if cand and (Path(cand) / "seed" / "dev_gold.json").is_file():
            path = Path(cand) / "seed" / "dev_gold.json"
            break
    if path is None:
        pytest.skip("dev_gold.json not present")
    gold = load_gold(path)
    assert [g.id for g in gold] == ["篇二", "篇三", "篇六"] and [g.index for g in gold] == [1, 2, 5]
    preds = {g.index: {"challenges": list(g.challenges), "recommendations": list(g.recommendations)} for g in gold}
    report = score_aspects(preds, gold)
    assert report.recall == 1.0 and report.precision == 1.0
    pooled = score_pooled({i: p["challenges"] + p["recommendations"] for i, p in preds.items()}, gold)
    assert pooled.recall == 1.0 and pooled.precision == 1.0


# ------------------------------------------------------------------------------------------ gold validation


@pytest.mark.parametrize(
    "gold",
    [
        {"essays": [{"id": "篇二", "challenges": ["。"], "recommendations": []}]},  # empty reference point
        {"essays": [{"id": "second", "challenges": ["医疗"], "recommendations": []}]},  # unreadable id
        {"essays": [{"id": "篇二", "challenges": ["a"]}, {"id": "第二篇", "challenges": ["b"]}]},  # same essay
        {"essays": [{"id": "篇二", "challenges": "医疗物资储备不足"}]},  # not a list
        {"items": []},
    ],
)
def test_bad_gold_is_a_dataset_error_naming_the_problem(gold):
    with pytest.raises(DatasetError):
        parse_gold(gold)


def test_threshold_must_be_a_ratio():
    with pytest.raises(ValueError):
        score_aspects({}, GOLD, threshold=0)
    with pytest.raises(ValueError):
        score_aspects({}, GOLD, threshold=1.5)


def test_threshold_is_compared_exactly():
    # 0.7 * 10 = 7.000000000000001 in floating point; the scorer uses the exact fraction 7/10
    gold = {"essays": [{"id": "篇一", "challenges": [R2], "recommendations": []}]}
    report = score_aspects({0: {"challenges": ["甲乙丙丁戊己庚"]}}, gold, threshold=0.7)
    assert report.overall.recalled == 1
