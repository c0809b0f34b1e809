"""Failure kinds found by the blind Part 22 documents (849-859) of the aspect corpus, each on a text written for the
test (none copies a corpus string).

1. A structured abstract's part labels (``[目的/意义]…[方法/过程]…[结果/结论]…``, ``【结论/结果】``) were read as words
   of the abstract: ``意义`` names a section of background, so the label opened a region of neither aspect that swallowed
   the results after it. They are labels where a part starts, removed with a hard break as the abstract label is
   (``abstract_label`` in ``clean._INLINE_RULES``, :data:`summarizer.clean._ABSTRACT_PART`).
2. An inspection's scope narrated (``采取听汇报、实地查看等方式，检查《条例》的宣传贯彻…等情况``, ``重点检查了…依法履职情况``)
   was read as measures: a verb of examining whose object ends in 情况, in the perfective or after the visit's narration
   or method, with no modal, tells what was looked at (:func:`summarizer.aspects.examines_scope` in
   :func:`summarizer.aspects.narrates_activity`; ``points._neither_and_flips`` reads the rest of the sentence when the
   point stops before 情况). ``定期检查各项制度落实情况`` and ``要…检查…情况`` stay measures.
3. A plan whose 将 is followed by the basis it answers to (``下一步，我办将按照上级部署和年度目标，进一步统一思想，加强
   业务培训，加深…的理解``) gave one window or nothing: the basis clause (按照/根据…要求/目标/部署，) names no act, the
   measure clauses follow it (``points._PLAN_BASIS`` in :func:`summarizer.points.plan_clauses`); 加深 and 深化 open a
   plan's measure clause (``plan_verb``).
4. A body's demand on named addressees (``督查组要求，各街道要A，B，C，…``, ``会议要求，各部门要…``) gave one window or
   nothing: each demanded act is one recommendation (:func:`summarizer.points.addressed_demand_clauses` in
   ``points._plan_points``; the gold rule of 724/728), the chain closed by its aim (``确保…``). A document's
   requirements reported (``《办法》的要求，包括要…``) and a condition (``如果业主要求物业…``) are no such demand.
5. A count of questions put or answered at a briefing (``现场共有6家媒体提出20多个问题，其中不少涉及…``, ``共回答了…提出的
   15个问题``) was read as a stated problem: 问题 there are questions (:func:`summarizer.points.asks_counted_questions`
   in :func:`summarizer.points.narrates_discussion`). ``仍有3个问题没有解决`` states problems.
6. A page's list of other articles (``今日推荐`` ⏎ ``-`` ⏎ ``title 业内关注 43725``) left a listed article's tag and view
   count as a would-be point (关注 reads as an imperative): a short tag, a space and a count, then the end or the next
   title, is page chrome (``aspects._LISTING_COUNT`` in :func:`summarizer.aspects.is_page_label_line`). A figure with its
   unit (``建议政府注资 500 亿元``) or a date (``截至 2015 年``) is none.
7. A chain of measures after one 需要 (``完善…配套制度，首先需要完善A，落实B，政府设立C，完善D，…``) gave one window cut at
   the point's length: each clause that opens with a measure's verb, or with a public actor and one, is one measure
   (:func:`summarizer.points.need_chain_clauses` in ``points._plan_points``), at least three of them. 需要 as a noun
   (``群众的需要``) or negated opens no chain.
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import clean
from summarizer import points as P
from costs import assert_linear

# 1 ---------------------------------------------------------------------------------------------------------------

_TAGGED = ("摘要:[目的/意义]如何提升社区养老服务质量,是地方治理的重要课题。[方法/过程]本文梳理了三个街道的做法。"
           "[结果/结论]社区养老服务的改进需要:健全服务标准,规范服务流程;加大财政投入,稳定护理队伍。\n"
           "关键词:社区养老 服务质量\n1 引言\n社区养老是时代的产物。")


def test_abstract_part_labels_are_removed():
    text = clean.clean(_TAGGED).text
    assert "[目的/意义]" not in text and "[方法/过程]" not in text and "[结果/结论]" not in text
    assert "如何提升社区养老服务质量" in text and "社区养老服务的改进需要" in text
    assert "【结论/结果】" not in clean.clean("研究发现了三个问题。【结论/结果】提出了五条对策。").text
    assert "[局限]" not in clean.clean("研究发现了三个问题。[局限]样本只有一个城市。").text


def test_results_after_a_significance_label_give_points():
    ch, rec = points(_TAGGED)
    assert rec == ["社区养老服务的改进需要:健全服务标准,规范服务流程", "加大财政投入,稳定护理队伍"]
    assert ch == []


def test_bracketed_words_that_are_no_part_label_stay():
    # a bracket of other words is no part label: the rule takes two part words joined by a slash (or 局限) only
    ch, rec = points("[甲方/乙方]双方约定如下。社区养老服务的改进需要:健全服务标准,规范服务流程;加大财政投入,稳定护理队伍。")
    assert rec == ["社区养老服务的改进需要:健全服务标准,规范服务流程", "加大财政投入,稳定护理队伍"]


# 2 ---------------------------------------------------------------------------------------------------------------

_METHOD = "采取听取汇报、实地查看、查阅台账等方式,检查《某省河道管理条例》的宣传学习、河长制落实等情况"
_DONE = "重点检查了基层派出所依法履职、案件办理情况"
_VISIT = ("9月上旬,市人大常委会副主任带队深入到三个乡镇,采取听取汇报、实地查看、查阅台账等方式,检查《某省河道管理条例》的宣传学习、"
          "河长制落实、河道保洁工作等情况。检查组认为,条例实施以来河道面貌明显改善,但也存在着部分群众护河意识淡薄,"
          "保洁经费保障不足等问题。随后,检查组先后来到县法院、县公安局,重点检查了基层派出所依法履职、案件办理情况。")


def test_inspection_scope_is_recognised():
    assert asp.examines_scope(_METHOD)
    assert asp.examines_scope(_DONE)
    assert asp.narrates_activity(_METHOD)
    assert asp.states_neither(_DONE)


def test_inspection_scope_gives_no_measure_and_keeps_the_problems():
    ch, rec = points(_VISIT)
    assert rec == []
    assert ch == ["也存在着部分群众护河意识淡薄", "保洁经费保障不足等问题"]


def test_prescribed_checks_stay_measures():
    assert not asp.examines_scope("定期检查各项制度落实情况")  # no narration: an imperative measure
    assert not asp.examines_scope("要采取明察暗访等方式,检查各项制度落实情况")  # a modal prescribes it
    assert not asp.examines_scope("检查发现,部分单位台账不全")  # no 情况 ends the object
    assert not asp.examines_scope("采取明察暗访等方式,检查发现部分单位落实情况不好")  # a deficiency is stated


def test_examines_scope_is_linear():
    assert_linear(lambda n: asp.examines_scope("采取实地查看等方式,检查" + "各项制度" * n + "情况"), 6_000, "long scope")
    assert_linear(lambda n: asp.examines_scope("检查了" * n), 7_500, "many verbs")


# 3 ---------------------------------------------------------------------------------------------------------------

_BASIS_PLAN = "下一步,我办将按照上级部署和年度目标,进一步统一思想,加强业务培训,加深窗口人员对新规定的理解,提升服务群众水平。"


def test_plan_after_its_basis_gives_one_measure_per_clause():
    spans = P.plan_clauses(_BASIS_PLAN)
    # (the level the last measure raises, 提升服务群众水平, is its aim, one point with it: fix50b, as announced plans
    # read it, p29rec; 849's gold holds 加深干部职工对…的认识 and not its aim 提高…工作水平)
    assert [_BASIS_PLAN[a:b] for a, b in spans] == ["进一步统一思想", "加强业务培训",
                                                     "加深窗口人员对新规定的理解,提升服务群众水平"]
    ch, rec = points("二、下步打算\n" + _BASIS_PLAN + "一是规范办事流程,建立长效机制。二是强化日常管理,服务办事群众。")
    assert rec[:3] == ["进一步统一思想", "加强业务培训", "加深窗口人员对新规定的理解,提升服务群众水平"]
    assert "规范办事流程,建立长效机制" in rec and "强化日常管理,服务办事群众" in rec


def test_basis_without_acts_after_it_gives_no_plan():
    # the basis closes no clause of acts: a single act after it is no list of measures
    assert P.plan_clauses("今后,我办将按照上级部署和年度目标,做好各项工作。") == []
    # a 将 followed by a basis that names no 要求/目标/部署 is read as before
    assert P.plan_clauses("我办将按照这个思路走下去。") == []


# 4 ---------------------------------------------------------------------------------------------------------------

_DEMAND = "会上通报了检查情况。督查组要求,辖区各街道要压实属地责任,完善排查台账,加强夜间巡查,确保隐患动态清零。"


def test_addressed_demand_gives_one_measure_per_act():
    sentence = _DEMAND.split("。")[1] + "。"
    spans = P.addressed_demand_clauses(sentence)
    assert [sentence[a:b] for a, b in spans] == ["压实属地责任", "完善排查台账", "加强夜间巡查"]
    ch, rec = points(_DEMAND)
    assert rec == ["压实属地责任", "完善排查台账", "加强夜间巡查"]


def test_a_demanded_act_linked_by_bing_leaves_the_link_out():
    """``…要求X应A，B，并C``: the act is C, its linking 并 (并且, 同时) no part of it (ux33: 并强化…督导); 并 before a
    negation (并未, 并不) stays, for there it belongs to the clause."""
    sentence = "审计组要求各区应完善台账管理，规范资金拨付，并加强对街道的监督检查。"
    spans = P.addressed_demand_clauses(sentence)
    assert [sentence[a:b] for a, b in spans] == ["完善台账管理", "规范资金拨付", "加强对街道的监督检查"]
    acts = P._chain_acts("甲，并未整改。", 0, [(0, 0), (0, 0)])
    assert acts[-1] == (2, 6)  # "并未整改": kept whole


def test_reported_requirements_and_conditions_are_no_demand():
    assert P.addressed_demand_clauses("《办法》的要求,包括要对各类隐患进行排查;不再层层开会,不再层层报材料。") == []
    assert P.addressed_demand_clauses("如果业主要求物业公司要尽快维修电梯,更换老化线路,物业应当及时答复。") == []
    assert P.addressed_demand_clauses("居民要求尽快维修电梯,更换老化线路。") == []  # no addressee with a modal


def test_addressed_demand_is_linear():
    assert_linear(lambda n: P.addressed_demand_clauses("组" * (5 * n) + "要求," + "各部门" * (2 * n) + "要加强管理," * (n // 5)),
                  10_000, "a long addressee and many demands")
    assert_linear(lambda n: P.addressed_demand_clauses("要求," * n), 30_000, "many demand verbs")


# 5 ---------------------------------------------------------------------------------------------------------------

_BRIEFING = ("发布会持续约一个小时,20多家媒体到场。现场共有6家媒体提出20多个问题,其中不少涉及城市更新中的难点。"
             "发言人共回答了11家媒体记者提出的15个问题。")


def test_counted_questions_are_recognised():
    assert P.asks_counted_questions("现场共有6家媒体提出20多个问题,其中不少涉及城市更新中的难点")
    assert P.asks_counted_questions("发言人共回答了11家媒体记者提出的15个问题")
    assert P.narrates_discussion("发言人共回答了11家媒体记者提出的15个问题")


def test_counted_questions_give_no_challenge():
    assert points(_BRIEFING) == ([], [])


def test_counted_problems_stay_problems():
    assert not P.asks_counted_questions("整改中仍有3个问题没有解决")  # no verb of asking or answering
    assert not P.asks_counted_questions("群众反映了3个问题,部分路灯损坏")  # 反映: problems reported, not questions
    assert not P.asks_counted_questions("记者提出5个问题,物业公司至今未作答复")  # a complaint follows


# 6 ---------------------------------------------------------------------------------------------------------------


def test_listed_tag_and_count_is_page_chrome():
    assert asp.is_page_label_line("行业关注 52718")
    assert asp.is_page_label_line("社区观察 3391“加装电梯”,谁来买单")
    assert asp.states_neither("行业关注 52718")


def test_figures_and_dates_are_no_listing():
    assert not asp.is_page_label_line("建议政府注资 500 亿元,成立专门机构")
    assert not asp.is_page_label_line("截至 2015 年 6 月,轮候人数超过 28 万")
    assert not asp.is_page_label_line("社区关注老人 1234567890123")  # more digits than a count


# 7 ---------------------------------------------------------------------------------------------------------------

_NEED = "健全社区养老的保障制度,首先需要完善运营补贴办法,落实医保对上门护理的支付,政府设立社区养老专项资金,完善护理员培训制度。"


def test_need_chain_gives_one_measure_per_clause():
    spans = P.need_chain_clauses(_NEED)
    assert [_NEED[a:b] for a, b in spans] == ["完善运营补贴办法", "落实医保对上门护理的支付", "政府设立社区养老专项资金",
                                              "完善护理员培训制度"]
    ch, rec = points(_NEED)
    assert rec == ["完善运营补贴办法", "落实医保对上门护理的支付", "政府设立社区养老专项资金", "完善护理员培训制度"]


def test_no_chain_after_a_noun_or_a_short_need():
    assert P.need_chain_clauses("满足群众的需要,完善运营补贴办法,落实医保支付,设立专项资金。") == []
    assert P.need_chain_clauses("这需要完善运营补贴办法,落实医保支付。") == []  # two measures: no chain to split
    assert P.need_chain_clauses("不需要完善运营补贴办法,落实医保支付,设立专项资金。") == []


def test_need_chain_is_linear():
    assert_linear(lambda n: P.need_chain_clauses("需要" + "完善制度," * n), 2_500, "a long chain")
    assert_linear(lambda n: P.need_chain_clauses("需要" * n), 3_750, "many modals")
