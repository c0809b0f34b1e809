"""Kinds fixed by the lead in session 21, each on small inputs written for the test."""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean


def _points(text: str, aspect: str) -> list[tuple[str, int, int]]:
    essay = summarize(text).essays[0]
    return [(p.text, p.start, p.end) for p in getattr(essay, aspect)]


def test_terminal_colour_codes_are_removed_whole():
    # a console log pasted with its colour codes: ESC [ 31 m ... ESC [ 0 m
    text = "\x1b[31m一、存在的问题\x1b[0m\n村里缺少年轻劳动力。\n\x1b[1;32m二、对策建议\x1b[m\n要吸引青年返乡创业。\n"
    cleaned = clean(text)
    assert "[31m" not in cleaned.text and "[0m" not in cleaned.text and "[1;32m" not in cleaned.text
    assert "\x1b" not in cleaned.text
    challenges = _points(text, "challenges")
    recommendations = _points(text, "recommendations")
    assert [c[0] for c in challenges] == ["村里缺少年轻劳动力"]
    assert [r[0] for r in recommendations] == ["要吸引青年返乡创业"]
    for point, start, end in challenges + recommendations:
        assert text[start:end] == point


def test_osc_title_and_two_character_escapes_are_removed():
    text = "\x1b]0;终端标题\x07社区治理要靠群众。\x1bc\n"
    cleaned = clean(text).text
    assert "终端标题" not in cleaned and "0;" not in cleaned
    assert cleaned.startswith("社区治理要靠群众。")


def test_an_unterminated_escape_keeps_the_text_after_it():
    # ESC [ followed by digits and no final byte: not a sequence; the ESC goes, the text stays
    cleaned = clean("\x1b[12" + "。基层减负。").text
    assert "基层减负" in cleaned
    assert "\x1b" not in cleaned


def test_an_unterminated_osc_loses_no_text():
    cleaned = clean("\x1b]0;" + "基层治理需要加强。" * 50).text
    assert cleaned.count("基层治理需要加强") == 50



_REPORT = ("城市停车问题的调查报告\n\n"
           "近年来，我市机动车保有量快速增长，停车供需矛盾日益突出。调查发现，老旧小区停车位严重不足，"
           "夜间占道停车现象普遍，部分路段因乱停车造成交通拥堵。公共停车场分布不均，收费标准不统一。\n\n"
           "建议加快建设立体停车场，推行错时共享停车，完善停车收费价格机制，加强占道停车的执法管理。\n")
_LISTING_HEAD = ("交通问题调查报告(精选8篇)\n\n交通问题调查报告(精选8篇)\n\n"
                 "调查报告是对某一问题进行研究的书面材料。接下来，我们一起来阅读几篇经典的调查报告范文。\n\n")


def test_a_listing_pages_title_and_blurb_are_cleaned_away():
    # a 范文 site's listing page: the collection's title with a count of pieces, repeated, and the site's short blurb
    cleaned = clean(_LISTING_HEAD + _REPORT)
    assert cleaned.text.startswith("城市停车问题的调查报告")
    assert cleaned.removed["listing_title"] == 28  # (two title lines of 14 characters; CleanText.removed counts characters)
    essays = summarize(_LISTING_HEAD + _REPORT).essays
    assert [e.title for e in essays] == ["城市停车问题的调查报告"]


def test_a_count_in_brackets_inside_a_sentence_or_a_long_paragraph_stays():
    # negatives: a count of pieces in a sentence is text; a long paragraph keeps all but its filler sentence
    assert "共收到建议(含重复)12篇" in clean("今年共收到建议(含重复)12篇，已全部办结。\n").text
    long_paragraph = "本市停车难问题由来已久。" * 12 + "接下来，我们一起来看看各区的做法。\n"
    cleaned = clean(long_paragraph).text
    assert cleaned.startswith("本市停车难问题由来已久") and "一起来看看" not in cleaned


def test_a_capability_that_still_needs_improving_is_a_shortcoming_not_a_measure():
    # bare 需 before a verb with no object: the subject is what falls short (有待提升), nothing prescribed
    from summarizer import aspects
    assert aspects._modal_actions("基层治理能力还需提升，服务意识还需进一步增强，") == []
    assert aspects._modal_actions("政府需加大对基层的投入。") == ["需"]  # (its object: a measure)
    text = ("存在的问题\n\n基层治理能力还需提升，服务意识还需进一步增强，少数干部还存在作风漂浮等问题。\n")
    challenges = _points(text, "challenges")
    assert any("作风漂浮" in c[0] for c in challenges)
    assert not _points(text, "recommendations")


def test_the_memos_of_a_documents_analysis_are_emptied_after_each_call():
    # per-sentence memos answer questions that repeat within one document; kept across documents they only hold
    # memory (the long-document benchmark sets: 164 MiB of peak RSS kept, 132 MiB emptied)
    from summarizer import aspects, pipeline
    text = "存在的问题\n\n基层人手不足，经费保障不到位。\n\n对策建议\n\n要充实基层力量，加大经费投入。\n"
    first = summarize(text)
    assert aspects.opener_aspect.cache_info().currsize == 0
    assert aspects._prose_deficits.cache_info().currsize == 0
    assert summarize(text) == first  # (the same output: the memoised functions are pure)
    aspects.opener_aspect("还存在以下问题。")
    assert aspects.opener_aspect.cache_info().currsize == 1
    pipeline.forget_document_memos()
    assert aspects.opener_aspect.cache_info().currsize == 0
