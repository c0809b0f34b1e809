"""``.pdf`` → text: the text layer by PDFium (pypdfium2), page furniture removed with the knowledge of pages.

Why PDFium: on the same files (see ``tests/test_readers_pdf.py``) pypdf writes a line drawn twice to fake bold
twice (``一、存在的问题`` on two lines) and pdfplumber interleaves it (``一一、、存存``) unless asked to
de-duplicate, and both are pure Python (a long report takes seconds); PDFium collapses overprinted text itself,
gives each character's box (so a line that reaches the right margin is known to wrap) and reads a page in
milliseconds. pypdf is kept only to measure the content streams before PDFium parses them (below).

What the text is: the pages' lines in reading order, one ``\\n`` between lines, with the page furniture removed:

* **page-number lines** in the first or last three lines of a page: ``·54·``, ``· 1 ·``, ``— 3 —``, ``- 3 -``,
  ``3``, ``第1页 共5页``, ``共5页 第1页``, ``第 3 页``, ``Page 3 of 5``, ``3 / 5``, Roman ``iv``;
* **running headers and footers**: a line in the first or last three lines of a page whose text, digits
  ignored, comes back at the top or bottom of other pages (on 2 pages of a document of 2 or 3 pages, on 3 pages
  of a longer one). Found by repetition, not by a list of words;
* **lone punctuation lines** (``。`` or ``”。`` alone, where a line break fell before the last mark) are joined
  to the line before them, not deleted;
* **text drawn twice to fake bold** is collapsed (PDFium merges characters drawn on top of each other; a line
  that still holds both copies, ``一一、、存存`` or ``一、存在的问题 一、存在的问题``, is halved);
* **line wraps**: a line of 15 characters or more that reaches the right edge of the text block (the widest
  lines of the document) and ends in a CJK character or a mark that ends no clause (not ``。；：！？”``) runs
  on into the next line when that one is not indented (CJK has no hyphen at a wrap; the two lines
  are joined without a space). Latin lines are left as they are.

Limits (:class:`~summarizer.formats.limits.ReaderLimits`): the page count is checked before any page is read;
the content streams' decoded size, summed over the pages that draw them, is measured before PDFium parses them
(a stream shared by 200 pages counts 200 times: each page is parsed from it); the text returned is at most
``max_extracted_chars`` characters.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections import Counter

from summarizer.chars import has_content
from summarizer.errors import DecodeError, NoTextLayerError, SummarizerError
from summarizer.formats.limits import ReaderLimits, too_large

__all__ = ["read_pdf", "content_bytes", "clean_pages", "is_page_number", "running_head_key"]

#: Lines at each end of a page where page numbers and running heads are looked for.
EDGE_LINES = 3

_DASH = r"\-‐‑‒–—―－~～·•・∙"
_PAGE_NUMBER = re.compile(
    rf"[\s{_DASH}]{{0,6}}"
    r"(?:"
    r"\d{1,5}"
    r"|[ivxlcdm]{1,7}"
    r"|第\s{0,3}\d{1,5}\s{0,3}页(?:\s{0,3}[,，/、]?\s{0,3}共\s{0,3}\d{1,5}\s{0,3}页)?"
    r"|共\s{0,3}\d{1,5}\s{0,3}页\s{0,3}[,，/、]?\s{0,3}第\s{0,3}\d{1,5}\s{0,3}页"
    r"|page\s{0,3}\d{1,5}(?:\s{0,3}(?:of|/)\s{0,3}\d{1,5})?"
    r"|\d{1,5}\s{0,3}(?:/|of)\s{0,3}\d{1,5}"
    r")"
    rf"[\s{_DASH}]{{0,6}}",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
#: What :func:`running_head_key` cuts off a key's ends: a page number (``#``) and its decoration.
_HEAD_EDGE = "#" + _DASH.replace("\\", "")
# a line of closing punctuation only: it belongs at the end of the line before it
_LONE_PUNCT = re.compile(r"[\s。，、；：！？!?,.;:”’」』）)》〉】…—]{1,8}")
_CJK_OR_MARK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff5e\U00020000-\U0003134f，、；：（）“”‘’《》〈〉【】「」『』—…]")
# a right edge within this share of the block's width from its right edge means the line is full
_FULL_LINE = 0.06
# a line shorter than this is never taken for a wrapped one (a page of short lines has no text block to fill)
_WRAP_MIN_CHARS = 15
# ... nor a column's line shorter than this (a column's block is known: a narrow column's full line may be short)
_COLUMN_WRAP_MIN_CHARS = 8
# an indent of more than this share of the block's width starts a paragraph
_INDENT = 0.03


def is_page_number(line: str) -> bool:
    """True for a line that is only a page number in one of its common forms (see the module docstring)."""
    stripped = line.strip()
    return bool(stripped) and _PAGE_NUMBER.fullmatch(stripped) is not None


def is_numbered_page_line(line: str) -> bool:
    """True for a line that :func:`is_page_number` reads as a page number and that holds a digit (``- 3 -``,
    ``— 3 —``, ``·54·``, ``第1页 共5页``, ``Page 3 of 5``): the forms a text copied out of a PDF by another tool keeps
    between its lines; a line of Roman letters alone (``II``, ``mix``) may be a heading or a word. Linear."""
    return is_page_number(line) and any(ch.isdigit() for ch in line)  # (the anchored match first: it fails fast)


def running_head_key(line: str) -> str:
    """A running head's identity: its text without spaces, each run of digits one ``#`` (the page number or the
    issue inside it changes from page to page), and a page number printed on the head's own line at either end
    (``城乡治理评论 2025年第4期    12``, ``— 12 — 城乡治理评论``: the digits and the dashes around them) cut off, so the
    head of a page that prints its number apart from it has the same key (try52). Used here on a PDF's page edges
    and by :func:`summarizer.clean._remove_page_heads` on text copied out of a PDF. Linear."""
    return _DIGITS.sub("#", _SPACE.sub("", line)).strip(_HEAD_EDGE)


def _doubled(line: str) -> str:
    """A line that still shows text drawn twice to fake bold, halved: every character twice in a row
    (``一一、、存存``: the copies read character by character) or the whole line twice (``一、存在的问题 一、存在的问题``:
    the copies read one after the other); any other line unchanged. Halves shorter than 3 characters are left
    alone (``谢谢``, ``加油加油``)."""
    s = line.strip()
    n = len(s)
    if n >= 6 and n % 2 == 0 and s[0::2] == s[1::2]:
        return s[0::2]
    half = n // 2
    if half >= 3:
        if n % 2 == 0 and s[:half] == s[half:]:
            return s[:half]
        if n % 2 == 1 and s[half].isspace() and s[:half] == s[half + 1:]:
            return s[:half]
    return line


class _Line:
    """One line of a page: its text and, where PDFium gave character boxes, its left and right edge (points);
    ``block``, where the line stands in one column of a two-column page, that column's left and right edge."""

    __slots__ = ("text", "left", "right", "block", "pieces")

    def __init__(self, text: str, left: float | None = None, right: float | None = None) -> None:
        self.text, self.left, self.right = text, left, right
        self.block: tuple[float, float] | None = None
        # the line cut at wide gaps (:func:`_gap_pieces`), when it has any: read so on a two-column page only
        self.pieces: list[_Line] | None = None


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(q * (len(ordered) - 1) + 0.5)))]


