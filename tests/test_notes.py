"""Notes whose list lines have no full stop (pasted from email, chat, slides, markdown): every list line is a
sentence and states its point, a heading alone is never a point, the summary states the points with no two lines
glued, and a cut-off last character (U+FFFD) does not cost the last sentence."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.pipeline import join_summary, names_section
from summarizer.sentences import list_line_starts, split_sentences
from summarizer.structure import parse

PROBLEMS = ["站点人手紧缺，值班排不开", "设备维护长期滞后"]
MEASURES = ["增设公益岗位，补齐值班力量", "建立设备定期巡检制度"]
ALL = PROBLEMS + MEASURES


def _note(problem_head: str, measure_head: str, marker, title: str = "便民服务站走访记录") -> str:
    lines = [title, problem_head]
    lines += [marker(k) + p for k, p in enumerate(PROBLEMS, 1)]
    lines.append(measure_head)
    lines += [marker(k) + m for k, m in enumerate(MEASURES, 1)]
    return "\n".join(lines) + "\n"


SHAPES = {
    "dash bullets, colon headings": _note("主要问题：", "下一步措施：", lambda k: "- "),
    "star bullets, colon headings": _note("主要问题：", "下一步措施：", lambda k: "* "),
    "numbered, colon headings": _note("主要问题：", "下一步措施：", lambda k: f"{k}. "),
    "bracket-numbered, colon headings": _note("主要问题：", "下一步措施：", lambda k: f"（{k}）"),
    "bare lines under numbered headings": _note("一、主要问题", "二、下一步措施", lambda k: ""),
    "bare lines under bare headings": _note("存在问题", "对策建议", lambda k: ""),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_list_line_is_a_point_and_the_summary_states_them(shape):
    text = SHAPES[shape]
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == PROBLEMS
    assert [p.text for p in essay.recommendations] == MEASURES
    for p in essay.challenges + essay.recommendations:
        assert text[p.start:p.end] == p.text
    # the summary: list lines, each ended (no heading, no lead-in, nothing glued)
    assert [p.text.lstrip("-*● ") for p in essay.summary_sentences] == ALL
    assert essay.summary == "。".join(ALL)


def test_markdown_note_with_bullets_and_no_full_stops():
    text = ("# 便民服务站走访记录\n\n## 存在问题\n\n- " + "\n- ".join(PROBLEMS) + "\n\n## 对策建议\n\n- "
            + "\n- ".join(MEASURES) + "\n")
    essay = summarize(text, source="note.md").essays[0]
    assert [p.text for p in essay.challenges] == PROBLEMS
    assert [p.text for p in essay.recommendations] == MEASURES
    assert essay.summary == "。".join(ALL)


def test_a_lead_in_after_the_last_item_of_a_list_is_no_point():
    # the lead-in of the second list stands in the region of the first list's last item
    text = "走访小结\n存在的问题：\n- 人员不足，经费紧张\n- 队伍老化问题突出\n对策建议：\n- 建立人才引进机制\n- 加大财政投入\n"
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["人员不足，经费紧张", "队伍老化问题突出"]
    assert [p.text for p in essay.recommendations] == ["建立人才引进机制", "加大财政投入"]


def test_a_heading_alone_is_never_a_point():
    # a section heading with nothing under it, then a section with its list
    text = "存在问题\n对策建议\n" + "\n".join(MEASURES) + "\n"
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == []
    assert [p.text for p in essay.recommendations] == MEASURES


def test_sentence_kinds_of_list_lines_and_headings():
    text = "走访记录\n主要问题：\n- 站点人手紧缺\n- 设备维护滞后\n二、措施\n"
    kinds = [(s.text, s.kind) for s in split_sentences(text)]
    assert kinds == [("走访记录", "heading"), ("主要问题：", "sentence"), ("- 站点人手紧缺", "sentence"),
                     ("- 设备维护滞后", "sentence"), ("二、措施", "heading")]


def test_list_line_starts_shapes():
    # a numbered line alone under a numbered heading with a body is a heading, not a list line
    text = "一、总体要求\n1. 指导思想\n坚持问题导向，推动工作落实。\n2. 基本原则\n坚持统筹兼顾。"
    assert list_line_starts(text) == frozenset()
    # a list of bare numbered lines
    text = "工作要点\n1. 建立台账\n2. 定期回访"
    assert list_line_starts(text) == frozenset({5, 13})
    # bare lines under a numbered heading, up to its next heading
    text = "一、问题\n人手紧缺\n设备老旧\n二、措施\n增设岗位\n定期巡检"
    assert sorted(list_line_starts(text)) == [5, 10, 20, 25]
    # bare lines that are followed by prose: sub-headings, not a list
    text = "一、问题\n人员方面\n资金方面\n近年来人员流失较多。"
    assert list_line_starts(text) == frozenset()
    # under a bare section name only when the caller says that line names a section
    text = "存在问题\n人手紧缺\n设备老旧"
    assert list_line_starts(text) == frozenset()
    assert sorted(list_line_starts(text, names_section)) == [5, 10]


def test_bare_lines_are_the_text_of_their_section_in_the_structure():
    text = "一、问题\n人手紧缺\n设备老旧\n二、措施\n增设岗位\n定期巡检"
    items = parse(text).items
    assert [(it.family, text[it.content_start:it.heading_end]) for it in items] == [("cn", "问题"), ("cn", "措施")]
    assert [text[it.start:it.end].split("\n") for it in items] == [["一、问题", "人手紧缺", "设备老旧", ""],
                                                                 ["二、措施", "增设岗位", "定期巡检"]]


def test_names_section():
    assert names_section("存在问题") and names_section("对策建议：") and names_section("主要问题")
    assert not names_section("设备维护长期滞后")  # a statement, longer than a section name
    assert not names_section("便民服务站")  # no aspect
    assert not names_section("问题，建议")


def test_cut_off_last_character_keeps_the_last_point():
    complete = "一、存在问题\n站点人手不足，值班排不开。\n二、对策建议\n增设公益岗位，补齐值班力量。"
    cut = complete.encode("utf-8")[:-1]  # the last 。 loses its last byte
    doc = summarize(cut)
    assert doc.warnings, "the cut-off character is reported"
    essay = doc.essays[0]
    assert [p.text for p in essay.challenges] == ["站点人手不足，值班排不开"]
    assert [p.text for p in essay.recommendations] == ["增设公益岗位，补齐值班力量"]
    assert summarize(complete).essays[0].recommendations[0].text == "增设公益岗位，补齐值班力量"


def test_cut_off_sentence_is_a_sentence():
    units = split_sentences("二、对策建议\n增设公益岗位，补齐值班力量\ufffd")
    assert [(u.text, u.kind) for u in units] == [("二、对策建议", "heading"), ("增设公益岗位，补齐值班力量\ufffd", "sentence")]


def test_join_summary():
    assert join_summary(["甲乙丙。", "丁戊。"]) == "甲乙丙。丁戊。"
    assert join_summary(["人手紧缺", "设备老旧"]) == "人手紧缺。设备老旧"  # the last one is not lengthened
    assert join_summary(["人手紧缺；", "设备老旧，"]) == "人手紧缺。设备老旧。"  # clause marks end nothing
    assert join_summary(["他说：“要落实。”", "然后"]) == "他说：“要落实。”然后"
    assert join_summary([]) == ""


def test_join_summary_keeps_a_space_between_two_latin_sentences():
    """Two Latin sentences of a summary are not glued (``housing.Build``, new-user trial ux32); a Chinese sentence
    after a half-width stop, or a Latin one after a Chinese stop, gets no space; the summary stage reserves the space
    in its budget, so ``summary_chars`` still holds."""
    import summarizer

    assert join_summary(["Rents are rising.", "Build more homes."]) == "Rents are rising. Build more homes."
    assert join_summary(['He said "no."', "2 lines closed."]) == 'He said "no." 2 lines closed.'
    assert join_summary(["增长5.2%.", "加强管理。"]) == "增长5.2%.加强管理。"
    assert join_summary(["加强管理。", "Build more homes."]) == "加强管理。Build more homes."
    assert join_summary(["Rents rise.", ".NET is used."]) == "Rents rise..NET is used."  # (not a letter or digit)
    text = ("Problems\nThe county lacks trained nurses. Clinics close early.\n"
            "Recommendations\nTrain more nurses. Extend clinic hours.\n")
    for chars in (20, 40, 60, 200):
        summary = summarizer.summarize(text, summary_chars=chars).essays[0].summary
        assert len(summary) <= max(chars, 60) and ".T" not in summary and ".C" not in summary and ".E" not in summary


def test_side_note_and_lead_in_are_not_summary_sentences():
    text = ("社区食堂运营情况\n主要问题：\n- 就餐人数偏少，日均不足五十人\n- 运营补贴到位慢\n"
            "> 备注：以上数字来自街道三月台账。\n")
    essay = summarize(text, source="note.md").essays[0]
    assert "备注" not in essay.summary and "主要问题" not in essay.summary
    assert essay.summary == "就餐人数偏少，日均不足五十人。运营补贴到位慢"


def test_summary_is_not_cut_inside_an_enumeration():
    long_clause = "城乡发展不平衡，基础设施短板明显；部分干部担当不够，形式主义、官僚主义、享乐主义仍然存在。"
    text = "工作报告\n" + "发展中还面临不少困难。" + long_clause * 3
    essay = summarize(text, summary_chars=60).essays[0]
    assert not essay.summary.endswith(("形式主义", "形式主义。", "官僚主义", "官僚主义。"))
    assert len(essay.summary) <= 60
