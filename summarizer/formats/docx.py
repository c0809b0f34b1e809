"""``.docx`` (WordprocessingML) → text: the document's final view, read from its XML with lxml.

Why not a library: python-docx's ``paragraph.text`` skips runs inside ``w:ins``, ``w:hyperlink``, ``w:sdt``,
``w:smartTag`` and fields, repeats vertically merged cells on every row and gives no list numbers; mammoth
turns lists into HTML lists (no ``一、`` labels) and ignores ``w:lvlOverride``; docx2python writes numbers
without ``w:lvlOverride``/``w:startOverride`` and loads every part of the package (images included) into
memory. Word's own rules (ECMA-376 Part 1, §17) are short enough to follow here, over only the parts needed.

What is read (one line per paragraph, in document order):

* Runs inside any wrapper: ``w:ins``/``w:moveTo`` (tracked insertions: kept), ``w:hyperlink``, ``w:smartTag``,
  ``w:customXml``, ``w:sdt`` content controls (block, row, cell and inline), ``w:fldSimple`` and complex fields
  (``w:fldChar`` begin/separate/end: the *result* text; the field code is dropped; a package whose fields never
  end is read again with its fields' results and no codes, so nothing after a broken field is lost).
  ``w:del``/``w:moveFrom`` (tracked deletions) are dropped. A paragraph whose mark was deleted runs on into the next one, as Word shows.
  A table of contents (a ``TOC`` field) is dropped: it repeats the headings, with page numbers.
* ``w:tab`` → tab, ``w:br``/``w:cr`` → a new line, ``w:noBreakHyphen`` → ``-``; soft hyphens, symbols, ruby
  annotations and drawings' alternative text are left out.
* Text boxes (``w:txbxContent``, of DrawingML or of the VML fallback: one copy) follow the paragraph they are
  anchored in, one line per paragraph. Footnotes and endnotes are listed after the body, in the order of their
  first reference.
* Tables: one line per row, cells joined by a tab (a cell's paragraphs joined by a space). A vertically merged
  cell (``w:vMerge``) is written once, in its first row (an empty cell in the rows below). A row with a single
  non-empty cell (a layout table holding the whole article) gives that cell's paragraphs one per line. Deleted rows are dropped.
* Word's automatic list numbers are written out (the structure stage finds sections by them): abstract
  definitions, instances (``w:num``) with ``w:lvlOverride`` (``w:startOverride`` and whole ``w:lvl``
  overrides), ``w:lvlRestart``, ``w:isLgl``, style-linked numbering (``w:numStyleLink``) and numbering through
  paragraph styles; ``w:lvlText`` like ``%1、``, ``（%1）``, ``%1.%2``; formats decimal, Chinese counting
  (``一``, ``十一``, ``一百零五``), legal (``壹``), enclosed (``①`` ``⑴`` ``⒈`` ``㈠``), letters, Roman, full-width.
  Instances of one definition share their counters (as Word numbers them) unless an override restarts them.
* Left out: headers, footers, comments, deleted text, field codes, images.
* Headings (:func:`read_docx_headings`): a paragraph of the Title style is level 0, one of a Heading 1-6 style (by the
  style's name, ``heading 2``, ``标题 2``, through ``w:basedOn``) or with an outline level (``w:outlineLvl`` 0-5, its
  own or its style's) level 1-6; the essay split reads them.

Limits (:class:`~summarizer.formats.limits.ReaderLimits`): every ZIP member's declared uncompressed size and
their total are checked before anything is read, and only the XML parts above are ever decompressed (never
the media); list start values are clamped to ``max_list_number`` and levels to 0-8; the text returned is at most
``max_extracted_chars`` characters. The XML parser resolves no entities and reaches no network.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass

from summarizer.errors import DecodeError, SummarizerError
from summarizer.formats.limits import MAX_LIST_DEPTH, ReaderLimits, too_large

__all__ = ["read_docx", "read_docx_headings", "check_archive", "chinese_number", "format_number", "style_level"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

_RELATION_TYPES = ("numbering", "styles", "footnotes", "endnotes")

# Elements whose whole subtree holds nothing of the final view.
_SKIP = frozenset(f"{_W}{t}" for t in (
    "del", "moveFrom", "pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "sdtPr", "sdtEndPr",
    "commentRangeStart", "commentRangeEnd", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd",
    "rt", "instrText", "delText", "delInstrText", "annotationRef", "commentReference",
))


def check_archive(zf: zipfile.ZipFile, limits: ReaderLimits) -> None:
    """Check every member's declared uncompressed size, and their sum, before anything is read.

    A member cannot give more bytes than it declares (``zipfile`` stops at the declared size and a member that
    holds more fails its CRC check, a :class:`DecodeError` when read), so the declared sizes bound the work.

    Raises:
        InputTooLargeError: a member over ``max_archive_member_bytes`` or a total over
            ``max_archive_total_bytes``; the message names the member and the limit.
    """
    total = 0
    for info in zf.infolist():
        if info.file_size > limits.max_archive_member_bytes:
            raise too_large(f"the uncompressed size of the archive member {info.filename!r}", info.file_size,
                            "max_archive_member_bytes", limits, "bytes")
        total += info.file_size
    if total > limits.max_archive_total_bytes:
        raise too_large("the uncompressed size of all the archive's members", total, "max_archive_total_bytes",
                        limits, "bytes")


def _parser():  # noqa: ANN202 - an lxml parser
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
                           remove_pis=True, load_dtd=False)


def zip_cut_off_hint(data: bytes) -> str:
    """``"; …cut off…"`` when a ZIP package (a ``.docx``) that will not open lacks its end-of-central-directory
    record, which closes every ZIP file: the file was cut off (an incomplete download or copy). Else ``""``."""
    if data.startswith(b"PK\x03\x04") and b"PK\x05\x06" not in data[-(65536 + 22):]:
        return ("; the file is cut off: the record that ends every ZIP package is missing (an incomplete download "
                "or copy? get the whole file again)")
    return ""


def read_docx(data: bytes, limits: ReaderLimits) -> str:
    """The text of a ``.docx`` (see the module docstring for what is kept and dropped).

    Args:
        data: the file's bytes (a ZIP package holding ``word/document.xml``).
        limits: the resource limits.

    Returns:
        The text: one line per paragraph or table row, joined by ``\\n``.

    Raises:
        InputTooLargeError: a limit of :class:`ReaderLimits` is exceeded (named in the message).
        DecodeError: not a ``.docx``, or a damaged package or XML part.
    """
    return read_docx_headings(data, limits)[0]


def read_docx_headings(data: bytes, limits: ReaderLimits) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """The text of a ``.docx`` (:func:`read_docx`: the same arguments, text and errors) and its heading lines:
    ``(start, end, level)`` of each line that is a body paragraph styled as a heading (:func:`style_level`: 0 for
    Title, 1-6 for Heading 1-6 or an outline level), ``start``/``end`` the line's offsets in the text, ascending."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_archive(zf, limits)
            names = set(zf.namelist())
            if "word/document.xml" not in names:
                raise DecodeError("not a .docx document: the package has no word/document.xml")
            parser = _parser()

            def part(name: str | None):  # noqa: ANN202 - an lxml element or None
                if not name or name not in names:
                    return None
                return etree.fromstring(zf.read(name), parser)

            document = part("word/document.xml")
            related = _related_parts(zf, names, parser)
            numbering, styles = part(related.get("numbering")), part(related.get("styles"))
            reader = _Reader(limits, _Numbering(numbering, styles, limits))
            body = document.find(f"{_W}body")
            for epigraph in _leading_quotes(body, reader.numbering) if body is not None else ():
                body.remove(epigraph)
            lines = reader.blocks(body) if body is not None else []
            if reader.fields:
                # a field that never ends would hide the rest of the document: read it again without fields
                # (their codes still dropped, their results kept)
                reader = _Reader(limits, _Numbering(numbering, styles, limits), fields=False)
                lines = reader.blocks(body)
            notes = []
            for kind in ("footnotes", "endnotes"):
                root = part(related.get(kind))
                if root is None:
                    continue
                by_id = {n.get(f"{_W}id"): n for n in root if n.get(f"{_W}type") in (None, "normal")}
                for note_id in reader.note_refs[kind]:
                    note = by_id.get(note_id)
                    if note is not None:
                        notes.extend(reader.blocks(note))
    except SummarizerError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile/lxml failures on a malformed package
        raise DecodeError(f"a damaged .docx file: {type(exc).__name__}: {exc}{zip_cut_off_hint(data)}") from None
    headings = []
    pos = 0
    for line in lines:
        if isinstance(line, _HeadingLine):
            headings.append((pos, pos + len(line), line.level))
        pos += len(line) + 1
    return "\n".join(str(line) for line in lines + notes), tuple(headings)


