"""Input formats: bytes of a file → the text to summarize (plain text, HTML, MHTML, ``.docx``, ``.pdf``).

The one place where documents are read; :func:`summarizer.summarize` (for ``bytes``), the CLI (``summarizer
summarize``/``summarizer extract``), the batch runner (:mod:`summarizer.batch`) and the HTTP upload endpoint all
call :func:`read_bytes`/:func:`read_path`, then summarize the :class:`Document` (:func:`summarizer.summarize`).
This module imports nothing of the project above :mod:`summarizer.decode` and :mod:`summarizer.errors`.

Format detection (:func:`detect_format`) trusts the bytes before the file name:

1. ``%PDF-n.n`` in the first 1,024 bytes → ``pdf``; a ZIP holding ``word/document.xml`` → ``docx``; any other ZIP
   (``.xlsx``, ``.epub``, …), an OLE2 file (old ``.doc``, encrypted Office files) or a known binary signature
   (images, archives, executables) → :class:`~summarizer.errors.UnsupportedFormatError`;
2. a MIME message: a multipart one (a page saved as ``.mhtml``/``.mht``, an e-mail with attachments) or a single
   ``text/plain``/``text/html`` body (an ``.eml`` e-mail, often base64 or quoted-printable) → ``html``, read by
   its first HTML part, else its first text part, decoded (:func:`_is_mime_message`);
3. a ``.html``/``.htm``/``.xhtml``/``.mhtml`` name, an ``text/html`` media type, or text that starts like an
   HTML page (``<!DOCTYPE html``, ``<html``) → ``html``;
4. otherwise ``text``.

What each reader gives (``Document.text``; every offset of a summary points into it):

* ``text``: :func:`summarizer.decode.decode_bytes` (UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030/GBK,
  Big5, others by detection); ``encoding`` is the codec found. Binary data → :class:`~summarizer.errors.DecodeError`.
* ``text`` from a ``.csv``/``.tsv`` file: every non-empty cell one per line, or the column ``csv_column`` names;
  a table of stored essays (``<date or id>,<title>,"<body>"``) as it is (the cleaning stage reads its records).
* ``html``: the declared ``<meta charset>`` when it decodes the bytes strictly, otherwise ``decode_bytes`` and a
  ``wrong_charset`` warning (a GBK page that declares ``utf-8``; a UTF-8, GBK or Big5 page that declares a
  single-byte charset such as ``iso-8859-1``, which decodes any bytes:
  :func:`~summarizer.decode.misdeclared_single_byte`); then
  the main content (:mod:`summarizer.formats.html`: ``<br>`` lines kept, link blocks and navigation removed,
  trafilatura, site-boilerplate lines dropped), and the level of each line that is an ``<h1>``-``<h6>``
  (:attr:`Document.headings`). A page with no main content → :class:`~summarizer.errors.EmptyInputError`.
* ``docx``: the package's XML read with lxml (:mod:`summarizer.formats.docx`): the final view of tracked changes,
  content controls, fields, hyperlinks, text boxes and notes in document order, Word's list numbers written out
  with their overrides, tables one row per line, and the level of each Title or Heading paragraph
  (:attr:`Document.headings`). ``encoding`` is ``utf-8`` (the package's XML).
* ``pdf``: PDFium's text layer (:mod:`summarizer.formats.pdf`), page furniture removed (page numbers, running
  heads, fake bold, CJK line wraps re-joined). A PDF with pages but no text layer (a scan) →
  :class:`~summarizer.errors.NoTextLayerError`; an encrypted PDF that does not open with an empty password →
  :class:`~summarizer.errors.DecodeError`. ``encoding`` is ``unicode`` (the text comes from the fonts' ToUnicode
  maps, not from a byte encoding).
* RTF and JSON files are refused by name (:class:`~summarizer.errors.UnsupportedFormatError`).

Every failure of a third-party parser on malformed input is turned into a :class:`~summarizer.errors.DecodeError`
naming the format, so a stray byte never escapes as an unexpected exception.

Sizes: ``max_bytes`` limits the *file* in bytes; ``limits`` (:class:`~summarizer.formats.limits.ReaderLimits`,
from ``SUMMARIZER_*`` variables by default) bound what a ``.docx`` or PDF may make a reader unpack, parse and
return; the characters of the text are limited later, by ``max_chars`` of :func:`summarizer.summarize`.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from summarizer.chars import word_groups
from summarizer.decode import (
    DecodeWarning,
    binary_signature,
    decode_bytes,
    decode_text,
    misdeclared_single_byte,
    read_file_bytes,
)
from summarizer.errors import (
    ColumnNotFoundError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    SummarizerError,
    UnsupportedFormatError,
)
from summarizer.formats.docx import read_docx_headings, zip_cut_off_hint
from summarizer.formats.html import main_content_headings
from summarizer.formats.limits import ReaderLimits
from summarizer.formats.pdf import read_pdf

__all__ = [
    "Document",
    "Format",
    "FORMATS",
    "ReaderLimits",
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
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text", ".csv": "text", ".tsv": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".mhtml": "html", ".mht": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".eml": "text",  # an e-mail: a MIME message, read by its bytes (detect_format) as an MHTML archive is
}

#: What a file named so starts with, said when its bytes are binary and not that (:func:`read_bytes`).
_SIGNATURE_OF_SUFFIX = {".pdf": "PDF (one starts with %PDF-)", ".docx": ".docx file (one is a ZIP package, starting with PK)"}
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
        warnings: what decoding replaced (:class:`summarizer.decode.DecodeWarning`: a cut-off last character,
            a few invalid bytes), reported in the summary's ``warnings``.
        records: offsets into ``text`` (characters, ascending) where a record of a table begins that is one
            essay of its own, untitled (a ``.csv``/``.tsv`` column of essay bodies read with ``csv_column``); empty
            for every other input (the essay split then finds essays from the text itself).
        record_titles: the title of each record (parallel to ``records``; ``""``: none), from the table's title
            column (:func:`_read_table`); empty when no record has one.
        headings: ``(start, end, level)`` of each line of ``text`` that the file marks as a heading, ``start``/``end``
            the line's offsets in ``text`` (ascending), ``level`` 1-6 (``<h1>``-``<h6>`` of a page:
            :func:`summarizer.formats.html.main_content_headings`; a ``.docx`` paragraph styled Heading 1-6, or 0 for
            its Title style: :func:`summarizer.formats.docx.read_docx_headings`); empty for text and PDF (a markdown
            file's ``#`` headings and the ``<h1>``-``<h6>`` of HTML left in text are read from its text:
            :func:`summarizer.markup.heading_spans`). The essay split reads them
            (:func:`summarizer.essays.split_essays`).
    """

    text: str
    format: str | None
    encoding: str
    source: str | None = None
    pages: int | None = None
    warnings: tuple[DecodeWarning, ...] = ()
    records: tuple[int, ...] = ()
    record_titles: tuple[str, ...] = ()
    headings: tuple[tuple[int, int, int], ...] = ()


