"""Lossless Chinese sentence splitter.

:func:`split_sentences` cuts already-cleaned text (line joining and boilerplate removal happen upstream in
``clean.py``) into :class:`Sentence` units. Every unit is a half-open character range of the string passed in,
so any selected sentence can be highlighted in the original input.

Rules (cases B01, B02, B04, B06, B07, B08 of ``text-cases.md``):

* Terminators are 。！？ and their half-width forms ``! ? .`` plus repeats of them (``？！``, ``!!!``). The
  ``.`` counts only when it is not a decimal point or a dot between Latin letters/digits (``3.5``,
  ``www.gov.cn``), a dot right before a lower-case Latin letter (a file name's extension, ``公布版.docx``), a list number (``1.`` ``3.1.`` ``A.`` at the start of a unit or after a separator) or an
  abbreviation (``e.g.``, ``Dr.``, ``U.S.``).
* The ellipsis forms ``……`` ``…`` ``...`` ``。。。`` (and ``⋯``) are equivalent. Outside any bracket/quote pair,
  an ellipsis followed by more text ends the sentence; inside a pair it never does, nor before a word that goes on
  with the ``、`` list it cuts short (:data:`ELLIPSIS_CONTINUATIONS`: ``国防、交通…等同等级的投资``).
* Nothing splits inside an open pair “” ‘’ 「」 『』 （） 《》 () [] 【】 〔〕 〈〉 〖〗 and ASCII ``"``. Pairs are
  matched per line with a stack; a pair whose closer never comes on the same line, or comes more than
  :data:`MAX_PAIR_SPAN` characters later, is ignored, so an unbalanced mark in scraped text cannot swallow
  the rest of the document.
* Closing marks after a terminator stay with that sentence (``要坚持人民至上。”`` is one sentence). Quoted
  speech followed by a short speech tag (说/道/表示/指出/强调 …) up to the next terminator stays one sentence
  (``「基层减负不是减责任。」她补充道。``).
* A terminator followed by a comma-like mark (，、；：) does not end the sentence, so no sentence starts
  with ``，`` or ``），``. Commas, 、 ； ： never split.
* A newline (and any other line break character) is always a hard boundary. A line that produced one unit
  with no terminator and passes the shared heading-line rule (:func:`summarizer.chars.is_heading_line`: at most
  :data:`HEADING_MAX_CHARS` characters, no ``；``, not ending in a colon) is a ``"heading"`` unit (title,
  ``一、总体要求``); any other line without a terminator (longer, a lead-in or salutation ending in ``：``,
  ``加强队伍建设；``) is one ``"sentence"``.
* A list line (:func:`list_line_starts`: a bullet item ``• 队伍老化问题突出``, a numbered item in a list of bare
  items ``1. 建立人才引进机制``, or one of the bare lines listed under a numbered heading or a lead-in
  ``存在的问题：``) is a ``"sentence"`` whether or not it ends in a terminator: notes pasted from email, chat,
  slides and markdown leave the full stop off their items, and such an item states a point, it names no part.
* A U+FFFD that ends the text (a last character cut off in the middle of its bytes, see
  :mod:`summarizer.decode`) counts as a terminator: the cut-off sentence keeps its kind.
* Enumeration markers (一、 （一） 一是 1. ① 首先，) are never split off: the splitter only cuts at
  terminators and line breaks.
* Pieces with no letter, digit or CJK character (``。。。！``) are dropped (B07); ``index`` counts kept units.

Detection runs on a width-normalised copy of the text of the same length (full-width ASCII forms mapped to
half-width one character for one character); every returned ``text`` is sliced from the original string, so
the summary keeps the input's own punctuation (B04). No NFKC is applied.

Joining the returned texts and removing whitespace gives the input with whitespace removed, minus the
dropped punctuation-only pieces. Leading and trailing whitespace of a unit is outside its span.

The scan is linear in the length of the text: every loop advances over the string.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from summarizer.chars import (rfind_any, CN_NUMERALS, CONTENT_RE, HEADING_MAX_CHARS, PAIRED_QUOTE_CLOSERS,
                              PAIRED_QUOTE_OPENERS, QUOTE_PAIRS, char_translator, document_memo, is_heading_line)

__all__ = ["Sentence", "split_sentences", "list_line_starts", "table_row_units", "table_rows", "TABLE_LABEL_CHARS", "BULLETS", "HEADING_MAX_CHARS", "MAX_PAIR_SPAN", "HALF_WIDTH"]

#: A bracket/quote pair whose closer comes more than this many characters after its opener is ignored.
MAX_PAIR_SPAN = 200
#: Longest speech tag (characters) that stays attached to the quotation before it.
_SPEECH_TAG_MAX_CHARS = 12


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of the split (slots: no per-unit ``__dict__``; an essay of 50,000 one-word sentences held them twice
    over, mem28).

    Attributes:
        index: position in the list returned by :func:`split_sentences` (after filtering), from 0.
        start: character offset of the first character, in the coordinates of the ``text`` passed to
            :func:`split_sentences` plus its ``offset``.
        end: exclusive end offset (characters), same coordinates.
        text: the original slice ``text[start - offset:end - offset]``; never starts or ends with whitespace,
            may contain inner whitespace (``1. 首先``).
        kind: ``"sentence"`` or ``"heading"`` (a short line with no terminator: titles, ``一、总体要求``;
            see :func:`summarizer.chars.is_heading_line`).
    """

    index: int
    start: int
    end: int
    text: str
    kind: str