class _HeadingLine(str):
    """A paragraph's line that carries its heading level (:func:`style_level`) through the lists of lines."""

    level: int

    def __new__(cls, text: str, level: int) -> "_HeadingLine":
        line = super().__new__(cls, text)
        line.level = level
        return line


#: A style name of a heading level (``heading 1``, Word's built-in name in every language's documents; ``标题 1``
#: of WPS): the level is group 1.
_HEADING_STYLE = re.compile(r"(?:heading|标题|標題)\s?([1-6])", re.I)
#: Style names of a document's title (level 0).
_TITLE_STYLES = frozenset({"title", "标题", "標題"})


def style_level(name: str | None, outline_level: str | None = None) -> int | None:
    """The heading level of a paragraph style: 0 for a title style (:data:`_TITLE_STYLES`), 1-6 for a heading
    style's name (:data:`_HEADING_STYLE`: ``heading 2`` → 2) or an outline level ``w:outlineLvl`` 0-5 (→ 1-6);
    ``None`` for any other style (outline level 9 is body text)."""
    if name:
        name = name.strip()
        if name.lower() in _TITLE_STYLES:
            return 0
        m = _HEADING_STYLE.fullmatch(name)
        if m:
            return int(m.group(1))
    if outline_level is not None and outline_level.isdigit() and int(outline_level) <= 5:
        return int(outline_level) + 1
    return None