def clean_pages(pages: list[list[_Line]]) -> str:
    """Join the pages' lines into the document's text, page furniture removed (see the module docstring).

    Args:
        pages: per page, its lines (text and, where known, left/right edge in points).

    Returns:
        The text, one ``\\n`` between lines. Time O(n log n) in the number of lines.
    """
    count = len(pages)
    edge_keys: Counter[str] = Counter()
    for lines in pages:
        seen = set()
        for i, line in enumerate(lines):
            if i < EDGE_LINES or i >= len(lines) - EDGE_LINES:
                key = running_head_key(line.text)
                if key and len(key) <= 80 and key not in seen:
                    seen.add(key)
                    edge_keys[key] += 1
    needed = 2 if count <= 3 else 3
    kept_pages = _drop_furniture(pages, edge_keys, needed if count > 1 else 0)
    if not any(kept_pages):  # every line repeats on every page: that is the text, not its furniture
        kept_pages = _drop_furniture(pages, edge_keys, 0)
    lefts = [ln.left for kept in kept_pages for ln in kept if ln.left is not None]
    rights = [ln.right for kept in kept_pages for ln in kept if ln.right is not None]
    block = None
    if len(rights) >= 3:
        block = (_percentile(lefts, 0.05), _percentile(rights, 0.95))
        if block[1] - block[0] <= 0:
            block = None
    out: list[str] = []
    wraps = False  # the last line of ``out`` runs on into the next line
    for kept in kept_pages:
        for line in kept:
            text = _doubled(line.text).strip()
            if out and _LONE_PUNCT.fullmatch(text):
                out[-1] += text
                wraps = False
                continue
            own = line.block or block  # a column's line fills and indents against its column (fix52)
            if out and wraps and _CJK_OR_MARK.match(text) and not _indented(line, own):
                out[-1] += text
            else:
                out.append(text)
            wraps = (len(text) >= (_COLUMN_WRAP_MIN_CHARS if line.block else _WRAP_MIN_CHARS) and _full(line, own)
                     and _CJK_OR_MARK.match(text[-1]) is not None and text[-1] not in _TERMINATORS)
    return "\n".join(out)


