"""Text inputs (issue 10): Latin spaces kept and CJK spaces removed, invisible format characters never tokens or
point text, CSV/TSV read as tables and RTF/JSON refused by name; the reader/cleaning cases B03, B05, B28, B29 of
../shared/cases/input-cases.md."""

from __future__ import annotations

import pytest

import files_fixtures as F
from summarizer import summarize
from summarizer.clean import clean
from summarizer.errors import UnsupportedFormatError
from summarizer.pipeline import summarize_document
from summarizer.readers import detect_format, read_bytes
from summarizer.sentences import split_sentences
from summarizer.tokenize import get_tokenizer


@pytest.mark.parametrize(("text", "expected"), [
    ("据U.S. News统计，该指数为0.87。", "据U.S. News统计，该指数为0.87。"),
    ("如Fig. 3所示，增长明显。", "如Fig. 3所示，增长明显。"),
    ("Smith, J. 认为基层治理很重要。", "Smith, J.认为基层治理很重要。"),
    ("见 Smith (2020) 一文。", "见 Smith (2020)一文。"),
    ("推 进 基 层 治 理 ， 提 升 效 能 。", "推进基层治理，提升效能。"),
    ("参见 Digital  Government 报告。", "参见 Digital Government 报告。"),
    # an English gloss after Chinese and an ASCII comma keeps its space (lead51: fix51 saw `PPP模式,Public-Private`)
    ("推广合作（PPP模式, Public-Private Partnership）。", "推广合作（PPP模式, Public-Private Partnership）。"),
    ("即数字政府; see 附录。", "即数字政府; see 附录。"),
    ("模式, 我们认为。", "模式,我们认为。"),
    ("推 进 治 理 , 提 升 效 能 。", "推进治理,提升效能。"),
    ("編號: PR2160", "編號:PR2160"),  # a field's colon keeps no space (a label: value line)
])
def test_latin_spaces_are_kept_and_cjk_spaces_removed(text, expected):
    assert clean(text).text == expected


INVISIBLE_TEXT = ("加强\u200b基层\u200c治理\u200d能力\u2060建设\ufeff，提升服务\u00ad效能。推进数字政府建设。"
                  "完善制度体系。")


def test_invisible_format_characters_are_never_tokens_or_point_text():
    cleaned = clean(INVISIBLE_TEXT).text
    assert cleaned == "加强基层治理能力建设，提升服务效能。推进数字政府建设。完善制度体系。"
    tokens = get_tokenizer("jieba").tokens(cleaned)
    assert "".join(tokens) == cleaned and "基层" in tokens
    points = summarize(INVISIBLE_TEXT).essays[0].summary_sentences
    assert [p.text for p in points] == ["加强基层治理能力建设，提升服务效能。", "推进数字政府建设。", "完善制度体系。"]
    first = points[0]
    assert (first.start, first.end) == (0, INVISIBLE_TEXT.index("。") + 1)  # the span still covers them


# ------------------------------------------------------------------------------------------ tables, refused


def test_a_csv_file_gives_every_cell_or_the_column_asked_for():
    data = "标题,正文\n关于基层治理的思考,\"一是人员不足。\n二是经费紧张。\"\n第二篇,正文二。\n".encode()
    assert read_bytes(data, filename="a.csv").text.split("\n") == [
        "标题", "正文", "关于基层治理的思考", "一是人员不足。", "二是经费紧张。", "第二篇", "正文二。"]
    assert read_bytes(data, filename="a.csv", csv_column="正文").text == "一是人员不足。\n二是经费紧张。\n正文二。"
    assert read_bytes(data, filename="a.csv", csv_column=0).text.split("\n") == ["标题", "关于基层治理的思考", "第二篇"]
    with pytest.raises(ValueError, match="no column '内容'.*标题, 正文"):
        read_bytes(data, filename="a.csv", csv_column="内容")
    with pytest.raises(ValueError, match="csv_column applies to a .csv or .tsv file only"):
        read_bytes(data, filename="a.txt", csv_column=0)


def test_a_column_of_essay_bodies_gives_one_essay_per_cell():
    # trial9: `--csv-column body` on a table of two reports merged both into one untitled essay
    first = "近年来，本区推进社区养老服务。\n一、存在的问题\n一是护理人员短缺，流失严重。二是服务设施老化。\n二、对策建议\n一是提高护理人员待遇。二是更新服务设施。"
    second = "今年以来，本县开展了农村饮水安全调研。\n一、存在的问题\n一是水源保护不到位。二是管网漏损率高。\n二、对策建议\n一是划定水源保护区。二是改造老旧管网。"
    data = f'编号,标题,正文\n1,养老调研,"{first}"\n2,饮水调研,"{second}"\n'.encode()
    document = read_bytes(data, filename="reports.csv", csv_column="正文")
    assert document.text == first + "\n" + second
    assert document.records == (0, len(first) + 1)
    essays = summarize_document(document).essays
    assert [(e.start, e.end) for e in essays] == [(0, len(first)), (len(first) + 1, len(document.text))]
    assert [[p.text for p in e.challenges] for e in essays] == [["护理人员短缺，流失严重", "服务设施老化"], ["水源保护不到位", "管网漏损率高"]]
    assert [[p.text for p in e.recommendations] for e in essays] == [["提高护理人员待遇", "更新服务设施"], ["划定水源保护区", "改造老旧管网"]]
    # a column of short one-line labels is no table of essays: no records, the cells read as lines of one text
    labels = read_bytes(data, filename="reports.csv", csv_column="标题")
    assert (labels.text, labels.records) == ("养老调研\n饮水调研", ())
    # every cell (no column asked for) gives no records either
    assert read_bytes(data, filename="reports.csv").records == ()