# ------------------------------------------------------------------------------------------ detection


#: The stream name ``EncryptedPackage`` (UTF-16LE, as an OLE2 directory entry names it) of an Office document saved
#: with a password (MS-OFFCRYPTO): the encrypted .docx/.xlsx inside the container.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


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
        if _ENCRYPTED_PACKAGE in data:
            # (Office writes a .docx/.xlsx saved with a password as an OLE2 container holding the encrypted package:
            # the user named a .docx and needs to hear about the password, not about old .doc files; try48)
            raise UnsupportedFormatError(
                "a password-protected Office document (its content is encrypted): open it in Word or WPS, remove "
                "the password (文件 → 信息 → 保护文档 → 用密码进行加密, leave it empty) and save it again as .docx")
        raise UnsupportedFormatError(
            "an OLE2 file: an old binary .doc/.xls or an encrypted Office document; save it as .docx, .pdf or .txt "
            "(a sheet as .csv)"
        )
    if _is_mime_message(head):
        return "html"
    suffix = Path(filename).suffix.lower() if filename else ""
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf") or suffix == ".rtf":
        raise UnsupportedFormatError("an RTF document; save it as .docx or .txt first")
    declared = media_type.split(";")[0].strip().lower() if media_type else ""
    if suffix in (".json", ".jsonl", ".ndjson") or declared in ("application/json", "application/x-ndjson"):
        raise UnsupportedFormatError(
            "a JSON file, not a document: give its text as text (the API's JSON `text`, or `summarizer summarize "
            "--input-jsonl` for JSON Lines)")
    declared_html = SUFFIXES.get(suffix) == "html" or bool(
        media_type and media_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"))
    if declared_html and _MARKUP.search(data):  # a name or type saying HTML over plain text is not believed
        return "html"
    if _looks_like_html(data[:4096]):
        return "html"
    return "text"


def _check_forced_format(data: bytes, fmt: str, filename: str | None, media_type: str | None) -> None:
    """A format forced by the caller (``--input-format``, the upload's ``format``) that the bytes plainly are not:
    a PDF without a ``%PDF-`` header, a ``.docx`` that is no ZIP package. Said so, with what the bytes look like,
    instead of the reader's "damaged file" error (the file is not damaged, the option does not fit it).

    The other way round, ``"text"`` or ``"html"`` forced on a PDF (starting with ``%PDF-``) or a ``.docx`` package
    is said so too, naming the format to ask for, rather than "binary data, not text".

    Raises:
        DecodeError: the bytes are not of the forced format.
    """
    if fmt in ("text", "html"):
        _check_forced_markup_format(data, fmt)
        return
    if fmt == "pdf" and not _PDF_HEADER.search(data[:1024]):
        expected = "a PDF starts with %PDF-"
    elif fmt == "docx" and not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        expected = "a .docx is a ZIP package, starting with PK"
    else:
        return
    try:
        found = detect_format(data, filename, media_type)
    except DecodeError as exc:  # an image, an archive…: named by detection's own message
        looks, hint = str(exc).split(";")[0], ""
    else:
        if found == "text" and (binary_signature(data) or _NUL_OR_CONTROL.search(data[:1024])):
            looks, hint = binary_signature(data) or "binary data", ""
        else:
            looks = {"text": "plain text", "html": "an HTML page", "pdf": "a PDF", "docx": "a .docx"}[found]
            hint = f"; leave the format to detection (auto) or ask for {found!r}"
    raise DecodeError(f"not a {fmt.upper()} file, as the format asked for says: {expected}; these bytes look like "
                      f"{looks}{hint}")


def _check_forced_markup_format(data: bytes, fmt: str) -> None:
    """``"text"``/``"html"`` forced on bytes that are a PDF or a ``.docx`` (see :func:`_check_forced_format`).

    Only a file that starts as one counts (``%PDF-``, a ZIP package holding ``word/document.xml``): a plain text
    that mentions ``%PDF-1.4`` in its first lines is still read as asked. Any other ZIP is left to the text reader's
    own message.

    Raises:
        DecodeError: the bytes are a PDF or a ``.docx``.
    """
    if data.startswith(b"%PDF-"):
        found = "pdf"
    elif data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        try:
            found = _zip_format(data)
        except (DecodeError, UnsupportedFormatError):
            return
    else:
        return
    looks = {"pdf": "a PDF", "docx": "a .docx"}[found]
    raise DecodeError(f"not {'an HTML page' if fmt == 'html' else 'plain text'}, as the format asked for says: these "
                      f"bytes are {looks}; leave the format to detection (auto) or ask for {found!r}")


_NUL_OR_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a]")


