"""Test files made in the tests themselves: a CJK PDF with a text layer, a scanned (image-only) PDF, a .docx
with Word list numbering, a web page with navigation and footer boilerplate, the same page as MHTML.

What these fixtures prove, and what they do not:

* :func:`make_pdf` writes a real PDF by hand: a Type0 font (``Identity-H``) whose character codes are the
  UTF-16 code units, with a ``ToUnicode`` map, the way CJK PDFs produced by word processors carry text. No
  font program is embedded (none is needed to *extract* text, and a CJK font cannot be shipped with the
  tests), so a viewer would draw the glyphs with a substitute font; pypdf's text extraction — what the
  summarizer uses — reads the same structures it reads in real files.
* :func:`make_scanned_pdf` writes a page whose only content is an image: a scan without OCR.
* :func:`make_docx` uses python-docx itself, and adds a Word numbering definition (``chineseCounting``,
  ``%1、``), so the list numbers exist only in ``numbering.xml``, as in documents typed in Word.
"""

from __future__ import annotations

import io

ESSAY_LINES = [
    "关于加强基层治理的思考",
    "基层治理是国家治理的基石。近年来，各地积极探索，取得了明显成效。",
    "一、存在的问题",
    "一是基层力量薄弱，人员编制不足；二是经费保障不够，运转困难；三是群众参与度不高，协同机制缺失。",
    "二、对策建议",
    "一是充实基层队伍，加强业务培训；二是加大财政投入，完善经费保障机制；三是畅通参与渠道，激发群众活力。",
]
ESSAY = "\n".join(ESSAY_LINES) + "\n"

NAV_WORDS = ["网站首页", "新闻中心", "关于我们", "当前位置", "热门推荐", "版权所有", "京ICP备", "网站地图"]


def page_html(charset: str = "utf-8", lines: list[str] | None = None) -> str:
    """A news-site page: navigation, breadcrumb, the article, a recommended-links box and a footer."""
    lines = ESSAY_LINES if lines is None else lines
    title, body = lines[0], lines[1:]
    paragraphs = "\n".join(
        f"<h2>{line}</h2>" if line.startswith(("一、", "二、", "三、")) else f"<p>{line}</p>" for line in body
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{title}_理论频道_某某网</title>
<script>var _hmt = _hmt || []; function track() {{ return "统计代码"; }}</script>
<style>.nav {{ color: red; }}</style></head>
<body>
<div class="header"><ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/news">新闻中心</a></li>
<li><a href="/about">关于我们</a></li><li><a href="/contact">联系我们</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a> &gt; 理论</div>
<div class="main"><article><h1>{title}</h1>
<div class="info">来源：某某网　作者：编辑部　时间：2024-03-01</div>
{paragraphs}
</article></div>
<div class="sidebar"><h3>热门推荐</h3><ul><li><a href="/a/1">某地召开基层治理工作推进会</a></li>
<li><a href="/a/2">专家解读最新政策文件要点</a></li><li><a href="/a/3">图解：一图读懂年度工作安排</a></li></ul></div>
<div class="footer"><p>版权所有 © 2024 某某网 京ICP备12345678号</p><p>网站地图 | 隐私政策 | 联系我们</p></div>
</body></html>
"""


def mhtml(html: str, charset: str = "utf-8") -> bytes:
    """``html`` saved as a web archive (MHTML, quoted-printable), the way a browser's "save as" writes it."""
    import quopri

    body = quopri.encodestring(html.encode(charset)).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://www.example.com/article/1.html\r\n"
        "Subject: =?utf-8?Q?test?=\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"\r\n'
        "\r\n"
        "------MultipartBoundary--abc\r\n"
        f"Content-Type: text/html; charset={charset}\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://www.example.com/article/1.html\r\n"
        "\r\n"
        f"{body}\r\n"
        "------MultipartBoundary--abc\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        ".nav { color: red; }\r\n"
        "------MultipartBoundary--abc--\r\n"
    ).encode("ascii")


