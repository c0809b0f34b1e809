"""Failure kinds left open in Part 15 (docs 734-744) of the aspect corpus, each on a text written for the test (none
copies a corpus string).

1. An opener such as 进一步 before a verb that makes a consequence evident or worse (``进一步凸显权力集中``,
   ``进一步加剧差距``) was read as an imperative opening, so a verdict on what happened became a measure:
   :func:`summarizer.aspects._opens_with_verb` refuses it (``further_consequence_verb`` cue group).
2. A trouble said to recur (``查询时经常出现A、B等情况``: a frequency adverb before 出现/发生) stated no problem because
   the noun after it (情况, 现象) is neutral: the adverb and the verb are a ``prose_challenge`` and a
   ``challenge_predicate``; ``…出现在…`` (where something appears) is a ``challenge_exclusion``.
3. A commentary's subhead that states a verdict after the label of an affair (``公交票价调整：定价机制的缺陷``) gave no
   point, or was read as a measure from its body: the noun phrase after the colon whose head names a deficiency
   (``verdict_head_noun`` cue group) is a challenge (:func:`summarizer.points.label_verdict`, read for bare subhead
   lines in :func:`summarizer.points.extract_points`); not a section's name (``当前面临的挑战``, ``现况与挑战``).
   A subhead whose text after the colon names its label as the cause of trouble (``制度失衡与监督缺位：乱象的根源``):
   the label of failings is the challenge (:func:`summarizer.points.label_named_cause`, ``cause_head_noun`` group).
4. A work summary's items whose headings open with a verb (``垃圾治理：全面推行分类收集…``) over bodies that report the
   results (``…减少了…，提高了…``) were voted measures: a body with two perfective measure verbs and no modal reports
   results (:func:`summarizer.aspects.narrates_results`), which cancels the item's vote in
   :func:`summarizer.aspects.analyze` and its own heading's reading in :func:`summarizer.points.extract_points`.
5. A run of groups' discontents told one group a ``；``-part (``青年不满就业前景；老人不满排队太久``) gave at most one
   point: each part that opens with a short subject and a verb of discontent (``discontent_verb`` cue group) is a
   challenge (:func:`summarizer.points.discontent_run_spans`, read beside the ``有的…；有的…`` runs).
6. Evaluative predicates with no cue word: a cost beyond what people can bear (``租金超出收入``) and a body's failure
   stated as a fact (``财政已经破产``, ``机制名存实亡``) are ``prose_challenge`` / ``challenge_predicate`` words; a
   bare 超出 (``收入超出同龄人``) compares and states nothing.
7. A frame that names the urgent tasks (``短期急务是将…理顺，敢于…，对…开刀``) led a run of tasks that no modal opens and
   whose verbs are idioms (敢于…, 动手术): the frame leads :func:`summarizer.points.modal_comma_run` as a modal does
   (``points._URGENT_TASK_LEAD``; the first task a disposal 将/把 or 对 clause), at any sentence length, each later
   clause a task until one turns away (``而不是…``, ``points._TASK_RUN_TURN``).
8. A course judged not enough, then the turn to what is needed (``光修补表面是不够的，需要的是彻底的改革``) was read as a
   challenge for its 不够: the copula 是 makes 不够 a judgment of a course, rejected as 不是…而是… rejects one
   (:func:`summarizer.aspects.insufficient_course_start` in :func:`summarizer.aspects.contrastive_measure`; the point
   starts at B, :func:`summarizer.aspects.contrast_course_start`); ``人手不够，需要…`` still states a problem.
"""

from __future__ import annotations

import summarizer.aspects as asp
import summarizer.points as pts
from summarizer.pipeline import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# 1. 进一步 before a consequence verb

def test_further_before_consequence_verb_is_no_imperative():
    verbs = asp.lexicon().words("imperative")
    assert not asp._opens_with_verb("进一步凸显权力集中", verbs)
    assert not asp._opens_with_verb("进一步加剧城乡差距", verbs)
    assert asp._opens_with_verb("进一步加强监管", verbs)  # an act still
    s = "法院裁定确认市长为最高负责人，进一步凸显权力集中。"
    assert asp.sentence_aspect(s) is None
    assert asp.prose_aspect(s) is None


def test_further_measure_still_prescribes():
    assert asp.prose_aspect("要进一步加强监管。") == asp.RECOMMENDATION
    assert asp.sentence_aspect("进一步扩大开放，完善制度。") == asp.RECOMMENDATION


# 2. a trouble said to recur

