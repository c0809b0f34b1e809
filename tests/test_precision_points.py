"""Precision of aspect points (issue 8): text that states neither a challenge nor a recommendation of the essay is
never a point, whatever region it stands in; a point that opens by recommending is a recommendation."""

import pytest

import summarizer
from summarizer import aspects as asp


@pytest.mark.parametrize("point", [
    # a bibliography entry whose title names problems or measures is cited, not stated
    "王小明,李红.县域养老服务体系的问题与对策.农村经济研究,2019,12(4):33-38.",
    "陈刚.社区治理困境及出路[J].城市问题,2020",
    # a column's author blurb under its tag
    "【乡土观察】作者是退休乡村教师，长期关注留守儿童的教育问题",
    # text about the text
    "如前所述，乡镇财政的困难由来已久",
    "下面主要探讨哪些措施对留住乡村医生更为有效",
    "以上仅对三种养老模式做了简要述评",
    "第三段分析了社区物业管理存在的问题",
    # another party's words, reported
    "省长在会上强调：“要下大力气解决群众办事难的问题。”",
    "市政府工作报告明确指出：必须加快老旧小区改造",
    "据有关部门统计，全市共有闲置校舍三百余处",
    # an example
    "比如：某街道设立了“邻里议事会”，居民有事可以当面商量",
    "以某县为例，当地的快递网点大多集中在县城",
    # significance
    "垃圾分类关系到居民的生活质量，关系到城市的可持续发展",
    # narration of an event or an achievement, naming no deficiency
    "2018年全县新建了十二所乡村幼儿园",
    "在2021年底该市的公交线路已覆盖所有行政村",
    "多年来，广大乡村教师扎根山区，为教育事业作出了巨大贡献",
    "通知明确了各部门的职责分工和完成时限",
])
def test_states_neither(point):
    assert asp.states_neither(point)


@pytest.mark.parametrize("point", [
    # plain challenges and measures, including the shapes the rules must not catch
    "乡村医生队伍老化，后继乏人",
    "应当建立乡村医生的退休保障制度",
    "过度强调了考核的数量指标",  # 强调 inside a shortcoming, no speaker and colon
    "坚持源头治理，强调部门协同",  # 强调 after a comma: the author's own measure
    "笔者认为：应该提高补贴标准",  # the author speaks
    "2020年以来，乡镇卫生院的人才流失不断加剧，服务能力明显不足",  # dated, but it names a deficiency
    "虽然取得了一定成效，但基层的监管力量仍然薄弱",  # an achievement conceded before a deficiency
    "关系到群众切身利益的事项缺乏公开",
    "",
])
def test_states_something(point):
    assert not asp.states_neither(point)


@pytest.mark.parametrize("point, outright", [
    ("建议增设夜间公交线路", True),
    ("建议：对老旧电梯统一进行安全评估", True),
    ("严禁在河道两侧倾倒建筑垃圾", True),
    ("不得以任何理由拖欠农民工工资", True),
    ("建议没有得到采纳", False),  # a recommendation noun then a negation names a shortcoming
    ("建议不具体，难以落实", False),
    ("公共交通线路覆盖不足", False),
])
def test_recommends_outright(point, outright):
    assert asp.recommends_outright(point) is outright


SECTIONED = (
    "关于乡村公共文化服务的思考\n"
    "一、存在的问题\n"
    "（一）文化设施利用率低。许多村的农家书屋常年锁门。\n"
    "（二）比如：某村的文化广场建成后被用来晾晒粮食。\n"
    "（三）专业文化人才匮乏。\n"
    "（四）建议增加文化专干的编制。\n"
    "二、对策建议\n"
    "（一）完善设施管理制度。\n"
    "（二）县文化局局长指出：“要让文化设施真正用起来。”\n"
    "（三）加强文化人才队伍建设。\n"
)


def test_section_items_that_state_neither_are_dropped_and_a_proposal_moves():
    """Items of aspect sections: an example item and a reported-speech item are no points; an item that opens with
    建议 inside the problems section is a recommendation (its offsets still index the input)."""
    essay = summarizer.summarize(SECTIONED).essays[0]
    assert [p.text for p in essay.challenges] == ["文化设施利用率低", "专业文化人才匮乏"]
    assert [p.text for p in essay.recommendations] == ["建议增加文化专干的编制", "完善设施管理制度",
                                                      "加强文化人才队伍建设"]
    for p in essay.challenges + essay.recommendations:
        assert SECTIONED[p.start:p.end] == p.text


def test_traditional_input_is_read_through_its_simplified_view():
    """The guards read the Simplified view: a Traditional reported fact and column tag are dropped alike."""
    text = (
        "關於安老院舍的意見\n"
        "一、存在的問題\n"
        "（一）長者院舍的護理人手嚴重不足。\n"
        "（二）據業界統計，全港共有院舍約八百間。\n"
        "（三）院舍設施老化，缺乏無障礙設計。\n"
        "二、對策建議\n"
        "（一）【安老觀察】作者是退休社工。\n"
        "（二）加強院舍巡查。\n"
    )
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["長者院舍的護理人手嚴重不足", "院舍設施老化，缺乏無障礙設計"]
    assert [p.text for p in essay.recommendations] == ["加強院舍巡查"]


