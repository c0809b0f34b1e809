"""Kinds of Parts 120 and 122 (culture and heritage; digital governance) fixed by k120122, on texts of the tests' own:
a 与其A，不如B whose course B opens with its subject (:func:`summarizer.aspects.contrastive_measure`), a numbered
heading glued to its evidence by spaces (:func:`summarizer.clean._split_spaced_item_headings`), an official's
requirement whose verb is one of going out to serve or taking charge (``modal_keep_action`` cue group), and labelled
lines announced by a lead that names an aspect (:func:`summarizer.points._announced_labelled_lines`)."""

from summarizer import aspects as asp
from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_rather_course_with_subject_is_a_measure():
    assert asp.contrastive_measure("与其各乡镇分头采购图书，不如全县统一配送。")
    assert asp.contrastive_measure("与其年年翻修旧馆，不如一次性规划新馆。")


def test_rather_saying_and_copula_are_no_measure():
    assert not asp.contrastive_measure("与其说这是资金问题，不如说是观念问题。")
    assert not asp.contrastive_measure("与其这样想，不如是那样。")
    # a turn of the argument to what to discuss proposes no course
    assert not asp.contrastive_measure("与其争论该不该合并学校，还不如来讨论有没有别的办法解决师资问题。")


def test_rather_course_in_a_text_is_a_recommendation():
    ch, rec = _points("不少村的书屋常年锁门，借阅登记簿上几乎没有记录。与其每年给每个村补几百册书，不如由镇图书馆定期流动送书上门。\n")
    assert any("镇图书馆定期流动送书上门" in p for p in rec)
    assert not any("流动送书" in p for p in ch)


def test_spaced_numbered_heading_split_from_its_evidence():
    text = "调研发现: 1.演出场次偏少 全年下乡演出只有十二场,远低于计划。2.观众年龄偏大 现场观众多为六十岁以上老人。\n"
    out = clean(text).text
    assert "1.演出场次偏少\n全年下乡演出" in out
    assert "2.观众年龄偏大\n现场观众" in out
    ch, _rec = _points(text)
    assert any(p.startswith("演出场次偏少") for p in ch)
    assert not any("演出场次偏少" in p and "全年下乡" in p for p in ch)


def test_spaced_items_without_a_sentence_are_left_alone():
    # a menu row of numbered links holds no sentence end after it: no break is put in
    text = "1.本馆概况 2.开放时间 3.读者须知\n"
    assert "\n2." not in clean(text).text.strip()


def test_requirement_with_serving_verb_is_a_recommendation():
    _ch, rec = _points("各镇街要主动上门对接企业,帮助企业申报技改项目。\n")
    assert any("上门对接企业" in p for p in rec)
    _ch, rec = _points("区纪委监委要督促相关部门限期整改。\n")
    assert any("督促相关部门限期整改" in p for p in rec)


def test_serving_verb_without_modal_is_no_recommendation():
    _ch, rec = _points("上门服务的志愿者去年共走访了三百多户。\n")
    assert not rec


def test_announced_labelled_lines_are_points_of_the_lead_aspect():
    text = ("调研中发现乡镇文化站存在以下几个问题:\n人员兼职:站长同时负责计生和信访工作,一年到头很少在站里。\n"
            "设备闲置:配发的投影仪和音响从未开箱。\n活动单一:全年只组织过两次广场舞比赛。\n")
    ch, _rec = _points(text)
    for label in ("人员兼职", "设备闲置"):
        assert any(label in p for p in ch), label
    assert any("两次广场舞比赛" in p for p in ch)


def test_labelled_lines_without_an_announcing_lead_are_not_forced():
    # a lead that announces no aspect (a timetable): its labelled lines are no problems
    text = "本周开放安排如下:\n周二上午:少儿阅览室开放。\n周四下午:报告厅举办讲座。\n"
    ch, _rec = _points(text)
    assert not ch