def _drop_furniture(pages: list[list[_Line]], edge_keys: Counter[str], needed: int) -> list[list[_Line]]:
    """The pages without blank lines, page numbers and (when ``needed``) lines at a page's edge whose head key
    is at the edge of ``needed`` pages or more."""
    kept_pages = []
    for lines in pages:
        kept = []
        for i, line in enumerate(lines):
            if not line.text.strip():
                continue
            edge = i < EDGE_LINES or i >= len(lines) - EDGE_LINES
            if edge and (is_page_number(line.text) or (needed and edge_keys[running_head_key(line.text)] >= needed)):
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


_TERMINATORS = frozenset("。！？；：!?;:”’」』）)》】")


def _full(line: _Line, block: tuple[float, float] | None) -> bool:
    if block is None or line.right is None:
        return False
    return line.right >= block[1] - _FULL_LINE * (block[1] - block[0])


def _indented(line: _Line, block: tuple[float, float] | None) -> bool:
    if block is None or line.left is None:
        return True  # unknown: keep the line break
    return line.left > block[0] + _INDENT * (block[1] - block[0])


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _page_lines(textpage) -> list[_Line]:  # noqa: ANN001 - a pypdfium2 PdfTextPage
    """A page's lines from PDFium, each with the left edge of its first and the right edge of its last
    non-space character (when the text maps one to one onto PDFium's character indices)."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    positioned = len(text) == count
    lines = []
    start = 0
    for match in [*_LINE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        segment = text[start:end]
        left = right = None
        stripped = segment.strip()
        if positioned and stripped:
            pieces = _gap_pieces(textpage, start, segment)
            first = start + (len(segment) - len(segment.lstrip()))
            last = start + len(segment.rstrip()) - 1
            left = textpage.get_charbox(first)[0]
            right = textpage.get_charbox(last)[2]
        if "\ufffe" in segment:
            # PDFium joins a line that ends in a hyphen to the next one and marks the hyphen U+FFFE: the page
            # showed "hy-" and "phen" on two lines, and so does the text
            pieces = segment.split("\ufffe")
            lines.extend(_Line(piece + ("-" if k < len(pieces) - 1 else ""), left if k == 0 else None,
                               right if k == len(pieces) - 1 else None) for k, piece in enumerate(pieces))
        else:
            lines.append(_Line(segment, left, right))
            if positioned and stripped and len(pieces) > 1:
                lines[-1].pieces = pieces
        if match:
            start = match.end()
    return _in_columns(lines)


#: A gap between two printed characters of one PDFium line wider than this many times the line's tallest character
#: box is a gutter between two columns (CJK text is set solid: a word space is a quarter of that; fix52).
COLUMN_GAP_EMS = 1.5
#: Fewest lines on each side of a page's middle, none crossing it, that make the page a two-column page.
COLUMN_MIN_LINES = 4
#: Fewest lines of each column that reach its right edge (running text wraps there; a form's or a table's cells,
#: keys on the left and values on the right, mostly do not).
COLUMN_FULL_LINES = 3
#: Share of a page's positioned lines that must stand wholly in one column for the page to be read in columns.
COLUMN_MIN_SHARE = 0.6


def _gap_pieces(textpage, start: int, segment: str) -> list[_Line]:  # noqa: ANN001 - a pypdfium2 PdfTextPage
    """``segment`` (PDFium's line starting at character ``start``) cut where two printed characters stand more than
    :data:`COLUMN_GAP_EMS` of the font's size apart (PDFium's loose character boxes: a character's whole cell, so a
    comma's or a space's advance is no gap): the lines of two columns that share a baseline, which PDFium reads as one
    line (``近年来，各地持续推进 象仍然存在，影响``). One piece (the whole line, no edges) when there is no such gap or
    the segment holds a hyphen join. Linear in the segment's length."""
    if "\ufffe" in segment:
        return [_Line(segment)]
    # (no room for a gap: the line is no wider than its printed characters set solid, one em each, and the gap; two
    # box reads, so a page of one column costs no more than before)
    head = len(segment) - len(segment.lstrip())
    tail = len(segment.rstrip()) - 1
    first_box = textpage.get_charbox(start + head, loose=True)
    last_box = textpage.get_charbox(start + tail, loose=True)
    printed = sum(1 for ch in segment if not ch.isspace())
    # (the first character's cell, the smaller of its height and its advance: never more than an em)
    size = min(first_box[3] - first_box[1], first_box[2] - first_box[0])
    if printed < 2 or size <= 0 or last_box[2] - first_box[0] <= (printed + COLUMN_GAP_EMS) * size:
        return [_Line(segment)]
    boxes = []
    for k, ch in enumerate(segment):
        if not ch.isspace():
            box = textpage.get_charbox(start + k, loose=True)
            boxes.append((k, box[0], box[2], box[3] - box[1]))
    if len(boxes) < 2:
        return [_Line(segment)]
    em = max(b[3] for b in boxes)
    if em <= 0:
        return [_Line(segment)]
    pieces = []
    first = boxes[0]
    for prev, nxt in zip(boxes, boxes[1:]):
        if nxt[1] - prev[2] > COLUMN_GAP_EMS * em:
            pieces.append(_Line(segment[first[0]:prev[0] + 1], first[1], prev[2]))
            first = nxt
    if not pieces:
        return [_Line(segment)]
    pieces.append(_Line(segment[first[0]:boxes[-1][0] + 1], first[1], boxes[-1][2]))
    return pieces