def test_recurring_trouble_is_a_challenge():
    text = "居民反映，查询办事进度时经常出现页面卡顿、数据丢失等情况。建议进一步完善平台。"
    challenges, measures = _points(text)
    assert challenges == ["查询办事进度时经常出现页面卡顿、数据丢失等情况"]
    assert measures == ["建议进一步完善平台"]


def test_recurring_trouble_inside_a_quoted_proposal():
    text = ("会议期间，李明委员提案反映“居民在网上查询办事进度时，经常出现已受理申请没有办理结果等情况”，"
            "建议“进一步完善反馈办法，对已受理的申请给出明确答复”。")
    challenges, measures = _points(text)
    assert challenges == ["会议期间，李明委员提案反映“居民在网上查询办事进度时，经常出现已受理申请没有办理结果等情况"]
    assert len(measures) == 1 and measures[0].startswith("建议“进一步完善反馈办法")


def test_appearing_somewhere_is_no_trouble():
    assert _points("这位演员经常出现在电视节目中，深受观众喜爱。") == ([], [])
    assert asp.challenge_strength("这位演员经常出现在电视节目中") == 0
    assert asp.challenge_strength("系统经常出现卡顿") == 1


# 3. a subhead's verdict after the label of an affair

_COLUMN = ("近日，社会上出现三件事：公交票价调整、学校午餐外判、公园管理混乱。\n\n"
           "公交票价调整：定价机制的缺陷\n\n上月，公交公司宣布票价上调一成，乘客反应强烈。公司随后解释成本上涨。\n\n"
           "学校午餐外判：监督责任的缺位\n\n教育局去年将午餐外判给三家公司，多间学校投诉食物质量欠佳。\n\n"
           "公园管理：当前面临的挑战\n\n公园由两个部门分管，市民投诉无人受理。")


def test_label_verdict_offsets():
    h = "公交票价调整：定价机制的缺陷"
    a, b = pts.label_verdict(h)
    assert h[a:b] == "定价机制的缺陷" and (a, b) == (7, 14)
    assert pts.label_verdict("收费安排: 政策设计的离地") == (6, 13)


def test_label_verdict_refuses_section_names():
    assert pts.label_verdict("公园管理：当前面临的挑战") is None  # a section's name (面临)
    assert pts.label_verdict("事实描述：长照政策的现况与挑战") is None  # a part's name (coordination)
    assert pts.label_verdict("公园管理：管理的办法") is None  # no deficiency noun
    assert pts.label_verdict("第一部分：存在的问题") is None  # (modifier of two characters)
    assert pts.label_verdict("票价：机制的缺陷，以及其他") is None  # a clause break


def test_subhead_verdicts_are_challenges():
    challenges, measures = _points(_COLUMN)
    # the subheads' verdicts, each once (trialfix21c's problem_subtitle reads the same subheads: no second point for the
    # whole line), and no point for a section's name (当前面临的挑战); the paragraphs under the subheads are read as
    # free prose since trialfix21c (their complaints, 多间学校投诉食物质量欠佳, are points of their own)
    assert challenges[0] == "定价机制的缺陷" and "监督责任的缺位" in challenges
    assert len(challenges) == len(set(challenges))
    assert not any("公交票价调整" in c or "当前面临的挑战" in c for c in challenges)
    assert "教育局去年将午餐外判给三家公司，多间学校投诉食物质量欠佳" in challenges
    assert measures == []


def test_label_named_as_cause():
    h = "制度失衡与监督缺位：乱象的根源"
    a, b = pts.label_named_cause(h)
    assert h[a:b] == "制度失衡与监督缺位" and (a, b) == (0, 9)
    assert pts.label_named_cause("原因分析：问题的根源") is None  # the label states nothing
    assert pts.label_named_cause("制度失衡：改革的方向") is None  # no cause named


def test_label_named_as_cause_in_a_post():
    text = ("制度失衡与监督缺位：乱象的根源\n"
            "本市的公共工程由一家机构独揽审批，议会也很少过问。\n")
    challenges, _ = _points(text)
    assert challenges[0] == "制度失衡与监督缺位"


# 4. achievements whose headings open with a verb

_SUMMARY = ("各位领导：\n今年以来，我街道围绕中心工作开展了多项工作，现汇报如下：\n一、城市管理方面：\n"
            "1.垃圾治理：全面推行垃圾分类收集，完善清运体系。通过入户宣传和定点督导，减少了混投现象，提高了回收比例。\n"
            "2.停车管理：科学规划路边车位，规范停车秩序。通过增设智能道闸，增加了车位供给，改善了通行环境。\n"
            "为进一步做好工作，我建议：\n1.加大老旧小区改造力度。\n2.健全志愿服务激励机制。\n")


