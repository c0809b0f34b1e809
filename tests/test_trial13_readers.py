"""trial13: what a page hides by its own markup is not read, and decorated page-number lines of a text go."""

from __future__ import annotations

from summarizer import summarize
from summarizer.readers import read_bytes

_ARTICLE = (
    "<p>当前，新就业形态劳动者权益保障存在以下问题：劳动关系认定困难，社会保险参保率低。</p>"
    "<p>针对上述问题，建议完善劳动关系认定标准，推进职业伤害保障试点扩面，规范平台算法。</p>"
    "<p>各地要把骑手纳入工会组织，畅通诉求表达渠道，及时化解劳动争议。</p>"
)


def _page(extra: str, body_attrs: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>骑手权益保障</title></head><body{body_attrs}>"
            f"<article><h1>骑手权益保障</h1>{_ARTICLE}{extra}</article></body></html>")


def _read(html: str) -> str:
    return read_bytes(html.encode("utf-8"), source="page.html").text


def test_an_element_marked_hidden_is_not_read():
    text = _read(_page("<div hidden>隐藏的广告：应当立即下载客户端领取红包。</div>"))
    assert "红包" not in text
    assert "规范平台算法" in text


def test_a_vue_component_s_template_holding_the_article_is_read():
    # a Vue single-file component saved as .html: the page's article is the <template>'s content
    sfc = f"<template><div class='detail'><h1>骑手权益保障</h1>{_ARTICLE}</div></template><script>export default {{}}</script>"
    text = _read(sfc)
    assert "规范平台算法" in text and "畅通诉求表达渠道" in text


def test_hidden_until_found_text_and_a_body_hidden_until_its_scripts_run_are_read():
    text = _read(_page("<div hidden='until-found'><p>折叠的正文：要建立骑手休息驿站，提供饮水充电服务。</p></div>"))
    assert "骑手休息驿站" in text
    text = _read(_page("", body_attrs=" hidden"))
    assert "规范平台算法" in text


def test_the_hidden_advert_gives_no_recommendation():
    html = _page("<div hidden><p>隐藏的广告文字：应当立即下载客户端领取红包。</p></div>")
    result = summarize(html.encode("utf-8"), source="page.html")
    points = [p.text for essay in result.essays for p in essay.recommendations + essay.challenges]
    assert points and not any("红包" in p for p in points)


# A report copied out of a PDF by another tool (pdftotext, a copy from a viewer): its page-number lines, in the
# decorated forms of the PDF reader, stand between the lines of the text.
_COPIED_REPORT = (
    "{p1}\n城市内涝治理的对策研究\n一、问题\n1．排水管网标准偏低。老城区管网多按一年一遇标准建设。\n"
    "{p2}\n2．应急预警机制不完善。预警信息发布不及时。\n二、建议\n1．加快排水管网改造。优先改造易涝点周边管网。\n{p3}\n"
)


def test_decorated_page_number_lines_of_a_text_are_removed_and_the_title_is_found():
    for p1, p2, p3 in (("- 1 -", "- 2 -", "- 3 -"), ("— 1 —", "·2·", "第3页 共3页"), ("Page 1 of 3", "2 / 3", "－3－")):
        text = _COPIED_REPORT.format(p1=p1, p2=p2, p3=p3)
        result = summarize(text)
        assert result.removed.get("page_number", 0) > 0, p1
        [essay] = result.essays
        assert essay.title == "城市内涝治理的对策研究", p1
        assert [p.text for p in essay.challenges] == ["排水管网标准偏低", "应急预警机制不完善"], p1
        assert [p.text for p in essay.recommendations] == ["加快排水管网改造"], p1
        for point in essay.challenges + essay.recommendations:
            assert text[point.start:point.end] == point.text


def test_a_line_of_roman_letters_is_no_page_number_in_a_text():
    text = "一、问题\nmix\n基层人员不足，经费紧张。\n二、建议\n要充实基层力量。\n"
    assert "page_number" not in summarize(text).removed


def test_page_number_lines_are_found_in_linear_time_on_long_lines():
    # a 100k-character line of dashes and digits, and 10,000 page-number lines: both finish (no backtracking)
    summarize("- " * 50_000 + "1\n一、问题\n基层人员不足。\n")
    result = summarize("".join(f"- {k} -\n基层人员不足。\n" for k in range(10_000)))
    assert result.removed["page_number"] >= 10_000 * 3