def _width_table() -> dict[int, int]:
    table = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII forms -> ASCII
    table.update(
        {
            0x3000: 0x20,  # ideographic space
            0xFF61: ord("。"),  # half-width ideographic full stop
            0xFE52: ord("."),  # small full stop
            0xFE56: ord("?"),
            0xFE57: ord("!"),
            0x203C: ord("!"),  # ‼
            0x2047: ord("?"),  # ⁇
            0x2048: ord("?"),  # ⁈
            0x2049: ord("!"),  # ⁉
            0x22EF: ord("…"),  # midline horizontal ellipsis
            0xFE19: ord("…"),  # presentation form for vertical ellipsis
            0xFF5F: ord("("),  # ｟
            0xFF60: ord(")"),  # ｠
        }
    )
    return table


#: ``str.translate`` table: full-width ASCII forms (！？（）ＡＢ１２), U+3000 and a few rare punctuation
#: variants to their half-width/common form, one character for one character, so offsets are unchanged.
HALF_WIDTH = _width_table()
_half_width = char_translator(HALF_WIDTH)  # text.translate(HALF_WIDTH), faster

# Pairs, in the width-normalised text (（ ［ ｛ are already ( [ { there).
_OPENERS = {
    **QUOTE_PAIRS,  # (the quotation marks, summarizer.chars)
    "(": ")",
    "《": "》",
    "[": "]",
    "【": "】",
    "〔": "〕",
    "〈": "〉",
    "{": "}",
    "〖": "〗",
}
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}
_QUOTE_CLOSERS = frozenset(PAIRED_QUOTE_CLOSERS)
#: Pronouns that open a speech tag of the speaker quoted just before (``她坦言：``, ``他补充说：``).
_SPEAKER_PRONOUNS = ("他", "她", "其", "它")
#: The opening quotation marks (the ASCII ' is an apostrophe here, summarizer.chars.PAIRED_QUOTE_OPENERS): a sentence
#: that starts with one opens on a quotation, not on its speaker.
_QUOTE_OPENERS = frozenset(PAIRED_QUOTE_OPENERS)
_PAIR_RE = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + '"]')

_LINE_RE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
#: Words that continue a clause after an ellipsis that cuts a list short (``国防、教育、交通…等同等级的…``,
#: ``A、B……之类的问题``): no sentence ends at that ellipsis.
ELLIPSIS_CONTINUATIONS = ("等", "之类", "一类", "诸如此类")
_TERM_RE = re.compile(r"[。!?.…]+")
_CONTENT_RE = CONTENT_RE  # a letter or digit of any script
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# A terminator followed by one of these does not end the sentence (``……），并`` / ``……，``).
_NO_BREAK_BEFORE = frozenset(",、;:")
_TAG_STOP_RE = re.compile(r"[。!?.…,、;:“”‘’「」『』\"]")
_SPEECH_TAG_RE = re.compile(
    r"(?:说|道|表示|指出|强调|称|问|答|介绍|坦言|感叹|解释|宣布|回应|补充|透露|提到|谈到|直言|呼吁|告诉记者|感慨)$"
)
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt no nos vs etc al fig figs eq eqs vol vols pp ed eds inc ltd co corp dept
    univ est approx cf ca jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_LIST_NUMBER_RE = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4})")
_DOTTED_ABBR_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_PREFIX = frozenset(",;:、(《【[ \t")
_CN_NUMERALS = frozenset(CN_NUMERALS)
#: Numerals on both sides of a decimal point written in Chinese (``长照三．〇``, ``二.0``: 3.0, 2.0).
_NUMERAL_CHARS = frozenset(CN_NUMERALS + "〇零两0123456789")


def _dot_is_terminal(norm: str, a: int, line_start: int, line_end: int, unit_start: int) -> bool:
    """Whether the lone ``.``/``!``/``?`` at ``a`` ends a sentence."""
    mark = norm[a]
    prev = norm[a - 1] if a > line_start else ""
    nxt = norm[a + 1] if a + 1 < line_end else ""
    if prev in _ASCII_ALNUM and nxt in _ASCII_ALNUM:
        return False  # 3.5, www.gov.cn, v1.2, a.php?id=1
    if mark == "." and prev in _NUMERAL_CHARS and nxt in _NUMERAL_CHARS and not (prev.isascii() and nxt.isascii()):
        return False  # 长照三．〇, 二.0: a decimal point between numerals (Taiwan writes version numbers so)
    if mark != ".":
        return True
    if prev in "*＊" and nxt in "*＊":
        return False  # 占总数的**.*%: the decimal point of a masked figure (p30struct)
    if nxt in _ASCII_LOWER:
        return False  # 糾正案文-公布版.docx, 人民网.cn: a file's extension or a domain glued on, no sentence end (p30struct)
    # The run of Latin letters, digits and dots right before the dot, not reaching into the previous unit.
    lo = a
    while lo > unit_start and (norm[lo - 1] in _ASCII_ALNUM or norm[lo - 1] == "."):
        lo -= 1
    word = norm[lo:a]
    if not word:
        # 一. 二. as list numbers: a Chinese numeral right after a unit start, a terminator or a colon
        k = a
        while k > line_start and norm[k - 1] in _CN_NUMERALS and a - k < 3:
            k -= 1
        if k < a and (k == line_start or k == unit_start or norm[k - 1] in _LIST_PREFIX or norm[k - 1] in "。！？；：:"):
            return False
        return True
    if _LIST_NUMBER_RE.fullmatch(word) and (lo == unit_start or norm[lo - 1] in _LIST_PREFIX):
        return False  # "1. 首先", "；2.压实责任", "3.1.", "A."
    if word.lower() in _ABBREVIATIONS or _DOTTED_ABBR_RE.fullmatch(word):
        return False  # "Dr.", "e.g.", "U.S."
    return True