def _zip_format(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError) as exc:
        raise DecodeError(f"a damaged ZIP file (or .docx): {exc}{zip_cut_off_hint(data)}") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormatError("a spreadsheet (.xlsx), not a document; save the sheet as .csv (UTF-8) and "
                                     "summarize that (a column of essays: --csv-column NAME, an upload's csv_column)")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormatError("a presentation (.pptx), not a document; export the text first")
    if "META-INF/container.xml" in names:
        raise UnsupportedFormatError("an EPUB book; export its chapters as text or HTML first")
    if "content.xml" in names:
        raise UnsupportedFormatError("an OpenDocument file (.odt); save it as .docx or .txt first")
    if "[Content_Types].xml" in names:  # an Office Open XML package without its main part: a broken .docx
        raise DecodeError("a damaged Office document (.docx): its package has no word/document.xml")
    raise UnsupportedFormatError("a ZIP archive, not a document; unpack it first")


#: The first line of an e-mail or MHTML file: a header name and its colon (``From:``, ``Received:``, ``X-Mailer:``).
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,40}:")
#: A ``Content-Type`` header of a single-part MIME message whose body is text (an ``.eml`` e-mail).
_TEXT_CONTENT_TYPE = re.compile(rb"(?:^|\n)content-type:[ \t]{0,20}text/(?:plain|html)")


