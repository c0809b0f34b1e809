"""Failure kinds of sections whose points the pipeline did not take (issue 8), each on a text written for the test.

1. A measures section written as prose paragraphs whose sentences prescribe by a subject's modal over a verb no cue
   list names (``政府宜参考外地做法，…``, ``贸发局作为主办单位，理应在开幕前公布…``): each paragraph gives its measure
   (:func:`summarizer.aspects.subject_prescribes`).
2. An inline list after a colon (``…三大关卡包括：1）…；2）…；及3）…``) whose lead-in names the barriers a scheme sets up:
   every item is a problem, not only the last one whose own words carry a cue (``关卡`` in the ``challenge_section``
   cue group, read by :func:`summarizer.aspects.lead_in_aspect`); an item worded as a rule (``申请人须年满七十岁``) stays a
   problem when the lead-in names restrictions (:func:`summarizer.aspects.lists_restrictions`).
3. Problems inside a status section (``一、…现状``, neither aspect as a section): the factors a sentence names as
   constraints (``受A、B、C等因素制约``: :func:`summarizer.points.constraint_items`) and a sentence that states a shortcoming
   as prose does (``…仍较薄弱``) are problems; its figures (``共排查隐患36处，已整改20处``:
   :func:`summarizer.aspects.reports_figures`) and achievements are not.
"""

from __future__ import annotations

from summarizer import aspects as asp
from summarizer import points as P
from tests.aspect_helpers import points

PROSE_MEASURES = (
    "从书展人流管理看大型活动的安全\n\n"
    "一、现况与问题\n\n"
    "今年书展首日入场人次再创新高，馆内多处通道一度水泄不通。现场指示牌数量不足，保安人手亦明显紧张。\n\n"
    "二、对策建议\n\n"
    "会展局作为主办单位，理应在开幕前公布各时段的预计人流，并设立网上预约入场制度。过往几届的经验显示，单靠现场排队"
    "难以分流。\n\n"
    "政府宜参考外地做法，为大型室内活动订立人流密度上限，由警方在现场实时监察。一旦超出上限，主办方便须暂停入场。\n\n"
    "当局须加强对主办单位的事前审核，要求其提交应急疏散方案。\n")


def test_a_subject_and_its_modal_prescribe_whatever_verb_follows():
    assert asp.subject_prescribes("会展局作为主办单位，理应在开幕前公布各时段的预计人流。")
    assert asp.subject_prescribes("政府宜参考外地做法，为大型室内活动订立人流密度上限。")
    assert asp.subject_prescribes("学校身为育人主体，理应承担起责任。")
    # no need (无须), a state (应是), a condition, a modal only inside a word (适宜), a deficiency stated too
    assert not asp.subject_prescribes("政府无须干预。")
    assert not asp.subject_prescribes("这一制度应是长期的。")
    assert not asp.subject_prescribes("一旦超出上限，主办方便须暂停入场。")
    assert not asp.subject_prescribes("该地区气候适宜种植茶叶。")
    assert not asp.subject_prescribes("政府应加大投入，但目前资金严重不足。")
    # the subject is short: a modal far into a long clause is no subject's modal
    assert not asp.subject_prescribes("过往几届书展的经验和现场工作人员的反馈都显示必须分流。")


def test_a_measures_section_of_prose_paragraphs_gives_each_measure():
    challenges, recommendations = points(PROSE_MEASURES)
    assert [r[:9] for r in recommendations] == ["会展局作为主办单位", "政府宜参考外地做法", "当局须加强对主办单"]
    assert not any("难以分流" in r or "暂停入场" in r for r in recommendations)
    assert challenges  # (the problems section is read as before)


def test_the_same_in_traditional_characters():
    traditional = ("二、對策建議\n\n勞工局作為主管部門，理應與商會合作，每年公布各行業的人才需求報告。\n\n"
                   "政府宜擴大在職培訓資助計劃，鼓勵中小企業聘用應屆畢業生。\n")
    _, recommendations = points("關於本地青年就業的幾點看法\n\n一、問題所在\n\n職業培訓課程與市場需求脫節。\n\n" + traditional)
    assert [r[:5] for r in recommendations] == ["勞工局作為", "政府宜擴大"]


