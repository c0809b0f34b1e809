"""Input formats: bytes of a file → the text to summarize (plain text, HTML, MHTML, ``.docx``, ``.pdf``).

The one place where documents are read; :func:`summarizer.summarize` (for ``bytes``), the CLI (``summarizer
summarize``/``summarizer extract``), the batch runner (:mod:`summarizer.batch`) and the HTTP upload endpoint all
call :func:`read_bytes`/:func:`read_path`, then summarize the :class:`Document` (:func:`summarizer.summarize`).
This module imports nothing of the project above :mod:`summarizer.decode` and :mod:`summarizer.errors`.

Format detection (:func:`detect_format`) trusts the bytes before the file name:

1. ``%PDF-n.n`` in the first 1,024 bytes → ``pdf``; a ZIP holding ``word/document.xml`` → ``docx``; any other ZIP
   (``.xlsx``, ``.epub``, …), an OLE2 file (old ``.doc``, encrypted Office files) or a known binary signature
   (images, archives, executables) → :class:`~summarizer.errors.UnsupportedFormatError`;
2. a MIME message with an HTML part (a page saved as ``.mhtml``/``.mht``) → ``html``;
3. a ``.html``/``.htm``/``.xhtml``/``.mhtml`` name, an ``text/html`` media type, or text that starts like an
   HTML page (``<!DOCTYPE html``, ``<html``) → ``html``;
4. otherwise ``text``.

What each reader gives (``Document.text``; every offset of a summary points into it):

* ``text``: :func:`summarizer.decode.decode_bytes` (UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030/GBK,
  Big5, others by detection); ``encoding`` is the codec found. Binary data → :class:`~summarizer.errors.DecodeError`.
* ``html``: the declared ``<meta charset>`` when it decodes the bytes strictly, otherwise ``decode_bytes``; then
  the main content by trafilatura (navigation, breadcrumbs, side bars, footers, comments dropped; headings and
  paragraphs one per line, tables kept). A page with no main content → :class:`~summarizer.errors.EmptyInputError`.
* ``docx``: python-docx; body paragraphs and tables in document order (one line per paragraph, table cells
  joined by a tab, one line per row), Word's automatic list numbers written out (``一、``, ``（一）``, ``1.``)
  because the structure stage reads them; headers, footers and comments are left out. ``encoding`` is
  ``utf-8`` (the package's XML).
* ``pdf``: pypdf's text layer, one page after the other (a ``\\n`` between pages). A PDF with pages but no text
  layer (a scan) → :class:`~summarizer.errors.NoTextLayerError`; an encrypted PDF that does not open with an
  empty password → :class:`~summarizer.errors.DecodeError`. ``encoding`` is ``unicode`` (the text comes from
  the fonts' ToUnicode maps, not from a byte encoding).

Every failure of a third-party parser on malformed input is turned into a :class:`~summarizer.errors.DecodeError`
naming the format, so a stray byte never escapes as an unexpected exception.

Sizes: ``max_bytes`` limits the *file* in bytes; the characters of the extracted text are limited later, by
``max_chars`` of :func:`summarizer.summarize`.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from summarizer.chars import has_content
from summarizer.decode import decode_bytes, read_file_bytes
from summarizer.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    NoTextLayerError,
    SummarizerError,
    UnsupportedFormatError,
)

__all__ = [
    "Document",
    "Format",
    "FORMATS",
    "SUFFIXES",
    "detect_format",
    "read_bytes",
    "read_path",
]

Format = Literal["text", "html", "docx", "pdf"]
#: The formats :func:`read_bytes` reads.
FORMATS: tuple[str, ...] = ("text", "html", "docx", "pdf")

#: File name suffixes (lower case) of each format; a directory walk takes these files (and files without a
#: suffix), see :func:`summarizer.batch.expand_inputs`.
SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".csv": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".mhtml": "html", ".mht": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

#: Largest uncompressed size of the main part of a ``.docx`` (``word/document.xml``), in bytes: a guard
#: against ZIP bombs (a 100-page essay collection is a few MB).
MAX_DOCX_XML_BYTES = 256_000_000
#: Most pages of a PDF read (a guard against runaway files; a long report has a few hundred).
MAX_PDF_PAGES = 5_000

_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")  # anywhere in the first 1,024 bytes, as readers accept
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""", re.I)
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
#: Any tag, comment or declaration (also in UTF-16: a NUL after the ``<``) or character entity: a file named
#: .html without any of them is plain text.
_MARKUP = re.compile(rb"<\x00?[A-Za-z!/?]|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
_CHARSET_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
                    "big5": "big5hkscs", "x-big5": "big5hkscs", "unicode": "utf-8"}


