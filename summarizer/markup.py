"""Markup left in plain text: the edits that take it out before cleaning proper.

Documents reach us as "plain text" that still carries the markup of where they were stored: markdown
(``#`` headings, ``- ``/``* `` bullets, ``**bold**`` run-in headings, links, images, tables, footnotes: the
reference ``[^2]`` and the definition line ``[^2]: …``), YAML front
matter (``---\\ntitle: …\\n---``), HTML left in text (``<p>``, ``<span style=…>``, ``&nbsp;``, ``<br>``,
comments, scripts), LaTeX fragments of PDF-to-markdown conversion (``$\\textcircled{1}$`` = ①, ``$+$``,
citation superscripts ``$^{[3]}$``), citation marks ``[15-16]`` and note calls ``(注3)``, slide separators, and CSV records
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

import bisect
import html
import re

from summarizer.chars import CJK, CJK_RE, HARD_BREAK, QUOTE_CLOSERS, QUOTE_OPENERS
from summarizer.formats.pdf import is_numbered_page_line

Edit = tuple[int, int, str, str]

# ------------------------------------------------------------------------------------------ front matter
_FRONT_MATTER = re.compile(r"\A\s{0,200}---[ \t]*\n((?:[^\n]{0,2000}\n){1,200}?)---[ \t]*(?:\n|\Z)")
_YAML_TITLE = re.compile(r"^title:[ \t]*['\"]?(?P<t>[^\n'\"]{1,200})['\"]?[ \t]*$", re.M)

# -------------------------------------------------------------------------------------------------- HTML
_HTML_HINT = re.compile(r"</?(?:p|div|span|br|a|img|li|ul|ol|h[1-6]|table|tr|td|section|article|figure|strong|b|em|font)\b[^<>]{0,2000}>", re.I)
# (a page's head, ``<head>…<title>…</title></head>``, and a declaration, ``<!DOCTYPE html>``, ``<?xml …?>``, hold no
# text of the page's body: dropped whole when a page's source is pasted as a str; trialfix21a)
_HTML_DROP = re.compile(
    r"<!--.{0,20000}?-->|<(script|style|noscript|iframe|figcaption|head|title)\b[^<>]{0,2000}>.{0,50000}?</\1\s*>"
    r"|<![A-Za-z][^<>]{0,2000}>|<\?xml\b[^<>]{0,2000}\?>", re.I | re.S)
# an element whose class names a caption or description: its text is not the essay's
_HTML_CAPTION = re.compile(
    r"<(span|p|div)\b[^<>]{0,500}?class=[\"'][^\"'<>]{0,200}?(?:caption|descr|img_desc|pic_desc)[^\"'<>]{0,200}?[\"'][^<>]{0,500}>"
    r"[^<]{0,500}</\1\s*>", re.I)
_HTML_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tbody|thead|tr|section|article|header|footer|blockquote|figure|hr|dl|dt|dd)\b[^<>]{0,2000}>",
    re.I)
_HTML_CELL = re.compile(r"</?t[dh]\b[^<>]{0,2000}>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,20}\b[^<>]{0,2000}>")
# a closing tag that lost its "<" to a broken encoding (…裝上路燈,?!?/p>): after text, never after "<", an escape's
# "\\", a path's "/" or a word (a URL's /p>, a template's <\/p> stay); one bounded alternation: linear (p27struct)
_TORN_CLOSING_TAG = re.compile(r"(?<![<\\/A-Za-z0-9_])/(?:p|div|span|li|td|tr|h[1-6]|strong|em|b|font|section|article)>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")

# ---------------------------------------------------------------------------------------------- markdown
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
# an ATX heading's marks and the start of its text: the level is the number of marks (group 1)
_MD_HEADING_LEVEL = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)", re.M)

# an HTML heading element's start tag (level: group 1) and any heading's end tag (level: group 1), bounded
_HTML_HEADING_OPEN = re.compile(r"<h([1-6])\b[^<>]{0,2000}>", re.I)
_HTML_HEADING_CLOSE = re.compile(r"</h([1-6])\s{0,20}>", re.I)
#: Longest heading element (characters from its start tag to the end of its end tag) read as a heading: a longer
#: one holds a page's paragraphs (an unclosed tag), no heading.
HTML_HEADING_CHARS = 400

# becomes "•", a list marker; a task list's box (GFM ``- [ ] 待办``, ``- [x] 已办``) goes with it
# (not a thematic break spelt with spaces, ``* * *``, ``- - -``: CommonMark reads that line as a rule, no item; fix59b)
_MD_BULLET = re.compile(r"^[ \t]{0,12}[-*+][ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)(?!(?:[-*_][ \t]*+)++$)", re.M)
# the box of a numbered task-list item (``1. [x] 已办``): removed, the number kept as the item's enumeration
_MD_NUMBERED_BOX = re.compile(r"^([ \t]{0,12}\d{1,3}[.)、．][ \t]*)\[[ xX]\][ \t]+(?=\S)", re.M)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
# also reveal.js "---" / "--"; and a thematic break spelt with spaces (CommonMark: ``* * *``, ``- - -``, ``_ _ _``), the
# scene break between two pieces of one file (fix59b). Each repetition takes one mark, its spaces possessive: linear.
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:-{2,}|\*{3,}|_{3,}|={3,}|(?:\*[ \t]++){2,}\*|(?:-[ \t]++){2,}-|(?:_[ \t]++){2,}_)"
                      r"[ \t]*$", re.M)
# one way to read every space (no two space runs side by side): linear on a line of spaces
_MD_TABLE_RULE = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*){0,50}(?:\|[ \t]*)?$", re.M)
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\s\[\]]{0,2000}\)")
# text and URL stop at the next bracket: "[a](" repeated 25,000 times costs one short look-ahead each
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,500})\]\((?P<url>[^()\s\[\]]{0,2000})(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
# "**" is emphasis, except a masked figure: a report that hides its numbers writes "受理举报**件，立案**件" — "**" after a
# Han character that is no numeral (a closing "**" after "**三" is emphasis) and before a classifier or a percent sign
# stands for a number and stays in the text (removing it pairs two masks into one bold run: "举报件，立案件"). Which
# "**" is a mask is settled by :func:`_emphasis_marks`: one that closes a bold run in its clause ("农村**人才流失**，")
# is emphasis, though a classifier follows it.
_MASKED_FIGURE_CLASSIFIERS = "件人个次元名家起户条项万亿吨亩所座处宗批例篇份台辆余多%％"
_MD_EMPHASIS = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
# single-star emphasis (*强调*): a lone star (no "**", no escaped "\\*") before a non-space, up to the next star on
# the line after a non-space; taken when the run holds CJK (ASCII "2*3*4" is arithmetic). The run stops at the first
# star, so each start costs at most one bounded look-ahead.
_MD_EMPHASIS_ONE = re.compile(r"(?<![*\\])\*(?![*\s])(?P<text>[^*\n]{1,200})(?<![\s\\])\*(?!\*)")
# a markdown footnote: its reference "…薪酬[^2]。" and its definition line "[^2]: 数据来自…" (with indented
# continuation lines), which is a note, no text of the essay
_MD_FOOTNOTE_REF = re.compile(r"\[\^(?P<label>[^\[\]\s]{1,40})\](?!:)")
_MD_FOOTNOTE_DEF = re.compile(
    r"^[ ]{0,3}\[\^(?P<label>[^\[\]\s]{1,40})\]:[^\n]{0,5000}(?:\n(?: {4}|\t)[^\n]{0,5000}){0,50}", re.M)
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]{0,5000}\|[ \t]*$", re.M)
# a pipe-table row written without its leading bar (``问题类型 | 具体表现 | 数据支持 |``, as a page converter or a
# writer leaves a table without its delimiter row): a line of cells parted by `` | `` that ends in a bar; read as a row
# only in a run of two or more such lines with the same number of bars (:func:`_bare_table_rows`), so that a single
# menu line (``首页 | 新闻 | 关于 |``) is no table
_MD_BARE_ROW = re.compile(r"^[ \t]*[^|\s][^|\n]{0,500}(?:[ \t]\|[ \t]+[^|\s][^|\n]{0,500}){1,50}[ \t]\|[ \t]*$", re.M)
# code: a fence line (``` or ~~~, up to three spaces in, an info string after it), an indented line (four spaces or a
# tab), an inline code span (`sync_data`, on one line)
_MD_FENCE = re.compile(r"[ ]{0,3}(`{3,20}|~{3,20})(?![`~])[^`\n]{0,200}")
_MD_INDENTED = re.compile(r"(?: {4}|\t)[ \t]{0,200}\S")
# a code span that holds CJK (`人口老龄化`: words set off, not a program): its backticks go, its words stay (the CJK
# is tested on the match: one quantifier, so a line of unclosed backticks costs one bounded look-ahead each)
_MD_INLINE_SPAN = re.compile(r"`(?P<text>[^`\n]{1,200})`")
# what a code line holds that is not code: string literals and comments (CJK there is data, not prose)
_CODE_STRINGS = re.compile(r"\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|(?:#|//)[^\n]*")
_ASCII_WORD = re.compile(r"[A-Za-z_]{2,}")
_CODE_PUNCT = re.compile(r"[(){}\[\];=<>]")
# a nested list item indented under its parent (markdown lists nest by indentation): text, not code
_NESTED_ITEM = re.compile(r"[ \t]{0,16}(?:[-*+]|\d{1,3}[.)])[ \t]")

# ------------------------------------------------------------------------------------------------- LaTeX
# an inline formula: a closing "$" followed by a digit closes none (pandoc's tex_math_dollars rule: "$13,040 … $864"
# are two amounts in dollars)
_LATEX = re.compile(r"\$(?P<body>[^$\n]{1,120})\$(?!\d)")
_TEXTCIRCLED = re.compile(r"\\textcircled\s*\{\s*(?:\\mathrm\s*\{\s*)?(\d{1,2})")
_LATEX_CITE = re.compile(r"^\s*\^\s*\{?\s*\[?[\d,\-–\s]{1,40}\]?\s*\}?\s*$")
# what a formula's body reads as, token by token (:func:`latex_text`): \text{words} (their spaces kept), a digit
# superscript ^{2} / ^2 (with a citation ^{2[8]} after it: dropped), an escaped character \% \$ \&, a command, a
# spacing command (\  \, \: \; \!), whitespace (none counts in math mode), braces and the other syntax characters
# (each \s* inside ^{…} follows a token it must match, so a brace over a long space run is read in linear time)
_LATEX_TOKEN = re.compile(
    r"\\text\s*\{(?P<text>[^{}]{0,120})\}"
    r"|\^\s*\{\s*(?:(?P<sup>\d(?:\s*\d){0,2})\s*)?(?:\[[\d\s,\-–]{1,40}\]\s*)?\}|\^\s*(?P<sup1>\d)"
    r"|\\(?P<esc>[%$&#_{}])|\\(?P<cmd>[A-Za-z]{1,30})|\\[ ,:;!]|\s+|[{}^_~]")
#: Symbol commands of formulas in converted papers and what they print; any other command prints nothing.
LATEX_SYMBOLS = {"times": "×", "cdot": "·", "pm": "±", "div": "÷", "le": "≤", "leq": "≤", "leqslant": "≤",
                 "ge": "≥", "geq": "≥", "geqslant": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "~",
                 "degree": "°", "circ": "°", "percent": "%", "alpha": "α", "beta": "β", "mu": "μ", "sum": "∑",
                 "rightarrow": "→", "to": "→", "quad": "", "qquad": ""}
# what no formula holds: an HTML tag or entity (a page's markup between two dollar signs is the page's)
_LATEX_NOT_MATH = re.compile(r"<[/A-Za-z!]|&#?[A-Za-z0-9]{1,10};")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# ------------------------------------------------------------------------------------------------ citations
# a bracketed citation after a CJK character or punctuation: "…研究[15-16]。" "…[3,5]"
# (the bracket first, then what stands before it: the scan skips to each "[" instead of testing every character)
_CITATION = re.compile(r"\[(?<=[\u3400-\u9fff\uff0c\u3002\uff1b\u201d)）]\[)\d{1,3}(?:\s*[-–,，、]\s*\d{1,3}){0,10}\]")
# a numbered note call in brackets after a CJK character or punctuation: "…统筹管理(注5)。" "…投入（註12），" "…[注2]"
# (a note itself, "（注：数据来自…）", holds a colon and words: no call; trialfix22b kind E)
_NOTE_CALL = re.compile(r"[(（\[［](?<=[\u3400-\u9fff\uff0c\u3002\uff1b\u201d)）][(（\[［])\s*[注註]\s*"
                        r"(?:\d{1,3}|[①-⑳])\s*[)）\]］]")

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
_OPEN_QUOTES = QUOTE_OPENERS
_CLOSE_QUOTES = QUOTE_CLOSERS
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
    # the title is a line of its own: a hard break after it keeps the text's first line from being joined to it
    # (a title with a colon or a comma, 某委员：建议…，…, is no short headline that stands alone by its shape)
    return [(m.start(), a, "", "front_matter"), (b, m.end(), "\n" + HARD_BREAK + "\n", "front_matter")]


#: Most lines of a leading block quotation read as an epigraph (:func:`_md_epigraph`): a motto, a 题记, a verse.
EPIGRAPH_MAX_LINES = 6
#: Most characters of such a block quotation, all its lines together (a paper's quoted abstract is longer).
EPIGRAPH_MAX_CHARS = 200
# (a quoted line that is no heading of its own: ``> ### 摘要`` opens a quoted abstract, no epigraph)
_MD_QUOTE_LINE = re.compile(r"[ \t]{0,3}>(?![ \t]{0,3}#)[^\n]{0,%d}(?:\n|\Z)" % EPIGRAPH_MAX_CHARS)
_BLANK_LINES = re.compile(r"(?:[ \t]{0,40}\n){0,20}")
# the title: a first- or second-level heading that is no numbered section (``## 一、危机初现`` is the body's first part)
_MD_HEADING_LINE = re.compile(r"[ \t]{0,3}#{1,2}[ \t]+(?![（(]?[一二三四五六七八九十\d]{1,3}[、.．)）\s]|第[一二三四五六七八九十\d]{1,3}[章节部分篇])\S")


def _md_epigraph(text: str) -> list[Edit]:
    """The edit ``(start, end, "", "epigraph")`` that removes a markdown block quotation (``> …`` lines, at most
    :data:`EPIGRAPH_MAX_LINES` of them and :data:`EPIGRAPH_MAX_CHARS` characters in all, none a heading) that opens
    the document (after blank lines and YAML front matter at most) and stands right above its title (a ``#`` or
    ``##`` heading that numbers no section; blank lines between them): an
    epigraph (a motto, a 题记, a leader's words) set before the title, which is no part of the essay and must not take
    the title's place or open its summary (``> 不忘初心，方得始终。`` ⏎⏎ ``# 关于…的思考`` ⏎⏎ …). None otherwise (a quotation
    after the title or inside the text is the essay's own citation). Constant work: the first lines only."""
    front = _FRONT_MATTER.match(text)
    pos = front.end() if front and ":" in front.group(1) else 0
    pos = _BLANK_LINES.match(text, pos).end()
    start, lines = pos, 0
    while lines <= EPIGRAPH_MAX_LINES and (m := _MD_QUOTE_LINE.match(text, pos)) is not None:
        pos, lines = m.end(), lines + 1
    if not 0 < lines <= EPIGRAPH_MAX_LINES or len(text[start:pos].strip()) > EPIGRAPH_MAX_CHARS:
        return []
    if _MD_HEADING_LINE.match(text, _BLANK_LINES.match(text, pos).end()) is None:
        return []
    return [(start, pos, "", "epigraph")]


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


#: The line and emphasis rules of :func:`_markdown`: ``(pattern, rule, replacement, cues)``, where every match holds
#: one of the cue strings.
_MD_LINE_RULES: tuple[tuple[re.Pattern[str], str, str, tuple[str, ...]], ...] = (
    (_MD_HEADING, "markdown", HARD_BREAK, ("#",)), (_MD_BULLET, "markdown", "•", ("-", "*", "+")),
    (_MD_QUOTE, "markdown", "", (">",)),
    (_MD_RULE, "markdown", "\n", ("--", "***", "___", "===", "* *", "- -", "_ _")),
    (_MD_TABLE_RULE, "markdown", "", ("---",)), (_MD_EMPHASIS, "markdown", "", ("**", "__")))


#: A dash-led list line (``——从生产环节看，…``): a double em dash (or a box-drawing double dash) at a line's start
#: before a Han character. Chinese reports and plans list their findings, problems and tasks so (破折号列项).
_DASH_ITEM = re.compile(r"^[ \t\u3000]{0,12}(?:——|──)[ \t\u3000]*(?=[\u4e00-\u9fff])", re.M)


def dash_item_edits(text: str) -> list[Edit]:
    """``(start, end, "•", "dash_list")`` edits (offsets into ``text``) that turn the double dash opening each line
    of a run of two or more dash-led lines (:data:`_DASH_ITEM`, only blank lines between them) into the list bullet
    a markdown ``- `` becomes: the lines are items of a list, each read on its own under the lead-in before them
    (``…的困境依然存在： ⏎ ——从生产环节看，…仅为印度的40%。 ⏎ ——从加工环节看，…``; Part 69's 3638). A lone dash-led
    line (an attribution, ``——习近平``) stays. Linear in ``len(text)``."""
    if "——" not in text and "──" not in text:
        return []
    found = list(_DASH_ITEM.finditer(text))
    keep = [False] * len(found)
    for k in range(1, len(found)):
        # adjacent when only one line (the first's) lies between the two dashes, blank lines aside
        lines = [ln for ln in text[found[k - 1].end():found[k].start()].split("\n")[1:] if ln.strip()]
        if not lines:
            keep[k - 1] = keep[k] = True
    return [(m.start(), m.end(), "•", "dash_list") for m, on in zip(found, keep) if on]


#: A list marker whose brackets a converter escaped for markdown (``\\(一\\)``, ``\\（3\\）``: one to four
#: backslashes before each bracket): the backslashes are removed so the marker reads as ``(一)``. Bounded: linear.
_MD_ESCAPED_MARKER = re.compile(r"\\{1,4}([(（])[ \t]?([一二三四五六七八九十]{1,3}|\d{1,2})[ \t]?\\{1,4}([)）])")


def _markdown(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if "\\" in text:
        for m in _MD_ESCAPED_MARKER.finditer(text):
            # (\\(一\\)账目记录随意: a converter's markdown escapes of a list marker; Part 99's 5448)
            edits.append((m.start(), m.start(1), "", "markdown"))
            edits.append((m.end(2), m.start(3), "", "markdown"))
    for m in _MD_IMAGE.finditer(text):
        edits.append((m.start(), m.end(), "", "markdown_image"))
    for m in _MD_LINK.finditer(text):
        edits.append((m.start(), m.start("text"), "", "markdown"))
        edits.append((m.end("text"), m.end(), "", "markdown"))
    for pattern, rule, repl, cues in _MD_LINE_RULES:
        if not any(cue in text for cue in cues):
            continue  # (no match can hold none of its cues: a Chinese text without markdown skips the scan)
        matches = pattern.finditer(text)
        if pattern is _MD_EMPHASIS:
            matches = _emphasis_marks(text, matches)
        for m in matches:
            if m.end() > m.start() and not (pattern is _MD_BULLET and _page_line_at(text, m.start())):
                edits.append((m.start(), m.end(), repl, rule))
    if "[" in text:
        for m in _MD_NUMBERED_BOX.finditer(text):
            edits.append((m.end(1), m.end(), "", "markdown"))
    if "*" in text:
        for m in _MD_EMPHASIS_ONE.finditer(text):
            if CJK_RE.search(m.group("text")) is not None and not (
                    _in_masked_figure(text, m.start()) or _in_masked_figure(text, m.end() - 1)):
                edits.append((m.start(), m.start() + 1, "", "markdown"))
                # (a subhead set in emphasis inside a paragraph ends there as a sentence: lefts23a, _inline_subhead)
                edits.append((m.end() - 1, m.end(), "。" if _inline_subhead(text, m) else "", "markdown"))
    edits += _footnotes(text)
    rows = list(_MD_TABLE_ROW.finditer(text))
    if " |" in text:
        rows += _bare_table_rows(text)
    for row in rows:  # a table row: its cells become tab-separated
        pos = text.find("|", row.start(), row.end())
        while pos != -1:
            edits.append((pos, pos + 1, "\t", "markdown"))
            pos = text.find("|", pos + 1, row.end())
    return edits


def _bare_table_rows(text: str) -> list[re.Match]:
    """The rows of pipe tables written without a leading bar (:data:`_MD_BARE_ROW`, ``空气污染 | 工业排放… | 2023年… |``):
    matches in ``text`` of two or more such lines in a row (lines next to each other) with the same number of bars,
    whose first cell is no field label ending in a colon (a form). Part 67 (3508): a proposal's problem and measure tables gave no point, their rows read as menu lines. One scan;
    linear."""
    # (a form pasted with bars, ``信件类型: | 投诉 |``, labels its one value with a colon: no table, its fields are
    # read by the form's own rules; tests/test_p27struct_kinds.py)
    found = [m for m in _MD_BARE_ROW.finditer(text) if not m.group().split("|", 1)[0].rstrip().endswith((":", "："))]
    rows: list[re.Match] = []
    for n, m in enumerate(found):
        bars = m.group().count("|")
        for k in (n - 1, n + 1):
            if 0 <= k < len(found) and found[k].group().count("|") == bars and (
                    text.count("\n", min(m.end(), found[k].end()), max(m.start(), found[k].start())) <= 1):
                rows.append(m)
                break
    return rows


# a masked figure written with stars (p30struct): a run of stars, with a masked decimal part (``**.*%``), right before
# a classifier or a percent sign (``立案***件``, ``占总数的**.*%``, ``***%``); bounded runs, anchored by its caller
_MASK_RUN = re.compile(r"\*{1,6}(?:[.．]\*{1,6})?(?=[" + _MASKED_FIGURE_CLASSIFIERS + r"])")
# what may follow a "**" of a masked figure (a cheap test before :func:`_in_masked_figure`; "" never: a text's end)
_MASK_AFTER_STARS = frozenset("*.．" + _MASKED_FIGURE_CLASSIFIERS)
#: Most characters walked back over from a star to the start of its masked figure (:func:`_in_masked_figure`).
MASK_RUN_CHARS = 14


def _in_masked_figure(text: str, pos: int) -> bool:
    """Whether the star at ``pos`` of ``text`` belongs to a masked figure (:data:`_MASK_RUN`: ``立案***件``,
    ``占总数的**.*%``) that follows a Han character other than a numeral, or a digit: a number the page hides, no
    markdown emphasis (Part 30's trial kind 9: the marks were removed and the ``.`` of ``**.*%`` ended a sentence).
    Walks back at most :data:`MASK_RUN_CHARS` characters: constant work."""
    end = pos
    while end < len(text) and end - pos < MASK_RUN_CHARS and text[end] in "*.．":
        end += 1
    if end >= len(text) or text[end] not in _MASKED_FIGURE_CLASSIFIERS:
        return False  # (no classifier after the stars: the common case, settled by looking ahead)
    start = pos
    while start > 0 and pos - start < MASK_RUN_CHARS and text[start - 1] in "*.．":
        start -= 1
    while start < pos and text[start] != "*":
        start += 1  # (a dot before the stars belongs to the text before them)
    before = text[start - 1:start] if start else ""
    if not (before.isdigit() or _HAN.match(before) and before not in "一二三四五六七八九十百千万亿两几数"):
        return False
    m = _MASK_RUN.match(text, start)
    return m is not None and pos < m.end()


def _intraword_underscores(text: str, m: re.Match) -> bool:
    """Whether the ``__`` match ``m`` stands between two letters, digits or Han characters (``20__学年度``, a blank
    to fill in): CommonMark never reads an intraword ``__`` as emphasis, and removing it glues the year (p30struct)."""
    return (m.group() == "__" and m.start() > 0 and m.end() < len(text) and text[m.start() - 1].isalnum()
            and text[m.end()].isalnum())


_MASK_INNER_OPENER = "，,。；;：:、！？!?）)」』”…"
_MASK_SENTENCE_END = re.compile(r"[。！？]\S")
# a clause mark: a "**" that could stand for a hidden number pairs as bold only with a "**" in its own clause
_CLAUSE_MARK = re.compile(r"[，,；;：:、。！？!?]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _emphasis_marks(text: str, matches) -> list[re.Match]:
    """The :data:`_MD_EMPHASIS` matches that are markdown emphasis, leaving out masked placeholders: a report that
    hides a name or number writes ``**`` in its place (``,**同志通报的情况`` ``十有**不是违法`` ``推进**村``, p29struct).
    ``**`` marks are paired left to right within their line; a pair whose enclosed text is empty (``****``), starts
    with punctuation, or runs past a sentence end (``打造**景观带…。但是**景观带``: two masks) is no pair, and its first
    mark is tried alone. A mark left without a partner on its line stays in the text when a Han character touches
    it and no space stands before it (a markdown opener cut off by a truncated page, ``3. **保障和``, follows a space
    and is still removed; ``/**`` of code holds no Han and is removed as before). A ``**`` inside a masked figure
    (:func:`_in_masked_figure`: ``立案***件``, ``**.*%``) is no mark; a ``__`` passes unless it stands inside a word
    (:func:`_intraword_underscores`: ``20__学年度``, a blank).
    Each mark is looked at once or twice and each pair's text once per line: linear in the text."""
    out: list[re.Match] = []
    line_marks: list[re.Match] = []
    masks: set[int] = set()
    line_end = -1

    def flush() -> None:
        i = 0
        while i < len(line_marks):
            a = line_marks[i]
            if i + 1 < len(line_marks):
                b = line_marks[i + 1]
                inner = text[a.end():b.start()]
                if (inner and inner[0] not in _MASK_INNER_OPENER and _MASK_SENTENCE_END.search(inner) is None
                        and (a.start() not in masks or _CLAUSE_MARK.search(inner) is None)):
                    out.extend((a, b))
                    i += 2
                    continue
            if a.start() in masks:
                i += 1
                continue  # 受理举报**件，立案**件: a mask with no bold run closed in its clause stays as written
            before = text[a.start() - 1:a.start()] if a.start() else ""
            after = text[a.end():a.end() + 1]
            if before in (" ", "\t", "\u3000") or not (_HAN.match(before) or _HAN.match(after)):
                out.append(a)
            i += 1
        line_marks.clear()

    for m in matches:
        if m.group() != "**":
            if not _intraword_underscores(text, m):
                out.append(m)
            continue
        after = text[m.end():m.end() + 1]
        if after in _MASK_AFTER_STARS and _in_masked_figure(text, m.start()):
            if after not in _MASKED_FIGURE_CLASSIFIERS:
                continue  # 立案***件, 占总数的**.*%: a masked figure stays as written (p30struct)
            masks.add(m.start())  # 立案**件 or 农村**人才流失严重**: settled by its pairing (flush)
        if m.start() >= line_end:
            flush()
            nl = text.find("\n", m.end())
            line_end = len(text) if nl == -1 else nl
        line_marks.append(m)
    flush()
    return out


#: Most characters of an emphasised subhead inside a paragraph (:func:`_inline_subhead`).
INLINE_SUBHEAD_CHARS = 30
_SUBHEAD_BEFORE = re.compile(r"(?:^|[。！？!?])[ \t\u3000]{0,4}\Z")
_SUBHEAD_AFTER = re.compile(r"[ \t\u3000]{1,8}(?=[^\s。！？!?，,；;：:])")


def _inline_subhead(text: str, m: re.Match) -> bool:
    """Whether the single-star emphasis ``m`` (:data:`_MD_EMPHASIS_ONE`) is a subhead set inside a paragraph (a news
    page's ``。 *謝偉俊:萬事俱備,只欠民心*   實政圓桌議員田北辰提到,…``): it follows a sentence end or opens its line,
    spaces and then the next sentence follow it on the same line, and its text (at most :data:`INLINE_SUBHEAD_CHARS`
    characters) ends with no sentence mark. Its closing star then becomes a full stop, so that the subhead is a
    sentence of its own and is not glued to the sentence after it (lefts23a; a line break there made the paragraph
    the body of a heading line, which the prose reading does not enter). Bounded look-around: O(1) per match."""
    inner = m.group("text")
    if len(inner) > INLINE_SUBHEAD_CHARS or inner.rstrip()[-1:] in "。！？!?…":
        return False
    line_start = max(text.rfind("\n", max(0, m.start() - 8), m.start()) + 1, m.start() - 8, 0)
    return (_SUBHEAD_BEFORE.search(text, line_start, m.start()) is not None
            and _SUBHEAD_AFTER.match(text, m.end()) is not None)


def _page_line_at(text: str, start: int) -> bool:
    """Whether the line of ``text`` that starts at ``start`` is a page number (``- 3 -``:
    :func:`summarizer.formats.pdf.is_numbered_page_line`), which cleaning drops whole under one rule (its ``- `` is
    no bullet). Reads that line only."""
    end = text.find("\n", start)
    return is_numbered_page_line(text[start:end if end >= 0 else len(text)])


def _footnotes(text: str) -> list[Edit]:
    """Markdown footnotes (rule ``markdown_footnote``): every definition line ``[^2]: …`` (and its indented
    continuation lines), and every reference ``[^2]`` whose label a definition defines or that is a number (a
    text copied without its notes); ``x[^0-9]`` in prose, a label defined nowhere, stays."""
    defs = list(_MD_FOOTNOTE_DEF.finditer(text))
    labels = {m.group("label") for m in defs}
    edits = [(m.start(), m.end(), "", "markdown_footnote") for m in defs]
    edits += [(m.start(), m.end(), "", "markdown_footnote") for m in _MD_FOOTNOTE_REF.finditer(text)
              if m.group("label") in labels or m.group("label").isdigit()]
    return edits


def _code_line(line: str) -> bool:
    """Whether an indented line may be code: an ASCII word, no CJK outside its string literals and comments, and not
    a nested list item (``    - 子项``)."""
    return (bool(_ASCII_WORD.search(line)) and not _NESTED_ITEM.match(line)
            and not CJK_RE.search(_CODE_STRINGS.sub("", line)))


def code_edits(text: str) -> list[Edit]:
    """Edits that take markdown code out of ``text`` (rule ``markdown_code``): a program is no text of the essay.

    * a fenced block (a line opening with three or more backticks or tildes, up to the next fence line of the same
      character and at least the same length): the whole block becomes a hard break; a fence that is never closed
      removes its own line only (a stray ````` is no program);
    * an indented block (lines opening with four spaces or a tab, after a blank line or the start of the text) in
      which every non-blank line may be code (:func:`_code_line`: an ASCII word, no CJK outside string literals
      and comments: Chinese paragraphs indented with spaces hold CJK) and some line holds code punctuation
      (``( ) { } [ ] ; = < >``: an indented English paragraph holds none): a hard break;
    * an inline code span with no CJK inside (```sync_data```): removed; a span that holds CJK (```人口老龄化```:
      words set off, not a program) loses its two backticks and keeps its words.

    Args:
        text: the document with ``\\n`` line ends.

    Returns:
        ``(start, end, replacement, rule)`` edits in ``text``'s coordinates, non-overlapping. One pass over the lines
        (each line is read a bounded number of times): linear in ``len(text)``; never raises.
    """
    if "`" not in text and "~~~" not in text and "    " not in text and "\t" not in text:
        return []  # (no fence, no line indented by four spaces or a tab, no code span: nothing to find line by line)
    edits: list[Edit] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n"):
        lines.append((pos, pos + len(part)))
        pos += len(part) + 1
    in_code = [False] * len(lines)
    # per fence character, the shortest fence found never closed: no closing line that long follows it, so a later
    # fence at least as long is unclosed too without a scan (each scan that fails lowers it: at most 18 per character)
    unclosed: dict[str, int] = {}
    i, n = 0, len(lines)
    while i < n:
        a, b = lines[i]
        m = _MD_FENCE.match(text, a, b)
        if m and m.end() == b:
            fence = m.group(1)
            j = i + 1 if len(fence) < unclosed.get(fence[0], 99) else n
            while j < n:
                c = _MD_FENCE.match(text, *lines[j])
                if c and c.end() == lines[j][1] and c.group(1)[0] == fence[0] and len(c.group(1)) >= len(fence) \
                        and not text[c.end(1):c.end()].strip():
                    break
                j += 1
            if j < n:
                edits.append((a, lines[j][1], HARD_BREAK, "markdown_code"))
                for k in range(i, j + 1):
                    in_code[k] = True
                i = j + 1
                continue
            unclosed[fence[0]] = min(len(fence), unclosed.get(fence[0], 99))
            edits.append((a, b, "", "markdown_code"))  # never closed: the fence line alone
            in_code[i] = True
        i += 1
    i = 0
    while i < n:
        a, b = lines[i]
        after_blank = i == 0 or not text[lines[i - 1][0]:lines[i - 1][1]].strip()
        if in_code[i] or not after_blank or not _MD_INDENTED.match(text, a, b):
            i += 1
            continue
        j, code = i, True
        while j < n and not in_code[j] and (_MD_INDENTED.match(text, *lines[j]) or not text[lines[j][0]:lines[j][1]].strip()):
            code = code and (not text[lines[j][0]:lines[j][1]].strip() or _code_line(text[lines[j][0]:lines[j][1]]))
            j += 1
        while j > i and not text[lines[j - 1][0]:lines[j - 1][1]].strip():
            j -= 1  # trailing blank lines are no part of the block
        if code and _CODE_PUNCT.search(text, a, lines[j - 1][1]):
            edits.append((a, lines[j - 1][1], HARD_BREAK, "markdown_code"))
            for k in range(i, j):
                in_code[k] = True
        i = max(j, i + 1)
    for k, (a, b) in enumerate(lines):
        if in_code[k] or "`" not in text[a:b]:
            continue
        for m in _MD_INLINE_SPAN.finditer(text, a, b):
            if CJK_RE.search(m.group("text")) is None:
                edits.append((m.start(), m.end(), "", "markdown_code"))
            else:  # words set off in backticks: the marks go, the words stay
                edits.append((m.start(), m.start() + 1, "", "markdown_code"))
                edits.append((m.end() - 1, m.end(), "", "markdown_code"))
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
        elif (CJK_RE.search(body) and not any(ch in body for ch in "\\^_{}")) or _LATEX_NOT_MATH.search(body):
            continue  # prose between two dollar signs, not a formula: "$5亿，…$" stays as written (so do its tags)
        else:
            repl = latex_text(body)
            if not repl or len(repl) > 40:
                continue
        edits.append((m.start(), m.end(), repl, "latex"))
    return edits


def _latex_token(m: re.Match[str]) -> str:
    if m.group("text") is not None:
        return m.group("text")
    sup = m.group("sup") or m.group("sup1")
    if sup is not None:
        return "".join(sup.split()).translate(_SUPERSCRIPT)
    if m.group("esc") is not None:
        return m.group("esc")
    if m.group("cmd") is not None:
        return LATEX_SYMBOLS.get(m.group("cmd"), "")
    return ""


def latex_text(body: str) -> str:
    """What the body of an inline formula ``$…$`` of a PDF-to-markdown conversion reads as in plain text: math mode
    ignores whitespace (``$4 0 \\%$`` is ``40%``, ``$\\mathrm { h m } ^ { 2 }$`` is ``hm²``), an escaped
    character is itself (``\\%`` ``%``), a digit superscript is a superscript digit and a citation after it or
    alone (``^{2[8]}``, ``^{[3]}``) is dropped, a symbol command prints its symbol (:data:`LATEX_SYMBOLS`:
    ``\\times`` ``×``), any other command (``\\mathrm``, ``\\left``) and braces print nothing, ``\\text{…}`` keeps
    its words as written. The TeX rules (Knuth, *The TeXbook*, ch. 16-18) for the subset such conversions write
    (MinerU, Mathpix). Linear in ``len(body)`` (one regex pass); never raises."""
    return _LATEX_TOKEN.sub(_latex_token, body).strip()


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


# an inline HTML tag, opening or closing, and its name
_HTML_INLINE_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]{0,20})\b[^<>]{0,2000}?(?P<self>/?)>\Z")
# a paragraph break: no inline markup pair spans one
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: A pair of inline marks is read as one only when at most this many characters stand between them.
PAIR_MAX_CHARS = 1000

Pair = tuple[int, int, int, int]


def _mark_kind(text: str, start: int, end: int, repl: str, rule: str) -> tuple[str, int] | None:
    """What the removed mark ``text[start:end]`` opens or closes: ``(kind, side)`` with side 1 opening, -1 closing, 0
    either (a mark written the same on both sides: ``**`` ``__`` ``*`` `````), or None (no inline mark of a pair)."""
    if repl:
        return None
    mark = text[start:end]
    if rule == "markdown" or rule == "markdown_code":
        if mark in ("**", "__", "*", "`"):
            return mark, 0
        if rule == "markdown" and mark == "[":
            return "link", 1
        if rule == "markdown" and mark.startswith("]("):
            return "link", -1
        return None
    if rule == "html" and mark.startswith("<"):
        m = _HTML_INLINE_TAG.match(mark)
        if m is None or m.group("self"):
            return None
        return m.group("name").lower(), -1 if m.group("close") else 1
    return None


def marker_pairs(text: str, edits: list[Edit]) -> list[Pair]:
    """The inline marks among ``edits`` that enclose one run of words, paired: ``**x**`` ``__x__`` ``*x*`` ```x```,
    a link's ``[`` and ``](url)``, an HTML element's opening and closing tags (``<b>x</b>``).

    Cleaning removes each mark on its own; a point's range then runs from the first kept character to the last, and
    a range that starts on a marked run's first word (``**以人民为中心**：关注…``) holds the closing mark but not the
    opening one. :meth:`summarizer.clean.CleanText.balanced` reads these pairs to take in the other mark too.

    Marks pair in text order, innermost first, by kind (a same-on-both-sides mark alternates opening and closing);
    no pair spans a paragraph break (a blank line) or more than :data:`PAIR_MAX_CHARS` characters; a mark left
    without its partner pairs with nothing. Overlapping edits are resolved as :meth:`summarizer.clean._Doc.apply`
    does (at one position the longest, then the earlier wins).

    Args:
        text: the text the edits were computed on.
        edits: ``(start, end, replacement, rule)`` edits of :func:`markup_edits` and :func:`code_edits`.

    Returns:
        ``(open_start, open_end, close_start, close_end)`` in ``text``'s coordinates, sorted. Linear in the number of
        edits and paragraph breaks (after one sort); never raises.
    """
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] if "\n" in text else []
    stacks: dict[str, list[tuple[int, int]]] = {}
    pairs: list[Pair] = []
    pos, b, para = 0, 0, 0
    for start, end, repl, rule in sorted(edits, key=lambda e: (e[0], -e[1])):
        if start < pos or end <= start:
            continue
        pos = end
        kind = _mark_kind(text, start, end, repl, rule)
        if kind is None:
            continue
        while b < len(breaks) and breaks[b] < start:
            b += 1
        if b != para:  # a new paragraph: the marks left open before it pair with nothing
            para = b
            stacks.clear()
        name, side = kind
        stack = stacks.setdefault(name, [])
        if side == 1 or (side == 0 and not stack):
            stack.append((start, end))
        elif stack:
            o1, o2 = stack.pop()
            if start - o2 <= PAIR_MAX_CHARS:
                pairs.append((o1, o2, start, end))
    pairs.sort()
    return pairs


def markup_edits(text: str) -> list[Edit]:
    """Edits that remove the markup of ``text`` (see the module docstring).

    Args:
        text: the document with ``\\n`` line ends.

    Returns:
        ``(start, end, replacement, rule)`` edits in ``text``'s coordinates; overlapping edits are resolved
        by the caller (the earlier one wins). Never raises.
    """
    edits = _front_matter(text) + _csv(text)
    if ">" in text:
        edits += _md_epigraph(text)  # (before the markdown quote marks: the longer edit at one position wins)
    edits += _html(text) if has_html(text) else _entities(text)
    edits += code_edits(text) + _markdown(text) + dash_item_edits(text) + _latex(text)
    edits += [(m.start(), m.end(), "", "citation") for m in _CITATION.finditer(text)]
    if "/" in text:
        edits += [(m.start(), m.end(), "", "html") for m in _TORN_CLOSING_TAG.finditer(text)]
    if "注" in text or "註" in text:
        edits += [(m.start(), m.end(), "", "citation") for m in _NOTE_CALL.finditer(text)]
    return edits


def heading_spans(text: str) -> tuple[tuple[int, int, int], ...]:
    """``(start, end, level)`` of each heading that ``text`` marks up, ascending and apart: a markdown ATX heading
    line (``## 标题``: level 2, the number of ``#`` marks, 1-6; ``start``/``end`` the line's offsets, its line break
    excluded; none inside a fenced or indented code block, :func:`code_edits`) and an HTML heading element left in
    text (``<h3>标题</h3>``: level 3; from its start tag to the end of its end tag, at most
    :data:`HTML_HEADING_CHARS`). What the cleaning stage removes of them is only their marks (:data:`_MD_HEADING`,
    the tags): the levels tell the essay split a collection's titles from an essay's sections
    (:func:`summarizer.essays.split_essays`). Never raises; one match per line start and per tag, a binary search
    an element (n log n)."""
    found: list[tuple[int, int, int]] = []
    if "#" in text:
        code = sorted((a, b) for a, b, repl, _rule in code_edits(text) if repl == HARD_BREAK)
        k = 0
        for m in _MD_HEADING_LEVEL.finditer(text):
            while k < len(code) and code[k][1] <= m.start():
                k += 1
            if k < len(code) and code[k][0] <= m.start():
                continue
            end = text.find("\n", m.end())
            found.append((m.start(), end if end != -1 else len(text), len(m.group(1))))
    if "<" in text:
        closes = [(m.start(), m.end(), m.group(1)) for m in _HTML_HEADING_CLOSE.finditer(text)]
        at = [c[0] for c in closes]
        for m in _HTML_HEADING_OPEN.finditer(text) if closes else ():
            j = bisect.bisect_left(at, m.end())
            if j < len(closes) and closes[j][2] == m.group(1) and closes[j][1] - m.start() <= HTML_HEADING_CHARS:
                found.append((m.start(), closes[j][1], int(m.group(1))))
    found.sort()
    kept: list[tuple[int, int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return tuple(kept)
