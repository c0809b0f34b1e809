"""Build the corpus files marked "built" in SOURCES.md (DOCX, PDF, HTML) from the hand-written texts of
``built_texts.py``, and write each one's expected text.

Not run by the tests or the benchmark (the built files are committed); run it again only to change them::

    python -m venv /tmp/build-venv && /tmp/build-venv/bin/pip install python-docx reportlab
    /tmp/build-venv/bin/python benchmarks/data/inputs/make_built.py

PDFs use the LXGW WenKai TrueType font (SIL OFL 1.1; Debian package ``fonts-lxgw-wenkai``), embedded as a subset.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from built_texts import BUSINESS_TABLE, ESSAYS, essay_lines  # noqa: E402

FONT = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"


def write_expected(path: Path, lines: list[str]) -> None:
    path.with_name(path.stem + ".expected.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------ DOCX


def _page_number_field(paragraph) -> None:  # noqa: ANN001
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._r.append(el)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)


def _header_footer(doc, header: str, footer: str) -> None:  # noqa: ANN001
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    p = section.footer.paragraphs[0]
    p.text = footer
    _page_number_field(p)


def _chinese_numbering(doc) -> int:  # noqa: ANN001
    """Add an abstract numbering "一、" (level 0) / "（一）" (level 1) to the document; return its numId."""
    from docx.oxml import parse_xml

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        '<w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
        '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def _numbered(paragraph, num_id: int, level: int) -> None:  # noqa: ANN001
    from docx.oxml import parse_xml

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def build_docx(out: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    # 1. headings as Word headings, running header and footer (page number field): furniture to leave out
    d = docx.Document()
    title, blocks = ESSAYS["community"]
    d.add_heading(title, level=0)
    for kind, text in blocks:
        d.add_heading(text, level=1) if kind == "h" else d.add_paragraph(text)
    _header_footer(d, "××市民政局 内部资料", "第 页")
    d.save(out / "built-community-header-footer.docx")
    write_expected(out / "built-community-header-footer.docx", essay_lines("community"))

    # 2. Word automatic numbering: the "一、" and "（一）" labels are not in the text runs, only in numbering.xml
    d = docx.Document()
    title, blocks = ESSAYS["village"]
    d.add_paragraph(title, style="Title")
    num = _chinese_numbering(d)
    for kind, text in blocks:
        if kind == "h":
            p = d.add_paragraph(text.split("、", 1)[1], style="Heading 1")
            _numbered(p, num, 0)
        elif text.startswith("（"):
            p = d.add_paragraph(text.split("）", 1)[1])
            _numbered(p, num, 1)
        else:
            d.add_paragraph(text)
    d.save(out / "built-village-numbering.docx")
    write_expected(out / "built-village-numbering.docx", essay_lines("village"))

    # 3. reviewer comments (not the author's text) and runs split inside words
    d = docx.Document()
    title, blocks = ESSAYS["emergency"]
    d.add_heading(title, level=0)
    for i, (kind, text) in enumerate(blocks):
        if kind == "h":
            d.add_heading(text, level=1)
            continue
        p = d.add_paragraph()
        half = len(text) // 2
        r1 = p.add_run(text[:half])
        r2 = p.add_run(text[half:])
        r2.bold = i % 2 == 0
        if i in (2, 6):
            d.add_comment([r1], text="请核实此处表述（审阅意见）", author="审阅人", initials="SY")
    d.save(out / "built-emergency-comments.docx")
    write_expected(out / "built-emergency-comments.docx", essay_lines("emergency"))

    # 4. a table, and a collection: two essays separated by a page break
    d = docx.Document()
    title, blocks = ESSAYS["business"]
    d.add_heading(title, level=0)
    for i, (kind, text) in enumerate(blocks):
        d.add_heading(text, level=1) if kind == "h" else d.add_paragraph(text)
        if i == 2:
            t = d.add_table(rows=len(BUSINESS_TABLE), cols=3)
            t.style = "Table Grid"
            for r, row in enumerate(BUSINESS_TABLE):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    title, blocks = ESSAYS["emergency"]
    d.add_heading(title, level=0)
    for kind, text in blocks:
        d.add_heading(text, level=1) if kind == "h" else d.add_paragraph(text)
    _header_footer(d, "××县人民政府办公室", "")
    d.save(out / "built-collection-table.docx")
    write_expected(out / "built-collection-table.docx",
                   essay_lines("business", with_table=True) + essay_lines("emergency"))


# ------------------------------------------------------------------------------------------ PDF


def build_pdf(out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    pdfmetrics.registerFont(TTFont("WenKai", FONT))
    body = ParagraphStyle("body", fontName="WenKai", fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    head = ParagraphStyle("head", fontName="WenKai", fontSize=14, leading=24, spaceBefore=6, wordWrap="CJK")
    title_style = ParagraphStyle("title", fontName="WenKai", fontSize=18, leading=28, alignment=1, spaceAfter=10,
                                 wordWrap="CJK")

    def story(key: str, table: bool = False) -> list:
        title, blocks = ESSAYS[key]
        s = [Paragraph(title, title_style)]
        for i, (kind, text) in enumerate(blocks):
            s.append(Paragraph(text, head if kind == "h" else body))
            if table and i == 2:
                t = Table(BUSINESS_TABLE, colWidths=[70 * mm, 30 * mm, 30 * mm])
                t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "WenKai", 11),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
                s += [Spacer(1, 4), t, Spacer(1, 4)]
        return s

    def furniture(header: str):
        def draw(canvas, doc) -> None:  # noqa: ANN001
            canvas.saveState()
            canvas.setFont("WenKai", 9)
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
            canvas.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
            canvas.drawCentredString(A4[0] / 2, 10 * mm, f"— {doc.page} —")
            canvas.restoreState()
        return draw

    # 1. one column, running header and page numbers, paragraphs wrapped at the line end (hard line breaks in
    #    the text layer); the small page makes a paragraph run across a page break
    small = (148 * mm, 160 * mm)
    doc = SimpleDocTemplate(str(out / "built-community-running-header.pdf"), pagesize=small, leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=18 * mm)
    def draw_small(canvas, d) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont("WenKai", 9)
        canvas.drawString(15 * mm, small[1] - 12 * mm, "××市社区治理调研报告（内部资料）")
        canvas.drawCentredString(small[0] / 2, 8 * mm, f"第 {d.page} 页")
        canvas.restoreState()
    doc.build(story("community"), onFirstPage=draw_small, onLaterPages=draw_small)
    write_expected(out / "built-community-running-header.pdf", essay_lines("community"))

    # 2. two columns
    doc = BaseDocTemplate(str(out / "built-village-two-columns.pdf"), pagesize=A4)
    w = (A4[0] - 40 * mm - 8 * mm) / 2
    frames = [Frame(20 * mm, 20 * mm, w, A4[1] - 45 * mm, id="left"),
              Frame(20 * mm + w + 8 * mm, 20 * mm, w, A4[1] - 45 * mm, id="right")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture("××县农业农村局 简报"))])
    small_body = ParagraphStyle("sb", parent=body, fontSize=11, leading=17)
    title, blocks = ESSAYS["village"]
    s = [Paragraph(title, head)] + [Paragraph(t, head if k == "h" else small_body) for k, t in blocks]
    doc.build(s)
    write_expected(out / "built-village-two-columns.pdf", essay_lines("village"))

    # 3. a table inside the text, header and footer
    doc = SimpleDocTemplate(str(out / "built-business-table.pdf"), pagesize=A4, topMargin=25 * mm)
    f = furniture("××县优化营商环境工作领导小组办公室")
    doc.build(story("business", table=True), onFirstPage=f, onLaterPages=f)
    write_expected(out / "built-business-table.pdf", essay_lines("business", with_table=True))

    # 4. a collection of two essays, each starting on a new page
    from reportlab.platypus import PageBreak

    doc = SimpleDocTemplate(str(out / "built-collection.pdf"), pagesize=A4, topMargin=25 * mm)
    f = furniture("基层治理文集")
    doc.build(story("emergency") + [PageBreak()] + story("village"), onFirstPage=f, onLaterPages=f)
    write_expected(out / "built-collection.pdf", essay_lines("emergency") + essay_lines("village"))


# ------------------------------------------------------------------------------------------ HTML

GOV_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{title}_政策解读_××市人民政府门户网站</title>
<meta name="keywords" content="{title},政策解读">
<link rel="stylesheet" href="/css/common.css">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问××市人民政府门户网站</span>
<a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/fanti/">繁體</a> | <a href="/en/">English</a> | <a href="/login">登录</a></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="××市人民政府"></div>
<div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcjd/">政策解读</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进××</a></li></ul></div>
<div class="w1200 main">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcjd/">政策解读</a></div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span>来源：{source}</span><span>发布时间：2024-06-18 09:30</span><span>浏览次数：<em id="hits">1826</em></span>
<span class="font-size">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="article-content TRS_Editor">
{body}
</div>
<div class="editor">（责任编辑：王××）</div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a> <a class="qq" href="javascript:;">QQ空间</a>
<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/zcjd/1.html">××市召开基层治理工作推进会</a><span>2024-06-10</span></li>
<li><a href="/zcjd/2.html">一图读懂《关于加强基层治理体系和治理能力现代化建设的实施意见》</a><span>2024-05-28</span></li>
<li><a href="/zcjd/3.html">市政府常务会议研究部署优化营商环境等工作</a><span>2024-05-16</span></li>
</ul></div>
</div>
<div class="sidebar"><h3>热点推荐</h3><ul>
<li><a href="/rd/1.html">全市一季度经济运行情况新闻发布会召开，重点项目建设稳步推进，民生实事加快落实</a></li>
<li><a href="/rd/2.html">关于开展2024年度“最美社区工作者”推荐评选活动的通知</a></li>
</ul></div>
</div>
<div class="footer"><p><a href="/about">关于我们</a> | <a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p>
<p>主办：××市人民政府办公室　承办：××市大数据中心</p>
<p>网站标识码：3301000001　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>　<img src="/images/ga.png" alt="">浙公网安备 33010202000123号</p>
<p>建议使用1366×768分辨率 IE10以上浏览器</p></div>
</body>
</html>
"""


