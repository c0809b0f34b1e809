"""Tests of summarizer.sentences (cases B01, B02, B04, B06, B07, B08 of text-cases.md)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.sentences import HEADING_MAX_CHARS, MAX_PAIR_SPAN, Sentence, split_sentences

CLOSERS = "”」』）》’"


def texts(text: str, **kw) -> list[str]:
    return [s.text for s in split_sentences(text, **kw)]


def no_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


# --- B01: closing quotes and quoted speech -------------------------------------------------------------

B01 = "他强调：“要把群众满意作为标准。”会议随后通过了方案。「基层减负不是减责任。」她补充道。"


def test_quoted_speech_with_speech_tag_gives_exactly_three_sentences():
    assert texts(B01) == [
        "他强调：“要把群众满意作为标准。”",
        "会议随后通过了方案。",
        "「基层减负不是减责任。」她补充道。",
    ]


def test_closing_quote_stays_with_its_sentence():
    for s in split_sentences(B01):
        assert s.text[0] not in CLOSERS


@pytest.mark.timeout(10)
def test_text_ending_in_stray_closing_quote_is_one_sentence_and_returns():
    assert texts("要坚持人民至上。”") == ["要坚持人民至上。”"]


@pytest.mark.timeout(10)
@pytest.mark.parametrize("closer", list("”」』）》’)]"))
def test_text_ending_in_any_closing_mark_terminates(closer):
    assert texts("要坚持人民至上。" + closer) == ["要坚持人民至上。" + closer]


def test_quote_followed_by_new_sentence_is_split_after_the_closer():
    assert texts("他说：“好。”然后会议结束了。") == ["他说：“好。”", "然后会议结束了。"]


def test_terminators_inside_a_quote_do_not_split_it():
    assert texts("他说：“第一点。第二点！第三点？”会议结束。") == ["他说：“第一点。第二点！第三点？”", "会议结束。"]


def test_speech_tag_between_two_quotes_keeps_one_sentence():
    assert texts("“好。”他说，“我们走吧。”然后离开了。") == ["“好。”他说，“我们走吧。”", "然后离开了。"]


def test_long_clause_after_a_quote_is_not_a_speech_tag():
    assert texts("「要减负。」全体与会同志一致同意这个意见并且认真讨论了说。") == [
        "「要减负。」",
        "全体与会同志一致同意这个意见并且认真讨论了说。",
    ]


@pytest.mark.timeout(10)
def test_unclosed_bracket_does_not_swallow_the_rest_of_the_line():
    assert texts("他说（未闭合的括号。第二句。第三句！") == ["他说（未闭合的括号。", "第二句。", "第三句！"]


@pytest.mark.timeout(10)
def test_unclosed_quote_is_reset_at_the_newline():
    assert texts("他说“没有结束。\n第二行。第三句。") == ["他说“没有结束。", "第二行。", "第三句。"]


def test_pair_longer_than_the_limit_is_ignored():
    body = "这是一个很长的句子。" * (MAX_PAIR_SPAN // 10 + 2)
    out = texts("“" + body + "”")
    assert len(out) == MAX_PAIR_SPAN // 10 + 2
    assert out[0].startswith("“这是") and out[-1].endswith("。”")


def test_stray_closer_in_the_middle_does_not_change_depth():
    assert texts("完成了任务）。下一步开展督查。") == ["完成了任务）。", "下一步开展督查。"]


# --- B02: ellipsis --------------------------------------------------------------------------------------

B02 = "会议明确了三类任务（减负、赋能、增效……），并要求各地抓好落实……下一步将开展督查。"


def test_ellipsis_inside_brackets_is_not_a_boundary():
    assert texts(B02) == ["会议明确了三类任务（减负、赋能、增效……），并要求各地抓好落实……", "下一步将开展督查。"]


@pytest.mark.parametrize("ellipsis", ["……", "…", "...", "。。。", "⋯⋯"])
def test_all_ellipsis_forms_give_the_same_boundaries(ellipsis):
    text = B02.replace("……", ellipsis)
    out = split_sentences(text)
    assert [s.text for s in out] == [
        f"会议明确了三类任务（减负、赋能、增效{ellipsis}），并要求各地抓好落实{ellipsis}",
        "下一步将开展督查。",
    ]
    for s in out:
        assert not s.text.startswith(("），", "，", ")", ","))


def test_ellipsis_inside_quotes_is_not_a_boundary():
    assert texts("他说：“我们还要努力……”然后离开了。") == ["他说：“我们还要努力……”然后离开了。"]


def test_ellipsis_followed_by_comma_does_not_split():
    assert texts("抓好落实……，下一步将开展督查。") == ["抓好落实……，下一步将开展督查。"]


# --- B04: half-width / mixed-width punctuation -----------------------------------------------------------

B04 = "政策已经出台!效果如何?还需观察;各方意见不一."


def test_half_width_terminators_split_and_semicolon_does_not():
    assert texts(B04) == ["政策已经出台!", "效果如何?", "还需观察;各方意见不一."]


def test_full_width_text_gives_the_same_boundaries_with_original_characters():
    full = "政策已经出台！效果如何？还需观察；各方意见不一。"
    assert texts(full) == ["政策已经出台！", "效果如何？", "还需观察；各方意见不一。"]


def test_repeated_terminators_stay_together():
    assert texts("真的吗？！太好了!!!继续努力。") == ["真的吗？！", "太好了!!!", "继续努力。"]


def test_full_width_latin_and_punctuation_are_not_normalised_in_output():
    out = texts("增长（ＧＤＰ）达到５％！下一步：加强。")
    assert out == ["增长（ＧＤＰ）达到５％！", "下一步：加强。"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("增长了3.5个百分点。下一步加强。", ["增长了3.5个百分点。", "下一步加强。"]),
        ("详见www.gov.cn网站。下一步加强。", ["详见www.gov.cn网站。", "下一步加强。"]),
        ("要做到：1.加强领导；2.压实责任。", ["要做到：1.加强领导；2.压实责任。"]),
        ("3.1 总体要求", ["3.1 总体要求"]),
        ("参见 e.g. Smith et al. 的研究。下一步加强。", ["参见 e.g. Smith et al. 的研究。", "下一步加强。"]),
        ("经济增长了5.下一步加强。", ["经济增长了5.", "下一步加强。"]),
        ("He left. Then we met.", ["He left.", "Then we met."]),
    ],
)
def test_dot_is_a_terminator_only_outside_numbers_lists_and_abbreviations(text, expected):
    assert texts(text) == expected


# --- B06: enumerators and headings ------------------------------------------------------------------------

B06 = "一、总体要求\n（一）坚持党的领导。一是完善议事规则，明确权责边界。二是健全监督机制。\n1. 首先，要压实责任。"


def test_enumerated_text_gives_one_heading_and_four_body_sentences():
    out = split_sentences(B06)
    assert [(s.text, s.kind) for s in out if s.kind == "heading"] == [("一、总体要求", "heading")]
    assert [s.text for s in out if s.kind == "sentence"] == [
        "（一）坚持党的领导。",
        "一是完善议事规则，明确权责边界。",
        "二是健全监督机制。",
        "1. 首先，要压实责任。",
    ]


@pytest.mark.parametrize("marker", ["一、", "（一）", "一是", "1.", "1. ", "首先，", "首先", "①", "（1）"])
def test_markers_never_stand_alone(marker):
    for s in split_sentences(B06 + "\n①强化考核。（1）严格问责。"):
        assert s.text.strip() != marker.strip()


def test_commas_never_split_a_sentence():
    text = "一，推翻了帝制，二，建立了共和，三，传播了思想、观念；影响深远。"
    assert texts(text) == [text]


def test_line_ending_with_colon_is_its_own_unit():
    out = split_sentences("各区县人民政府，市政府各部门：\n现将有关事项通知如下。")
    assert [s.text for s in out] == ["各区县人民政府，市政府各部门：", "现将有关事项通知如下。"]
    assert out[1].kind == "sentence"


# --- B07: empty and punctuation-only pieces ----------------------------------------------------------------


def test_trailing_newlines_give_no_empty_sentence():
    out = split_sentences("加强基层治理。提升服务效能。\n\n")
    assert [s.text for s in out] == ["加强基层治理。", "提升服务效能。"]
    assert [s.index for s in out] == [0, 1]


@pytest.mark.parametrize("text", ["。。。！", "", "   \n\t", "……", "！？!?\n。", "“”（）"])
def test_punctuation_only_input_gives_no_sentence(text):
    assert split_sentences(text) == []


def test_index_counts_kept_units_only():
    out = split_sentences("。。。\n加强治理。\n！！\n提升效能。")
    assert [(s.index, s.text) for s in out] == [(0, "加强治理。"), (1, "提升效能。")]


# --- B08: line structure ----------------------------------------------------------------------------------


def test_headline_list_gives_one_heading_unit_per_line():
    out = split_sentences("坚持问题导向\n强化系统观念\n注重协同推进")
    assert [(s.text, s.kind) for s in out] == [
        ("坚持问题导向", "heading"),
        ("强化系统观念", "heading"),
        ("注重协同推进", "heading"),
    ]


def test_joined_notice_gives_title_salutation_and_one_body_sentence():
    text = (
        "关于进一步优化营商环境的通知\n各区县人民政府，市政府各部门：\n"
        "为深入贯彻落实有关部署，持续优化营商环境，现就有关事项通知如下。"
    )
    out = split_sentences(text)
    assert [s.text for s in out] == [
        "关于进一步优化营商环境的通知",
        "各区县人民政府，市政府各部门：",
        "为深入贯彻落实有关部署，持续优化营商环境，现就有关事项通知如下。",
    ]
    # a line ending in a colon (lead-in, salutation) is not a heading for any stage (summarizer.chars.is_heading_line)
    assert [s.kind for s in out] == ["heading", "sentence", "sentence"]


@pytest.mark.timeout(10)
def test_long_text_without_punctuation_or_newline_is_one_sentence():
    text = "坚持以人民为中心的发展思想推动高质量发展" * 500
    out = split_sentences(text)
    assert len(out) == 1 and out[0].text == text and out[0].kind == "sentence"


def test_short_line_without_terminator_is_a_heading_and_long_one_a_sentence():
    short = "甲" * HEADING_MAX_CHARS
    long = "乙" * (HEADING_MAX_CHARS + 1)
    assert [s.kind for s in split_sentences(short + "\n" + long)] == ["heading", "sentence"]


def test_newline_is_always_a_hard_boundary():
    out = texts("为深入贯彻落实有关部署，现就有关\n事项通知如下。")
    assert out == ["为深入贯彻落实有关部署，现就有关", "事项通知如下。"]


# --- offsets and losslessness -------------------------------------------------------------------------------


def test_offsets_slice_the_original_and_respect_offset_argument():
    text = "  前言\n\u3000\u3000加强治理。 提升效能！\r\n（一）完善机制。"
    for base in (0, 100):
        out = split_sentences(text, offset=base)
        for s in out:
            assert isinstance(s, Sentence)
            assert text[s.start - base : s.end - base] == s.text
        assert [s.text for s in out] == ["前言", "加强治理。", "提升效能！", "（一）完善机制。"]


def test_join_of_sentences_is_the_input_without_whitespace():
    text = B01 + "\n" + B02 + "\n" + B06 + "\n" + B04
    assert no_ws("".join(texts(text))) == no_ws(text)


@pytest.mark.timeout(10)
def test_seed_document_is_split_losslessly():
    from pathlib import Path

    seed = Path("/work/shared/data/seed/seed.txt")
    if not seed.exists():
        pytest.skip("seed document not available")
    text = seed.read_text(encoding="utf-8")
    out = split_sentences(text)
    kept = no_ws("".join(s.text for s in out))
    assert len(kept) >= 0.99 * len(no_ws(text))
    assert all(text[s.start : s.end] == s.text for s in out)
    assert not any(s.text[0] in "”」』）》’，," for s in out)


def test_non_string_input_raises_type_error():
    with pytest.raises(TypeError):
        split_sentences(b"\xe5\x8a\xa0")  # type: ignore[arg-type]


# --- property test (B07 kind) --------------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("加强治理基层一二、，。！？!?.…;；:：“”‘’「」『』（）()《》[]【】\"' \n\t\u3000ａ1２aZ.-①")
)


@pytest.mark.timeout(60)
@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(ALPHABET, max_size=200), st.text(max_size=200)))
def test_split_never_crashes_and_spans_are_consistent(text):
    out = split_sentences(text, offset=7)
    last_end = 7
    for i, s in enumerate(out):
        assert s.index == i
        assert text[s.start - 7 : s.end - 7] == s.text
        assert re.search(r"[^\W_]", s.text)
        assert s.text == s.text.strip()
        assert s.kind in ("sentence", "heading")
        assert s.start >= last_end and s.end > s.start
        last_end = s.end
    # lossless: every letter, digit or CJK character is inside some sentence (only whitespace and
    # punctuation-only pieces are left out)
    covered = [False] * len(text)
    for s in out:
        covered[s.start - 7 : s.end - 7] = [True] * (s.end - s.start)
    outside = "".join(ch for ch, c in zip(text, covered, strict=True) if not c)
    assert re.search(r"[^\W_]", outside) is None
