"""Which sentences inside a titled point (``（一）标题 ⏎ 正文句1。正文句2。``) or a known challenge/recommendation
region become points of their own (issue 8).

Every essay here is written for the test (none is copied from a dev or corpus document)."""

from summarizer import aspects as asp
from summarizer.structure import parse
from aspect_helpers import points as _points, roles as _roles


_MEASURES_LABELLED = (
    "社区养老服务的困境与对策\n"
    "一、存在的问题\n"
    "（一）服务供给不足\n社区养老床位长期紧缺，老人排队时间过长。\n"
    "（二）专业人员流失严重\n护理员收入偏低，年轻人不愿入行。\n"
    "二、对策建议\n"
    "（一）扩大服务供给，因地制宜\n"
    "床位不足是最突出的短板。主要举措：（1）盘活闲置校舍改建养老站点；（2）鼓励物业企业开办日间照料中心；"
    "（3）把养老设施纳入新建小区配套。\n"
    "（二）稳定护理队伍\n提高护理员工资待遇，建立职业晋升通道。\n"
)


def test_a_list_after_an_aspect_label_and_a_colon_inside_a_heading_gives_its_items():
    # 主要举措： names the aspect and ends in a colon right before （1）…（3）: the items are measures of their own
    _, recs = _points(_MEASURES_LABELLED)
    assert recs == ["扩大服务供给，因地制宜", "盘活闲置校舍改建养老站点", "鼓励物业企业开办日间照料中心",
                    "把养老设施纳入新建小区配套", "稳定护理队伍"]


def test_a_sentence_before_a_colon_that_restates_the_heading_announces_no_separate_points():
    # 建议进一步完善…机制： restates the heading and goes on with its steps (第一…第二…): the heading is the point
    text = ("基层防疫的问题与建议\n一、存在的问题\n（一）物资储备不足\n乡镇卫生院口罩储备短缺。\n"
            "二、对策建议\n（一）完善防控配套机制，推动应急管理专业化\n"
            "建议进一步完善基层防控配套机制：第一，加大便民设施投入，提升应急防控能力。第二，逐步建立工作人员培训机制。\n"
            "（二）健全信息发布机制\n定期公开防控信息。\n")
    _, recs = _points(text)
    assert recs == ["完善防控配套机制，推动应急管理专业化", "健全信息发布机制"]


def test_aspect_label():
    assert asp._aspect_label("主要策略：") == asp.RECOMMENDATION
    assert asp._aspect_label("存在问题：") == asp.CHALLENGE
    # a sentence (longer than a label, or of several clauses) before the colon is no label
    assert asp._aspect_label("建议进一步完善基层防控配套机制：") is None
    assert asp._aspect_label("主要策略") is None  # no colon: announces nothing


def test_first_then_items_that_each_state_a_shortcoming_under_a_problem_heading_are_problems():
    # under the heading of a problem, 首先…其次… each state a shortcoming of their own: further problems
    text = ("一、存在的问题\n（一）数据共享机制不健全\n政务数据分散在各部门。首先，各部门之间缺乏数据共享协调机制，"
            "办事群众重复提交材料。其次，基层数据开放程度不高，群众查询不便。\n"
            "（二）平台建设滞后\n部分平台长期无人维护。\n二、对策建议\n（一）建立数据共享清单\n明确各部门职责。\n")
    roles = _roles(text)
    firsts = [r for r in roles if r[0].startswith(("各部门之间", "基层数据"))]
    assert [(a, role) for _, a, role in firsts] == [(asp.CHALLENGE, "point"), (asp.CHALLENGE, "point")]


def test_first_then_steps_under_a_problem_heading_that_state_no_shortcoming_are_no_points():
    # 首先…其次… narrate how the problem came about (no shortcoming predicate in one of them): evidence, not points
    text = ("一、存在的问题\n（一）数据共享机制不健全\n首先，各部门先后建设了自己的业务系统。其次，各部门之间缺乏数据共享"
            "协调机制。\n（二）平台建设滞后\n部分平台长期无人维护。\n二、对策建议\n（一）建立数据共享清单\n明确各部门职责。\n")
    roles = _roles(text)
    firsts = [r for r in roles if r[0].startswith(("各部门先后", "各部门之间"))]
    assert [role for _, _, role in firsts] == [None, None]


def test_a_heading_over_one_sentence_paragraphs_that_each_prescribe_gives_one_point_per_paragraph():
    # the body is a list written as paragraphs: each one sentence with its own actor and modal (检察机关应当…)
    text = ("一、存在的问题\n（一）违规转租屡禁不止\n部分企业把专线层层转租。\n"
            "二、对策建议\n（一）针对转租乱象，发挥监督作用，形成治理合力\n"
            "检察机关应当与通信管理部门建立信息共享机制，定期通报案件线索。\n"
            "检察机关应当督促运营商加强客户审核，及时封停违规线路。\n"
            "主管部门应当建立转租黑名单制度，公开曝光违规企业。\n"
            "（二）完善法律法规\n明确运营企业的审核责任。\n")
    _, recs = _points(text)
    assert recs == ["针对转租乱象，发挥监督作用，形成治理合力",
                    "检察机关应当与通信管理部门建立信息共享机制，定期通报案件线索",
                    "检察机关应当督促运营商加强客户审核，及时封停违规线路",
                    "主管部门应当建立转租黑名单制度，公开曝光违规企业", "完善法律法规"]


