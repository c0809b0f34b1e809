"""Rules added for the kinds of Parts 169 (party conduct and cadres) and 172 (elderly care), branch k169172, each on a
text written for the test.

1. A template site's wish that its piece helps (``以下是…分享的…,希望能帮助到大家!``), a site's preface that it compiled
   the piece for the reader (``前言:本站為你精心整理了…``) and a portal's takedown notice (``如有侵权…请发送邮件至…``) are
   site filler (``clean._SITE_FILLER_CUE``), not the essay's points.
2. A fault's forms listed after its lead-in's colon one ``有的…`` clause each, joined by commas, are one challenge each
   (:func:`summarizer.points.distributive_comma_run_spans`); the lead-in keeps its own challenge.
3. A lead-in that names a model's practice (``这一模式的主要做法是:``, ``其创新之处在于:``) announces practice done,
   neither aspect (:func:`summarizer.aspects.names_model_practice`); one that urges the course (``正确的做法是:``) does
   not.
4. A suggestion put as a question to ask (``要解决X,不妨先问一问Y,…吗?``) is a recommendation, its leading clauses
   (:func:`summarizer.points.asked_suggestion_spans`).
5. A run-in heading keyed on one character (``“严”字当头,在“管干部”中动真碰硬``) is a measure
   (:func:`summarizer.points.character_keyed_heading_spans`).
6. A verdict that a problem exists, told just before its demand (``…的干部确实存在,要扭转这种局面,…也需要…``), is a
   challenge, the demand a recommendation (:func:`summarizer.points.existence_verdict_spans`).
7. A team that does not hold together (``班子不团结``) states a deficiency (``prose_challenge`` cue group).
"""

from __future__ import annotations

from aspect_helpers import points
from costs import assert_linear
from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.clean import clean


def test_site_wish_preface_and_takedown_notice_are_site_filler():
    assert clean("以下是某某网分享的社区治理方面存在不足,希望能帮助到大家!\n一、存在的问题\n1、居民参与不足。").text == (
        "一、存在的问题\n1、居民参与不足。")
    assert clean("前言:本站為你精心整理了農村治理范文,歡迎咨詢。\n一、存在的問題").text == "一、存在的問題"
    assert clean("王某建议增设便民服务点。\n本文由网友投稿,如有侵权请发送邮件至service@example.com。").text == (
        "王某建议增设便民服务点。")
    assert clean("王某建议增设便民服务点。\n如有侵權,請聯繫我們。").text == "王某建议增设便民服务点。"
    # an essay's own words on infringement stay
    assert clean("对盗版者如有侵权行为,应当依法严惩。").text == "对盗版者如有侵权行为,应当依法严惩。"
    # a photo's credit line is no takedown notice of the page: it stays for the line rules
    assert "如有侵权联系删除" in clean("一、存在的问题\n图片来源于网络,如有侵权联系删除\n社区人手不足。").text


_FORMS = ("近年来,电信诈骗案件多发。\n不法分子盯上了留守老人的积蓄:有的以“免费体检”为名骗取押金,有的冒充子女的同事"
          "骗取汇款,还有的借“理财讲座”非法集资。\n")


def test_forms_after_a_colon_are_one_challenge_each():
    spans = pts.distributive_comma_run_spans(_FORMS.split("\n")[1])
    line = _FORMS.split("\n")[1]
    assert [line[a:b] for a, b in spans] == ["有的以“免费体检”为名骗取押金", "有的冒充子女的同事骗取汇款",
                                             "还有的借“理财讲座”非法集资"]
    challenges, recommendations = points(_FORMS)
    assert "有的冒充子女的同事骗取汇款" in challenges and "还有的借“理财讲座”非法集资" in challenges
    assert not any("免费体检" in p for p in recommendations)


def test_a_colon_list_of_likes_or_of_duties_is_no_run_of_faults():
    assert pts.distributive_comma_run_spans("同学们的爱好各不相同:有的喜欢唱歌,有的喜欢跳舞,还有的喜欢画画。") == []
    assert pts.distributive_comma_run_spans("各部门分工如下:有的要负责宣传,有的要负责巡查。") == []
    # kinds or motives told with a copula are no acts of a fault
    assert pts.distributive_comma_run_spans("论文多是被逼出来的问题:有的是为了评奖学金,有的是为了找工作。") == []
    # one form alone is no run
    assert pts.distributive_comma_run_spans("不法分子手段多样:有的以投资为名非法集资。") == []