#: A line whose middle stands within this share of the page's text width from the page's middle is centred (a page
#: number, a centred title): it belongs to neither column.
COLUMN_CENTRED = 0.05


def _side(line: _Line, middle: float, near: float) -> int:
    """-1 for a line wholly left of ``middle``, 1 for one wholly right of it, 0 for one that crosses it, is centred
    on it (within ``near`` points), is a page number (:func:`is_page_number`) or has no known edges."""
    if (line.left is None or line.right is None or abs((line.left + line.right) / 2 - middle) <= near
            or is_page_number(line.text)):
        return 0
    return -1 if line.right < middle else 1 if line.left > middle else 0


def _in_columns(lines: list[_Line]) -> list[_Line]:
    """A page's lines in reading order when the page is set in two columns: every run of lines that stand wholly on
    one side of the page's middle (the middle of its positioned lines' extent; :func:`_side`) is read left column
    first, then right column, and each such line gets its column's edges as its ``block`` (so a full column line is known to wrap);
    a line that crosses the middle or is centred on it (a title, a page number, a full-width paragraph) closes the run
    and stays where it is. A page is read so only when :data:`COLUMN_MIN_LINES` lines or more stand on each side
    and those are :data:`COLUMN_MIN_SHARE` of its positioned lines or more, :data:`COLUMN_FULL_LINES` of each side
    reaching that side's right edge (a line PDFium joined across the gutter
    counted as its :func:`_gap_pieces`); any other page comes back as it is, its lines uncut.
    Time O(n log n) in the page's lines."""
    whole = lines
    lines = [piece for ln in whole for piece in (ln.pieces or (ln,))]
    placed = [ln for ln in lines if ln.left is not None and ln.right is not None and ln.text.strip()]
    if len(placed) < 2 * COLUMN_MIN_LINES:
        return whole
    low, high = min(ln.left for ln in placed), max(ln.right for ln in placed)
    middle, near = (low + high) / 2, COLUMN_CENTRED * (high - low)
    left_side = [ln for ln in placed if _side(ln, middle, near) < 0]
    right_side = [ln for ln in placed if _side(ln, middle, near) > 0]
    if (min(len(left_side), len(right_side)) < COLUMN_MIN_LINES
            or len(left_side) + len(right_side) < COLUMN_MIN_SHARE * len(placed)):
        return whole
    blocks = []
    for side in (left_side, right_side):
        # (a column's margin: most of its lines start there, a paragraph's first line is indented)
        edges = (_percentile([ln.left for ln in side], 0.2), _percentile([ln.right for ln in side], 0.95))
        if edges[1] <= edges[0] or sum(_full(ln, edges) for ln in side) < COLUMN_FULL_LINES:
            return whole  # (a column of running text fills its width line after line; a table's cells do not)
        blocks.append(edges)
    for side, edges in zip((left_side, right_side), blocks):
        for ln in side:
            ln.block = edges
    ordered: list[_Line] = []
    run_left: list[_Line] = []
    run_right: list[_Line] = []
    for ln in lines:
        side = _side(ln, middle, near) if ln.text.strip() else 0
        if side < 0:
            run_left.append(ln)
        elif side > 0:
            run_right.append(ln)
        elif not ln.text.strip() and (run_left or run_right):
            continue  # a blank line inside a run: the columns' order decides
        else:
            ordered.extend(run_left)
            ordered.extend(run_right)
            run_left, run_right = [], []
            ordered.append(ln)
    ordered.extend(run_left)
    ordered.extend(run_right)
    return ordered


