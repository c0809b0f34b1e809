"""lowfix19: low findings of a new user's trial (editor credits, noise lines, connectives at point starts, glued
numbered headings). Inputs are written for these tests."""

import random

from summarizer import summarize
from summarizer.clean import clean
from summarizer.points import UNPUNCTUATED_RUN_CHARS, unlinked_start, unpunctuated_run
from summarizer.tokenize import get_tokenizer
from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# F14: an editor or source credit at a paragraph's end (bracketed or not) is page boilerplate.

def test_bracketed_editor_credit_at_paragraph_end_is_removed():
    text = "会议要求各单位加强协作，形成工作合力。（责任编辑：王小明） |\n下一步要做好总结。"
    out = clean(text)
    assert out.text == "会议要求各单位加强协作，形成工作合力。\n下一步要做好总结。"
    # offsets kept: the second paragraph maps back onto its original characters
    k = out.text.index("下一步")
    assert text[out.offsets[k]:out.offsets[k] + 3] == "下一步"


def test_source_credit_and_bare_editor_credit_are_removed():
    assert clean("今年共完成植树两万株。(来源：某某晚报)").text == "今年共完成植树两万株。"
    assert clean("今年共完成植树两万株。责任编辑：李华").text == "今年共完成植树两万株。"
    assert clean("今年共完成植树两万株。\n（来源：某某晚报）").text == "今年共完成植树两万株。"


def test_credit_words_inside_a_sentence_are_kept():
    assert clean("项目资金来源：财政拨款和社会捐助。").text == "项目资金来源：财政拨款和社会捐助。"
    # a clause after the credit word (a comma) is prose, not a credit
    text = "数据已经公布。来源：统计部门，数据口径有调整"
    assert clean(text).text == text


def test_editor_credit_words_give_no_keyphrase():
    text = ("社区养老服务设施不足，专业护理人员短缺。应加快建设社区养老服务中心，培养专业护理人才。"
            "（责任编辑：zhangsan）")
    keys = summarize(text).essays[0].keyphrases
    assert keys and not any("编辑" in k or "zhangsan" in k for k in keys)


# F15: a long run of Han characters with no mark at all is no sentence: no point is cut from it.

def test_random_han_line_gives_no_point():
    rng = random.Random(7)
    alphabet = "社区治理存在问题建议加强平台建设数据共享"
    noise = "".join(rng.choice(alphabet) for _ in range(5000))
    assert _points(noise) == ([], [])


def test_unpunctuated_run_bounds():
    run = "甲" * (UNPUNCTUATED_RUN_CHARS + 1)
    assert unpunctuated_run(run, 10, 40) is True
    text = "乙" * UNPUNCTUATED_RUN_CHARS
    assert unpunctuated_run(text, 10, 40) is False  # (exactly the limit: kept)
    marked = "丙" * 150 + "，" + "丁" * 150
    assert unpunctuated_run(marked, 10, 40) is False
    assert unpunctuated_run("加强管理，" + run, 0, 4) is False  # (the point's own run is short)
    # a point holding a mark is punctuated
    assert unpunctuated_run(run + "，加强", 190, 204) is False


def test_ordinary_points_beside_a_noise_line_are_kept():
    rng = random.Random(3)
    noise = "".join(rng.choice("道路交通拥堵治理") for _ in range(400))
    for text in (noise + "。\n当前老旧小区停车位严重不足。建议增设立体停车库，规范路边停车管理。",
                 "当前老旧小区停车位严重不足。建议增设立体停车库，规范路边停车管理。\n" + noise):
        challenges, recommendations = _points(text)
        assert challenges == ["当前老旧小区停车位严重不足"]
        assert recommendations == ["建议增设立体停车库，规范路边停车管理"]


def test_unpunctuated_run_is_fast_on_long_input():
    def scan(n):
        text = "基" * n
        for k in range(0, n, 100):
            unpunctuated_run(text, k, k + 30)

    assert_linear(scan, 100_000, "a window every 100 characters of one long run")


# F11: a point cut at a comma of a list (…问题，如A、B，以及C) drops the list word that opens it.

def test_list_connectives_are_dropped_from_points():
    cut = get_tokenizer().cut
    for span, want in [("如停车位不足、道路狭窄", "停车位不足、道路狭窄"),
                       ("以及垃圾清运不及时等问题", "垃圾清运不及时等问题"),
                       ("但同时，管理制度仍不健全", "管理制度仍不健全")]:
        assert span[unlinked_start(span, 0, len(span), cut, frames=True):] == want
    # summary sentences keep a list word (frames=False): only points drop it
    span = "以及垃圾清运不及时等问题"
    assert unlinked_start(span, 0, len(span), cut) == 0


def test_words_that_begin_like_list_connectives_are_kept():
    cut = get_tokenizer().cut
    for span in ["如何提高服务质量仍是难题", "如果资金不能到位", "如期完成改造任务", "如练兵一样，要反复演练"]:
        assert unlinked_start(span, 0, len(span), cut, frames=True) == 0


def test_problem_list_after_a_lead_gives_points_without_list_words():
    text = ("走访中也发现了一些问题，如公共停车位严重不足、道路占用现象普遍，以及夜间照明设施损坏较多等问题。"
            "建议加快停车设施建设。")
    challenges, _ = _points(text)
    assert challenges == ["公共停车位严重不足、道路占用现象普遍", "夜间照明设施损坏较多等问题"]


# F12: a numbered label heading (论点 1：…) on its own line, with no end mark, is not glued to the paragraph below.

def test_numbered_label_heading_stands_alone():
    text = ("前言部分说明写作背景。\n\n分论点二：完善公共服务，筑牢民生“保障网”\n\n"
            "公共服务是民生的基础。要加大财政投入，补齐农村公共服务短板。")
    out = clean(text).text
    assert "分论点二：完善公共服务，筑牢民生“保障网”\n公共服务是民生的基础。" in out


def test_field_line_with_colon_still_joins_when_it_is_prose():
    # an unnumbered label (主要做法：…) keeps its old reading: a prose line with a comma joins the next line
    text = "前言。\n\n主要做法：加强组织领导，压实工作责任\n\n推动各项任务落地见效。"
    assert "主要做法：加强组织领导，压实工作责任推动各项任务落地见效。" in clean(text).text
