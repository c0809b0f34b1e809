"""Part 29 text that is neither a challenge nor a recommendation, and wrong aspects (p29prec; inputs written here).

1. An audit's or an inspection's count of what it found and proposed (``共查出问题N项``, ``提出整改意见建议N条``,
   ``涉及违规金额N万元``) and the money a work report's subject spent on its work (``统筹资金N亿元支持…``) are
   findings, neither aspect (:func:`summarizer.aspects.reports_statistic`: ``_FOUND_COUNT``).
2. A case study's sections on a programme's effects and the keys to its success (``效果与影响``, ``成功的关键因素``)
   state neither aspect (``other_section`` cue group).
3. A named place's or a group of schools' practice (``宁波市采取多种措施，稳定…``, ``部分学校通过实施…等措施，加强…``) is
   an example the essay reports, no measure it proposes (:func:`summarizer.aspects.tells_action_done`:
   ``_PLACE_PRACTICE``).
4. A study's purpose after its work (``构建…模型，以期为…提供借鉴``, ``…得到一些数据，希望能对…提供参考``) states what
   it contributes, neither aspect (:func:`summarizer.aspects.states_study_contribution`: ``_STUDY_PURPOSE``).
"""
from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp


# 1 ---------------------------------------------------------------------------------------------------------------

def test_counts_of_problems_found_are_findings():
    assert asp.reports_statistic("此次检查共发现问题25项，涉及违规金额86.5万元，提出整改建议12条")
    assert asp.reports_statistic("督查组共计反馈问题18个，向有关单位提出整改意见建议30条")
    assert asp.states_neither("此次检查共发现问题25项，涉及违规金额86.5万元，提出整改建议12条")


def test_money_spent_is_no_finding_without_its_context():
    # (the lead, on merge: a clause of an announced plan, 我区将推行…，同时投入5000万元为卫生室添置设备, has no 将 of its
    # own; read alone, money spent and money to be spent look alike, so a figure of money is no finding by itself)
    assert not asp.reports_statistic("同时投入5000万元为卫生室添置设备")
    assert not asp.reports_statistic("投入12.5亿元持续改善老旧小区居住环境")


def test_counts_that_state_a_problem_or_a_plan_are_kept():
    assert not asp.reports_statistic("发现问题10个，但整改率仅为30%")
    assert not asp.reports_statistic("检查发现问题12个，其中食品过期问题突出")
    assert not asp.reports_statistic("建议投入10亿元改善农村道路")
    assert not asp.reports_statistic("资金缺口达3亿元，投入严重不足")


def test_audit_counts_give_no_point_but_the_problems_after_them_do():
    text = ("区审计局对12个单位进行了审计。共查出问题46项，涉及违规金额320万元，提出审计建议15条。\n"
            "审计发现的主要问题：部分单位预算编制不够精准，项目资金结转结余较多。\n"
            "建议各单位加强预算管理，盘活存量资金。\n")
    challenges, recommendations = points(text)
    assert not any("46项" in p or "320万元" in p for p in challenges + recommendations)
    assert any("预算编制不够精准" in c for c in challenges)
    assert any("加强预算管理" in r for r in recommendations)


# 2 ---------------------------------------------------------------------------------------------------------------

def test_effect_and_success_sections_are_neither_aspect():
    assert asp.heading_aspect("节目效果与影响") == asp.OTHER
    assert asp.heading_aspect("项目成功的关键因素") == asp.OTHER
    assert asp.heading_aspect("面临的挑战") != asp.OTHER


# 3 ---------------------------------------------------------------------------------------------------------------

def test_a_named_places_practice_is_no_measure():
    assert asp.tells_action_done("杭州市采取多项措施，稳定乡村医生队伍，提高乡村医生待遇")
    assert asp.tells_action_done("部分学校通过实施错峰放学、家长志愿护学等措施，缓解校门口拥堵")
    assert asp.tells_action_done("不少地方已经出台了电动自行车充电管理办法")
    assert asp.states_no_measure("杭州市采取多项措施，稳定乡村医生队伍，提高乡村医生待遇")


def test_places_asked_to_act_still_propose():
    assert not asp.tells_action_done("各地要采取多项措施，稳定乡村医生队伍")
    assert not asp.tells_action_done("建议各地通过多种方式稳定乡村医生队伍")
    assert not asp.tells_action_done("鼓励各地积极探索，社会资本通过参股等形式参与改制")
    # (a practice that turned out badly states its problem, and 立法会 is no verb of legislating)
    assert not asp.tells_action_done("特区立法会曾采取了减少书面质询的措施，但却出现了书面质询大幅增加的状况")


def test_other_places_practice_gives_no_point_but_the_proposal_does():
    text = ("乡村医生流失严重，村卫生室缺医少药。\n"
            "杭州市采取多项措施，稳定乡村医生队伍，提高乡村医生待遇。\n"
            "我们建议，各地应提高乡村医生的补助标准。\n")
    challenges, recommendations = points(text)
    assert not any("杭州市" in p for p in challenges + recommendations)
    assert any("提高乡村医生的补助标准" in r for r in recommendations)
    assert any("乡村医生流失严重" in c for c in challenges)


# 4 ---------------------------------------------------------------------------------------------------------------

def test_a_studys_purpose_after_its_work_is_neither():
    assert asp.states_study_contribution("建立城市社区养老需求评估模型，以期为完善社区养老服务提供借鉴")
    assert asp.states_study_contribution("共发放问卷200份，得到一些有用的数据，希望能对今后的乡村教育发展提供参考")
    assert asp.states_neither("建立城市社区养老需求评估模型，以期为完善社区养老服务提供借鉴")


def test_a_wish_that_someone_provide_is_no_study_purpose():
    assert not asp.states_study_contribution("希望政府能为返乡青年提供创业指导")
    assert not asp.states_study_contribution("建立评估模型，以期为企业提供更多贷款")