def _gov_page(key: str, source: str, charset: str, style: str, table: bool = False) -> str:
    title, blocks = ESSAYS[key]
    parts = []
    for i, (kind, text) in enumerate(blocks):
        if style == "indent":  # the full-width indent of editors' pages, paragraph marks as <p>
            inner = "<strong>" + text + "</strong>" if kind == "h" else "　　" + text
            parts.append(f'<p style="text-indent:2em;">{inner}</p>')
        elif style == "br":  # paragraphs as text separated by <br> inside one <div>
            inner = "<strong>" + text + "</strong>" if kind == "h" else "&nbsp;&nbsp;&nbsp;&nbsp;" + text
            parts.append(inner + "<br><br>")
        else:
            parts.append(f"<h2>{text}</h2>" if kind == "h" else f"<p>{text}</p>")
        if table and i == 2:
            rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in BUSINESS_TABLE)
            parts.append(f'<table border="1" cellspacing="0">{rows}</table>')
    body = "\n".join(parts)
    if style == "br":
        body = f"<div>{body}</div>"
    return GOV_PAGE.format(charset=charset, title=title, source=source, body=body)


def build_html(out: Path) -> None:
    pages = [
        ("built-gov-community.html", "community", "××市民政局", "utf-8", "p", False),
        ("built-gov-village-gbk.html", "village", "××县农业农村局", "gb2312", "indent", False),
        ("built-gov-emergency-br.html", "emergency", "××区应急管理局", "utf-8", "br", False),
        ("built-gov-business-table.html", "business", "××县发展和改革局", "utf-8", "p", True),
    ]
    for name, key, source, charset, style, table in pages:
        html = _gov_page(key, source, charset, style, table)
        codec = "gb18030" if charset == "gb2312" else charset
        (out / name).write_bytes(html.encode(codec))
        write_expected(out / name, essay_lines(key, with_table=table))


def main() -> None:
    build_docx(HERE / "docx")
    build_pdf(HERE / "pdf")
    build_html(HERE / "html")


if __name__ == "__main__":
    main()
