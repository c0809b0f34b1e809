"""k9192 (session 46): kinds of Parts 91 and 92 on small texts of this file's own.

- a cause named through a copula with 诱因/成因/肇因 (``X是主要诱因``) is a challenge, as with 原因/根源;
- a shortfall noun right after a one-character verb of finding or mending it (``查短板要…``, ``补短板也要对症施策``)
  is the object of the advice, no shortfall stated; an idiom of aiming a measure (对症施策) may end a modal's clause;
- a verdict of absence (``无具体的财源规划``, ``未有调高薪资的承诺``) is a challenge;
- an indignant question (``凭什么…！！！``) is a challenge;
- an official's reasoning reported with a setting clause before the verb (``局长在记者会上，一再强调…，说…``) is no
  point, as the authorities' reported words never are;
- another party's proposals reported before a colon (``参选人提出两项交通政策：…``) are no recommendation of the author.
"""

import pytest

from costs import assert_linear
from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text):
    out = {"challenges": [], "recommendations": []}
    for e in summarize_document(text).essays:
        for side in out:
            out[side].extend(p.text for p in getattr(e, side))
    return out["challenges"], out["recommendations"]


@pytest.mark.parametrize("sentence", ["河道淤积的首要成因是上游乱采砂石。", "其次，审批链条过长是主要诱因。"])
def test_cause_copula_with_more_cause_nouns(sentence):
    assert asp.prose_aspect(sentence) == asp.CHALLENGE


@pytest.mark.parametrize("sentence", ["补弱项要盯住关键环节，不搞平均用力。", "找差距要对照先进地区的标准。"])
def test_short_verb_shortfall_is_advice(sentence):
    assert not asp._prose_deficits(sentence)
    assert asp.prose_aspect(sentence) != asp.CHALLENGE


def test_short_verb_shortfall_stated_still_a_challenge():
    # (a shortfall the sentence states, not one it advises finding: 短板明显)
    assert asp.prose_aspect("乡镇卫生院的人才短板十分明显。") == asp.CHALLENGE


def test_aiming_idiom_ends_a_modal_clause():
    assert asp.prose_aspect("治理积水点也要精准施策。") == asp.RECOMMENDATION


@pytest.mark.parametrize("sentence", ["这份方案只是换了名目，无明确的实施时间表。",
                                      "新条例收紧了门槛，却未提出安置现有租户的配套措施。",
                                      "市府至今仍无具体的经费预算。"])
def test_verdict_of_absence_is_a_challenge(sentence):
    assert asp.states_absent_plan(sentence)
    assert asp.prose_aspect(sentence) == asp.CHALLENGE


@pytest.mark.parametrize("sentence", ["无论采取哪种方案，都要先征求居民意见。", "如果没有长远的规划，投入再多也是浪费。",
                                      "政府应尽快制定明确的时间表。", "这笔钱来自捐款，所以没有动用预算。",
                                      "体育中心项目已纳入无锡市年度建设计划。", "一份总结如果没有详实的计划，写得再好也显得空洞。",
                                      "该署至今没有公布完整的检讨时间表。"])
def test_not_a_verdict_of_absence(sentence):
    # (an act not done, 没有公布…时间表, is an omission that points.omission_clauses reads, not a verdict of absence)
    assert not asp.states_absent_plan(sentence)
    if "公布" not in sentence:
        assert asp.prose_aspect(sentence) != asp.CHALLENGE


def test_indignant_question_is_a_challenge():
    assert asp.indignant_question("凭什么停车费一年涨三次！！")
    assert asp.prose_aspect("凭什么停车费一年涨三次！！") == asp.CHALLENGE
    assert not asp.indignant_question("凭什么要求别人，先要问问自己。")