def _is_mime_message(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) opens a MIME message: a header line first, a ``MIME-Version``
    header, and a ``multipart/`` body (a page saved as ``.mhtml``, an e-mail with attachments or an HTML
    alternative) or a single ``text/plain``/``text/html`` body (an ``.eml`` e-mail, whose body is often in
    base64 or quoted-printable and reads as garbage without decoding)."""
    lowered = head[:1024].lower()
    if not _HEADER_LINE.match(lowered) or b"mime-version" not in lowered:
        return False
    return b"multipart/" in lowered or _TEXT_CONTENT_TYPE.search(lowered) is not None


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
    limits: ReaderLimits | None = None,
    csv_column: str | int | None = None,
    csv_title_column: str | int | None = None,
) -> Document:
    """Read a document from its bytes, in whatever supported format they are.

    Args:
        data: the file's bytes.
        filename: the file's name, only to tell HTML from text by its suffix (never opened).
        media_type: the declared media type (e.g. an upload's ``Content-Type``), a hint like ``filename``.
        format: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"`` to skip detection (``None`` or ``"auto"``: detect).
        source: echoed as :attr:`Document.source` (defaults to ``filename``).
        max_bytes: refuse more than this many bytes (``None``: no limit).
        limits: what a ``.docx``/PDF may make the reader unpack, parse and return
            (:class:`~summarizer.formats.limits.ReaderLimits`; ``None``: :meth:`ReaderLimits.from_env`).
        csv_column: for a ``.csv``/``.tsv`` file (by name or ``text/csv`` media type), the column to read: a header
            name or a 0-based index; ``None``: the one column of long cells under a header row (one essay per
            row), else every cell (see :func:`_read_table`).
        csv_title_column: for such a table, the column of the records' titles (a header name or a 0-based
            index); ``None``: the header cell that names a title (``标题``, ``题目``, ``title``…), if any.

    Returns:
        A :class:`Document`.

    Raises:
        InputTooLargeError: ``data`` is longer than ``max_bytes`` bytes, or a limit of ``limits`` is exceeded
            (a ``.docx`` member or all of them unpack to too much, too many PDF pages or content-stream bytes,
            too much extracted text); the message names the limit and its ``SUMMARIZER_*`` variable.
        UnsupportedFormatError: a format no reader handles (image, archive, spreadsheet, old ``.doc``, RTF,
            JSON…).
        NoTextLayerError: a PDF whose pages have no text (a scan: run OCR first).
        DecodeError: binary or undecodable text, a damaged, cut-off or encrypted PDF/``.docx``, or bytes that are
            plainly not of a forced ``format`` (``"pdf"`` without ``%PDF-``, ``"docx"`` that is no ZIP).
        EmptyInputError: ``data`` is empty (0 bytes; ``field`` ``"file"``), or an HTML page in which no main
            content was found.
        ValueError: ``format`` is not one of :data:`FORMATS`.
        ColumnNotFoundError: (a ``ValueError``) ``csv_column`` names no column of the table, or is given for a
            file that is not a ``.csv``/``.tsv`` table.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"read_bytes() expects bytes, not {type(data).__name__}")
    data = bytes(data)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLargeError(f"the file is {len(data):,} bytes; the limit is {max_bytes:,} bytes", field="file")
    if not data:  # a failed download or export: said so, not "no letter, digit or CJK character" (a 0-byte .pdf)
        raise EmptyInputError("the file is empty (0 bytes)", field="file")
    if format in (None, "auto"):
        fmt = detect_format(data, filename, media_type)
    elif format in FORMATS:
        fmt = format
        _check_forced_format(data, fmt, filename, media_type)
    else:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)} or 'auto'")
    source = source if source is not None else filename
    asked = "csv_column" if csv_column is not None else "csv_title_column" if csv_title_column is not None else None
    if asked and fmt != "text":
        raise ColumnNotFoundError(f"{asked} applies to a .csv or .tsv file only; this file is {fmt.upper()}",
                                  field=asked)
    if fmt in ("pdf", "docx") and limits is None:
        limits = ReaderLimits.from_env()
    if fmt == "pdf":
        text, pages = read_pdf(data, limits)
        return Document(text=text, format="pdf", encoding="unicode", source=source, pages=pages)
    if fmt == "docx":
        text, headings = read_docx_headings(data, limits)
        return Document(text=text, format="docx", encoding="utf-8", source=source, headings=headings)
    if fmt == "html":
        text, encoding, headings, warnings = _read_html(data)
        return Document(text=text, format="html", encoding=encoding, source=source, headings=headings,
                        warnings=warnings)
    suffix = Path(filename).suffix.lower() if filename else ""
    try:
        decoded = decode_text(data)
    except DecodeError as exc:
        named = _SIGNATURE_OF_SUFFIX.get(suffix)
        if named is None:
            raise
        # (a .pdf or .docx that detection did not find one, and binary: a damaged download or a file misnamed, not
        # a text to re-encode; try52)
        raise DecodeError(f"named {suffix}, but not a {named}: {exc}", field=exc.field) from None
    text = decoded.text
    declared = media_type.split(";")[0].strip().lower() if media_type else ""
    records: tuple[int, ...] = ()
    titles: tuple[str, ...] = ()
    if suffix in (".csv", ".tsv") or declared in ("text/csv", "text/tab-separated-values"):
        text, records, titles = _read_table(text, "\t" if suffix == ".tsv" or declared == "text/tab-separated-values"
                                            else ",", csv_column, csv_title_column)
    elif asked:
        raise ColumnNotFoundError(f"{asked} applies to a .csv or .tsv file only; this file was read as text",
                                  field=asked)
    return Document(text=text, format="text", encoding=decoded.encoding, source=source, warnings=decoded.warnings,
                    records=records, record_titles=titles)


