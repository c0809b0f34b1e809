"""An export's header block of Latin ``label: value`` lines over a Chinese report (try53's open fault, lead54): the
fields stay lines of their own (before, their equal widths read as a hard-wrapped paragraph that ran on, across
blank lines, into the title and the first paragraph), and the headline below them is the essay's title."""

from __future__ import annotations

import summarizer
from summarizer import clean
from summarizer.pipeline import LATIN_HEADER_LINES

REPORT = """关于社区养老服务的调研报告

近年来，我区社区养老服务取得一定进展，但仍存在一些问题。

一、存在的问题
（一）服务设施不足。部分老旧小区缺少日间照料中心。
（二）专业人员短缺。护理员流动性大，持证比例低。

二、对策建议
（一）加大设施投入。利用闲置用房改建照料中心。
（二）加强队伍建设。提高护理员待遇，开展职业培训。
"""

HEADER = "Report-ID: GOV-2024-017\nAuthor: Research Office\nDate: 2024-05-01\n\n"


def test_latin_field_lines_are_not_joined_into_the_title():
    text = clean.clean(HEADER + REPORT).text
    assert text.startswith("Report-ID: GOV-2024-017\nAuthor: Research Office\nDate: 2024-05-01\n关于社区养老服务的调研报告\n")
    assert "\n近年来，我区社区养老服务取得一定进展，但仍存在一些问题。\n" in text
    # a field label of several words (``Prepared by``) is a field too
    text = clean.clean("Prepared by: Policy Research Unit\nReport-ID: GOV-2024-017\n\n" + REPORT).text
    assert text.startswith("Prepared by: Policy Research Unit\nReport-ID: GOV-2024-017\n关于社区养老服务的调研报告\n")


def test_the_headline_under_a_latin_header_block_is_the_title():
    doc = summarizer.summarize(HEADER + REPORT)
    (essay,) = doc.essays
    assert essay.title == "关于社区养老服务的调研报告"
    assert [p.text for p in essay.challenges] == ["服务设施不足", "专业人员短缺"]
    assert [p.text for p in essay.recommendations] == ["加大设施投入", "加强队伍建设"]
    # the same report without the header has the same title and points
    plain = summarizer.summarize(REPORT).essays[0]
    assert plain.title == essay.title and [p.text for p in plain.challenges] == [p.text for p in essay.challenges]


def test_no_title_when_a_sentence_follows_the_header_block():
    body = REPORT.split("\n", 2)[2]  # the report without its headline: a sentence comes right after the header
    (essay,) = summarizer.summarize(HEADER + body).essays
    assert essay.title is None


def test_a_header_block_longer_than_the_bound_is_not_read_past():
    many = "".join(f"F{k}: {k}\n" for k in range(LATIN_HEADER_LINES + 4)) + "\n"
    (essay,) = summarizer.summarize(many + REPORT).essays
    assert essay.title is None  # the headline stands past the bounded read: not taken (no unbounded scan)
    assert [p.text for p in essay.challenges] == ["服务设施不足", "专业人员短缺"]