def content_bytes(data: bytes, cap: int) -> int | None:
    """Decoded bytes of the content streams of every page, a stream counted once per page that draws it; counting
    stops past ``cap``. Read with pypdf, which parses objects lazily: nothing is decompressed beyond ``cap`` + 1
    bytes. ``None`` when pypdf cannot read the page tree (PDFium may still open the file)."""
    import io
    import logging

    import pypdf
    from pypdf.generic import ArrayObject, IndirectObject

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        sizes: dict[object, int] = {}
        total = 0
        for page in reader.pages:
            contents = page.get("/Contents")
            refs = contents if isinstance(contents, ArrayObject) else [contents] if contents is not None else []
            if isinstance(contents, IndirectObject):
                resolved = contents.get_object()
                if isinstance(resolved, ArrayObject):
                    refs = list(resolved)
            for ref in refs:
                key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
                if key not in sizes:
                    sizes[key] = _decoded_size(ref.get_object(), cap - total + 1)
                total += sizes[key]
                if total > cap:
                    return total
        return total
    except Exception:  # noqa: BLE001 - pypdf failures: PDFium decides whether the file is readable
        return None


def _decoded_size(stream, cap: int) -> int:  # noqa: ANN001 - a pypdf stream object
    """A content stream's decoded length, decompressing at most ``cap`` bytes (a flate bomb stops there)."""
    raw = getattr(stream, "_data", b"") or b""
    filters = stream.get("/Filter") if hasattr(stream, "get") else None
    names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)] if filters else []
    if not names:
        return len(raw)
    if names in (["/FlateDecode"], ["/Fl"]):
        inflater = zlib.decompressobj()
        size = 0
        chunk = raw
        try:
            while chunk and size <= cap:
                size += len(inflater.decompress(chunk, 1 << 20))
                chunk = inflater.unconsumed_tail
        except zlib.error:
            pass
        return size
    try:
        return len(stream.get_data())
    except Exception:  # noqa: BLE001 - a filter pypdf cannot decode: PDFium will say
        return len(raw)