def _lists_before(norm: str, lo: int, a: int) -> bool:
    """Whether the clause that ends at ``a`` (read back to ``lo`` at most, a bounded window) enumerates with ``、``
    (``国防、教育、交通``): an ellipsis there cuts a list short."""
    k = rfind_any(norm, ",;:", lo, a)
    return norm.find("、", max(lo, k + 1), a) != -1


def _is_ellipsis(cluster: str) -> bool:
    if "!" in cluster or "?" in cluster:
        return False
    return "…" in cluster or cluster.count(".") >= 2 or cluster.count("。") >= 2


def _match_pairs(norm: str, s: int, e: int) -> tuple[list[int] | None, frozenset[int]]:
    """Match bracket/quote pairs on the line ``norm[s:e]``.

    Returns the bracket depth of every gap (``depth[g - s]`` is the depth between characters ``g-1`` and
    ``g``) or ``None`` when the line has no matched pair, and the set of positions of matched ASCII ``"``
    closers. Unmatched marks and pairs longer than :data:`MAX_PAIR_SPAN` are ignored.
    """
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    quote_closers: set[int] = set()
    for m in _PAIR_RE.finditer(norm, s, e):
        ch, pos = m.group(), m.start()
        if ch == '"':
            if any(c == '"' for c, _ in stack):
                want = '"'
            else:
                stack.append(('"', pos))
                continue
        elif ch in _OPENERS:
            stack.append((ch, pos))
            continue
        else:
            want = _CLOSERS[ch]
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == want:
                open_pos = stack[i][1]
                del stack[i:]  # openers above it were never closed: ignore them
                if pos - open_pos <= MAX_PAIR_SPAN:
                    pairs.append((open_pos, pos))
                    if ch == '"':
                        quote_closers.add(pos)
                break
        # a closer with no opener on this line is a stray mark: it does not change the depth
    if not pairs:
        return None, frozenset()
    diff = [0] * (e - s + 2)
    for o, c in pairs:
        diff[o + 1 - s] += 1  # gaps o+1 .. c are inside the pair
        diff[c + 1 - s] -= 1
    return list(accumulate(diff)), frozenset(quote_closers)


def _speech_tag_follows(norm: str, start: int, end: int, opened_by_quote: bool = True) -> bool:
    """Whether ``norm[start:]`` is a short speech tag (``她补充道。``) that belongs to the quote before it.

    A tag that introduces a further quotation (``“……。”他说：“……。”``) continues the same quotation only when the
    sentence opened with that quotation (``opened_by_quote``): where the sentence opened on its own speaker
    (``委员王明直言：“……。”委员刘芳说：“……。”``, speakers quoted back to back in a meeting report) the tag
    introduces the next speaker, whose quote is a sentence of its own, unless the tag names its speaker by a
    pronoun (:data:`_SPEAKER_PRONOUNS`: ``…指出，「……。」她坦言：「……。」``, the same speaker going on)."""
    m = _TAG_STOP_RE.search(norm, start, end)
    stop = m.start() if m else end
    tag = norm[start:stop].rstrip()
    if not tag or len(tag) > _SPEECH_TAG_MAX_CHARS or not _SPEECH_TAG_RE.search(tag):
        return False
    if stop >= end or norm[stop] in "。!?.…":
        return True
    if norm[stop] in ",:":  # “……。”他说：“……。” — the tag introduces the next part of the same quotation
        if not opened_by_quote and not tag.startswith(_SPEAKER_PRONOUNS):
            return False  # (……。”委员刘芳说：“……: a new speaker; ……。」她坦言：「……: the same one going on)
        j = stop + 1
        while j < end and norm[j].isspace():
            j += 1
        return j < end and norm[j] in '“「『"‘'
    return False


