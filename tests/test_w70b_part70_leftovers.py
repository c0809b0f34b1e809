"""Part 70's leftovers by kind (w70b), on texts of the tests' own: an empirical paper that reports what it measured
(a results heading, no problem or proposal of its own) gives no points (summarizer.register.reports_study): its
findings are measurements, not challenges of governance (negatives 3690, 3691: 2 and 8 extra points); a ；-list whose
parts tally money spent (投入…亿元) reports achievements, no measures (points.measure_list_parts; 1112)."""

from costs import assert_linear

from summarizer import register
from summarizer.pipeline import summarize_document
from summarizer.points import measure_list_parts

_PAPER = ("# 湖区春季水温的时空变化\n\n摘要：利用2001—2020年站点观测资料，分析了湖区春季水温的变化。\n\n"
          "# 1资料与方法\n\n选取湖区12个站点的逐日水温资料，采用线性趋势法和突变检验。\n\n"
          "# 2结果与分析\n\n# 2.1时间变化\n\n结果表明，湖区春季水温普遍偏高，其中东部湖湾升温幅度最为明显。"
          "2010年以来低温日数先减少后增加，5月后水温上升明显加快。受站点分布限制，观测结果不能准确反映深水区的情况。\n\n"
          "# 3结论\n\n湖区春季水温呈显著上升趋势，东部湖湾升温最快。\n")


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_measured_findings_of_a_results_section_are_no_points():
    assert register.reports_study(_PAPER)
    assert register.no_point_register(_PAPER, []) == "study"
    assert _points(_PAPER) == ([], [])


def test_a_traditional_results_section_is_read_too():
    text = ("# 2結果與分析\n\n結果表明，湖區春季水溫普遍偏高。受站點分佈限制，觀測結果不能準確反映深水區的情況。"
            "整體而言，湖區缺乏長期觀測，水溫資料嚴重不足。\n")
    assert _points(text) == ([], [])
    # without the results heading the shortfall is a challenge
    assert any("嚴重不足" in p for p in _points(text.replace("2結果與分析", "2概況"))[0])


def test_a_paper_with_a_proposals_heading_keeps_its_points():
    text = _PAPER + "\n# 4建议\n\n应加快建设湖区水温自动监测网络，完善预警发布机制。\n"
    assert not register.reports_study(text)
    challenges, recommendations = _points(text)
    assert any("监测网络" in p for p in recommendations)


def test_a_paper_that_proposes_in_its_prose_keeps_its_points():
    assert not register.reports_study(_PAPER.replace("东部湖湾升温最快。", "东部湖湾升温最快，建议加强湖湾生态监测。"))


def test_a_problems_heading_makes_no_study_register():
    text = "一、主要问题\n\n养老服务人员短缺。\n\n二、结果与分析\n\n调查对象普遍年龄偏大。\n"
    assert not register.reports_study(text)


def test_a_heading_that_only_ends_with_results_is_no_results_heading():
    # 调查结果 (a survey's results) and a long line are no results heading of an empirical paper
    assert not register.reports_study("二、调查结果\n\n受访者收入偏低。\n")
    assert not register.reports_study("结果" + "好" * 60 + "\n")
    assert register.reports_study("（三）结果\n\n温度偏高。\n")


def test_reports_study_is_linear():
    assert_linear(lambda n: register.reports_study("2结果与分析\n" + "水温偏高。\n" * n), 2_000, "many short lines")
    assert_linear(lambda n: register.reports_study("结果与分析" + "温" * n), 20_000, "one long line")


_SPENT = ("聚焦老旧小区改造，投入12.5亿元改善居住条件；聚焦产业升级，统筹资金3.2亿元支持新兴产业发展；"
          "聚焦扩大投资，争取专项债券资金8亿元支持重大项目建设。")


def test_a_list_tallying_money_spent_is_no_list_of_measures():
    assert measure_list_parts(_SPENT) == []
    # the same list proposed (应) is one of measures; one without sums too
    assert len(measure_list_parts("应" + _SPENT)) == 3
    assert len(measure_list_parts("完善老旧小区改造机制；设立产业升级专项资金；建立重大项目储备库。")) == 3


def test_measure_list_parts_is_linear():
    assert_linear(lambda n: measure_list_parts("投入1.5亿元；" * n), 2_000, "many tallied parts")