#: Word's built-in names of its quotation paragraph styles (stored in English whatever the interface's language).
_QUOTE_STYLE_NAMES = frozenset({"quote", "intense quote"})
#: Most characters of the leading quotation paragraphs read as an epigraph (:func:`_leading_quotes`).
EPIGRAPH_CHARS = 400


def _leading_quotes(body, numbering: "_Numbering") -> list:  # noqa: ANN001 - lxml elements
    """The paragraphs in a quotation style (Word's Quote or Intense Quote, :data:`_QUOTE_STYLE_NAMES`) that open the
    document (empty paragraphs aside) before a paragraph of another style, at most :data:`EPIGRAPH_CHARS` characters
    in all: an epigraph (a motto, a 题记) set above the title, which is no part of the essay (left in, it took the
    title's place and opened the summary; check48). Empty when the document opens otherwise, or is all quotation.
    Reads only the first paragraphs: bounded work."""
    if not numbering.quote_styles:
        return []
    found: list = []
    chars = 0
    for child in body:
        if child.tag != f"{_W}p":
            return []
        text = "".join(t.text or "" for t in child.iter(f"{_W}t")).strip()
        if not text:
            continue
        ppr = child.find(f"{_W}pPr")
        style = _val(ppr, "pStyle") if ppr is not None else None
        if style not in numbering.quote_styles:
            return found
        chars += len(text)
        if chars > EPIGRAPH_CHARS:
            return []
        found.append(child)
    return []


def _related_parts(zf: zipfile.ZipFile, names: set[str], parser) -> dict[str, str]:  # noqa: ANN001
    """Part names of the main document's numbering, styles, footnotes and endnotes (by relationship type;
    the usual names when the relationships part is missing)."""
    from lxml import etree

    found = {kind: f"word/{kind}.xml" for kind in _RELATION_TYPES}
    if "word/_rels/document.xml.rels" in names:
        rels = etree.fromstring(zf.read("word/_rels/document.xml.rels"), parser)
        for rel in rels.iter(f"{_REL}Relationship"):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = rel.get("Target", "")
            if kind in _RELATION_TYPES and target and rel.get("TargetMode") != "External":
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"word/{target}")
                found[kind] = path
    return found


# ------------------------------------------------------------------------------------------ the walk