def _split_line(norm: str, s: int, e: int, out: list[tuple[int, int, str]], listed: bool = False) -> None:
    """Append the units of the trimmed line ``[s, e)`` to ``out`` as ``(start, end, kind)``; a ``listed`` line (a
    list item, :func:`list_line_starts`) is never a heading."""
    depth, quote_closers = _match_pairs(norm, s, e)
    units: list[tuple[int, int]] = []
    unit_start = s
    ended_by_terminator = False
    for m in _TERM_RE.finditer(norm, s, e):
        a, b = m.span()
        cluster = m.group()
        ellipsis = _is_ellipsis(cluster)
        if len(cluster) == 1 and cluster in ".!?" and not _dot_is_terminal(norm, a, s, e, unit_start):
            continue
        # Closing marks after the terminator belong to this sentence.
        q, closed_quote = b, False
        while True:
            j = q
            while j < e and norm[j].isspace():
                j += 1
            if j >= e:
                break
            ch = norm[j]
            if ch in _CLOSERS or (ch == '"' and (j in quote_closers or j == e - 1)):
                closed_quote = closed_quote or ch in _QUOTE_CLOSERS
                q = j + 1
                continue
            break
        if q >= e:
            ended_by_terminator = True
            break
        inside_before = depth is not None and depth[a - s] > 0
        if depth is not None and depth[q - s] > 0:
            continue  # still inside a pair: “甲。乙。”
        if ellipsis and inside_before:
            continue  # （减负、赋能、增效……）
        nxt = q
        while norm[nxt].isspace():  # q < e and norm[e-1] is not a space, so this stops
            nxt += 1
        if norm[nxt] in _NO_BREAK_BEFORE:
            continue  # 落实……，下一步 / ……），并
        if ellipsis and norm.startswith(ELLIPSIS_CONTINUATIONS, nxt) and _lists_before(norm, max(unit_start, a - 40), a):
            continue  # 国防、教育、交通…等同等级的投资 (the list's "and so on": the clause goes on; trialfix21a)
        if closed_quote and _speech_tag_follows(norm, nxt, e, norm[unit_start] in _QUOTE_OPENERS):
            continue  # 「……。」她补充道。
        units.append((unit_start, q))
        unit_start = nxt
    units.append((unit_start, e))
    if len(units) == 1 and not ended_by_terminator and not listed and is_heading_line(norm[s:e]):
        out.append((s, e, "heading"))
        return
    out.extend((a, b, "sentence") for a, b in units)


# List markers at the start of a line, by family: a bullet (markdown "- "/"* " become "•" in cleaning, see
# summarizer.markup), a number (1. 1、 1) (1) ① ⑴ ⒈) and a section number (一、 (一) 第一、).
#: Bullet characters that open a list line (markdown "- " and "* " become "•" in cleaning).
#: Dingbats, stars, circles, squares, check marks and arrows open a list line as ``•`` does (``★ 政府应该…``,
#: ``→ 要增加…``, ``√ 加强…``, ``◎ …``; fix42d); inside a line (``评分★★★``, ``A→B``) none is a marker.
BULLETS = "•●○◆◇■□▪►▶➢➤✓✔√★☆◎❖→‧"  # (‧: the hyphenation point Hong Kong pages bullet with, council32)
_BULLET_RE = re.compile(rf"(?:[{BULLETS}]\s*|[-*]\s+)(?=\S)")
#: The item and section numbers that both the list-line reader (:func:`list_line_starts`) and the points stage's
#: numbered problems-and-fixes headings (``summarizer.points._SECTION_NUMBERING``) read, by family: ``1.`` ``1、``
#: (``num``), ``一、`` (``cn``), ``（一）`` (``paren_cn``): one pattern each, so that the two readers cannot drift apart.
NUMBER_MARKERS = {"num": r"\d{1,2}[.．、](?!\d)", "cn": r"[一二三四五六七八九十]{1,3}[、.．]",
                  "paren_cn": r"[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]"}
_NUMBERED_RE = re.compile(
    rf"(?:(?P<num>{NUMBER_MARKERS['num']})|(?P<paren_num>[(（]\s*\d{{1,2}}\s*[)）]|\d{{1,2}}[)）])"
    r"|(?P<circled>[①-⑳❶-❿➀-➉])|(?P<paren_num2>[⑴-⒇])|(?P<num_dot>[⒈-⒛])"
    rf"|(?P<cn>{NUMBER_MARKERS['cn']})|(?P<paren_cn>{NUMBER_MARKERS['paren_cn']})"
    r"|(?P<di>第[一二三四五六七八九十]{1,3}[、，,:：]))")
_SECTION_FAMILIES = frozenset(("cn", "paren_cn", "di"))
_COLON_END = ("：", ":")


def _line_marker(line: str) -> str | None:
    """The list-marker family that opens ``line`` (``"bullet"``, ``"num"``, ``"paren_num"``, ``"cn"`` …) or None."""
    if _BULLET_RE.match(line):
        return "bullet"
    m = _NUMBERED_RE.match(line)
    return m.lastgroup if m else None


