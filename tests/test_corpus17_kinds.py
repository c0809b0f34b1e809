"""Failure kinds found by the blind Part 10 documents (678-689) of the aspect corpus, each on a text written for the test.

1. A complaint and what should be done about it in one sentence (``外墙已掉皮，需修复``; ``路灯坏了半年，希望物业能尽快
   更换路灯``; ``基础薄弱，在…建设中还需要我们争取…``): the clauses before the measure tail are a challenge, the tail a
   recommendation (:func:`summarizer.points.measure_tail_clause`, ``_measure_tail_points``).
2. A lead-in that announces a ``、`` enumeration of the aspect with its colon, also when it narrates its action
   (``调查组从四个方面提出了意见建议：A、B、C、D``): one point per item (:func:`summarizer.points.announced_enumeration`).
3. A run of comma-joined findings after a verb of finding (``我们发现了A问题突出，B不足，C缺位``) or of measures after a
   call for everyone's effort (``需要政府、学校和家庭的共同努力，政府加大…，家庭加强…``): one point per clause that states
   the aspect (:func:`summarizer.points.comma_run_items`); a paper's keyword line (``关键词：A、B、心理问题``) is no point
   and no section heading.
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import points as P

LETTER = ("致小区物业的一封信\n"
          "路灯问题：小区北门的路灯坏了半年，晚上出行很不方便，希望物业能尽快更换路灯。\n"
          "5栋的外墙已掉皮，需修复。各楼栋的信箱早已经破损不堪，也应该列入维修计划！")


def test_a_measure_tail_opens_with_a_wish_a_need_or_a_strong_modal():
    assert P.measure_tail_clause("需修复")
    assert P.measure_tail_clause("也应该列入维修计划")
    assert P.measure_tail_clause("希望物业能尽快更换路灯")
    assert P.measure_tail_clause("在新农村建设中还需要我们争取上级的支持")
    assert P.measure_tail_clause("物业应该加强巡查")
    # a need that is a hardship or a necessity of an analysis, a personal wish, an emphasis of the problem: no measure
    assert not P.measure_tail_clause("需要在公众地方更衣")
    assert not P.measure_tail_clause("也需要时间舒缓")
    assert not P.measure_tail_clause("希望以再次发声回报社会")
    assert not P.measure_tail_clause("必须引起足够重视")
    assert not P.measure_tail_clause("所以必须善用土地")
    assert not P.measure_tail_clause("需要我们认真加以解决")
    assert not P.measure_tail_clause("供需失调")


def test_a_residents_letter_gives_each_complaint_and_its_measure():
    challenges, recommendations = points(LETTER)
    assert challenges == ["小区北门的路灯坏了半年，晚上出行很不方便", "5栋的外墙已掉皮", "各楼栋的信箱早已经破损不堪"]
    # (a bare need and its verb carries the facility it is about: 需修复 alone names nothing, trialfix18 / trial17 F3)
    assert recommendations == ["希望物业能尽快更换路灯", "5栋的外墙已掉皮，需修复", "也应该列入维修计划"]


def test_a_work_reports_problem_item_gives_its_need_as_a_measure():
    text = ("村委会工作报告\n我们的工作仍然存在着不少问题：一是党员年龄结构老化，发展新党员困难，需要我们培养吸收年轻党员。"
            "二是村集体经济基础薄弱，在新农村建设中还需要我们争取上级的项目支持。")
    challenges, recommendations = points(text)
    assert "需要我们培养吸收年轻党员" in recommendations
    assert "在新农村建设中还需要我们争取上级的项目支持" in recommendations
    assert not any("需要我们" in c for c in challenges)
    assert any(c.startswith("村集体经济基础薄弱") for c in challenges)


def test_a_goal_a_saying_or_a_quotation_before_the_tail_keeps_the_sentence_whole():
    # 要想…，就必须…: the goal of the measure; 局长回应说…: reported words; the tail announcing the writer's proposals
    for text in ("雾霾治理\n当前雾霾问题严重，要想长久发展，就必须推动经济结构转型。",
                 "医疗人手\n近日有市民在家中病发，局长回应说如果人手不足，应该早一些提出。",
                 "生态建设\n农垦生态保护面临更大的挑战，亟需从宏观战略层面出发，提出生态建设的对策建议。"):
        challenges, recommendations = points(text)
        assert not any(r.startswith(("就必须", "应该早一些", "亟需从")) for r in recommendations), text


def test_the_measure_tail_reading_is_linear():
    # a 100k-character line without punctuation and 10,000 tiny sentences: each sentence is read at most
    # TAIL_READ_CHARS characters
    assert P._tail_split("外墙" * 50000, 0, 100000) == -1
    text = "外墙已掉皮，需修复。" * 10000
    assert P._tail_split(text, 0, 10) == 6


SURVEY = ("社区养老服务调查\n当前社区养老仍面临一些困难，专业护理人员短缺，服务设施老化。\n"
          "对于改进社区养老工作，调查组从四个方面提出了意见建议：拓宽养老服务资金来源、加强护理人才队伍建设、"
          "推进服务设施适老化改造、完善服务质量评价机制。")


def test_an_announced_enumeration_gives_one_point_per_item():
    _, recommendations = points(SURVEY)
    assert recommendations == ["拓宽养老服务资金来源", "加强护理人才队伍建设", "推进服务设施适老化改造", "完善服务质量评价机制"]
    text = "调查组提出以下建议：拓宽资金来源、加强人才培养、完善评价机制等。"
    aspect, items = P.announced_enumeration(text, 0, len(text))
    assert aspect == "recommendation"
    assert [text[a:b] for a, b in items] == ["拓宽资金来源", "加强人才培养", "完善评价机制"]
    text = "调研发现存在以下问题：护理人员短缺、服务设施老化、资金来源单一。"
    aspect, items = P.announced_enumeration(text, 0, len(text))
    assert aspect == "challenge" and len(items) == 3


def test_an_announced_enumeration_needs_items_that_state_the_aspect():
    # a list of topics after 建议: (nouns that state no measure), a quotation after the colon, a ；-list
    for text in ("他提出了三条建议：教育、医疗、养老。",
                 "代表们提出建议：“增加投入、加强监管、完善制度”。",
                 "提出以下建议：拓宽资金来源、加强人才培养；完善评价机制。"):
        assert P.announced_enumeration(text, 0, len(text)) == (None, []), text
    # a text cut inside its last item: the stub is dropped
    text = "报告提出了意见建议：加强监管工作合力、加大标准建设力度、强化网"
    aspect, items = P.announced_enumeration(text, 0, len(text))
    assert [text[a:b] for a, b in items] == ["加强监管工作合力", "加大标准建设力度"]


REPORT = ("乡村学校调查报告\n摘要：通过对某县三所乡村学校的调查，我们发现了教师流失问题突出，校舍维修资金不足，课后服务缺位。\n"
          "关键词：乡村学校、教师、心理问题\n一、调查的背景\n乡村学校的发展起于上世纪九十年代。\n"
          "解决这些问题，需要政府、学校及家庭的共同努力，政府加大对乡村学校的投入，家庭加强对孩子的陪伴，社会加强对学校的关爱。")


def test_a_comma_run_after_a_finding_or_a_joint_effort_gives_one_point_per_clause():
    challenges, recommendations = points(REPORT)
    assert challenges == ["教师流失问题突出", "校舍维修资金不足", "课后服务缺位"]
    assert recommendations == ["政府加大对乡村学校的投入", "家庭加强对孩子的陪伴", "社会加强对学校的关爱"]


def test_a_comma_run_needs_a_lead_and_stating_clauses():
    s = "我们发现了教师流失问题突出，校舍维修资金不足，课后服务缺位"
    aspect, items = P.comma_run_items(s)
    assert aspect == "challenge" and [s[a:b] for a, b in items] == ["教师流失问题突出", "校舍维修资金不足", "课后服务缺位"]
    # a method (发现问题 with a bare noun), no lead at all, clauses that state nothing, a colon's ；-list: none
    for s in ("通过调研发现问题，找到矛盾点，有针对性地提出解决问题的方法",
              "教师流失问题突出，校舍维修资金不足，课后服务缺位",
              "我们发现了村里很热闹，集市很大，游客很多",
              "具体表现为：教师流失问题突出，如…；校舍维修资金不足，而造成…；课后服务缺位"):
        assert P.comma_run_items(s) == (None, []), s
    s = "需要各方的共同努力，政府加大投入，学校改进管理"
    aspect, items = P.comma_run_items(s)
    assert aspect == "recommendation" and [s[a:b] for a, b in items] == ["政府加大投入", "学校改进管理"]
    # linear: 10,000 clauses are read once
    aspect, items = P.comma_run_items("我们发现了" + "，".join(["服务缺位"] * 10000))
    assert aspect == "challenge" and len(items) == 10000
