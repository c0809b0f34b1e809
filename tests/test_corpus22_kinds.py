"""Failure kinds found by the blind Part 18 documents (779-789) of the aspect corpus, each on a text written for the
test (none copies a corpus string).

1. Narrated work read as measures: a work report's sentence of verb phrases (坚持…，深入开展…，扎实推进…) that opens in a
   period up to now (``近年来，``, ``今年以来，``) or closes with what the work attained (``…，全面完成了年度目标任务``,
   ``…不断取得新进展``), with no modal word, tells achievements (:func:`summarizer.points.narrates_work_done` in
   ``points._praise_before_turn``); so does praise of the many before a turn to the few who fall short (``但是，个别…``,
   ``points._TURN_TO_PROBLEMS``). A prescription (要…, 确保取得实效) stays a measure.
2. A shortfall one is told to look for (``认真查找工作中的不足``) was read as a stated problem: after a verb of examining
   and 的, ``examined_shortfall_noun`` words are the object of the work
   (:func:`summarizer.aspects.addressed_problem_spans`, ``points.final_deficit_clause``); ``分析研判能力不足`` still
   states one.
3. A study's findings (``研究发现：第一，…；第二，…；第三，…``) were voted as one list of measures: after a
   ``findings_lead`` each item is read on its own (:func:`summarizer.aspects.reports_findings` in ``aspects.analyze``).
4. A subject named as the means of a remedy (``发展乡村旅游是破解村集体增收难题的有效途径``) was read as a stated problem:
   it recommends the subject (``aspects._means_copula_re`` in :func:`summarizer.aspects.remedies_problem`; the problem
   noun is addressed, ``困境`` joins ``addressed_noun``). ``这不是解决问题的办法`` is no such means.
5. 建议 and 需要 as nouns (``检察建议的质量``, ``群众的实际需要``) were read as modals (``modal_exclusion``).
6. Verdicts of a state grown grave (``…的状况已十分严重``) and of a reform that missed its aim (``但没有达到预期的目标``)
   stated no problem: set phrases of ``prose_verdict`` (:func:`summarizer.aspects.states_verdict`; the forms with their
   object, ``…预期的目标``, so that 的 does not make the phrase an attribute).
7. A wish with a time to come before its act (``…完成不理想，希望今后多加注意，进一步完善提高``) was no measure tail:
   ``measure_tail_wish_time`` words are passed before the imperative test (:func:`summarizer.points.measure_tail_clause`),
   and 多加注意 / 多加关注 open an exhortation (``imperative``).
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P
from costs import assert_linear

# 1 ---------------------------------------------------------------------------------------------------------------

_PERIOD = "近年来，某县环保部门坚持以人民为中心，深入开展河道整治，推动全县水质不断取得新进展。"
_ATTAINED = "今年以来，街道党工委紧扣年度重点，扎实推进老旧小区改造，全面完成了年度目标任务。"
_CLOSING = "街道党工委紧扣年度重点，扎实推进老旧小区改造，全面完成了年度目标任务，为明年工作打下了坚实基础。"
_PRESCRIBED = "要坚持以人民为中心，深入开展河道整治，推动全县水质持续好转。"
_GOAL = "各部门要坚持问题导向，深入开展河道整治，确保取得实效。"
_UNMODAL_GOAL = "坚持问题导向，深入开展河道整治，力争实现水质全面达标。"


def test_narrated_work_is_recognised():
    assert P.narrates_work_done(_PERIOD)
    assert P.narrates_work_done(_ATTAINED)
    assert P.narrates_work_done(_CLOSING)


def test_narrated_work_gives_no_measure():
    assert points(_ATTAINED) == ([], [])
    assert points(_CLOSING)[1] == []
    assert points(_PERIOD)[1] == []


def test_prescribed_work_stays_a_measure():
    assert not P.narrates_work_done(_PRESCRIBED)  # a modal: it prescribes
    assert not P.narrates_work_done(_GOAL)
    assert not P.narrates_work_done(_UNMODAL_GOAL)  # 力争实现: a goal, nothing attained
    assert points(_PRESCRIBED)[1] == ["要坚持以人民为中心，深入开展河道整治，推动全县水质持续好转"]
    assert points(_GOAL)[1] == ["各部门要坚持问题导向，深入开展河道整治，确保取得实效"]


_PRAISE_TURN = "在过去一年里，多数教师工作积极，能主动承担教学任务。但是，个别教师备课敷衍了事，课堂纪律松弛。"


def test_praise_before_a_turn_to_the_few():
    challenges, recommendations = points(_PRAISE_TURN)
    assert recommendations == []
    assert challenges == ["个别教师备课敷衍了事，课堂纪律松弛"]
    assert P._TURN_TO_PROBLEMS.match("但是，个别教师备课敷衍了事")
    assert P._TURN_TO_PROBLEMS.match("但也发现少数干部存在…问题")
    assert not P._TURN_TO_PROBLEMS.match("但是，全体教师都要认真备课")  # no few named: no turn


# 2 ---------------------------------------------------------------------------------------------------------------

_EXAMINE = "各级干部要以这次检查为契机，认真查找工作中的不足，切实改进工作作风，真正做到服务群众。"


def test_examined_shortfall_is_addressed():
    text = "认真查找工作中的不足"
    assert asp.addressed_problem_spans(text) == [(2, 10)]
    assert asp.challenge_strength(text) == 0


def test_examined_shortfall_gives_a_measure_not_a_problem():
    challenges, recommendations = points(_EXAMINE)
    assert challenges == []
    # (part18fix22: the occasion exhortation 要以…为契机，A，B，C gives one measure per act, points.occasion_exhortation_clauses)
    assert recommendations == ["认真查找工作中的不足", "切实改进工作作风", "真正做到服务群众"]


def test_shortfall_of_an_ability_is_still_a_problem():
    assert asp.addressed_problem_spans("分析研判能力不足") == []  # no 的 before 不足: a predicate
    assert asp.challenge_strength("分析研判能力不足") == 1


# 3 ---------------------------------------------------------------------------------------------------------------

_FINDINGS = ("本课题聚焦乡村学校的师资问题，研究发现：第一，乡村教师流失严重，年轻教师留不住，教学质量持续下滑；"
             "第二，提高乡村教师待遇是破解师资难题的根本出路；第三，需要建立城乡教师轮岗交流机制。")


def test_findings_lead_is_recognised():
    assert asp.reports_findings("本课题聚焦乡村学校的师资问题，研究发现：")
    assert asp.reports_findings("调查表明，")
    assert not asp.reports_findings("主要表现为：")  # the forms a problem takes: voted as one list
    assert not asp.reports_findings("研究发现的问题很多，")


def test_findings_are_read_item_by_item():
    challenges, recommendations = points(_FINDINGS)
    assert challenges == ["乡村教师流失严重，年轻教师留不住，教学质量持续下滑"]
    assert recommendations == ["提高乡村教师待遇是破解师资难题的根本出路", "需要建立城乡教师轮岗交流机制"]


# 4 ---------------------------------------------------------------------------------------------------------------

def test_means_of_a_remedy_recommends_its_subject():
    s = "发展乡村旅游是破解村集体增收难题的有效途径。"
    assert asp.remedies_problem(s)
    assert asp.sentence_aspect(s) == asp.RECOMMENDATION
    assert asp.challenge_strength(s) == 0
    assert points(s) == ([], ["发展乡村旅游是破解村集体增收难题的有效途径"])
    assert asp.sentence_aspect("加强协同监管是化解治理困境的关键。") == asp.RECOMMENDATION


def test_no_means_without_the_copula():
    assert asp.sentence_aspect("这不是解决问题的办法。") != asp.RECOMMENDATION  # denied: no means named
    assert asp.sentence_aspect("最大的难题是资金不足。") == asp.CHALLENGE  # 是 before no remedy verb
    assert asp._means_copula_re().match("发展乡村旅游是破解村集体增收难题的有效途径之一的说法") is None  # no clause end


# 5 ---------------------------------------------------------------------------------------------------------------

def test_nouns_of_proposal_and_need_are_no_modals():
    assert not asp.holds_modal_word("检察建议的质量有待提高")
    assert not asp.holds_modal_word("服务于群众的实际需要")
    assert asp.holds_modal_word("我们需要加强监管")
    assert asp.holds_modal_word("建议加强监管")


# linear cost -----------------------------------------------------------------------------------------------------

def test_new_readers_are_linear():
    def read(text):
        P.narrates_work_done(text)
        asp.reports_findings(text)
        asp._means_copula_re().match(text)
        asp.addressed_problem_spans("查找" + text + "的不足")

    assert_linear(lambda n: read("推进" * n), 12_500, "a long line")
    assert_linear(lambda n: read("。".join(["做好"] * n) + "。"), 2_500, "many tiny sentences")
    assert_linear(lambda n: read("近年来，" + "推进" * n), 12_500, "a time frame and a long line")
    assert_linear(lambda n: read("推进" * n + "，全面完成了任务"), 12_500, "a long line and a completion")


# 6 ---------------------------------------------------------------------------------------------------------------

def test_verdicts_of_grave_state_and_missed_aim():
    assert asp.sentence_aspect("河道污染十分严重。") == asp.CHALLENGE
    assert points("这项改革推行了三年，但没有达到预期的目标。")[0] == ["这项改革推行了三年，但没有达到预期的目标"]
    assert asp.states_verdict("试点推行两年，未能达到预期效果。")
    assert not asp.states_verdict("如果措施不当，就会达不到预期效果。")  # after a condition: hypothetical
    assert not asp.states_verdict("要充分认识污染的严重性。")  # 严重性 alone is no verdict


# 7 ---------------------------------------------------------------------------------------------------------------

def test_wish_with_a_time_to_come_is_a_measure_tail():
    text = "个别教师备课不认真，课堂效率不高，希望今后多加注意，进一步改进教学方法。"
    assert P.measure_tail_clause("希望今后多加注意")
    assert P.measure_tail_clause("希望以后加强备课")
    assert points(text) == (["个别教师备课不认真，课堂效率不高"], ["希望今后多加注意，进一步改进教学方法"])


def test_a_bare_wish_of_time_is_no_measure_tail():
    assert not P.measure_tail_clause("希望今后的日子越来越好")  # a personal wish: no act
    assert not P.measure_tail_clause("希望以后")
