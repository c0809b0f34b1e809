"""prop21: properties of offsets and of bad input, and the kinds they found.

Kinds (each with small inputs written for the test, a negative case beside it):

* **A range that ends on a replacement** (a LaTeX fragment ``$0$`` read as ``0``, an entity ``&lt;`` read as ``<``,
  a CR LF read as one line break): the offset map gave each replacement character the start of what it replaced,
  so a point ending on one ended inside the markup (``:$0$`` gave ``:0`` at ``[0, 2)``, slice ``:$``). Cleaning now
  carries an end map beside the offset map (``CleanText.ends``), and ``CleanText.to_original`` /
  ``original_end`` — the one conversion — end a range where its last character's original span ends.
* **LaTeX formulas of PDF-to-markdown conversion read as TeX prints them** (``markup.latex_text``): ``$4 0 \\%$`` is
  ``40%``, ``$\\mathrm { h m } ^ { 2 }$`` is ``hm²``; two dollar amounts (``$13,040 … $864``: a closing ``$``
  before a digit closes nothing, pandoc's rule), prose between two dollar signs and a page's tags or entities
  between them are no formula.
* **A sentence opened by a markdown bullet** (``- ``, read as ``•``) drops the bullet in the summary whatever
  markers follow (``pipeline._unmarked``): ``•`` is no character of the input.
* **A BOM before an opening** ``[1]`` is no text citing note 1 (``clean._NOTE_CITED``): the document was read as
  ending in a note list and emptied.
* **A statement repeated word for word counts once** toward the fallback's floor of strong statements
  (``points.extract_points``): a document pasted twice lost a point its single copy had.
* **A page nested deeper than libxml2 parses** (256 levels; 2048 with ``huge_tree``) lost all of its text
  (``formats.html._prepare``: ``_deep_parser``, ``_flatten_deep``, ``_unnest``).
* **Bad input through the HTTP API and the CLI**: a documented 4xx/clear error for each, never a 500 or a
  traceback (these held; the tests keep them).

Hypothesis example counts follow ``SUMMARIZER_HYPOTHESIS_EXAMPLES`` (small by default, as the suite has).
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import summarize
from summarizer.clean import clean
from summarizer.errors import DecodeError, EmptyInputError
from summarizer.markup import _latex, latex_text

EXAMPLES = int(os.environ.get("SUMMARIZER_HYPOTHESIS_EXAMPLES", "40"))
PROFILE = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                   derandomize=not os.environ.get("SUMMARIZER_HYPOTHESIS_RANDOM"))


def _points(doc):
    return [p for e in doc.essays for p in e.challenges + e.recommendations + e.summary_sentences]


def _readable(original: str) -> str:
    """The original slice as cleaning reads its markup: each LaTeX fragment followed by what it reads as (a point
    holds ``①`` for ``$\\textcircled{1}$``), entities unescaped."""
    out, pos = [], 0
    for _a, b, repl, _rule in sorted(_latex(original)):
        out.append(original[pos:b])
        out.append(repl)
        pos = b
    out.append(original[pos:])
    return html.unescape("".join(out))


def _in_order(point: str, original: str) -> bool:
    rest = iter(_readable(original))
    return all(ch in rest for ch in point if not ch.isspace())


# ------------------------------------------------------------------ a range that ends on a replacement


@pytest.mark.parametrize("text, point, span", [
    (":$0$", ":0", (0, 4)),  # the reported fault: was [0, 2), slice ":$"
    ("存在的问题&lt;", "存在的问题<", (0, 9)),  # an entity at the end
    ("问题&#x4e00;", "问题一", (0, 10)),
])
def test_a_point_that_ends_on_a_replacement_holds_all_it_replaced(text, point, span):
    doc = summarize(text)
    got = [(p.text, (p.start, p.end)) for p in doc.essays[0].summary_sentences]
    assert got == [(point, span)]
    assert _in_order(point, text[span[0]:span[1]])


def test_clean_maps_a_range_to_the_end_of_its_last_replacement_and_kept_ranges_as_before():
    ct = clean("加强&amp;完善制度")  # "加强&完善制度": the & stands for the five characters &amp;
    k = ct.text.index("&")
    assert ct.to_original(0, k + 1) == (0, 7)  # ends after "&amp;", not after its "&"
    assert ct.to_original(k, k + 1) == (2, 7)
    assert ct.to_original(k + 1, k + 3) == (7, 9)  # negative: kept characters map one for one
    assert [int(e) for e in ct.ends] == [1, 2, 7, 8, 9, 10, 11]
    crlf = clean("第一行文字\r\n第二行文字")
    nl = crlf.text.index("\n")
    assert crlf.to_original(0, nl + 1) == (0, 7)  # the \n read for \r\n ends after the \n
    assert crlf.original_end(nl) == 5


def test_end_map_is_the_same_gathered_or_cut_piece_by_piece():
    """Thousands of edits carry both maps through one gathered index: a replacement's characters end where the last
    character it replaced ended, an insertion's where the character after it ends, at the text's end one past."""
    import numpy as np

    from summarizer.clean import _GATHER_MIN_RUNS, _carry_maps

    offsets = np.array([3, 4, 5, 9, 10, 11, 12, 20, 21, 22], dtype=np.int64)
    ends = offsets + 1
    ends[4] = 12  # (this character itself stood for two)
    runs = [(0, 2, 1, 0), (2, 3, 0, 4), (3, 1, 1, 3), (5, 2, 1, 5), (7, 1, 0, 7), (7, 1, 0, 8), (8, 2, 1, 8),
            (10, 1, 0, 10)]
    piecewise = _carry_maps(offsets, ends, runs)
    gathered = _carry_maps(offsets, ends, runs * _GATHER_MIN_RUNS)
    assert piecewise[0].tolist() == [3, 4, 5, 5, 5, 9, 11, 12, 20, 20, 21, 22, 23]
    assert piecewise[1].tolist() == [4, 5, 12, 12, 12, 10, 12, 13, 21, 22, 22, 23, 24]
    assert gathered[0].tolist() == piecewise[0].tolist() * _GATHER_MIN_RUNS
    assert gathered[1].tolist() == piecewise[1].tolist() * _GATHER_MIN_RUNS


def test_keyphrase_occurrences_and_points_slice_their_text_after_entities():
    text = "基层治理&amp;社区服务存在的问题：基层治理人员不足&lt;社区服务经费不足。加强基层治理队伍建设。"
    doc = summarize(text)
    for essay in doc.essays:
        for k in essay.keyphrases:
            for o in k.occurrences:
                assert _in_order(k.text.lower(), text[o.start:o.end].lower()), (k.text, o)
    for p in _points(doc):
        assert _in_order(p.text, text[p.start:p.end]), p


# ------------------------------------------------------------------ LaTeX read as TeX prints it


@pytest.mark.parametrize("body, expected", [
    ("80 \\%", "80%"),
    ("4 0 \\%", "40%"),
    ("\\mathrm { h m } ^ { 2 }", "hm²"),
    ("\\mathrm { k m } ^ { 2 [ 8 ] }", "km²"),  # a citation after the superscript goes
    ("9 3 . 5 3 \\% ^ { [ 3 1 ] }", "93.53%"),
    ("8 \\% - 1 2 \\%", "8%-12%"),
    ("a \\times b", "a×b"),
    ("\\text{万元}", "万元"),
    ("+", "+"),
])
def test_latex_text_reads_a_formula_as_tex_prints_it(body, expected):
    assert latex_text(body) == expected


@pytest.mark.parametrize("text, cleaned", [
    ("增长$80 \\%$。", "增长80%。"),
    ("面积达$\\mathrm { h m } ^ { 2 }$，", "面积达hm²，"),
    ("要点$\\textcircled{1}$加强", "要点①加强"),
    # negatives: dollars, prose and a page's markup between two dollar signs are no formula
    ("起薪为$13,040，外判工月薪仅为$864。", "起薪为$13,040，外判工月薪仅为$864。"),
    ("投资$5亿元，回报$。", "投资$5亿元，回报$。"),
])
def test_clean_reads_latex_fragments_and_leaves_dollar_amounts(text, cleaned):
    assert clean(text).text == cleaned


def test_a_formula_holding_an_entity_is_no_formula():
    assert _latex("甲$&amp;$乙") == []
    assert clean("甲$&amp;$乙").text == "甲$&$乙"


# ------------------------------------------------------------------ bullets, BOM before [1], repeats


def test_a_bullet_sentence_drops_the_bullet_whatever_markers_follow():
    text = "* 群众参与不足（一）"
    doc = summarize(text)
    assert [(p.text, p.start, p.end) for p in doc.essays[0].summary_sentences] == [("群众参与不足（一）", 2, 11)]
    # negative: a numbered run keeps its markers (stripping only the first would read oddly)
    run = summarize("一是加强，二是完善。")
    assert [p.text for p in run.essays[0].summary_sentences] == ["一是加强，二是完善。"]


def test_a_bom_before_an_opening_note_mark_cites_nothing():
    body = "[1]完善制度建设。对策建议"
    plain, bom = summarize(body), summarize("\ufeff" + body)
    assert [(p.text, p.start + 1, p.end + 1) for p in _points(plain)] == [
        (p.text, p.start, p.end) for p in _points(bom)]
    assert _points(bom)
    # negative: a text that cites [1] inside a sentence still loses the note list that ends it
    cited = clean("正文引用了有关文献[1]，提出加强基层治理。\n[1] 张三：《论基层治理》，2020年。")
    assert cited.removed.get("endnotes") and "张三" not in cited.text


DOUBLE = ("乡村振兴工作的思考\n调研发现，群众参与不足的问题比较突出。调研发现，经费保障薄弱的问题比较突出。"
          "调研发现，基层负担过重的问题比较突出。调研发现，人员队伍老化的问题比较突出。\n下一步要加大资金投入。\n")


def test_a_document_pasted_twice_keeps_the_points_of_one_copy():
    one = [p.text for e in summarize(DOUBLE).essays for p in e.challenges]
    two = [p.text for e in summarize(DOUBLE + "\n" + DOUBLE).essays for p in e.challenges]
    assert one == ["群众参与不足的问题比较突出", "经费保障薄弱的问题比较突出", "基层负担过重的问题比较突出",
                   "人员队伍老化的问题比较突出"]
    assert sorted(set(two)) == sorted(one)


# ------------------------------------------------------------------ deeply nested HTML

PAGE_BODY = "<p>一、存在的问题</p><p>基层群众参与不足，经费保障薄弱。</p><p>二、对策建议</p><p>加强队伍建设，完善制度。</p>"


@pytest.mark.parametrize("depth, opening, closing", [
    (10, "<div>", "</div>"), (300, "<div>", "</div>"), (3000, "<div>", "</div>"),
    (100, "<table><tr><td>", "</td></tr></table>"),  # nested layout tables, 300 levels
    (3000, "<span>", "</span>"),
])
def test_a_deeply_nested_page_keeps_its_text(depth, opening, closing):
    from summarizer.readers import read_bytes

    page = opening * depth + PAGE_BODY + closing * depth
    document = read_bytes(page.encode(), filename="a.html")
    assert document.text == "一、存在的问题\n基层群众参与不足，经费保障薄弱。\n二、对策建议\n加强队伍建设，完善制度。"


def test_unnest_drops_only_deep_wrapper_tags():
    from summarizer.formats.html import MAX_DEPTH, _unnest

    shallow = "<div><p>甲</p></div>"
    assert _unnest(shallow) is shallow  # negative: a page within the depth is left as it is
    deep = "<div>" * (MAX_DEPTH + 5) + "<p>甲</p>" + "</div>" * (MAX_DEPTH + 5)
    out = _unnest(deep)
    # (a block leaves a line; a run of cut blocks with no text between them, one line: lead61)
    assert out == "<div>" * MAX_DEPTH + "<br>" + "<p>甲</p>" + "</div>" * MAX_DEPTH
    spans = "<span>" * (MAX_DEPTH + 2) + "甲" + "</span>" * (MAX_DEPTH + 2)
    assert _unnest(spans) == "<span>" * MAX_DEPTH + "甲" + "</span>" * MAX_DEPTH  # an inline element leaves nothing


# ------------------------------------------------------------------ properties

FRAGMENTS = [
    "基层治理", "存在的问题", "群众参与不足", "经费保障薄弱", "加强队伍建设", "完善制度。", "一、", "二、", "（一）", "一是",
    "二是", "。", "，", "：", "；", "\n", "\n\n", " ", "\u3000", "篇一：", "对策建议", "[1]", "&amp;", "&lt;", "&nbsp;",
    "<b>", "</b>", "<p>", "**", "- ", "$0$", "$+$", "$4 0 \\%$", "$\\textcircled{1}$", "ＡＢＣ", "１２３", "\u200b",
    "\x07", "(xué)", "GDP", "2030",
]
documents = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map("".join)


def _summary_or_none(text):
    try:
        return summarize(text)
    except (EmptyInputError, DecodeError):
        return None


@PROFILE
@given(documents)
def test_every_offset_slices_back_to_its_text_in_the_original(text):
    doc = _summary_or_none(text)
    if doc is None:
        return
    previous_end = 0
    for essay in doc.essays:
        assert previous_end <= essay.start <= essay.end <= len(text), "essays are ordered and disjoint"
        previous_end = essay.end
        for p in essay.challenges + essay.recommendations + essay.summary_sentences:
            assert 0 <= p.start < p.end <= len(text)
            assert _in_order(p.text, text[p.start:p.end]), (p.text, text[p.start:p.end])
        for k in essay.keyphrases:
            for o in k.occurrences:
                assert _in_order(k.text.lower(), text[o.start:o.end].lower()), (k.text, o)
    assert summarize(text).model_dump() == doc.model_dump(), "deterministic"


@PROFILE
@given(documents)
def test_crlf_bom_and_gbk_give_the_same_points(text):
    doc = _summary_or_none(text)
    if doc is None:
        return
    texts = [p.text for p in _points(doc)]
    crlf = text.replace("\n", "\r\n")
    for variant, original in ((crlf, crlf), ("\ufeff" + text, "\ufeff" + text)):
        other = summarize(variant)
        assert [p.text for p in _points(other)] == texts
        # offsets into their own text: the same characters, whatever line ends or BOM lie between
        assert [re.sub(r"[\r\n\ufeff]", "", original[p.start:p.end]) for p in _points(other)] == [
            re.sub(r"\n", "", text[p.start:p.end]) for p in _points(doc)]
    if len(re.findall("[\u4e00-\u9fff]", text)) < 2:
        return  # (GBK bytes of a pinyin letter alone, "(xué)", read as Big5 as well: no Chinese text to tell)
    gbk = summarize(text.encode("gb18030"))
    assert [(p.text, p.start, p.end) for p in _points(gbk)] == [(p.text, p.start, p.end) for p in _points(doc)]


PROBLEMS = ["群众参与不足", "经费保障薄弱", "人员队伍老化", "基层负担过重", "考核机制不健全"]
MEASURES = ["加强队伍建设", "完善制度体系", "加大资金投入", "推进数字化改革"]


@st.composite
def reports(draw):
    title = draw(st.sampled_from(["关于基层治理的调研报告", "社区治理存在的问题与对策"]))
    problems = draw(st.lists(st.sampled_from(PROBLEMS), min_size=1, max_size=4, unique=True))
    measures = draw(st.lists(st.sampled_from(MEASURES), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        nums = "一二三四"
        return (title + "\n一、存在的问题\n" + "".join(f"（{nums[k]}）{p}。当前{p}，影响工作开展。\n"
                                                  for k, p in enumerate(problems))
                + "二、对策建议\n" + "".join(f"（{nums[k]}）{m}。要{m}，提升治理效能。\n" for k, m in enumerate(measures)))
    return (title + "\n" + "".join(f"调研发现，{p}的问题比较突出。" for p in problems) + "\n"
            + "".join(f"下一步要{m}。" for m in measures) + "\n")


@PROFILE
@given(reports(), st.sampled_from(["\n", "\n\n"]))
def test_a_document_repeated_gives_twice_the_essays_or_the_same_points(text, sep):
    one = summarize(text)
    two = summarize(text + sep + text)

    def aspects(doc):
        return [([p.text for p in e.challenges], [p.text for p in e.recommendations]) for e in doc.essays]

    if len(two.essays) == 2 * len(one.essays):
        assert aspects(two) == aspects(one) * 2
    else:
        assert len(two.essays) == len(one.essays)
        for (c1, r1), (c2, r2) in zip(aspects(one), aspects(two)):
            assert (sorted(set(c2)), sorted(set(r2))) == (sorted(set(c1)), sorted(set(r1)))


# ------------------------------------------------------------------ bad input: HTTP and CLI


def _zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


GOOD = "一、存在的问题\n群众参与不足。\n二、对策建议\n加强队伍建设。\n"
BAD_FILES = [
    ("empty", b"", 422, "empty_input"),
    ("whitespace", b" \n\t ", 422, "empty_input"),
    ("binary", bytes(range(256)) * 4, 422, "decode_error"),
    ("zip_not_docx", _zip({"a.txt": "x"}), 422, "unsupported_format"),
    ("docx_no_body", _zip({"word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                                                'wordprocessingml/2006/main"/>'}), 422, "empty_input"),
    ("huge", ("治理" * 60_000).encode(), 422, "input_too_large"),
    ("truncated_utf8", GOOD.encode()[:-2], 200, None),
    ("gbk", GOOD.encode("gbk"), 200, None),
]


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(max_concurrent_jobs=1)), raise_server_exceptions=False) as c:  # (warmed)
        yield c


@pytest.mark.parametrize("name, data, status, kind", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_get_a_documented_error_and_never_a_500(client, name, data, status, kind):
    response = client.post("/v1/summarize/file", files={"file": (f"{name}.docx", data, "application/octet-stream")})
    assert response.status_code == status, (name, response.text[:200])
    if kind:
        error = response.json()["error"]
        assert (error["type"], error["field"]) == (kind, "file"), name
        assert "Traceback" not in response.text
        if kind == "input_too_large":
            assert "120,000 characters; the limit is 100,000" in error["message"]


def test_a_deeply_nested_page_uploads_and_summarizes(client):
    page = ("<div>" * 3000 + PAGE_BODY + "</div>" * 3000).encode()
    response = client.post("/v1/summarize/file", files={"file": ("a.html", page, "text/html")})
    assert response.status_code == 200, response.text[:200]
    essay = response.json()["essays"][0]
    assert [p["text"] for p in essay["challenges"]] == ["基层群众参与不足，经费保障薄弱"]


@pytest.mark.parametrize("content, content_type, status, kind", [
    (b"[1, 2]", "application/json", 422, "validation_error"),  # the wrong shape
    (b'{"text": 1}', "application/json", 422, "validation_error"),
    (b'{"text": ""}', "application/json", 422, "empty_input"),
    (b"{bad", "application/json", 422, "validation_error"),
    (b"\xff\xfe", "application/json", 400, "bad_request"),
    (GOOD.encode(), "text/plain", 415, "unsupported_media_type"),  # the wrong content type
    (json.dumps({"text": "治理" * 60_000}).encode(), "application/json", 422, "input_too_large"),
])
def test_bad_json_bodies_get_a_documented_error(client, content, content_type, status, kind):
    response = client.post("/v1/summarize", content=content, headers={"content-type": content_type})
    assert response.status_code == status, response.text[:200]
    assert response.json()["error"]["type"] == kind


def test_cli_reports_bad_files_without_a_traceback(tmp_path):
    from typer.testing import CliRunner

    from summarizer.cli import app

    (tmp_path / "a.docx").write_bytes(_zip({"a.txt": "x"}))
    (tmp_path / "b.html").write_bytes(("<div>" * 3000 + PAGE_BODY + "</div>" * 3000).encode())
    (tmp_path / "c.txt").write_text("治理" * 600, encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(app, ["summarize", str(tmp_path / "a.docx"), "--workers", "0"])
    assert bad.exit_code == 1 and "a ZIP archive, not a document" in bad.output and "Traceback" not in bad.output
    deep = runner.invoke(app, ["summarize", str(tmp_path / "b.html"), "--workers", "0"])
    assert deep.exit_code == 0, deep.output
    over = runner.invoke(app, ["summarize", str(tmp_path / "c.txt"), "--max-chars", "1000", "--workers", "0"])
    assert over.exit_code == 1 and "the limit is 1,000 (--max-chars)" in over.output
