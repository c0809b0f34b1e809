"""Points cut wrong and item bodies under bare labels (cut20), each on a text written for the test.

1. A problem clause that goes on from the clause before it (``…常年亏损，进而陷入…``, ``…续短约，至今仍未…``) was a point
   without its subject: the point is both clauses (``continuation_opener`` cue group in
   :func:`summarizer.points.subject_clause_start`, challenges only).
2. A point widened over its subject clause (``X作为最大雇主，理应…``) was cut back to ``max_chars`` at its end, losing the
   measure the sentence states (``…，应当加入…的预算``): no widening that loses a strong-modal clause.
3. A long prose measure sentence gave one window of ``max_chars`` characters and lost a later measure of its own
   (``…那就干脆自己组织政党，…，你们应该自己承担起来``): the rest after the window gives a point where a clause carries a
   strong modal (:func:`summarizer.points.overflow_windows`).
4. A window or a cut ended inside a bracket (``白名单（如将政府网站、正规门户网站``): no clause ends inside a bracket, and a
   window that a long clause would take past ``max_chars`` ends before the clause's bracket
   (:func:`summarizer.points.cue_window`, :func:`summarizer.points.shape`).
5. A problem item headed by a bare label (``（二）考核与激励``) gave its body's opening sentence, which sets out the
   practice, and not the problem the body turns to (``然而，…尚未建立，…明显不足``)
   (:func:`summarizer.points._label_body_problems`).
6. A sentence of a paragraph inside an aspect region was cut to one cue window while the same sentence as free prose
   is cut into its ``；``-parts, its lead-in's list and its chunks (:func:`summarizer.points.prose_parts`); a part of a
   ``；``-run of problems longer than the window lost its further problem (``overflow_windows`` with ``in_run``).
7. A long measure sentence that sets its condition or given first (``你们既然…，…，那就干脆…``) opened its window at the
   condition: the window opens at the consequent (:func:`summarizer.points._consequent_clause`, ``given_opener`` and
   ``consequent_opener`` cue groups), and a reason after the measure (``…，因为…``) ends it.
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P


def _widened(text: str, word: str, group: str = "subjectless_opener") -> str:
    i = text.find(word)
    a, b = P.subject_clause_start(text, i, len(text) - 1, 60, 0, group)
    return text[a:b]


def test_a_problem_clause_that_goes_on_from_the_clause_before_keeps_that_clause():
    text = "部分养老机构常年亏损，进而陷入低价低质的恶性循环。"
    assert _widened(text, "进而", "continuation_opener") == "部分养老机构常年亏损，进而陷入低价低质的恶性循环"
    text = "公交合同两次续短约，至今仍未公布任何招标消息。"
    assert _widened(text, "至今", "continuation_opener") == "公交合同两次续短约，至今仍未公布任何招标消息"
    # the modal openers' group does not hold them
    assert _widened(text, "至今") == "至今仍未公布任何招标消息"
    # a condition before is no subject (subject_clause_exclusion)
    text = "如果资金不能到位，仍然难以开工。"
    assert _widened(text, "仍然", "continuation_opener") == "仍然难以开工"


def test_a_problem_point_in_an_essay_keeps_the_clause_its_continuation_goes_on_from():
    challenges, _ = points("一、存在的问题\n部分养老机构常年亏损，进而陷入低价低质的恶性循环。\n"
                           "二、对策建议\n加大对普惠养老机构的财政补贴。\n")
    assert challenges == ["部分养老机构常年亏损，进而陷入低价低质的恶性循环"]


def test_a_subject_clause_is_not_joined_when_the_cut_would_lose_the_measure():
    text = ("市政府作为本市最大的雇主，理应带头示范，我们建议在下一财政年度的全部部门预算里面，"
            "应当加入为所有外判清洁员工支付生活工资的专项预算。")
    assert _widened(text, "理应") == ("理应带头示范，我们建议在下一财政年度的全部部门预算里面，"
                                     "应当加入为所有外判清洁员工支付生活工资的专项预算")
    # a short one is still joined
    assert _widened("市政府作为最大雇主，理应带头示范。", "理应") == "市政府作为最大雇主，理应带头示范"


def test_the_rest_of_a_long_measure_sentence_gives_its_own_strong_modal_measure():
    text = ("我也建议：这些关注社会议题的民间团体们，过去几年来既然已经对执政党失望透顶，在这次选举中也做出了惩罚的选择，"
            "那就干脆自己组织政党，不要再寄希望于执政党，因为执政党未来的施政很可能更加退缩，"
            "你们应该自己承担起来，为自己在这个社会中打开一片天。")
    parts = [text[a:b] for a, b in P.prose_parts(text, 0, len(text), asp.RECOMMENDATION, 60)]
    assert parts == ["那就干脆自己组织政党，不要再寄希望于执政党", "你们应该自己承担起来，为自己在这个社会中打开一片天"]
    # a rest with no strong modal gives nothing
    assert P.overflow_windows(text, text.find("不要再"), text.find("你们"), asp.RECOMMENDATION, 60) == []
    assert P.overflow_windows(text, 0, len(text), asp.CHALLENGE, 60) == []


def test_no_point_is_cut_inside_a_bracket():
    text = ("检察机关应当建议有关部门建立监管制度，如在国家层面设置域名白名单（如将政府网站、正规门户网站、备案企业网站纳入白名单，"
            "其链接可转为短网址），并定期通报。")
    parts = [text[a:b] for a, b in P.prose_parts(text, 0, len(text), asp.RECOMMENDATION, 60)]
    assert parts == ["检察机关应当建议有关部门建立监管制度，如在国家层面设置域名白名单"]
    a, b = P.shape(text, 0, len(text), 40)
    assert text[a:b] == "检察机关应当建议有关部门建立监管制度"
    # the window stops before a bracket only after a clause of at least MIN_POINT_CHARS characters
    assert P._before_bracket("甲乙丙丁戊己庚辛壬癸子丑寅卯（注）", 0, 18, 30, -1) == 14
    assert P._before_bracket("甲乙丙（注）丁戊己庚辛壬癸子丑寅卯", 0, 18, 30, -1) == -1


LABELLED = """社区养老服务调查报告

