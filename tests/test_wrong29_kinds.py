"""wrong29: kinds of wrong points (issue 8's wrong side, diagnosed on Parts 33-34): a work report's tallies of work
done (检查企业120家次，排查隐患35条; a template's ``*家次`` blanks), and a journal abstract's own method and aim
(分析…，以期寻求…; 采用…法分析…的影响; 以某省为例进行实证研究). Texts written for these tests."""

from summarizer import aspects, pipeline


def _points(body: str) -> dict[str, list[str]]:
    essay = pipeline.analyze(body)[0]
    return {k: [essay.text[p.start:p.end] for p in v] for k, v in essay.points.items()}


# --- a tally of work done (aspects.tallies_work) ---

_TALLIES = "我镇检查各类商铺46家次，排查消防隐患21条，立案处罚3起，罚款2万元"
_TEMPLATE = "全区检查餐饮单位*家次，查处违法行为xx起"
_FRAMED = "截至目前累计排查出各类用电隐患和违章搭建行为312处，拆除17处"


def test_tallies_of_work_done_state_neither_aspect():
    for text in (_TALLIES, _TEMPLATE, _FRAMED):
        assert aspects.tallies_work(text), text
        assert aspects.states_neither(text), text


def test_a_tally_with_a_shortcoming_a_remainder_or_a_plan_is_kept():
    kept = ("目前全镇仍有消防隐患21条未整改",  # what remains: a problem
            "检查发现问题商铺12家，隐患整改率偏低",  # a shortcoming besides the count
            "要加强检查，每年检查商铺不少于2次",  # a plan with its figure
            "排查消防隐患，建立整改台账",  # no count: a measure
            "强化安全培训，已培训从业人员300人次，覆盖全部商铺")  # a measure's heading besides the count
    for text in kept:
        assert not aspects.tallies_work(text), text


def test_a_work_report_of_tallies_gives_no_challenge():
    body = ("关于开展消防安全检查的情况报告\n\n"
            "今年以来，我镇高度重视消防安全工作。我镇检查各类商铺46家次，排查消防隐患21条，立案处罚3起，罚款2万元。"
            "截至目前累计排查出各类用电隐患和违章搭建行为312处，拆除17处。\n")
    got = _points(body)
    assert not any("家次" in p or "312处" in p for p in got["challenge"] + got["recommendation"]), got


# --- a study's own method and aim (aspects.states_study_method) ---

_STUDY = ("分析当前社区养老服务体系建设存在的共性问题，以期寻求更符合实际的优化路径",
          "采用双重差分法分析2015年的价格改革对居民用水量及各项支出占比的影响",
          "编制满意度测量问卷，运用层次分析法确定指标权重，并以某市为例进行实证研究",
          "探讨数字政府建设在提升公共服务效率和优化营商环境中的作用机制",
          "本文考察乡村教师流失的影响因素")


def test_a_study_method_or_aim_states_neither_aspect():
    for text in _STUDY:
        assert aspects.states_study_method(text), text
        assert aspects.states_neither(text), text


def test_a_measure_or_problem_that_speaks_of_analysis_is_kept():
    kept = ("应深入分析农民增收的影响因素",  # prescribed: a measure
            "分析研判工作不到位",  # a shortcoming of an analysis
            "运用大数据技术分析群众需求",  # a measure with a tool, no effect studied
            "以点带面，为全省提供经验")
    for text in kept:
        assert not aspects.states_study_method(text), text


def test_an_abstract_gives_its_findings_not_its_method():
    body = ("社区养老服务的问题与对策\n\n"
            "摘要：分析当前社区养老服务体系建设存在的共性问题，以期寻求更符合实际的优化路径。"
            "研究发现，社区养老服务存在专业护理人员不足、服务内容单一等问题。"
            "建议加大财政投入，完善护理人员培训制度。\n")
    got = _points(body)
    assert not any("以期" in p for p in got["challenge"] + got["recommendation"]), got



# --- a topic frame cut from its main clause (aspects.topic_frame_only) ---

def test_a_topic_frame_alone_states_neither_aspect():
    for text in ("针对这些隐患", "对于这个关系到数万户居民生计的问题", "面对这样的局面"):
        assert aspects.topic_frame_only(text), text
        assert aspects.states_neither(text), text


def test_a_topic_frame_that_names_a_deficiency_or_goes_on_is_kept():
    kept = ("关于经费使用不够规范的问题",  # the matter is a shortcoming: the problem named
            "针对这些隐患，要立即整改",  # the main clause follows
            "针对农村留守儿童的问题开展专项行动",  # a measure with its topic
            "当图书馆占座问题反复出现时",  # a time frame whose content is a problem (kept, measured)
            "即使工资提高也无法留住人才")  # a concession that states its problem
    for text in kept:
        assert not aspects.topic_frame_only(text), text
