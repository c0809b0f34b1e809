"""The PDF reader: page furniture never reaches the text (page numbers in every common form, running heads
found by repetition, lone punctuation lines, fake bold, CJK line wraps), issue 10.

The PDFs are written here (``files_fixtures.make_pdf_positioned``): each character is 12 pt wide, so a test
knows where every line ends and which lines reach the right edge of the text block."""

from __future__ import annotations

import shutil
import subprocess

import pytest

import files_fixtures as F
from summarizer.formats.pdf import is_page_number, running_head_key
from summarizer.pipeline import summarize_document
from summarizer.readers import read_bytes

LEFT = 40
# 40 characters of 12 pt from x=40: the line ends at 520, the right edge of the text block
FULL_1 = "基层治理是国家治理的要基石，近年来各地积极探索，在人员配置和经费保障方面取得了明"
FULL_2 = "显成效，但仍存在一些问题，需要认真研究加以解决，在今后的工作中逐步完善相关制度安"
assert len(FULL_1) == len(FULL_2) == 40


def _page(body: list, header: str | None = "某某大学学报（社会科学版）2024年第3期", footer: str | None = None,
          top: int = 760) -> list[tuple]:
    items = [(header, LEFT, 810)] if header else []
    y = top
    for line in body:
        items.append((line, LEFT, y) if isinstance(line, str) else (line[0], line[1], y, *line[2:]))
        y -= 18
    if footer:
        items.append((footer, 280, 30))
    return items


def _text(pages: list[list[tuple]]) -> str:
    return read_bytes(F.make_pdf_positioned(pages), filename="x.pdf").text


def _system_has_cjk_font() -> bool:
    """Whether fontconfig knows a Chinese font (``fc-list :lang=zh``). The fixtures' font, STSong-Light, is not
    embedded: without a CJK font on the system PDFium substitutes one whose glyph boxes have no height, and then
    merges a character or a line drawn again lower on the page into the earlier one as if it were overprinted (a
    lone ``。`` line, a repeated line vanish). That is PDFium's, on such machines; README "Known limits"."""
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    return bool(listed.strip())


needs_cjk_font = pytest.mark.skipif(not _system_has_cjk_font(),
                                    reason="no CJK font on this system: PDFium merges repeated glyphs of a "
                                           "non-embedded CJK font (install fonts-noto-cjk; .ci/run does)")


ESSAY_PAGES = [
    ["关于基层治理的思考", "一、存在的问题", "一是基层人员不足，难以承担日益繁重的治理任务。"],
    ["二是经费保障紧张，部分项目推进缓慢。", "二、对策建议", "一是充实基层工作队伍，优化人员结构。"],
    ["二是加大财政投入力度，保障项目资金。", "三、结语", "基层治理任重道远。"],
]
BODY_LINES = [line for page in ESSAY_PAGES for line in page]


@pytest.mark.parametrize("form", ["·{n}·", "· {n} ·", "— {n} —", "- {n} -", "{n}", "第{n}页 共3页", "共3页 第{n}页",
                                  "第 {n} 页", "Page {n} of 3", "page {n}", "{n} / 3", "－{n}－"])
def test_page_numbers_in_every_form_are_dropped(form):
    pages = [_page(body, header=None, footer=form.format(n=i)) for i, body in enumerate(ESSAY_PAGES, 1)]
    assert _text(pages).split("\n") == BODY_LINES


def test_running_heads_found_by_repetition_are_dropped_and_the_essay_read():
    pages = [_page(body, header="基层治理研究 · 第%d期" % (i + 7), footer=f"·{i}·")
             for i, body in enumerate(ESSAY_PAGES, 1)]
    pages[0].insert(0, ("某某大学学报（社会科学版）2024年第3期", LEFT, 826))  # only on page 1: kept
    text = _text(pages)
    assert text.split("\n") == ["某某大学学报（社会科学版）2024年第3期", *BODY_LINES]
    essay = summarize_document(read_bytes(F.make_pdf_positioned(pages))).essays[0]
    assert [p.text for p in essay.challenges] == ["基层人员不足，难以承担日益繁重的治理任务", "经费保障紧张，部分项目推进缓慢"]


def test_a_running_head_with_its_page_number_on_the_same_line_is_dropped_on_every_page():
    # try52: a journal prints the page number on the head's own line on some pages (at its end, or first on an even
    # page) and apart from it on others; each page's head is the same head and none is the essay's text
    heads = ["城乡治理评论 2025年第4期", "城乡治理评论 2025年第4期    %d", "%d    城乡治理评论 2025年第4期"]
    pages = [_page(body, header=heads[i] % (i + 1) if "%" in heads[i] else heads[i])
             for i, body in enumerate(ESSAY_PAGES)]
    assert _text(pages).split("\n") == BODY_LINES
    assert running_head_key("城乡治理评论 2025年第4期  12") == running_head_key("城乡治理评论 2025年第4期")
    assert running_head_key("— 12 — 城乡治理评论") == running_head_key("城乡治理评论")
    assert running_head_key("2025年第4期") != running_head_key("第4期")  # (inner digits stay: only the ends' number)