一、存在的问题

（一）服务人员严重不足

多数社区养老站点只有一两名工作人员，难以照顾众多老人。

（二）考核与激励

良好的考核机制能激励员工提高服务质量。各地也出台了若干考核办法。然而，科学的服务质量考核体系尚未建立，激励措施明显不足。

（三）场地设施陈旧落后

部分站点的活动室年久失修，适老化设施缺乏。

二、对策建议

（一）充实服务队伍

通过购买服务等方式增加社区养老服务人员。
"""


def test_a_bare_label_over_a_problem_gives_the_problem_its_body_turns_to():
    challenges, recommendations = points(LABELLED)
    # (a short label's body that states its problem with its own predicate is a point beside the label: recall31,
    # label_body_statement)
    assert challenges == ["服务人员严重不足", "多数社区养老站点只有一两名工作人员，难以照顾众多老人",
                          "科学的服务质量考核体系尚未建立，激励措施明显不足", "场地设施陈旧落后", "部分站点的活动室年久失修，适老化设施缺乏"]
    assert recommendations == ["充实服务队伍"]


def test_a_label_body_that_only_elaborates_or_quotes_gives_no_point():
    text = LABELLED.replace("然而，科学的服务质量考核体系尚未建立，激励措施明显不足。", "")
    challenges, _ = points(text)
    # (a short label's body that states its problem with its own predicate is a point beside the label: recall31,
    # label_body_statement)
    assert challenges == ["服务人员严重不足", "多数社区养老站点只有一两名工作人员，难以照顾众多老人", "场地设施陈旧落后",
                          "部分站点的活动室年久失修，适老化设施缺乏"]
    # a sentence that relays others' words (read by the reported-clause path, not as the label's own problem)
    assert P._LABEL_BODY_QUOTED.search("有工作人员反映如下问题：“考核办法太多，激励不足。”")
    assert P._LABEL_BODY_QUOTED.search("（M18）考核办法太多，激励明显不足。")
    assert not P._LABEL_BODY_QUOTED.search("考核只看“数量”，对质量缺乏有效手段。")


def test_a_part_of_a_run_of_problems_longer_than_the_window_gives_its_further_problem():
    text = ("然而，本届政府仍有不少民生难题至今尚未得到妥善解决，私人住宅价格依然居高不下，公共房屋供应量严重不足，兴建进度遥遥无期，"
            "城市总体规划迟迟未有出台；交通问题更令人忧虑，主干道路长期拥堵不堪，停车位严重不足。")
    parts = [text[a:b] for a, b in P.prose_parts(text, 0, len(text), asp.CHALLENGE, 60)]
    assert parts == ["本届政府仍有不少民生难题至今尚未得到妥善解决，私人住宅价格依然居高不下，公共房屋供应量严重不足，兴建进度遥遥无期",
                     "城市总体规划迟迟未有出台", "主干道路长期拥堵不堪，停车位严重不足"]
    # a single problem sentence's rest is no run: nothing more
    single = text[:text.index("；")] + "。"
    assert [single[a:b] for a, b in P.prose_parts(single, 0, len(single), asp.CHALLENGE, 60)] == [
        "本届政府仍有不少民生难题至今尚未得到妥善解决，私人住宅价格依然居高不下，公共房屋供应量严重不足，兴建进度遥遥无期"]


def test_a_paragraph_sentence_in_an_aspect_region_is_cut_as_prose():
    # a lead-in and its ；-list in a paragraph of a problems section give one point an item, not one window of the
    # lead-in and the first items
    text = ("一、存在的问题\n\n"
            "全县产业发展面临的主要问题有：茶叶、柑橘等产业发展较快，但收益较慢；肉牛、山羊等养殖投资后续乏力；"
            "乡村旅游发展尚处于起步阶段。\n\n"
            "二、对策建议\n\n加大对特色产业的扶持力度。\n")
    challenges, _ = points(text)
    assert challenges == ["茶叶、柑橘等产业发展较快，但收益较慢", "肉牛、山羊等养殖投资后续乏力", "乡村旅游发展尚处于起步阶段"]


def test_a_long_measure_after_its_condition_is_the_consequent():
    text = ("如果政府真的想要从根本上解决老旧小区停车难、充电难的问题，那么就必须加快建设公共停车场和充电设施，"
            "同时鼓励单位停车场错时向居民开放使用。")
    parts = [text[a:b] for a, b in P.prose_parts(text, 0, len(text), asp.RECOMMENDATION, 60)]
    assert parts == ["那么就必须加快建设公共停车场和充电设施"]
    # a short sentence stays whole
    short = "如果要解决停车难，就必须加快建设停车场。"
    assert [short[a:b] for a, b in P.prose_parts(short, 0, len(short), asp.RECOMMENDATION, 60)] == [
        "如果要解决停车难，就必须加快建设停车场"]
    # a measure's reason after it (…，因为…) ends its window
    text = ("政府应当尽快在各区增设长者日间护理中心并延长服务时间，因为现有中心的名额远远不足以满足日益增长的需求，"
            "轮候时间长达一年以上。")
    parts = [text[a:b] for a, b in P.prose_parts(text, 0, len(text), asp.RECOMMENDATION, 60)]
    assert parts == ["政府应当尽快在各区增设长者日间护理中心并延长服务时间"]


def test_the_short_lines_under_a_bare_label_are_its_points():
    text = ("社区养老调研\n\n一、存在的问题\n\n（一）服务人员严重不足\n\n多数站点只有一两名工作人员。\n\n"
            "（二）考核与激励\n\n站点人手长期紧缺\n护理员流动性大\n活动设施明显老化\n\n"
            "（三）场地设施陈旧落后\n\n部分站点的活动室年久失修。\n\n二、对策建议\n\n（一）充实服务队伍\n\n通过购买服务等方式增加人员。\n")
    challenges, _ = points(text)
    assert challenges == ["服务人员严重不足", "站点人手长期紧缺", "护理员流动性大", "活动设施明显老化", "场地设施陈旧落后"]


def test_a_dimension_label_gives_the_problem_its_body_states():
    # （一）人才方面 names a dimension: the heading is no point, the body's turn to its problem is
    assert asp.topic_label("人才方面") and asp.topic_label("技术层面")
    assert not asp.topic_label("人才方面存在短板")
    text = ("社区养老调研\n\n一、存在的问题\n\n（一）人才方面\n\n近年来各地加大了养老人才培养力度。但是，专业护理人员严重缺乏，"
            "现有人员流动性大、待遇偏低。\n\n（二）设施陈旧落后\n\n部分站点的活动室年久失修。\n\n"
            "二、对策建议\n\n（一）充实服务队伍\n\n通过购买服务等方式增加人员。\n")
    challenges, _ = points(text)
    assert challenges == ["专业护理人员严重缺乏，现有人员流动性大、待遇偏低", "设施陈旧落后"]
