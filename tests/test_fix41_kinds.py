"""fix41 (faults new users reported and earlier sessions left open): list items that differ in one content word
(完善小学教育 / 完善中学教育) dropped as one point said twice; a collection of short essays, each under its own title
line, read as one essay; 第一要…，第二要… after a lead-in clause read as one point; an essay summary that holds a
sentence that only announces the list after it (问题主要有以下几点。). Small texts of the tests' own."""

import pytest
from costs import assert_linear

from summarizer.clean import clean
from summarizer.essays import spaced_line_starts, split_essays
from summarizer.keyphrases import _candidate
from summarizer.pipeline import summarize_document
from summarizer.points import distinct_middles
from summarizer.structure import parse


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# --- 1. items that differ in one content word are two points -------------------------------------------------

@pytest.mark.parametrize("first, second", [("完善小学教育", "完善中学教育"), ("加强大气污染治理", "加强水污染治理"),
                                           ("推进城市更新改造", "推进城镇更新改造")])
def test_items_that_differ_in_a_content_word_are_two_points(first, second):
    text = ("当前生态和教育短板突出。\n对策建议：\n1. " + first + "。\n2. " + second + "。\n3. 增加财政投入。")
    _, recommendations = _points(text)
    assert recommendations == [first, second, "增加财政投入"]


def test_a_substituted_word_is_a_parallel_point_but_a_changed_verb_or_particle_is_not():
    assert distinct_middles("完善小学教育", "完善中学教育")
    assert distinct_middles("加强大气污染治理", "加强水污染治理")
    assert not distinct_middles("加强财政投入力度", "加大财政投入力度")  # (the verb itself: one point)
    assert not distinct_middles("加强社区工作者队伍建设", "加强社区工作者的队伍建设")
    assert not distinct_middles("加强社区和学校联动", "加强社区与学校联动")  # (a conjunction changed)


# --- 2. a collection of short essays, each under its own title line --------------------------------------------

_SHORT = [("垃圾分类难在哪", "小区垃圾分类参与率低，居民习惯尚未养成，混投现象普遍存在。建议加强宣传引导，设置定时定点投放。"),
          ("车位从哪里来", "老旧小区停车位严重不足，占道停车现象突出。建议挖掘闲置空间，推行错时共享停车。"),
          ("电梯加装之困", "老旧小区加装电梯协调难度大，低层住户普遍反对。要完善费用分摊机制，加强政府引导。")]


def _essays(text: str):
    c = clean(text)
    return split_essays(c.text, spaced=spaced_line_starts(text, c.text, c.offsets, getattr(c, "ends", None)))


def test_short_essays_under_spaced_titles_are_several_essays():
    text = "\n\n".join(title + "\n\n" + body for title, body in _SHORT)
    assert [e.title for e in _essays(text)][1:] == ["车位从哪里来", "电梯加装之困"]
    doc = summarize_document(text)
    assert [e.title for e in doc.essays] == ["垃圾分类难在哪", "车位从哪里来", "电梯加装之困"]
    assert [[p.text for p in e.recommendations] for e in doc.essays][1] == ["建议挖掘闲置空间，推行错时共享停车"]


def test_two_short_pieces_or_pieces_without_a_measure_stay_one_essay():
    two = "\n\n".join(title + "\n\n" + body for title, body in _SHORT[:2])
    assert len(summarize_document(two).essays) == 1
    told = [(t, b.split("。")[0] + "。") for t, b in _SHORT]  # (problems only: parts of one report)
    assert len(summarize_document("\n\n".join(t + "\n\n" + b for t, b in told)).essays) == 1


# --- 4. 第一要…，第二要… after a lead-in clause -----------------------------------------------------------------

def test_ordinals_with_the_modal_after_a_lead_in_clause_are_items():
    text = "基层治理能力不足，群众满意度不高。\n做好这项工作，第一要压实主体责任，第二要完善考核机制，第三要强化监督问责。"
    _, recommendations = _points(text)
    assert recommendations == ["压实主体责任", "完善考核机制", "强化监督问责"]


def test_an_ordinal_before_a_noun_of_yao_is_no_item():
    s = parse("发展经济是第一要务，稳定是第二要素。")
    assert [it for it in s.items if it.family == "di"] == []


def test_a_run_in_run_opens_at_two_in_a_numbered_heading_paragraph():
    text = "当前基层治理存在短板。\n（三）健全基层治理体系。二是完善网格化管理，压实网格员责任。三是推进数字化平台建设。"
    _, recommendations = _points(text)
    assert recommendations == ["健全基层治理体系", "完善网格化管理，压实网格员责任", "推进数字化平台建设"]
    lone = "当前基层治理存在短板。\n（三）健全基层治理体系。二是完善网格化管理。"  # (no 三是: no run)
    assert [it.family for it in parse(lone).items] == ["paren_cn"]
    prose = "当前基层治理存在短板。这二是完善网格化管理，三是推进数字化平台建设。"  # (no heading's paragraph)
    assert [it for it in parse(prose).items if it.family == "shi"] == []


def test_a_summary_sentence_opened_by_an_ordinal_with_the_modal_drops_the_ordinal():
    text = ("基层治理能力不足，群众满意度不高。第一要压实主体责任，各级党委要把基层治理摆上重要位置。"
            "第二要完善考核机制，把群众满意度作为重要指标。第三要强化监督问责。")
    summary = summarize_document(text).essays[0].summary
    assert "压实主体责任，各级党委要把基层治理摆上重要位置。" in summary
    assert "第一要" not in summary


# --- 5. a sentence that only announces a list is no summary sentence ---------------------------------------------

def test_the_summary_leaves_out_a_sentence_that_announces_a_list():
    text = ("当前基层治理面临诸多挑战。具体来看，社区治理中存在的问题主要有以下几点。\n一是人员严重不足。\n二是经费长期短缺。\n"
            "三是考核机制不健全。\n对此，应当加大投入，完善机制，培养专业社工队伍。")
    summary = summarize_document(text).essays[0].summary
    assert "以下几点" not in summary
    assert summary.startswith("当前基层治理面临诸多挑战。")


def test_the_new_readers_stay_linear():
    assert_linear(lambda n: summarize_document("完善第一小学教育。" * n), 300, "items one character apart")
    assert_linear(lambda n: parse("做好工作，第一要压实责任，第二要完善机制。" * n), 1_000, "modal ordinals")
    assert_linear(lambda n: parse("（一）健全体系。二是完善管理。三是推进建设。\n" * n), 1_000, "runs opening at two")
    assert_linear(lambda n: summarize_document("\n\n".join(t + "\n\n" + b for t, b in _SHORT * n)), 30,
                  "short titled essays")


# --- 5b. a keyphrase never ends in a predicate the HMM glued (分类已满) -------------------------------------------

def test_a_word_opened_by_an_adverb_of_state_is_no_keyphrase_word():
    text = ("小区垃圾分类推进缓慢。垃圾桶经常分类已满无人清运，居民投放流程分类不清。垃圾分类宣传不到位，居民分类意识薄弱。"
            "一是增设分类垃圾桶，及时清运。二是简化投放流程，分类标识清楚。三是加强垃圾分类宣传。")
    phrases = [k.text for k in summarize_document(text).essays[0].keyphrases]
    assert not [p for p in phrases if "已满" in p]
    assert "投放流程" in phrases and "分类意识" in phrases
    assert _candidate("已满") == (False, None)
    assert _candidate("再就业")[0]  # (an adverb outside the closed class still opens a term)