def read_path(path: str | Path, *, max_bytes: int | None = None, format: str | None = None,  # noqa: A002
              data: bytes | None = None, limits: ReaderLimits | None = None,
              csv_column: str | int | None = None, csv_title_column: str | int | None = None) -> Document:
    """Read a file from disk in any supported format (see :func:`read_bytes`); ``source`` is ``str(path)``.

    ``data``: the file's bytes when they were already read elsewhere (Ray Data's ``read_binary_files``, from a
    local disk or an object store); the file is then not opened, and ``max_bytes`` is checked on ``len(data)``
    with the message a file on disk gets; ``limits``, ``csv_column`` and ``csv_title_column`` as for :func:`read_bytes`. Everything else (format detection by the name, messages starting
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
        raise InputTooLargeError(f"{Path(path)}: file is {len(data):,} bytes; the limit is {max_bytes:,} bytes")
    try:
        return read_bytes(data, filename=str(path), format=format, source=str(path), limits=limits,
                          csv_column=csv_column, csv_title_column=csv_title_column)
    except SummarizerError as exc:
        if str(path) in str(exc):
            raise
        raise type(exc)(f"{path}: {exc}", field=exc.field) from None


# ------------------------------------------------------------------------------------------ CSV / TSV

# a table of stored essays, one record a line: "<date or id>,<title>,"<body…" (read by the cleaning stage as records,
# one essay each: summarizer.markup.record_starts)
_ESSAY_RECORD = re.compile(
    r"\A\ufeff?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,12}),[^,\"\n]{2,200},\"")


def _is_header(line: str) -> bool:
    """Whether one CSV line is a header row: two or more non-empty cells, none of them a number or a date (the
    cells of a record start with its id or date), none longer than 40 characters."""
    import csv

    cells = next(csv.reader([line.lstrip("\ufeff").rstrip("\r")]), [])
    return len(cells) >= 2 and all(
        0 < len(cell.strip()) <= 40 and not cell.strip()[:1].isdigit() for cell in cells)


# a table cell of at least this many characters (or with a line break) holds an essay body, not a label
ESSAY_CELL_CHARS = 100


def _title_names() -> frozenset[str]:
    """The header cells that name a table's title column (``[title]`` of ``resources/table_columns.txt``), ASCII
    lower-cased."""
    return frozenset(w.lower() for w in word_groups("table_columns.txt", "table column names").get("title", ()))


def _essay_cells(cells: list[str]) -> bool:
    """Whether a column's non-empty ``cells`` hold essay bodies: two or more, at least half of them
    :data:`ESSAY_CELL_CHARS` characters long or holding a line break."""
    essays = sum(1 for cell in cells if len(cell) >= ESSAY_CELL_CHARS or "\n" in cell)
    return len(cells) >= 2 and 2 * essays >= len(cells)


def _column_index(header: list[str], column: str | int, field: str) -> int:
    """The 0-based index of ``column`` (a header name, or an index as an int or a string of digits)."""
    name = "csv_column" if field == "column" else "csv_title_column"
    if isinstance(column, str) and not column.strip().isdigit():
        if column not in header:
            raise ColumnNotFoundError(
                f"no {field} {column!r} in the table; its header is {', '.join(header) or '(empty)'}", field=name)
        return header.index(column)
    return int(column)


def _read_table(text: str, delimiter: str, column: str | int | None,
                title_column: str | int | None = None) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    """The text of a CSV/TSV table, where its essay records begin, and their titles: ``column``'s cells (a header
    name, or a 0-based index) one per line, or with ``column`` ``None`` every non-empty cell, row after row, one per
    line (a cell's own line breaks kept).

    The record offsets (characters into the returned text) are given for a column of essay bodies: two or more
    cells of which at least half hold a line break or :data:`ESSAY_CELL_CHARS` characters; each such cell is then
    one essay (:attr:`Document.records`). A column of short one-line cells (names, headlines) gives none.

    With ``column`` ``None``, a table whose first row is a header (:func:`_header_cells`) and that has exactly one
    column of long cells (at least half of its cells :data:`ESSAY_CELL_CHARS` characters or more: a 提案 table
    ``提案号,标题,提案人,案由及建议,承办单位``) is read as that column: one essay per row. Otherwise every cell is
    a line of one text, as before.

    Record titles (parallel to the records; ``""``: none) come from ``title_column`` (a header name or a 0-based
    index), else from the header cell that names a title (``标题``/``题目``/``title``…, ``resources/
    table_columns.txt``) when the body column was found by its header name or by itself.

    A table of stored essays (``<date or id>,<title>,"<body>"`` records) with ``column`` ``None`` is returned as
    it is: the cleaning stage reads its records as essays, one each (their offsets then point into the file); a
    header row above such records (``id,title,body``) is left out (the text then starts at the first record).

    Raises:
        DecodeError: the table does not parse (csv's own errors, e.g. a NUL byte).
        ColumnNotFoundError: ``column`` or ``title_column`` names no header cell, or its index is negative or
            beyond the widest row, or ``title_column`` is the body column (a ``ValueError``).
    """
    import csv

    if column is None and delimiter == ",":
        if _ESSAY_RECORD.match(text):
            return text, (), ()
        header_end = text.find("\n")
        if 0 < header_end <= 1000 and _ESSAY_RECORD.match(text[header_end + 1:]) and _is_header(text[:header_end]):
            return text[header_end + 1:], (), ()  # a header row (id,title,body) over the records: table apparatus
    if len(text) >= csv.field_size_limit():  # a cell may be as long as the text (the limit is per process)
        csv.field_size_limit(len(text) + 1)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
    except csv.Error as exc:
        raise DecodeError(f"a damaged {'TSV' if delimiter == chr(9) else 'CSV'} file: {exc}") from None
    header = [cell.strip().lstrip("\ufeff") for cell in rows[0]] if rows else []
    by_header = False  # the body column was found in the header (its rows start after it)
    if column is None:
        index = _body_column(header, rows[1:]) if _header_cells(header) else None
        if index is None:
            return "\n".join(cell.strip() for row in rows for cell in row if cell.strip()), (), ()
        by_header, rows = True, rows[1:]
    elif isinstance(column, str) and not column.strip().isdigit():
        index, rows, by_header = _column_index(header, column, "column"), rows[1:], True
    else:
        index = int(column)
        if index < 0 or not any(len(row) > index for row in rows):
            raise ColumnNotFoundError(f"no column {index} in the table (0-based; its widest row has "
                             f"{max((len(row) for row in rows), default=0)} cells)")
    if title_column is not None:
        title_index: int | None = _column_index(header, title_column, "title column")
        widest = max((len(row) for row in rows), default=len(header))
        if title_index is not None and not 0 <= title_index < max(widest, len(header)):
            raise ColumnNotFoundError(f"no title column {title_index} in the table (0-based; its widest row has "
                                      f"{max(widest, len(header))} cells)", field="csv_title_column")
        if title_index == index:
            raise ColumnNotFoundError(f"the title column is the body column ({title_index}, 0-based); name "
                                      "another", field="csv_title_column")
    else:
        names = _title_names()
        title_index = next((i for i, cell in enumerate(header) if cell.lower() in names and i != index), None) \
            if by_header else None
    kept = [row for row in rows if len(row) > index and row[index].strip()]
    cells = [row[index].strip() for row in kept]
    records: list[int] = []
    titles: list[str] = []
    if _essay_cells(cells) or (column is None and cells):  # (found by itself: its cells are bodies, one or more)
        at = 0
        for row, cell in zip(kept, cells):
            records.append(at)
            at += len(cell) + 1
            title = row[title_index] if title_index is not None and len(row) > title_index else ""
            titles.append(" ".join(title.split()))
    return "\n".join(cells), tuple(records), tuple(titles) if any(titles) else ()


def _header_cells(header: list[str]) -> bool:
    """Whether a table's first row is a header: two or more cells, the non-empty ones short labels (at most 40
    characters, no line break, not starting with a digit)."""
    named = [cell for cell in header if cell]
    return len(header) >= 2 and len(named) >= 2 and all(
        len(cell) <= 40 and "\n" not in cell and not cell[:1].isdigit() for cell in named)


def _body_column(header: list[str], rows: list[list[str]]) -> int | None:
    """The one column of ``rows`` (the rows under ``header``) whose cells are essay bodies (at least half of its
    non-empty cells :data:`ESSAY_CELL_CHARS` characters or more), or ``None`` when no column or more than one is;
    of several such columns, one that the header names a title (:func:`_title_names`) is not counted."""
    filled = [0] * len(header)  # non-empty cells per column
    long = [0] * len(header)  # cells of ESSAY_CELL_CHARS or more per column
    for row in rows:  # one pass over the cells
        for i, cell in enumerate(row[:len(header)]):
            n = len(cell.strip())
            filled[i] += n > 0
            long[i] += n >= ESSAY_CELL_CHARS
    found = [i for i in range(len(header)) if filled[i] and 2 * long[i] >= filled[i]]
    if len(found) > 1:  # long titles: a column the header names a title is no body (标题,内容 of long cells)
        names = _title_names()
        found = [i for i in found if header[i].lower() not in names]
    return found[0] if len(found) == 1 else None


# ------------------------------------------------------------------------------------------ HTML


def _read_html(data: bytes) -> tuple[str, str, tuple[tuple[int, int, int], ...], tuple[DecodeWarning, ...]]:
    """``(text, encoding, headings, warnings)`` of a page or a saved web archive (MHTML): its main content, the codec
    it was decoded with, its heading lines (:func:`main_content_headings`) and what decoding noticed."""
    if _is_mime_message(data[:1024]):
        return _read_mhtml(data)
    html, encoding, warnings = _decode_html(data)
    text, headings = main_content_headings(html)
    return text, encoding, headings, warnings


def wrong_charset_warning(declared: str, codec: str, where: str = "page") -> DecodeWarning:
    """The ``wrong_charset`` warning of a page (or an MHTML part: ``where``) whose declared charset ``declared``
    does not fit its bytes, read as ``codec`` instead (a GBK page that declares ``<meta charset=utf-8>``, a UTF-8
    page that declares ``iso-8859-1``)."""
    return DecodeWarning("wrong_charset", f"the {where} declares charset {declared!r}, but its bytes decode as {codec} "
                         f"text; read as {codec} instead")


def _decode_html(data: bytes, declared: str | None = None) -> tuple[str, str, tuple[DecodeWarning, ...]]:
    """Decode an HTML page: a BOM first, then the declared charset (``declared``, an MHTML part's, or the page's
    ``<meta charset>``), then :func:`decode_text`; returns ``(text, codec, warnings)``. A declared charset that
    does not decode the bytes strictly (or names no codec), or a single-byte one over bytes that are UTF-8 or
    Chinese (:func:`~summarizer.decode.misdeclared_single_byte`), gives way to detection with a ``wrong_charset``
    warning (:func:`wrong_charset_warning`), beside what detection itself noticed."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        decoded = decode_text(data)
        return decoded.text, decoded.encoding, decoded.warnings
    where = "part"
    if declared is None:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii").lower() if match else None
        where = "page"
    if declared:
        codec = _CHARSET_ALIASES.get(declared, declared)
        try:
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead, and say so
        else:
            true = misdeclared_single_byte(data, codec)  # Latin-1 decodes anything: UTF-8 or GBK under it?
            if true is None:
                return text, codec, ()
            return true.text, true.encoding, (wrong_charset_warning(declared, true.encoding, where), *true.warnings)
    decoded = decode_text(data)
    warnings = decoded.warnings
    if declared:
        warnings = (wrong_charset_warning(declared, decoded.encoding, where), *warnings)
    return decoded.text, decoded.encoding, warnings


def _read_mhtml(data: bytes) -> tuple[str, str, tuple[tuple[int, int, int], ...], tuple[DecodeWarning, ...]]:
    """The first ``text/html`` part of a saved web archive (MHTML), decoded by its declared charset (a wrong one
    gives way to detection with a ``wrong_charset`` warning, :func:`_decode_html`): its text, encoding, heading
    lines (:func:`main_content_headings`; none for a ``text/plain`` part) and warnings. An e-mail (``.eml``: it names
    a ``To``/``Cc``) gets its ``Subject`` as a first line ``主题：…`` (:func:`_email_subject`), its title."""
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.default)
        parts = list(message.walk())
        subject = _email_subject(message)
    except Exception as exc:  # noqa: BLE001 - the email parser's failures on malformed input
        raise DecodeError(f"a damaged MIME message (MHTML web archive or e-mail): {exc}") from None
    text, encoding, headings, warnings = _read_mime_parts(parts)
    if subject:
        # (an e-mail's subject names what it is about, and its body often opens with a greeting: the subject goes first
        # as the 主题： line a pasted e-mail has, whose value the essay split takes as the title; fix51)
        prefix = f"{_SUBJECT_LABEL}{subject}\n\n"
        text = prefix + text
        headings = tuple((a + len(prefix), b + len(prefix), level) for a, b, level in headings)
    return text, encoding, headings, warnings


