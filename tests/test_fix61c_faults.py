"""A fresh user's faults (check61) fixed by fix61c, each on a text written for the test.

1. A year's work summary closes with the next year's plan opened by the year it plans for (``三、2026年工作计划`` ⏎
   ``2026年，我局将重点做好以下工作：一是…；二是…；三是….``): the sentence model read the year-led sentence as the
   year's achievements and vetoed every item (``points._plan_section_sentence``), as it did the first item of a list
   split by full stops.
2. A run-in label naming the aspect before a full stop (``（一）直接原因。施工单位…``) was the point; its body's
   sentence is (``points._run_in_label_body``).
"""

from __future__ import annotations

from costs import assert_linear

from summarizer.pipeline import summarize_document

PLAN_ITEMS = ("一是开展食品安全守护行动，加大校园周边餐饮抽检频次；二是推进智慧监管平台建设，实现冷链食品全程追溯；"
              "三是充实基层执法力量，加强业务骨干轮训。")
SUMMARY = ("区市场监管局2025年工作总结和2026年工作打算\n\n"
           "今年以来，区市场监管局紧紧围绕区委区政府中心工作，全力守护群众舌尖上的安全，全年完成食品抽检4200批次。\n\n"
           "一、2025年工作开展情况\n（一）食品安全监管有力。校园周边餐饮单位实现全覆盖检查。\n"
           "（二）营商环境持续优化，新增市场主体3200户。\n\n"
           "二、存在的困难和问题\n虽然我局工作取得了一定成绩，但也存在一些困难和问题。基层监管力量薄弱，执法人员年龄结构"
           "老化；智慧监管手段不足，信息化水平不高，难以满足监管需要。\n\n"
           "三、2026年工作打算\n{lead}" + PLAN_ITEMS + "\n")


def _points(text: str, kind: str) -> list[str]:
    return [p.text for e in summarize_document(text).essays for p in getattr(e, kind)]


def test_year_opened_plan_under_plan_heading_gives_its_items():
    recs = _points(SUMMARY.format(lead="2026年，我局将重点抓好以下几项工作："), "recommendations")
    assert recs == ["开展食品安全守护行动，加大校园周边餐饮抽检频次", "推进智慧监管平台建设，实现冷链食品全程追溯",
                    "充实基层执法力量，加强业务骨干轮训"]


def test_year_opened_plan_keeps_its_first_item_when_items_end_with_full_stops():
    text = SUMMARY.format(lead="2026年，我局将重点抓好以下几项工作：").replace("；二是", "。二是").replace("；三是", "。三是")
    recs = _points(text, "recommendations")
    assert recs[0] == "开展食品安全守护行动，加大校园周边餐饮抽检频次"
    assert len(recs) == 3


def test_next_year_opener_reads_as_the_plan_too():
    recs = _points(SUMMARY.format(lead="明年，我局将重点抓好以下几项工作："), "recommendations")
    assert len(recs) == 3


def test_year_opened_report_under_work_done_heading_stays_no_plan():
    # (the year's own achievements under 工作开展情况: the heading names no plan, nothing is kept from the veto)
    text = ("区市场监管局2025年工作总结\n\n一、2025年工作开展情况\n"
            "2025年，我局完成食品抽检4200批次，查办案件310件，办结投诉举报1800件。\n")
    assert _points(text, "recommendations") == []


ACCIDENT = ("某建筑工地“5·20”基坑坍塌事故调查报告\n\n"
            "2025年5月20日，某建筑工地基坑发生局部坍塌，造成2人死亡。\n\n"
            "一、事故原因\n"
            "（一）直接原因。施工单位未按专项方案分层开挖，基坑边坡超挖且未及时支护，雨后土体失稳坍塌。\n"
            "（二）间接原因。1.监理单位旁站监理缺位，未制止违规开挖。2.建设单位压缩合理工期，催促抢工。\n\n"
            "二、防范措施\n"
            "（一）严格执行专项施工方案。施工单位要分层分段开挖，做到随挖随支护。\n")


def test_run_in_cause_label_gives_the_cause_sentence():
    problems = _points(ACCIDENT, "challenges")
    assert "直接原因" not in problems
    assert problems[0] == "施工单位未按专项方案分层开挖，基坑边坡超挖且未及时支护，雨后土体失稳坍塌"
    assert "监理单位旁站监理缺位，未制止违规开挖" in problems


def test_run_in_problem_label_gives_its_body():
    text = ("社区养老服务调研报告\n\n一、调研发现\n"
            "（一）主要问题。日间照料中心利用率不高，多数老人不了解服务内容，部分中心长期闲置。\n"
            "（二）对策建议。要加强服务宣传，推动照料中心与社区卫生站联动运营。\n")
    # (the problem and the proposal labels alike: each body's sentence, never the label)
    assert _points(text, "challenges") == ["日间照料中心利用率不高，多数老人不了解服务内容，部分中心长期闲置"]
    assert _points(text, "recommendations") == ["要加强服务宣传，推动照料中心与社区卫生站联动运营"]


def test_costs_stay_linear():
    head = "区市场监管局2026年工作计划\n\n三、2026年工作计划\n"
    assert_linear(lambda n: summarize_document(head + "2026年，我局将" + "加" * n), 4_000,
                  "a plan year opener before a long unpunctuated line")
    assert_linear(lambda n: summarize_document("调查报告\n\n一、事故原因\n" + "（一）直接原因。违规作业。" * n), 100,
                  "many run-in cause labels")
