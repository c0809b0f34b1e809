"""Kinds of fault in the points readers found by a new user's trial of 31 unseen documents (newuser23, trial23
kinds B, K/O, E, F); each test on a small input written for it (no trial document copied), with a negative case."""

import summarizer
from summarizer import aspects as asp
from summarizer import points as pts


def _points(text):
    essay = summarizer.summarize(text).essays[0]
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


def _texts(points):
    return [t for t, _, _ in points]


# ------------------------------------------------------------- F1: a causative verdict (令人担忧的是) frames no speaker
def test_a_causative_verdict_is_kept_whole():
    text = "令人担忧的是，老旧小区加装电梯后，仍可能在费用分摊上陷入相同困境。\n"
    ch, rec = _points(text)
    assert ch == [("令人担忧的是，老旧小区加装电梯后，仍可能在费用分摊上陷入相同困境", 0, 32)]
    assert asp.news_said_start(text.strip()) == 0
    text = "社区的停车问题一直是一个让人担心的话题,尤其是夜间占道问题。\n"
    ch, _ = _points(text)
    assert not any(t.startswith("的") for t in _texts(ch))  # (the frame cut gave 的话题,尤其是…)
    assert asp.news_said_start(text.strip()) == 0


def test_a_speakers_worry_still_frames_the_reported_words():
    # negative: a speaker who worries is a frame (居民担忧…), and a verdict before a comma still frames its list
    assert asp.news_said_start("不少居民担忧，加装电梯后费用分摊会出现纠纷。") > 0
    assert asp.news_said_start("交通问题更是令人忧虑，巴士班次至今仍未增加，跨区道路已近饱和。") > 0


# ----------------------------------------------------------------- K: everyday conduct after a modal; a letter's appeal
def test_conduct_verbs_after_a_modal_prescribe():
    _, rec = _points("放学时段的司机要自觉礼让,别抢道鸣笛。\n")
    assert rec == [("放学时段的司机要自觉礼让,别抢道鸣笛", 0, 18)]
    assert asp._modal_actions("居民应配合物业完成管道检修") == ["应"]


def test_conduct_verbs_without_a_modal_prescribe_nothing():
    # negative: the verb alone narrates (居民配合了检修), only a modal before it prescribes
    assert asp._modal_actions("居民自觉配合了物业的管道检修") == []
    _, rec = _points("居民自觉配合了物业的管道检修。\n")
    assert rec == []


def test_a_letters_appeal_to_its_addressee_is_a_measure():
    _, rec = _points("我希望你们能够加快老旧管网的改造,让居民早日用上放心水。\n")
    assert rec == [("我希望你们能够加快老旧管网的改造,让居民早日用上放心水", 0, 27)]


def test_a_first_person_wish_without_addressee_is_no_measure():
    # negative: the author's own wish for himself (no addressee asked to act) stays narration
    _, rec = _points("我希望自己能够早日搬进新家,过上安稳的日子。\n")
    assert rec == []


# ------------------------------------------------------------------- O: an open letter's 倡议 label over numbered items
def test_an_initiative_label_names_its_items_measures():
    text = ("为了让街区更加整洁,我们倡议:\n一、从今天起,把自家门前的垃圾分类投放到指定地点。\n"
            "二、在日常生活中,尽量减少一次性餐具的使用,共同守护我们的家园。\n")
    _, rec = _points(text)
    assert _texts(rec) == ["从今天起,把自家门前的垃圾分类投放到指定地点", "在日常生活中,尽量减少一次性餐具的使用,共同守护我们的家园"]
    assert asp.lead_in_aspect("为了让街区更加整洁,我们倡议:") == asp.RECOMMENDATION


def test_a_proposers_signature_line_is_no_label():
    # negative: 倡议者：NAME signs the proposal, it announces no list (the colon belongs to the noun 倡议者)
    assert asp.lead_in_aspect("倡议者：王小明先生") is None


# ------------------------------------------------------------- E: a 能不能把… proposal asked without its question mark
def test_a_disposal_asked_without_a_question_mark_is_a_measure():
    _, rec = _points("每逢周末,我们的摊位能不能把消防通道让出来。\n")
    assert rec == [("每逢周末,我们的摊位能不能把消防通道让出来", 0, 21)]
    assert asp.asks_for_measure("每逢周末,我们的摊位能不能把消防通道让出来。")


def test_a_doubt_with_neng_bu_neng_is_no_measure():
    # negative: 能不能 with no disposal marker (whether a policy works) proposes nothing
    assert not asp.asks_for_measure("这项政策能不能真正落地,还要看执行。")


# ----------------------------------------------------------------------------------------- B: praise and proceedings
def test_a_praise_verdict_ends_no_problem():
    ch, _ = _points("面对投诉,街道办不推诿、不拖延,当天就清理了堆放的杂物,值得肯定。\n")
    assert ch == []
    assert asp.states_praise("面对投诉,街道办不推诿、不拖延,当天就清理了堆放的杂物,值得肯定")