@dataclass(frozen=True)
class Document:
    """A document read from a file: the text to summarize and how it was found.

    Attributes:
        text: the text (characters); every offset of its summary points into it.
        format: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"``; ``None`` for a ``str`` the caller gave as it is
            (:func:`summarizer.pipeline.as_document`).
        encoding: the byte encoding of a text or HTML file (a Python codec name), ``"utf-8"`` for docx,
            ``"unicode"`` for pdf.
        source: the file name or id given by the caller (never opened by the library unless it came through
            :func:`read_path`).
        pages: number of pages of a PDF (``None`` for other formats).
    """

    text: str
    format: str | None
    encoding: str
    source: str | None = None
    pages: int | None = None


# ------------------------------------------------------------------------------------------ detection


def detect_format(data: bytes, filename: str | None = None, media_type: str | None = None) -> str:
    """Say which reader fits ``data``: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"``.

    Args:
        data: the file's bytes.
        filename: the file's name, used only for its suffix (``.html`` vs ``.txt``); never opened.
        media_type: a declared media type such as ``text/html`` (an upload's ``Content-Type``), if any.

    Raises:
        UnsupportedFormatError: an image, archive, spreadsheet, old ``.doc`` or other binary format; the message
            names what was found.
    """
    head = data[:1024]
    if _PDF_HEADER.search(head):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_format(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedFormatError(
            "an OLE2 file: an old binary .doc/.xls or an encrypted Office document; save it as .docx, .pdf or .txt"
        )
    if _is_mime_message(head):
        return "html"
    suffix = Path(filename).suffix.lower() if filename else ""
    declared_html = SUFFIXES.get(suffix) == "html" or bool(
        media_type and media_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"))
    if declared_html and _MARKUP.search(data):  # a name or type saying HTML over plain text is not believed
        return "html"
    if _looks_like_html(data[:4096]):
        return "html"
    return "text"


def _zip_format(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError) as exc:
        raise DecodeError(f"a damaged ZIP file (or .docx): {exc}") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormatError("a spreadsheet (.xlsx), not a document; export the text first")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormatError("a presentation (.pptx), not a document; export the text first")
    if "META-INF/container.xml" in names:
        raise UnsupportedFormatError("an EPUB book; export its chapters as text or HTML first")
    if "content.xml" in names:
        raise UnsupportedFormatError("an OpenDocument file (.odt); save it as .docx or .txt first")
    raise UnsupportedFormatError("a ZIP archive, not a document; unpack it first")


def _is_mime_message(head: bytes) -> bool:
    lowered = head[:1024].lower()
    return (lowered.startswith((b"mime-version:", b"from:", b"content-type:", b"subject:", b"date:"))
            and b"mime-version" in lowered and b"multipart/" in lowered)


def _looks_like_html(head: bytes) -> bool:
    for codec in ("utf-8", "utf-16", "latin-1"):
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "utf-16" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        return bool(_HTML_START.match(text.lstrip("\ufeff")))
    return False  # pragma: no cover - latin-1 decodes anything


# ------------------------------------------------------------------------------------------ reading


def read_bytes(
    data: bytes,
    *,
    filename: str | None = None,
    media_type: str | None = None,
    format: str | None = None,  # noqa: A002 - the user-facing name
    source: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Read a document from its bytes, in whatever supported format they are.

    Args:
        data: the file's bytes.
        filename: the file's name, only to tell HTML from text by its suffix (never opened).
        media_type: the declared media type (e.g. an upload's ``Content-Type``), a hint like ``filename``.
        format: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"`` to skip detection (``None`` or ``"auto"``: detect).
        source: echoed as :attr:`Document.source` (defaults to ``filename``).
        max_bytes: refuse more than this many bytes (``None``: no limit).

    Returns:
        A :class:`Document`.

    Raises:
        InputTooLargeError: ``data`` is longer than ``max_bytes`` bytes, or a ``.docx`` unpacks to more than
            :data:`MAX_DOCX_XML_BYTES` bytes.
        UnsupportedFormatError: a format no reader handles (image, archive, spreadsheet, old ``.doc``…).
        NoTextLayerError: a PDF whose pages have no text (a scan: run OCR first).
        DecodeError: binary or undecodable text, a damaged or encrypted PDF/``.docx``.
        EmptyInputError: an HTML page in which no main content was found.
        ValueError: ``format`` is not one of :data:`FORMATS`.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"read_bytes() expects bytes, not {type(data).__name__}")
    data = bytes(data)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLargeError(f"the file is {len(data):,} bytes; the limit is {max_bytes:,} bytes", field="file")
    if format in (None, "auto"):
        fmt = detect_format(data, filename, media_type)
    elif format in FORMATS:
        fmt = format
    else:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)} or 'auto'")
    source = source if source is not None else filename
    if fmt == "pdf":
        text, pages = _read_pdf(data)
        return Document(text=text, format="pdf", encoding="unicode", source=source, pages=pages)
    if fmt == "docx":
        return Document(text=_read_docx(data), format="docx", encoding="utf-8", source=source)
    if fmt == "html":
        text, encoding = _read_html(data)
        return Document(text=text, format="html", encoding=encoding, source=source)
    text, encoding = decode_bytes(data)
    return Document(text=text, format="text", encoding=encoding, source=source)


def read_path(path: str | Path, *, max_bytes: int | None = None, format: str | None = None,  # noqa: A002
              data: bytes | None = None) -> Document:
    """Read a file from disk in any supported format (see :func:`read_bytes`); ``source`` is ``str(path)``.

    ``data``: the file's bytes when they were already read elsewhere (Ray Data's ``read_binary_files``, from a
    local disk or an object store); the file is then not opened, and ``max_bytes`` is checked on ``len(data)``
    with the message a file on disk gets. Everything else (format detection by the name, messages starting
    with the path) is as for a file read here, so both give the same :class:`Document` or error.

    Raises:
        FileNotFoundError, IsADirectoryError, PermissionError, OSError: the file cannot be read (the message
            names it).
        InputTooLargeError: the file is larger than ``max_bytes`` bytes.
        UnsupportedFormatError, NoTextLayerError, DecodeError, EmptyInputError: as :func:`read_bytes`; the
            message starts with the path.
    """
    if data is None:
        data = read_file_bytes(path, max_bytes=max_bytes)
    elif max_bytes is not None and len(data) > max_bytes:
        raise InputTooLargeError(f"file is {len(data):,} bytes; the limit is {max_bytes:,} bytes: {Path(path)}")
    try:
        return read_bytes(data, filename=str(path), format=format, source=str(path))
    except SummarizerError as exc:
        if str(path) in str(exc):
            raise
        raise type(exc)(f"{path}: {exc}", field=exc.field) from None


# ------------------------------------------------------------------------------------------ HTML


def _read_html(data: bytes) -> tuple[str, str]:
    if _is_mime_message(data[:1024]):
        return _read_mhtml(data)
    html, encoding = _decode_html(data)
    return _main_content(html), encoding


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML page: a BOM first, then the declared ``<meta charset>``, then :func:`decode_bytes`."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii").lower()
            codec = _CHARSET_ALIASES.get(declared, declared)
            try:
                return data.decode(codec), codec
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
    return decode_bytes(data)