def test_a_tsv_file_and_a_csv_media_type():
    assert read_bytes("甲\t乙\n加强治理。\t提升效能。\n".encode(), filename="t.tsv").text.split("\n") == [
        "甲", "乙", "加强治理。", "提升效能。"]
    assert read_bytes("甲,乙\n".encode(), media_type="text/csv; charset=utf-8").text == "甲\n乙"


def test_a_table_of_stored_essays_is_left_to_the_record_reader():
    data = ('2012-07-10 15:24:52,关于基层治理的思考,"一、存在的问题\n一是人员不足。"\n'
            '2012-07-11 09:00:00,第二篇文章,"正文。"\n').encode()
    document = read_bytes(data, filename="essays.csv")
    assert document.text == data.decode()
    assert len(summarize_document(document).essays) == 2


@pytest.mark.parametrize(("data", "name", "media", "match"), [
    (b"{\\rtf1\\ansi \\f0 \\'bc\\'d3}", "x.txt", None, "RTF"),
    (b"anything", "report.rtf", None, "RTF"),
    (b'{"text": "\\u52a0\\u5f3a"}', "a.json", None, "JSON"),
    (b'{"text": "x"}\n', "a.jsonl", None, "JSON"),
    (b'{"text": "x"}', None, "application/json", "JSON"),
])
def test_rtf_and_json_files_are_refused_by_name(data, name, media, match):
    with pytest.raises(UnsupportedFormatError, match=match):
        detect_format(data, name, media)


# ------------------------------------------------------------------------------------------ cases


def test_b03_half_width_full_stops_in_numbers_list_markers_and_abbreviations():
    text = "全年增长5.2%，人均收入达3.5万元。1. 完善制度体系。2. 加强队伍建设。据U.S. News统计，该指数为0.87。"
    assert [s.text for s in split_sentences(text)] == [
        "全年增长5.2%，人均收入达3.5万元。", "1. 完善制度体系。", "2. 加强队伍建设。", "据U.S. News统计，该指数为0.87。"]


def test_b05_ideographic_and_invisible_whitespace():
    text = "\u3000\u3000加强基层治理。\u00a0提升服务效能。\u200b\r\n\u3000\u3000推进数字政府建设。\ufeff"
    points = summarize(text).essays[0].summary_sentences
    assert [p.text for p in points] == ["加强基层治理。", "提升服务效能。", "推进数字政府建设。"]
    for p in points:
        assert not any(ch in p.text for ch in "\u3000\u00a0\u200b\ufeff\r") and not p.text[0].isspace()


B28 = ("关于基层治理的思考\n⼀、存在的问题\n基层治理⼒量薄弱。⼀是⼈员不足，⼆是经费紧张。\n⼆、对策建议\n"
       "⼀是充实基层⼯作队伍，⼆是加大财政投⼊⼒度。\n")


@pytest.mark.parametrize("via", ["txt", "pdf"])
def test_b28_kangxi_radicals_are_analysed_as_ideographs_and_kept_in_the_output(via):
    if via == "txt":
        document = read_bytes(B28.encode(), filename="B28.txt")
    else:  # a PDF whose ToUnicode map points at the radicals, as PDFs made on macOS do
        document = read_bytes(F.make_pdf([B28.strip().split("\n")]), filename="B28.pdf")
    essay = summarize_document(document).essays[0]
    assert [p.text for p in essay.challenges] == ["⼈员不足", "经费紧张"]
    assert [p.heading for p in essay.challenges] == ["存在的问题"] * 2
    assert [p.text for p in essay.recommendations] == ["充实基层⼯作队伍", "加大财政投⼊⼒度"]
    for p in essay.challenges + essay.recommendations:
        assert document.text[p.start:p.end] == p.text


B29 = "关于基层治理的思考\n存在的问题\n{a}基层人员不足。\n{b}经费保障紧张。\n对策建议\n{c}充实基层工作队伍。\n{d}加大财政投入力度。\n"


@pytest.mark.parametrize("markers", [("⑴", "⑵", "㈠", "㈡"), ("⒈", "⒉", "⒈", "⒉"), ("Ⅰ、", "Ⅱ、", "Ⅰ、", "Ⅱ、"),
                                     ("１．", "２．", "１．", "２．"), ("（１）", "（２）", "（１）", "（２）")])
def test_b29_enclosed_and_full_width_markers(markers):
    text = B29.format(a=markers[0], b=markers[1], c=markers[2], d=markers[3])
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["基层人员不足", "经费保障紧张"]
    assert [p.heading for p in essay.challenges] == ["存在的问题"] * 2
    assert [p.text for p in essay.recommendations] == ["充实基层工作队伍", "加大财政投入力度"]


def test_a_lone_closing_punctuation_line_in_a_text_input_is_joined_not_deleted():
    text = "关于基层治理\n但仍存在一些问题\n。\n一是人员不足”。\n二是经费紧张\n——\n"
    assert clean(text).text == "关于基层治理\n但仍存在一些问题。\n一是人员不足”。\n二是经费紧张"