def _pdf(objects: list[bytes]) -> bytes:
    """Serialize numbered objects (object 1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _to_unicode(chars: set[str]) -> bytes:
    """A ToUnicode CMap for the characters used (code = UTF-16 code unit, as the content streams write them).

    Real files map the glyphs they use, one ``bfchar`` block of at most 100 entries at a time; a map of the
    whole 0000-FFFF range would make every reader build a 65,536-entry table."""
    codes = sorted({unit for ch in chars for unit in _units(ch)})
    blocks = []
    for i in range(0, len(codes), 100):
        part = codes[i:i + 100]
        blocks.append(b"%d beginbfchar\n" % len(part)
                      + b"".join(b"<%04X> <%04X>\n" % (c, c) for c in part) + b"endbfchar\n")
    return (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + b"".join(blocks)
        + b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )


def _units(ch: str) -> list[int]:
    data = ch.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages show ``pages[i]`` line by line, with a CJK text layer (see the module docstring)."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree (filled in below)
    objects.append(_stream(_to_unicode({ch for lines in pages for line in lines for ch in line})))  # 3
    objects.append(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] "
                   b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>")  # 4
    objects.append(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry "
                   b"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 4 0 R /DW 1000 "
                   b"/CIDToGIDMap /Identity >>")  # 5
    objects.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
                   b"/DescendantFonts [5 0 R] /ToUnicode 3 0 R >>")  # 6
    kids = []
    for lines in pages:
        ops = [b"BT /F1 12 Tf 14 TL 40 800 Td"]
        ops += [b"<" + line.encode("utf-16-be").hex().upper().encode("ascii") + b"> Tj T*" for line in lines]
        ops.append(b"ET")
        objects.append(_stream(b"\n".join(ops)))
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R "
                       b">> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _pdf(objects)


def make_scanned_pdf(pages: int = 2) -> bytes:
    """A PDF whose pages are only an image each (an 8x8 grey bitmap): what a scanner without OCR produces."""
    objects: list[bytes] = [b"", b""]
    objects.append(_stream(bytes(range(64)), b"/Type /XObject /Subtype /Image /Width 8 /Height 8 "
                           b"/ColorSpace /DeviceGray /BitsPerComponent 8 "))  # 3
    kids = []
    for _ in range(pages):
        objects.append(_stream(b"q 500 0 0 700 40 60 cm /Im1 Do Q"))
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R "
                       b">> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _pdf(objects)


def make_docx(lines: list[str] | None = None, *, numbered_headings: bool = False, table: bool = False) -> bytes:
    """A .docx of ``lines`` (one paragraph each; the first is a Title). With ``numbered_headings``, lines that
    start with ``一、``/``二、`` lose that marker and get Word numbering (``chineseCounting``, ``%1、``) instead."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    lines = ESSAY_LINES if lines is None else lines
    document = docx.Document()
    document.add_paragraph(lines[0], style="Title")
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉：某某研究院内部资料"
    section.footer.paragraphs[0].text = "第 1 页"
    num_id = None
    if numbered_headings:
        numbering = document.part.numbering_part.element
        numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        num_id = "90"
    for line in lines[1:]:
        if num_id and line[:2] in ("一、", "二、", "三、", "四、"):
            paragraph = document.add_paragraph(line[2:], style="Heading 2")
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
        else:
            document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=2, cols=2)
        grid.cell(0, 0).text, grid.cell(0, 1).text = "指标", "数值"
        grid.cell(1, 0).text, grid.cell(1, 1).text = "基层工作人员", "1200人"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_package(body: str, *, numbering: str | None = None, footnotes: str | None = None,
                 styles: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A .docx written by hand (lxml-checked XML): ``body`` is the inside of ``w:body``; ``numbering``,
    ``footnotes`` and ``styles`` the inside of their parts' root elements; ``extra`` more members (media…).

    Word writes these parts the same way; hand-writing them lets a test hold exactly the markup a fault needs
    (tracked changes, content controls, overrides) that python-docx cannot write."""
    import zipfile

    from lxml import etree

    ns = (f'xmlns:w="{W_NS}" xmlns:r="{_RT}" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    parts = {"word/document.xml": f'<w:document {ns}><w:body>{body}</w:body></w:document>'}
    rels = []
    for kind, content, root in (("numbering", numbering, "numbering"), ("footnotes", footnotes, "footnotes"),
                                ("styles", styles, "styles")):
        if content is not None:
            parts[f"word/{kind}.xml"] = f"<w:{root} {ns}>{content}</w:{root}>"
            rels.append(f'<Relationship Id="r{kind}" Type="{_RT}/{kind}" Target="{kind}.xml"/>')
    parts["word/_rels/document.xml.rels"] = f'<Relationships xmlns="{_RELS_NS}">{"".join(rels)}</Relationships>'
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{wml}.{kind}+xml"/>'
        for name, kind in (("word/document.xml", "document.main"), ("word/numbering.xml", "numbering"),
                           ("word/footnotes.xml", "footnotes"), ("word/styles.xml", "styles")) if name in parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                    'content-types"><Default Extension="xml" ContentType="application/xml"/>'
                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                    f"{overrides}</Types>")
        zf.writestr("_rels/.rels", f'<Relationships xmlns="{_RELS_NS}"><Relationship Id="rId1" '
                    f'Type="{_RT}/officeDocument" Target="word/document.xml"/></Relationships>')
        for name, xml in parts.items():
            etree.fromstring(xml.encode("utf-8"))  # the test's own XML must be well-formed
            zf.writestr(name, xml.encode("utf-8"))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


def w_p(*runs: str, num: tuple[int, int] | None = None, ppr: str = "") -> str:
    """A paragraph of ``runs`` (plain strings become ``w:r/w:t``; strings starting with ``<`` are kept as XML),
    in list ``num`` = (numId, ilvl) when given."""
    numpr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
    body = "".join(r if r.startswith("<") else f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs)
    return f"<w:p><w:pPr>{numpr}{ppr}</w:pPr>{body}</w:p>"


def make_pdf_positioned(pages: list[list[tuple]], *, page_width: int = 595) -> bytes:
    """A PDF (reportlab, the standard CID font STSong-Light, not embedded: every reader maps it through the
    Adobe-GB1 ``UniGB-UCS2-H`` CMap) whose pages draw text items where told: each item is ``(text, x, y)`` or
    ``(text, x, y, "bold")`` (drawn a second time 0.4 pt to the right: the fake bold of word processors and
    typesetters). A CJK character is 12 pt wide at 12 pt, so a test knows where a CJK line ends:
    ``x + 12 * len(text)``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(page_width, 842), invariant=True)
    for items in pages:
        drawing.setFont("STSong-Light", 12)
        for item in items:
            text, x, y = item[0], item[1], item[2]
            for dx in ([0, 0.4] if len(item) > 3 and item[3] == "bold" else [0]):
                drawing.drawString(x + dx, y, text)
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def make_pdf_shared_stream(pages: int, stream_bytes: int) -> bytes:
    """A PDF of ``pages`` pages that all draw one flate-compressed content stream of ``stream_bytes`` bytes
    (line-drawing operators): a few KB on disk, ``pages * stream_bytes`` bytes for a reader to parse."""
    import zlib

    unit = b"0 0 m 1 1 l S\n"
    raw = unit * (stream_bytes // len(unit))
    packed = zlib.compress(raw, 9)
    objects: list[bytes] = [b"", b""]
    objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")  # 3
    kids = []
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>")
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _pdf(objects)
