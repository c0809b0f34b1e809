"""Kinds the lead fixed in the twentieth session (Parts 33-34's trial reports), on inputs written for these tests."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import aspects
from summarizer.clean import clean


def _points(text: str, **kw) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text, **kw).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


@pytest.mark.parametrize("line", ["  • 关注微信", "关注微博", "扫码关注公众号", "· 关注我们", "关注官方微博"])
def test_a_follow_widgets_button_line_is_page_furniture(line):
    body = "全县道路养护资金缺口较大。"
    assert clean(f"标题\n{line}\n{body}").text.strip().splitlines()[-1] == body
    assert line.strip("•· ") not in clean(f"标题\n{line}\n{body}").text


@pytest.mark.parametrize("line", ["请大家关注微信群里的通知安排。", "关注微信公众号运营中存在的问题"])
def test_a_sentence_about_following_is_kept(line):
    assert line in clean(f"标题\n{line}\n正文。").text


@pytest.mark.parametrize("verb", ["指出", "强调", "要求"])
def test_an_essay_that_opens_with_the_meeting_speaking_reports_the_meeting(verb):
    assert aspects.reports_meeting([f"会议{verb}，当前防汛形势严峻。", "各镇要压实责任。"])
    assert not aspects.reports_meeting(["当前防汛形势严峻。", "各镇要压实责任。"])
    # (not when the meeting speaks only after other prose: a quoted directive, tests/test_corpus21_kinds.py)
    assert not aspects.reports_meeting(["当前防汛形势严峻。", f"会议{verb}，各镇要压实责任。"])


def test_the_meetings_demand_with_a_subject_is_a_measure():
    chals, recs = _points("会议指出，今年以来全市安全生产形势总体平稳，但部分企业主体责任落实不到位。"
                          "会议要求，各镇街要加大隐患排查力度，严格落实企业主体责任。")
    assert recs == ["各镇街要加大隐患排查力度，严格落实企业主体责任"], recs
    assert chals == ["部分企业主体责任落实不到位"], chals  # (the verdict granted before 但 is cut off)


@pytest.mark.parametrize("aspect_model", [True, False])
def test_an_overall_verdict_granted_before_the_turn_is_no_part_of_the_problem(aspect_model):
    chals, _ = _points("近年来我县养老服务取得了明显成效，但农村养老设施不足、护理人员短缺等问题依然突出。",
                       aspect_model=aspect_model)
    assert chals == ["农村养老设施不足、护理人员短缺等问题依然突出"], chals


def test_a_contrast_of_two_facts_stays_whole():
    """No verdict of things going well before 但: the contrast is the problem (demand against supply)."""
    chals, _ = _points("农村老人数量多，但养老机构床位严重不足。")
    assert chals == ["农村老人数量多，但养老机构床位严重不足"], chals


@pytest.mark.parametrize("aspect_model", [True, False])
def test_no_point_without_a_han_character_in_a_chinese_essay(aspect_model):
    text = ("社区停车难问题日益突出。qx7 Z2 k9 W0 p# 居民反映车位严重不足，占道停车现象普遍。"
            "建议增设公共停车位，推行错时共享停车。")
    chals, recs = _points(text, aspect_model=aspect_model)
    assert chals and recs
    assert all(any("\u4e00" <= c <= "\u9fff" for c in t) for t in chals + recs), (chals, recs)


_STORY = ("社区垃圾分类推行多年，效果却不理想。不少居民仍把厨余垃圾和其他垃圾混投，分类桶旁常常堆满杂物。"
          "物业人手有限，督导员只在早晚两个时段值守。")


@pytest.mark.parametrize("aspect_model", [True, False])
@pytest.mark.parametrize("sentence, point", [
    ("当务之急是完善分类设施。", "当务之急是完善分类设施"),  # (a copula whose subject names the course: no thesis)
    ("首要任务是增加督导员。", "首要任务是增加督导员"),
    ("政府最需要做的，是完善分类设施。", "政府最需要做的，是完善分类设施"),
    # a colloquial prohibition (别再拖延) names what must not go on: no deficiency stated
    ("政府必须尽快完善分类设施，最低限度别再拖延。", "政府必须尽快完善分类设施，最低限度别再拖延"),
])
def test_a_course_named_by_a_priority_frame_or_with_a_prohibition_is_a_measure(aspect_model, sentence, point):
    _, recs = _points(_STORY + sentence, aspect_model=aspect_model)
    assert recs == [point], recs


def test_a_question_about_the_priority_proposes_nothing():
    _, recs = _points(_STORY + "当务之急是什么？", aspect_model=False)
    assert recs == [], recs


@pytest.mark.parametrize("aspect_model", [True, False])
def test_set_phrases_of_official_failure_state_the_complaint(aspect_model):
    """A column's complaint about departments in set phrases (敷衍塞責, 無日無之), Traditional as in Hong Kong."""
    chals, _ = _points("投訴年年多，部門死性不改。過去一年，部門被揭偷懶、失職嘅事件無日無之。部門敷衍塞責，失誤當家常便飯。",
                       aspect_model=aspect_model)
    assert "部門敷衍塞責，失誤當家常便飯" in chals, chals
    assert "過去一年，部門被揭偷懶、失職嘅事件無日無之" in chals, chals
