"""Failure kinds found by the blind Part 9 documents (667-677) of the aspect corpus, each on a text written for the test.

1. A literature review's reported view (``有学者…认为…面临着A、B等困境``): the problems and measures another scholar
   names are reported, neither aspect of the essay (:func:`summarizer.aspects.reports_scholar_view`).
2. A measure whose last clause says the problem is solved by it (``…，是化解矛盾的捷径``, ``…，问题定会迎刃而解``) is a
   recommendation, whatever problem word it names (:func:`summarizer.aspects.solution_outcome_at`).
3. A reply letter's thanks to its reader (``感谢您对…的关心和支持``), work finished now (``现已完成…建设``) and an exam
   question retold by an editorial (``要求考生…``) state neither aspect (cue vocabulary read by
   :func:`summarizer.aspects.states_neither`).
4. A status section's item whose own heading states a shortcoming (``一、…现状 ⏎ （一）…条件极差。``) is a problem,
   its achievement items are not (:func:`summarizer.aspects.names_status_section`).
5. A sentence that opens with a causal clause naming problems and whose main clause prescribes (``由于…存在A等问题，
   社区应当…``) gives the problem and the measure (:func:`summarizer.points.turn_parts`).
"""

from __future__ import annotations

from summarizer import aspects as asp
from summarizer import pipeline
from summarizer import points as P

REVIEW = ("社区养老服务的困境与出路\n"
          "摘要：本文发现社区养老服务面临资金来源单一、专业人员短缺、服务内容同质等困境。因此，应从拓宽筹资渠道、"
          "培养专业队伍、丰富服务内容等方面着手。\n"
          "关于养老服务，有学者从供给侧视角出发，认为当前政府仍然面临着财政投入不足、监管能力较弱、信息平台分散等问题；"
          "有学者提出构建多元共治的养老服务格局。")


def _points(text: str) -> tuple[list[str], list[str]]:
    (essay,) = pipeline.summarize(text).essays
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_a_reported_scholars_view_is_found_in_its_part_of_the_sentence():
    s = "关于养老服务，有学者从供给侧视角出发，认为当前政府仍然面临着财政投入不足、监管能力较弱等问题；本文认为需要加强监管。"
    assert asp.reports_scholar_view(s, s.index("财政投入不足"), s.index("财政投入不足") + 6)
    # after the ；, the author's own part: no scholar in it
    assert not asp.reports_scholar_view(s, s.index("需要加强监管"), s.index("需要加强监管") + 6)
    # the author speaking after the scholar takes the part back (有学者认为…，但笔者认为…)
    own = "有学者认为应当放开，但笔者认为当前监管能力较弱"
    assert not asp.reports_scholar_view(own, own.index("监管能力较弱"), len(own))
    # bounded look-back: a scholar far before the point, past a sentence end, is no frame of it
    far = "有学者认为资金不足。" + "监管能力较弱" * 30
    assert not asp.reports_scholar_view(far, len(far) - 6, len(far))


def test_a_literature_review_gives_no_points():
    challenges, recommendations = _points(REVIEW)
    assert challenges == ["资金来源单一", "专业人员短缺", "服务内容同质"]
    assert not any("财政投入" in c or "监管能力" in c or "信息平台" in c for c in challenges)
    assert not any("多元共治" in r for r in recommendations)


def test_a_solution_outcome_ends_a_measure():
    assert asp.solution_outcome_at("借鉴外地的成熟做法，为我所用，是化解矛盾的捷径") == len("借鉴外地的成熟做法，为我所用，")
    assert asp.solution_outcome_at("因地制宜，分类施策，问题定会迎刃而解。") == len("因地制宜，分类施策，")
    # a negated outcome is a shortcoming; one clause gives no measure before it
    assert asp.solution_outcome_at("部门之间各自为政，难以找到解决办法") is None
    assert asp.solution_outcome_at("问题迎刃而解") is None


def test_a_measure_that_names_the_problem_it_solves_is_a_recommendation():
    text = ("谈农贸市场治理\n"
            "近年来，我市农贸市场数量不断增加，方便了群众生活。\n"
            "对占道经营问题，疏堵结合，划定临时摊区，很容易找到理想的解决办法。\n")
    challenges, recommendations = _points(text)
    assert recommendations == ["对占道经营问题，疏堵结合，划定临时摊区"]
    assert challenges == []