#: A run of at least this many adjacent unmarked lines without a terminator, most of them clause-long
#: (:data:`POST_CLAUSE_CHARS`), is a post written one clause a line (a self-media post, a slide's notes), not
#: a column of headings: each line is a sentence of its own (:func:`list_line_starts`; Part 66's 3457).
POST_LINE_RUN = 6
#: A line of at least this many characters reads as a clause of such a post.
POST_CLAUSE_CHARS = 8
#: A clause line of such a post: Han characters, quotes and commas only, :data:`POST_CLAUSE_CHARS` or more (a page's
#: header fields, ``2019-05-31 作者``, ``关键词:…``, ``APP下载``, are no clauses).
_POST_CLAUSE_RE = re.compile(rf"[\u3400-\u9fff“”「」『』、，,]{{{POST_CLAUSE_CHARS},}}")


def _clause_lines(lines: list[tuple[int, str]], i: int, j: int) -> bool:
    """Whether at least half the lines ``lines[i:j]`` (bare lines of one run) are clauses (:data:`_POST_CLAUSE_RE`).
    Linear in the lines' length."""
    return 2 * sum(1 for _, t in lines[i:j] if _POST_CLAUSE_RE.fullmatch(t)) >= j - i


@document_memo  # (a whole text's: emptied after each document, perf51)
@lru_cache(maxsize=8)  # the structure, sentence and summary stages each ask it of the same essay
def list_line_starts(text: str, section_name: Callable[[str], bool] | None = None) -> frozenset[int]:
    """Start offsets (into ``text``, past leading whitespace) of the lines that are items of a list rather than
    headings, though they hold no terminator (notes from email, chat, slides and markdown:
    ``存在的问题：⏎- 基层人员不足，经费紧张⏎- 队伍老化问题突出``). A line without a sentence terminator (one that
    :func:`summarizer.chars.is_heading_line` accepts, or one ending in a U+FFFD cut-off character) is a list line when:

    * it opens with a bullet (``•`` ``●`` …, or ``-`` ``*`` and a space); such a line is listed with a terminator
      too (it is a sentence either way, and the whole text of its item);
    * it opens with an item number (``1.`` ``（1）`` ``①``; not a section number ``一、`` ``（一）``) and follows a
      lead-in ending in a colon, or stands next to another such bare numbered line (a list of bare items);
    * it has no marker and belongs to a run of at least two such bare lines that follows a numbered heading line or
      a lead-in ending in a colon, and that ends the text or is followed by the next heading of that numbering (or,
      after a lead-in, by another lead-in or a numbered line): ``一、存在的问题⏎基层人员不足⏎队伍老化⏎二、对策建议``;
    * it has no marker and belongs to a run of such bare lines under a bare line that ``section_name`` (a predicate
      on a line's text, or None) says names a section (``存在的问题⏎基层人员不足⏎队伍老化问题突出⏎对策建议⏎……``),
      up to the next such line, a marked line or a lead-in, or the end of the text.

    One pass over the lines and one over the runs: linear in ``len(text)``.
    """
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append((pos + raw.index(stripped[0]), stripped))
        pos += len(raw) + 1
    n = len(lines)
    bare = [is_heading_line(t) or (t.endswith("\ufffd") and i == n - 1) for i, (_, t) in enumerate(lines)]
    family = [_line_marker(t) for _, t in lines]
    colon = [t.endswith(_COLON_END) for _, t in lines]
    listed = [False] * n
    named = [bare[i] and family[i] is None and section_name is not None and section_name(t)
             for i, (_, t) in enumerate(lines)]
    for i in range(n):
        if family[i] == "bullet":
            listed[i] = True  # (one with a terminator too: a sentence either way, the whole text of its item)
            continue
        if not bare[i] or family[i] is None or family[i] in _SECTION_FAMILIES:
            continue
        prev_item = i > 0 and bare[i - 1] and family[i - 1] == family[i]
        next_item = i + 1 < n and bare[i + 1] and family[i + 1] == family[i]
        listed[i] = (i > 0 and colon[i - 1]) or prev_item or next_item
    i = 0
    while i < n:
        if not (bare[i] and family[i] is None) or named[i]:
            i += 1
            continue
        j = i
        while j < n and bare[j] and family[j] is None and not named[j]:
            j += 1
        # the run of unmarked bare lines is [i, j)
        if i > 0 and named[i - 1]:
            if j == n or named[j] or colon[j] or family[j] is not None:
                listed[i:j] = [True] * (j - i)
        elif j - i >= POST_LINE_RUN and _clause_lines(lines, i, j):
            listed[i:j] = [True] * (j - i)  # a post written one clause a line: its lines are its sentences
        elif j - i >= 2 and i > 0:
            before = family[i - 1]
            if colon[i - 1]:
                listed[i:j] = [True] * (j - i) if (j == n or colon[j] or family[j] is not None) else listed[i:j]
            elif before is not None and before != "bullet" and bare[i - 1]:
                if j == n or (family[j] == before and bare[j]):
                    listed[i:j] = [True] * (j - i)
        i = j
    return frozenset(start for (start, _), on in zip(lines, listed) if on)


#: A table cell of at most this many characters with no sentence mark (:data:`_CELL_SENTENCE_MARKS`) is a label
#: (a serial number, a count, a deadline, a lead unit, a column name), not the problem or measure a row states.
TABLE_LABEL_CHARS = 12
_CELL_SENTENCE_MARKS = frozenset("，,。；;！!？?：:")
_CELL_GAP_RE = re.compile(r"\t[\t ]*")  # a cell gap of a table row (cleaning leaves one tab there)


