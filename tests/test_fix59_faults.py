"""A fresh user's faults left from session fifty (check58), fixed by fix59: each on a text of its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from costs import assert_linear

from summarizer.clean import clean
from summarizer.essays import is_separator_line, separated_line_starts, split_essays
from summarizer.pipeline import summarize_document

README = Path(__file__).resolve().parents[1] / "README.md"

FIRST = ("推进城市停车设施建设\n"
         "近年来城市机动车保有量快速增长，停车难问题日益突出。一些老城区停车泊位缺口较大，车辆乱停乱放现象普遍；"
         "部分公共停车场收费标准不合理，利用率偏低。\n"
         "对此，要科学编制停车设施专项规划，挖掘边角地块增加泊位；要推行差异化收费，提高停车场周转效率。\n")
SECOND = ("提升社区食堂运营水平\n"
          "社区食堂是惠民生的重要平台，但不少社区食堂面临运营困境。一些食堂菜品单一、价格偏高，老人就餐意愿不强；"
          "部分食堂依赖财政补贴，缺乏可持续的运营模式。\n"
          "为此，应引入专业餐饮企业参与运营，丰富菜品供给；应完善补贴机制，按就餐人次给予补助。\n")


def _essays(text: str) -> list[tuple[str | None, str]]:
    result = summarize_document(text)
    return [(e.title, text[e.start:e.end]) for e in result.essays]


@pytest.mark.parametrize("rule", ["——————", "————————", "---", "＝＝＝", "******", "~~~~"])
def test_separator_line_between_titled_pieces_splits_essays(rule):
    # (no blank line anywhere: the rule line is the only sign of the boundary, and cleaning drops it as debris)
    essays = _essays(FIRST + rule + "\n" + SECOND)
    assert [title for title, _ in essays] == ["推进城市停车设施建设", "提升社区食堂运营水平"]
    assert essays[0][1].startswith("近年来城市机动车保有量快速增长")
    assert essays[0][1].endswith("提高停车场周转效率。")
    assert essays[1][1].startswith("社区食堂是惠民生的重要平台")


def test_separator_line_inside_one_essay_splits_nothing():
    # a rule between two paragraphs of one essay, no title after it: one essay
    text = FIRST + "——————\n" + SECOND.split("\n", 1)[1]
    essays = _essays(text)
    assert len(essays) == 1
    assert essays[0][0] == "推进城市停车设施建设"


def test_separated_line_starts_reads_the_line_after_the_rule():
    text = FIRST + "\n———\n\n" + SECOND
    ct = clean(text)
    starts = separated_line_starts(text, ct.text, ct.offsets, ct.ends)
    assert [ct.text[s:ct.text.index("\n", s)] for s in sorted(starts)] == ["提升社区食堂运营水平"]
    spans = split_essays(ct.text, separated=starts)
    assert [s.title for s in spans] == [None, "提升社区食堂运营水平"]


def test_is_separator_line():
    assert is_separator_line("——————")
    assert is_separator_line("  ＝＝＝ ")
    assert is_separator_line("* * *")
    assert not is_separator_line("--")  # (a dash of punctuation)
    assert not is_separator_line("-=-=-=")  # (mixed: no rule of one kind)
    assert not is_separator_line("——以上")
    assert not is_separator_line("")


def test_separated_line_starts_is_linear():
    def run(n: int) -> None:
        text = ("标题\n" + "好。" * 20 + "\n———\n") * n
        ct = clean(text)
        separated_line_starts(text, ct.text, ct.offsets, ct.ends)

    assert_linear(run, 200, "separated_line_starts on many rules")
    assert is_separator_line("—" * 100_000)


def test_summarize_help_and_readme_list_the_same_exit_statuses():
    from summarizer.commands import EXIT_STATUSES, exit_status_help, summarize_command

    codes = [code for code, _ in EXIT_STATUSES]
    assert codes == [0, 1, 2, 3, 4, 130, 143]
    help_text = exit_status_help()
    assert "143 when stopped by SIGTERM" in help_text
    assert help_text in (summarize_command.__doc__ or "")
    readme = README.read_text(encoding="utf-8")
    table = readme[readme.index("- **Exit status**"):]
    table = table[:table.index("- **Tokenizer**")]
    assert [int(c) for c in re.findall(r"^\s*\| (\d+) \|", table, re.M)] == codes


_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
         "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/xw\">新闻</a></div>"
         "<h1>让公共充电桩建得好更用得好</h1>"
         "<p>新能源汽车保有量快速增长，公共充电设施供给却跟不上。一些老旧小区没有安装条件，居民充电只能靠飞线；"
         "部分充电桩长期故障无人维修，燃油车占位现象也比较普遍。</p>"
         "<p>对此，要将充电设施纳入城市更新规划，推动小区统建统营；要建立运维考核机制，督促运营企业及时修复故障桩。</p>"
         "</body></html>")


@pytest.mark.parametrize("site_title", ["某某县融媒体中心", " | 某某日报网", "某某市人民政府网"])
def test_page_title_naming_only_the_site_leaves_the_title_to_h1(site_title):
    html = _PAGE.format(title=site_title).encode("utf-8")
    result = summarize_document(html, source="page.html")
    assert [e.title for e in result.essays] == ["让公共充电桩建得好更用得好"]
    assert [r.text for r in result.essays[0].recommendations][0] == "要将充电设施纳入城市更新规划，推动小区统建统营"


def test_names_site_only_reads_the_title_parts():
    from summarizer.formats.html import _names_site_only

    assert _names_site_only(["某某县融媒体中心"])
    assert _names_site_only(["", "某某日报网"])
    assert not _names_site_only(["让公共充电桩建得好更用得好"])  # (an article's own title, no site's ending)
    assert not _names_site_only(["标题", "某某网"])  # (a title before the site: the existing rules read it)
    assert not _names_site_only([""])


def test_numbered_run_in_problem_heads_keep_their_comma_bodies_whole():
    # a numbered list of run-in problem heads (head, colon, explanation): the middle item's comma body is no run of
    # items its head announces; each item is one point, head and body
    text = ("社区托育服务发展的瓶颈与出路\n"
            "一、存在的问题\n"
            "一、托育机构数量不足：多数街道没有普惠性托育点，双职工家庭只能依靠老人照看。\n"
            "二、保育人员招聘困难：工资水平明显偏低，加上缺少职业上升通道，从业人员流失率居高不下。\n"
            "三、收费标准偏高：民办机构月均收费超过家庭可支配收入的三成，群众负担较重。\n"
            "二、对策建议\n"
            "一、加大普惠托育供给，利用社区闲置用房建设托育点。\n"
            "二、提高保育人员待遇，建立职业资格与薪酬挂钩机制。\n")
    result = summarize_document(text)
    challenges = [c.text for c in result.essays[0].challenges]
    assert "保育人员招聘困难：工资水平明显偏低，加上缺少职业上升通道，从业人员流失率居高不下" in challenges
    assert "加上缺少职业上升通道" not in challenges


def test_labelled_line_item_reads_a_marker_only_when_marked():
    from summarizer.points import labelled_line_item

    text = "一、人手短缺：护理员不足，排班紧张，服务难保障。\n二、经费不足：补贴有限，场地租金高，运营难持续。\n"
    second = text.index("二、")
    assert labelled_line_item(text, second, marked=True)
    assert not labelled_line_item(text, second)
    bare = "人手短缺：护理员不足，排班紧张。\n经费不足：补贴有限，运营难持续。\n"
    assert labelled_line_item(bare, bare.index("经费"))


@pytest.mark.parametrize("masthead", ["某某市委政策研究室　内部资料", "城市治理研究 2026年第3期"])
def test_masthead_over_a_report_title_is_no_title(masthead):
    # a one-page report's running head (the office or journal, a circulation mark or an issue number) printed once
    # over the report's own title line: the title is the report's
    text = (masthead + "\n关于我市背街小巷环境整治情况的调研报告\n一、存在的问题\n（一）环卫设施陈旧。部分垃圾桶破损，清运不及时。\n"
            "（二）违章搭建较多。一些商户占道经营，侵占公共空间。\n二、对策建议\n（一）更新环卫设施，加密清运频次。\n"
            "（二）开展违建专项整治，规范占道经营。\n")
    result = summarize_document(text)
    assert [e.title for e in result.essays] == ["关于我市背街小巷环境整治情况的调研报告"]


def test_essay_title_span_reads_a_masthead_only_over_a_title_line():
    from summarizer.essays import essay_title_span

    text = "某某县委办公室 内部资料\n关于加强基层减负工作的几点思考\n正文。"
    a, b = essay_title_span(text)
    assert text[a:b] == "关于加强基层减负工作的几点思考"
    # (a masthead over a section heading: no title line there)
    assert essay_title_span("某某县委办公室 内部资料\n一、存在的问题\n正文。") is None
    # (no circulation mark nor issue number: the first line is no masthead)
    assert essay_title_span("某某县委办公室\n关于加强基层减负工作的几点思考\n正文。") is None