def test_paragraph_list():
    from summarizer.points import paragraph_list
    body = "\n甲部门应当建立台账。\n乙部门应当定期抽查。\n丙部门应当公开结果。\n"
    assert [body[a:b] for a, b in paragraph_list(body, 0, len(body), asp.RECOMMENDATION, 60)] == [
        "甲部门应当建立台账", "乙部门应当定期抽查", "丙部门应当公开结果"]
    # a paragraph of several sentences (argument and evidence) makes the body no list
    body2 = "\n甲部门应当建立台账。台账每月更新。\n乙部门应当定期抽查。\n丙部门应当公开结果。\n"
    assert paragraph_list(body2, 0, len(body2), asp.RECOMMENDATION, 60) == []
    # two paragraphs are too few; paragraphs that mostly state no measure are background
    body3 = "\n甲部门应当建立台账。\n乙部门应当定期抽查。\n"
    assert paragraph_list(body3, 0, len(body3), asp.RECOMMENDATION, 60) == []
    body4 = "\n去年共查处案件十起。\n今年案件数量有所回落。\n甲部门应当公开结果。\n"
    assert paragraph_list(body4, 0, len(body4), asp.RECOMMENDATION, 60) == []


def test_a_modal_before_a_copula_inside_a_problem_body_is_no_measure():
    # 应是/还应包含/必须具备 say what something should be (a definition or standard); 故应设立… proposes a measure
    text = ("一、存在的问题\n（一）行业智库定位模糊\n行业智库应是服务企业决策的专业机构，但多数智库依附于政府课题。"
            "完整的研究队伍还应包含一线从业人员。故应设立独立的行业研究基金。\n"
            "（二）研究经费不足\n经费来源单一。\n二、对策建议\n（一）拓宽经费渠道\n吸引企业出资。\n")
    _, recs = _points(text)
    assert recs == ["故应设立独立的行业研究基金", "拓宽经费渠道"]


def test_a_negated_modal_before_a_copula_still_rejects_a_practice():
    from summarizer.points import _STATIVE_MODAL
    assert _STATIVE_MODAL.search("智库应是专业机构")
    assert _STATIVE_MODAL.search("队伍还应包含一线人员")
    assert not _STATIVE_MODAL.search("智库的发展不应是孤立的")
    assert not _STATIVE_MODAL.search("应设立研究基金")


_DEFINED = ("一、存在的问题\n（一）研究能力不强\n{first}多数智库没有稳定的经费来源，课题难以持续。\n"
            "（二）人才流失严重\n骨干研究人员不断流向高校。\n二、对策建议\n（一）设立研究基金\n吸引企业出资。\n")


def test_a_definition_that_opens_a_heading_s_body_is_no_point():
    # 智库的资金是…的基础资金 / X具有…等特点 / X是指… define or characterise: the explanation of the heading begins
    for first in ("智库的资金是支撑研究工作的基础资金。", "企业智库具有灵活性和市场性等特点。", "企业智库是指由企业出资组建的研究机构。"):
        challenges, _ = _points(_DEFINED.format(first=first))
        assert challenges == ["研究能力不强", "人才流失严重"], first


def test_a_short_statement_that_opens_a_heading_s_body_stays_its_topic_point():
    # a short first sentence that states something of its own (多数智库只做短期评论) is the paragraph's topic: a point
    challenges, _ = _points(_DEFINED.format(first="多数智库只做短期评论。"))
    assert challenges == ["研究能力不强", "多数智库只做短期评论", "人才流失严重"]


def test_defines():
    from summarizer.points import defines
    assert defines("网络诽谤、网络侮辱是典型的网络暴力行为")
    assert defines("既然老人是重点保护的对象")
    assert not defines("多数智库只做短期评论")
    assert not defines("智库的资金不是问题，人才才是问题")  # two clauses: an argument, not a definition


_PACKED = ("一、存在的问题\n（一）各区县发展不同步\n具体而言：①教育：{first}②医疗：基层医生数量不足。\n"
           "二、对策建议\n（一）加强统筹\n建立区县结对帮扶机制。\n")


def test_a_run_in_item_packed_with_semicolon_parts_gives_one_point_per_part():
    # ①教育：A；B； each ；-part states a shortcoming of its own
    challenges, _ = _points(_PACKED.format(first="优质学校数量不足，分布不均；部分学校师资老化严重；"))
    # (the heading names a part over its own list: a section, no point; a one-part item keeps its label)
    assert challenges == ["优质学校数量不足，分布不均", "部分学校师资老化严重", "医疗：基层医生数量不足"]


def test_semicolon_parts_of_a_quotation_or_after_a_statement_stay_one_point():
    # the ；-parts inside a quotation are reported speech; after a statement and a colon they explain the statement
    quoted = _PACKED.format(first="家长反映“学校太远；班级太挤”，优质学校数量不足；")
    explained = _PACKED.format(first="优质学校不足，影响了入学公平：部分学校师资老化严重；班额过大；")
    for text in (quoted, explained):
        st = parse(text)
        roles = asp.analyze(st)
        from summarizer.points import semicolon_parts
        item = next(it for it in st.items if st.heading(it).startswith("教育"))
        assert semicolon_parts(st, item, asp.CHALLENGE, 60) == []