def row_cells(norm: str, s: int, e: int) -> list[tuple[int, int]]:
    """The trimmed ``(start, end)`` spans of the non-empty cells of the line ``[s, e)`` of ``norm``, whose cells are
    separated by tabs (a table row: cleaning keeps a tab between the cells of a DOCX, HTML or markdown table row,
    :data:`summarizer.clean.CELL_SEPARATOR`). One pass over the line."""
    cells = []
    a = s
    for m in _CELL_GAP_RE.finditer(norm, s, e):
        if m.start() > a:
            cells.append((a, m.start()))
        a = m.end()
    if e > a:
        cells.append((a, e))
    trimmed = []
    for a, b in cells:
        while b > a and norm[b - 1].isspace():
            b -= 1
        if _CONTENT_RE.search(norm, a, b):
            trimmed.append((a, b))
    return trimmed


def _is_label_cell(norm: str, a: int, b: int) -> bool:
    return b - a <= TABLE_LABEL_CHARS and not any(ch in _CELL_SENTENCE_MARKS for ch in norm[a:b])


def table_row_units(norm: str, lines: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """The units of the table rows among ``lines`` (trimmed ``(start, end)`` line spans of ``norm``, in order), by
    line index: the spans of the cells a row states its point in. A row is a line with two or more non-empty
    cells (:func:`row_cells`). Its body cells are those that are no label (:func:`_is_label_cell`: longer than
    :data:`TABLE_LABEL_CHARS` characters, or holding a sentence mark): ``1 | 消防通道被堵塞，标识缺失 | 7家`` gives
    the middle cell only; a row of two long cells (问题 | 整改措施) gives both. The header row of a table (its
    first row, all labels, with a row after it: ``序号 | 问题 | 涉及企业``, ``建议事项 | 牵头单位``) names
    columns and gives no unit (an empty list). Any other row of labels only gives its (first) longest cell
    (``增设服务站点 | 区民政局``). One pass over the lines."""
    rows = [row_cells(norm, s, e) if "\t" in norm[s:e] else [] for s, e in lines]
    rows = [cells if len(cells) >= 2 else [] for cells in rows]
    out: dict[int, list[tuple[int, int]]] = {}
    for i, cells in enumerate(rows):
        if not cells:
            continue
        body = [(a, b) for a, b in cells if not _is_label_cell(norm, a, b)]
        if body:
            out[i] = body
        elif (i == 0 or not rows[i - 1]) and i + 1 < len(rows) and rows[i + 1]:
            out[i] = []
        else:
            out[i] = [max(cells, key=lambda c: c[1] - c[0])]  # the first longest: 增设服务站点 | 区民政局
    return out


def _trimmed_lines(norm: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``norm`` with its whitespace at both ends left out; blank lines omitted."""
    lines = []
    for line in _LINE_RE.finditer(norm):
        s, e = line.span()
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if s < e:
            lines.append((s, e))
    return lines


def table_rows(text: str) -> dict[int, tuple[int, int, list[tuple[int, int]]]]:
    """The table rows of ``text`` (:func:`table_row_units`), by the start offset of the row's trimmed line:
    ``(line start, line end, units)``, offsets into ``text``; ``units`` are the spans of the row's body cells,
    empty for a header row. ``{}`` when ``text`` has no tab. Linear in ``len(text)``."""
    if "\t" not in text:
        return {}
    norm = _half_width(text)
    lines = _trimmed_lines(norm)
    return {lines[i][0]: (*lines[i], units) for i, units in table_row_units(norm, lines).items()}


def split_sentences(text: str, *, offset: int = 0, section_name: Callable[[str], bool] | None = None,
                    table_cells: bool = False) -> list[Sentence]:
    """Split cleaned Chinese text into sentence and heading units, losslessly.

    Args:
        text: cleaned text (``str``); line breaks are hard boundaries.
        offset: added to every ``start``/``end`` so spans can be expressed in the coordinates of a larger
            document (characters).
        section_name: whether a bare line names a section (``存在的问题``), for :func:`list_line_starts`; None:
            no bare line does.
        table_cells: read table rows (lines whose cells a tab separates) by their cells
            (:func:`table_row_units`): a row's units are its body cells only, each split as a line of its own (a
            long cell a sentence, never a heading), and a table's header row gives no unit; the label cells (serial number,
            count, deadline, unit) and header rows are then outside every unit (the text is no longer split
            losslessly there). False: a row is a line like any other.

    A text of one non-empty line gives sentences only, never a heading: a one-line message without a closing stop
    (``建议在小区门口增设红绿灯，现在太危险了``) is what the user wrote, not a title over nothing.

    Returns:
        The units in document order with ``index`` 0..n-1, each ``text == original[start-offset:end-offset]``.
        Empty, whitespace-only and punctuation-only input gives ``[]`` (callers raise
        :class:`summarizer.errors.EmptyInputError`: :func:`summarizer.summarize`, :func:`summarizer.textrank.extract`).

    Raises:
        TypeError: ``text`` is not a ``str``.

    See the module docstring for the rules. Runs in time linear in ``len(text)``.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() needs str, not {type(text).__name__}")
    norm = _half_width(text)
    spans: list[tuple[int, int, str]] = []
    listed = list_line_starts(text, section_name)
    cut_off = len(text.rstrip()) if text.rstrip().endswith("\ufffd") else -1  # a cut-off last character
    lines = _trimmed_lines(norm)
    rows = table_row_units(norm, lines) if table_cells and "\t" in norm else {}
    for i, (s, e) in enumerate(lines):
        if i in rows:
            for a, b in rows[i]:  # a body cell is a sentence; a label cell is read as its line would be
                _split_line(norm, a, b, spans, not _is_label_cell(norm, a, b) or s in listed or e == cut_off)
            continue
        # a text of one line only (a one-line message: 建议在小区门口增设红绿灯，现在太危险了) is its own text, no heading
        _split_line(norm, s, e, spans, s in listed or e == cut_off or len(lines) == 1)
    result: list[Sentence] = []
    for start, end, kind in spans:
        # Trim again: a unit boundary may leave inner whitespace at the edges of a piece.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if _CONTENT_RE.search(text, start, end) is None:
            continue  # empty or punctuation-only piece (B07)
        result.append(Sentence(len(result), start + offset, end + offset, text[start:end], kind))
    return result


