"""fix61b (check61's report): deeply nested HTML read in linear time; essay splits at a ``…的建议`` title, at a closing
``作者单位：`` line; a markdown headline ending in ``！`` is the title. Texts written for these tests."""
from costs import assert_linear

from summarizer.formats.html import MAX_DEPTH

PAGE_BODY = "<p>一、面临的困难</p><p>乡村医生老龄化，待遇偏低。</p><p>二、几点建议</p><p>提高补助标准，定向培养医学生。</p>"
PAGE_TEXT = "一、面临的困难\n乡村医生老龄化，待遇偏低。\n二、几点建议\n提高补助标准，定向培养医学生。"


def _read_html(page: str) -> str:
    from summarizer.readers import read_bytes

    return read_bytes(page.encode(), filename="page.html").text


def test_divs_nested_past_the_depth_keep_the_text_in_linear_time():
    # between the kept depth and libxml2's limit, and far past the limit: the text is read whole
    for depth in (MAX_DEPTH + 50, 1500, 6000):
        assert _read_html("<div>" * depth + PAGE_BODY + "</div>" * depth) == PAGE_TEXT
    assert_linear(lambda n: _read_html("<div>" * n + PAGE_BODY + "</div>" * n), 2000, "divs nested n deep")
    # thousands of small elements side by side below the kept depth (each held its parent's children searched)
    assert_linear(lambda n: _read_html("<div>" * (MAX_DEPTH + 5) + "<span><b>乡村</b></span>" * n + PAGE_BODY
                                       + "</div>" * (MAX_DEPTH + 5)), 2000, "siblings below the depth")