def _read_mhtml(data: bytes) -> tuple[str, str]:
    """The first ``text/html`` part of a saved web archive (MHTML), decoded by its declared charset."""
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.default)
        parts = list(message.walk())
    except Exception as exc:  # noqa: BLE001 - the email parser's failures on malformed input
        raise DecodeError(f"a damaged MHTML web archive: {exc}") from None
    for kind in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() != kind:
                continue
            try:
                payload = part.get_payload(decode=True) or b""
            except Exception as exc:  # noqa: BLE001
                raise DecodeError(f"a damaged MHTML web archive: {exc}") from None
            charset = part.get_content_charset()
            codec = _CHARSET_ALIASES.get(charset, charset) if charset else None
            text = encoding = None
            if codec:
                try:
                    text, encoding = payload.decode(codec), codec
                except (LookupError, UnicodeDecodeError):
                    pass
            if text is None:
                text, encoding = (_decode_html(payload) if kind == "text/html" else decode_bytes(payload))
            return (_main_content(text) if kind == "text/html" else text), encoding
    raise EmptyInputError("the MHTML web archive has no HTML or text part")


def _main_content(html: str) -> str:
    """The main content of a page (trafilatura), boilerplate removed; one line per paragraph or heading."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every page it finds too short
    try:
        text = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=True, include_images=False,
            include_links=False, deduplicate=False, favor_recall=True, with_metadata=False,
        )
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura failures on malformed markup
        raise DecodeError(f"could not parse the HTML page: {type(exc).__name__}: {exc}") from None
    if not text or not has_content(text):
        try:
            text = trafilatura.html2txt(html)  # a page too small for main-content detection: all its text
        except Exception:  # noqa: BLE001
            text = None
    if not text or not has_content(text):
        raise EmptyInputError("no main content found in the HTML page (no text outside navigation and markup)")
    return text


# ------------------------------------------------------------------------------------------ DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
    except KeyError:
        raise DecodeError("not a .docx document: the package has no word/document.xml") from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError) as exc:
        raise DecodeError(f"a damaged .docx file: {exc}") from None
    if info.file_size > MAX_DOCX_XML_BYTES:
        raise InputTooLargeError(
            f"the .docx unpacks to {info.file_size:,} bytes of XML; the limit is {MAX_DOCX_XML_BYTES:,} bytes",
            field="file",
        )
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
            else:
                text = block.text
                label = numbering.label(block)
                lines.append(label + text if label and text.strip() else text)
    except SummarizerError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml/zipfile failures on a malformed package
        raise DecodeError(f"a damaged .docx file: {type(exc).__name__}: {exc}") from None
    return "\n".join(lines)


def _table_lines(table) -> list[str]:  # noqa: ANN001 - a docx.table.Table
    lines = []
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell is returned once per grid column it spans
                continue
            last = cell._tc
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append("\t".join(cells))
    return lines


_CN_DIGITS = "零一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (the counting form Word's ``chineseCounting`` uses)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + _CN_DIGITS[rest] if rest < 10 else
                                    (_CN_DIGITS[rest // 10] + "十" + (_CN_DIGITS[rest % 10] if rest % 10 else "")))
        return _CN_DIGITS[n // 100] + "百" + tail
    return str(n)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
               "taiwaneseCountingThousand", "chineseLegalSimplified"):
        return _chinese_number(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "bullet" or fmt == "none":
        return ""
    return str(n)  # decimal, decimalZero, decimalFullWidth and the rest


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out) or str(n)


class _Numbering:
    """Word's automatic list numbers (``numbering.xml``) written out as text: ``%1、`` → ``一、``.

    The structure stage finds essays' sections by their markers; a list numbered by Word has none in its
    paragraph text. Bullets give no label. Counters restart for deeper levels when a shallower one advances.
    """

    def __init__(self, document) -> None:  # noqa: ANN001 - a docx.Document
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (fmt, lvlText, start)
        self.counters: dict[str, list[int]] = {}
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError, AttributeError):
            return
        root = part.element
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in an.iter(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt = _val(lvl, "numFmt") or "decimal"
                text = _val(lvl, "lvlText") or ""
                start = int(_val(lvl, "start") or "1")
                levels[ilvl] = (fmt, text, start)
            abstract[an.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_W}val", ""), {}).items():
                self.levels[(num.get(f"{_W}numId", ""), ilvl)] = spec

    def label(self, paragraph) -> str:  # noqa: ANN001 - a docx.text.paragraph.Paragraph
        if not self.levels:
            return ""
        num_id, ilvl = _numbering_of(paragraph)
        if not num_id or num_id == "0" or (num_id, ilvl) not in self.levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        if not 0 <= ilvl < 9:
            return ""
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, start = self.levels[(num_id, ilvl)]
        counters[ilvl] = start if counters[ilvl] == 0 else counters[ilvl] + 1
        if fmt in ("bullet", "none") or not text:
            return ""

        def level_number(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            spec = self.levels.get((num_id, level))
            value = counters[level] if 0 <= level < 9 and counters[level] else (spec[2] if spec else 1)
            return _format_number(value, spec[0] if spec else "decimal")

        label = re.sub(r"%(\d)", level_number, text)
        # Word separates the number from the text by a tab; Chinese text is typed as "一、存在" without one,
        # while "1." needs a space to read as a list marker.
        return label + " " if label and label[-1].isascii() else label


def _numbering_of(paragraph) -> tuple[str | None, int]:  # noqa: ANN001 - a docx.text.paragraph.Paragraph
    """``(numId, ilvl)`` of a paragraph: its own ``w:numPr``, else its style's (and the styles it is based on)."""
    num_id: str | None = None
    ilvl: str | None = None
    sources = [paragraph._p.pPr]
    try:
        style = paragraph.style
        depth = 0
        while style is not None and depth < 10:
            sources.append(style.element.pPr)
            style = style.base_style
            depth += 1
    except (AttributeError, KeyError, ValueError):
        pass
    for ppr in sources:
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if numpr is None:
            continue
        num_id = num_id if num_id is not None else _val(numpr, "numId")
        ilvl = ilvl if ilvl is not None else _val(numpr, "ilvl")
        if num_id is not None and ilvl is not None:
            break
    try:
        level = int(ilvl or "0")
    except ValueError:
        level = 0
    return num_id, level


