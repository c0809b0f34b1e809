"""coll59b: a fresh user saw one fault split into themes of the same label: three essays stated ``基层负担过重``, one of
them as the head clause of a long point (``基层负担过重的问题依然突出，文件多、…``), whose elaboration diluted its cosine
with the others, so that two themes both labelled with the fault came out (2/4 and 1/4).

A point whose head clause another essay's point states as a whole clause (or with modifiers before it) joins that
essay's theme (:func:`summarizer.collection._adopt_stated_heads`), and no two themes of one aspect keep one label
(:func:`summarizer.collection._one_theme_per_label`). Texts of our own.
"""

from __future__ import annotations

import numpy as np

from costs import assert_linear
from summarizer import collection
from summarizer.collection import CHALLENGE_PROFILE, statement_keys, synthesize
from theme_helpers import essay, themes

# essays 0, 1 and 3 state 医疗资源分布不均 (essay 0 as the head of a long point); essays 0 and 2 state 师资流失严重
_ESSAYS = [
    essay(0, ["医疗资源分布不均的问题十分突出，大医院人满为患，基层诊所门可罗雀，群众看病来回奔波",
              "山区学校师资流失严重，青年教师纷纷考走，课程难以开齐"]),
    essay(1, ["一些县城公共服务欠账较多，医疗资源分布不均，患者大量涌向省城"]),
    essay(2, ["乡镇中学办学条件简陋，师资流失严重，优质生源不断外流"]),
    essay(3, ["城乡发展差距依然较大，专科医生普遍短缺，医疗资源分布不均"]),
]


def _by_label(coll):
    return {label: essays for label, _, essays, _ in themes(coll, "challenges")}


def test_a_point_that_opens_with_a_fault_others_state_joins_their_theme():
    got = themes(synthesize(_ESSAYS), "challenges")
    labels = [label for label, _, _, _ in got]
    assert len(labels) == len(set(labels))
    assert got[0][:3] == ("医疗资源分布不均", 3, [0, 1, 3])
    assert got[1][1:3] == (2, [0, 2])
    assert "师资流失严重" in got[1][0]


def test_before_the_long_point_stayed_alone(monkeypatch):
    # the fault fixed: without the head-clause pass and the label join, the fault's head point is a theme of its own
    monkeypatch.setattr(collection, "_adopt_stated_heads", lambda members, theme_of, *a: (members, theme_of))
    monkeypatch.setattr(collection, "_one_theme_per_label",
                        lambda groups, labelled: [(ms, labelled(ms, cos)) for ms, cos in groups])
    got = themes(synthesize(_ESSAYS), "challenges")
    assert [(label, essays) for label, _, essays, _ in got] == [
        ("医疗资源分布不均", [1, 3]), ("师资流失严重", [0, 2]), ("医疗资源分布不均", [0])]


def test_either_pass_alone_joins_the_split_fault(monkeypatch):
    # the label join alone: the two themes labelled 医疗资源分布不均 are one
    monkeypatch.setattr(collection, "_adopt_stated_heads", lambda members, theme_of, *a: (members, theme_of))
    got = themes(synthesize(_ESSAYS), "challenges")
    assert [(label, essays) for label, _, essays, _ in got] == [("医疗资源分布不均", [0, 1, 3]), ("师资流失严重", [0, 2])]
    monkeypatch.undo()
    # the head clause alone: essay 0's point joins the theme whose points state its head
    monkeypatch.setattr(collection, "_one_theme_per_label",
                        lambda groups, labelled: [(ms, labelled(ms, cos)) for ms, cos in groups])
    got = themes(synthesize(_ESSAYS), "challenges")
    assert [(label, essays) for label, _, essays, _ in got] == [("医疗资源分布不均", [0, 1, 3]), ("师资流失严重", [0, 2])]


def test_statement_keys_read_the_head_without_its_verdict_frame():
    heads, clauses, listed = statement_keys(["基本农田撂荒的问题相当严重，灌溉渠道年久失修，农机合作社无人管理",
                                             "一些村庄农机合作社无人管理", "好", "渠道失修、机具闲置"],
                                            CHALLENGE_PROFILE)
    assert heads == ["基本农田撂荒", "一些村庄农机合作社无人管理", "", "渠道失修机具闲置"]
    assert clauses == [["基本农田撂荒", "灌溉渠道年久失修", "农机合作社无人管理"], ["一些村庄农机合作社无人管理"], [],
                       ["渠道失修机具闲置"]]
    assert listed == [set(), set(), set(), {"渠道失修机具闲置"}]


def test_a_head_with_modifiers_before_the_fault_joins_the_clause_that_states_it():
    # 一些村庄农机合作社无人管理 ends with essay 0's whole clause 农机合作社无人管理: one fault
    ess = [essay(0, ["基本农田撂荒的问题相当严重，灌溉渠道年久失修，农机合作社无人管理，种粮收益持续走低"]),
           essay(1, ["一些村庄农机合作社无人管理，大型机具闲置生锈，维修费用无处报销"])]
    got = themes(synthesize(ess), "challenges")
    assert [e for _, _, e, _ in got] == [[0, 1]]


def test_one_label_joins_themes():
    def labelled(ms, cos):
        return list(ms), ("同一问题" if 0 in ms or 1 in ms else "另一问题"), len(ms)

    groups = [([0], np.array([1.0])), ([2], np.array([1.0])), ([1], np.array([1.0]))]
    out = collection._one_theme_per_label(groups, labelled)
    assert [(ms, label) for ms, (_, label, _) in out] == [([0, 1], "同一问题"), ([2], "另一问题")]


def test_a_listed_head_is_no_fault_with_modifiers():
    # 河道管护不力、灌溉渠道年久失修 lists two faults: its tail is no head of its own
    ess = [essay(0, ["河道管护不力、灌溉渠道年久失修"]),
           essay(1, ["基本农田撂荒的问题相当严重，农机合作社无人管理，灌溉渠道年久失修"])]
    got = themes(synthesize(ess), "challenges")
    assert sorted(e for _, _, e, _ in got) == [[0], [1]]


def test_stated_heads_stay_linear():
    def run(n):
        ess = [essay(k, [f"基层负担过重的问题依然突出，第{k}类报表太多", "人才流失严重，年轻人外出"]) for k in range(n)]
        synthesize(ess)

    assert_linear(run, 40, "many essays stating one fault")
