"""Collection themes of points that say the same thing in different words (summarizer.collection, issue 14): a
new user's trial found no shared challenge across five essays worded differently (信息系统互不联通 /
数据共享机制缺失). The collections here are written for the tests."""

from __future__ import annotations

from summarizer.collection import (CHALLENGE_PROFILE, RECOMMENDATION_PROFILE, label_of, synthesize, topics,
                                   weighted_features)


def essay(i: int, challenges: list[str], recommendations: list[str] = ()) -> dict:
    return {"index": i, "title": None,
            # points 40 characters apart, as an essay's measures stand: no neighbours (collection.adjacent_pairs)
            "challenges": [{"text": t, "start": 100 * i + 40 * k, "end": 100 * i + 40 * k + 1}
                           for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 100 * i + 50 + 40 * k, "end": 100 * i + 51 + 40 * k}
                                for k, t in enumerate(recommendations)]}


def shared(coll, aspect):
    """(essays, essay count) of each theme shared by two or more essays, most widely shared first."""
    return [(t.essays, t.essay_count) for t in getattr(coll, aspect) if t.essay_count >= 2]


# four essays on grassroots governance: data silos, paperwork, funding, each in its own words
WORDED = [
    essay(0, ["业务系统互不联通，群众办事要反复提交材料", "基层填表报数任务繁重"],
          ["推进部门信息系统互联互通", "精简各类报表台账"]),
    essay(1, ["存在信息孤岛", "形式主义问题依然突出，留痕要求过多"],
          ["打破部门之间的数据壁垒", "坚决整治形式主义"]),
    essay(2, ["数据共享渠道不畅", "专项经费保障不足"], ["建设统一的数据共享平台", "加大财政资金投入"]),
    essay(3, ["各类台账多、负担重", "资金投入长期不够"], ["切实为基层减负", "拓宽经费来源渠道"]),
]


def test_the_same_problem_in_different_words_is_one_shared_theme():
    coll = synthesize(WORDED)
    # 互不联通 / 信息孤岛 / 数据共享: data silos; 填表报数 / 形式主义、留痕 / 台账、负担: paperwork; 经费 / 资金: funding
    assert sorted(shared(coll, "challenges")) == [([0, 1, 2], 3), ([0, 1, 3], 3), ([2, 3], 2)]
    assert [t.essay_count for t in coll.challenges] == [3, 3, 2]  # most widely shared first
    by_essays = {tuple(t.essays): {p.text for p in t.points} for t in coll.challenges}
    assert by_essays[(0, 1, 2)] == {"业务系统互不联通，群众办事要反复提交材料", "存在信息孤岛", "数据共享渠道不畅"}
    assert by_essays[(0, 1, 3)] == {"基层填表报数任务繁重", "形式主义问题依然突出，留痕要求过多", "各类台账多、负担重"}
    assert by_essays[(2, 3)] == {"专项经费保障不足", "资金投入长期不够"}
    assert len(coll.challenges) == 3  # every point is in one of the three themes


def test_the_same_measure_in_different_words_is_one_shared_theme():
    coll = synthesize(WORDED)
    assert sorted(shared(coll, "recommendations")) == [([0, 1, 2], 3), ([0, 1, 3], 3), ([2, 3], 2)]
    assert len(coll.recommendations) == 3
    funding = next(t for t in coll.recommendations if t.essays == [2, 3])
    assert {p.text for p in funding.points} == {"加大财政资金投入", "拓宽经费来源渠道"}


def test_the_enumeration_comma_does_not_end_a_clause():
    # 、 lists the parts of one clause: the label and the features read the whole clause
    assert label_of("检察机关应当与工商、税务等部门建立信息共享机制，形成合力") == "检察机关应当与工商、税务等部门建立信息共享机制"
    assert label_of("各类台账多、负担重") == "各类台账多、负担重"
    got = weighted_features(["台账多、负担重"], CHALLENGE_PROFILE)[0]
    assert got["#burden"] == 1.0 and "台账" in got and "账多" in got  # one clause


def test_topic_vocabulary_for_data_silos_paperwork_and_education():
    owner = {w: name for name, ws in topics().items() for w in ws}
    assert {owner[w] for w in ("信息孤岛", "数据壁垒", "互联互通", "数据共享")} == {"data"}
    assert {owner[w] for w in ("形式主义", "留痕", "台账", "减负", "填表")} == {"burden"}
    assert owner["教育"] == "education" and owner["法治教育"] == "publicity"  # the longer word decides
    assert owner["社会稳定"] == "security" and "稳定" not in owner  # 稳定的 (stable) names no topic
    got = weighted_features(["建立稳定的经费保障机制"], RECOMMENDATION_PROFILE)[0]
    assert {k for k in got if k.startswith("#")} == {"#funding"}


def test_a_shortcoming_predicate_that_names_the_topic_still_gives_the_topic():
    # 形式主义 / 负担 / 隐患 are cue words of a problem (taken out of the characters) and name what it is about
    for text, topic in (("形式主义问题依然突出", "#burden"), ("基层负担过重", "#burden"), ("安全隐患多", "#emergency")):
        got = weighted_features([text], CHALLENGE_PROFILE)[0]
        assert got[topic] == 1.0, text
    # a measure's opening verb is still no topic of it: 监督 opens 监督落实…, 考核 stays (inside the object)
    got = weighted_features(["监督落实考核办法"], RECOMMENDATION_PROFILE)[0]
    assert got["#supervision"] == 1.0 and "监督" not in got and "考核" in got