#: Openers and closers of a quotation whose sentences :func:`quotation_sentences` splits (curly and corner quotes).
_QUOTATION_PAIRS = {"“": "”", "「": "」", "『": "』"}
#: Any opening mark of :data:`_QUOTATION_PAIRS` (the first one of a unit is found by one search).
_QUOTATION_OPEN = re.compile("[" + "".join(_QUOTATION_PAIRS) + "]")
#: Ends of a sentence inside a quotation.
_QUOTED_ENDS = frozenset("。！？!?")
#: What stands right before the opening mark of a quoted speech that is split (the unit opens with the mark, or a
#: colon or comma of a speech frame precedes it: ``他说：“…”``); a quotation glued inside a clause is no speech.
_SPEECH_OPENING = frozenset("：:，,")


#: A closing quotation mark followed by a verb of proposing and an opening one (``…等情况”，建议“进一步完善…”``,
#: ``…」，並建議「…」``): the quoted problem and the quoted proposal of one party are two statements
#: (:func:`quotation_sentences`). Bounded, anchored at the closing mark.
_QUOTED_PROPOSAL_TURN = re.compile(r"[”」』][，,]\s{0,2}(?:并|並|还|還|同时|同時)?(?:建议|建議|提出|呼吁|呼籲|要求)[：:]?[“「『]")


def quotation_sentences(sentences: list[Sentence]) -> list[tuple[Sentence, int]]:
    """Each unit of ``sentences`` with a quotation of several sentences split into those sentences, for the reading
    of aspect points: the splitter keeps a quotation whole (``他说：“A。B；C。D。”`` is one unit, right for a summary),
    so a quoted speech's problem and its proposals were cut from one window. Returns ``(unit, i)`` pairs in order,
    ``i`` the position in ``sentences`` of the unit it comes from (a unit that is not split is returned as it is).

    A unit of kind ``"sentence"`` is split after each ``。！？`` inside its first quotation (“”, 「」, 『』) when
    there are at least two such sentences in it and the quotation is a speech (it opens the unit, or follows a
    colon or a comma: :data:`_SPEECH_OPENING`) that ends the unit, or is followed only by a speech tag of at most
    ``_SPEECH_TAG_MAX_CHARS`` characters (``…。”张某说。``; marks the wrong way round, ``”两违“``, make a unit whose
    "quotation" is followed by more sentences: it stays whole); an opening quotation mark that starts a part and a closing one
    that ends it are left out of the part (offsets stay those of the original text, ``text`` is the slice), the
    words after the closing mark (a speech tag, ``某某说。``) stay with the last part. The new units' ``index`` is
    their position in the returned list. Linear in the characters of the units."""
    out: list[tuple[Sentence, int]] = []

    def add(start: int, end: int, s: Sentence, i: int) -> None:
        a, b = start - s.start, end - s.start
        while a < b and s.text[a] in _QUOTATION_PAIRS or a < b and s.text[a].isspace():
            a += 1
        while b > a and (s.text[b - 1] in _QUOTATION_PAIRS.values() or s.text[b - 1].isspace()):
            b -= 1
        if b > a:
            out.append((Sentence(len(out), s.start + a, s.start + b, s.text[a:b], s.kind), i))

    for i, s in enumerate(sentences):
        cuts: list[int] = []
        if s.kind == "sentence":
            t = s.text
            opening = _QUOTATION_OPEN.search(t)
            k = opening.start() if opening is not None else -1
            close = t.find(_QUOTATION_PAIRS[t[k]], k + 1) if k >= 0 else -1
            tag = t[close + 1:].rstrip("。！？!?…")
            if (close > k >= 0 and (k == 0 or t[k - 1] in _SPEECH_OPENING) and len(tag) <= _SPEECH_TAG_MAX_CHARS
                    and not any(ch in _QUOTED_ENDS for ch in tag)):
                cuts = [j + 1 for j in range(k + 1, close) if t[j] in _QUOTED_ENDS and t[j + 1] not in _QUOTED_ENDS]
                cuts = [c for c in cuts if c < close]
        if not cuts and s.kind == "sentence":
            # 委员反映“A”，建议“B”: a quoted problem, then a quoted proposal of the same party; each its own unit
            # (corpus21b), cut after the first quotation's closing mark
            turn = _QUOTED_PROPOSAL_TURN.search(s.text)
            if turn is not None:
                cuts = [turn.start() + 1]
        if len(cuts) < 1:  # (the unit itself while no split came before it: no copy of every unit, mem28)
            out.append((s if s.index == len(out) else Sentence(len(out), s.start, s.end, s.text, s.kind), i))
            continue
        a = s.start
        for c in cuts:
            add(a, s.start + c, s, i)
            a = s.start + c
        add(a, s.end, s, i)
    return out


