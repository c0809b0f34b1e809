"""The .docx reader: the final view of every wrapper in document order, Word's list numbers with their
overrides, tables with merged cells (issue 10; cases B32, B43 of ../shared/cases/input-cases.md).

Each document is written by hand (``files_fixtures.docx_package``), holding exactly the markup Word writes for
the feature under test."""

from __future__ import annotations

import pytest

import files_fixtures as F
from summarizer.formats.docx import chinese_number, format_number
from summarizer.pipeline import summarize_document
from summarizer.readers import read_bytes

p = F.w_p


def _lines(data: bytes) -> list[str]:
    return read_bytes(data, filename="x.docx").text.split("\n")


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _del(text: str) -> str:
    return f'<w:del w:id="9" w:author="a"><w:r><w:delText>{text}</w:delText></w:r></w:del>'


# ------------------------------------------------------------------------------------------ B43: revisions

B43_BODY = (
    p("关于基层治理的思考")
    + p("一、存在的问题")
    + p("一是基层人员", f'<w:ins w:id="1" w:author="a">{_run("严重")}</w:ins>', "不足。", _del("二是纪律松散。"))
    + p(f'<w:ins w:id="2" w:author="a">{_run("二是经费保障紧张。")}</w:ins>',
        ppr='<w:rPr><w:ins w:id="3" w:author="a"/></w:rPr>')
    + p("二、对策建议")
    + p("一是充实基层工作队伍；二是加大财政投入力度。")
)


def test_b43_tracked_insertions_are_kept_and_deletions_dropped():
    document = read_bytes(F.docx_package(B43_BODY), filename="B43.docx")
    lines = document.text.split("\n")
    assert "一是基层人员严重不足。" in lines
    assert "二是经费保障紧张。" in lines
    assert "纪律松散" not in document.text
    essay = summarize_document(document).essays[0]
    assert [pt.text for pt in essay.challenges] == ["基层人员严重不足", "经费保障紧张"]
    assert [pt.heading for pt in essay.challenges] == ["存在的问题"] * 2
    for point in essay.challenges + essay.recommendations:
        assert document.text[point.start:point.end] == point.text


def test_a_paragraph_whose_mark_was_deleted_runs_on_into_the_next():
    body = (p("加强基层", ppr='<w:rPr><w:del w:id="4" w:author="a"/></w:rPr>') + p("治理能力建设。")
            + p(_del("整段删除。"), ppr='<w:rPr><w:del w:id="5" w:author="a"/></w:rPr>') + p("下一段。"))
    assert _lines(F.docx_package(body)) == ["加强基层治理能力建设。", "下一段。"]


def test_moves_keep_the_destination_only():
    body = p('<w:moveFrom w:id="6" w:author="a">' + _run("旧位置") + "</w:moveFrom>",
             '<w:moveTo w:id="7" w:author="a">' + _run("新位置") + "</w:moveTo>", "文字。")
    assert _lines(F.docx_package(body)) == ["新位置文字。"]


# ------------------------------------------------------------------------------------------ other wrappers


