"""weak25: kinds of Parts 21, 20, 3 and 15 (free prose: the outcome of a necessary condition, ...). Texts written
for these tests."""

from summarizer import aspects
from costs import assert_linear
from aspect_helpers import analyzed_points as _points


# --- the outcome of a necessary condition states no problem (aspects.necessary_condition, in sentence_aspect) -------

def test_necessary_condition_outcome_found():
    s = "台账清、责任明、督查实,整改工作才能真正解决群众的难题"
    assert aspects.necessary_condition(s) == (s.index("整改工作"), False)
    t = "当前,唯有真正精简会议文件,让干部走出办公室,才能让他们腾出手来化解矛盾"
    assert aspects.necessary_condition(t) == (t.index("才能"), True)
    assert aspects.necessary_condition("但只有企业拥有足够的人才,才能突破技术难题")[1] is True


def test_necessary_condition_outcome_is_no_challenge():
    assert aspects.sentence_aspect("台账清、责任明、督查实,整改工作才能真正解决群众的难题") is None
    assert aspects.sentence_aspect("当前,唯有真正精简会议文件,让干部走出办公室,才能让他们腾出手来化解矛盾难题") is None
    # a modal in the condition still prescribes
    assert aspects.sentence_aspect("必须加大财政投入,才能解决养老机构床位紧张的问题") == aspects.RECOMMENDATION


def test_condition_that_states_a_fault_or_negated_outcome_is_no_such_condition():
    # a shortfall in the condition, an outcome negated: the sentence states a problem as before
    assert aspects.necessary_condition("由于资金不足,项目才能拖到今天") is None
    assert aspects.necessary_condition("由于资金长期不足,工程才无法按期推进") is None
    assert aspects.sentence_aspect("由于资金长期不足,工程才无法按期推进") == aspects.CHALLENGE
    # no 才 outcome at all
    assert aspects.necessary_condition("社区养老服务设施严重不足,老人就医难") is None


_BURDEN = ("给基层减负\n\n"
           "可如今不少乡镇干部被各种报表缠得喘不过气,填表、留痕占去了大半时间。\n\n"
           "减负不是减责任。当下,唯有真正精简会议文件,让干部走出办公室,才能让他们腾出手来化解矛盾、破解难题。\n")


def test_outcome_clause_not_a_challenge_point():
    got = _points(_BURDEN)
    assert not any("才能" in p for p in got.get("challenge", []))
    assert any("喘不过气" in p for p in got.get("challenge", []))


# --- a problem noun as what a solution verb aims at or has removed (aspects.solved_problem_spans) --------------------

def test_purpose_tail_and_perfective_removal_state_no_problem():
    s = "该区尝试设立联合调解平台,以破解多头管理的弊端"
    assert aspects.solved_problem_spans(s) == [(s.index("以破解"), len(s))]
    assert aspects.prose_aspect("以破解多头管理的弊端") is None
    t = "几个街道通过试点,突破了传统台账管理的瓶颈"
    assert aspects.solved_problem_spans(t) == [(t.index("突破了"), len(t))]
    assert not aspects._prose_deficits(t)
    # the perfective is left to challenge_strength's older reading (done=False)
    assert aspects.solved_problem_spans(t, done=False) == []


def test_difficulty_or_negated_removal_is_still_a_problem():
    # 难以 + solution verb states a difficulty; a negated result removes nothing
    assert aspects.solved_problem_spans("乡镇财力薄弱,产业发展难以突破瓶颈") == []
    assert aspects.solved_problem_spans("拖了三年还没有解决了的问题") == []
    assert aspects._prose_deficits("乡镇财力薄弱,产业发展难以突破瓶颈")
    assert aspects.prose_aspect("产业发展难以突破瓶颈") == aspects.CHALLENGE


# --- a prescription closing a topic section's paragraph before the 建議 section (points.extract_points) ---------------

_PLATFORM = ("政綱\n\n一、 安老服務\n\n本港安老院舍的輪候時間長達三年,癥結在於缺乏專業護理人手。政府有必要採取積極措施,培訓本地護理人員。\n\n"
             "建議\n\n(i) 建議政府撥款十億元,成立護理學院,為業界培訓人手。\n\n(ii) 建議當局提高前線護理員的薪酬,吸引年輕人入行。\n")


def test_prescription_under_a_topic_heading_before_the_measures_section_is_a_point():
    got = _points(_PLATFORM)
    assert got["recommendation"] == ["政府有必要採取積極措施,培訓本地護理人員", "建議政府撥款十億元,成立護理學院,為業界培訓人手",
                                     "建議當局提高前線護理員的薪酬,吸引年輕人入行"]
    assert got["challenge"] == ["本港安老院舍的輪候時間長達三年,癥結在於缺乏專業護理人手"]


