"""Kinds of fault left over from Parts 23-24 and the last new user's trial (helper lefts24): a problem denied after
its noun, the colloquial 别 prohibition, an A-not-A question of ability, a sufficient condition's assurance, a verb as
a copula's topic, a problem noun made a measure's focus, lateness verdicts. Each test on a small input written for
it (no corpus document copied), with a negative case."""

import summarizer
from summarizer import aspects as asp
from summarizer import points as pts
from costs import assert_linear


def _points(text):
    essay = summarizer.summarize(text).essays[0]
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


# ---------------------------------------------------- a problem's size denied after its noun; an unmissed privilege
def test_a_problem_denied_after_its_noun_states_none():
    assert asp.challenge_strength("多走几步路其实问题不大") == 0
    assert asp.challenge_strength("坐公交出行已经没有任何优越感") == 0
    ch, _ = _points("骑车上班多走几步路其实问题不大。\n")
    assert ch == []


def test_a_problem_stated_with_its_noun_still_counts():
    # negative: the size denied only right after the noun; a lack of what people need is still a problem
    assert asp.challenge_strength("老旧小区停车问题突出") > 0
    assert asp._prose_deficits("留守儿童没有任何安全感") == frozenset({"没有任何"})


def test_a_measure_window_ends_before_a_denied_problem():
    text = ("每天接送孩子的家长们要按规定停放车辆,别乱停在路口,走几步路其实问题不大,"
            "现在开车接送早就不是什么稀罕事情,大家都能理解的吧。\n")
    _, rec = _points(text)
    assert rec == [("每天接送孩子的家长们要按规定停放车辆,别乱停在路口", 0, 25)]
    assert pts._measure_ends_at("走几步路其实问题不大")
    assert not pts._measure_ends_at("加强路口管理")  # negative: a measure's next clause goes on


# ------------------------------------------------------------------ the colloquial 别 opening a clause forbids
def test_a_colloquial_prohibition_counts_as_a_second_measure():
    assert asp._prohibition_re().search("饭店要守规矩，别乱倒泔水") is not None
    assert asp._prohibition_re().search("别再把垃圾扔进河道") is not None


def test_other_and_let_alone_are_no_prohibition():
    # negative: 别的 ("other") and 别说 ("let alone") open no prohibition
    assert asp._prohibition_re().search("别的学校都有校车，别说市区了") is None


# ------------------------------------------------------------ 能不能 asks, it does not say something cannot be done
def test_an_a_not_a_question_holds_no_shortcoming():
    assert asp.challenge_strength("我们的电动车能不能把人行道让出来") == 0
    _, rec = _points("买菜是人之常情,但早上人多的时候,我们的电动车能不能把人行道让出来。\n")
    assert [t for t, _, _ in rec] == ["买菜是人之常情,但早上人多的时候,我们的电动车能不能把人行道让出来"]


def test_cannot_still_states_a_shortcoming():
    # negative: a plain 不能 (cannot) still counts
    assert asp.challenge_strength("老人看病不能及时报销") > 0


# --------------------------------------------------------- 只要…就能: an assurance, the acts in it are no measures
def test_a_sufficient_condition_prescribes_nothing():
    assert asp.sentence_aspect("只要把道路修好,加快物流建设,就能带动全村增收") is None
    _, rec = _points("只要把道路修好,加快物流建设,就能带动全村增收。\n")
    assert rec == []


def test_a_measure_after_a_sufficient_condition_is_kept():
    # negative: a consequent that prescribes (就要…) is still a measure, and so is a plain imperative sentence
    _, rec = _points("只要村里把道路修好,就要加快物流建设。\n")
    assert rec == [("只要村里把道路修好,就要加快物流建设", 0, 18)]
    assert asp.sentence_aspect("加快物流建设,带动全村增收") == asp.RECOMMENDATION


# ------------------------------------------------------------ a verb before a copula is the clause's topic noun
def test_a_verb_before_a_copula_is_no_imperative():
    assert asp.modal_strength("改革也还是老样子的改革") == 0
    _, rec = _points("改革也还是老样子的改革,干部还是老一套,办事群众跑断了腿。\n")
    assert rec == []


def test_a_verb_opening_a_measure_still_prescribes():
    # negative: the verb with its object, and 是否 (a question of whether) after it, are read as before
    assert asp.modal_strength("改革审批制度") == 1
    assert asp._TOPIC_COPULA_AFTER.match("落实是否到位", 2) is None