class _Reader:
    """Walks block content (body, cells, text boxes, notes) into lines; holds the state that crosses
    paragraphs: open complex fields, a paragraph whose mark was deleted, note references, the character budget."""

    def __init__(self, limits: ReaderLimits, numbering: "_Numbering", fields: bool = True) -> None:
        self.limits = limits
        self.numbering = numbering
        self.use_fields = fields  # False: fldChar ignored (a package whose fields never close)
        self.fields: list[list] = []  # open complex fields: [in_result, dropped]
        self.note_refs: dict[str, list[str]] = {"footnotes": [], "endnotes": []}
        self._seen_notes: set[tuple[str, str]] = set()
        self.chars = 0
        self.carry = ""  # text of paragraphs whose mark was deleted, to run on into the next paragraph

    def _count(self, text: str) -> None:
        self.chars += len(text) + 1
        if self.chars > self.limits.max_extracted_chars:
            raise too_large("the document's text", self.chars, "max_extracted_chars", self.limits, "characters")

    def blocks(self, parent) -> list[str]:  # noqa: ANN001 - an lxml element
        lines: list[str] = []
        for child in parent:
            tag = child.tag
            if tag == f"{_W}p":
                lines.extend(self.paragraph(child))
            elif tag == f"{_W}tbl":
                lines.extend(self.table(child))
            elif tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    lines.extend(self.blocks(content))
            elif tag in (f"{_W}ins", f"{_W}moveTo", f"{_W}customXml", f"{_MC}AlternateContent"):
                lines.extend(self.blocks(_choice(child) if tag == f"{_MC}AlternateContent" else child))
            # w:del / w:moveFrom / w:sectPr / w:altChunk / w:bookmark*: nothing of the final view
        return lines

    def paragraph(self, p) -> list[str]:  # noqa: ANN001
        parts: list[str] = []
        boxes: list[str] = []
        self._inline(p, parts, boxes)
        text = "".join(parts)
        ppr = p.find(f"{_W}pPr")
        mark = ppr.find(f"{_W}rPr") if ppr is not None else None
        if mark is not None and (mark.find(f"{_W}del") is not None or mark.find(f"{_W}moveFrom") is not None):
            # the paragraph mark (which holds its properties, numbering included) is deleted: Word shows this
            # text at the start of the next paragraph, with that paragraph's properties
            self.carry += text
            return boxes
        label = self.numbering.label(ppr)
        text, self.carry = self.carry + text, ""
        if label and text.strip():
            text = label + text
        self._count(text)
        level = self.numbering.heading_level(ppr) if text.strip() else None
        return [text if level is None else _HeadingLine(text, level), *boxes]

    def _inline(self, el, out: list[str], boxes: list[str]) -> None:  # noqa: ANN001
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == f"{_W}r":
                self._run(child, out, boxes)
            elif tag == f"{_W}fldSimple":
                if _field_name(child.get(f"{_W}instr", "")) != "TOC":
                    self._inline(child, out, boxes)
            elif tag == f"{_MC}AlternateContent":
                self._inline(_choice(child), out, boxes)
            elif tag in (f"{_M}oMath", f"{_M}oMathPara"):
                out.append("".join(t.text or "" for t in child.iter(f"{_M}t")))
            else:  # w:ins, w:moveTo, w:hyperlink, w:smartTag, w:customXml, w:sdt(Content), w:dir, w:bdo, …
                self._inline(child, out, boxes)

    def _visible(self) -> bool:
        return all(in_result and not dropped for in_result, dropped in self.fields)

    def _run(self, run, out: list[str], boxes: list[str]) -> None:  # noqa: ANN001
        for child in run:
            tag = child.tag
            if tag == f"{_W}fldChar" and self.use_fields:
                kind = child.get(f"{_W}fldCharType")
                if kind == "begin":
                    self.fields.append([False, False])
                elif kind == "separate" and self.fields:
                    self.fields[-1][0] = True
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif tag == f"{_W}instrText":
                if self.fields and not self.fields[-1][0] and _field_name(child.text or "") == "TOC":
                    self.fields[-1][1] = True  # a table of contents: its result repeats the headings
            elif not self._visible():
                continue
            elif tag == f"{_W}t":
                out.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                kind = "footnotes" if tag == f"{_W}footnoteReference" else "endnotes"
                note_id = child.get(f"{_W}id")
                if note_id is not None and (kind, note_id) not in self._seen_notes:
                    self._seen_notes.add((kind, note_id))
                    self.note_refs[kind].append(note_id)
            elif tag in (f"{_W}drawing", f"{_W}pict", f"{_W}object", f"{_MC}AlternateContent"):
                self._text_boxes(_choice(child) if tag == f"{_MC}AlternateContent" else child, boxes)
            elif tag == f"{_W}ruby":
                base = child.find(f"{_W}rubyBase")
                if base is not None:
                    self._inline(base, out, boxes)

    def _text_boxes(self, el, boxes: list[str]) -> None:  # noqa: ANN001
        """Text boxes inside a drawing, outermost first (a text box inside a text box is read with it)."""
        stack = [el]
        while stack:
            node = stack.pop()
            for child in reversed(node):
                if not isinstance(child.tag, str):
                    continue
                if child.tag == f"{_W}txbxContent":
                    boxes_lines = self.blocks(child)
                    boxes.extend(line for line in boxes_lines if line.strip())
                elif child.tag == f"{_MC}AlternateContent":
                    stack.append(_choice(child))
                else:
                    stack.append(child)

    def table(self, tbl) -> list[str]:  # noqa: ANN001
        lines: list[str] = []
        for row in _rows(tbl):
            trpr = row.find(f"{_W}trPr")
            if trpr is not None and trpr.find(f"{_W}del") is not None:
                continue  # a deleted row
            cells: list[list[str]] = []
            continued = False
            for cell in _cells(row):
                tcpr = cell.find(f"{_W}tcPr")
                merge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
                if merge is not None and merge.get(f"{_W}val", "continue") != "restart":
                    cells.append([])  # the rest of a vertically merged cell: written once, in its first row
                    continued = True
                    continue
                cells.append([line for line in self.blocks(cell) if line.strip()])
            filled = [c for c in cells if c]
            if len(filled) == 1 and (len(filled[0]) > 1 or not continued):
                lines.extend(filled[0])  # a layout table: one cell holds the text, keep its lines
            elif filled:
                lines.append("\t".join(" ".join(" ".join(line.split()) for line in c) for c in cells))
        return lines


