"""Heading levels carried from HTML, markdown and .docx into the essay split (split49).

A page or file of several separately titled pieces (``<h1>`` page title over ``<h3>`` commentaries, a markdown file
of ``##`` pieces, a .docx of Heading 2 pieces) lost its heading levels before the split and was read as one essay,
while the same text as .txt with blank lines split right. The readers now hand each heading line's level on
(:attr:`Document.headings`, :func:`heading_spans`), the cleaned text's lines get them
(:func:`heading_line_levels`), and sibling headings over whole essays split (:func:`_heading_level_bounds`); sibling
headings that are sections of one essay (numbered, problem/measure names, an article's lead over cross-heads) stay
one essay."""

import io

from costs import assert_linear

from summarizer.clean import clean
from summarizer.essays import _heading_level_bounds, heading_line_levels, split_essays
from summarizer.formats.docx import style_level
from summarizer.formats.html import main_content_headings
from summarizer.markup import heading_spans
from summarizer.pipeline import _heading_lines, summarize_document
from summarizer.readers import read_bytes
from summarizer.script import simplified_view

# three short commentaries written for these tests, each stating a problem and a measure
_PARKING = ("老旧小区停车难问题突出，道路两侧停满车辆，消防通道被长期占用，居民之间的矛盾不断。"
            "建议把闲置地块改建为立体停车场，由街道牵头统一管理。还要推动机关单位错时共享车位，夜间向周边居民开放。")
_TEACHERS = ("不少乡村学校师资流失严重，年轻教师留不住，乡村教师待遇偏低、晋升通道狭窄的问题长期存在。"
             "要提高乡村教师的生活补助，建设教师周转宿舍，并推行县域内校长教师交流轮岗，让好老师愿意下去、留得下来。")
_ADVERTS = ("网络平台上的虚假广告屡禁不止，老年人成为主要受害者，维权渠道不畅的问题十分突出。"
            "监管部门要建立平台广告审核责任制，对屡次违规的平台依法从重处罚，同时畅通老年人投诉举报渠道。")
_PIECES = (("停车难要靠规划破解", _PARKING), ("乡村教师留得住才能教得好", _TEACHERS), ("别让虚假广告盯上老人", _ADVERTS))


def _page(body: str, title: str = "时评三则") -> bytes:
    return (f"<html><head><title>{title}_某某网</title></head><body><article>{body}</article></body></html>"
            ).encode("utf-8")


