"""Markup left in plain text: the edits that take it out before cleaning proper.

Documents reach us as "plain text" that still carries the markup of where they were stored: markdown
(``#`` headings, ``- ``/``* `` bullets, ``**bold**`` run-in headings, links, images, tables), YAML front
matter (``---\\ntitle: …\\n---``), HTML left in text (``<p>``, ``<span style=…>``, ``&nbsp;``, ``<br>``,
comments, scripts), LaTeX fragments of PDF-to-markdown conversion (``$\\textcircled{1}$`` = ①, ``$+$``,
citation superscripts ``$^{[3]}$``), citation marks ``[15-16]``, slide separators, and CSV records
(``2018-06-11 09:26:11,标题,"正文…"``) stored back to back.

:func:`markup_edits` returns edits in the format of :mod:`summarizer.clean` (``(start, end, replacement,
rule)`` in the coordinates of the text given), so the offset map is carried through them like any other
cleaning step. Block-level markup becomes a line break, inline markup disappears, an entity becomes the
character it names, a circled-number LaTeX macro the circled number. Each rule is a linear-time regular
expression (bounded repetitions, no nested quantifiers over the same characters).

:func:`record_starts` gives the offsets where a CSV record starts (each record is one essay).

:func:`escape_edits` decodes a page stored inside a string literal of code or JSON (``<\\/span>``, ``\\"``,
``"…\\r\\n" +`` line joins); :func:`summarizer.clean.clean` applies it before the other edits.
"""

from __future__ import annotations

import html
import re

from summarizer.chars import HARD_BREAK

Edit = tuple[int, int, str, str]

# ------------------------------------------------------------------------------------------ front matter
_FRONT_MATTER = re.compile(r"\A\s{0,200}---[ \t]*\n((?:[^\n]{0,2000}\n){1,200}?)---[ \t]*(?:\n|\Z)")
_YAML_TITLE = re.compile(r"^title:[ \t]*['\"]?(?P<t>[^\n'\"]{1,200})['\"]?[ \t]*$", re.M)

# -------------------------------------------------------------------------------------------------- HTML
_HTML_HINT = re.compile(r"</?(?:p|div|span|br|a|img|li|ul|ol|h[1-6]|table|tr|td|section|article|figure|strong|b|em|font)\b[^<>]{0,2000}>", re.I)
_HTML_DROP = re.compile(
    r"<!--.{0,20000}?-->|<(script|style|noscript|iframe|figcaption)\b[^<>]{0,2000}>.{0,50000}?</\1\s*>", re.I | re.S)
# an element whose class names a caption or description: its text is not the essay's
_HTML_CAPTION = re.compile(
    r"<(span|p|div)\b[^<>]{0,500}?class=[\"'][^\"'<>]{0,200}?(?:caption|descr|img_desc|pic_desc)[^\"'<>]{0,200}?[\"'][^<>]{0,500}>"
    r"[^<]{0,500}</\1\s*>", re.I)
_HTML_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tbody|thead|tr|section|article|header|footer|blockquote|figure|hr|dl|dt|dd)\b[^<>]{0,2000}>",
    re.I)
_HTML_CELL = re.compile(r"</?t[dh]\b[^<>]{0,2000}>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,20}\b[^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")

# ---------------------------------------------------------------------------------------------- markdown
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_BULLET = re.compile(r"^[ \t]{0,12}[-*+][ \t]+(?=\S)", re.M)  # becomes "•", a list marker
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:-{2,}|\*{3,}|_{3,}|={3,})[ \t]*$", re.M)  # also reveal.js "---" / "--"
# one way to read every space (no two space runs side by side): linear on a line of spaces
_MD_TABLE_RULE = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*){0,50}(?:\|[ \t]*)?$", re.M)
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\s\[\]]{0,2000}\)")
# text and URL stop at the next bracket: "[a](" repeated 25,000 times costs one short look-ahead each
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,500})\]\((?P<url>[^()\s\[\]]{0,2000})(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
_MD_EMPHASIS = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]{0,5000}\|[ \t]*$", re.M)

# ------------------------------------------------------------------------------------------------- LaTeX
_LATEX = re.compile(r"\$(?P<body>[^$\n]{1,120})\$")
_TEXTCIRCLED = re.compile(r"\\textcircled\s*\{\s*(?:\\mathrm\s*\{\s*)?(\d{1,2})")
_LATEX_CITE = re.compile(r"^\s*\^\s*\{?\s*\[?[\d,\-–\s]{1,40}\]?\s*\}?\s*$")
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]{1,30}\s*|[{}^_~]")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# ------------------------------------------------------------------------------------------------ citations
# a bracketed citation after a CJK character or punctuation: "…研究[15-16]。" "…[3,5]"
_CITATION = re.compile(r"(?<=[\u3400-\u9fff\uff0c\u3002\uff1b\u201d)）])\[\d{1,3}(?:\s*[-–,，、]\s*\d{1,3}){0,10}\]")

