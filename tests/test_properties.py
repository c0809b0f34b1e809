"""Property-based tests (hypothesis) of the library's promises, on any input:

* any Unicode string either summarizes or raises :class:`EmptyInputError` (the documented error for text with
  nothing to summarize); any bytes either summarize or raise :class:`DecodeError`/:class:`EmptyInputError`;
* every offset points inside the input, and the slice it names holds the point's text in order (whitespace and
  removed markup aside);
* the output is deterministic: the same input gives the same result;
* the readers turn any bytes, in any format they claim, into a document or a :class:`SummarizerError`;
* a JSONL line of any bytes becomes a task (a record or an error), never an exception.

Example counts are kept small for CI (``SUMMARIZER_HYPOTHESIS_EXAMPLES`` raises them for a longer hunt).
"""

from __future__ import annotations

import html

import os
import re


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import summarize
from summarizer.errors import DecodeError, EmptyInputError, SummarizerError
from summarizer.pipeline import join_summary

EXAMPLES = int(os.environ.get("SUMMARIZER_HYPOTHESIS_EXAMPLES", "120"))
PROFILE = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                   derandomize=not os.environ.get("SUMMARIZER_HYPOTHESIS_RANDOM"))

# Pieces of the documents we meet: CJK words, list markers, headings, punctuation (full and half width),
# quotes, brackets, whitespace of every kind, page markers, boilerplate lines, Latin and digits.
FRAGMENTS = [
    "基层治理", "存在的问题", "对策建议", "加强", "完善", "不足", "薄弱", "人员", "经费", "群众", "制度", "问题",
    "一、", "二、", "三、", "（一）", "（二）", "1.", "2、", "(3)", "①", "一是", "二是", "首先，", "其次，", "最后，",
    "第一篇", "篇二：", "。", "，", "；", "：", "！", "？", "……", "…", "...", "!", "?", ".", ",", "、", "“", "”", "‘",
    "’", "「", "」", "《", "》", "（", "）", "(", ")", "【", "】", "\n", "\n\n", " ", "\u3000", "\t", "\r\n", "\x0c",
    "· ·54", "收稿日期：2020-01-01", "版权所有", "来源：某某网", "当前位置：首页 > 新闻", "参考文献", "[1]",
    "GDP", "2030", "3.14", "e.g.", "Dr.", "ABC", "\u200b", "\ufeff", "臺灣", "問題與對策", "建議", "\U00020000",
]
cjk_documents = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=300), cjk_documents,
                     st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40).map("".join))


# A text whose last item is a bare list marker ("一、", "标题\n一、") once raised ValueError in
# pipeline._original_span: the summary sentence was the marker alone, and stripping the marker left nothing.
@pytest.mark.parametrize("text", ["一、", "1.", "（一）", "一、\n二、", " 一、 ", "第一篇\n一、", "标题\n一、",
                                  "关于治理\n\n（一）", "加强党建\n一、"])
def test_bare_list_marker_is_a_result_or_empty_input(text):
    try:
        doc = summarize(text)
    except EmptyInputError:
        return
    _check_offsets(text, doc)


def _in_order(point: str, original: str) -> bool:
    """The point's characters (whitespace aside) stand in order in the original slice: cleaning only took out
    whitespace and markup (tags, entities — compared unescaped —, citation marks) between them."""
    rest = iter(html.unescape(original))
    return all(ch in rest for ch in point if not ch.isspace())


def _check_offsets(text: str, doc) -> None:
    assert doc.chars == len(text)
    assert doc.essays, "a result always has at least one essay"
    for essay in doc.essays:
        assert 0 <= essay.start <= essay.end <= len(text)
        for point in essay.challenges + essay.recommendations + essay.summary_sentences:
            assert 0 <= point.start < point.end <= len(text), (point, len(text))
            assert _in_order(point.text, text[point.start:point.end]), point
        assert essay.summary == join_summary([p.text for p in essay.summary_sentences])


@PROFILE
@given(any_text)
def test_any_string_summarizes_or_raises_empty_input_with_offsets_inside_and_deterministic(text):
    from summarizer.chars import CONTROL
    from summarizer.decode import MAX_CONTROL_RATIO

    try:
        first = summarize(text)
    except DecodeError:
        # the one documented refusal of a str: more than MAX_CONTROL_RATIO of its characters are control characters
        assert len(re.findall(f"[{CONTROL}]", text)) / len(text) > MAX_CONTROL_RATIO, repr(text)
        return
    except EmptyInputError:
        try:
            summarize(text)
        except EmptyInputError:
            return
        raise AssertionError("EmptyInputError once, a result the second time") from None
    _check_offsets(text, first)
    assert summarize(text).model_dump() == first.model_dump(), "deterministic"


@PROFILE
@given(st.one_of(st.binary(max_size=400), cjk_documents.map(lambda t: t.encode("gb18030")),
                 cjk_documents.map(lambda t: t.encode("utf-16"))))
def test_any_bytes_summarize_or_raise_a_documented_error(data):
    from summarizer.decode import decode_bytes

    try:
        text, encoding = decode_bytes(data)
    except DecodeError:
        return
    try:
        doc = summarize(data)
    except EmptyInputError:
        return
    assert doc.encoding == encoding
    _check_offsets(text, doc)


PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<!DOCTYPE html><html><body>", b"\xef\xbb\xbf", b"\xff\xfe",
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
            b"Content-Type: text/html\r\n\r\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]


@PROFILE
@given(st.sampled_from(PREFIXES), st.binary(max_size=300),
       st.sampled_from([None, "a.txt", "a.html", "a.docx", "a.pdf", "a.mhtml", "noext"]),
       st.sampled_from([None, "text", "html", "docx", "pdf"]))
def test_readers_turn_any_bytes_into_a_document_or_a_summarizer_error(prefix, body, filename, fmt):
    from summarizer.readers import read_bytes

    try:
        document = read_bytes(prefix + body, filename=filename, format=fmt)
    except SummarizerError:
        return
    assert isinstance(document.text, str)
    assert document.format in ("text", "html", "docx", "pdf")


@PROFILE
@given(st.lists(st.one_of(st.binary(max_size=80),
                          st.builds(lambda i, t: ('{"id": %s, "text": %s}' % (i, t)).encode(),
                                    st.sampled_from(['"a"', "1", "null", "true", '""', "[1]", '"a"']),
                                    st.sampled_from(['"x"', "null", "1", '"加强党建。"', "{}"]))),
                max_size=12))
def test_any_jsonl_lines_become_tasks_with_unique_ids(tmp_path_factory, lines):
    from summarizer.batch import jsonl_tasks

    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n")
    tasks = list(jsonl_tasks(str(path)))
    ids = [t.id for t in tasks]
    assert len(ids) == len(set(ids)), "ids are unique, so a resume can trust them"
    assert len(tasks) == sum(1 for line in lines if line.replace(b"\n", b" ").strip())
    for task in tasks:
        assert (task.text is None) != (task.error is None)