def test_official_reasoning_with_setting_clause_is_no_point():
    text = ("这项收费新规根本站不住脚，市民怨声载道。\n署长在记者会上，一再强调垃圾量逐年攀升的压力，说按照推算，五年后堆填区将全部饱和，"
            "所以现在就要向每户征收费用，减少浪费。\n撇开推算不谈，收费与减废之间并无必然联系。\n")
    ch, rec = _points(text)
    assert not any("堆填区将全部饱和" in p for p in ch)
    assert not any("向每户征收费用" in p for p in rec)
    assert asp.official_report("署长在记者会上，一再强调垃圾量逐年攀升的压力，说所以现在就要征收费用。")


def test_reported_platform_is_no_recommendation():
    text = ("参选人提出两项交通政策：增开夜间公交、延长地铁营运时间。\n两项政策都沿用旧思路，无具体的财源规划。"
            "夜间公交的班次目标偏低，也未有改善偏远社区接驳的承诺。\n")
    ch, rec = _points(text)
    assert not any("增开夜间公交" in p for p in rec)
    assert any("无具体的财源规划" in p for p in ch)
    assert asp.reports_platform("参选人提出两项交通政策：增开夜间公交、延长地铁营运时间。")
    assert not asp.reports_platform("我们提出两项交通政策：增开夜间公交、延长地铁营运时间。")


def test_new_readings_linear():
    assert_linear(lambda n: asp.states_absent_plan("无" * n), 20_000, "a run of negations")
    assert_linear(lambda n: asp.states_absent_plan("如果没有计划，" * n), 2_000, "many supposed absences")
    assert_linear(lambda n: asp.states_absent_plan("没有具体的" * n + "规划"), 4_000, "qualifiers before one plan")
    assert_linear(lambda n: asp.states_absent_plan("没有具体" * n + "规划"), 5_000, "negations before one plan noun")
    assert_linear(lambda n: asp._short_verb_shortfall_re().sub("", "补短板" * n), 10_000, "a run of short verb objects")
    assert_linear(lambda n: asp.official_report("局长在" + "会" * n + "上，强调要收费。"), 20_000, "a long setting")
    assert_linear(lambda n: asp.reports_platform("候选人" * n + "提出：增设。"), 10_000, "a long speaker")
    assert_linear(lambda n: asp.indignant_question("凭什么" * n + "！"), 10_000, "a run of indignant words")
    assert_linear(lambda n: [asp.prose_aspect("凭什么涨价%d！" % i) for i in range(n)], 200, "many tiny sentences")


def test_verb_like_subject_named_as_cause_is_a_challenge_item():
    # (管理 and 考核 open imperatives; the item names its subject as the cause)
    assert asp.names_subject_as_cause("其一，管理体制的碎片化是根本原因。")
    assert asp.item_vote("管理体制的碎片化是根本原因") == asp.CHALLENGE
    assert not asp.names_subject_as_cause("要找准问题的主要原因")
    assert asp.item_vote("加强管理是关键") != asp.CHALLENGE


def test_short_conduct_fault_heads_under_a_cause_lead_in():
    text = ("维修申请为何一拖再拖？原因主要有两个：\n1、物业经费严重不足\n维修基金多年没有续筹，账上只剩几千元。\n"
            "2、业委会与物业互相踢皮球\n业委会说归物业管，物业说要等业委会表决。\n")
    ch, _ = _points(text)
    assert any("互相踢皮球" in p for p in ch)
    assert any("物业经费严重不足" in p for p in ch)


def test_parallel_instances_are_a_challenge():
    s = "有的学校为应付评估，让老师连夜赶制展板；有的医院为冲检查排名，突击粉刷墙面。"
    assert asp.parallel_instances(s)
    assert asp.prose_aspect(s) == asp.CHALLENGE
    assert not asp.parallel_instances("有些摊位卖手工艺品，我觉得很好；有些摊位卖小吃。")
    assert not asp.parallel_instances("有的学校为应付评估，让老师连夜赶制展板。")
    assert_linear(lambda n: asp.parallel_instances("有的；" * n), 5_000, "many instance parts")
