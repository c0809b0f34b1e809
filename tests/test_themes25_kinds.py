"""themes25 (issue 14): two more held-out gold collections (``benchmarks/data/themes/homes7.json``: housing and public
housing in Hong Kong, Macau and Singapore; ``platform5.json``: delivery platforms, riders and parcels), written from
the gold points before the synthesis was first run on them, hold exactly the gold points of their documents; and
small collections of those two subjects, written for these tests, come out with the right themes and counts.

This round measured, on the tuned rows, four general changes against the largest kind of error of the held-out rows
(a theme split: 1,385 pairs of one gold theme apart against 659 pairs of two themes joined, on their gold points) and
kept none (``benchmarks/themes.py``, round 25): function characters out of the features, a merge of themes whose
centroids are alike, bigrams weighted above characters, a wider neighbour gap; and found the points' section headings
no theme evidence (mostly ``存在的问题``-like labels of a whole section). The tests below pin what stays: a function
character is still a feature, a heading is not read, and one known split kind (the thing named only after the first
clause) is marked as such."""

from __future__ import annotations

import pytest

from summarizer.collection import CHALLENGE_PROFILE, synthesize, vectors, weighted_features
from theme_helpers import held_out_gold, essay as _essay, themes as _themes


def _homes():
    return [_essay(0, ["公屋轮候时间过长", "楼价远超市民负担能力"], ["增加公屋供应", "改造空置单位"]),
            _essay(1, ["公屋轮候时间长达六年", "空置单位无人入住"], ["加快公屋建设", "盘活空置单位"]),
            _essay(2, ["楼价超出市民负担能力"], ["增加公屋供应量"])]


def _delivery():
    return [_essay(0, ["骑手权益保障不足", "平台算法不透明"], ["完善骑手社会保险"]),
            _essay(1, ["外卖骑手劳动权益保障不足", "配送派费偏低"], ["为骑手缴纳社会保险"]),
            _essay(2, ["平台算法缺乏透明度", "快递不送货上门"], ["提高派费标准"])]


def test_housing_collection_themes_and_counts():
    coll = synthesize(_homes())
    assert _themes(coll, "challenges") == [
        ("楼价远超市民负担能力", 2, [0, 2], ["楼价远超市民负担能力", "楼价超出市民负担能力"]),
        ("公屋轮候时间过长", 2, [0, 1], ["公屋轮候时间过长", "公屋轮候时间长达六年"]),
        ("空置单位无人入住", 1, [1], ["空置单位无人入住"]),
    ]
    assert _themes(coll, "recommendations") == [
        ("增加公屋供应", 3, [0, 1, 2], ["增加公屋供应", "增加公屋供应量", "加快公屋建设"]),
        ("盘活空置单位", 2, [0, 1], ["改造空置单位", "盘活空置单位"]),
    ]


def test_delivery_collection_themes_and_counts():
    coll = synthesize(_delivery())
    assert _themes(coll, "challenges") == [
        ("平台算法不透明", 2, [0, 2], ["平台算法不透明", "平台算法缺乏透明度"]),
        ("骑手权益保障不足", 2, [0, 1], ["骑手权益保障不足", "外卖骑手劳动权益保障不足"]),
        ("配送派费偏低", 1, [1], ["配送派费偏低"]),
        ("快递不送货上门", 1, [2], ["快递不送货上门"]),
    ]
    # negative: the riders' pay (派费) and their insurance are two measures, not one
    assert _themes(coll, "recommendations") == [
        ("完善骑手社会保险", 2, [0, 1], ["完善骑手社会保险", "为骑手缴纳社会保险"]),
        ("提高派费标准", 1, [2], ["提高派费标准"]),
    ]


def test_a_section_heading_is_not_read():
    # two points of two essays under one heading that share nothing stay apart (headings are mostly section labels)
    essays = _homes()
    for e in essays:
        for p in e["challenges"]:
            p["heading"] = "存在的问题"
    assert _themes(synthesize(essays), "challenges") == _themes(synthesize(_homes()), "challenges")


def test_a_function_character_stays_a_feature():
    # measured this round and not kept (tuned mean 0.771 -> 0.769): 一 些 stay features of the compared clause
    got = weighted_features(["一些工作落实不够"])[0]
    assert {"一", "些", "一些", "工作", "落实"} <= set(got)


@pytest.mark.xfail(strict=True, reason="known split kind: the thing named only after the first clause is not compared")
def test_the_thing_named_after_the_first_clause_is_not_compared():
    x, _ = vectors(["楼价远超市民负担能力", "房价收入比畸形，楼价超出负担能力"], CHALLENGE_PROFILE)
    assert (x @ x.T).toarray()[0, 1] >= 0.3


@pytest.mark.parametrize("name, ids", [("homes7", [876, 884, 914, 934, 950, 951, 952]),
                                       ("platform5", [969, 970, 971, 974, 975])])
def test_new_held_out_gold_holds_every_gold_point_once(name, ids):
    held_out_gold(name, ids)