# PDFium is not thread-safe (pypdfium2's documentation): every use of it holds this lock.
_PDFIUM_LOCK = threading.Lock()


def read_pdf(data: bytes, limits: ReaderLimits) -> tuple[str, int]:
    """The text layer of a PDF with its page furniture removed, and its page count.

    Args:
        data: the file's bytes.
        limits: the resource limits.

    Returns:
        ``(text, pages)``.

    Raises:
        InputTooLargeError: more pages than ``max_pdf_pages``, content streams over ``max_pdf_content_bytes``,
            text over ``max_extracted_chars`` (the message names the limit).
        NoTextLayerError: pages but no text (a scan).
        DecodeError: a damaged PDF, one without pages, or one encrypted with a password.
    """
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise DecodeError("an encrypted PDF that needs a password; save an unprotected copy first") from None
            cut = "" if b"%%EOF" in data[-2048:] else (
                "; the file is cut off: it does not end with the %%EOF marker that closes every PDF (an incomplete "
                "download or copy? get the whole file again)")
            raise DecodeError(f"a damaged PDF file: {str(exc).rstrip('.')}{cut}") from None
        try:
            count = len(document)
            if count == 0:
                raise DecodeError("the PDF has no pages")
            if count > limits.max_pdf_pages:
                raise too_large("the PDF's page count", count, "max_pdf_pages", limits)
            measured = content_bytes(data, limits.max_pdf_content_bytes)
            if measured is not None and measured > limits.max_pdf_content_bytes:
                raise too_large("the decoded content of the PDF's pages (a stream drawn by several pages counted "
                                "once per page)", measured, "max_pdf_content_bytes", limits, "bytes", at_least=True)
            pages: list[list[_Line]] = []
            chars = 0
            for index in range(count):
                page = document[index]
                textpage = page.get_textpage()
                try:
                    lines = _page_lines(textpage)
                finally:
                    textpage.close()
                    page.close()
                chars += sum(len(line.text) + 1 for line in lines)
                if chars > limits.max_extracted_chars:
                    raise too_large("the PDF's text", chars, "max_extracted_chars", limits, "characters")
                pages.append(lines)
        except SummarizerError:
            raise
        except Exception as exc:  # noqa: BLE001 - PDFium failures on a malformed file
            raise DecodeError(f"a damaged PDF file: {type(exc).__name__}: {exc}") from None
        finally:
            document.close()
    text = clean_pages(pages)
    if not has_content(text):
        raise NoTextLayerError(
            f"the PDF has {count} page(s) but no text layer (a scanned document?); run OCR on it first, "
            "e.g. with ocrmypdf"
        )
    return text, count