def test_a_sentence_that_names_its_cause_is_a_point_not_a_lead_in():
    # (a cause stated after its noun and copula is a point; the sentence opens no region of causes over the measures)
    assert asp.names_cause("农贸市场存在占道经营、垃圾乱倒等问题，根源在于摊位规划滞后。")
    assert not asp.names_cause("造成这一问题的原因，大致分为两种。")
    assert not asp.names_cause("问题的根源在于以下几个方面：")
    text = ("谈农贸市场治理\n"
            "近年来，我市农贸市场数量不断增加，方便了群众生活。\n"
            "农贸市场存在占道经营、垃圾乱倒等问题，根源在于摊位规划滞后。\n"
            "应当疏堵结合，划定临时摊区。同时要加强日常巡查，及时清运垃圾。")
    challenges, recommendations = _points(text)
    assert challenges == ["农贸市场存在占道经营、垃圾乱倒等问题，根源在于摊位规划滞后"]
    assert recommendations == ["应当疏堵结合，划定临时摊区", "要加强日常巡查，及时清运垃圾"]


def test_thanks_finished_work_and_a_retold_exam_question_state_neither():
    assert asp.states_neither("首先感谢您对我区环保工作的关心和支持")
    assert asp.states_neither("新建的污水处理站现已完成主体工程建设，预计年底投入使用")
    assert asp.states_neither("要求考生思考老龄化社会的议题，提出看法")
    assert asp.states_neither("该镇在全市农村工作会议上作了经验交流")
    # a plan for the work ahead is still a measure
    assert not asp.states_neither("我们将进一步加强宣传引导，强化工作措施")


