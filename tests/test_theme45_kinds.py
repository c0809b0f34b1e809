"""Collection themes, round 45 (theme45): a challenge whose first clause only sets the scene and whose second clause
says what the scene shows (``随后社区成了防疫的第一线，急剧增长的工作量凸显了社区工作人员力量薄弱的短板``) is read
from what is shown, as when the verb of showing stands in the first clause (round 43,
:func:`summarizer.collection.cause_start`); a first clause that itself states the shortcoming stays the point."""

from costs import assert_linear
from theme_helpers import essay, held_out_gold, themes

from summarizer.collection import cause_start, synthesize


def test_a_verb_of_showing_in_the_second_clause_after_a_setting_is_read_from_what_is_shown():
    for text, rest in (("随后社区成了防疫的第一线，急剧增长的工作量凸显了社区人手不足的短板", "社区人手不足的短板"),
                       ("汛期一到，连日暴雨暴露出排水设施老化的问题", "排水设施老化的问题"),
                       ("每逢节假日，景区周边的拥堵折射出停车位严重不足的短板", "停车位严重不足的短板")):
        assert text[cause_start(text):] == rest


def test_a_first_clause_that_states_the_shortcoming_or_no_shortcoming_shown_changes_nothing():
    for text in ("社区人手不足，暴露出基层治理体系的短板",  # the first clause is the challenge
                 "疫情期间，调查结果反映出居民满意度高",  # nothing shown is a shortcoming
                 "设备老化，由于缺少经费",  # a cause in a later clause is not read
                 "近年来，矛盾日益凸显"):
        assert cause_start(text) == 0


_SETTING = [
    essay(0, ["随后社区成了防疫的第一线，急剧增长的工作量凸显了社区工作人员力量薄弱的短板", "老旧小区停车位紧张"]),
    essay(1, ["社区工作人员力量薄弱，难以应对突发任务", "电梯加装推进缓慢"]),
    essay(2, ["汛期到来以后，持续的防汛压力暴露出社区工作人员力量薄弱的问题", "垃圾清运不及时"]),
]


def test_three_essays_naming_one_shortage_after_a_setting_make_one_theme():
    top = synthesize(_SETTING).challenges[0]
    assert top.essays == [0, 1, 2] and top.essay_count == 3
    assert len(top.points) == 3
    assert "力量薄弱" in top.label
    rest = [t for t in themes(synthesize(_SETTING), "challenges")[1:]]
    assert all(count == 1 for _, count, _, _ in rest)


def test_cause_start_with_a_second_clause_is_linear():
    assert_linear(lambda n: cause_start("疫情期间，" + "凸显了" * n + "不足"), 2_000, "a run of verbs after a setting")
    assert_linear(lambda n: cause_start("疫情期间" * n + "，凸显了人手不足"), 2_000, "a long setting clause")
    assert_linear(lambda n: synthesize([essay(k, ["疫情期间，持续压力暴露出人手" + "很" * n + "不足"]) for k in range(3)]),
                  2_000, "one long clause after a setting and a verb of showing")


def test_the_fresh_collection_of_this_round_holds_its_gold_points():
    gold = held_out_gold("prepfood5", [1153, 1667, 1668, 1779, 1796])
    assert gold["fresh"] is True
    assert [len(t) for t in gold["challenges"]][:2] == [6, 3]