def test_running_heads_need_two_pages_of_three_or_three_pages_of_a_longer_document():
    pages = [_page(["总结", "正文一。"], header=None), _page(["正文二。", "总结"], header=None),
             _page(["正文三。", "正文四。", "正文五。", "正文六。", "正文七。"], header=None)]
    assert _text(pages).split("\n") == ["正文一。", "正文二。", "正文三。", "正文四。", "正文五。", "正文六。", "正文七。"]
    long_doc = [_page([f"第{i}部分正文。", "中间内容。", "更多内容。", "结尾内容。", "再多一行。", "最后一行。",
                       "又一行。"], header=None) for i in range(5)]
    long_doc[2] = _page(["总结", "中间内容甲。", "更多内容甲。", "结尾内容甲。", "再多一行甲。", "最后一行甲。", "又一行甲。"],
                        header=None)
    assert "总结" in _text(long_doc).split("\n")


@needs_cjk_font
def test_a_lone_punctuation_line_is_joined_to_the_line_before():
    pages = [_page(["关于基层治理的思考", "但仍存在一些问题", "。", "一是人员不足", "”。"], header=None)]
    assert _text(pages).split("\n") == ["关于基层治理的思考", "但仍存在一些问题。", "一是人员不足”。"]


def test_text_drawn_twice_to_fake_bold_comes_once():
    pages = [_page([("一、存在的问题", LEFT, "bold"), "一是基层人员不足。", ("二、对策建议", LEFT, "bold")], header=None)]
    assert _text(pages).split("\n") == ["一、存在的问题", "一是基层人员不足。", "二、对策建议"]


@needs_cjk_font
def test_cjk_line_wraps_are_rejoined_and_paragraph_starts_kept():
    pages = [_page([("关于基层治理的思考", 200), (FULL_1[2:], LEFT + 24), FULL_2, "排。", (FULL_1[2:], LEFT + 24),
                    "结束。"], header=None)]
    assert _text(pages).split("\n") == ["关于基层治理的思考", FULL_1[2:] + FULL_2 + "排。", FULL_1[2:] + "结束。"]


def test_a_full_line_ending_a_sentence_keeps_its_line_break():
    done = FULL_1[:39] + "。"
    pages = [_page([done, "二、对策建议", "一是充实队伍。"], header=None)]
    assert _text(pages).split("\n") == [done, "二、对策建议", "一是充实队伍。"]


def test_a_wrap_across_a_page_break_is_rejoined():
    pages = [_page(["标题", (FULL_1[2:], LEFT + 24), FULL_2], header=None, footer="1"),
             _page(["排到位。", "二是经费保障紧张。"], header=None, footer="2")]
    assert _text(pages).split("\n") == ["标题", FULL_1[2:] + FULL_2 + "排到位。", "二是经费保障紧张。"]


@pytest.mark.parametrize("line", ["·54·", "· 1 ·", "— 3 —", "- 3 -", "第1页 共5页", "Page 3 of 5", "12", "iv", "3/5"])
def test_page_number_forms(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["1. 完善制度体系", "2024年", "第三章", "一、存在的问题", "3.5%", "Page"])
def test_not_page_numbers(line):
    assert not is_page_number(line)


def test_offsets_point_into_the_text_the_reader_returned():
    pages = [_page(body, footer=f"- {i} -") for i, body in enumerate(ESSAY_PAGES, 1)]
    document = read_bytes(F.make_pdf_positioned(pages))
    result = summarize_document(document)
    for essay in result.essays:
        for point in essay.challenges + essay.recommendations:
            assert document.text[point.start:point.end] == point.text


class _FakeTextPage:
    """What PDFium's text page gives for a Latin line that wrapped at a hyphen: the two lines joined, the hyphen
    as U+FFFE (seen in the Debian manuals and an OCR'd book of the saved inputs)."""

    TEXT = "see the debian\ufffefaq pages and the dan\ufffegerous part"

    def count_chars(self):
        return len(self.TEXT)

    def get_text_range(self, index=0, count=-1):
        return self.TEXT

    def get_charbox(self, index):
        return (40.0 + 6 * index, 700.0, 46.0 + 6 * index, 712.0)


def test_a_line_pdfium_joined_at_a_hyphen_is_shown_as_the_page_shows_it():
    from summarizer.formats.pdf import _page_lines, clean_pages

    lines = _page_lines(_FakeTextPage())
    assert [line.text for line in lines] == ["see the debian-", "faq pages and the dan-", "gerous part"]
    assert clean_pages([lines]) == "see the debian-\nfaq pages and the dan-\ngerous part"