def _val(element, tag: str) -> str | None:  # noqa: ANN001 - an lxml element
    child = element.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


# ------------------------------------------------------------------------------------------ PDF


def _read_pdf(data: bytes) -> tuple[str, int]:
    import logging

    import pypdf
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about odd but readable files
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported crypt filters and the like
                opened = 0
            if not opened:
                raise DecodeError("an encrypted PDF that needs a password; save an unprotected copy first")
        pages = reader.pages
        count = len(pages)
        if count > MAX_PDF_PAGES:
            raise InputTooLargeError(f"the PDF has {count:,} pages; the limit is {MAX_PDF_PAGES:,}", field="file")
        texts = []
        for page in pages:
            texts.append((page.extract_text() or "").rstrip("\n"))
    except SummarizerError:
        raise
    except FileNotDecryptedError:
        raise DecodeError("an encrypted PDF that needs a password; save an unprotected copy first") from None
    except (PdfReadError, RecursionError, MemoryError, Exception) as exc:  # noqa: BLE001 - any parser failure
        raise DecodeError(f"a damaged PDF file: {type(exc).__name__}: {exc}") from None
    text = "\n".join(texts)
    if not has_content(text):
        if count == 0:
            raise DecodeError("the PDF has no pages")
        raise NoTextLayerError(
            f"the PDF has {count} page(s) but no text layer (a scanned document?); run OCR on it first, "
            "e.g. with ocrmypdf"
        )
    return text, count