def _docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    """A .docx of ``(text, style)`` paragraphs (``None``: Normal)."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _titles(data: bytes, filename: str) -> list[str | None]:
    return [e.title for e in summarize_document(read_bytes(data, filename=filename)).essays]


# ------------------------------------------------------------------------------------- what the readers hand on

def test_the_html_reader_gives_each_heading_line_its_level():
    body = "<h1>时评三则</h1>" + "".join(f"<h3>{t}</h3><p>{p}</p>" for t, p in _PIECES)
    text, headings = main_content_headings(_page(body).decode("utf-8"))
    lines = text.split("\n")
    assert [(text[a:z], level) for a, z, level in headings] == [
        ("时评三则", 1), ("停车难要靠规划破解", 3), ("乡村教师留得住才能教得好", 3), ("别让虚假广告盯上老人", 3)]
    assert _PARKING in lines  # (a paragraph is no heading)


def test_heading_spans_count_the_marks_and_skip_code():
    text = "# 时评\n\n## 停车难\n正文\n```\n# 注释行\n```\n### 小节\n#话题标签\n"
    assert [(text[a:z], level) for a, z, level in heading_spans(text)] == [
        ("# 时评", 1), ("## 停车难", 2), ("### 小节", 3)]
    assert heading_spans("没有标题的正文。") == ()


def test_heading_spans_of_html_left_in_text():
    text = "<h1>时评</h1><p>导语</p><H3 class=\"t\">停车难</h3><p>正文</p><h2>未闭合<p>正文</p></h4><h5></h5>"
    assert [(text[a:z], level) for a, z, level in heading_spans(text)] == [
        ("<h1>时评</h1>", 1), ("<H3 class=\"t\">停车难</h3>", 3), ("<h5></h5>", 5)]


def test_docx_style_levels():
    assert style_level("Title") == 0
    assert style_level("heading 2") == 2
    assert style_level("标题 3") == 3
    assert style_level("Normal") is None
    assert style_level(None, "0") == 1
    assert style_level("Body Text", "9") is None
    data = _docx([("时评三则", "Title"), ("停车难要靠规划破解", "Heading 2"), (_PARKING, None)])
    doc = read_bytes(data, filename="a.docx")
    assert [(doc.text[a:z], level) for a, z, level in doc.headings] == [
        ("时评三则", 0), ("停车难要靠规划破解", 2)]


def test_cleaned_lines_keep_the_level_of_their_original_line():
    text = "# 时评三则\n\n## 停车难要靠规划破解\n\n" + _PARKING + "\n"
    ct = clean(text)
    levels = heading_line_levels(text, ct.text, ct.offsets, ct.ends, heading_spans(text))
    assert sorted((ct.text[o:].split("\n", 1)[0], level) for o, level in levels.items()) == [
        ("停车难要靠规划破解", 2), ("时评三则", 1)]


# --------------------------------------------------------------------------- a collection under sibling headings

def test_a_page_of_three_h3_commentaries_is_three_essays_with_their_titles():
    body = "<h1>时评三则</h1>" + "".join(f"<h3>{t}</h3><p>来源：某某日报</p><p>{p}</p>" for t, p in _PIECES)
    assert _titles(_page(body), "a.html") == [t for t, _ in _PIECES]


def test_each_piece_of_the_page_gets_its_own_points():
    body = "<h1>时评三则</h1>" + "".join(f"<h3>{t}</h3><p>{p}</p>" for t, p in _PIECES)
    essays = summarize_document(read_bytes(_page(body), filename="a.html")).essays
    assert len(essays) == 3
    assert any("立体停车场" in p.text for p in essays[0].recommendations)
    assert any("师资流失" in p.text for p in essays[1].challenges)
    assert not any("停车" in p.text for e in essays[1:] for p in e.challenges + e.recommendations)


def test_a_markdown_collection_of_h2_pieces_is_n_essays():
    text = "# 时评三则\n\n" + "".join(f"## {t}\n\n{p}\n\n" for t, p in _PIECES)
    assert _titles(text.encode("utf-8"), "a.md") == [t for t, _ in _PIECES]
    # (the same text given as a str, and as HTML pasted into a str)
    assert [e.title for e in summarize_document(text).essays] == [t for t, _ in _PIECES]
    pasted = "<h1>时评三则</h1>" + "".join(f"<h2>{t}</h2><p>{p}</p>" for t, p in _PIECES)
    assert [e.title for e in summarize_document(pasted).essays] == [t for t, _ in _PIECES]


def test_a_docx_of_heading_2_pieces_is_n_essays():
    paragraphs = [("时评三则", "Title")]
    for t, p in _PIECES:
        paragraphs += [(t, "Heading 2"), (p, None)]
    assert _titles(_docx(paragraphs), "a.docx") == [t for t, _ in _PIECES]


# ----------------------------------------------------------------------------- sections of one essay stay one

def test_a_page_with_numbered_h2_sections_is_one_essay():
    body = ("<h1>破解城市治理三个难题</h1>"
            + "".join(f"<h2>{n}、{t}</h2><p>{p}</p>" for n, (t, p) in zip("一二三", _PIECES)))
    assert len(_titles(_page(body, "破解城市治理三个难题"), "a.html")) == 1


def test_a_page_of_problems_and_measures_sections_is_one_essay_with_its_points():
    problems = ("老旧小区停车难问题突出，道路两侧停满车辆，消防通道被长期占用，居民之间的矛盾不断，"
                "物业管理缺位的问题十分突出，投诉多年得不到解决。")
    measures = "建议把闲置地块改建为立体停车场，由街道牵头统一管理，收费标准向社会公开。要推动机关单位错时共享车位，夜间向周边居民开放。"
    body = f"<h1>老旧小区停车难调研</h1><h2>存在的问题</h2><p>{problems}</p><h2>对策建议</h2><p>{measures}</p>"
    essays = summarize_document(read_bytes(_page(body, "老旧小区停车难调研"), filename="a.html")).essays
    assert len(essays) == 1
    assert essays[0].challenges and all(p.text in problems for p in essays[0].challenges)
    assert essays[0].recommendations and all(p.text in measures for p in essays[0].recommendations)


def test_an_articles_lead_over_its_cross_heads_is_one_essay():
    lead = ("记者近日走访了多个城区，发现停车、教育和养老是居民反映最多的话题。围绕这些话题，记者采访了多位专家，"
            "他们从不同角度分析了问题的成因，也提出了不少具体的建议。以下是采访的主要内容，供读者参考。"
            "专家们普遍认为，这些问题需要政府、市场和社会共同发力，才能得到根本解决。")
    text = "# 城市治理专家谈\n\n" + lead + "\n\n" + "".join(f"### “{t}”\n\n{p}\n\n" for t, p in _PIECES)
    assert len(summarize_document(text).essays) == 1


def test_a_problems_section_and_a_measures_section_under_unnumbered_heads_are_one_essay():
    # (each part states one aspect: the halves of one essay, not two essays)
    text = ("# 老旧小区停车难怎么办\n\n## 停车难的三重困境\n\n老旧小区停车难问题突出，道路两侧停满车辆，消防通道被长期占用。"
            "物业管理缺位的问题十分突出，居民之间的矛盾不断，投诉多年得不到解决，车位缺口越来越大，矛盾日益尖锐，"
            "一些小区的问题已经拖了十多年。\n\n## 破解困局的路径\n\n建议把闲置地块改建为立体停车场，由街道牵头统一管理。"
            "要推动机关单位错时共享车位，夜间向周边居民开放，收费标准向社会公开。还要加快建设智慧停车平台，"
            "让居民随时查到空余车位。\n")
    assert len(summarize_document(text).essays) == 1


def test_the_split_reads_only_sibling_levels_with_nothing_shallower_between():
    # (an <h2> once between the <h3> pieces: the <h3> are sections under parts, not pieces of a page)
    text = "\n".join(f"{t}\n{p}" for t, p in _PIECES[:2]) + "\n延伸评论\n" + _PIECES[2][0] + "\n" + _PIECES[2][1] + "\n"
    view = simplified_view(clean(text).text)
    levels, pos = {}, 0
    for line in view.split("\n"):
        if line == "延伸评论" or line in {t for t, _ in _PIECES}:
            levels[pos] = 2 if line == "延伸评论" else 3
        pos += len(line) + 1
    assert _heading_level_bounds(view, levels) == []
    del levels[view.index("延伸评论")]
    assert [b[2] for b in _heading_level_bounds(view, levels)] == [t for t, _ in _PIECES]


def test_headings_of_a_plain_text_reader_are_none_but_markdown_marks():
    doc = read_bytes("停车难\n".encode("utf-8"), filename="a.txt")
    assert doc.headings == () and _heading_lines(doc) == ()


# ---------------------------------------------------------------------------------------------------- its cost

def _md_headings(n: int) -> str:
    return "".join(f"## 标题{k}\n正文{k}。\n" for k in range(n))


def test_heading_levels_and_the_split_are_linear():
    assert_linear(lambda n: heading_spans(_md_headings(n)), 2_500, "many tiny markdown headings")
    assert_linear(lambda n: heading_spans("#" * n), 25_000, "a long line of hash marks")
    assert_linear(lambda n: heading_spans("<h2>标" * n + "</h2>" * n), 5_000, "many unclosed heading tags")
    assert_linear(lambda n: heading_spans("<h1 " + "长" * n), 25_000, "a start tag that never closes")

    def split(n: int) -> object:
        text = _md_headings(n)
        ct = clean(text)
        levels = heading_line_levels(text, ct.text, ct.offsets, ct.ends, heading_spans(text))
        return split_essays(simplified_view(ct.text), levels=levels)

    assert_linear(split, 1_000, "10,000 tiny headings through the split")

    def pieces(n: int) -> object:
        # every piece a whole essay: each is read once
        text = "".join(f"## {t}{k}\n{p}\n" for k in range(n) for t, p in _PIECES)
        view = simplified_view(clean(text).text)
        starts, pos = {}, 0
        for line in view.split("\n"):
            if line.startswith(tuple(t for t, _ in _PIECES)):
                starts[pos] = 2
            pos += len(line) + 1
        return _heading_level_bounds(view, starts)

    assert_linear(pieces, 50, "many whole pieces under sibling headings")


def test_a_long_heading_line_is_linear():
    assert_linear(lambda n: main_content_headings(
        f"<html><body><h2>{'长' * n}</h2><p>{_PARKING}</p><h2>{'题' * n}</h2><p>{_TEACHERS}</p></body></html>"),
        25_000, "a 100k-character heading")