def test_prescription_in_the_opening_before_any_heading_stays_the_thesis():
    text = _PLATFORM.replace("政綱\n\n一、 安老服務\n\n", "")
    got = _points(text)
    assert "政府有必要採取積極措施,培訓本地護理人員" not in got["recommendation"]
    assert len(got["recommendation"]) == 2


# --- a clause that ends with an excess or a poor degree (points.final_deficit_clause, aspects.degree_deficit) ---------

def test_long_sentence_clause_ending_in_an_excess_is_a_problem():
    from summarizer import points
    s = "说到升学考试，不少家长在孩子课外辅导方面花钱太多了，周末几乎都耗在各种补习班里面。"
    assert aspects.degree_deficit("不少家长在孩子课外辅导方面花钱太多了").group() == "太多了"
    assert points.final_deficit_clause(s) == (7, 25)  # 不少家长在孩子课外辅导方面花钱太多了


def test_excess_inside_a_condition_or_no_excess_is_no_problem_clause():
    from summarizer import points
    assert points.final_deficit_clause("说到升学考试，如果孩子的作业太多了，家长可以和老师商量一下周末的安排和时间。") is None
    assert points.final_deficit_clause("说到升学考试，不少家长在孩子课外辅导方面花钱，周末几乎都耗在各种补习班里面。") is None
    assert aspects.degree_deficit("花钱很多") is None


# --- an act urged by the good it does (aspects.benefit_frame_measure) -------------------------------------------------

def test_act_subject_of_a_benefit_is_a_measure():
    assert aspects.benefit_frame_measure("长远来看，放宽落户限制，推行积分入学显然有助于留住年轻人才。")
    assert aspects.prose_aspect("长远来看，放宽落户限制，推行积分入学显然有助于留住年轻人才。") == aspects.RECOMMENDATION
    # what the good eases (缓解…压力) is no problem the sentence states
    assert aspects.sentence_aspect("增加社区托育名额将有利于缓解双职工家庭的育儿压力。") == aspects.RECOMMENDATION


def test_noun_subject_harm_or_chain_of_goods_is_no_measure():
    assert not aspects.benefit_frame_measure("这项新政策有助于留住年轻人才。")  # a report of a policy's effect
    assert not aspects.benefit_frame_measure("取消了人工窗口有助于提升效率。")  # narrated, perfective
    assert not aspects.benefit_frame_measure("监管缺位不利于市场健康发展。")  # a harm
    # the significance of a task as a chain of goods, the benefit opening its own clause
    assert not aspects.benefit_frame_measure("发展乡村旅游，有利于增加农民收入，有利于保护传统村落。")


# --- a prohibition with no subject before a need is no complaint (points._measure_tail_points) ------------------------

def test_prohibition_before_a_need_stays_one_measure():
    assert aspects.opens_prohibition("不能只按老规矩办事")
    assert not aspects.opens_prohibition("老人不能享受补贴")  # a subject: an inability
    got = _points("社区工作\n\n改变要从思维上开始。不能只按老规矩办事,需要灵活处理,各部门之间要相互配合,不能各自为政。\n")
    assert got.get("challenge", []) == []
    assert "不能只按老规矩办事,需要灵活处理,各部门之间要相互配合,不能各自为政" in got["recommendation"]


def test_complaint_before_a_need_still_splits():
    got = _points("小区近况\n\n小区外墙瓷砖已经大面积脱落,下雨天漏水严重,需要尽快组织维修。\n")
    assert any("脱落" in p for p in got["challenge"])


def test_linear_on_long_inputs():
    # n = 25,000 here; the full-size inputs (n = 100,000: 100,000-character lines, 10,000 sentences) ran the same way
    cases = {
        "necessary_condition, commas": lambda n: aspects.necessary_condition("，" * n + "才能"),
        "necessary_condition, clauses": lambda n: aspects.necessary_condition("问题准，" * (n // 5) + "才能达到"),
        "solved_problem_spans, verbs": lambda n: aspects.solved_problem_spans("以突破" * (3 * n // 10) + "的弊端"),
        "solved_problem_spans, particles": lambda n: aspects.solved_problem_spans("突破了" + "的" * n + "弊端"),
        "benefit_frame_measure, a long line": lambda n: aspects.benefit_frame_measure("加强" * (n // 2) + "有助于"),
        "benefit_frame_measure, frames": lambda n: aspects.benefit_frame_measure("来说，" * (3 * n // 10)),
        "degree_deficit": lambda n: aspects.degree_deficit("太" * n + "多了"),
        "necessary_condition, many sentences": lambda n: [aspects.necessary_condition(f"问题准{i}，才能好")
                                                          for i in range(n // 10)],
    }
    for what, run in cases.items():
        assert_linear(run, 6_250, what)


def test_prescription_under_a_bare_title_line_stays_the_thesis():
    # a title line is no numbered topic heading: the paragraph under it is the opening
    text = _PLATFORM.replace("一、 安老服務\n\n", "")
    got = _points(text)
    assert "政府有必要採取積極措施,培訓本地護理人員" not in got["recommendation"]