def _rows(tbl):  # noqa: ANN001, ANN202
    for child in tbl:
        if child.tag == f"{_W}tr":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"):
            inner = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if inner is not None:
                yield from _rows(inner)


def _cells(row):  # noqa: ANN001, ANN202
    for child in row:
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"):
            inner = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if inner is not None:
                yield from _cells(inner)


def _choice(alternate):  # noqa: ANN001, ANN202
    """The content of ``mc:AlternateContent`` read once: its first ``mc:Choice`` (else its ``mc:Fallback``)."""
    for tag in (f"{_MC}Choice", f"{_MC}Fallback"):
        found = alternate.find(tag)
        if found is not None:
            return found
    return alternate


def _field_name(instr: str) -> str:
    words = instr.split(None, 1)
    return words[0].upper() if words else ""


# ------------------------------------------------------------------------------------------ numbering

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IDEOGRAPH_DIGITAL = "〇一二三四五六七八九"
_CN_FORMATS = frozenset({"chineseCounting", "chineseCountingThousand", "ideographTraditional",
                         "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"})


def chinese_number(n: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str:
    """A number in Chinese counting form, as Word's ``chineseCounting`` writes it: 1 → 一, 10 → 十, 21 → 二十一,
    105 → 一百零五, 1010 → 一千零一十, 20000 → 二万. Numbers of 100,000,000 or more, and 0 or less, are written in
    decimal digits. ``digits``/``units`` give the legal form (壹, 拾佰仟)."""
    if n <= 0 or n >= 100_000_000:
        return str(n)
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        rest = chinese_number(low, digits, units) if low else ""
        return chinese_number(high, digits, units) + "万" + ("零" + rest if 0 < low < 1000 else rest)
    out = []
    zero = False
    for value, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // value % 10
        if d:
            if zero:
                out.append(digits[0])
            zero = False
            out.append(("" if (unit == units[0] and d == 1 and n < 20 and digits is _CN_DIGITS) else digits[d])
                       + unit)
        elif out:
            zero = True
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """List number ``n`` in Word's number format ``fmt`` (``w:numFmt``): ``decimal`` 3, ``chineseCounting`` 三,
    ``chineseLegalSimplified`` 叁, ``ideographDigital`` 〇一, ``decimalEnclosedCircle`` ③, ``decimalEnclosedParen``
    ⑶, ``decimalEnclosedFullstop`` ⒊, ``ideographEnclosedCircle`` ㊂, ``ideographZodiac`` 丙, ``lowerLetter`` c,
    ``upperRoman`` III, ``decimalFullWidth`` ３, ``decimalZero`` 03; ``bullet``/``none`` give ``""``. A form that
    has no glyph for ``n`` (⑳ is the last circled number, letters beyond zz…, Roman beyond 3999) gives decimal."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt in _CN_FORMATS:
        return chinese_number(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return chinese_number(n, _CN_LEGAL_DIGITS, "拾佰仟")
    if fmt == "ideographDigital":
        return "".join(_IDEOGRAPH_DIGITAL[int(d)] for d in str(n)) if n >= 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "ideographEnclosedCircle":
        return chr(0x3280 + n - 1) if 1 <= n <= 10 else chinese_number(n)
    if fmt == "ideographParenthesized" or fmt == "ideographEnclosedParen":
        return chr(0x3220 + n - 1) if 1 <= n <= 10 else f"（{chinese_number(n)}）"
    if fmt == "ideographZodiac":
        return "甲乙丙丁戊己庚辛壬癸"[n - 1] if 1 <= n <= 10 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        if not 1 <= n <= 26 * 20:
            return str(n)
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        if not 1 <= n <= 3999:
            return str(n)
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(_FULL_WIDTH)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)  # decimal, ordinal, cardinalText and the rest


_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"
    text: str | None = None
    start: int = 1
    restart: int | None = None  # w:lvlRestart (None: restart after any shallower level)
    legal: bool = False  # w:isLgl
    suffix: str = "tab"


def _val(element, tag: str) -> str | None:  # noqa: ANN001
    child = element.find(f"{_W}{tag}") if element is not None else None
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level_index(value: str | None) -> int:
    """``w:ilvl`` clamped to Word's levels 0..8."""
    return min(max(_int(value, 0), 0), MAX_LIST_DEPTH - 1)


class _Numbering:
    """Word's automatic list numbers written out as text (see the module docstring).

    Counters belong to an abstract definition (instances of one definition continue each other's numbers, as in
    Word); a ``w:startOverride`` sets its level's counter when its instance is first used at that level.
    """

    def __init__(self, numbering, styles, limits: ReaderLimits) -> None:  # noqa: ANN001 - lxml elements or None
        self.limits = limits
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNumId -> style id (w:numStyleLink)
        self.nums: dict[str, tuple[str, dict[int, tuple[int | None, _Level | None]]]] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id -> (basedOn, numId, ilvl)
        self.style_levels: dict[str, int | None] = {}  # id -> heading level of its own name or outline level
        self.default_style: str | None = None
        self.quote_styles: set[str] = set()  # ids of the paragraph styles Word names Quote / Intense Quote
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[tuple[str, int]] = set()
        if styles is not None:
            for style in styles.iter(f"{_W}style"):
                if style.get(f"{_W}type") not in (None, "paragraph", "numbering"):
                    continue
                sid = style.get(f"{_W}styleId")
                numpr = style.find(f"{_W}pPr/{_W}numPr")
                self.styles[sid] = (_val(style, "basedOn"), _val(numpr, "numId"), _val(numpr, "ilvl"))
                self.style_levels[sid] = style_level(_val(style, "name"), _val(style.find(f"{_W}pPr"), "outlineLvl"))
                if style.get(f"{_W}default") in ("1", "true", "on") and style.get(f"{_W}type") == "paragraph":
                    self.default_style = sid
                if (_val(style, "name") or "").strip().lower() in _QUOTE_STYLE_NAMES:
                    self.quote_styles.add(sid)
        if numbering is None:
            return
        for an in numbering.iter(f"{_W}abstractNum"):
            aid = an.get(f"{_W}abstractNumId", "")
            self.abstract[aid] = {_level_index(lvl.get(f"{_W}ilvl")): self._level(lvl) for lvl in an.iter(f"{_W}lvl")}
            link = _val(an, "numStyleLink")
            if link:
                self.style_link[aid] = link
        for num in numbering.iter(f"{_W}num"):
            aid = _val(num, "abstractNumId")
            if aid is None:
                continue
            overrides: dict[int, tuple[int | None, _Level | None]] = {}
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override, "startOverride")
                lvl = override.find(f"{_W}lvl")
                overrides[_level_index(override.get(f"{_W}ilvl"))] = (
                    self._clamp(_int(start, 1)) if start is not None else None,
                    self._level(lvl) if lvl is not None else None)
            self.nums[num.get(f"{_W}numId", "")] = (aid, overrides)

    def _clamp(self, n: int) -> int:
        return min(max(n, 0), self.limits.max_list_number)

    def _level(self, lvl) -> _Level:  # noqa: ANN001
        restart = _val(lvl, "lvlRestart")
        legal = lvl.find(f"{_W}isLgl")
        return _Level(fmt=_val(lvl, "numFmt") or "decimal", text=_val(lvl, "lvlText"),
                      start=self._clamp(_int(_val(lvl, "start"), 0 if _val(lvl, "numFmt") == "decimalZero" else 1)),
                      restart=_int(restart, 0) if restart is not None else None,
                      legal=legal is not None and legal.get(f"{_W}val", "1") not in ("0", "false", "off"),
                      suffix=_val(lvl, "suff") or "tab")

    def _abstract_of(self, num_id: str) -> str | None:
        """The abstract definition an instance uses, following style links (``w:numStyleLink``)."""
        entry = self.nums.get(num_id)
        aid = entry[0] if entry else None
        for _ in range(5):
            if aid is None or aid not in self.style_link:
                break
            style = self.styles.get(self.style_link[aid])
            linked = self.nums.get(style[1]) if style and style[1] else None
            if linked is None or linked[0] == aid:
                break
            aid = linked[0]
        return aid

    def _effective(self, num_id: str, aid: str, ilvl: int) -> _Level:
        level = self.abstract.get(aid, {}).get(ilvl)
        override = self.nums.get(num_id, ("", {}))[1].get(ilvl)
        if override and override[1] is not None:
            level = override[1]
        return level or _Level(text=None)

    def _numbering_of(self, ppr) -> tuple[str | None, int]:  # noqa: ANN001
        """``(numId, ilvl)`` of a paragraph: its own ``w:numPr``, else its style's (and the styles it is based on)."""
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id = _val(numpr, "numId")
        ilvl = _val(numpr, "ilvl")
        style_id = _val(ppr, "pStyle") if ppr is not None else None
        style_id = style_id or self.default_style
        seen = 0
        while (num_id is None or ilvl is None) and style_id in self.styles and seen < 20:
            based_on, s_num, s_lvl = self.styles[style_id]
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_lvl
            style_id, seen = based_on, seen + 1
        return num_id, _level_index(ilvl)

    def heading_level(self, ppr) -> int | None:  # noqa: ANN001 - a w:pPr element or None
        """The heading level of a paragraph (:func:`style_level`): its own ``w:outlineLvl``, else its style's (and
        the styles it is based on, at most 20); ``None`` for body text."""
        own = _val(ppr, "outlineLvl") if ppr is not None else None
        if own is not None:
            return style_level(None, own)
        style_id = _val(ppr, "pStyle") if ppr is not None else None
        style_id = style_id or self.default_style
        seen = 0
        while style_id in self.styles and seen < 20:
            if self.style_levels.get(style_id) is not None:
                return self.style_levels[style_id]
            style_id, seen = self.styles[style_id][0], seen + 1
        return None

    def label(self, ppr) -> str:  # noqa: ANN001 - a w:pPr element or None
        """The list label of a paragraph (``"一、"``, ``"（二）"``, ``"1. "``), advancing the counters; ``""`` for
        a paragraph outside a list or in a bulleted one."""
        if not self.nums:
            return ""
        num_id, ilvl = self._numbering_of(ppr)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid = self._abstract_of(num_id)
        if aid is None or aid not in self.abstract:
            return ""
        counters = self.counters.setdefault(aid, [None] * MAX_LIST_DEPTH)
        level = self._effective(num_id, aid, ilvl)
        start_override = self.nums[num_id][1].get(ilvl, (None, None))[0]
        if start_override is not None and (num_id, ilvl) not in self.started:
            self.started.add((num_id, ilvl))
            counters[ilvl] = start_override
        elif counters[ilvl] is None:
            counters[ilvl] = level.start
        else:
            counters[ilvl] = min(counters[ilvl] + 1, self.limits.max_list_number)
        for deeper in range(ilvl + 1, MAX_LIST_DEPTH):
            restart = self._effective(num_id, aid, deeper).restart
            if restart is None or (restart != 0 and ilvl < restart):
                counters[deeper] = None
                self.started.discard((num_id, deeper))
        if level.fmt == "bullet" or not level.text:
            return ""

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            if not 0 <= k < MAX_LIST_DEPTH:
                return ""
            spec = self._effective(num_id, aid, k)
            value = counters[k] if counters[k] is not None else spec.start
            fmt = "decimal" if (level.legal and k < ilvl and spec.fmt not in ("bullet", "none")) else spec.fmt
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", number, level.text)
        if not text or level.suffix == "nothing":
            return text
        # Word separates the number from the text by a tab or a space; Chinese text is typed as "一、存在"
        # without one, while "1." needs a space to read as a list marker.
        return text + " " if text[-1].isascii() else text
