"""Round 36 of the collection themes and keyphrases (issue 14).

A theme merged different measures that share only a topic of the theme vocabulary (``运用智慧监管手段`` with
``健全考核评价体系，强化结果运用``: both ``#supervision``, the topic most points of a collection on oversight carry).
Each point's topic block was scaled to full length whatever its IDF, so one common topic linked two points as
strongly as a rare one; now the block is divided by at least ``TOPIC_IDF_FLOOR × log(1 + n)``
(:func:`summarizer.collection.topic_norm_floor`). And a short essay's keyphrase ``推动信息`` (a verb and the first
noun of its object ``信息公开``/``信息共享``) is no keyphrase when the object's next word stands glued after it
wherever the pair stands."""

from __future__ import annotations

import math

import summarizer
from summarizer.collection import TOPIC_IDF_FLOOR, synthesize, topic_norm_floor
from theme_helpers import essay as _essay, themes as _themes


def _oversight():
    return [_essay(0, [], ["运用智慧监管手段", "健全考核评价体系，强化结果运用"]),
            _essay(1, [], ["运用智慧监管手段，提升监管效率", "完善考核评价办法"]),
            _essay(2, [], ["推行智慧监管，运用信息化手段", "严格督查问责"]),
            _essay(3, [], ["健全考核评价体系", "加大整改督促力度"]),
            _essay(4, [], ["完善考核评价机制，强化结果运用", "开展专项检查"]),
            _essay(5, [], ["强化监督检查", "落实整改责任"])]


def test_a_common_topic_alone_no_longer_joins_different_measures():
    got = _themes(synthesize(_oversight()), "recommendations")
    # before: one theme of all six essays (nine points: the assessment measures, inspections, rectification)
    assert [(label, count, essays) for label, count, essays, _ in got] == [
        ("健全考核评价体系", 4, [0, 1, 3, 4]),
        ("运用智慧监管手段", 3, [0, 1, 2]),
        ("强化监督检查", 3, [2, 4, 5]),
        ("落实整改责任", 2, [3, 5]),
    ]
    # (theme42: the two that also share the clause 强化结果运用 stand nearest the theme's centroid)
    assert got[0][3] == ["健全考核评价体系，强化结果运用", "完善考核评价机制，强化结果运用", "健全考核评价体系",
                         "完善考核评价办法"]


def test_a_rare_topic_still_links_points_in_other_words():
    # #personnel is carried by two points of eight: its IDF reaches the floor, the two share the full topic block
    coll = synthesize([_essay(0, ["乡村教师数量不足", "道路硬化率低"]), _essay(1, ["专业人才严重流失", "饮水安全隐患多"]),
                       _essay(2, ["村集体经济薄弱", "垃圾处理设施缺乏"]), _essay(3, ["医疗服务资源短缺", "耕地撂荒"])])
    got = {tuple(points) for _, _, _, points in _themes(coll, "challenges")}
    assert ("乡村教师数量不足", "专业人才严重流失") in got or ("专业人才严重流失", "乡村教师数量不足") in got


def test_topic_norm_floor_values():
    assert TOPIC_IDF_FLOOR == 0.5
    assert topic_norm_floor(0) == 0.0
    assert math.isclose(topic_norm_floor(9), 0.5 * math.log(10))
    assert math.isclose(topic_norm_floor(99), 0.5 * math.log(100))


def _keyphrases(text: str) -> list[str]:
    return [k.text for e in summarizer.summarize(text).essays for k in e.keyphrases]


def test_a_verb_and_the_first_noun_of_a_compound_object_is_no_keyphrase():
    got = _keyphrases("乡村治理面临许多困难。街道推动信息公开，社区推动信息共享，村里推动信息上墙。干部队伍老化，服务能力不足。")
    assert "推动信息" not in got
    assert "干部队伍" in got
    # where the noun ends the object (the pair stands before a comma or a full stop), the pair stays a phrase
    got = _keyphrases("乡村治理面临许多困难。街道推动信息公开，社区推动信息，村里推动信息。干部队伍老化，服务能力不足。")
    assert "推动信息" in got
    # a verb and a verb (返乡 + 创业) are not affected
    assert _keyphrases("许多青年返乡创业。政府支持返乡创业，提供补贴。返乡创业的青年越来越多。") == ["返乡创业"]