def test_a_readers_appeal_line_is_boilerplate():
    """A page's appeal to its readers (subscribe, support us) is removed with the site's other boilerplate; a
    sentence of the essay that opens with 请 is not."""
    from summarizer.clean import clean

    text = ("請加入成為本網的月費訂戶，長期支持我們的工作。所有訂戶都可以收到通訊。\n"
            "请各部门加强协作，解决群众反映的问题。\n")
    assert clean(text).text.strip() == "请各部门加强协作，解决群众反映的问题。"


@pytest.mark.parametrize("point", [
    "赵强,孙丽.乡村学校撤并的问题与反思.教育发展研究,2016,(7):21-25.",  # no volume before the issue
    "县图书馆于2017年举办了四十场公益讲座",  # a subject, then the date
    "信息平台解决了群众办事来回跑的问题",  # 解决了: narrated as done
    "家庭医生签约服务对降低慢性病发病率有所贡献",
    "那些真正需要帮助的老人呢",  # a question
])
def test_states_neither_more_shapes(point):
    assert asp.states_neither(point)


@pytest.mark.parametrize("point, none", [
    ("这样也能减轻基层干部的负担", True),  # the benefit of a measure stated before
    ("这一做法可以吸引更多青年返乡", True),
    ("要认识到，垃圾分类不是一朝一夕的事", True),
    ("必须清醒地看到农村养老的紧迫性", False),  # 清醒地看到: not the listed phrase; the guard stays narrow
    ("建立乡镇垃圾转运站", False),
    ("这些资金应当用于改善村级道路", False),
])
def test_states_no_measure(point, none):
    assert asp.states_no_measure(point) is none


@pytest.mark.parametrize("heading, label", [
    ("服务目标", True),
    ("技术应用实践", True),
    ("本地经济和民生", True),
    ("资金来源", True),
    ("服务目标不明确", False),  # states a shortcoming
    ("完善考核与激励", False),  # a measure
    ("筹资机制", False),  # not a topic head: a mechanism can itself be what is lacking
    ("社区养老服务的长期发展目标与阶段目标", False),  # too long to be a bare label
])
def test_topic_label(heading, label):
    assert asp.topic_label(heading) is label


def test_topic_headings_over_problem_bodies_are_no_points():
    """``一、存在的问题`` over sub-headings that only name topics (1.服务目标 2.服务内容 3.服务对象), none stating a
    shortcoming: the headings are sub-section names, not problems."""
    text = ("关于社区养老服务的思考\n"
            "一、存在的问题\n"
            "1.服务目标\n社区养老服务的目标设定过于笼统，缺乏可考核的指标。\n"
            "2.服务内容\n服务内容以助餐为主，康复护理等项目严重不足。\n"
            "3.服务对象\n服务对象局限于低保老人，覆盖面窄。\n")
    essay = summarizer.summarize(text).essays[0]
    assert not any(p.text in ("服务目标", "服务内容", "服务对象") for p in essay.challenges)


def test_measures_in_a_problem_body_skip_lead_ins_and_counterfactuals():
    """Inside a problem item's body, ``本应由…承担`` (should have: it narrates what went wrong) and a sentence that
    announces a list (``必须用好以下三招``) are no measures; a plain ``政府应当设立…`` is one."""
    text = ("关于县域物流的思考\n"
            "一、存在的问题\n"
            "（一）冷链设施不足。冷库本应由县级平台统一建设，却分散在各个乡镇。为此，必须用好以下三招。"
            "政府应当设立冷链建设专项资金。\n"
            "（二）物流人才缺乏。\n"
            "二、对策建议\n"
            "（一）建设县级冷链中心。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["冷链设施不足", "物流人才缺乏"]
    assert [p.text for p in essay.recommendations] == ["政府应当设立冷链建设专项资金", "建设县级冷链中心"]


@pytest.mark.parametrize("point, neither", [
    ("有调查显示，多数居民每周外出就餐两次以上", True),  # a reported finding, no deficiency named
    ("统计数据表明，该区常住人口十年增长了三成", True),
    ("不难看出，年轻人更愿意在网上办理业务", True),  # an inference from what came before
    ("“木桶理论”告诉我们，整体水平取决于最短的那块木板", True),  # a maxim reported
    ("调查显示，乡村教师的周课时普遍过多", False),  # ...but a finding that names a deficiency is a problem
    ("由此可见，基层监管力量严重不足", False),
])
def test_findings_and_inferences(point, neither):
    assert asp.states_neither(point) is neither
