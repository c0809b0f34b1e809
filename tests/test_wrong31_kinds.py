"""Kinds of wrong points (given, matching no gold point) on the blind Parts 41-45 that wrong31 fixed, written as
small texts of the tests' own: a sentence judging a plan's provision worth praise read by the learned model as a
recommendation, a section of benefits (…的机遇, 好处) and a study plan's aims and contents (研究目标, 研究内容) read as
recommendation lists."""

from summarizer.aspects import praise_verdict_end
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_praise_verdict_end_reads_the_last_clause():
    assert praise_verdict_end("新方案在社区医疗方面都有所突破,值得肯定。")
    assert praise_verdict_end("该局迅速整改，这是值得肯定的")
    assert not praise_verdict_end("值得肯定")  # (no clause before the verdict: nothing judged)
    assert not praise_verdict_end("政府应加快审批，值得肯定的做法要推广到全市各区")  # (a long last clause: no verdict)


def test_praise_of_a_provision_is_no_recommendation():
    text = ("我们认为这份计划没有回应居民的诉求。计划提出在老城区增设两所社区卫生站,在长者照顾方面也有所突破,值得肯定。"
            "然而,社区护士依然严重短缺,计划也没有交代经费从何而来。")
    challenges, recommendations = _points(text)
    assert not any("值得肯定" in p for p in recommendations)
    assert any("短缺" in p for p in challenges)


def test_benefits_section_gives_no_recommendations():
    # (a 的机遇 section: tests/test_newuser30a_kinds.py; here its 好处 twin)
    text = ("远程办公的利与弊\n\n一、远程办公的好处\n\n1. 节省通勤时间\n\n员工不必每天往返公司,节省了大量通勤时间。\n\n"
            "2. 降低办公成本\n\n企业可以减少租用写字楼的面积。\n\n二、远程办公的弊端\n\n1. 团队沟通效率下降\n\n"
            "同事之间难以及时沟通,协作效率下降。\n\n三、建议\n\n1. 建立线上例会制度\n\n企业应建立每周线上例会制度,及时同步工作进度。\n")
    # each label and its body's statement (recall31's label_body_statement); nothing from the 好处 section
    assert _points(text) == (["团队沟通效率下降", "同事之间难以及时沟通,协作效率下降"],
                             ["建立线上例会制度", "企业应建立每周线上例会制度,及时同步工作进度"])


def test_study_plan_aims_and_contents_give_no_recommendations():
    text = ("社区养老服务供给研究开题报告\n\n一、选题背景\n我国老龄化程度持续加深,社区养老服务需求快速增长。\n二、研究目标与内容\n"
            "(一)研究目标\n1. 梳理社区养老服务在场地、人员、资金等方面存在的主要困难;\n2. 探讨影响居民使用社区养老服务的关键因素;\n"
            "3. 提出具有可操作性的改进建议。\n(二)研究内容\n1. 社区日间照料中心运营情况调查;\n2. 护理人员队伍结构与待遇现状分析;\n"
            "3. 老年人服务需求与满意度调查。\n三、研究方法\n采用问卷调查与个案访谈相结合的方法。\n")
    assert _points(text)[1] == []


def test_a_paper_announcing_its_own_discussion_states_its_study():
    from summarizer.aspects import states_study_method
    assert states_study_method("本文将针对城市停车难的主要表现、成因以及治理对策进行深入探讨,旨在为相关部门提供参考")
    assert states_study_method("笔者从剖析社区物业管理中存在的问题入手")
    assert states_study_method("对本市公立医院绩效考核制度及其存在问题进行分析,并提出相应改进建议")
    # (a measure that asks someone else to examine and propose is no study of the paper's own)
    assert not states_study_method("政府应对违规企业进行深入调查,并提出整改建议")
    assert not states_study_method("停车位严重不足,居民只能在路边停车")


def test_a_negated_scope_or_execution_heading_is_a_shortfall():
    # (监管, 落实 open imperatives; 不全面, 不落实, 不互通 negate them: the run-in headings state what falls short)
    text = ("一、信息系统不互通。各医院信息系统之间没有互联互通,导致无法查询病人在其他医院的开药记录。\n"
            "二、监管范围不全面。有关部门对基层药房缺乏有力监管,导致部分人员勾结骗保。\n"
            "三、监管责任不落实。对身份证件的识别验证未落实到位,冒用他人医保卡的现象仍有发生。\n")
    challenges, recommendations = _points(text)
    assert recommendations == []
    assert {"信息系统不互通", "监管范围不全面", "监管责任不落实"} <= set(challenges)


def test_a_field_heading_over_its_problems_names_a_section_only():
    from summarizer.aspects import names_section_only
    assert names_section_only("3.1 人才层面问题")
    assert names_section_only("制度方面的主要挑战")
    assert not names_section_only("人才方面投入不足问题")  # (a deficiency named)
    assert not names_section_only("完善人才引进机制")