def test_hyperlinks_smart_tags_content_controls_and_fields_give_their_text_in_order():
    body = (
        p("见", '<w:hyperlink r:id="rId9">' + _run("国务院网站") + "</w:hyperlink>", "通知。")
        + p('<w:smartTag w:uri="urn:x" w:element="place">' + _run("北京市") + "</w:smartTag>", "海淀区。")
        + '<w:sdt><w:sdtPr><w:alias w:val="正文"/></w:sdtPr><w:sdtContent>' + p("块级内容控件。")
        + "</w:sdtContent></w:sdt>"
        + p("内联", '<w:sdt><w:sdtPr/><w:sdtContent>' + _run("控件") + "</w:sdtContent></w:sdt>", "文字。")
        + p("共", '<w:fldSimple w:instr=" NUMPAGES ">' + _run("5") + "</w:fldSimple>", "页。")
        + p("截至", '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月" </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _run("2024年3月"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "底。")
    )
    assert _lines(F.docx_package(body)) == [
        "见国务院网站通知。", "北京市海淀区。", "块级内容控件。", "内联控件文字。", "共5页。", "截至2024年3月底。"]


def test_a_table_of_contents_field_is_dropped():
    body = (p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
              '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', "一、存在的问题\t3")
            + p("二、对策建议\t5", '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            + p("一、存在的问题"))
    assert [line for line in _lines(F.docx_package(body)) if line] == ["一、存在的问题"]


def test_text_boxes_follow_their_paragraph_once_and_footnotes_come_after_the_body():
    box = p("文本框中的说明。")
    drawing = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
        + box + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        "<v:textbox><w:txbxContent>" + box + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>")
    body = (p("正文第一段", drawing, "。") + p("正文第二段", '<w:r><w:footnoteReference w:id="1"/></w:r>', "。")
            + p("正文第三段。"))
    footnotes = ('<w:footnote w:type="separator" w:id="-1">' + p("<w:r><w:separator/></w:r>") + "</w:footnote>"
                 '<w:footnote w:id="1">' + p("参见某某文件。") + "</w:footnote>"
                 '<w:footnote w:id="2">' + p("未引用的脚注。") + "</w:footnote>")
    assert _lines(F.docx_package(body, footnotes=footnotes)) == [
        "正文第一段。", "文本框中的说明。", "正文第二段。", "正文第三段。", "参见某某文件。"]


def test_tabs_and_line_breaks_inside_a_paragraph():
    body = p("标题", "<w:r><w:br/></w:r>", "第二行", "<w:r><w:tab/></w:r>", "右侧")
    assert _lines(F.docx_package(body)) == ["标题", "第二行\t右侧"]


# ------------------------------------------------------------------------------------------ tables


def _tc(text: str, merge: str | None = None) -> str:
    tcpr = f'<w:tcPr><w:vMerge w:val="{merge}"/></w:tcPr>' if merge == "restart" else (
        "<w:tcPr><w:vMerge/></w:tcPr>" if merge == "continue" else "")
    return f"<w:tc>{tcpr}{p(text) if text else p()}</w:tc>"


def test_a_vertically_merged_cell_is_written_once():
    rows = [("基层人员", "restart", "编制不足"), ("", "continue", "年龄偏大"), ("", "continue", "培训缺乏")]
    table = "<w:tbl>" + "".join(
        f"<w:tr>{_tc(a, m)}{_tc(b)}</w:tr>" for a, m, b in rows) + "</w:tbl>"
    lines = _lines(F.docx_package(table))
    assert lines == ["基层人员\t编制不足", "\t年龄偏大", "\t培训缺乏"]
    assert read_bytes(F.docx_package(table)).text.count("基层人员") == 1


def test_a_layout_table_holding_the_article_keeps_its_lines():
    cell = "<w:tc>" + p("关于基层治理的思考") + p("一、存在的问题") + p("一是人员不足。") + "</w:tc>"
    table = f"<w:tbl><w:tr>{cell}<w:tc>{p()}</w:tc></w:tr></w:tbl>"
    assert _lines(F.docx_package(table)) == ["关于基层治理的思考", "一、存在的问题", "一是人员不足。"]


# ------------------------------------------------------------------------------------------ B32: numbering


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


B32_NUMBERING = (
    '<w:abstractNum w:abstractNumId="1">' + _lvl(0, "chineseCounting", "%1、")
    + _lvl(1, "chineseCounting", "（%2）") + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="2">' + _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2")
    + "</w:abstractNum>"
    + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    + '<w:num w:numId="2"><w:abstractNumId w:val="1"/>'
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
    + '<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="1">'
    + _lvl(1, "chineseCounting", "（%2）") + "</w:lvlOverride></w:num>"
)
B32_BODY = (
    p("总体情况", num=(1, 0)) + p("存在的问题", num=(1, 0)) + p("基层人员不足。", num=(1, 1))
    + p("经费保障紧张。", num=(1, 1))
    + p("对策建议", num=(2, 0)) + p("充实基层工作队伍。", num=(2, 1)) + p("加大财政投入力度。", num=(2, 1))
    + p("人员方面", num=(3, 0)) + p("人员老化。", num=(3, 1)) + p("培训不足。", num=(3, 1))
    + p("经费方面", num=(3, 0)) + p("拨付滞后。", num=(3, 1))
)


def test_b32_list_numbers_honour_start_and_level_overrides():
    assert _lines(F.docx_package(B32_BODY, numbering=B32_NUMBERING)) == [
        "一、总体情况", "二、存在的问题", "（一）基层人员不足。", "（二）经费保障紧张。",
        "三、对策建议", "（一）充实基层工作队伍。", "（二）加大财政投入力度。",
        "1. 人员方面", "（一）人员老化。", "（二）培训不足。", "2. 经费方面", "（一）拨付滞后。"]


def test_numbering_through_a_style_lvl_restart_and_legal_numbers():
    numbering = ('<w:abstractNum w:abstractNumId="5">' + _lvl(0, "chineseCounting", "第%1章")
                 + _lvl(1, "decimal", "%1.%2", extra='<w:isLgl/>')
                 + _lvl(2, "decimal", "(%3)", extra='<w:lvlRestart w:val="1"/>') + "</w:abstractNum>"
                 '<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr>'
              "</w:pPr></w:style>"
              '<w:style w:type="paragraph" w:styleId="H1x"><w:basedOn w:val="H1"/></w:style>')
    body = (p("总则", ppr='<w:pStyle w:val="H1x"/>') + p("目的", num=(5, 1)) + p("甲", num=(5, 2))
            + p("范围", num=(5, 1)) + p("乙", num=(5, 2)) + p("分则", ppr='<w:pStyle w:val="H1"/>')
            + p("丙", num=(5, 2)))
    assert _lines(F.docx_package(body, numbering=numbering, styles=styles)) == [
        "第一章总则", "1.1 目的", "(1) 甲", "1.2 范围", "(2) 乙", "第二章分则", "(1) 丙"]


def test_a_numbered_paragraph_with_id_zero_or_a_bullet_gets_no_label():
    numbering = ('<w:abstractNum w:abstractNumId="1">' + _lvl(0, "bullet", "•") + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    body = p("要点", num=(1, 0)) + p("无编号", num=(0, 0))
    assert _lines(F.docx_package(body, numbering=numbering)) == ["要点", "无编号"]


@pytest.mark.parametrize(("n", "expected"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"),
                                             (105, "一百零五"), (110, "一百一十"), (1010, "一千零一十"),
                                             (20000, "二万"), (30405, "三万零四百零五")])
def test_chinese_counting(n, expected):
    assert chinese_number(n) == expected


@pytest.mark.parametrize(("n", "fmt", "expected"), [
    (3, "decimalEnclosedCircle", "③"), (2, "decimalEnclosedParen", "⑵"), (2, "decimalEnclosedFullstop", "⒉"),
    (1, "ideographParenthesized", "㈠"), (12, "chineseLegalSimplified", "壹拾贰"), (205, "ideographDigital", "二〇五"),
    (28, "lowerLetter", "bb"), (14, "upperRoman", "XIV"), (7, "decimalFullWidth", "７"), (7, "decimalZero", "07"),
    (10_000, "lowerLetter", "10000"), (10_000, "lowerRoman", "10000"), (4, "bullet", ""),
])
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_a_field_that_never_ends_hides_nothing_after_it():
    body = (p("截至", '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
              '<w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _run("2024年3月"), "底。")
            + p("一是基层人员不足。"))
    assert _lines(F.docx_package(body)) == ["截至2024年3月底。", "一是基层人员不足。"]


def test_a_deleted_paragraph_mark_takes_the_numbering_of_the_paragraph_it_joins():
    numbering = ('<w:abstractNum w:abstractNumId="1">' + _lvl(0, "chineseCounting", "%1、") + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    body = (p("存在的", num=(1, 0), ppr='<w:rPr><w:del w:id="8" w:author="a"/></w:rPr>') + p("问题", num=(1, 0))
            + p("对策建议", num=(1, 0)))
    assert _lines(F.docx_package(body, numbering=numbering)) == ["一、存在的问题", "二、对策建议"]
