"""theme42: a fault said as a whole later clause of a point that lists several faults, and a label that kept the
verdict frame closing its clause.

A point often lists faults clause by clause (``设备陈旧，维修人员招不来，…``); the themes compared it through its first
clause only, so the same fault said by three essays in their second or third clause made no theme at the default
threshold. A clause that points of two or more essays say whole is now a feature of its own
(:data:`summarizer.collection.CLAUSE_PREFIX`), and ``…的问题十分突出`` (``的`` + a verdict noun + a verdict) is cut
from labels and clause features (:func:`summarizer.collection.without_verdict`).
"""

from __future__ import annotations

from costs import assert_linear
from summarizer import collection
from summarizer.collection import bare_label, synthesize, without_verdict
from theme_helpers import essay, themes

_CLINICS = [
    essay(0, ["村卫生室设备陈旧，乡村医生招不来，常用药品经常断供", "群众健康意识淡薄"]),
    essay(1, ["村医年龄老化，乡村医生招不来的问题比较突出", "医保报销比例偏低"]),
    essay(2, ["医保报销手续繁琐，异地就医结算不便", "家庭医生签约流于形式"]),
    essay(3, ["一个医生要看全村几百户，药品种类少，乡村医生招不来", "慢性病管理缺位"]),
    essay(4, ["远程医疗网络覆盖不全", "急救车辆到达时间过长"]),
]


def test_a_fault_said_as_a_later_clause_in_three_essays_is_one_theme_labelled_by_it():
    coll = synthesize(_CLINICS)
    top = coll.challenges[0]
    assert top.essays == [0, 1, 3] and top.essay_count == 3
    assert top.label == "乡村医生招不来"
    assert [t.essay_count for t in coll.challenges][:2] == [3, 2]


def test_without_clause_features_the_shared_fault_made_no_theme(monkeypatch):
    # the fault fixed: each point was compared through its first clause only
    monkeypatch.setattr(collection, "CLAUSE_TF", 0.0)
    coll = synthesize(_CLINICS)
    assert max(t.essay_count for t in coll.challenges) == 2
    assert "乡村医生招不来" not in [t.label for t in coll.challenges]


def test_a_clause_said_in_one_essay_only_links_nothing():
    coll = synthesize([essay(0, ["校舍老旧，食堂条件差"]), essay(1, ["课程开不齐，家长送孩子进城"])])
    assert [t.essay_count for t in coll.challenges] == [1, 1]


def test_the_verdict_frame_closing_a_clause_is_no_part_of_a_label():
    assert without_verdict("乡村医生招不来的问题比较突出") == "乡村医生招不来"
    assert without_verdict("违规收费的现象十分普遍") == "违规收费"
    assert without_verdict("人才流失的情况严重") == "人才流失"
    # no 的 + verdict noun: the words are the point's own (问题较多 says what it is)
    assert without_verdict("心理健康问题较多") == "心理健康问题较多"
    # fewer than four content characters would be left: the clause stays
    assert without_verdict("乱收费的现象突出") == "乱收费的现象突出"
    # Traditional script: the frame is read in the Simplified view, cut at the same offset
    assert without_verdict("鄉村醫生招不來的問題比較突出") == "鄉村醫生招不來"
    assert bare_label("同时，乡村医生招不来的问题比较突出") == "乡村医生招不来"


def test_a_theme_of_one_fault_framed_by_a_verdict_is_labelled_without_it():
    coll = synthesize([essay(0, ["幼儿园收费标准混乱的问题十分突出"]),
                       essay(1, ["幼儿园收费标准混乱的现象较为普遍"])])
    assert themes(coll, "challenges")[0][:3] == ("幼儿园收费标准混乱", 2, [0, 1])


def test_clause_features_and_the_verdict_frame_stay_linear():
    def run(k: int) -> None:
        text = "，".join(["乡村医生招不来的问题比较突出"] * k) + "。" + "村" * (40 * k)
        collection.weighted_features([text, "设备陈旧，" * k])
        without_verdict("的问题" * k + "突出")

    assert_linear(run, 200, "clause features and verdict frames")