def test_a_status_sections_shortcoming_heading_is_a_problem():
    assert asp.names_status_section("一、全镇农业发展现状")
    assert asp.names_status_section("一、基本情况")
    assert not asp.names_status_section("二、主要做法")
    text = ("某镇农业发展调研报告\n"
            "一、全镇农业发展现状\n"
            "（一）特色产业初具规模。全镇建成蔬菜基地三处，带动农户增收。\n"
            "（二）灌溉设施老化，农田水利条件极差。多数水渠建于上世纪七十年代，渗漏严重。\n"
            "二、对策建议\n"
            "（一）加快水利设施改造。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["灌溉设施老化，农田水利条件极差"]
    assert recommendations == ["加快水利设施改造"]


def test_a_causal_clause_then_a_prescribing_main_clause_gives_both():
    s = "最后，由于基层治理存在多头管理、权责不清等问题，街道办事处应当理顺管理体制，向服务型机构转变。"
    turn, measures = P.turn_parts(s)
    assert s[:turn].endswith("等问题")
    assert [s[a:b] for a, b in measures] == ["街道办事处应当理顺管理体制，向服务型机构转变"]
    # no shortcoming before the main clause: no turn (由于领导重视，各村要…)
    assert P.turn_parts("由于领导重视，各村要继续巩固成果。") is None
    # 主要 holds 要 and is no modal (因为…，所以本阶段…主要进行了…)
    assert P.turn_parts("因为资金不足，项目组主要进行了试点工作。") is None


def test_the_new_rules_are_linear_on_long_inputs():
    long_line = "监管能力较弱" * 20000  # 120k characters, no punctuation
    assert asp.solution_outcome_at(long_line) is None
    assert not asp.reports_scholar_view(long_line, len(long_line) - 6, len(long_line))
    assert P.turn_parts("由于" + long_line) is None
    assert not asp.names_cause("原因是" * 40000)
    assert asp.names_cause("原因是" * 40000 + "投入不足")  # (bounded reads: linear on a long clause)
    tiny = "问题。" * 10000
    assert P.turn_parts(tiny) is None
    assert pipeline.summarize("由于资金不足，" * 2000 + "。").essays


def test_a_cause_named_across_an_enumeration_comma_is_read():
    # (the cause's enumeration comma 、 does not end it; half-width commas end clauses as full-width ones do)
    s = "老城区存在“买菜难”“如厕难”等问题,根本原因在于公共设施规划、建设滞后,与人口增长不相适应。"
    assert asp.names_cause(s)
    assert asp.opener_aspect(s) is None


def test_what_a_goal_necessarily_includes_is_neither():
    assert asp.states_neither("推进乡村治理现代化是实现共同富裕的应有之义")
    assert asp.states_neither("完善社区服务是提升城市品质的题中应有之义")
    assert not asp.states_neither("应当完善社区服务，提升城市品质")


def test_directions_of_one_modal_before_a_frame_of_aspects_are_each_a_measure():
    t = "为此，应从健全议事规则、畅通表达渠道、厚植协商文化、夯实人才基础等方面入手。"
    assert [t[a:b] for a, b in P.enumeration_items(t, 0, len(t), asp.RECOMMENDATION, 60)] == [
        "应从健全议事规则", "畅通表达渠道", "厚植协商文化", "夯实人才基础"]
    # no modal before the first item: the items are read one by one, as before
    bare = "围绕健全议事规则、畅通表达渠道、厚植协商文化等方面展开讨论。"
    assert P.enumeration_items(bare, 0, len(bare), asp.RECOMMENDATION, 60) == []


LETTERS = ("读者来信\n"
           "社区食堂要办得长久\n"
           "我家附近新开了一家社区食堂，老人吃饭方便了许多。但食堂只在中午营业，菜品也比较单一，不少老人晚饭仍然没有着落。"
           "建议街道适当延长营业时间，丰富菜品种类。\n"
           "（杭州／李明华）\n"
           "公交站台应加装座椅\n"
           "我们小区门口的公交站台没有座椅，老人候车只能站着，等车时间一长就吃不消。"
           "希望有关部门尽快加装座椅和遮阳棚，方便市民出行。\n"
           "（宁波/陈建国）\n")


def test_signed_letters_are_one_essay_each():
    from summarizer.essays import signature_bounds, split_essays
    assert [title for _, _, title in signature_bounds(LETTERS)] == ["公交站台应加装座椅"]
    assert [e.title for e in split_essays(LETTERS)] == [None, "公交站台应加装座椅"]
    assert len(pipeline.summarize(LETTERS).essays) == 2


def test_a_signature_before_a_footer_splits_nothing():
    from summarizer.essays import signature_bounds
    footer = LETTERS.split("公交站台")[0] + "扫一扫在手机打开当前页\n"
    assert signature_bounds(footer) == []
    # a bracket inside a line is no signature line
    assert signature_bounds("据介绍（杭州/李明华）\n" + LETTERS.split("\n", 1)[1].split("（杭州")[0]) == []
    # linear on many signatures and long lines
    many = ("（杭州/李明华）\n标题\n" + "问题" * 30 + "\n") * 3000
    assert len(signature_bounds(many)) == 3000


def test_a_title_glued_to_a_pages_navigation_is_no_point():
    from summarizer.essays import titles_both_aspects
    assert titles_both_aspects("首页要闻动态工作研究某县社区治理工作面临的问题及对策建议")
    assert titles_both_aspects("城市停车难问题的成因与对策")
    # written prose (a clause mark inside) and a bare section heading (no topic before 的) are not such titles
    assert not titles_both_aspects("针对存在的问题，提出切实可行的对策建议")
    assert not titles_both_aspects("存在问题及对策建议")
    text = ("首页 要闻动态 工作研究\n\n某县社区治理工作面临的问题及对策建议\n\n"
            "当前，我县社区治理存在着人员不足、经费短缺等困难和问题。\n应当充实社区工作力量，加大经费保障。")
    challenges, recommendations = _points(text)
    assert all("对策建议" not in p for p in challenges + recommendations)


def test_a_condition_that_averts_a_harm_names_the_measure():
    s = "换个思路，若从长远来看，街道提前公布施工计划，不再临时封路，而是设置便民通道，就不会引发居民的强烈不满。"
    assert [s[a:b] for a, b in P.averted_conditions(s)] == ["街道提前公布施工计划，不再临时封路，而是设置便民通道"]
    # a negated condition is the other reading's (如果没有…，就不会…: no measure here)
    assert P.averted_conditions("如果没有政府的支持，就不会有今天的成绩。") == []
    # no averted consequence: no measure
    assert P.averted_conditions("如果街道提前公布施工计划，居民会更满意。") == []
    text = ("谈道路施工扰民\n近年来，城区道路施工频繁，临时封路给居民出行带来不便。\n"
            "若街道提前公布施工计划，不再临时封路，就不会引发居民的强烈不满。")
    challenges, recommendations = _points(text)
    assert recommendations == ["街道提前公布施工计划，不再临时封路"]


def test_averted_conditions_are_linear():
    long = "如果" + "提前公布计划，" * 20000 + "就不会引发不满。"
    assert P.averted_conditions(long) == []  # (the consequence lies past the bounded clauses)
