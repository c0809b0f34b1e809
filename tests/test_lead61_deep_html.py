"""lead61: a page nested past the kept depth gives one line break per run of cut block tags, not one per tag.

Thousands of nested ``<div>`` start tags cut by ``formats.html._unnest`` each left a ``<br>``: empty lines that
trafilatura's readability pass walked once per kept ancestor (MAX_DEPTH of them), 24 s for a 50,000-deep page of one
paragraph. Texts written for this test."""
from costs import assert_linear

from summarizer.formats.html import MAX_DEPTH, _unnest

PARAGRAPH = "<p>基层治理存在人手不足的问题。</p>"


def _read_html(page: str) -> str:
    from summarizer.readers import read_bytes

    return read_bytes(page.encode(), filename="page.html").text


def test_a_run_of_cut_block_tags_leaves_one_line_break():
    depth = MAX_DEPTH + 3000
    flat = _unnest("<div>" * depth + PARAGRAPH + "</div>" * depth)
    assert flat.count("<br>") == 1
    assert flat.count("<div>") == MAX_DEPTH and PARAGRAPH in flat


def test_text_between_cut_block_tags_keeps_its_own_lines():
    deep = "<div>" * (MAX_DEPTH + 2)
    page = deep + "第一行<div>第二行<div><div>第三行" + "</div>" * (MAX_DEPTH + 5)
    flat = _unnest(page)
    assert flat.count("<br>") == 3  # one for the two cut tags before 第一行, one before 第二行, one for the two before 第三行
    assert _read_html(page).split("\n") == ["第一行", "第二行", "第三行"]


def test_a_page_nested_fifty_thousand_deep_is_read_in_linear_time():
    assert _read_html("<div>" * 50_000 + PARAGRAPH + "</div>" * 50_000) == "基层治理存在人手不足的问题。"
    assert_linear(lambda n: _read_html("<div>" * n + PARAGRAPH + "</div>" * n), 5000, "divs nested n deep")
