"""Failure kinds left by Parts 18 and 19 (institutional texts, speeches, Q&A), each on a text written for the test
(none copies a corpus string).

1. A narrated meeting's demands (``…召开区政府常务会议进行专题部署，要求各街道A，B，C，D。``): each demanded act is
   one recommendation (:func:`summarizer.points.meeting_demand_clauses` in ``points._plan_points``); a closing aim
   (``确保…``) is no separate demand, and ``要召开…会议，要求…`` (a modal before the meeting) is not read this way.
2. A plan added to what a body reports with an additive connective and no subject (``同时，将把…纳入…``, ``此外，还将
   对…予以…``): the body's announced plan (``points._LINKED_PLAN`` in ``points._bodys_plan``), one point per measure;
   ``同时，将导致…`` is no plan.
3. Spoken 得 "must" after a connective or a focus word (``所以关键得让…``, ``不过得注意别…``): a ``modal_compound``
   (read by ``aspects._modal_actions``), and a caution after a modal (``注意别``, ``注意不要``) opens the action
   (``prose_action``); ``还得到了…`` and ``值得注意的是，…`` prescribe nothing.
4. A caution with an example of the faulty cases (``要注意别搞一刀切，比如有的小区…，结果…``): the caution is the
   measure and the example the problem it observes (:func:`summarizer.points._caution_example_points`); an example
   of good practice (``比如有的社区每周开议事会，效果很好`` after no caution) stays in its measure.
5. An exhortation that opens with the occasion to seize (``全体X要以这次Y为契机，A，B，C，为Z提供保障``): each act is one
   recommendation, the closing aim none (:func:`summarizer.points.occasion_exhortation_clauses` in
   ``points._plan_points``).
6. A sentence that opens with an additive connective (``而且，…``) after a sentence that gave a challenge, in the same
   paragraph (an item of a self-review with several sentences), adds one more shortcoming
   (``points._additive_problem_points``); a 而且 sentence that prescribes gives no challenge.
7. A sentence that states a problem and announces its manifestations (``但也发现少数职工存在A、B的问题，具体表现为：…``):
   the summarising problem is a point besides the listed ones, past the finding's frame (``points.
   _manifest_lead_in_points``); a bare announcement (``存在以下问题``) or one naming only nouns (``面临的挑战和存在的
   问题``) gives none.
8. The fault a speaker noticed before his own proposal (``我注意到政府过分偏重A，导致B，因此建议C，同时要D``): one
   challenge beside the proposals (:func:`summarizer.points.noticed_fault`, ``points._noticed_fault_points``); a
   neutral observation (``我注意到政府近年兴建了大量公屋，因此建议…``) gives none.
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import points as P
from costs import assert_linear

# 1 ---------------------------------------------------------------------------------------------------------------

_DEMANDS = ("区政府高度重视巡察反馈问题的整改工作，3月2日召开区政府常务会议进行专题部署，要求各街道增强责任意识，"
            "压紧压实整改责任，健全长效机制，扎实推进反馈问题整改。截至5月底，已完成整改42项。")
_DEMANDS_AIM = "县委召开常委会会议，要求各乡镇落实主体责任，完善工作台账，确保按期完成整改任务。"
_MODAL_MEETING = "区委要召开专题会议，要求各街道增强责任意识，落实主体责任。"


def test_meeting_demands_one_point_each():
    assert points(_DEMANDS) == ([], ["增强责任意识", "压紧压实整改责任", "健全长效机制", "扎实推进反馈问题整改"])


def test_meeting_demand_offsets_and_aim():
    s = _DEMANDS_AIM
    spans = P.meeting_demand_clauses(s)
    assert [s[a:b] for a, b in spans] == ["落实主体责任", "完善工作台账"]
    assert spans[0][0] == s.index("落实")


def test_meeting_demands_negative():
    assert P.meeting_demand_clauses(_MODAL_MEETING) == []  # 要召开: the meeting itself is a measure
    assert P.meeting_demand_clauses("会议认为，各街道工作扎实，成效明显。") == []  # no meeting held, no 要求
    assert P.meeting_demand_clauses("3月2日召开常务会议，要求各街道增强责任意识。") == []  # one demand: no list


# 2 ---------------------------------------------------------------------------------------------------------------

def test_linked_plan_is_a_measure():
    text = "检查组已对相关责任人进行了约谈。同时，将把此次检查结果纳入年度考核，作为评先评优的依据。"
    assert points(text) == ([], ["把此次检查结果纳入年度考核"])
    text2 = "已督促相关学校完成整改。此外，还将对整改不到位的学校予以通报批评。"
    assert points(text2) == ([], ["对整改不到位的学校予以通报批评"])


def test_linked_consequence_is_no_plan():
    assert P.announced_plan_clauses("同时，将导致学生身体健康受到影响。") == []
    assert P.announced_plan_clauses("同时，市民将享受更便利的服务。") == []


# 3 ---------------------------------------------------------------------------------------------------------------

def test_spoken_must_prescribes():
    assert points("所以关键得让家长觉得这事真有用。") == ([], ["关键得让家长觉得这事真有用"])
    assert points("不过得注意别搞层层加码。") == ([], ["不过得注意别搞层层加码"])
    assert points("那得注意不要把好事办成坏事。")[1] == ["那得注意不要把好事办成坏事"]


def test_spoken_must_negative():
    assert points("这些问题还得到了上级的重视。") == ([], [])
    assert points("关键得到群众的支持。") == ([], [])
    assert points("值得注意的是，层层加码问题依然突出。")[1] == []


# 4 ---------------------------------------------------------------------------------------------------------------

def test_caution_example_splits():
    text = "推行积分制要注意不能搞一刀切，比如一些小区把积分和物业费挂钩，结果老人根本用不上。"
    assert points(text) == (["一些小区把积分和物业费挂钩，结果老人根本用不上"], ["推行积分制要注意不能搞一刀切"])


def test_good_example_stays():
    text = "要多听居民意见，比如有的社区每周开议事会，效果很好。"
    assert points(text) == ([], ["要多听居民意见，比如有的社区每周开议事会，效果很好"])


# 5 ---------------------------------------------------------------------------------------------------------------

def test_occasion_exhortation_acts():
    text = "全体教师要以这次评估为契机，认真查找教学中的问题，切实改进课堂教学，真正做到因材施教，为学校发展提供有力保障。"
    assert points(text) == ([], ["认真查找教学中的问题", "切实改进课堂教学", "真正做到因材施教"])
    spans = P.occasion_exhortation_clauses(text)
    assert spans[0] == (text.index("认真"), text.index("，切实"))


def test_occasion_exhortation_negative():
    assert P.occasion_exhortation_clauses("学校以这次评估为契机，查找了教学中的问题，改进了课堂教学。") == []  # no modal
    assert P.occasion_exhortation_clauses("要以这次评估为契机，认真查找教学中的问题。") == []  # one act


# 6 ---------------------------------------------------------------------------------------------------------------

def test_additive_sentence_adds_a_problem():
    text = "首先，在学习上，对业务知识的掌握不够扎实。而且，本人对新政策理解不深，工作方法有待改进。"
    assert points(text) == (["在学习上，对业务知识的掌握不够扎实", "本人对新政策理解不深，工作方法有待改进"], [])


def test_additive_measure_is_no_problem():
    text = "首先，在学习上，对业务知识的掌握不够扎实。而且，我们要更加主动地学习新政策。"
    assert points(text)[0] == ["在学习上，对业务知识的掌握不够扎实"]


# 7 ---------------------------------------------------------------------------------------------------------------

_LIST = "部分人员上班时间闲聊，影响办事效率；个别窗口对群众咨询答复不耐心。"


def test_manifest_lead_in_is_a_point():
    text = "从检查结果来看，大部分科室能够按照规定开展工作。但也发现少数职工存在纪律松散、责任心不强的问题，具体表现为：" + _LIST
    assert points(text)[0] == ["少数职工存在纪律松散、责任心不强的问题", "部分人员上班时间闲聊，影响办事效率",
                               "个别窗口对群众咨询答复不耐心"]


def test_manifest_lead_in_negative():
    assert points("我们的工作主要存在以下问题，具体表现为：" + _LIST)[0] == [
        "部分人员上班时间闲聊，影响办事效率", "个别窗口对群众咨询答复不耐心"]
    assert points("在肯定成绩的同时，我们也清醒地认识到面临的挑战和工作中存在的问题，主要表现在：" + _LIST)[0] == [
        "部分人员上班时间闲聊，影响办事效率", "个别窗口对群众咨询答复不耐心"]
    # (a cause that leads to the list explains, it sums nothing up)
    found = points("然而，由于少数职工缺乏业务知识，具体表现为：" + _LIST)[0]
    assert "少数职工缺乏业务知识" not in found and "由于少数职工缺乏业务知识" not in found


# 8 ---------------------------------------------------------------------------------------------------------------

def test_noticed_fault_before_proposal():
    text = "2021年，我注意到政府过分偏重兴建出租公屋，导致部分青年养成依赖心态，因此建议调整出租与出售房屋的比例，同时要严打滥用公屋。"
    assert points(text) == (["政府过分偏重兴建出租公屋，导致部分青年养成依赖心态"], ["调整出租与出售房屋的比例", "严打滥用公屋"])
    s = "我注意到政府过分偏重兴建出租公屋，导致部分青年养成依赖心态，因此建议调整比例。"
    assert P.noticed_fault(s) == [(s.index("政府"), s.index("，因此"))]


def test_neutral_observation_is_no_fault():
    text = "我注意到政府近年兴建了大量公屋，因此建议调整出租与出售房屋的比例，同时要严打滥用公屋。"
    assert points(text) == ([], ["调整出租与出售房屋的比例", "严打滥用公屋"])
    assert P.noticed_fault("我注意到政府过分偏重兴建出租公屋。") == []  # no proposal follows


# linear cost ---------------------------------------------------------------------------------------------------------

def test_new_readers_are_linear():
    def caution(n):
        out = {"challenge": [], "recommendation": [P.RawPoint("recommendation", 0, 10 * n)]}
        P._caution_example_points("别" * (5 * n) + "，比如有的" * n, out, 60)

    assert_linear(lambda n: P.meeting_demand_clauses("召开会议，要求各部门" + "落实责任，" * n), 5000, "meeting demands")
    assert_linear(lambda n: P.announced_plan_clauses("同时，将" + "把情况纳入考核，" * n), 3125, "announced plans")
    assert_linear(lambda n: P.occasion_exhortation_clauses("要以评估为契机，" + "查找问题，" * n), 5000, "exhortations")
    assert_linear(lambda n: P.noticed_fault("我注意到" + "过分偏重，" * n), 5000, "noticed faults")
    assert_linear(caution, 2500, "caution examples")
    assert_linear(lambda n: points("首先，业务学习不够深入。" + "而且，工作方法有待改进。" * n), 200, "many sentences, summarized")