#: The label an e-mail's subject line is given before its body (:func:`_read_mhtml`), as a pasted e-mail writes it.
_SUBJECT_LABEL = "主题："


def _email_subject(message) -> str:
    """The ``Subject`` of ``message`` (an :class:`email.message.EmailMessage`) when it is an e-mail, ``""`` otherwise:
    an e-mail names its recipients (``To``/``Cc``), a saved web archive (``.mhtml``, whose ``Subject`` is the page's
    title, already read from the page) does not. Whitespace runs (folded header lines) become one space; at most
    200 characters."""
    if not (message.get("To") or message.get("Cc")) or message.get("Snapshot-Content-Location"):
        return ""
    subject = " ".join(str(message.get("Subject") or "").split())
    return subject[:200]


def _read_mime_parts(parts: list) -> tuple[str, str, tuple[tuple[int, int, int], ...], tuple[DecodeWarning, ...]]:
    """:func:`_read_mhtml`'s body: the first ``text/html`` part of ``parts`` (a message's parts, walked), else its first
    ``text/plain`` part, decoded; ``(text, encoding, headings, warnings)``.

    Raises:
        DecodeError: a part whose payload cannot be decoded.
        EmptyInputError: no HTML or text part.
    """
    for kind in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() != kind:
                continue
            try:
                payload = part.get_payload(decode=True) or b""
            except Exception as exc:  # noqa: BLE001
                raise DecodeError(f"a damaged MIME message (MHTML web archive or e-mail): {exc}") from None
            charset = part.get_content_charset()
            if kind == "text/html":
                html, encoding, warnings = _decode_html(payload, charset)
                text, headings = main_content_headings(html)
                return text, encoding, headings, warnings
            codec = _CHARSET_ALIASES.get(charset, charset) if charset else None
            if codec:
                try:
                    text = payload.decode(codec)
                except (LookupError, UnicodeDecodeError):
                    pass
                else:
                    if misdeclared_single_byte(payload, codec) is None:
                        return text, codec, (), ()
            decoded = decode_text(payload)
            warnings = decoded.warnings
            if charset:
                warnings = (wrong_charset_warning(charset, decoded.encoding, "part"), *warnings)
            return decoded.text, decoded.encoding, (), warnings
    raise EmptyInputError("the MIME message (MHTML web archive or e-mail) has no HTML or text part")


# ------------------------------------------------------------------------------------------ DOCX, PDF
# The readers live in summarizer.formats (docx: WordprocessingML read with lxml; pdf: PDFium); see their docstrings.
