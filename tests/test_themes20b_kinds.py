"""themes20b (issue 14): a collection's points are not one theme through one generic word alone
(``resources/theme_predicates.txt``'s ``generic_link`` group, :func:`summarizer.collection._generic_links`), and a
theme's label (and the compared clause) skips first clauses of place or circumstance (``resources/theme_frames.txt``'s
``label_frame`` / ``label_frame_end`` groups, :func:`summarizer.collection.label_start`), on small collections
written for these tests."""

from __future__ import annotations

import pytest

from summarizer import collection
from summarizer.collection import (CHALLENGE_PROFILE, RECOMMENDATION_PROFILE, cluster_points, label_start,
                                   markdown_lines, synthesize)


def _essay(index: int, challenges: list[str], recommendations: list[str] = ()) -> dict:
    """An essay's JSON data: its points 1,000 characters apart (no neighbour feature)."""
    return {"index": index, "title": None,
            "challenges": [{"text": t, "start": 1000 * k, "end": 1000 * k + len(t)} for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 500 + 1000 * k, "end": 500 + 1000 * k + len(t)}
                                for k, t in enumerate(recommendations)]}


def _themes(coll, aspect: str) -> list[tuple[str, int, list[int]]]:
    return [(t.label, t.essay_count, t.essays) for t in getattr(coll, aspect)]


# ------------------------------------------------------------------------------------------ one generic word

def test_housing_and_a_firms_finance_share_only_the_word_investment():
    # 投资 of 投资投机 (housing speculation) and of 规划投资管理 (a firm's finance), and the funding topic 投资 carries
    # against 资金: the housing measure is a theme of its own; the firm's measures stay one theme
    coll = synthesize([
        _essay(0, [], ["要化解投资投机带来的空置需求，关键是恢复租务管制"]),
        _essay(1, [], ["统筹投资管理，提高资金周转效率", "抓好流动资金管理，盘活闲置资产"]),
    ])
    assert _themes(coll, "recommendations") == [("统筹投资管理", 1, [1]), ("化解投资投机带来的空置需求", 1, [0])]


def test_the_link_is_dropped_without_the_generic_word_it_was_made_of():
    texts = ["要化解投资投机带来的空置需求", "统筹投资管理"]
    clusters, _, _ = cluster_points(texts, [0, 1], profile=RECOMMENDATION_PROFILE)
    assert sorted(clusters) == [[0], [1]]


def test_two_points_that_share_more_than_the_generic_word_stay_one_theme():
    # 发展 is generic, 乡村旅游 is not: one theme
    texts = ["乡村旅游发展滞后", "乡村旅游发展缺乏规划"]
    clusters, _, _ = cluster_points(texts, [0, 1], profile=CHALLENGE_PROFILE)
    assert clusters == [[0, 1]]


def test_a_point_made_of_the_generic_word_only_keeps_its_links():
    # 投资不足 says nothing but 投资: it is about investment, and joins the other funding shortfall
    texts = ["投资不足", "财政资金不足"]
    clusters, _, _ = cluster_points(texts, [0, 1], profile=CHALLENGE_PROFILE)
    assert clusters == [[0, 1]] or clusters == [[1, 0]]


def test_a_phrase_that_goes_on_past_the_generic_word_is_shared_evidence():
    # 工作多 … 少: the bigram 作多 across the edge of 工作 is the phrase both points share
    texts = ["顾及眼前工作多，顾及长远工作少", "顾及本单位工作多，顾及大局工作少"]
    clusters, _, _ = cluster_points(texts, [0, 1], profile=CHALLENGE_PROFILE)
    assert len(clusters) == 1


def test_a_topic_word_that_holds_a_generic_word_is_read_whole():
    # 工作者 / 工作人员 are personnel words, not 工作 + a character: the shortfalls of staff are one theme
    coll = synthesize([_essay(0, ["基层人员不足"]), _essay(1, ["社区工作者数量少"]), _essay(2, ["专职工作人员短缺"])])
    assert [(n, e) for _, n, e in _themes(coll, "challenges")] == [(3, [0, 1, 2])]


# -------------------------------------------------------------------------------------------------- labels

@pytest.mark.parametrize("text, label", [
    ("在私营房屋市场，闲置的单位不少", "闲置的单位不少"),                 # place, no cue word
    ("在私營房屋市場，閒置的單位不少", "閒置的單位不少"),                 # the same in Traditional
    ("随着人口老龄化加剧，养老护理人员严重不足", "养老护理人员严重不足"),  # circumstance with a cue, a cued clause after
    ("在贫富悬殊加剧底下，基层市民住屋困难", "基层市民住屋困难"),
    ("对于农村家庭来说，医疗费用负担过重", "医疗费用负担过重"),
    ("在资金上投入不足，设施老化", "在资金上投入不足"),                   # the first clause is the fault itself
    ("在农村", "在农村"),                                                 # nothing after it
    ("目前基层人员不足", "基层人员不足"),
])
def test_challenge_labels_name_the_thing_and_its_fault(text, label):
    assert collection._label(text, CHALLENGE_PROFILE) == label


@pytest.mark.parametrize("text, label", [
    ("面对新的形势，要加强人才培养", "加强人才培养"),
    ("在人才培养方面，要加大投入力度", "加大投入力度"),
    ("在此基础上，要完善考核机制", "完善考核机制"),
])
def test_recommendation_labels_name_the_measure(text, label):
    assert collection._label(text, RECOMMENDATION_PROFILE) == label


def test_label_start_offsets():
    assert label_start("在私营房屋市场，闲置的单位不少") == 8
    assert label_start("加强人才培养，充实队伍") == 0
    assert label_start("在资金上投入不足，设施老化") == 0
    # at most two frames, and four content characters must be left
    assert label_start("在城市，在老旧小区，基层人员不足") == 10
    assert label_start("在私营房屋市场，单位少") == 0


def test_framed_points_are_compared_from_the_clause_after_the_frame():
    # the places differ, the fault is one: one theme, labelled by the fault
    coll = synthesize([_essay(0, ["在城市老旧小区，基层人员不足"]), _essay(1, ["在一些偏远乡镇，基层人员不足"])])
    assert _themes(coll, "challenges") == [("基层人员不足", 2, [0, 1])]


def test_markdown_section_of_a_small_collection():
    # labels are the fault, not the place or the circumstance; the two 投资 points join nothing (one essay: not shared)
    coll = synthesize([
        _essay(0, ["在城市老旧小区，基层人员不足", "随着人口老龄化加剧，养老服务经费严重不足"], ["加强人才培养，充实社区队伍"]),
        _essay(1, ["在一些乡镇，基层人员严重短缺", "养老服务经费不足，设施老化"], ["加强人才培养，稳定基层队伍"]),
        _essay(2, ["商业地产投资过热"], ["统筹投资管理"]),
    ])
    assert markdown_lines(coll) == [
        "## 共性问题", "",
        "- 养老服务经费不足 — 2/3 篇（第 1、2 篇）",
        "- 基层人员不足 — 2/3 篇（第 1、2 篇）", "",
        "## 共性建议", "",
        "- 加强人才培养 — 2/3 篇（第 1、2 篇）", "",
    ]