#: A run of sentence-ending marks and line breaks (``。``, ``！？!?``, ``\n``; ``好！！\n\n`` is one run): what
#: :func:`count_sentence_ends` counts. One character class under ``+``: linear.
_SENTENCE_END_RUN = re.compile(r"[。！？!?\n]+")
#: Longest line (characters) whose line break :func:`count_sentence_ends` counts as a sentence end when no mark ends
#: it: a list of tiny lines (``好\n`` × 20,000) is that many sentences, while the lines of a hard-wrapped text (a
#: plain-text export wrapped at 30-80 characters, joined again by cleaning) end no sentence of their own.
SHORT_LINE_CHARS = 12


def count_sentence_ends(text: str) -> int:
    """The number of sentence ends in ``text`` (``str``, any text: read before cleaning): runs of sentence-ending
    marks (``。！？!?``) and line breaks, where a run of line breaks alone counts only after at most
    :data:`SHORT_LINE_CHARS` characters since the previous run (a short line) (the lines of a hard-wrapped text, which cleaning joins, end no sentence;
    check48: a 282,000-character text wrapped at 35 characters was counted 13,714). An estimate of the sentences
    the pipeline splits, counted in one scan of the raw text (a few milliseconds on 100,000 characters), so that a
    document over ``max_sentences`` (:class:`~summarizer.errors.TooManySentencesError`) is refused before cleaning.
    ``0`` for a text with none. ``；`` and ``…`` are not counted (they end clauses as often as sentences). Linear:
    each line's length is read once, at its break."""
    ends = 0
    line_start = 0
    for m in _SENTENCE_END_RUN.finditer(text):
        a, b = m.span()
        if text[a] != "\n" or a - line_start <= SHORT_LINE_CHARS:
            ends += 1
        line_start = b
    return ends


# ------------------------------------------------------------------------------------------ repeated copies
# A sentence a text repeats word for word (a pasted paragraph twice, a refrain, ``A。A。A。``) is read at its first
# copy, by the summary (:func:`first_copies`: a candidate once, try48) and by the points (:func:`move_to_first_copies`:
# a point's offsets at the first copy in its paragraph, fix48); the one place of that rule (fix49).

#: Closing marks that do not tell two copies of a sentence apart (:func:`copy_key`).
_COPY_CLOSERS = "。！？!?；;.…"
#: Earlier copies of a point's words :func:`move_to_first_copies` looks at (each a ``str.find`` over a paragraph).
COPY_TRIES = 4


def copy_key(text: str) -> str:
    """``text`` without whitespace and its closing marks: the key under which two copies of a sentence are one."""
    return "".join(text.split()).rstrip(_COPY_CLOSERS)


def first_copies(texts: Sequence[str]) -> list[bool]:
    """Per text of ``texts`` (sentences in text order), whether it is the first copy of its words
    (:func:`copy_key`): a later copy says nothing more. Linear (one set of keys)."""
    seen: set[str] = set()
    out = []
    for t in texts:
        key = copy_key(t)
        out.append(key not in seen)
        seen.add(key)
    return out


def move_to_first_copies(text: str, spans: Sequence) -> None:
    """Move each span of ``spans`` (objects with ``start``/``end``, offsets into ``text``, in text order) whose exact
    words occur earlier in its own paragraph (no line break between) and after every span before it, as a clause of
    their own (the same character before and after both copies), to the first such copy, in place (the list stays
    in text order): a sentence a paste repeated (``A。A。A。``) is read from its first occurrence. Cost: at most
    :data:`COPY_TRIES` ``str.find`` calls over the paragraph before each span."""
    low = 0  # end of the spans before (as kept: a copy overlapping one is not taken)
    for p in spans:
        start, end = p.start, p.end
        words = text[start:end]
        para = text.rfind("\n", 0, start) + 1
        before = text[start - 1] if start else ""
        after = text[end:end + 1]
        at = text.find(words, max(para, low), start) if words else -1
        for _ in range(COPY_TRIES):
            if at < 0:
                break
            if (text[at - 1] if at else "") == before and text[at + len(words):at + len(words) + 1] == after:
                p.start, p.end = at, at + len(words)
                break
            at = text.find(words, at + 1, start)
        low = max(low, end)