def test_narrates_results():
    assert asp.narrates_results("通过入户宣传和定点督导，减少了混投现象，提高了回收比例。")
    assert not asp.narrates_results("通过入户宣传，减少了混投现象。")  # one result: not enough
    assert not asp.narrates_results("要减少混投现象，已提高了回收比例，加强了督导。")  # a modal: a measure's body
    assert not asp.narrates_results("加强了督导，提高了比例，但宣传仍然不足。")  # a deficiency stated


def test_achievement_items_are_no_measures():
    assert _points(_SUMMARY) == ([], ["加大老旧小区改造力度", "健全志愿服务激励机制"])
    proposals = _SUMMARY.replace("减少了混投现象，提高了回收比例", "要减少混投现象，提高回收比例").replace(
        "增加了车位供给，改善了通行环境", "要增加车位供给，改善通行环境")
    _, measures = _points(proposals)
    assert measures[0] == "垃圾治理：全面推行垃圾分类收集，完善清运体系"  # bodies that prescribe: measures still


# 5. a run of groups' discontents

def test_discontent_run_spans():
    s = "社会各界意见不少：青年不满工资停滞；老人不满医院排队太久、药费太贵；小店东主不满租金高昂。"
    spans = pts.discontent_run_spans(s)
    assert [s[a:b] for a, b in spans] == ["青年不满工资停滞", "老人不满医院排队太久、药费太贵", "小店东主不满租金高昂"]
    assert spans[0] == (9, 17)


def test_discontent_run_needs_two_parts_and_no_modal():
    assert pts.discontent_run_spans("青年不满工资停滞，政府应当回应。") == []  # one part
    assert pts.discontent_run_spans("青年不满工资停滞；老人不满排队，应当增设窗口") == []  # a modal: advice
    assert pts.discontent_run_spans("青年喜欢新的公园；老人喜欢安静的环境") == []  # no discontent


def test_discontent_run_points():
    text = "近年市民怨气渐深。青年不满工资停滞；老人不满医院排队太久；小店东主不满租金高昂。政府应当设立专责小组回应诉求。"
    challenges, measures = _points(text)
    assert challenges == ["青年不满工资停滞", "老人不满医院排队太久", "小店东主不满租金高昂"]
    assert measures == ["政府应当设立专责小组回应诉求"]


# 6. unaffordability and failure as verdicts

def test_unaffordable_and_failed_are_challenges():
    assert asp.prose_aspect("年轻人的租金超出收入，储蓄所剩无几。") == asp.CHALLENGE
    assert asp.prose_aspect("这个县的财政已经破产。") == asp.CHALLENGE
    assert asp.challenge_strength("监督机制名存实亡") == 1


def test_duty_beyond_means_is_no_verdict():
    assert asp.challenge_strength("他的收入超出同龄人") == 0  # 超出 alone compares, no burden
    assert asp.prose_aspect("他的能力超出同龄人。") is None


# 7. a run of tasks after 急务是

def test_urgent_task_frame_leads_a_run():
    s = "因此，新政府须以改革者自居，短期急务是将审批流程理顺，敢于破除门户之见，对垄断行业动大手术，而不是修修补补。"
    aspect, spans = pts.modal_comma_run(s)
    assert aspect == asp.RECOMMENDATION
    assert [s[a:b] for a, b in spans] == ["将审批流程理顺", "敢于破除门户之见", "对垄断行业动大手术"]
    assert spans[0] == (19, 26)


def test_urgent_task_frame_needs_a_task_clause():
    # (the frame names a problem, not a task: no run)
    assert pts.modal_comma_run("短期急务是人手不足，设备老化，经费紧张，市民投诉增多，而不是别的。") == (None, [])
    # (a short run with no frame stays one point)
    assert pts.modal_comma_run("政府应理顺流程，破除门户之见，整顿行业，回应诉求。") == (None, [])


# 8. a course judged not enough

def test_insufficient_course_turns_to_the_measure():
    s = "可见，光修补表面是不够的，需要的是彻底的改革。"
    assert asp.insufficient_course_start(s) == 13 and s[13:].startswith("需要的是")
    assert asp.contrastive_measure(s)
    assert asp.prose_aspect(s) == asp.RECOMMENDATION
    assert asp.contrast_course_start(s) == 13


def test_a_lack_stated_is_no_insufficient_course():
    assert asp.insufficient_course_start("人手不够，需要增加编制。") == 0  # (no 是: a problem stated)
    assert asp.sentence_aspect("人手不够，需要增加编制。") == asp.CHALLENGE
    assert asp.insufficient_course_start("经费是不够的，需要的是人手不足的说明。") == 0  # (B states a shortcoming)
    assert asp.insufficient_course_start("补贴是不够的吗？需要的是什么？") == 0  # a question