# ---------------------------------------------------------------------------------------------- CSV records
# one record per line start: "<date or id>,<title>,"<body…" (the shape of scraped essay tables)
_CSV_RECORD = re.compile(
    r"^(?P<key>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,12}),"
    r"(?P<title>[^,\"\n]{2,200}),\"", re.M)
_CSV_CLOSE = re.compile(r"\"[ \t]*(?=\n|\Z)")


# ------------------------------------------------------------------------------ escapes of a string literal
# a page stored inside a JSON / JavaScript / Java string: tags written "<\/span>", quotes "\"", line ends "\r\n"
_ESCAPED_TAG = re.compile(r"<\\/[A-Za-z]\w{0,20}>?")
# quotes around a tag cited on its own in prose (``写 "<\/div>"、“<\/p>” 这样的转义标签``): no string literal's content
_OPEN_QUOTES = "\"“'「‘"
_CLOSE_QUOTES = "\"”'」’"
# Java / JavaScript string concatenation across lines: "…\r\n" + ⏎ "…"
_STRING_JOIN = re.compile(r"\"[ \t]{0,40}\+[ \t]{0,40}\n[ \t]{0,80}\"")
# one escape sequence; "\\" is read as one unit first, so "\\n" is a backslash and an n, never a line end
_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|r\\n|[nrt\"/\\])")
_ESCAPE_CHARS = {"n": "\n", "r": "\n", "t": " ", "\"": "\"", "/": "/", "\\": "\\"}
#: A text is read as escaped (a string literal's content) from this many escaped tags or line joins on.
ESCAPED_MIN = 3


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether the escaped tag ``text[start:end]`` stands alone between quotation marks (``"<\\/div>"``): cited in
    prose, not markup of a page stored in a string."""
    return start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


def escape_edits(text: str) -> list[Edit]:
    """Edits that decode a page stored inside a string literal of code or JSON.

    A text that holds at least :data:`ESCAPED_MIN` JSON-escaped closing tags (``<\\/span>``; one quoted on its own,
    ``"<\\/div>"``, is cited in prose and does not count) or Java/JavaScript
    string concatenations across lines (``"…\\r\\n" +`` ⏎ ``"…"``) is a string literal's content: each escape
    sequence (``\\"`` ``\\/`` ``\\n`` ``\\r\\n`` ``\\t`` ``\\\\`` ``\\u201c``) becomes the character it stands for
    (a line end a line break) and each concatenation join disappears, so the tags can then be removed like any
    tag and the text's lines are the page's lines. Any other text gets no edit (a lone ``\\n`` in prose stays).

    Args:
        text: the document with ``\\n`` line ends.

    Returns:
        ``(start, end, replacement, rule)`` edits in ``text``'s coordinates, non-overlapping, rule ``escape``.
        Linear in ``len(text)``; never raises.
    """
    hints = 0
    for pattern in (_ESCAPED_TAG, _STRING_JOIN):
        for m in pattern.finditer(text):
            if pattern is _ESCAPED_TAG and _quoted_alone(text, m.start(), m.end()):
                continue
            hints += 1
            if hints >= ESCAPED_MIN:
                break
    if hints < ESCAPED_MIN:
        return []
    edits: list[Edit] = [(m.start(), m.end(), "", "escape") for m in _STRING_JOIN.finditer(text)]
    for m in _ESCAPE.finditer(text):
        seq = m.group()
        if seq[1] == "u":
            ch = chr(int(seq[2:], 16))
            ch = "" if 0xD800 <= ord(ch) <= 0xDFFF else ch  # a lone surrogate half is dropped
        else:
            ch = _ESCAPE_CHARS.get(seq[1], "\n")
        edits.append((m.start(), m.end(), ch, "escape"))
    return edits


def has_html(text: str) -> bool:
    """True when ``text`` holds at least three HTML tags (markup left in text, not a stray ``<``)."""
    n = 0
    for _ in _HTML_HINT.finditer(text):
        n += 1
        if n >= 3:
            return True
    return False


def _front_matter(text: str) -> list[Edit]:
    m = _FRONT_MATTER.match(text)
    if not m or ":" not in m.group(1):
        return []
    t = _YAML_TITLE.search(m.group(1))
    if not t:
        return [(m.start(), m.end(), "\n", "front_matter")]
    a, b = m.start(1) + t.start("t"), m.start(1) + t.end("t")
    return [(m.start(), a, "", "front_matter"), (b, m.end(), "\n", "front_matter")]


def _html(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _HTML_DROP.finditer(text):
        edits.append((m.start(), m.end(), "\n", "html"))
    for m in _HTML_CAPTION.finditer(text):
        edits.append((m.start(), m.end(), "\n", "caption"))
    for pattern, repl in ((_HTML_BLOCK, "\n"), (_HTML_CELL, "\t"), (_HTML_TAG, "")):
        for m in pattern.finditer(text):
            edits.append((m.start(), m.end(), repl, "html"))
    return edits + _entities(text)


def _entities(text: str) -> list[Edit]:
    """Each character entity (``&nbsp;`` ``&amp;`` ``&#8220;``) replaced by the character it names (spaces as
    spaces); a name that is no entity stays."""
    edits: list[Edit] = []
    for m in _ENTITY.finditer(text):
        ch = html.unescape(m.group())
        if ch == m.group():
            continue
        ch = ch.replace("\xa0", " ").replace("\u2002", " ").replace("\u2003", "\u3000")
        edits.append((m.start(), m.end(), ch, "html_entity"))
    return edits


def _markdown(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _MD_IMAGE.finditer(text):
        edits.append((m.start(), m.end(), "", "markdown_image"))
    for m in _MD_LINK.finditer(text):
        edits.append((m.start(), m.start("text"), "", "markdown"))
        edits.append((m.end("text"), m.end(), "", "markdown"))
    for pattern, rule, repl in ((_MD_HEADING, "markdown", HARD_BREAK), (_MD_BULLET, "markdown", "•"), (_MD_QUOTE, "markdown", ""),
                                (_MD_RULE, "markdown", "\n"), (_MD_TABLE_RULE, "markdown", ""),
                                (_MD_EMPHASIS, "markdown", "")):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                edits.append((m.start(), m.end(), repl, rule))
    for row in _MD_TABLE_ROW.finditer(text):  # a table row: its cells become tab-separated
        pos = text.find("|", row.start(), row.end())
        while pos != -1:
            edits.append((pos, pos + 1, "\t", "markdown"))
            pos = text.find("|", pos + 1, row.end())
    return edits


def _latex(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _LATEX.finditer(text):
        body = m.group("body")
        circled = _TEXTCIRCLED.search(body)
        if circled:
            n = int(circled.group(1))
            repl = _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else circled.group(1)
        elif _LATEX_CITE.match(body):
            repl = ""
        else:
            repl = _LATEX_COMMAND.sub("", body).strip()
            if not repl or len(repl) > 40:
                continue
        edits.append((m.start(), m.end(), repl, "latex"))
    return edits


def record_starts(text: str) -> list[tuple[int, int, int]]:
    """CSV records of ``text``: ``(record start, title start, title end)`` offsets, in text order.

    Only a text whose records follow one another (two or more, or one at the very start of the text) is
    read as a table of records; a lone ``2020-01-01,…,"`` line inside prose is left alone."""
    found = [(m.start(), m.start("title"), m.end("title")) for m in _CSV_RECORD.finditer(text)]
    if not found or (len(found) == 1 and text[:found[0][0]].strip()):
        return []
    return found


def _csv(text: str) -> list[Edit]:
    records = record_starts(text)
    edits: list[Edit] = []
    for i, (start, ta, tb) in enumerate(records):
        body = tb + 2  # after ',"'
        edits.append((start, ta, "", "csv"))
        edits.append((tb, body, "\n", "csv"))
        end = records[i + 1][0] if i + 1 < len(records) else len(text)
        close = None
        for m in _CSV_CLOSE.finditer(text, body, end):
            close = m
        if close is not None and text[close.end():end].strip() == "":
            edits.append((close.start(), close.end(), "", "csv"))
        # a doubled quote inside a quoted field is one quote
        pos = text.find('""', body, end)
        while pos != -1:
            edits.append((pos, pos + 1, "", "csv"))
            pos = text.find('""', pos + 2, end)
    return edits


def markup_edits(text: str) -> list[Edit]:
    """Edits that remove the markup of ``text`` (see the module docstring).

    Args:
        text: the document with ``\\n`` line ends.

    Returns:
        ``(start, end, replacement, rule)`` edits in ``text``'s coordinates; overlapping edits are resolved
        by the caller (the earlier one wins). Never raises.
    """
    edits = _front_matter(text) + _csv(text)
    edits += _html(text) if has_html(text) else _entities(text)
    edits += _markdown(text) + _latex(text)
    edits += [(m.start(), m.end(), "", "citation") for m in _CITATION.finditer(text)]
    return edits