def test_a_problem_before_praise_of_something_else_is_kept():
    # negative: praise in the middle of a sentence that goes on to a problem is no praise verdict
    assert not asp.states_praise("清理杂物值得肯定,但堆放问题至今仍未根治")
    ch, _ = _points("清理杂物值得肯定,但堆放问题至今仍未根治。\n")
    assert ch


def test_a_speech_opening_formula_and_told_findings_are_no_points():
    text = ("刚才两位同志分别通报了全区的工作情况,讲得都很具体,希望大家抓紧落实,确保按期完成任务。下面,我讲三点意见。\n"
            "督查组向各单位负责人反馈了督查发现的突出问题,并提出了整改意见。\n")
    ch, rec = _points(text)
    assert ch == [] and rec == []
    assert asp.told_proceedings("刚才两位同志分别通报了全区的工作情况,讲得都很具体,")


def test_a_plain_demand_in_a_speech_is_kept():
    # negative: a sentence that opens with no narration of proceedings stays a measure
    assert not asp.told_proceedings("各单位要抓紧落实,")
    _, rec = _points("各单位要抓紧落实整改任务,确保按期完成。\n")
    assert rec


def test_a_policy_named_as_the_leaderships_decision_is_background():
    _, rec = _points("推进基层治理现代化,是党中央立足新发展阶段作出的重大战略部署。\n")
    assert rec == []


def test_a_measure_named_by_its_worth_is_kept():
    # negative: X是…关键 (no decision of the leadership) is a measure named by its worth, left to the other readers
    assert not asp.states_neither("推进基层治理现代化,是解决群众急难愁盼问题的关键")


# ---------------------------------------------------------------------------------- F: labels and bare verbs
def test_section_name_labels_and_bare_act_verbs_are_no_points():
    assert asp.states_neither("问题分析")
    assert asp.states_neither("第三个领域是司法机构")
    assert pts.bare_verb_point("启动")
    text = "上周街道通知居民称,雨污分流工程即将启动,但至今现场没有施工。\n"
    ch, rec = _points(text)
    assert "启动" not in _texts(ch) + _texts(rec)


def test_an_ordinal_problem_is_no_label():
    # negative: 第二个问题是… states a problem; a longer analysis heading is no bare label
    assert not asp.states_neither("第二个问题是审批流程过长")
    assert not asp.states_neither("问题分析不够深入")
    assert not pts.bare_verb_point("启动资金不足")


# ------------------------------------------------------------------------- E: 是该…了, it is time to act (a proposal)
def test_time_to_act_is_a_measure():
    _, rec = _points("菜市场的卫生是该好好整治一下了。\n")
    assert rec == [("菜市场的卫生是该好好整治一下了", 0, 15)]
    assert asp.time_to_act("公园的停车场早该规范了！")


def test_time_to_rest_is_no_measure():
    # negative: 是该…了 with no act of putting things in order (休息) proposes nothing
    assert not asp.time_to_act("他是该休息一下了。")
    assert _points("他是该休息一下了。\n") == ([], [])


# ------------------------------------------------------------------ B: what a party did before, narrated in the news
def test_what_a_party_did_before_is_narration():
    _, rec = _points("此前,她已经走访了十多个社区,在接下来的两个月,走访活动将更加频密。\n")
    assert rec == []
    assert asp.states_neither("此前,她已经走访了十多个社区,在接下来的两个月,走访活动将更加频密")


def test_an_earlier_shortcoming_is_kept():
    # negative: an earlier state named as a shortcoming (prose_challenge word) is no narration of work
    assert not asp.states_neither("此前,社区已经出现服务滞后的情况")


# --------------------------------------------------------- G: a resolve formula (问题不解决不松劲) names no problem
def test_a_resolve_formula_is_part_of_the_measure():
    text = "区督查室要通过随机抽查等方式加强跟踪问效,做到问题不解决不放过。\n"
    ch, rec = _points(text)
    assert ch == []
    assert rec == [("区督查室要通过随机抽查等方式加强跟踪问效,做到问题不解决不放过", 0, 31)]
    assert asp.challenge_strength("做到问题不解决不放过") == 0


def test_a_problem_left_unsolved_is_still_a_problem():
    # negative: a problem stated as still unsolved keeps its predicate
    assert asp.challenge_strength("群众反映的停车问题至今没有解决") > 0


# ------------------------------------------------------- D/H: controversy that goes on, a deformed ratio (prose verdicts)
def test_continuing_controversy_is_a_problem():
    ch, _ = _points("旧区重建计划引发街坊争议不断。\n")
    assert ch == [("旧区重建计划引发街坊争议不断", 0, 14)]
    assert asp.prose_aspect("这种畸形的消费观念在校园里蔓延,不少学生背上了网贷。") == asp.CHALLENGE


def test_a_settled_discussion_is_no_problem():
    # negative: a discussion named with no verdict on it (争议 without 不断) states no problem
    assert asp.prose_aspect("旧区重建计划引发街坊热烈讨论。") is None