def test_subject_prescribes_reads_a_bounded_part_of_a_long_line():
    # a 100k-character line without punctuation, and one of many tiny clauses: one anchored match each
    assert not asp.subject_prescribes("政府" * 50000)
    assert asp.subject_prescribes("政府宜" + "加" * 100000)
    assert not asp.subject_prescribes("作为，" * 30000)


BARRIERS = ("长者照顾券计划的检讨\n\n"
            "照顾券计划推行五年，受惠长者超过一万人。不过，申领照顾券设有三大关卡：1）申请人须年满七十岁；2）申请人须先"
            "通过家庭收入审查；及3）申请人的子女不得居于同区。\n\n"
            "政府应放宽申请资格，让更多长者受惠。\n")


def test_a_lead_in_that_names_barriers_announces_problems():
    assert asp.lead_in_aspect("津贴三大关卡包括：") == asp.CHALLENGE
    assert asp.lead_in_aspect("计划设有两大关卡：") == asp.CHALLENGE


def test_each_item_of_an_inline_list_of_barriers_is_a_problem():
    challenges, recommendations = points(BARRIERS)
    assert challenges == ["申请人须年满七十岁", "申请人须先通过家庭收入审查", "申请人的子女不得居于同区"]
    assert recommendations == ["政府应放宽申请资格，让更多长者受惠"]


def test_an_item_of_a_list_of_restrictions_is_known_by_its_lead_in():
    text = "不过，申领照顾券设有三大关卡：1）申请人须年满七十岁；2）申请人须先通过审查。"
    assert asp.lists_restrictions(text, text.index("申请人须年满"))
    assert asp.lists_restrictions(text, text.index("申请人须先"))
    # a list of measures, a sentence end between the colon and the item, no colon at all
    measures = "对此，建议如下：1）申请人须年满七十岁。"
    assert not asp.lists_restrictions(measures, measures.index("申请人"))
    ended = "计划有三项限制：详见下文。申请人须年满七十岁"
    assert not asp.lists_restrictions(ended, ended.index("申请人"))
    assert not asp.lists_restrictions("限制" * 50000, 99990)


STATUS = ("某镇乡村旅游发展情况的调查\n"
          "为摸清乡村旅游的发展情况，笔者走访了全镇六个村。\n"
          "一、某镇乡村旅游发展现状\n"
          "全镇现有农家乐四十余家，去年接待游客十二万人次，旅游收入比上年增长一成。今年上半年共排查安全隐患36处，"
          "已整改20处。但总体来看，全镇乡村旅游的配套服务仍然十分薄弱，旅游收入增长缓慢。从长远看，全镇乡村旅游受"
          "交通线路单一、专业人才匮乏、宣传推介不足等因素制约。\n"
          "二、对策建议\n"
          "镇政府应当编制乡村旅游发展规划，统筹各村的旅游资源。\n")


def test_constraint_items_name_each_factor():
    s = "全镇乡村旅游受交通线路单一、专业人才匮乏、宣传推介不足等因素制约。"
    assert [s[a:b] for a, b in P.constraint_items(s)] == ["交通线路单一", "专业人才匮乏", "宣传推介不足"]
    s = "产业发展受到资金投入不足、土地指标紧张等多方面因素的限制。"
    assert [s[a:b] for a, b in P.constraint_items(s)] == ["资金投入不足", "土地指标紧张"]
    # places of origin (too short to be problems), a single factor, and factors that do not constrain
    assert P.constraint_items("由于历史、地理等不利因素的制约，发展滞后。") == []
    assert P.constraint_items("受交通线路单一等因素制约。") == []
    assert P.constraint_items("受交通线路单一、专业人才匮乏等因素影响。") == []
    assert P.constraint_items("受" * 100000) == []


def test_figures_are_reported_not_stated():
    assert asp.reports_figures("今年上半年共排查安全隐患36处，已整改20处。")
    assert not asp.reports_figures("全镇乡村旅游的配套服务仍然十分薄弱。")


def test_a_status_section_gives_its_verdicts_and_constraints_not_its_figures():
    challenges, recommendations = points(STATUS)
    # (the verdict keeps its frame 总体来看, a known limit of the clause cut; its linking 但 is dropped)
    assert challenges == ["总体来看，全镇乡村旅游的配套服务仍然十分薄弱，旅游收入增长缓慢", "交通线路单一", "专业人才匮乏",
                          "宣传推介不足"]
    assert recommendations == ["镇政府应当编制乡村旅游发展规划，统筹各村的旅游资源"]
