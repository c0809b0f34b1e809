"""Issue 8, Part 62's kinds (w62): a journal's open-science label, a shortfall softened or stated by a standing, an
evaluation's tools, a study's aim, a research gap and a standard's criterion. Texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.clean import clean as clean_text
from summarizer.pipeline import summarize_document


def _points(text):
    r = summarize_document(text)
    return ([p.text for e in r.essays for p in e.challenges], [p.text for e in r.essays for p in e.recommendations])


def test_open_science_label_is_apparatus():
    text = ("摘要:该市社区养老服务供给总体偏低。\nDOI:10.1234/j.cnki.2024.03.011 开放科学(资源服务)标识码(OSID):\n"
            "一、引言\n近年来社区养老服务不断发展。")
    cleaned = clean_text(text).text
    assert "OSID" not in cleaned and "开放科学" not in cleaned
    ch, rec = _points(text)
    assert not any("标识码" in p for p in ch + rec)
    assert "開放科學" not in clean_text("文章編號:1000-1234 開放科學(資源服務)標識碼(OSID):\n正文。").text


def test_softened_negation_and_low_standing_state_shortfalls():
    assert asp.challenge_strength("各区之间养老服务水平不太均衡") >= 1
    assert asp.challenge_strength("其实践效果也不甚理想") >= 1
    assert asp.challenge_strength("与全国相比仍处于较低层次") >= 1
    assert asp.challenge_strength("小微企业在融资中处于劣势") >= 1
    ch, _ = _points("结果表明,本市养老服务水平逐年提升;但是,与全国相比仍处于较低层次,且各区之间养老服务水平不太均衡。")
    assert len(ch) == 1 and ch[0].endswith("与全国相比仍处于较低层次,且各区之间养老服务水平不太均衡")


def test_evaluation_tools_applied_are_study_method():
    assert asp.states_study_method("运用熵值法和综合指数法对某市养老服务能力进行评价")
    assert asp.states_study_method("构建指标体系,运用灰色关联度法、综合指数法两种方法,对全省农业现代化水平进行全面而综合的评价")
    assert not asp.states_study_method("应运用大数据方法对养老需求进行评估")  # (a modal prescribes)
    assert not asp.states_study_method("运用市场化办法解决养老服务供给不足问题")  # (no verb of evaluation)


def test_study_aim_is_study_method():
    assert asp.states_study_method("本研究目的在于探讨患者对门诊服务失误的反应")
    assert asp.states_study_method("本文的主要目的是分析社区治理的运行逻辑")
    assert not asp.states_study_method("研究目的不明确的课题应当撤销")


def test_research_gap_states_neither():
    assert asp.states_research_gap("服务补救可以提升满意度,但有关门诊服务补救的研究却相对缺乏")
    assert asp.states_research_gap("目前国内相关文献较少")
    assert not asp.states_research_gap("我国基础研究投入还不足")  # (the subject's own lack of research money)
    assert not asp.states_research_gap("部分论文研究深度不足")
    assert asp.frames_work_or_study("但有关门诊服务补救的研究却相对缺乏,有待更多的研究投入")


def test_standard_criterion_states_neither():
    assert asp.states_criterion("零售业小型企业须符合从业人员50人以下,或营业收入500万元以下")
    assert asp.states_criterion("批发业中型企业须同时满足从业人员20人及以上,营业收入5000万元及以上")
    assert not asp.states_criterion("企业须符合环保标准")  # (no threshold figure)
    assert not asp.states_criterion("财政投入须达到3%以上")  # (one figure, no 满足/符合: a proposal)
    ch, rec = _points("一、中小企业的界定\n根据划型标准,批发业中型企业须同时满足从业人员20人及以上,营业收入5000万元及以上;"
                      "小型企业须符合从业人员5人及以上,营业收入1000万元及以上。\n")
    assert not any("从业人员" in p for p in ch + rec)


def test_new_readings_are_linear():
    assert_linear(lambda n: asp.states_study_method("运用" + "熵值法" * n + "对"), 3_000, "a run of method names")
    assert_linear(lambda n: asp.states_criterion("须满足" + "1以上" * n), 3_000, "a run of thresholds")
    assert_linear(lambda n: asp.states_research_gap("研究" * n), 5_000, "a run of 研究")
    assert_linear(lambda n: clean_text("开放科学(" * n).text, 3_000, "a run of label openings")


def test_survey_design_and_returns_are_study_method():
    assert asp.states_study_method("并参考门诊投诉实例设计出如「排队过久」及「收费错误」等五种不同的投诉情境模拟")
    assert asp.states_study_method("回收率70%")
    assert asp.states_study_method("研究以政策执行为理论视角,以综合模型为依据,解析地方政府的行为逻辑")
    assert not asp.states_study_method("低值可回收物回收率低")  # (a rate stated low: a shortfall)
    assert not asp.states_study_method("问卷回收率不足5%却声称广泛征集意见")
    assert asp.states_study_method("研究结论如下:一、患者对不同的投诉事件会有不同之归因认知")
    assert not asp.states_study_method("研究结论如下:一、基层医疗机构人手严重不足")  # (the finding states a shortfall)


def test_cause_label_bodies_give_their_problems():
    body = ("\n1. 考核方式单一\n目前,考核大多只看报告。这种考核方式容易导致学生只顾写报告,而忽视了实际操作能力。"
            "部分学生为了交差,不惜编造经历,严重影响了风气。\n2. 岗位难找\n对口岗位越来越紧张。\n")
    ch, _ = _points("一、实习成为学生烦恼的原因" + body)
    assert "考核方式单一" in ch
    assert any(p.endswith("而忽视了实际操作能力") for p in ch)
    assert any(p.endswith("严重影响了风气") for p in ch)
    # under a problems heading a body sentence with no harm named stays the label's (the gold's reading of older
    # Parts): see test_problem_label_bodies_give_the_harms_they_name


def test_paper_part_names_are_section_names():
    for name in ("前言", "研究结论", "研究限制与建议", "结论与建议", "政策建议", "二、引言"):
        assert asp.names_section_only(name), name
    assert not asp.names_section_only("研究经费不足")
    assert not asp.names_section_only("完善政策建议机制")


def test_study_question_and_reflection_are_study_method():
    assert asp.states_study_method("进一步分析其转诊机制是否能有效缩短病患等待的时间")
    assert asp.states_study_method("对现存问题进行思考,并提出建议")
    assert not asp.states_study_method("应进一步分析其转诊机制是否有效")  # (a modal prescribes)


def test_flattened_table_is_one_essay():
    from summarizer.essays import flattened_table, split_essays
    rows = [("产业兴旺", "人均粮食产量", "粮食总产量/总人口", "0.0575"), ("生态宜居", "卫生厕所普及率", "卫生厕所普及率", "0.0445"),
            ("乡风文明", "专任教师数量", "专任教师数量", "0.0695"), ("治理有效", "行政村数量", "行政村数量(个)", "0.0783"),
            ("生活富裕", "农村人均纯收入", "农村人均纯收入(元)", "0.068"), ("人口指标", "城镇人口占比", "城镇人口/总人口(%)", "0.0267"),
            ("社会指标", "城市用水普及率", "城市用水普及率(%)", "0.0454"), ("生态指标", "绿化覆盖率", "绿化覆盖率(%)", "0.0165")]
    text = "一级指标\n二级指标\n含义\n权重\n" + "".join("\n".join(r) + "\n" for r in rows)
    assert flattened_table(text)
    assert len(split_essays(text)) == 1
    prose = "".join(f"第{i}段。城市用水普及率有待提高,需加大投入。\n" for i in range(30))
    assert not flattened_table(prose)
    assert_linear(lambda n: flattened_table("0.5\n" * n), 20_000, "many figure lines")


def test_problem_label_bodies_give_the_harms_they_name():
    text = ("一、基层治理存在的问题\n1. 源头治理薄弱\n近年来矛盾纠纷增多。源头治理不到位,导致信访问题反复出现。"
            "部分干部能力不足,处置方法简单。\n2. 队伍力量不足\n人员流失严重。\n")
    ch, _ = _points(text)
    assert any(p.endswith("导致信访问题反复出现") for p in ch)
    assert not any("处置方法简单" in p for p in ch)  # (a problem with no harm named: the label stands for it)
