"""Kinds of faults left open last session (helper left45), written as small texts of the tests' own: a section
heading naming shortcomings and next steps together over run-in items, a numbered sub-heading naming the facet of a
problem its section analyses, a problem reported curbed for good, a speaker's statement of the talk's topic, and
footnote numbers a PDF-converted thesis glues to Han text."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.clean import GLUED_FOOTNOTE, clean
from summarizer.pipeline import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    s = summarize(text)
    return ([p.text for e in s.essays for p in e.challenges], [p.text for e in s.essays for p in e.recommendations])


_REVIEW = ("2023年度社区工作总结\n一、主要工作\n全年共举办居民议事会8次，走访困难家庭200余户。\n二、{head}\n"
           "一是志愿者队伍不稳定，骨干流失较多。二是信息化水平有待提高。三是健全志愿者激励机制，稳定骨干队伍。"
           "四是推进社区服务平台建设。\n")


def test_mixed_heading_run_in_items_before_the_turn_are_challenges():
    for head in ("存在的不足与努力方向", "存在的不足及下一步打算"):
        ch, rec = _points(_REVIEW.format(head=head))
        assert any(p.startswith("志愿者队伍不稳定") for p in ch), (head, ch, rec)
        assert any(p.startswith("信息化水平有待提高") for p in ch), (head, ch, rec)
        assert not any(p.startswith(("志愿者队伍", "信息化水平")) for p in rec), (head, rec)
        assert any(p.startswith("健全志愿者激励机制") for p in rec), (head, rec)


def test_努力方向_names_the_plans():
    assert asp.names_both_aspects("二、存在的不足与努力方向")


def test_analysis_facet_subheading_is_no_point():
    text = ("社区养老服务供给研究\n一、养老护理人员短缺的主要表现\n（一）护理员平均年龄超过五十岁，年轻人不愿入行。\n"
            "（二）持证上岗比例偏低，专业技能不足。\n二、存在问题的成因\n（一）薪酬待遇偏低，职业认同感不强。\n"
            "三、对策建议\n（一）提高护理人员薪酬待遇，畅通职业晋升通道。\n")
    ch, rec = _points(text)
    assert not any("主要表现" in p or "成因" in p for p in ch + rec), ch
    assert any(p.startswith("持证上岗比例偏低") for p in ch), ch
    for head in ("3.1 人才短缺的主要表现", "（二）问题产生的原因分析", "二、存在问题的成因"):
        assert asp.analysis_topic(head), head
    assert not asp.analysis_topic("人才短缺的原因在于待遇偏低")
    assert not asp.states_no_problem("污染加重还有工业排放过高等的原因")


def test_problem_reported_curbed_for_good_is_no_challenge():
    text = ("关于村庄环境整治的思考\n经过两年整治，村内垃圾乱堆乱放的问题得到有效遏制，脏乱差的局面得到根本扭转。"
            "但是，部分村庄污水处理设施运行不正常，长效管护经费短缺。应建立村庄保洁长效机制。\n")
    ch, rec = _points(text)
    assert not any("得到有效遏制" in p or "根本扭转" in p for p in ch), ch
    assert any("污水处理设施运行不正常" in p for p in ch), ch
    # a problem not yet solved is still one
    assert asp.solved_problem_spans("停车难问题仍未得到有效解决") == []


def test_speaker_statement_of_topic_is_no_challenge():
    text = ("高校学生资助工作的思考\n今天我主要讨论资助对象认定不精准的问题。调查发现，部分学校认定程序不规范，"
            "学生隐私保护不足。建议完善资助对象认定办法，加强隐私保护。\n")
    ch, rec = _points(text)
    assert not any(p.startswith("今天我主要讨论") for p in ch + rec), ch
    assert any("认定程序不规范" in p for p in ch), ch
    assert asp.states_study_method("下面我们重点谈谈乡村医生短缺的问题")
    assert not asp.states_study_method("今天我们研究发现，乡村医生严重短缺")


def test_glued_footnote_digits_leave_the_point():
    text = ("乡镇财政运行研究\n当前乡镇财政收入来源单一¹，债务负担较重²。同时，基层公共服务投入不足¹²，"
            "难以满足群众需求。\n应当拓宽乡镇财政收入来源，加大公共服务投入。\n")
    ch, rec = _points(text)
    assert "乡镇财政收入来源单一，债务负担较重" in ch or "当前乡镇财政收入来源单一，债务负担较重" in ch, ch
    assert any(p.endswith("难以满足群众需求") and "¹²" not in p for p in ch), ch
    # plain digits glued to Han text are counts as often as footnotes (实际在岗5，): cleaning keeps them
    assert "在岗5，" in clean("编制8人，实际在岗5，缺口较大。").text
    assert "第3，" in clean("排名第3，表2。共5，方案2，").text


def test_costs_linear():
    assert_linear(lambda n: GLUED_FOOTNOTE.findall("不足" * n), 20_000, "Han text without punctuation")
    assert_linear(lambda n: GLUED_FOOTNOTE.findall("不足¹，" * n), 10_000, "many footnoted clauses")
    assert_linear(lambda n: asp.analysis_topic("的表现" * n), 20_000, "a long heading")
    assert_linear(lambda n: asp.solved_problem_spans("问题得到" * n), 5_000, "得到 without an end")
    assert_linear(lambda n: asp.states_study_method("今天我" * n), 10_000, "a long opener")