def test_a_lead_in_naming_a_models_practice_announces_neither_aspect():
    assert asp.names_model_practice("这一模式的主要做法是:")
    assert asp.names_model_practice("该县的创新之处在于:")
    assert asp.lead_in_aspect("这一模式的主要做法是:") == asp.OTHER
    assert not asp.names_model_practice("正确的做法是:")
    assert not asp.names_model_practice("应借鉴的经验有:")
    assert not asp.names_model_practice("具体做法是:")  # (a proposal's details)
    text = ("为缓解老人就餐难,某区推行社区长者食堂。截至去年底,全区已建成长者食堂86家。\n这一模式的主要做法是:一是统一配送"
            "餐食,由中央厨房集中制作后配送到各食堂。二是实行分档补贴,按老人年龄给予不同的用餐补助。三是引入社会力量运营,"
            "通过公开招标选定运营企业。\n但不少食堂仍面临运营成本高、就餐人数少等问题。\n")
    challenges, recommendations = points(text)
    assert not any(k in p for p in recommendations for k in ("统一配送餐食", "实行分档补贴", "引入社会力量运营"))
    assert challenges == ["运营成本高", "就餐人数少"]


def test_a_suggestion_put_as_a_question_to_ask_is_a_recommendation():
    first = "要真正破解老人办事难,不妨先问一问跑了几趟的老人,知道窗口的咨询电话吗?"
    assert [first[a:b] for a, b in pts.asked_suggestion_spans(first)] == ["要真正破解老人办事难,不妨先问一问跑了几趟的老人"]
    second = "其次,不妨再问问窗口的工作人员,有没有为老人留出专门的通道?"
    assert [second[a:b] for a, b in pts.asked_suggestion_spans(second)] == ["不妨再问问窗口的工作人员"]
    # no question, no asked suggestion; nor a 不妨 that asks nothing
    assert pts.asked_suggestion_spans("我们不妨先问一问老人的意见。") == []
    assert pts.asked_suggestion_spans("这样做不妨碍老人出行吗?") == []
    challenges, recommendations = points("老人办事难,难在哪里?\n" + first + second + "\n")
    assert "要真正破解老人办事难,不妨先问一问跑了几趟的老人" in recommendations
    assert not any("不妨" in p for p in challenges)


def test_a_run_in_heading_keyed_on_one_character_is_a_measure():
    heading = "“严”字当头,在“管干部”中动真碰硬。"
    assert pts.character_keyed_heading_spans(heading) == [(0, len(heading) - 1)]
    # a sentence that only talks about a character is no heading
    assert pts.character_keyed_heading_spans("老小区的“老”字,决定了其硬件设施的先天不足和后天老化。") == []
    text = ("作风建设永远在路上\n近年来,一些地方的作风问题屡禁不止。\n“查”字开路,在“找病灶”中刨根问底。要紧盯群众反映强烈的"
            "问题,一查到底。\n“严”字当头,在“管干部”中动真碰硬。要严格执行纪律,不搞下不为例。\n")
    challenges, recommendations = points(text)
    assert "“查”字开路,在“找病灶”中刨根问底" in recommendations
    assert "“严”字当头,在“管干部”中动真碰硬" in recommendations
    assert not any("刨根问底" in p for p in challenges)


def test_a_verdict_that_a_problem_exists_before_its_demand_is_a_challenge():
    sentence = "在一些单位,遇到难题就往上推的干部确实存在,要扭转这种局面,除了压实责任,也需要完善激励机制。"
    assert [sentence[a:b] for a, b in pts.existence_verdict_spans(sentence)] == ["在一些单位,遇到难题就往上推的干部确实存在"]
    assert [sentence[a:b] for a, b in pts.existence_demand_spans(sentence)] == ["要扭转这种局面,除了压实责任,也需要完善激励机制"]
    # an existence with no demand after it, or a demand in the verdict's place, gives none
    assert pts.existence_verdict_spans("这种现象确实存在,并且由来已久。") == []
    assert pts.existence_verdict_spans("要承认差距确实存在,要正视它。") == []
    challenges, recommendations = points("容错机制不是护身符\n" + sentence + "\n")
    assert any("确实存在" in p for p in challenges)
    assert not any("确实存在" in p for p in recommendations)


def test_a_team_that_does_not_hold_together_is_a_deficiency():
    assert asp.prose_aspect("村里两委班子不团结。") == asp.CHALLENGE
    assert asp.prose_aspect("全村上下团结一心。") is None


def test_the_new_readers_stay_linear():
    assert_linear(lambda n: pts.distributive_comma_run_spans("问题:" + "有的乱收费," * n), 2_000, "a long run of forms")
    assert_linear(lambda n: pts.asked_suggestion_spans("不妨" * n + "?"), 10_000, "many 不妨 in a question")
    assert_linear(lambda n: pts.character_keyed_heading_spans("“查”字" + "治" * n), 25_000, "a keyed heading's run")
    assert_linear(lambda n: asp.names_model_practice("治" * n + "做法是:"), 25_000, "a long practice lead")
    assert_linear(lambda n: pts.existence_verdict_spans("确实存在," * n), 2_000, "many verdicts with no demand")
    assert_linear(lambda n: pts.existence_verdict_spans("治" * n + "确实存在,要治"), 25_000, "a long verdict")
