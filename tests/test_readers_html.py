"""The HTML reader keeps the line structure of the article and drops site furniture (issue 10; case B42 of
../shared/cases/input-cases.md); the same furniture in a text input is cleaned away before analysis."""

from __future__ import annotations

import pytest

from summarizer.clean import clean
from summarizer.formats.html import boilerplate_rules, prepare
from summarizer.pipeline import summarize_document
from summarizer.readers import read_bytes

ARTICLE = ["关于基层治理的调研报告", "一、存在的问题", "一是基层人员不足，难以承担日益繁重的治理任务。",
           "二是经费保障紧张，部分项目推进缓慢。", "二、对策建议", "一是充实基层工作队伍，优化人员结构。",
           "二是加大财政投入力度，保障项目资金。"]
NAV = '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>'
FOOT = '<div class="footer">版权所有 © 2024 某某市人民政府 京ICP备12345678号</div>'
BR_ARTICLE = "<br>".join(ARTICLE[:1] + [""] + ARTICLE[1:4] + [""] + ARTICLE[4:]) + "<br>"


def _page(body: str, title: str = ARTICLE[0] + "_要闻_某某市人民政府") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body>{NAV}{body}{FOOT}</body></html>").encode("utf-8")


@pytest.mark.parametrize("body", [f"<article>{BR_ARTICLE}</article>", f'<div id="zoom">{BR_ARTICLE}</div>'],
                         ids=["B42.html", "B42_div.html"])
def test_b42_br_only_article_keeps_its_lines_and_loses_the_navigation(body):
    document = read_bytes(_page(body), filename="B42.html")
    assert document.text.split("\n") == ARTICLE
    for word in ("首页", "新闻", "|"):
        assert word not in document.text
    essay = summarize_document(document).essays[0]
    assert essay.title == "关于基层治理的调研报告"
    assert [p.text for p in essay.challenges] == ["基层人员不足，难以承担日益繁重的治理任务", "经费保障紧张，部分项目推进缓慢"]
    assert [p.heading for p in essay.challenges] == ["存在的问题"] * 2
    assert [p.text for p in essay.recommendations] == ["充实基层工作队伍，优化人员结构", "加大财政投入力度，保障项目资金"]
    assert [p.heading for p in essay.recommendations] == ["对策建议"] * 2


def test_legacy_table_layout_keeps_one_line_per_paragraph():
    cells = "".join(f"<p>{line}</p>" for line in ARTICLE)
    body = f"<table width='760'><tr><td class='left'>{cells}</td></tr><tr><td>&nbsp;</td></tr></table>"
    assert read_bytes(_page(body)).text.split("\n") == ARTICLE


def test_a_data_table_stays_one_row_per_line_with_tab_separated_cells():
    table = ("<table><tr><th>指标</th><th>数值</th></tr><tr><td>基层工作人员</td><td>1200人</td></tr>"
             "<tr><td>财政投入</td><td>3.5亿元</td></tr></table>")
    body = "<article>" + "".join(f"<p>{line}</p>" for line in ARTICLE) + table + "</article>"
    lines = read_bytes(_page(body)).text.split("\n")
    assert lines[-3:] == ["指标\t数值", "基层工作人员\t1200人", "财政投入\t3.5亿元"]
    assert not any(set(line) <= set("|-: ") for line in lines)


def test_div_only_page():
    body = "<div class='c'>" + "".join(f"<div>{line}</div>" for line in ARTICLE) + "</div>"
    assert read_bytes(_page(body)).text.split("\n") == ARTICLE


def test_bylines_editor_lines_share_bars_related_lists_and_licences_are_dropped():
    body = ("<div class='article'><h1>" + ARTICLE[0] + "</h1>"
            "<div class='info'>2024-03-15 08:30 来源：某某日报 作者：张三</div>"
            "<div class='share'>分享到：<a href='#'>微信</a> <a href='#'>微博</a> <a href='#'>QQ空间</a></div>"
            + "".join(f"<p>{line}</p>" for line in ARTICLE[1:]) + "<p>（责任编辑：李四）</p></div>"
            "<div class='related'><h3>相关阅读</h3><ul><li><a href='/1'>某地召开基层治理工作推进会</a></li>"
            "<li><a href='/2'>专家解读最新政策文件要点</a></li></ul></div>"
            "<div>京公网安备 11010202000001号 网站标识码：1100000001</div>")
    assert read_bytes(_page(body)).text.split("\n") == ARTICLE


def test_a_site_logo_h1_is_not_taken_for_the_title():
    body = "<h1>某某市人民政府</h1><article>" + "".join(f"<p>{line}</p>" for line in ARTICLE[1:]) + "</article>"
    text = read_bytes(_page(body, title="通知公告_某某市人民政府")).text
    assert "某某市人民政府" not in text


def test_link_blocks_are_removed_but_links_inside_prose_stay():
    html = ("<html><body><ul><li><a href='/a'>首页</a></li><li><a href='/b'>新闻中心</a></li></ul>"
            "<p>详见<a href='/doc'>《关于加强基层治理的意见》</a>和<a href='/x'>配套文件</a>的有关规定，各地要认真贯彻落实。</p>"
            "</body></html>")
    prepared = prepare(html)
    assert "新闻中心" not in prepared and "关于加强基层治理的意见" in prepared


def test_a_page_that_holds_the_mark_character_is_read_without_marks():
    body = f"<article>{BR_ARTICLE}<p>古籍标点\u2e4e示例。</p></article>"
    text = read_bytes(_page(body)).text
    assert "\u2e4e" in text and ARTICLE[2] in text


# ------------------------------------------------------------------------------------------ text inputs

FURNITURE = ["2024-03-15 08:30 来源：某某日报 作者：张三", "作者：张三 来源：某某网", "（责任编辑：李四）", "[责编：赵六]",
             "京公网安备 11010202000001号", "网站标识码：1100000001", "分享：微信 微博 QQ空间", "分享到 朋友圈"]


@pytest.mark.parametrize("line", FURNITURE)
def test_site_furniture_in_a_text_input_is_cleaned_away(line):
    text = "\n".join([ARTICLE[0], line, *ARTICLE[1:]]) + "\n"
    cleaned = clean(text)
    assert line not in cleaned.text
    assert cleaned.text.split("\n")[:2] == ARTICLE[:2]


@pytest.mark.parametrize("line", ["一是基层人员不足，来源：调查。作者：某某认为", "2024年3月15日，市委召开会议。",
                                  "来源于基层的经验值得推广。", "（编辑说明：本文有删节。）", "分享经验，共同进步。"])
def test_prose_that_only_looks_like_furniture_is_kept(line):
    assert not [name for name, pattern in boilerplate_rules() if pattern.search(line)]
