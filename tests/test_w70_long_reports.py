"""Long reports and papers (Part 70, w70): the per-aspect cap that grows with an essay's length, a work report's
difficulties paragraph that closes its review section, and a countermeasure item's ``；``-list of measures. Small
texts of the tests' own."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import (LONG_ESSAY_CHARS, announces_own_problems, essay_points_cap, measure_list_parts)


def _points(text: str, side: str) -> list[str]:
    return [p.text for e in summarize_document(text).essays for p in getattr(e, side)]


def test_cap_is_max_points_up_to_long_essay_length():
    assert essay_points_cap(30, 1_000) == 30
    assert essay_points_cap(30, LONG_ESSAY_CHARS) == 30
    assert essay_points_cap(5, LONG_ESSAY_CHARS) == 5


def test_cap_grows_in_proportion_beyond_long_essay_length_up_to_three_times():
    assert essay_points_cap(30, 2 * LONG_ESSAY_CHARS) == 60
    assert essay_points_cap(30, 5 * LONG_ESSAY_CHARS // 2) == 75
    assert essay_points_cap(30, 100 * LONG_ESSAY_CHARS) == 90
    assert essay_points_cap(5, 2 * LONG_ESSAY_CHARS) == 10


_VERBS = ["建设", "改造", "完善", "培育", "扩大", "推进", "实施", "优化", "提升", "加强"]
_OBJECTS = ["园区", "管网", "学校", "医院", "农田", "公园", "道路", "市场", "平台", "社区"]


def _plan(n: int) -> str:
    """A plan of ``n`` numbered tasks, each a heading and a body of facts (no two headings alike)."""
    items = []
    for k in range(n):
        head = f"{_VERBS[k % 10]}第{k + 1}批{_OBJECTS[(k // 10) % 10]}"
        body = f"全年安排资金{k + 3}亿元，覆盖{k + 7}个乡镇，惠及群众{k + 11}万人，年底前全部完成验收并投入使用，同步做好施工期间交通疏导和安全保障工作"
        items.append(f"（{k + 1}）{head}。{body}。\n")
    return "二、今年重点工作\n" + "".join(items)


def test_long_plan_keeps_more_than_thirty_tasks():
    text = _plan(100)
    assert len(text) > LONG_ESSAY_CHARS
    recs = _points(text, "recommendations")
    assert len(recs) > 30
    assert "建设第1批园区" in recs[0]


def test_short_plan_keeps_the_cap_of_thirty():
    text = _plan(40)
    assert len(text) <= LONG_ESSAY_CHARS
    assert len(_points(text, "recommendations")) == 30


def test_announces_own_problems_whole_sentence_or_before_colon():
    assert announces_own_problems("同时，我们也清醒地看到，发展中还存在不少问题。")
    assert announces_own_problems("我们也清醒认识到，工作中还存在不少问题：产业结构偏重；养老资源不足。")
    assert not announces_own_problems("过去一年，新建公园五座：东园、西园和南园。")


_REVIEW = ("各位代表：\n一、2024年工作回顾\n过去一年，全县上下团结奋斗，各项工作取得新成效。新建厂房三十万平方米，"
           "新开通公交线路六条。\n同时，我们也清醒认识到，发展中还存在不少困难和问题：县域经济总量偏小，"
           "工业支撑不强；城乡居民收入增长放缓；基层医疗服务能力不足。\n二、2025年工作安排\n（一）壮大县域经济。"
           "新建产业园两个。\n")


def test_difficulties_paragraph_closing_review_section_gives_each_clause():
    ch = _points(_REVIEW, "challenges")
    assert any("县域经济总量偏小" in p for p in ch)
    assert any("城乡居民收入增长放缓" in p for p in ch)
    assert any("基层医疗服务能力不足" in p for p in ch)
    assert not any("新建厂房" in p for p in ch)


def test_measure_list_parts_allows_a_first_part_naming_actors():
    s = "交通、住建、环保等部门协同，围绕城区和郊区分别制定配套政策；设立治理专项资金；建立考核评价制度；引导企业参与运营。"
    parts = measure_list_parts(s)
    assert [s[x:y] for x, y in parts] == ["交通、住建、环保等部门协同，围绕城区和郊区分别制定配套政策", "设立治理专项资金",
                                          "建立考核评价制度", "引导企业参与运营"]


def test_measure_list_parts_needs_three_measures_and_no_problem():
    assert measure_list_parts("设立治理专项资金；建立考核评价制度。") == []
    assert measure_list_parts("资金投入不足；设立治理专项资金；建立考核评价制度；引导企业参与。") == []
    assert measure_list_parts("城区面积较大；人口较多；交通便利；设立治理专项资金。") == []


def test_countermeasure_item_semicolon_list_gives_each_measure():
    text = ("4对策建议\n\n4.2健全河道治理长效机制\n\n水利、环保、农业等部门联动，围绕上下游分段制定治理方案；"
            "设立河道保洁专项经费；建立河长巡查考核制度，落实属地责任；引导沿岸村民参与日常管护。\n")
    recs = _points(text, "recommendations")
    for w in ("河道保洁专项经费", "河长巡查考核制度", "沿岸村民参与日常管护"):
        assert any(w in p for p in recs), (w, recs)


def test_new_readers_stay_linear():
    assert_linear(lambda n: measure_list_parts("设立专项资金；" * n), 2_000, "many semicolon parts")
    assert_linear(lambda n: announces_own_problems("还存在不少问题" + "好" * n + "：甲；乙"), 20_000, "a long head")


def test_basis_clause_names_no_proposals_of_the_list():
    from summarizer.aspects import lead_in_aspect
    assert lead_in_aspect("根据省委规划建议，省政府编制了规划纲要，这里概述几个方面。") is None
    assert lead_in_aspect("《方案》提出以下措施：") == "other"
    assert lead_in_aspect("根据调查，存在以下问题：") == "challenge"


def test_plan_tasks_after_a_basis_lead_in_are_recommendations():
    text = ("二、今后五年主要目标任务\n\n根据省委规划建议，省政府编制了规划纲要，这里概述几个方面。\n\n"
            "——坚持扩大内需，推动消费和投资协同发力。实施重大项目带动战略。\n\n"
            "——坚持开放合作，深度融入区域协调发展格局。加快建设口岸物流通道。\n\n"
            "——坚持生态优先，加快建设美丽城市。持续改善空气和水环境质量。\n")
    recs = _points(text, "recommendations")
    for w in ("坚持扩大内需", "坚持开放合作", "坚持生态优先"):
        assert any(w in p for p in recs), (w, recs)
