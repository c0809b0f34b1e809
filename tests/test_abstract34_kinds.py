"""abstract34: issue 8 kinds of Part 52 (newuser33a's trial) written as texts of the tests' own. A journal abstract's
basis clause (``在分析…存在的A、B等问题的基础上，提出以X为核心、以Y为保障…``) gives its problems and its ``以…为…``
measures one point each (points.analysis_basis); a standfirst line with no end mark between blank lines is its own
line, not glued to the longer paragraph under it (clean._join_edits). Linearity by costs.assert_linear (CPU-time
ratios, no clock bounds)."""

from __future__ import annotations

from costs import assert_linear

from summarizer import points
from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    essays = summarize_document(text).essays
    return {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


ABSTRACT = ("摘要:在分析某市社区养老服务发展过程中存在的资金来源单一、护理人员严重短缺、服务设施严重不足以及"
            "服务内容单调等问题的基础上,提出以多元筹资为基础、以队伍建设为支撑、以需求评估为导向来完善社区养老服务。")


def test_analysis_basis_splits_problems_and_role_measures():
    text = ABSTRACT
    problems, measures = points.analysis_basis(text, 0, len(text))
    assert [text[a:b] for a, b in problems] == ["资金来源单一", "护理人员严重短缺", "服务设施严重不足", "服务内容单调"]
    assert [text[a:b] for a, b in measures] == ["以多元筹资为基础", "以队伍建设为支撑", "以需求评估为导向"]


def test_abstract_basis_clause_points():
    got = _points(ABSTRACT)
    assert "护理人员严重短缺" in got["challenges"]
    assert "服务内容单调" in got["challenges"]
    assert "以队伍建设为支撑" in got["recommendations"]
    assert not any("护理人员" in p for p in got["recommendations"])  # (no point holds the problem list)


def test_basis_clause_without_study_verb_or_problem_items_reads_nothing():
    # no study verb before the list: a plain clause of circumstance
    text = "在存在资金来源单一、护理人员严重短缺等问题的基础上,提出以多元筹资为基础、以队伍建设为支撑来完善服务。"
    assert points.analysis_basis(text, 0, len(text))[0] == []
    # items that state no problem (topics): no problems read
    text = "在分析社区养老中存在的筹资方式、人员结构、设施布局等问题的基础上,作者展开讨论。"
    assert points.analysis_basis(text, 0, len(text)) == ([], [])


def test_role_measure_run_needs_two_frames():
    text = "提出以多元筹资为基础来完善社区养老服务。"
    assert points.role_measure_run(text, 2, len(text)) == []
    text = "以多元筹资为基础，以队伍建设为支撑，完善服务。"
    assert [text[a:b] for a, b in points.role_measure_run(text, 0, len(text))] == ["以多元筹资为基础", "以队伍建设为支撑"]


def test_standfirst_line_not_glued_to_paragraph():
    text = ("医保困局\n\n中国医保多为县市统筹,某县打击欺诈骗保行动折戟,折射了医保基金监管的普遍困境\n\n"
            "现有控费格局下,医保和医疗机构渐成对立关系,这并不能从根本上解决优质医疗服务供给不足的真正难题。"
            "此外基层监管人手不足。\n")
    cleaned = clean(text).text
    assert "普遍困境\n现有控费格局下" in cleaned


def test_hard_wrapped_lines_between_blank_lines_still_join():
    # a page's hard wrap with blank lines between: the line before each break is as long as the next
    line1 = "基层医保部门长期面临人手不足的困境，专业监管人员数量与参保人数的增长很不相称，稽核工作"
    line2 = "往往只能抽查少量单据，难以覆盖全部定点医疗机构，骗保行为因此屡禁不止，亟待加以解决。"
    cleaned = clean(f"{line1}\n\n{line2}\n").text
    assert line1 + line2 in cleaned


def test_analysis_basis_linear():
    unit = "在分析存在的资金不足、人员短缺等问题的基础上提出以甲为核心、以乙为保障"
    assert_linear(lambda n: points.analysis_basis(unit * n, 0, len(unit) * n), 200, "repeated basis clauses")
    assert_linear(lambda n: points.analysis_basis("基础上" * n, 0, 3 * n), 2000, "bare 基础上 runs")


def test_proposed_list_closed_by_de():
    got = _points("摘要:本文分析了某县职业教育发展中存在的问题,提出了完善经费投入机制、加强双师型教师队伍建设、深化产教融合的对策。")
    assert {"完善经费投入机制", "加强双师型教师队伍建设", "深化产教融合"} <= set(got["recommendations"])
    # items that state no measure (topics before 的问题): nothing read as measures
    text = "提出了城乡、区域、群体之间的问题。"
    assert points.proposed_enumeration(text, 0, len(text)) == (None, [])
