"""Round 26 of the collection themes (issue 14): two new held-out gold collections (``transit7.json``: taxis and
buses in Hong Kong, Macau and Suining; ``formal8.json``: formalism and cadres' work style), written from the gold
points of ``benchmarks/data/aspects`` before the synthesis was first run on them, hold exactly the gold points of their
documents; small collections of those two subjects, written for these tests, come out with the right themes and
counts.

This round measured, against the largest kind of error of the held-out rows (a theme split: 1,530 pairs of one gold
theme apart against 683 pairs of two themes joined, on their gold points; 582 of the splits share no feature), a
similarity learned offline from the project's own corpus outside the held-out collections (PPMI word vectors: as
learned word classes, as mutual-neighbour groups, as a boost of the cosine of linked pairs), a hand-written concept
lexicon and the words of two regional vocabularies read as one (``的士`` / ``出租车``), and kept none
(``benchmarks/themes.py``, round 26): each raised some held-out rows on their gold points and lowered the tuned
rows, or moved nothing. The two known split kinds below stay marked as such (strict xfail)."""

from __future__ import annotations

import pytest

from summarizer.collection import CHALLENGE_PROFILE, synthesize, vectors
from theme_helpers import held_out_gold, essay as _essay, themes as _themes


def _transit():
    return [_essay(0, ["出租车牌照数量多年不变", "出租车司机收入偏低"], ["增发出租车牌照", "增加公交班次"]),
            _essay(1, ["出租车牌照数量长期冻结", "公交车班次太少"], ["加密公交班次", "增发出租车牌照，引入竞争"]),
            _essay(2, ["公交车班次少，候车时间长", "出租车拒载问题突出"], ["严查出租车拒载"])]


def _formalism():
    return [_essay(0, ["会议过多过滥", "督查考核过于频繁"], ["精简会议和文件", "规范督查考核"]),
            _essay(1, ["文件多、会议多", "督查检查考核过多"], ["切实精简文件"]),
            _essay(2, ["会议多、文件多", "部分干部不担当不作为"], ["激励干部担当作为"])]


def test_transit_collection_themes_and_counts():
    coll = synthesize(_transit())
    # negative: three faults of one trade (licences frozen, drivers' pay, refusals) stay three themes
    assert _themes(coll, "challenges") == [
        ("公交车班次太少", 2, [1, 2], ["公交车班次太少", "公交车班次少，候车时间长"]),
        ("出租车牌照数量多年不变", 2, [0, 1], ["出租车牌照数量多年不变", "出租车牌照数量长期冻结"]),
        ("出租车司机收入偏低", 1, [0], ["出租车司机收入偏低"]),
        ("出租车拒载问题突出", 1, [2], ["出租车拒载问题突出"]),
    ]
    assert _themes(coll, "recommendations") == [
        ("增发出租车牌照", 2, [0, 1], ["增发出租车牌照", "增发出租车牌照，引入竞争"]),
        ("增加公交班次", 2, [0, 1], ["增加公交班次", "加密公交班次"]),
        ("严查出租车拒载", 1, [2], ["严查出租车拒载"]),
    ]


def test_formalism_collection_themes_and_counts():
    coll = synthesize(_formalism())
    # negative: cadres who will not act are no theme of meetings and papers
    assert _themes(coll, "challenges") == [
        ("文件多、会议多", 3, [0, 1, 2], ["文件多、会议多", "会议多、文件多", "会议过多过滥"]),
        ("督查考核过于频繁", 2, [0, 1], ["督查考核过于频繁", "督查检查考核过多"]),
        ("干部不担当不作为", 1, [2], ["部分干部不担当不作为"])  # (theme50: the hedge 部分 opens no label),
    ]
    assert _themes(coll, "recommendations") == [
        ("切实精简文件", 2, [0, 1], ["切实精简文件", "精简会议和文件"]),
        ("规范督查考核", 1, [0], ["规范督查考核"]),
        ("激励干部担当作为", 1, [2], ["激励干部担当作为"]),
    ]


def _cosine(a: str, b: str) -> float:
    x, _ = vectors([a, b], CHALLENGE_PROFILE)
    return float((x @ x.T).toarray()[0, 1])


@pytest.mark.xfail(strict=True, reason="known split kind: one thing in two regional words (巴士 / 公交车); a "
                                       "regional synonym group moved no tuned row and lowered one held-out row")
def test_one_thing_in_two_regional_words_is_not_one_theme():
    assert _cosine("巴士班次不足", "公交车班次太少") >= 0.3


@pytest.mark.xfail(strict=True, reason="known split kind: the shared thing (检查考核) diluted by the rest of the "
                                       "clause; a learned similarity boost lowered the tuned rows")
def test_a_shared_thing_diluted_by_the_rest_of_the_clause_is_not_linked():
    assert _cosine("督查考核过于频繁", "基层干部疲于应付检查考核") >= 0.3


@pytest.mark.parametrize("name, ids", [("transit7", [927, 943, 946, 948, 1046, 1047, 1048]),
                                       ("formal8", [1005, 1007, 1010, 1012, 1034, 1035, 1039, 1040])])
def test_new_held_out_gold_holds_every_gold_point_once(name, ids):
    held_out_gold(name, ids)
