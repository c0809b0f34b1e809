"""Round 27 of the collection themes (issue 14): two new held-out gold collections from Parts 29-30
(``ageing8.json``: ageing and elderly care in Taiwan and Hong Kong; ``prices5.json``: prices and the cost of living
in Malaysia), written from the gold points of ``benchmarks/data/aspects`` before the synthesis was first run on them,
hold exactly the gold points of their documents; small collections of those two subjects, written for these tests,
come out with the right themes and counts.

This round measured rules against the *joined* pairs (two gold themes in one predicted theme; ``benchmarks/themes.py``,
round 27): the collection's subject words or topics as no evidence of a link, a same-essay link resting on the essay's
own subject, a link sharing no bigram. None was kept: each took away a quarter to a half of the joins and split more
pairs than it joined fewer (the held-out rows are limited by recall: precision 0.89 against recall 0.59), and the
subject-topic rule broke the seed's first recommendation theme (7/7), whose topic every essay shares. The largest
joined kinds stay marked below as known (strict xfail)."""

from __future__ import annotations

import pytest

from summarizer.collection import CHALLENGE_PROFILE, synthesize, vectors
from theme_helpers import held_out_gold, essay as _essay, themes as _themes


def _prices():
    return [_essay(0, ["物价持续上涨，民众生活压力大", "政府补贴发放不精准"], ["精准发放生活补贴", "加强市场价格监管"]),
            _essay(1, ["食品价格持续上涨", "补贴发放不够精准，流向了高收入者"], ["加大市场价格监管力度"]),
            _essay(2, ["物价上涨过快", "小贩生意难做"], ["补贴要精准发放"])]


def _ageing():
    return [_essay(0, ["护理人员严重不足", "院舍宿位轮候时间过长"], ["调整长照给付标准"]),
            _essay(1, ["护理人员短缺", "独居长者缺乏探访"], ["建立独居长者探访网络"]),
            _essay(2, ["院舍宿位轮候时间长达两年", "独居长者无人探访"], ["增加院舍宿位"])]


def test_prices_collection_themes_and_counts():
    coll = synthesize(_prices())
    # negative: the subsidies' targeting is no theme of the prices themselves, nor the hawkers' trade
    assert _themes(coll, "challenges") == [
        ("物价持续上涨", 3, [0, 1, 2], ["物价持续上涨，民众生活压力大", "食品价格持续上涨", "物价上涨过快"]),
        ("补贴发放不够精准", 2, [0, 1], ["政府补贴发放不精准", "补贴发放不够精准，流向了高收入者"]),
        ("小贩生意难做", 1, [2], ["小贩生意难做"]),
    ]
    assert _themes(coll, "recommendations") == [
        ("加强市场价格监管", 2, [0, 1], ["加强市场价格监管", "加大市场价格监管力度"]),
        ("补贴要精准发放", 2, [0, 2], ["补贴要精准发放", "精准发放生活补贴"]),
    ]


def test_ageing_collection_themes_and_counts():
    coll = synthesize(_ageing())
    # negative: staff, waiting lists and elders living alone share 长者 / 不足-like words but stay three themes
    assert _themes(coll, "challenges") == [
        ("护理人员短缺", 2, [0, 1], ["护理人员短缺", "护理人员严重不足"]),
        ("独居长者缺乏探访", 2, [1, 2], ["独居长者缺乏探访", "独居长者无人探访"]),
        ("院舍宿位轮候时间过长", 2, [0, 2], ["院舍宿位轮候时间过长", "院舍宿位轮候时间长达两年"]),
    ]
    # negative: a safety net for elders alone is no theme of care-home places, nor of the payment standards
    assert _themes(coll, "recommendations") == [
        ("调整长照给付标准", 1, [0], ["调整长照给付标准"]),
        ("建立独居长者探访网络", 1, [1], ["建立独居长者探访网络"]),
        ("增加院舍宿位", 1, [2], ["增加院舍宿位"]),
    ]


def _cosine(a: str, b: str) -> float:
    x, _ = vectors([a, b], CHALLENGE_PROFILE)
    return float((x @ x.T).toarray()[0, 1])


@pytest.mark.xfail(strict=True, reason="known joined kind (the largest: 105 of 272 held-out joined pairs): one broad "
                                       "topic and nothing else shared; dropping such links split more than it joined "
                                       "less (held-out mean 0.693 -> 0.679)")
def test_one_broad_topic_alone_does_not_link():
    assert _cosine("技术应对不足", "政府治理数字化水平存在差距") < 0.3


@pytest.mark.xfail(strict=True, reason="known joined kind: the collection's subject shared, the heads differ; the "
                                       "subject as no evidence lowered the seed's recommendations 0.879 -> 0.764")
def test_the_shared_subject_alone_does_not_link():
    # (theme44: with 防控力量 read as a staff, the personnel topic, the pair this test held first passes, below;
    # the kind stays: the same subject before another head still links)
    assert _cosine("基层社会疫情防控存在真空地带", "基层治理单位的疫情防控能力不足") < 0.3


def test_a_staff_for_the_shared_subject_is_not_linked_by_the_subject():
    # theme44: 防控力量 is the staff for prevention and control (personnel), not the emergency topic the subject
    # carries: a point about a gap and one about staff share only the subject's characters
    assert _cosine("基层社会疫情防控存在真空地带", "基层治理单位的疫情防控力量不足") < 0.3


@pytest.mark.xfail(strict=True, reason="known joined kind, one document: a household's budget (家庭预算) read as public "
                                       "funding (预算 of the funding topic); left as it is")
def test_a_household_budget_is_no_public_funding():
    assert _cosine("物价上涨超出家庭预算", "政府补贴发放不精准") < 0.3


@pytest.mark.parametrize("name, ids", [("ageing8", [1060, 1077, 1197, 1198, 1199, 1200, 1201, 1202]),
                                       ("prices5", [1164, 1165, 1166, 1167, 1168])])
def test_new_held_out_gold_holds_every_gold_point_once(name, ids):
    held_out_gold(name, ids)