# ------------------------------------------------------------ a problem noun made a measure's focus states none
def test_a_problem_noun_made_the_focus_of_work_states_none():
    assert asp.challenge_strength("以群众反映的共性问题为抓手") == 0
    assert asp.challenge_strength("把群众反映强烈的问题作为整改重点") == 0


def test_a_problem_noun_stated_as_such_still_counts():
    # negative: a problem noun with its predicate, not made the focus of work, still counts
    assert asp.challenge_strength("群众反映的共性问题突出") > 0


# -------------------------------------------------------------------- lateness verdicts are shortcoming predicates
def test_lateness_is_a_shortcoming():
    assert asp.challenge_strength("主管部门推动过迟") == 1
    assert asp.item_vote("本县污水管网建设推动過遲,宜檢討改善") == asp.CHALLENGE


def test_no_lateness_word_no_shortcoming():
    # negative: 迟 alone, or a time of day, is no verdict
    assert asp.challenge_strength("晚上七点开会") == 0


# ------------------------------------------------------------------------------------------- linear cost
def test_new_patterns_stay_linear_on_long_inputs():
    long_line = lambda n: "只要" + "把道路修好," * n + "问题" + "以" * n + "是" * (n // 4)  # noqa: E731
    assert_linear(lambda n: asp._SUFFICIENT_CONDITION.search(long_line(n)), 5000, "_SUFFICIENT_CONDITION")
    assert_linear(lambda n: asp._denied_problem_re().search(long_line(n)), 5000, "_denied_problem_re")
    assert_linear(lambda n: asp.addressed_problem_spans(long_line(n)), 5000, "addressed_problem_spans")
    assert_linear(lambda n: asp.challenge_strength(long_line(n)[:3 * n]), 5000, "challenge_strength")


# ------------------------------------------------- a purpose said to remedy a problem; a heading aimed at a problem
def test_a_purpose_of_remedying_states_no_problem():
    assert asp.challenge_strength("这次听证的用意,首要一条是为了解决难题") == 0


def test_a_purpose_denied_is_read_as_before():
    # negative: 不是为了 is not matched by the purpose reading
    assert not asp.addressed_problem_spans("这次改革不是为了解决难题")


def test_a_heading_aimed_at_a_problem_names_no_problems_section():
    assert asp.heading_aspect("聚焦难点求突破") is None
    assert asp.heading_aspect("紧盯短板抓落实") is None
    text = ("那么,今年的预算应多关注什么呢?\n\n聚焦难点求突破\n\n预算的用意,首要一条是为了解决难题。"
            "因此,应该聚焦民生多投入。\n")
    ch, rec = _points(text)
    assert ch == []
    assert ("应该聚焦民生多投入", text.index("应该聚焦"), text.index("应该聚焦") + 9) in rec


def test_a_heading_that_names_problems_still_does():
    # negative: a heading of problems opened by no verb of aiming still names a problems section
    assert asp.heading_aspect("当前存在的难点") == asp.CHALLENGE


# ----------------------------------------------------------------- a wrong said to have come back is a verdict
def test_a_recurring_wrong_is_a_problem():
    text = "专项整治刚刚过去,占道经营的摊贩又死灰复燃了。\n"
    ch, _ = _points(text)
    assert ch == [("专项整治刚刚过去,占道经营的摊贩又死灰复燃了", 0, 22)]
    assert asp.states_verdict("违规广告卷土重来")


def test_a_comeback_of_something_good_is_none():
    # negative: a revival that is no recurrence word (老字号重新开张) states nothing
    assert not asp.states_verdict("老字号重新开张,顾客又回来了")


# -------------------------------------------------------- the matter of a measure discussed (讨论修订…的问题)
def test_the_matter_of_a_measure_states_no_problem():
    assert asp.challenge_strength("市议会昨日讨论修订有关停车收费办法的问题") == 0
    assert asp.challenge_strength("本文要谈的,是健全社区议事制度的问题") == 0
    ch, _ = _points("市议会昨日讨论修订有关停车收费办法的问题。\n")
    assert ch == []


def test_a_problem_inside_a_discussed_matter_still_counts():
    # negative: a shortcoming named in the discussed phrase, and a problem with no measure verb, still count
    assert asp.challenge_strength("会议讨论了监管不到位的问题") == 1
    assert asp.challenge_strength("会议讨论了停车难的问题") == 1
