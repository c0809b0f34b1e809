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
