"""Round 44 of the collection themes (issue 14): the same shortfall in other words, from a curated map of how
governance writing names it (``resources/themes.txt``, ``resources/theme_synonyms.txt``; why a curated map and not a
thesaurus package: README.md, Round 44). Small collections of our own:

- Staff strength named as a staff's 力量 (``执法力量薄弱`` / ``防控力量不足`` / ``工作力量不足``) is the *personnel*
  topic, as ``人手紧缺`` is: one theme of three essays; funding stays apart.
- 力量 alone names no staff: ``社会力量参与不足`` stays out of the staffing theme, ``加强谣言管控力量`` apart from
  ``引进专业人才``; a staffing measure in other words (``充实社区工作力量`` / ``引进专业人才``) is one theme.
- People's will to act (``积极性`` / ``热情`` / ``主动性``) is one word in the compared characters: three wordings
  of it are one theme even with no 参与 to carry the participation topic.
"""

from __future__ import annotations

from summarizer.collection import synthesize
from theme_helpers import essay, themes


def _counts(got):
    return [(count, members) for _, count, members, _ in got]


def test_a_staffs_strength_in_three_wordings_is_one_theme_of_three_essays():
    got = themes(synthesize([essay(0, ["社区人手紧缺，值守任务重"]), essay(1, ["乡镇执法力量薄弱"]),
                             essay(2, ["街道工作力量不足"]), essay(3, ["财政经费保障不足"])]), "challenges")
    assert _counts(got) == [(3, [0, 1, 2]), (1, [3])]
    assert sorted(got[0][3]) == sorted(["社区人手紧缺，值守任务重", "乡镇执法力量薄弱", "街道工作力量不足"])
    assert got[1][0] == "财政经费保障不足"


def test_a_work_named_before_the_staff_still_makes_it_staff():
    # 防控 is an emergency word: 防控力量 is read as one word, the staff for prevention and control
    got = themes(synthesize([essay(0, ["社区人手紧缺"]), essay(1, ["乡镇执法力量薄弱"]),
                             essay(2, ["街道防控力量不足"]), essay(3, ["道路交通拥堵"])]), "challenges")
    assert _counts(got) == [(3, [0, 1, 2]), (1, [3])]


def test_social_forces_are_no_staff():
    got = themes(synthesize([essay(0, ["社会力量参与不足"]), essay(1, ["社区人手紧缺"]),
                             essay(2, ["街道工作力量薄弱"]), essay(3, ["企业参与积极性不高"])]), "challenges")
    staff = [t for t in got if t[1] == 2]
    assert len(staff) == 1 and staff[0][2] == [1, 2]
    assert all(0 not in members for _, count, members, _ in got if count > 1)


def test_a_force_for_a_task_is_no_staff():
    # 管控力量 names no staff: 加强谣言管控力量 stays apart from a staffing measure
    got = themes(synthesize([essay(0, [], ["加强谣言管控力量"]), essay(1, [], ["引进专业人才"])]), "recommendations")
    assert _counts(got) == [(1, [0]), (1, [1])]


def test_a_staffing_measure_in_other_words_is_one_theme():
    got = themes(synthesize([essay(0, [], ["充实社区工作力量"]), essay(1, [], ["引进专业人才"]),
                             essay(2, [], ["加大财政投入"])]), "recommendations")
    assert _counts(got) == [(2, [0, 1]), (1, [2])]


def test_will_to_act_in_three_wordings_is_one_theme():
    got = themes(synthesize([essay(0, ["村民积极性不高"]), essay(1, ["村民缺乏热情"]),
                             essay(2, ["村民主动性不强"]), essay(3, ["村里道路破损"])]), "challenges")
    assert _counts(got) == [(3, [0, 1, 2]), (1, [3])]
    assert got[0][0] == "村民积极性不高"
    assert got[1][0] == "村里道路破损"
