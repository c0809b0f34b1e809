"""The shared text vocabulary (summarizer.chars) and the stages that must agree on it."""

from __future__ import annotations

import re

import pytest

import summarizer
from summarizer import chars
from summarizer.essays import split_essays
from summarizer.sentences import split_sentences
from summarizer.structure import parse
from summarizer.textrank import extract


@pytest.mark.parametrize("ch, expected", [
    ("治", True), ("㐀", True), ("鿿", True), ("豈", True), ("𠀀", True), ("𱍊", True),  # unified, ext A, compat, ext B, ext H
    ("a", False), ("1", False), ("。", False), ("あ", False), ("한", False), ("Ж", False), ("〇", False),
])
def test_is_cjk_covers_the_han_ranges_only(ch, expected):
    assert chars.is_cjk(ch) is expected
    assert (chars.CJK_RE.fullmatch(ch) is not None) is expected


@pytest.mark.parametrize("text, expected", [
    ("治理", True), ("abc", True), ("2024", True), ("Привет", True), ("ελληνικά", True), ("かな", True),
    ("。，！？……", False), ("  \n\t", False), ("——《》“”", False), ("_", False), ("", False),
])
def test_content_is_a_letter_or_digit_of_any_script(text, expected):
    assert chars.has_content(text) is expected


def test_has_content_reads_only_the_range_given():
    assert chars.has_content("。。治。", 2, 3) and not chars.has_content("。。治。", 0, 2)


def test_terminator_sets_nest():
    assert set(chars.SENTENCE_END) == set("。！？!?")
    assert set(chars.TERMINATORS) == set("。！？!?；;")
    assert set(chars.CLAUSE_END) == set("，,、；;：:")
    assert chars.CN_DIGITS["一"] == 1 and chars.CN_DIGITS["十"] == 10 and len(chars.CN_DIGITS) == 10


@pytest.mark.parametrize("line, expected", [
    ("关于基层治理的思考", True),
    ("  一、总体要求  ", True),
    ("存在的问题", True),
    ("甲" * chars.HEADING_MAX_CHARS, True),
    ("甲" * (chars.HEADING_MAX_CHARS + 1), False),
    ("加强队伍建设；", False),  # a semicolon ends a unit of prose
    ("完善经费保障：", False),  # a colon introduces what follows: a lead-in, not a heading
    ("各区县人民政府，市政府各部门：", False),
    ("基层治理面临很多问题。", False),
    ("", False),
    ("   ", False),
])
def test_heading_line_rule(line, expected):
    assert chars.is_heading_line(line) is expected


LINES = "关于基层治理的思考\n加强队伍建设；\n完善经费保障：\n基层治理面临很多问题。"


def test_every_stage_classifies_heading_lines_alike():
    """Review finding: 加强队伍建设； was a heading to the sentence splitter and not to structure. Now every stage
    uses summarizer.chars.is_heading_line: only the first line is a heading."""
    sentence_kinds = {s.text: s.kind for s in split_sentences(LINES)}
    assert sentence_kinds == {"关于基层治理的思考": "heading", "加强队伍建设；": "sentence", "完善经费保障：": "sentence",
                              "基层治理面临很多问题。": "sentence"}
    structure = parse(LINES)
    assert [(it.family, structure.heading(it)) for it in structure.items] == [("line", "关于基层治理的思考")]
    for line in LINES.split("\n"):
        assert chars.is_heading_line(line) is (sentence_kinds[line] == "heading")


def test_essay_title_lines_follow_the_same_rule():
    # a repeated short line splits a collection only when it is a heading line: one ending in ： never does
    first, second = "甲地加强网格管理，" * 30 + "。", "乙地完善经费保障，" * 30 + "。"  # essays, not stray parts
    third = "丙地充实基层力量，" * 30 + "。"
    repeated = f"基层治理对策建议\n{first}\n基层治理对策建议\n{second}\n基层治理对策建议\n{third}"
    assert [e.title for e in split_essays(repeated)] == ["基层治理对策建议"] * 3
    # (the opening line printed a second and last time is the page's title printed again over its article: one
    # essay, essays._page_title_again, kinds28)
    assert len(split_essays(f"基层治理对策建议\n{first}\n基层治理对策建议\n{second}")) == 1
    colon = f"基层治理对策建议：\n{first}\n基层治理对策建议：\n{second}\n基层治理对策建议：\n{third}"
    assert [e.title for e in split_essays(colon)] == [None]


def test_cyrillic_text_is_content_for_every_stage():
    """Review finding: summarize("Привет мир. Это тест.") raised EmptyInputError while split_sentences found two
    sentences. Now the pipeline, the splitter and TextRank agree that it is text."""
    text = "Привет мир. Это тест."
    assert [s.text for s in split_sentences(text)] == ["Привет мир.", "Это тест."]
    assert [r.text for r in extract(text, k=2)] == ["Привет мир.", "Это тест."]
    doc = summarizer.summarize(text)
    assert len(doc.essays) == 1
    for p in doc.essays[0].summary_sentences:
        assert re.sub(r"\s", "", text[p.start:p.end]) == re.sub(r"\s", "", p.text)


def test_punctuation_only_text_is_empty_for_every_stage():
    text = "。。。！！——"
    assert split_sentences(text) == []
    with pytest.raises(summarizer.EmptyInputError):
        summarizer.summarize(text)
    with pytest.raises(summarizer.EmptyInputError):
        extract(text)
