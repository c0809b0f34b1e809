"""Kinds fixed by helper k8384 (Part 84's open kinds), on small texts of the tests' own.

* the only way named with 唯有/惟有 (as with 只有) before two measures and 才能 is a recommendation
  (:func:`summarizer.aspects.necessary_condition_measure`), also past a short lead that concludes and states no fault
  (``这些实践表明，唯有…``); never when the lead states the fault;
* a clause that opens with the only way and a remedy verb (``唯有打破部门壁垒``) states no shortcoming: the barrier
  is what the measure removes (``打破`` joins the ``remedy`` cue group; the only-way words may stand before a remedy
  verb, :data:`summarizer.aspects._PROSE_REMEDY_PREFIX`), so it is never cut out as a challenge.
"""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    d = summarize(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


def test_weiyou_two_measures_is_the_only_way():
    assert asp.necessary_condition_measure("唯有整合各类服务资源，建立统一调度机制，才能让老人少跑腿。")
    assert asp.necessary_condition_measure("惟有健全评价体系，完善激励办法，才能留住乡村教师。")


def test_only_way_after_a_short_concluding_lead():
    assert asp.necessary_condition_measure("由此可见，唯有整合各类服务资源，建立统一调度机制，才能让老人少跑腿。")
    # a lead that states the fault is a complaint, read by the other paths
    assert not asp.necessary_condition_measure("经费严重不足，只有争取上级支持，多方筹措资金，才能维持运转。")
    # one action only: an essay's closing slogan, as before
    assert not asp.necessary_condition_measure("由此可见，唯有坚持改革，才能赢得未来。")


def test_breaking_a_barrier_states_no_shortcoming():
    assert not asp._prose_deficits("唯有打破行业壁垒")
    assert not asp._prose_deficits("只有打破信息孤岛")
    assert asp._prose_deficits("行业壁垒森严，信息孤岛林立")


def test_weiyou_clause_is_no_challenge_point():
    text = ("过去各部门各管一摊，群众办事要跑好几个窗口。\n"
            "这些经验说明，唯有打破行业壁垒，统一受理流程，才能让群众只进一扇门。\n")
    ch, rec = _points(text)
    assert not any(p.startswith(("唯有", "打破")) for p in ch)
    # the conclusion drawn from the examples names the only way: a measure, no move of the argument
    assert any("统一受理流程" in p for p in rec)
    ch, rec = _points("由此可见，唯有打破行业壁垒，统一受理流程，才能让群众只进一扇门。\n")
    assert not ch and any("统一受理流程" in p for p in rec)
    ch, rec = _points("唯有打破行业壁垒，统一受理流程，才能让群众只进一扇门。\n")
    assert not ch and any("统一受理流程" in p for p in rec)


def test_only_way_reading_is_linear():
    assert_linear(lambda n: asp.necessary_condition_measure("由此可见" * n + "，唯有整合资源，建立机制，才能办好。"),
                  2_500, "a long lead before the only way")
    assert_linear(lambda n: asp.necessary_condition_measure("唯有" + "整合资源，" * n + "才能办好。"),
                  2_500, "many clauses of the condition")


# a cause list written in one sentence (``其成因主要有四点，包括A、B、C、D等``): one challenge per cause
# (points.included_enumeration, Part 83's kind)
def test_included_cause_list_gives_one_point_per_cause():
    text = ("这几年本区电动车充电起火事故时有发生。\n"
            "分析下来，事故的原因主要有四点，包括充电设施布局严重不足、楼道私拉电线管理缺位、电池质量抽检覆盖面偏窄、"
            "居民安全意识普遍淡薄等，后文逐一展开。\n")
    ch, _rec = _points(text)
    for cause in ("充电设施布局严重不足", "楼道私拉电线管理缺位", "电池质量抽检覆盖面偏窄", "居民安全意识普遍淡薄"):
        assert any(p == cause for p in ch), (cause, ch)


def test_included_list_needs_a_problem_lead_and_problem_items():
    from summarizer.points import included_enumeration
    s = "社区今年开展了多项活动，包括义诊咨询、文艺汇演、亲子阅读、旧物交换等，居民反响热烈。"
    assert included_enumeration(s, 0, len(s)) == (None, [])  # (no lead of problems)
    s = "存在的困难不少，包括场地、资金、人员等方面。"
    assert included_enumeration(s, 0, len(s)) == (None, [])  # (short topic nouns, no item states a fault)
    s = "存在的困难不少，包括活动场地严重不足、专项资金拨付滞后、专职人员流失严重等。"
    aspect, items = included_enumeration(s, 0, len(s))
    assert aspect == "challenge" and [s[x:y] for x, y in items] == ["活动场地严重不足", "专项资金拨付滞后", "专职人员流失严重"]


def test_included_list_reading_is_linear():
    from summarizer.points import included_enumeration
    assert_linear(lambda n: included_enumeration(*(lambda s: (s, 0, len(s)))(
        "存在的困难不少，包括" + "场地严重不足、" * n + "等。")), 2_500, "a long included list")
    assert_linear(lambda n: included_enumeration(*(lambda s: (s, 0, len(s)))("包括" * n)), 5_000, "包括 unpunctuated")


# an appeal that asks only for patience (``希望市民体谅，…候诊时间会较长``) urges no measure (aspects.asks_forbearance)
def test_plea_for_patience_is_no_recommendation():
    _ch, rec = _points("近期门诊求诊人数大增。\n我们希望市民多多体谅，部分轻症病人的候诊时间会比平日长。\n")
    assert not any("体谅" in p for p in rec)
    _ch, rec = _points("近期門診求診人數大增。\n我們希望市民多多體諒，部分輕症病人的候診時間會比平日長。\n")
    assert not any("體諒" in p for p in rec)
    assert asp._appeal("希望市民减少非紧急求诊，把急诊服务留给有需要的病人。")  # (an action asked: still an appeal)
    assert not asp._appeal("希望市民体谅，候诊时间会较长。")


# what a subject faces and then must meet (``既面临…机遇，也要应对A、B的严峻挑战``): its 也要 is the parallel of 面临, a
# challenge stated (aspects.faces_challenge_pair, Part 84's 4536 kind)
def test_faced_then_met_challenge_is_a_challenge():
    text = "前言\n这几年，乡村文化站建设步伐加快。今后，文化站既面临政策利好，也要应对专业人才匮乏、运营经费紧张的双重挑战。\n"
    ch, rec = _points(text)
    assert any("专业人才匮乏" in p for p in ch) and not any("专业人才匮乏" in p for p in rec)
    assert asp.faces_challenge_pair("文化站既面临政策利好，也要应对专业人才匮乏的挑战。")
    # a measure to meet it, with no pair of 面临 before: not this reading
    assert not asp.faces_challenge_pair("我们要积极应对人才匮乏的挑战。")
    assert not asp.faces_challenge_pair("文化站面临政策利好，也要加强专业人才培养。")


def test_faced_then_met_reading_is_linear():
    assert_linear(lambda n: asp.faces_challenge_pair("面临机遇，也要应对" * n), 2_500, "repeated pairs")
    assert_linear(lambda n: asp.faces_challenge_pair("面" * n), 10_000, "面 unpunctuated")


# an editorial's verdicts (``…一再削弱了…信心，…的公信力也大打折扣``) and its call for an overhaul whose outcome clause
# names the harm removed (``…必须彻底检讨，才能从根本上消除隐患``): a challenge and a recommendation (Part 83's 4485 kind;
# 大打折扣 joins prose_verdict, 从根本上 / 从源头上 / 彻底 the adverbs before a remedy verb)
def test_editorial_verdict_and_overhaul_call():
    text = ("社论\n本县这两年接连发生电梯困人事故，一再削弱了住户对物业维保的信任，质监部门的公信力也大打折扣。"
            "种种事故说明，本县的电梯维保制度必须进行彻底的检讨与整改，才能从根本上消除隐患。\n")
    ch, rec = _points(text)
    assert any("大打折扣" in p for p in ch)
    assert any("彻底的检讨" in p for p in rec) and not any("彻底的检讨" in p for p in ch)
    assert not asp._prose_deficits("才能从根本上消除隐患")
    assert not asp._prose_deficits("从源头上杜绝安全漏洞")


# a work summary's account of what a named actor did (``站里积极与…对接，组织…，确保…``): no advice, though its later
# clauses open with imperative verbs (aspects.narrates_diligent_work, Part 83's kind)
def test_diligent_work_told_is_no_recommendation():
    text = ("上半年，镇文化站扎实开展送戏下乡活动。\n"
            "站里积极与各村委会对接，组织文艺骨干分批下村演出，确保每个行政村至少演出两场。\n"
            "不过，演出经费缺口较大，部分节目内容陈旧。\n")
    ch, rec = _points(text)
    assert not any("积极与各村委会对接" in p for p in rec)
    assert any("经费缺口" in p for p in ch)
    assert asp.narrates_diligent_work("站里积极与各村委会对接，组织文艺骨干分批下村演出，确保演出两场。")
    assert not asp.narrates_diligent_work("站里要积极与各村委会对接，确保演出两场。")
    assert not asp.narrates_diligent_work("我们将积极与各村委会对接，确保演出两场。")
    assert not asp.narrates_diligent_work("鼓励村民积极参与演出，丰富文化生活。")
    # a regulator's order of a fix stays a measure (w68)
    assert not asp.narrates_diligent_work("市场监管局已责令涉事超市下架并销毁过期食品。")


def test_diligent_work_reading_is_linear():
    assert_linear(lambda n: asp.narrates_diligent_work("站里积极" + "对接，" * n), 2_500, "a long account")
    assert_linear(lambda n: asp.narrates_diligent_work("站" * n), 10_000, "no punctuation")


# a line break inside a word before 、 (``…服务供给方式单`` ⏎ ``一、人才流失严重等问题…``): no numbered heading when no line
# opens with 二、 (clean._split_word_marker, Part 84's 4524 kind)
def test_line_break_inside_a_word_before_dun_is_joined():
    from summarizer.clean import clean
    text = ("这几年街道的养老服务有了长足进步，但短板依然明显。比如服务供给方式单\n"
            "一、专业护理人员流失严重等问题一直困扰着我们。\n下一步，我们将着力补齐这些短板。\n")
    assert "供给方式单一、专业护理人员流失严重" in clean(text).text
    ch, _rec = _points(text)
    assert any("供给方式单一" in p and "流失严重" in p for p in ch)
    # a real list (二、 follows) keeps its first heading on its own line
    listed = "近年来街道推进了多项改革，成效初显，各项清单\n一、加强队伍建设。\n二、完善服务网络。\n"
    assert "\n一、加强队伍建设" in clean(listed).text


def test_split_word_marker_is_linear():
    from summarizer.clean import clean
    assert_linear(lambda n: clean("来源单\n一、设施老化\n" * n), 500, "many split lines")


def test_included_list_last_item_after_comma_yiji():
    from summarizer.points import included_enumeration
    s = "审计报告指出该项目存在四大不足，包括招标程序不规范、资金拨付滞后、监理人员缺位，以及验收环节把关不严。"
    aspect, items = included_enumeration(s, 0, len(s))
    assert aspect == "challenge"
    assert [s[x:y] for x, y in items] == ["招标程序不规范", "资金拨付滞后", "监理人员缺位", "验收环节把关不严"]
    # three topics named in one breath (包括A、B与C三大压力): a summary, one point, no list read
    s = "本地医疗正面临结构性挑战，包括人口快速老化、医疗需求攀升与护理人力不足三大压力。"
    assert included_enumeration(s, 0, len(s)) == (None, [])


# a lead that counts causes (``主要原因有4点，包括A、B、C、D等，分述如下：``): each cause is a challenge whatever its words,
# and the colon that announces the discussion after the list does not hide it (points._COUNTED_CAUSES)
def test_counted_causes_before_a_colon():
    from summarizer.points import announced_enumeration
    s = ("综合来看，本区老旧小区加装电梯进展缓慢的主要原因有4点，包括住户利益诉求的分化、审批流程的繁复、"
         "资金分摊办法的空白、后期维护责任的悬置等，现分述如下：")
    aspect, items = announced_enumeration(s, 0, len(s))
    assert aspect == "challenge"
    assert [s[x:y] for x, y in items] == ["住户利益诉求的分化", "审批流程的繁复", "资金分摊办法的空白", "后期维护责任的悬置"]
    # not counted causes: the items must state shortcomings themselves
    s = "社区今年的工作重点有4点，包括楼道清理、绿化补种、路灯检修、垃圾分类宣传等，现分述如下："
    assert announced_enumeration(s, 0, len(s)) == (None, [])
