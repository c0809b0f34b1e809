"""Kinds of fault in reading points and aspects found by a second new user's trial of 24 unseen documents
(newuser22b, trial22b kinds C, B, A); each test on a small input written for it (no trial document copied)."""

import summarizer
from summarizer import aspects as asp


def _points(text):
    essay = summarizer.summarize(text).essays[0]
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


# ------------------------------------------------------------------ C: 建议 as a noun is no recommendation cue
def test_proposal_noun_in_a_list_of_problems_stays_a_challenge():
    text = "乡里指导代表时也存在以下问题:1、培训次数偏少。2、建议表格的填写不规范。3、联系电话未填。"
    ch, rec = _points(text)
    assert ch == [("培训次数偏少", 17, 23), ("建议表格的填写不规范", 26, 36), ("联系电话未填", 39, 45)]
    assert rec == []


def test_proposal_noun_after_an_enumeration_comma_is_masked():
    assert asp._mask_non_modals("议案、建议表格的格式不统一") == "议案、" + " " * 4 + "的格式不统一"
    assert asp._mask_non_modals("这一个建议写得太长") == "这一" + " " * 3 + "写得太长"
    assert not asp.recommends_outright("建议书的格式不统一")
    ch, rec = _points("议案、建议表格的格式不统一、不完整。")
    assert ch == [("议案、建议表格的格式不统一、不完整", 0, 17)] and rec == []


def test_proposing_verb_is_still_a_recommendation():
    # negative: 建议 as the verb (建议表彰…, …，建议尽快…) still proposes; 提出多项建议 narrates, not masked
    _, rec = _points("建议表彰一批先进个人。")
    assert rec == [("建议表彰一批先进个人", 0, 10)]
    _, rec = _points("问题很多,建议尽快加强管理。")
    # (kinds30: 建议 after a finding's comma splits the sentence as 应 does, the finding a challenge: the proposal alone)
    assert rec == [("建议尽快加强管理", 5, 13)]
    assert asp._mask_non_modals("提出多项建议") == "提出多项建议"


# ------------------------------------------------------------- B: complaint verdicts of news and commentary
def test_complaint_verdicts_are_challenges():
    ch, _ = _points("市民认为办事流程太过冗长，对老人毫无便利。")
    assert ch == [("办事流程太过冗长", 4, 12), ("对老人毫无便利", 13, 20)]
    ch, _ = _points("全市部门之中最糟糕的就是交通局。")
    assert ch == [("全市部门之中最糟糕的就是交通局", 0, 15)]
    ch, _ = _points("居民多次投诉，街道给出的回复都是同一句话。")
    assert [t for t, _, _ in ch] == ["居民多次投诉，街道给出的回复都是同一句话"]


def test_traditional_complaint_verdict_is_read_in_the_simplified_view():
    ch, _ = _points("議員批評申請手續太過冗長，對市民毫無便利。")
    assert ch == [("申請手續太過冗長", 4, 12), ("對市民毫無便利", 13, 20)]


def test_neutral_sentence_with_no_verdict_gives_no_challenge():
    # negative: a plain account with none of the verdict words
    ch, rec = _points("今年街道共收到居民来信三百封，均已按时答复。")
    assert ch == [] and rec == []


# ------------------------------------------------------------------- A: recommendations phrased as questions
def test_rhetorical_proposal_questions_are_recommendations():
    _, rec = _points("政府是否可研究设立统一的受理窗口?")
    assert rec == [("政府是否可研究设立统一的受理窗口", 0, 16)]
    _, rec = _points("召开听证会时,是不是也能考虑邀请居民代表参加?")
    assert rec == [("召开听证会时,是不是也能考虑邀请居民代表参加", 0, 22)]
    assert asp.asks_for_measure("主管部门的审批速度能不能再提高一些呢?")


def test_questions_of_doubt_are_no_recommendations():
    # negative: no action follows the question word (是否能达到), or it doubts a policy (能否 is not a proposal word)
    assert not asp.asks_for_measure("今年的目标是否能达到?")
    assert not asp.asks_for_measure("这些政策能否解决农村的贫困问题呢?")
    assert not asp.asks_for_measure("他能不能按时毕业呢?")


# ------------------------------------------------- E: a problem and an urgent or 须 measure in one sentence
def test_problem_then_bare_xu_measure_splits():
    ch, rec = _points("菜价持续上涨,群众负担加重,政府须设法平抑物价。")
    assert ch == [("菜价持续上涨,群众负担加重", 0, 13)]
    assert rec == [("政府须设法平抑物价", 14, 23)]
    ch, rec = _points("供水设施老化严重,村里亟需更新改造管网。")
    assert ch == [("供水设施老化严重", 0, 8)] and rec == [("村里亟需更新改造管网", 9, 19)]


def test_traditional_problem_then_xu_measure_splits():
    ch, rec = _points("租金持續上升,基層負擔沉重,當局須盡快檢討租務政策。")
    assert ch == [("租金持續上升,基層負擔沉重", 0, 13)]
    assert rec == [("當局須盡快檢討租務政策", 14, 25)]


def test_no_need_is_no_measure_tail():
    # negative: 无须/毋须 says that something is not needed; 须知 is a notice
    from summarizer import points as pts
    assert pts.measure_tail_clause("政府须设法平抑物价")
    assert pts.measure_tail_clause("土地资源亟需统筹利用")
    assert not pts.measure_tail_clause("市民无须担心")
    assert not pts.measure_tail_clause("居民毋須擔心")
    assert not pts.measure_tail_clause("须知")


# ------------------------------------- Q: taking a burden off, then 才能 and its result, is a measure
def test_removing_a_burden_before_cai_neng_is_a_recommendation():
    assert asp.opens_with_remedy("砍掉多余的报表")
    assert asp.opens_with_remedy("卸下无谓的额外负担")
    ch, rec = _points("砍掉多余的报表,干部才能腾出手来。")
    assert ch == [] and rec == [("砍掉多余的报表,干部才能腾出手来", 0, 16)]


def test_a_burden_with_no_removing_verb_stays_a_challenge():
    # negative: the burden is stated, nothing takes it off
    assert not asp.opens_with_remedy("多余的报表压得干部喘不过气")
    ch, _ = _points("多余的报表压得干部喘不过气。")
    assert [t for t, _, _ in ch] == ["多余的报表压得干部喘不过气"]


# ------------------------------------------------------ R: a deficiency written as X多, (但)Y少
def test_more_of_one_less_of_another_is_a_challenge():
    ch, rec = _points("党员参加集体学习多,但个人自学相对较少。")
    assert ch == [("党员参加集体学习多,但个人自学相对较少", 0, 19)] and rec == []
    assert asp.weighs_more_than_less("文件发得多,落实检查少;会议开得多,入户走访少。")


def test_plain_more_and_less_is_no_challenge():
    # negative: one unmarked pair may be praise (收入多，支出少); no pair at all
    assert not asp.weighs_more_than_less("今年合作社收入多,支出少。")
    assert not asp.weighs_more_than_less("多数村民参加了会议。")
    ch, _ = _points("今年合作社收入多,支出少。")
    assert ch == []
