"""Stage 3: a cleaned collection -> its essays.

Collections scraped from document sites put an essay marker line before each essay (``篇一:标题``,
``第一篇 标题``, ``题目二：标题``); the text before the first marker (site preamble, the collection's own title) belongs to no
essay. Without markers, a short title line that the collection repeats before each essay splits it
(trailing numbers are ignored when comparing, so "…对策建议1" and "…对策建议2" repeat); so does a line written as an
essay's title right after a whole essay (:func:`_outline_title_bounds`: a closed numbered outline, or a paragraph
closed by a sentence end). A text with none of these is one essay.

Offsets are character offsets into the cleaned text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from summarizer.aspects import heading_aspect, heading_cues, lexicon, model_answer_label, sentence_aspect
from summarizer.chars import (CJK_RE, CLAUSE_BREAKS, CN_DIGITS, CN_NUMBER_CHARS, CN_NUMERALS, HEADING_MAX_CHARS,
                              SENTENCE_END, is_heading_line, word_groups)
from summarizer.script import simplified_view
from summarizer.tokenize import word_tags

_CN_NUM = CN_NUMBER_CHARS
#: Most characters of a title glued to its essay marker (:data:`ESSAY_MARKER`: ``第一篇以数字化赋能基层减负``).
GLUED_TITLE_CHARS = 40
#: An essay marker line of a collection: ``篇一：标题``, ``第一篇 标题``, ``题目二：标题``, ``文章一：标题``,
#: ``【范文一】标题``, the title in group ``title``. The cleaning drops the space between two Han characters, so
#: ``第一篇　标题`` reaches the split as ``第一篇标题``: after ``第N篇`` or a bracketed ``【范文N】`` a title may follow
#: with no separator when the rest of the line reads as a title (at most :data:`GLUED_TITLE_CHARS` characters, no
#: comma or sentence mark: ``第一篇文章写得好，…`` is running text, fix58b). Anchored at a line start, linear.
ESSAY_MARKER = re.compile(
    rf"(?m)^[ \t]*(?:篇[{_CN_NUM}\d]{{1,4}}|第[{_CN_NUM}\d]{{1,4}}篇|(?:题目|文章)[{_CN_NUM}\d]{{1,4}}(?=[ \t]*[:：、.．])"
    rf"|【范文[{_CN_NUM}\d]{{1,4}}】)"
    rf"(?:[ \t]*[:：、.．][ \t]*|[ \t]+|$|(?<=[篇】])(?=[^\s，,。！？!?；;：:][^\n，,。！？!?；;：:]{{1,{GLUED_TITLE_CHARS - 1}}}$))"
    rf"(?P<title>[^\n]*)$"
)

#: A line that ends in an essay number after the collection's name (``2024年政协委员提案 篇1``, ``…心得体会 第2篇``):
#: the marker a document site prints before each essay of a collection, its title on the next line
#: (:func:`_suffix_marks`; trialfix21a). The name opens with no space and the spaces around it are taken whole
#: (possessive): a line of spaces and tabs is scanned once, not once per split (linear).
_SUFFIX_MARKER = re.compile(
    rf"(?m)^[ \t]*+(?P<name>[^\s。！？!?；;：:][^\n。！？!?；;：:]{{1,39}}?)[ \t]*+(?:篇[{_CN_NUM}\d]{{1,4}}|第[{_CN_NUM}\d]{{1,4}}篇)[ \t]*$")


def _suffix_marks(text: str) -> list[tuple[int, int, str | None]]:
    """``(marker_start, body_start, title)`` of each suffix essay marker of ``text`` (:data:`_SUFFIX_MARKER`) when
    at least two of them name the same collection and each is followed by a heading line (the essay's title, which
    the body starts after); ``[]`` otherwise (a single ``…篇1`` line, or one over prose: a title that carries the
    site's essay number, read by :func:`_outline_title_bounds`). Offsets are into ``text``; linear in its length."""
    found = []
    for m in _SUFFIX_MARKER.finditer(text):
        nl = text.find("\n", m.end() + 1) if m.end() < len(text) else -1
        title_end = nl if nl != -1 else len(text)
        title = text[m.end() + 1:title_end].strip() if m.end() < len(text) else ""
        if not title or not is_heading_line(title) or _SUFFIX_MARKER.match(text, m.end() + 1):
            return []
        found.append((m.group("name").strip(), m.start(), min(title_end + 1, len(text)), title))
    names = Counter(name for name, *_ in found)
    if len(found) < 2 or len(names) != 1:
        return []
    return [(start, body, title) for _name, start, body, title in found]


#: A line that opens with a bracketed label and goes on with a title (``【社论】水灾急需长远治理方案``): the label is
#: read against the ``opinion_column_label`` cue group. Anchored, bounded.
_COLUMN_TITLE = re.compile(r"(?m)^[ \t]*[【\[〖](?P<label>[^】\]〗\n]{1,8})[】\]〗][ \t]*(?P<title>[^\n]{2,60}?)[ \t]*$")


def _column_title_bounds(text: str) -> list[tuple[int, int, str | None]]:
    """``(line_start, body_start, title)`` of each line of ``text`` that names an opinion column in brackets and then a
    title (:data:`_COLUMN_TITLE`, label in the ``opinion_column_label`` cue group: ``【社论】水灾不好玩,急需长远治理方案``)
    when at least two such lines name the same column, each title holds no sentence end and prose follows each: a listing
    page of the column's pieces, one essay each (trialfix24a). ``[]`` otherwise (one bracketed title is the page's
    title). Offsets are into ``text``; one pass over its lines."""
    labels = frozenset(lexicon().words("opinion_column_label"))
    found = []
    for m in _COLUMN_TITLE.finditer(text):
        label = m.group("label").strip()
        title = m.group("title").strip()
        # (a headline may hold a comma, 水灾不好玩,急需长远治理方案, never a sentence end)
        if label not in labels or not title or re.search(r"[。；;]", title) or len(title) > 40:
            continue
        nl = text.find("\n", m.end())
        body = nl + 1 if nl != -1 else len(text)
        nxt = text.find("\n", body)
        following = text[body:nxt if nxt != -1 else len(text)].strip()
        if not following or is_heading_line(following):
            continue
        found.append((label, m.start(), body, m.group(0).strip()))
    if len(found) < 2 or len({label for label, *_ in found}) != 1:
        return []
    return [(start, body, title) for _label, start, body, title in found]


#: A line that is only a publication's or a column's name in title brackets, a word of the kind of piece and a colon
#: allowed after it (``《華光日報》``, ``《某某报》评论：``, ``【星島日報社論】``: a lenticular bracket only round a paper's or a
#: column's name, never ``【典型案例】``): the source line a digest of press
#: opinion prints over each excerpt (:func:`_source_name_bounds`; split48). Bounded: one line, no nested quantifier.
_SOURCE_NAME_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?:《[^《》\n]{2,12}》|【[^【】\n]{1,10}(?:报|報|社论|社論|社评|社評|评论|評論|时评|時評|短评|短評)】)[ \t\u3000]*"
    r"(?:(?:社评|社評|社论|社論|评论|評論|短评|短評|时评|時評|观点|觀點)[ \t\u3000]*)?[:：]?[ \t\u3000]*$")


def _source_name_bounds(text: str) -> list[tuple[int, int, str | None]]:
    """``(line_start, body_start, title)`` of each piece of a digest of press opinion: a line that only names the
    paper or column in brackets (:data:`_SOURCE_NAME_LINE`: ``《華光日報》``, ``《某某报》评论：``) over the piece's
    title line (a heading line, :func:`~summarizer.chars.is_heading_line`, no date) and its prose, two or more such
    lines in ``text`` (split48; Part 108's 5980-5984). The body starts at the title line, which is the piece's first
    line (an editorial's title often states its measure); the last piece may be cut after its title. ``[]`` when
    fewer than two lines have this shape, or a bracketed name line stands over no title (a list of sources, a
    bibliography: ``《人民日报》`` ⏎ ``2020年5月``). Offsets are into ``text``; one pass over the matching lines."""
    found: list[tuple[int, int, str | None]] = []
    over_prose = 0
    for m in _SOURCE_NAME_LINE.finditer(text):
        body = m.end() + 1
        if body >= len(text):
            continue
        nl = text.find("\n", body)
        title = text[body:nl if nl != -1 else len(text)].strip()
        if not title or not is_heading_line(title) or _DATE_LINE.match(title) or _SOURCE_NAME_LINE.match(title):
            return []
        if nl != -1:
            nxt = text.find("\n", nl + 1)
            following = text[nl + 1:nxt if nxt != -1 else len(text)].strip()
            if following and not is_heading_line(following):
                over_prose += 1
        found.append((m.start(), body, title))
    if len(found) < 2 or over_prose < 2:
        return []
    return found


@dataclass(frozen=True)
class EssaySpan:
    """One essay of a collection.

    Attributes:
        index: position in the collection, from 0.
        title: the title given on its marker line or title line (None when it has none).
        start: offset of the essay's first body character in the cleaned text.
        end: exclusive end offset in the cleaned text.
        marker_start: offset where the essay's marker or title line starts (== start when it has none).
    """

    index: int
    title: str | None
    start: int
    end: int
    marker_start: int


def _title_key(line: str) -> str:
    """The line without trailing spaces, digits and Chinese numerals (one backward scan: a regex ``[…]+$`` would
    retry its run from every start)."""
    s = line.strip()
    end = len(s)
    while end and (s[end - 1].isspace() or s[end - 1].isdecimal() or s[end - 1] in CN_NUMERALS):
        end -= 1
    return s[:end]


#: A part split off by a repeated line that has fewer characters than this is no essay (a share bar, a date line,
#: a subscription footer that a web page repeats): it stays with the essay before it.
MIN_ESSAY_CHARS = 200
#: Fewest characters of an essay on either side of a line written as an essay's title (``关于…的建议``, ``…的几点思考``)
#: after a paragraph closed by a sentence end (:func:`_merge_short`).
TITLED_ESSAY_MIN_CHARS = 100


# a numbered section heading line (一、存在的问题, （一）…, 2.1 …, 第二章 …): repeated, it marks a template, not a title
_SECTION_LINE = re.compile(
    rf"^\s*(?:[{_CN_NUM}]{{1,3}}[、.．]|[(（][{_CN_NUM}\d]{{1,3}}[)）]|\d{{1,2}}(?:\.\d{{1,2}})*[、.．\s]"
    rf"|第[{_CN_NUM}\d]{{1,3}}[章节部分])")


#: A date line (``2024年7月``, ``2024-07-01``): the end of a report (its signature), never an essay's title.
_DATE_LINE = re.compile(r"^\d{4}\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|[-./]\d{1,2}(?:[-./]\d{1,2})?)$")


def _template_bounds(text: str, lines, occurrences) -> list[tuple[int, int, str | None]]:
    """Essays of a collection whose essays share numbered section headings (each with 一、存在的问题 … 二、对策建议,
    reports written from one template): each repetition of the first repeated heading starts an essay at the title
    line before it.

    ``lines`` are the heading lines ``(start, end, key, line)`` of the text (table rows and captions left out),
    ``occurrences`` the repeated section headings among them. A title is a heading line that is no numbered
    section heading, no date line, and, when the collection repeats it, one that already stands before the first
    repetition (a title every essay repeats, not a signature such as ``县民政局`` that closes every essay).
    When a repetition has no title line of its own since the previous one, it starts an essay (without a title)
    when the repeated heading is the text's first section heading (the outline's start: reports written without
    title lines): right after the previous report's last signature or date line when there is one since the
    previous repetition (a line the collection repeats only after its first repetition, or a date), else at the
    repeated heading itself; otherwise the headings are one essay's sub-sections (一、城区方面 and 二、乡镇方面 each
    with （一）存在的问题): no split."""
    first_key = occurrences[0][2]
    cycles = [ln for ln in occurrences if ln[2] == first_key]
    if len(cycles) >= 2 and _outline_cycle(text, cycles[0][0], cycles[1][0]):
        cycles = cycles[1:]  # 目录 ⏎ 一、… ⏎ （一）… ⏎ 二、… ⏎ 关于…的调研报告 ⏎ prose ⏎ 一、…: the report's contents (Part 55)
    if len(cycles) < 2:
        return []
    first_cycle = cycles[0][0]
    first_seen: dict[str, int] = {}
    seen = Counter(ln[2] for ln in lines)
    for ln in lines:
        first_seen.setdefault(ln[2], ln[0])
    repeated = {ln[2] for ln in occurrences}
    outline_start = next(ln for ln in lines if _SECTION_LINE.match(ln[3]))[2] == first_key
    candidates, closers = [], []
    for ln in lines:
        if ln[2] in repeated or _SECTION_LINE.match(ln[3]):
            continue
        if _DATE_LINE.match(ln[3]) or (seen[ln[2]] > 1 and first_seen[ln[2]] > first_cycle):
            closers.append(ln)  # a signature or date line: it closes a report
        else:
            candidates.append(ln)
    bounds: list[tuple[int, int, str | None]] = []
    previous = 0
    first_titles: list = []  # the title lines before the first repetition
    later = []  # how many title lines each later repetition has
    k = j = 0  # candidates and closers are in text order: one forward pass over each
    for start, _end, _key, _s in cycles:
        titles = []
        while k < len(candidates) and candidates[k][0] < start:
            if candidates[k][0] >= previous:
                titles.append(candidates[k])
            k += 1
        closer = None
        while j < len(closers) and closers[j][0] < start:
            if closers[j][0] >= previous:
                closer = closers[j]
            j += 1
        if not titles:
            if bounds or previous:
                if not outline_start:
                    return []
                # no title line: the report starts after the previous one's signature, else at its outline's start
                begin = min(closer[1] + 1, start) if closer else start
                bounds.append((begin, begin, None))
            previous = start
            continue
        if bounds or previous:
            later.append(len(titles))
        else:
            first_titles = titles
        t = titles[-1] if bounds or previous else titles[0]
        bounds.append((t[0], min(t[1] + 1, len(text)), t[3]))
        previous = start
    if len(first_titles) >= 2 and later and all(n == 1 for n in later) and bounds[0][0] == first_titles[0][0]:
        # 调研文集 ⏎ 关于推进X工作的调研报告 ⏎ prose ⏎ 一、…: every later report has one title line, so the first
        # report's is its last one and the lines above it are the collection's own (they stood as the first essay's
        # title, and its own title line in its body: ux35); a subtitle (——以某县为例) is no title
        last = first_titles[-1]
        if not last[3].lstrip().startswith(("—", "-", "－", "（", "(", "——")):
            bounds[0] = (first_titles[0][0], min(last[1] + 1, len(text)), last[3])
    return bounds


def _outline_cycle(text: str, start: int, end: int) -> bool:
    """Whether the repetition of a section heading at ``start`` (offset into ``text``) opens a table of contents, not
    a report: the lines from it up to the first line that is no numbered heading (before ``end``, the next
    repetition) are at least two numbered heading lines with no sentence closed on any (``一、发展现状 ⏎ （一）… ⏎
    二、存在的问题 ⏎ …``), and that first other line is a heading line (the report's title) over prose. One pass over
    the lines."""
    numbered = 0
    lines = [ln.strip() for ln in text[start:end].split("\n")]
    lines = [ln for ln in lines if ln]
    for i, line in enumerate(lines):
        if _NUMBERED_LINE.match(line) and line[-1:] not in SENTENCE_END:
            numbered += 1
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        return (numbered >= 2 and is_heading_line(line) and not _NUMBERED_LINE.match(line)
                and bool(following) and not is_heading_line(following))
    return False


# a top-level section heading of a report's outline (一、存在的问题, 二．对策建议): the numeral is group 1
_TOP_SECTION = re.compile(rf"^\s*([{CN_NUMERALS}]{{1,3}})[、.．]")

# a numbered line of any family (一、, （一）, 1., 1）, ①, 2.1): the line an outline's last item ends on
_NUMBERED_LINE = re.compile(rf"{_SECTION_LINE.pattern}|^\s*(?:\d{{1,2}}[)）]|[\u2460-\u2473\u2776-\u277f])")

#: Fewest Chinese characters of a title line that starts an unnumbered essay after a numbered report.
OUTLINE_TITLE_MIN_CJK = 6


@lru_cache(maxsize=1)
def _title_words() -> dict[str, tuple[str, ...]]:
    """The packaged title vocabulary ``resources/essay_titles.txt`` (groups ``title_shape``, ``closing_heading``)."""
    return word_groups("essay_titles.txt", "essay title vocabulary")


def _cn_value(numeral: str) -> int:
    """Value of a Chinese numeral of one to three characters (一 -> 1, 十二 -> 12, 二十 -> 20, 二十一 -> 21)."""
    if "十" not in numeral:
        return CN_DIGITS.get(numeral[-1], 0)
    tens, _, ones = numeral.partition("十")
    return (CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)


def _names_both_aspects(line: str) -> bool:
    """True when ``line`` ends naming both aspects after a topic of its own, as a whole essay's title does
    (``…劳动者权益保障面临的挑战与对策``, ``城市停车难问题的成因与对策``, ``…的困境与出路``): section cue nouns of both
    kinds (:func:`summarizer.aspects.heading_cues`) after its last ``的``, the last one ending the line, and at least
    four Chinese characters before that ``的`` (the topic). A section heading that names both (``存在问题及对策建议``,
    ``问题与对策``) has no such topic."""
    cues = heading_cues(line)
    if not cues or cues[-1][0] != len(line):
        return False
    de = line.rfind("的", 0, cues[-1][0])
    return (de != -1 and len({a for e, a in cues if e > de}) == 2 and len(CJK_RE.findall(line[:de])) >= 4)


def titles_both_aspects(line: str) -> bool:
    """True when ``line`` (stripped of spaces and a final mark) holds no clause mark and ends as an essay's title that
    names both aspects after its topic (:func:`_names_both_aspects`: ``海东市县巡察工作面临的问题困难及对策建议``)."""
    s = line.strip().rstrip("。！？!?；;，,")
    return not _CLAUSE_MARK.search(s) and _names_both_aspects(s)


#: A clause or sentence mark: a line with one inside is written prose, no title (see :func:`titles_both_aspects`).
_CLAUSE_MARK = re.compile(f"[{CLAUSE_BREAKS}]")


def _closes_prose(line: str) -> bool:
    """True when the stripped ``line`` is a written sentence line that ends a paragraph: no heading line and its
    last character, closing quotes and brackets aside, a sentence end (:data:`SENTENCE_END`)."""
    if not line or is_heading_line(line):
        return False
    return line.rstrip(_CLOSERS)[-1:] in SENTENCE_END if line.rstrip(_CLOSERS) else False


# closing quotes and brackets that may follow a sentence end (…积极性。” / …。）)
_CLOSERS = "”’」』）)】\"'"


def _article_header(spans: list[tuple[int, int, str]], i: int, byline_at: list[int]) -> bool:
    """Whether the heading line ``spans[i]`` (``(start, length, stripped line)`` of each line of the text) heads an
    article of its own (trialfix20): among the next :data:`HEADER_LINES` non-empty lines, before the first sentence
    line, a metadata line of a news page (``article_meta`` of ``resources/essay_titles.txt``: ``發布時間：…``,
    ``来源：…``), a byline that cleaning removed (``byline_at``: sorted offsets of :attr:`CleanText.bylines`), or a genre
    line (``genre_line``: ``个人剖析材料``, ``学习心得体会``: a short heading line that ends with a kind of piece).
    A section heading of an essay stands over prose or a list; these lines stand under a title only. Reads at most
    :data:`HEADER_LINES` lines after it. The caller reads it only for a title with no clause mark (``，：；``: a
    line of prose or a label, ``以下文章来源于…，作者…``, is no title)."""
    words = _title_words()
    meta, genres = words.get("article_meta", ()), words.get("genre_line", ())
    start, length, _s = spans[i]
    seen = 0
    for start2, length2, t in spans[i + 1:i + 1 + 2 * HEADER_LINES]:
        k = bisect.bisect_left(byline_at, start + length)
        if k < len(byline_at) and byline_at[k] <= start2:
            return True  # (a byline removed between the title and this line)
        if not t:
            continue
        if t.startswith(meta) and ("：" in t[:12] or ":" in t[:12]):
            return True
        if is_heading_line(t) and len(t) <= GENRE_LINE_CHARS and t.endswith(genres):
            return True
        if not is_heading_line(t):
            return False  # (the prose of the section under a heading: no header block)
        seen += 1
        if seen >= HEADER_LINES:
            return False
        start, length = start2, length2
    return False


#: Most non-empty lines under a title that :func:`_article_header` reads for the article's header block.
HEADER_LINES = 2
#: Longest genre line (``个人剖析材料``) under a title, in characters.
GENRE_LINE_CHARS = 12


#: A heading that announces how many parts follow (``…的3个根本原因``, ``破解…的三条新思路``, ``几点建议``): a count, a
#: classifier and up to four characters of the noun. Bounded.
_COUNT_HEADING = re.compile(rf"[\d{CN_NUMERALS}两几]{{1,2}}[个條条点點种種大项項类類方面]")


def _outline_title_bounds(text: str, bylines=()) -> list[tuple[int, int, str | None]]:
    """Essays that start at a title line after a whole essay of a collection: after a closed numbered outline (a
    report ``一、存在的问题 … 二、对策建议 （一）… （四）…`` followed by an essay that is not numbered:
    ``乡村学校留住青年教师的几点思考`` over prose and run-in ``一是…二是…`` lists), or after any paragraph closed by a
    sentence end when the line is written as an essay's title (an essay of prose and run-in lists followed by the
    next essay of the collection).

    A line is such a title when it is a heading line (:func:`is_heading_line`) with at least
    :data:`OUTLINE_TITLE_MIN_CJK` Chinese characters that is no numbered line and no date line, opens no closing part
    (``结语``, ``附录 典型案例``: ``closing_heading`` of ``resources/essay_titles.txt``), the outline before it does
    not go on after it (the next top-level heading, if any, restarts at 一), and either

    - the essay before it has at least two top-level section headings (``一、``, ``二、``) since the last boundary and
      ends on a numbered line that holds a sentence (the outline is closed: its last item was written, no prose
      after it; a bare numbered heading would be continued on the next line); the line names no section
      (:func:`summarizer.aspects.heading_aspect` as a title: ``保障措施`` is a section of the report) unless it is
      written as a title (a ``title_shape`` word: ``关于``, ``几点思考``, ``调研报告``, ``几点建议``); and it is
      written as a title or prose follows it (a sub-heading of the report's last section would stand over
      numbered items or another heading); or
    - the line before it is a sentence line closed by a sentence end (:func:`_closes_prose`), the line is written as
      an essay's title (a ``title_shape`` word, or both aspects named after a topic: :func:`_names_both_aspects`),
      and the essay's own opening follows it: prose, its opening part's heading (``引言``), or its outline's first
      heading ``一、`` on the next line. An unnumbered sub-heading of one essay (``完善科技型中小企业公司治理``) is
      written as no title and splits nothing.

    A short label line (``开头：``, at most :data:`FIELD_NAME_CHARS` characters) under the line is no prose: the line
    heads a section. A line that opens with a paper's field label (``关键词…``: ``paper_field`` of
    ``resources/essay_titles.txt``) is no title, nor, once the essay since the last boundary has had its opening
    part's heading (``引言``, ``前言``: ``opening_heading``), a line that is not followed by another such heading (the
    essay's next section, ``调研背景与方法``; pages32). When the piece's second line opens with a date (its title over
    ``2025/09/25 某报/社论``, :data:`_DATED_LINE`), a line found after prose alone starts no essay: it is the dated
    article's sub-heading (the next article of a page of dated articles has its date line under its title, no prose).
    A heading that counts its parts (:data:`_COUNT_HEADING`, ``破解…的3条新思路``) after a heading below the piece's
    title that counted its own (``…的3个根本原因``) is that heading's sibling section, no title (split47).

    One forward and one backward pass over the lines.

    Returns ``(title_start, body_start, title)`` for each such line, offsets into ``text``."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, len(line), line.strip()))
        pos += len(line) + 1
    # the value of the next top-level heading at or after each line (0: none), from one backward pass
    next_top = [0] * (len(spans) + 1)
    for i in range(len(spans) - 1, -1, -1):
        m = _TOP_SECTION.match(spans[i][2])
        next_top[i] = _cn_value(m.group(1)) if m else next_top[i + 1]
    words = _title_words()
    shapes, closings = words.get("title_shape", ()), words.get("closing_heading", ()) + words.get("paper_field", ())
    leads = words.get("title_lead", ())  # (the shapes written before the topic: a line opened by 研究… is no title)
    openings = frozenset(words.get("opening_heading", ()))
    # (a byline the page repeats, the same author over two pieces, marks no new article: test_essays_bylines)
    authors = Counter(author for _at, author in bylines)
    byline_at = sorted(at for at, author in bylines if authors[author] == 1)
    bounds: list[tuple[int, int, str | None]] = []
    tops = 0  # top-level headings since the last boundary
    previous = ""  # the last non-empty line
    opened = False  # whether the piece since the last boundary has had its opening part's heading (引言)
    seen = 0  # non-empty lines of the piece since the last boundary (its title line counts)
    dated = False  # whether the piece's second line opens with a date (its title over 2025/09/25 某报/社论)
    counted = False  # whether a heading below the piece's title has announced a count of parts (3个原因)
    for i, (start, length, s) in enumerate(spans):
        if not s:
            continue
        opened = opened or _opening_heading(s, openings)
        seen += 1
        if seen == 2:
            dated = _DATED_LINE.match(s) is not None
        if _TOP_SECTION.match(s):
            tops += 1
        elif (is_heading_line(s) and not _NUMBERED_LINE.match(s) and not _DATE_LINE.match(s)
              and len(CJK_RE.findall(s)) >= OUTLINE_TITLE_MIN_CJK and next_top[i + 1] in (0, 1)
              and not s.startswith(closings)):
            after_outline = tops >= 2 and _NUMBERED_LINE.match(previous) and not is_heading_line(previous)
            after_prose = _closes_prose(previous)
            # (an article's header, 發布時間：… or a byline under the title, also after a text cut off mid-sentence:
            # a page that stores the opening of each article; trialfix20)
            headed = (not after_outline and bool(previous) and not is_heading_line(previous)
                      and not _CLAUSE_MARK.search(s) and _article_header(spans, i, byline_at))
            if after_outline or after_prose or headed:
                shaped = any(w in s for w in shapes)
                following = next((t for _, _n, t in spans[i + 1:i + 4] if t), "")
                # (a short label over a part, 开头： ⏎ …, stands under a section heading, not under an essay's title;
                # an essay's opening part, 引言, under its title opens it as prose does)
                label = len(following) <= FIELD_NAME_CHARS and following[-1:] in (":", "：")
                prose = (bool(following) and not is_heading_line(following) and not _NUMBERED_LINE.match(following)
                         and not label) or _opening_heading(following, openings)
                if after_outline and (shaped or heading_aspect(s, title=True) is None) and (prose or shaped):
                    found = True
                else:
                    bare = _without_title_number(s)  # (…的调研报告篇1, …的调研报告（一）: the site's essay number)
                    found = (not s[0].isdecimal() and (s.startswith(leads) or bare.endswith(shapes) or _names_both_aspects(bare))
                             and (prose or _opens_outline(following)))
                    # (a title over its article's header: 發布時間：…, a byline, 个人剖析材料; trialfix20)
                    found = found or headed
                # (after an essay's 引言 part, a titled line is its next section unless another 引言 follows it; under
                # a title with a dated header, a title-shaped line after prose is a section)
                # (a heading that counts its parts after another such heading of the piece, 3个根本原因 … 3条新思路,
                # is its sibling section: split47)
                sibling = counted and not headed and _COUNT_HEADING.search(s) is not None
                if (found and not sibling and (not opened or _opening_heading(following, openings))
                        and (after_outline or headed or not dated)):
                    bounds.append((start, min(start + length + 1, len(text)), s))
                    tops = 0
                    opened = dated = counted = False
                    seen = 1
                    previous = s
                    continue
        if seen > 1 and is_heading_line(s) and _COUNT_HEADING.search(s):
            counted = True
        previous = s
    return bounds


def _mapped_lines(clean_text: str, offsets, ends):
    """Yield ``(start, first, end)`` for each line of ``clean_text`` holding more than white space: ``start`` its
    offset in ``clean_text``, ``first`` the offset of its first non-white character there, ``end`` the offset in the
    original just past its last character (``ends``/``offsets``: the cleaned text's map into the original; ``ends``
    None: ``offsets + 1``). One pass; shared by :func:`spaced_line_starts` and :func:`heading_line_levels`."""
    pos = 0
    for line in clean_text.split("\n"):
        start, stop = pos, pos + len(line)
        pos = stop + 1
        if not line.strip():
            continue
        first = start + len(line) - len(line.lstrip())
        yield start, first, (int(ends[stop - 1]) if ends is not None else int(offsets[stop - 1]) + 1)


def spaced_line_starts(original: str, clean_text: str, offsets, ends=None) -> frozenset[int]:
    """Offsets into ``clean_text`` of the lines that stood alone between blank lines in ``original`` (a blank or
    whitespace-only line, or the start of the text, above; one, or the end of the text, below): the layout of a
    title in a collection of plain-text essays (``标题 ⏎⏎ 正文…``), which cleaning folds away. ``offsets``/``ends``:
    the cleaned text's map into ``original`` (:attr:`summarizer.clean.CleanText.offsets`, ``ends``; ``ends`` None:
    ``offsets + 1``). One pass over the original's lines, then a binary search a cleaned line (n log n)."""
    starts = [0]  # start of each line of the original
    starts.extend(m.end() for m in re.finditer("\n", original))
    bounds = starts[1:] + [len(original) + 1]
    blank = [not original[a:z - 1].strip() for a, z in zip(starts, bounds)]
    out = []
    for start, _first, e in _mapped_lines(clean_text, offsets, ends):
        o = int(offsets[start])
        k = bisect.bisect_right(starts, o) - 1
        j = bisect.bisect_right(starts, max(o, e - 1)) - 1
        if (original[starts[k]:o].strip() or original[e:bounds[j] - 1].strip()
                or (k > 0 and not blank[k - 1]) or (j + 1 < len(starts) and not blank[j + 1])):
            continue
        out.append(start)
    return frozenset(out)


#: The characters a separator line is drawn with (``——————``, ``---``, ``＝＝＝``, ``******``, ``~~~``, ``＿＿＿``), spaces
#: between them allowed (``* * *``): a line of one of them repeated at least :data:`SEPARATOR_LINE_MIN` times.
SEPARATOR_LINE_CHARS = "—―─━-－=＝*＊~～_＿·•・#＃"
#: Fewest drawn characters of a separator line (``---``; two dashes are a dash of punctuation).
SEPARATOR_LINE_MIN = 3


def is_separator_line(line: str) -> bool:
    """Whether ``line`` is a separator line: at least :data:`SEPARATOR_LINE_MIN` characters of one kind of
    :data:`SEPARATOR_LINE_CHARS` and nothing else but spaces (``——————``, ``---``, ``＝＝＝``, ``* * *``): the rule a
    writer or an editor draws between two pieces, which cleaning drops as debris. Linear in the line."""
    drawn = "".join(line.split())
    return len(drawn) >= SEPARATOR_LINE_MIN and drawn[0] in SEPARATOR_LINE_CHARS and drawn == drawn[0] * len(drawn)


def separated_line_starts(original: str, clean_text: str, offsets, ends=None) -> frozenset[int]:
    """Offsets into ``clean_text`` of the lines whose nearest non-blank line above in ``original`` is a separator
    line (:func:`is_separator_line`): the line that opens a piece after the rule drawn between two pieces of one
    file (``…。⏎——————⏎标题⏎正文…``), which cleaning removes. ``offsets``/``ends``: the cleaned text's map into
    ``original`` (as :func:`spaced_line_starts`). One pass over the original's lines, then a binary search a
    cleaned line (n log n)."""
    starts = [0]  # start of each line of the original
    starts.extend(m.end() for m in re.finditer("\n", original))
    bounds = starts[1:] + [len(original) + 1]
    ruled: list[bool] = []  # per original line: the nearest non-blank line above it is a separator line
    above = False
    for a, z in zip(starts, bounds):
        ruled.append(above)
        line = original[a:z - 1]
        if line.strip():
            above = is_separator_line(line)
    out = []
    for start, _first, _e in _mapped_lines(clean_text, offsets, ends):
        o = int(offsets[start])
        k = bisect.bisect_right(starts, o) - 1
        if ruled[k] and not original[starts[k]:o].strip():
            out.append(start)
    return frozenset(out)


def heading_line_levels(original: str, clean_text: str, offsets, ends, headings) -> dict[int, int]:
    """``{offset: level}`` of the lines of ``clean_text`` that come from a heading of ``original``: ``headings``
    holds ``(start, end, level)`` of each heading of ``original``, ascending and apart (a page's ``<h1>``-``<h6>``
    line, a ``.docx`` Title or Heading paragraph, a markdown ``#`` line, an HTML heading element left in text:
    :attr:`summarizer.readers.Document.headings`, :func:`summarizer.markup.heading_spans`), ``level`` 0-6 (0 a
    document's Title, 1 ``<h1>`` or ``#``); a cleaned line gets the level of the heading it lies within (a line
    cleaning joined to the next gets none); ``offset`` is the cleaned line's start. ``offsets``/``ends``: the cleaned
    text's map into ``original`` (:attr:`summarizer.clean.CleanText.offsets`, ``ends``; ``ends`` None:
    ``offsets + 1``). One pass over the lines, a binary search a cleaned line (n log n)."""
    if not headings:
        return {}
    starts = [start for start, _end, _level in headings]
    out: dict[int, int] = {}
    for start, first, e in _mapped_lines(clean_text, offsets, ends):
        o = int(offsets[first])
        k = bisect.bisect_right(starts, o) - 1
        if k >= 0 and e <= headings[k][1]:
            out[start] = headings[k][2]
    return out


#: Fewest CJK characters of each essay of a collection split at its spaced title lines (:func:`_spaced_title_bounds`).
SPACED_ESSAY_MIN_CJK = 100
#: Fewest CJK characters of each essay of a collection of short essays (every piece under
#: :data:`SPACED_ESSAY_MIN_CJK`), each under its own spaced title line (:func:`_spaced_title_bounds`).
SHORT_SPACED_ESSAY_MIN_CJK = 20
#: Fewest pieces of such a collection of short essays: a title line over a short body repeated this often.
SHORT_SPACED_ESSAYS = 3


def _nonblank_lines(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, stripped)`` of each line of ``text`` holding more than white space, in order: ``start``/``end``
    offsets into ``text`` of the raw line (its line break excluded), ``stripped`` its text without surrounding white
    space. One pass."""
    lines = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    return lines


def _spaced_title_bounds(text: str, spaced: frozenset[int]) -> list[tuple[int, int, str | None]]:
    """Essays of a collection of plain-text essays laid out alike, each a title line alone between blank lines
    over paragraphs of prose (``spaced``: offsets into ``text`` of such lines, :func:`spaced_line_starts`). The
    text's first line is such a title, and so is every later spaced line that may title a piece
    (:func:`_titles_piece`: a heading line, or a short question ``专访：乡村振兴如何破题？``): each stands after a
    line of prose (one that closes a sentence, :func:`_closes_prose`, or a cut line with a clause mark), over prose
    or its outline's first heading (:func:`_opens_outline`), names no section unless written as a title
    (:func:`summarizer.aspects.heading_aspect` as a title: ``存在的问题``; ``title_shape``: ``…调研报告``), opens no
    closing part (``结语``), is
    numbered by no outline, and each piece has at least :data:`SPACED_ESSAY_MIN_CJK` CJK characters. One spaced
    heading line that fails (an essay's own sub-headings laid out so: ``（一）…``, ``结语``, a short part) and none
    splits: a title of quotes, a question or a ``专访：`` prefix after a whole essay starts the next essay just as a
    ``关于…的思考`` title does (fix40). Each piece, the first included, must state both aspects
    (:func:`_states_both_aspects`). Returns ``(title_start, body_start, title)`` of each essay after the first.
    One pass over the lines."""
    if not spaced:
        return []
    lines = _nonblank_lines(text)
    if len(lines) < 4 or lines[0][0] not in spaced or not _titles_piece(lines[0][2]):
        return []
    words = _title_words()
    closings = words.get("closing_heading", ()) + words.get("paper_field", ())
    shapes = words.get("title_shape", ())
    found: list[tuple[int, int, str | None]] = []
    bodies: list[int] = []  # CJK characters of each piece before the current one
    body = 0  # CJK characters of the piece since its title
    for k in range(1, len(lines)):
        start, end, s = lines[k]
        heading = is_heading_line(s) or _titles_piece(s)
        if start in spaced and heading:
            if k + 1 == len(lines):
                break  # (a title line that ends the text, a cut file's, heads nothing)
            following = lines[k + 1][2]
            previous = lines[k - 1][2]
            # (the essay before ends on a sentence, or on a line of prose cut off: a PDF's line)
            ended = _closes_prose(previous) or (not is_heading_line(previous) or _CLAUSE_MARK.search(previous))
            if not (_titles_piece(s) and ended and body >= SHORT_SPACED_ESSAY_MIN_CJK
                    and following and (not is_heading_line(following) and not _NUMBERED_LINE.match(following)
                                       or _opens_outline(following))
                    and not _NUMBERED_LINE.match(s) and not _DATE_LINE.match(s) and not s.startswith(closings)
                    and (heading_aspect(simplified_view(s), title=True) is None or any(w in s for w in shapes)
                         or _names_work_document(s))):
                return []
            found.append((start, min(end + 1, len(text)), s))
            bodies.append(body)
            body = 0
            continue
        body += len(CJK_RE.findall(s))
    bodies.append(body)
    if body < SHORT_SPACED_ESSAY_MIN_CJK or not found:
        return []
    starts = [0] + [b[0] for b in found] + [len(text)]
    pieces = [text[a:z] for a, z in zip(starts, starts[1:])]
    if all(b >= SPACED_ESSAY_MIN_CJK for b in bodies):
        # (each piece is a whole essay: it states problems and measures; a news article's cross-heads, laid out
        # alike, cut it into parts that do not)
        return found if all(_states_both_aspects(p) for p in pieces) else []
    # a collection of short essays: every piece short, at least SHORT_SPACED_ESSAYS of them, each stating a problem
    # and a measure under its own title (the layout repeated, not the length, makes them essays)
    # (a speech's short headed sections, 师资 ⏎ … 校舍 ⏎ …, then 同志们，让我们…: a title of two characters names a
    # part, not an essay, and a salutation makes the file one address)
    titles = [lines[0][2]] + [b[2] for b in found]
    if (len(pieces) >= SHORT_SPACED_ESSAYS and all(b < SPACED_ESSAY_MIN_CJK for b in bodies)
            and all(len(CJK_RE.findall(t)) >= SHORT_ESSAY_TITLE_MIN_CJK for t in titles)
            and _SALUTATION.search(text) is None
            and all(_states_both_aspects(p, 1) for p in pieces)):
        return found
    return []


#: Fewest CJK characters of each piece of a file split at its separator lines (:func:`_separated_title_bounds`).
SEPARATED_ESSAY_MIN_CJK = 40
#: Fewest characters before the kind of work document that ends a title (``2026年度`` of ``2026年度工作总结``): the unit
#: or the period the document is of; a bare ``工作总结`` or ``上半年工作总结`` may head a section of one essay.
WORK_DOCUMENT_TITLE_MIN_LEAD = 4


def _names_work_document(line: str) -> bool:
    """Whether the stripped heading ``line`` titles a unit's work document by its genre: it ends with a kind of work
    document (``work_document_kind`` of ``resources/essay_titles.txt``: ``工作总结``, ``工作要点``, ``述职报告``) after at
    least :data:`WORK_DOCUMENT_TITLE_MIN_LEAD` characters naming the unit or the period (``XX局2023年工作总结``,
    ``市民政局办公室年度工作总结``). Such a title names the whole document, not its review section, though
    :func:`summarizer.aspects.heading_aspect` reads its ``年度工作总结`` as a section of work done (fix60b). Reads the
    line's end only."""
    for word in _title_words().get("work_document_kind", ()):
        if line.endswith(word):
            return len(line) - len(word) >= WORK_DOCUMENT_TITLE_MIN_LEAD
    return False


#: Fewest CJK characters naming what a proposal proposes before its title's closing ``的建议`` (``推进城乡教育均衡发展的建议``:
#: :func:`_titles_proposal`).
PROPOSAL_TOPIC_MIN_CJK = 6
#: How a proposal's title closes (Simplified and Traditional): ``…的建议``.
_PROPOSAL_TITLE_ENDS = ("的建议", "的建議")


def _titles_proposal(line: str) -> bool:
    """Whether the stripped heading ``line`` titles a proposal by its genre: it closes with ``的建议`` after at least
    :data:`PROPOSAL_TOPIC_MIN_CJK` CJK characters naming what is proposed (``推进城乡教育均衡发展的建议``; a deputy's or a
    CPPCC member's 建议, a think tank's policy brief, written with or without ``关于``). Such a line names the whole
    document, though :func:`summarizer.aspects.heading_aspect` reads its ``建议`` as a recommendations section; a topic
    opened by ``对`` (``对下一步工作的建议``) addresses a report's reader in its closing section and titles nothing
    (fix61b). Reads the line's ends only."""
    for close in _PROPOSAL_TITLE_ENDS:
        if line.endswith(close):
            topic = line[:-len(close)]
            return len(CJK_RE.findall(topic)) >= PROPOSAL_TOPIC_MIN_CJK and not topic.startswith(("对", "對"))
    return False


#: Longest addressee line (主送) under an official letter's title (``王某某代表：``, ``各乡镇人民政府、街道办事处：``).
ADDRESSEE_LINE_CHARS = 24


def _letter_title_bounds(text: str) -> list[tuple[int, int, str | None]]:
    """Essays that start at an official document's title after a whole piece: a 公文 title (``关于`` and a kind of
    document last, ``gongwen_kind`` of ``resources/essay_titles.txt``: ``省民政厅关于…代表建议的答复函``) right over its
    addressee line (主送: at most :data:`ADDRESSEE_LINE_CHARS` characters ending in a colon, ``王某某代表：``), after at
    least :data:`TITLED_ESSAY_MIN_CHARS` CJK characters of prose (lines that close a sentence) since the text's start
    or the last such title. A 公文 opens with its title and its addressee, so mid-text the pair opens the next
    document: a deputy's proposal followed by the office's reply letter, a file of letters (check61). A title under
    a page's header fields (``文件名称：``) follows no prose. Returns ``(title_start, body_start, title)`` of each;
    one pass over the lines."""
    lines = _nonblank_lines(text)
    kinds = _title_words().get("gongwen_kind", ())
    found: list[tuple[int, int, str | None]] = []
    prose = 0  # CJK characters of the prose lines since the start or the last letter's title
    for k in range(len(lines) - 1):
        start, end, s = lines[k]
        addressee = lines[k + 1][2]
        if (prose >= TITLED_ESSAY_MIN_CHARS and "关于" in s and s.endswith(kinds) and is_heading_line(s)
                and len(addressee) <= ADDRESSEE_LINE_CHARS and addressee.endswith(("：", ":"))
                and "关于" not in addressee):
            found.append((start, min(end + 1, len(text)), s))
            prose = 0
        elif _closes_prose(s):
            prose += len(CJK_RE.findall(s))
    return found


def _separated_title_bounds(text: str, separated: frozenset[int]) -> list[tuple[int, int, str | None]]:
    """Essays of a file of pieces split by separator lines, each piece under its own title: ``标题 ⏎ 正文… ⏎ —————— ⏎
    标题 ⏎ 正文…`` (``separated``: offsets into ``text`` of the lines right after a separator line of the original,
    :func:`separated_line_starts`). The rule an editor draws between two pieces is a boundary when a title follows it:
    the text opens with a title line, the line after the rule may title a piece (:func:`_titles_piece`; not numbered,
    no closing part such as ``结语`` or ``参考文献``, no section named by its aspect, ``存在的问题``), the line above the
    rule closes prose (:func:`_closes_prose`), prose follows the title, the line after the rule is no question where the
    piece above it asked one (a commentary's opening poses its questions, its ruled-off sections answer them under
    question-form heads), and each piece holds at least
    :data:`SEPARATED_ESSAY_MIN_CJK` CJK characters. A rule between two paragraphs of one essay (no title after it)
    splits nothing, and a separated line that fails stops only its own split. Returns ``(title_start, body_start,
    title)`` of each essay after the first. One pass over the lines."""
    if not separated:
        return []
    lines = _nonblank_lines(text)
    if len(lines) < 4 or not _titles_piece(lines[0][2]):
        return []
    words = _title_words()
    closings = words.get("closing_heading", ()) + words.get("paper_field", ())
    shapes = words.get("title_shape", ())
    found: list[tuple[int, int, str | None]] = []
    body = 0  # CJK characters of the current piece since its title
    # k164167: whether the current piece's body asks a question (``…它的性质究竟是什么？本文将围绕这些难题展开探讨``): a
    # question-form line after the rule (``调解中心是机构吗？``) is then the section that takes up the question the opening
    # posed, one essay's part, not the title of another piece
    asked = False
    for k in range(1, len(lines)):
        start, end, s = lines[k]
        # (a 公文 closes on its issuer's signature and date, ``……办公室 ⏎ 2026年12月1日``: the date line ends it as a
        # sentence ends prose; a work summary's title names its genre, ``XX局2023年工作总结``: fix60b)
        if (start in separated and k + 1 < len(lines) and body >= SEPARATED_ESSAY_MIN_CJK and _titles_piece(s)
                and (_closes_prose(lines[k - 1][2]) or _DATE_LINE.match(lines[k - 1][2]))
                and not _NUMBERED_LINE.match(s) and not _DATE_LINE.match(s) and not s.startswith(closings)
                and (not is_heading_line(lines[k + 1][2]) or _opens_outline(lines[k + 1][2]))
                and (heading_aspect(simplified_view(s), title=True) is None or any(w in s for w in shapes)
                     or _names_work_document(s) or _titles_proposal(s))
                and not (asked and s.rstrip().endswith(("？", "?")))):
            found.append((start, min(end + 1, len(text)), s))
            body = 0
            asked = False
            continue
        body += len(CJK_RE.findall(s))
        asked = asked or k > 0 and ("？" in s or "?" in s)
    if found and body < SEPARATED_ESSAY_MIN_CJK:
        found.pop()  # (the last piece is too short to be an essay: it stays with the one before)
    return found


#: Fewest CJK characters of the body of each piece of a page or file of pieces under sibling headings
#: (:func:`_heading_level_bounds`).
HEADED_ESSAY_MIN_CJK = 60
#: A heading line that opens with a number (``1引言``, ``3.1土地沙化``, ``2 数据和方法``): a paper's or a report's
#: section, however it is written after the number.
_DIGIT_HEADING = re.compile(r"^\s*[\d０-９]")


def _heading_level_bounds(text: str, levels: dict[int, int]) -> list[tuple[int, int, str | None]]:
    """Essays of a page or file of separately titled pieces, read from its heading levels (``levels``: ``{line start:
    level}`` of the heading lines of ``text``, :func:`heading_line_levels`). The sibling level is the shallowest that
    heads two or more lines; the lines of a shallower level all stand before its first heading (a page's ``<h1>``
    title over ``<h3>`` pieces), never between two of them (parts of a book over their chapters), and the lines
    before the first that are no heading (a date, a source line) hold fewer CJK characters than a piece's least body,
    :data:`HEADED_ESSAY_MIN_CJK` (an article's lead over its cross-heads, ``以下是专访内容：`` over quoted heads, is
    one essay). Each sibling heading titles a piece (:func:`_titles_piece`), is numbered by no outline (``一、``,
    ``（一）``, ``1.``, ``第二章``, ``3.1``: sections of one essay), names no section of problems, measures or causes
    unless written as a title (:func:`summarizer.aspects.heading_aspect` as a title, ``title_shape``), opens no
    opening or closing part (``引言``, ``结语``) and is no date; each piece's body, to the next sibling heading, has
    :data:`HEADED_ESSAY_MIN_CJK` CJK characters or more and states a challenge and a recommendation
    (:func:`_states_both_aspects`): a whole essay, not a section of an essay's problems or of its measures. Returns
    ``(title_start, body_start, title)`` of every sibling heading, the first included; ``[]`` when one sibling fails
    (one essay's sections) or there are fewer than two. One pass over the lines."""
    if len(levels) < 2:
        return []
    lines = _nonblank_lines(text)
    heads = [(k, levels[start]) for k, (start, _end, _s) in enumerate(lines) if start in levels]
    counts = Counter(level for _k, level in heads)
    sibling = min((level for level, n in counts.items() if n >= 2), default=None)
    if sibling is None:
        return []
    at = [k for k, level in heads if level == sibling]
    if any(level < sibling and k > at[0] for k, level in heads):
        return []
    lead = "".join(s for start, _end, s in lines[:at[0]] if start not in levels)
    if len(CJK_RE.findall(lead)) >= HEADED_ESSAY_MIN_CJK:
        return []  # (an article's lead over its cross-heads: the headings are its sections)
    words = _title_words()
    closings = words.get("closing_heading", ()) + words.get("paper_field", ())
    openings = frozenset(words.get("opening_heading", ()))
    shapes = words.get("title_shape", ())
    found: list[tuple[int, int, str | None]] = []
    for n, k in enumerate(at):
        start, end, s = lines[k]
        stop = lines[at[n + 1]][0] if n + 1 < len(at) else len(text)
        if (not _titles_piece(s) or _NUMBERED_LINE.match(s) or _CHAPTER_SECTION.match(s) or _DIGIT_HEADING.match(s)
                or _DATE_LINE.match(s) or s.startswith(closings) or _opening_heading(s, openings)
                or (heading_aspect(simplified_view(s), title=True) is not None and not any(w in s for w in shapes))):
            return []
        if len(CJK_RE.findall(text[end:stop])) < HEADED_ESSAY_MIN_CJK or not _states_both_aspects(text[start:stop], 1):
            return []
        found.append((start, min(end + 1, len(text)), s))
    return found


#: Fewest CJK characters of each title of a collection of short essays (:func:`_spaced_title_bounds`): a shorter
#: spaced line (``师资``, ``校舍``) is the bare noun heading of a section.
SHORT_ESSAY_TITLE_MIN_CJK = 4
#: A speaker's address to the audience (``同志们``, ``各位代表``, ``朋友们``): the file is one speech, its short
#: headed parts sections. Literal alternatives: linear.
_SALUTATION = re.compile(r"同志们|同事们|朋友们|女士们|先生们|各位(?:代表|委员|领导|同事|来宾|嘉宾|同志)")


#: Fewest sentences of each aspect (:func:`summarizer.aspects.sentence_aspect`) of a whole essay of a collection
#: split at its spaced title lines (:func:`_spaced_title_bounds`).
COMPLETE_ESSAY_MIN_SENTENCES = 2
#: A sentence or a line's last clause: up to a sentence end or a line break. Linear.
_SENTENCE_PIECE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


def _states_both_aspects(piece: str, least: int = COMPLETE_ESSAY_MIN_SENTENCES) -> bool:
    """Whether ``piece`` (a candidate essay's text) holds at least ``least`` (default
    :data:`COMPLETE_ESSAY_MIN_SENTENCES`) sentences that state a challenge and as many that state a recommendation
    (:func:`summarizer.aspects.sentence_aspect`): a whole essay of problems and measures, no part of a news article
    under a cross-head. One pass over its sentences."""
    counts = Counter(sentence_aspect(m.group()) for m in _SENTENCE_PIECE.finditer(piece))
    return counts["challenge"] >= least and counts["recommendation"] >= least


#: A chapter-numbered section heading (``第一章 存在的问题``, ``第2部分``, ``第三节``): the numeral is group 1.
_CHAPTER_SECTION = re.compile(rf"^\s*第([{CN_NUMERALS}]{{1,3}}|\d{{1,2}})[章部节篇编](?:分)?")


def _opens_outline(line: str) -> bool:
    """Whether the stripped ``line`` is the first heading of an essay's outline: ``一、…`` (:data:`_TOP_SECTION`) or
    a first chapter, part or section (``第一章 存在的问题``, ``第1部分``: :data:`_CHAPTER_SECTION`). A title line over
    it opens an essay as a title over prose does (fix38: an essay of chapters after another essay kept no title
    of its own and was merged into the one before it)."""
    m = _TOP_SECTION.match(line) or _CHAPTER_SECTION.match(line)
    if m is None:
        return False
    numeral = m.group(1)
    return numeral == "1" if numeral.isdecimal() else _cn_value(numeral) == 1


def _opening_heading(line: str, openings: frozenset[str]) -> bool:
    """Whether the stripped ``line`` is the heading of an essay's opening part: a word of ``openings``
    (``opening_heading`` of ``resources/essay_titles.txt``: ``引言``, ``前言``), perhaps numbered (``一、引言``) or
    followed by a colon."""
    m = _NUMBERED_LINE.match(line)
    return line[m.end() if m else 0:].strip().rstrip(":：").strip() in openings


#: The number a document site puts after each essay's title of a collection (``…的调研报告篇1``, ``…报告（一）``,
#: ``…对策建议2``): :func:`_without_title_number`.
_TITLE_NUMBER = re.compile(rf"(?:篇[{_CN_NUM}\d]{{1,4}}|[(（][{_CN_NUM}\d]{{1,3}}[)）]|\d{{1,2}})$")


def _without_title_number(line: str) -> str:
    """``line`` (a stripped line) without the essay number a collection puts after a title (``篇1``, ``（一）``,
    ``2``: :data:`_TITLE_NUMBER`), so that a numbered title reads as written (``农村养老问题的调研报告篇1`` ->
    ``农村养老问题的调研报告``); the line itself when it has none or is only a number (titles20). Bounded: the
    pattern is anchored at the end and reads at most a few characters."""
    m = _TITLE_NUMBER.search(line, max(0, len(line) - 12))
    return line[:m.start()].rstrip() if m and m.start() > 0 else line


#: Most non-empty lines at an essay's head that :func:`tagged_title_span` reads (a page's site name, greeting,
#: column and date lines stand above the title; titles20).
TAGGED_TITLE_LINES = 6
#: Longest line :func:`tagged_title_span` takes as a title, in characters.
TAGGED_TITLE_CHARS = 60
#: Longest column tag before a headline's bar (``来论|不满中寻求改变``, ``社评｜…``), in characters.
COLUMN_TAG_CHARS = 4
#: Separators of a breadcrumb line (``首页 / 观点 / 来论``, ``当前位置:文思屋>实用文案>``): two or more make one.
_CRUMB_SEPARATORS = ("/", "／", ">", "＞", "›", "»")
#: The bars that separate a headline from its tag: ``<title>|<column, byline or subtitle>``.
TITLE_TAG_BARS = "|｜"


def tagged_title_span(text: str) -> tuple[int, int] | None:
    """Where an essay's headline written with a bar tag stands among its first lines: ``(start, end)`` offsets
    into ``text`` (an essay's text) of the first of at most :data:`TAGGED_TITLE_LINES` non-empty lines that is a
    ``title|tag`` line (``城市治理之要|政府施政须抓住重点``, ``新政府将面对哪些难题?|编辑部``), stripped of spaces.
    Such a line is the title even when a site name or a greeting line stands above it (``某某研究会``,
    ``欢迎光临…``: a page's furniture), or with a column's tag before the bar (``来论|不满中寻求改变``, a tag of at most
    :data:`COLUMN_TAG_CHARS` characters); a breadcrumb line (two separators or more, ``首页 / 观点 / 来论|…``) is
    passed over. A line of prose (longer than :data:`TAGGED_TITLE_CHARS` characters, or
    ending with a sentence mark) ends the search, as does a line holding ``。`` (written prose, no headline); the
    part before the bar holds at least four Chinese characters. ``None`` when there is no such line. Linear: reads
    at most that many lines of at most that many characters each."""
    pos, seen = 0, 0
    while pos < len(text) and seen < TAGGED_TITLE_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        s = line.strip()
        if s:
            seen += 1
            if len(s) > TAGGED_TITLE_CHARS or s[-1] in SENTENCE_END or "。" in s:
                return None
            if "\t" in s:
                continue  # a table row (cells a tab separates) names no essay
            if sum(s.count(ch) for ch in _CRUMB_SEPARATORS) >= 2:
                pos = end + 1
                continue  # 首页 / 观点 / 来论 / 来论|…: a breadcrumb that ends with the headline names no title itself
            bars = [k for k, ch in enumerate(s) if ch in TITLE_TAG_BARS]
            if len(bars) == 1 and s[bars[0] + 1:].strip():
                head = s[:bars[0]]
                # (a column's tag before the bar, 来论|不满中寻求改变: the headline is after it; trialfix21c, K7)
                tag_first = (len(head.strip()) <= COLUMN_TAG_CHARS and CJK_RE.search(head) is not None
                             and len(CJK_RE.findall(s[bars[0] + 1:])) >= 4)
                if (len(CJK_RE.findall(head)) >= 4 or tag_first) and not head.rstrip().endswith(("。", "；", ";")):
                    at = pos + line.find(s)
                    return at, at + len(s)
        pos = end + 1
    return None


#: Separators after which a page title's last part is the piece's headline (``…申论范文:回归乡村 振兴乡村``,
#: ``首页/专栏/欲施良政必建立智库``, ``申论范文丨…``): a colon, a bar or a breadcrumb's separator; not `` - `` or ``_``,
#: after which a title's site or genre part follows (``…的期望-议程前发言``).
_PAGE_TITLE_PART_SEPARATORS = frozenset(":：丨|｜/／>＞›»》")
#: Characters between a page's <title> headline and the site name after it (``城市建筑乱象_某某网校``).
_SITE_NAME_SEPARATORS = frozenset("_|｜-－—丨")
#: Longest site name after a <title> line's headline, in characters (spaces squeezed out).
SITE_NAME_CHARS = 16
#: Fewest characters of the headline that a page title's last part and the next line share.
PAGE_TITLE_PART_CHARS = 4
#: Most non-empty lines at an essay's head read for a model essay's label line (:func:`essay_title_span`).
ESSAY_LABEL_LINES = 12
#: Longest line taken as the essay title after a label line, in characters.
ESSAY_LABEL_TITLE_CHARS = 24


#: Fewest non-empty lines, and the least share of them that are bare figures, of a table flattened one cell per line
#: (:func:`flattened_table`).
FLATTENED_TABLE_LINES = 20
FLATTENED_TABLE_FIGURE_SHARE = 0.2
_FIGURE_CELL = re.compile(r"[-+−]?\d[\d.,，%‰]*\s*%?")


def flattened_table(text: str) -> bool:
    """Whether ``text`` is a table flattened one cell per line (issue 8, Part 62's 3248: an indicator table's
    name, meaning and weight cells, ``乡村中学专任教师数量 ⏎ 乡村中学专任教师数量 ⏎ 0.0695``): at least
    :data:`FLATTENED_TABLE_LINES` non-empty lines, of which at least :data:`FLATTENED_TABLE_FIGURE_SHARE` are a bare
    figure (:data:`_FIGURE_CELL`). A cell repeated in the next column is then no title that opens a second essay.
    One pass over the lines: linear."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < FLATTENED_TABLE_LINES:
        return False
    figures = sum(1 for ln in lines if _FIGURE_CELL.fullmatch(ln))
    return figures >= FLATTENED_TABLE_FIGURE_SHARE * len(lines)


def _squeezed(s: str) -> str:
    return "".join(s.split())


#: The end of a masthead line (:func:`essay_title_span` (d)): a mark of restricted circulation (``内部资料``,
#: ``内部参考``, ``仅供参考``) or an issue number (``2026年第3期``, ``第12期（总第88期）``). Searched in the line's
#: last :data:`MASTHEAD_END_CHARS` characters (without spaces): bounded.
_MASTHEAD_END = re.compile(r"(?:内部资料|内部資料|内部参考|內部參考|内部刊物|内部交流|仅供参考|僅供參考"
                           r"|第\d{1,4}期(?:[（(]总第\d{1,5}期[）)])?)$")
#: Characters of a masthead line's end read for its mark.
MASTHEAD_END_CHARS = 16
#: Most characters of a masthead line (without spaces).
MASTHEAD_CHARS = 40


def essay_title_span(text: str) -> tuple[int, int] | None:
    """Where the essay's own title stands when a scraped page's title line stands above it: ``(start, end)`` offsets
    into ``text`` (an essay's text) of (a) the second line when the first line is a page title whose last part,
    after a colon, a bar or a breadcrumb separator (:data:`_PAGE_TITLE_PART_SEPARATORS`), is that line
    (``2019下半年某省公务员考试申论范文:回归乡村 振兴乡村`` ⏎ ``回归乡村 振兴乡村``: spaces ignored, at least
    :data:`PAGE_TITLE_PART_CHARS` characters); or (b) the line right after a label line that introduces a model essay
    (``丨原创范文丨``, ``【范文】``: words of the ``model_essay_label`` cue group in brackets or bars, among the first
    :data:`ESSAY_LABEL_LINES` non-empty lines), when that line is a headline (at most
    :data:`ESSAY_LABEL_TITLE_CHARS` characters, no sentence mark). None otherwise. The page title line is then no
    title (lefts23b). Linear: reads at most that many lines."""
    lines: list[tuple[int, str]] = []
    pos = 0
    while pos <= len(text) and len(lines) < ESSAY_LABEL_LINES + 1:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            lines.append((pos, text[pos:end]))
        pos = end + 1
    if len(lines) < 2:
        return None

    def span(k: int) -> tuple[int, int]:
        at, line = lines[k]
        s = line.strip()
        start = at + line.find(s)
        return start, start + len(s)

    first, second = _squeezed(lines[0][1]), _squeezed(lines[1][1])
    if (len(second) >= PAGE_TITLE_PART_CHARS and len(first) > len(second) + 1 and first.endswith(second)
            and first[-len(second) - 1] in _PAGE_TITLE_PART_SEPARATORS):
        return span(1)
    # (c) a page's <title> line "headline_site name" over the page's own headline (a line of no Chinese character,
    # a phone number, between them at most): the headline is the title, the site name no part of it (p28d)
    for k in (1, 2):
        if k >= len(lines) or (k == 2 and CJK_RE.search(second)):
            break
        head = _squeezed(lines[k][1])
        if (len(head) >= PAGE_TITLE_PART_CHARS and first.startswith(head)
                and first[len(head):len(head) + 1] in _SITE_NAME_SEPARATORS
                and 2 <= len(first) - len(head) - 1 <= SITE_NAME_CHARS
                and not any(ch in first[len(head):] for ch in SENTENCE_END)):
            return span(k)
    # (d) a masthead, the issuing office's or the journal's name and a circulation mark or an issue number
    # (``某某县委政研室 内部资料``, ``城市治理研究 2026年第3期``: a one-page PDF's running head, printed once), over a
    # line written as a title (``关于…的调研报告``): that line is the title (fix59)
    if (len(first) <= MASTHEAD_CHARS and _MASTHEAD_END.search(first[-MASTHEAD_END_CHARS:])
            and not any(ch in first for ch in SENTENCE_END) and is_heading_line(lines[1][1].strip())
            and (second.startswith(_title_words().get("title_lead", ()))
                 or any(w in second for w in _title_words().get("title_shape", ())))):
        return span(1)
    for k in range(1, len(lines) - 1):
        if model_answer_label(lines[k][1]):  # (【公选王解析参考】 too: a site's name before the label; p31struct)
            s = lines[k + 1][1].strip()
            if len(s) <= ESSAY_LABEL_TITLE_CHARS and not any(ch in s for ch in SENTENCE_END) and CJK_RE.search(s):
                return span(k + 1)
            return None
    return None


#: Longest issuer (``XX市人民政府办公室``) read before the 关于 of a 公文 title, in characters.
ISSUER_MAX_CHARS = 30


def issuer_chars(title: str) -> int:
    """Characters of the issuer that opens a 公文 title (``YY县教育局关于加强校车安全管理的通知`` -> 5, ``YY县教育局``):
    the text before its ``关于`` when the title ends with a kind of document (``gongwen_kind`` of
    ``resources/essay_titles.txt``: 通知, 意见, 批复 …) and that text holds no clause mark; 0 for any other line. The
    issuer names who wrote the document, not what it is about. Reads at most :data:`ISSUER_MAX_CHARS` + 2 characters
    from the start and the kind's length from the end."""
    s = title.strip()
    at = s.find("关于", 0, ISSUER_MAX_CHARS + 2)
    if at < 2 or not s.endswith(_title_words().get("gongwen_kind", ())) or not is_heading_line(s):
        return 0
    if any(ch in "，,、：:；;。" for ch in s[:at]):
        return 0
    return len(title) - len(title.lstrip()) + at


def issuer_span(text: str) -> tuple[int, int] | None:
    """Where the issuer of a 公文 title stands in ``text`` (an essay's text; its first line that holds more than
    whitespace is its title line): ``(start, end)`` offsets into ``text`` of the issuer :func:`issuer_chars` reads
    on that line (``YY县教育局`` of ``YY县教育局关于加强校车安全管理的通知``), ``None`` when the line is no 公文 title.
    Reads the text up to the end of that line (linear)."""
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.strip():
            chars = issuer_chars(line)
            lead = len(line) - len(line.lstrip())
            return (pos + lead, pos + chars) if chars > lead else None
        pos = end + 1
    return None


def _heading_lines(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, key, line)`` of each heading line of ``text`` (:func:`is_heading_line`; ``key`` is
    :func:`_title_key`) that is no table row and no table caption: a row holds a cell separator (a tab; cleaning
    keeps one between the cells of a table, :data:`summarizer.clean.CELL_SEPARATOR`), a caption (``表1 …``) is
    the line right before a row. A table header repeats in every report of one template and is never a title."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, line))
        pos += len(line) + 1
    lines = []
    for i, (start, line) in enumerate(spans):
        s = line.strip()
        if not is_heading_line(s) or "\t" in s:
            continue
        if i + 1 < len(spans) and "\t" in spans[i + 1][1].strip():
            continue  # a table caption
        lines.append((start, start + len(line), _title_key(s), s))
    return lines


#: A line that opens with a whole date (``2011年1月25日尚无评论``, ``•2024/12/10``, bullets aside): a post's date and
#: meta line or a record's date field, never an essay's title; anchored at the start, the bullets taken whole (linear).
_DATED_LINE = re.compile(r"\A[•·●▪\-*\s]*+\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2}(?!\d))")
#: A line that is one note in round brackets (``(口头答覆)``, ``（待续）``): a remark on the piece, never its title.
_BRACKET_NOTE = re.compile(r"[（(][^（()）\n]{1,30}[）)]")
#: Longest field label (``法规:``, ``公报编号：``) over a field's value line, in characters.
FIELD_NAME_CHARS = 8


def _field_line(text: str, start: int, line: str) -> bool:
    """Whether the heading ``line`` (stripped; it starts at offset ``start`` of ``text``) is a field of a page's
    record or a page's furniture and no essay's title, so that its repetition splits nothing (pages32): it opens with a
    whole date (:data:`_DATED_LINE`: a post's ``2011年1月25日 尚无评论``, a record's ``•2024/12/10``); it lists
    keywords run together by two underscores or more (``甲农村_乙镇环保工作_乙镇人居环境``: a page's SEO tags); it is
    one note in round brackets (:data:`_BRACKET_NOTE`: ``(口头答覆)`` under each question of an agenda); or it
    is the value under a field label, the line before it at most :data:`FIELD_NAME_CHARS` characters and ending in a
    colon (``法规:`` ⏎ ``第3/2017号决议``). Reads back over one line only."""
    if _DATED_LINE.match(line) or line.count("_") >= 2 or _BRACKET_NOTE.fullmatch(line):
        return True
    end = start - 1  # (the newline before the line)
    while end > 0 and text[end - 1] in " \t\u3000\r\n":
        end -= 1
    head = text.rfind("\n", max(0, end - FIELD_NAME_CHARS - 2), end)
    label = text[head + 1:end].strip() if head != -1 or end <= FIELD_NAME_CHARS + 1 else ""
    return 1 < len(label) <= FIELD_NAME_CHARS and label[-1] in ":："


#: Fewest heading lines in a row (blank lines between them aside) that make a table of contents (:func:`_contents_entries`).
CONTENTS_MIN_LINES = 4


def _contents_entries(text: str, lines: list[tuple[int, int, str, str]]) -> set[int]:
    """Start offsets (into ``text``) of the heading lines ``lines`` (:func:`_heading_lines`) that stand in a table of
    contents: a run of at least :data:`CONTENTS_MIN_LINES` heading lines with nothing but blank lines between them
    (``鞏固提升三大中心地位`` ⏎ ``鞏固國際金融中心地位`` ⏎ ``促進國際貿易中心發展`` ⏎ … over a report's preamble). A
    contents entry names a section printed again over the body; the body's print of it is that section's heading,
    and the entry itself opens no essay (newuser35b's 3029: a party's wish list split at its first section). A run
    that prints one line twice (a photo caption under several pictures) is no contents list, nor one with a line that
    the line right above it already prints (a page's header: the breadcrumb ``当前位置：首页>…><title>``, the title,
    then furniture lines; Part 55's 2809). A collection's list of titles keeps each title's print over its article,
    which still splits. One pass; each line is read once more as the line above an entry."""
    entries: set[int] = set()

    def close(run: list[int], distinct: bool) -> None:
        if len(run) < CONTENTS_MIN_LINES or not distinct:
            return
        for i in run:  # (an entry the line right above it already prints: a breadcrumb over the page's title)
            start, line = lines[i][0], lines[i][3]
            above = text.rfind("\n", 0, max(0, start - 1)) + 1
            if line and line in text[above:start]:
                return
        entries.update(lines[i][0] for i in run)

    run: list[int] = []
    keys: set[str] = set()
    distinct = True  # (a contents list names each section once: a photo caption printed under three pictures is none)
    for k, (start, _end, key, _line) in enumerate(lines):
        if run and text[lines[k - 1][1]:start].strip():
            close(run, distinct)
            run, keys, distinct = [], set(), True
        run.append(k)
        distinct = distinct and key not in keys
        keys.add(key)
    close(run, distinct)
    return entries


def _page_title_again(text: str, lines: list[tuple[int, int, str, str]], counts: Counter) -> int | None:
    """Start offset of the second and last verbatim print of the text's opening line among the heading lines
    ``lines`` (``(start, end, key, line)`` of :func:`_heading_lines`; ``counts``: occurrences of each key among
    them), else None. A web page prints its title above the page and again over the article (after a cover, a table
    of demands), an SEO page once more between paragraphs (kinds28): that print starts no essay. A collection's
    repeated title lines are numbered (``…的思考1``), repeat more than twice, or are not the page's first line.
    Offsets are into ``text``; one pass over ``lines``."""
    if not lines or text[:lines[0][0]].strip() or counts[lines[0][2]] != 2:
        return None
    first = lines[0]
    return next((ln[0] for ln in lines[1:] if ln[2] == first[2] and ln[3] == first[3]), None)


#: Most non-blank lines from the text's start within which a running head's first print stands (the page's title, or
#: the site's name right under it).
RUNNING_HEAD_LINES = 2


def _running_heads(text: str, lines: list[tuple[int, int, str, str]], repeated: set[str]) -> set[str]:
    """Keys of ``repeated`` (:func:`_title_key` of heading lines printed at least twice) that are a page's running head,
    no essay's title (split47): the line's first print stands among the text's first :data:`RUNNING_HEAD_LINES`
    non-blank lines (the page's title, a forum's name under it) and every later print stands right over another
    heading line that is not numbered and no date (``城市发展用地限制``, ``解决方案``: the section the head is printed
    over). An essay's title stands over its prose, its byline or date line, or its outline's first heading
    (``一、``). ``lines`` are :func:`_heading_lines` of ``text``. One pass over the non-blank lines."""
    if not repeated:
        return set()
    nonblank = _nonblank_lines(text)
    following = {nonblank[i][0]: nonblank[i + 1][2] for i in range(len(nonblank) - 1)}
    early = {ln[0] for ln in nonblank[:RUNNING_HEAD_LINES]}
    first: dict[str, int] = {}
    over_section: dict[str, bool] = {}
    for start, _end, key, _line in lines:
        if key not in repeated:
            continue
        if key not in first:
            first[key] = start
            over_section[key] = True
            continue
        nxt = following.get(start, "")
        over_section[key] = over_section[key] and bool(nxt) and is_heading_line(nxt) and not _NUMBERED_LINE.match(
            nxt) and not _DATE_LINE.match(nxt) and not _DATED_LINE.match(nxt) and _title_key(nxt) not in repeated
    return {k for k, at in first.items() if over_section[k] and at in early}


def _merge_short(text: str, bounds: list[tuple[int, int, str | None]],
                 titled: frozenset[int] = frozenset(),
                 laid_out: frozenset[int] = frozenset()) -> list[tuple[int, int, str | None]]:
    """Bounds without the parts shorter than :data:`MIN_ESSAY_CHARS`: such a part joins the essay before it
    (or, when the essay before it is itself that short, that essay takes the next part in). A bound whose start is
    in ``titled`` (a line written as an essay's title after a closed paragraph: :func:`_outline_title_bounds`)
    needs only :data:`TITLED_ESSAY_MIN_CHARS` on either side: a collection of short essays, each under its own
    ``关于…的建议`` title, stays several essays. One in ``laid_out`` (a spaced title line of a collection whose
    pieces :func:`_spaced_title_bounds` already measured) needs only :data:`SHORT_SPACED_ESSAY_MIN_CJK`."""
    kept: list[tuple[int, int, str | None]] = []
    for i, b in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        least = (SHORT_SPACED_ESSAY_MIN_CJK if b[0] in laid_out
                 else TITLED_ESSAY_MIN_CHARS if b[0] in titled else MIN_ESSAY_CHARS)
        if kept and (len(text[b[1]:end].strip()) < least
                     or len(text[kept[-1][1]:b[0]].strip()) < least):
            continue
        kept.append(b)
    return kept


def _byline_bounds(text: str, bylines) -> list[tuple[int, int, str | None]]:
    """Essays of a collection of pieces by different authors (``### 标题`` then ``作者：…`` per piece): each byline
    whose author differs from the one before it starts an essay at the heading line right above it (its title),
    or where the byline stood. A byline that only repeats the previous author (a byline printed on every page) is
    no boundary; fewer than two different authors split nothing."""
    if len({author for _, author in bylines}) < 2:
        return []
    bounds: list[tuple[int, int, str | None]] = []
    previous = None
    for offset, author in sorted(bylines):
        if author == previous:
            continue
        previous = author
        line_end = offset - 1 if offset > 0 and text[offset - 1] == "\n" else offset
        line_start = text.rfind("\n", 0, line_end) + 1
        heading = text[line_start:line_end].strip()
        if heading and is_heading_line(heading):
            bounds.append((line_start, offset, heading))
        else:
            bounds.append((offset, offset, None))
    return bounds


#: Words of a bracket that credits a picture, a video or a source, or points to a table or an annex, and signs no
#: piece (``(记者某某摄影/某某)``, ``（某某提供）``, ``(记者某某制作)``, ``(详见下表)``, ``（见附件）``): read anywhere in the
#: bracket, before or after a slash (pages32).
_NOT_SIGNED = ("图", "圖", "照", "摄", "攝", "说明", "說明", "资料", "資料", "视频", "視頻", "来源", "來源", "提供",
               "制作", "製作", "详见", "詳見", "见下", "見下", "见附", "見附", "如下")
#: A line that signs a reader's letter or a contributed piece at its end: the place and the writer in brackets, split
#: by a slash (``(廣州/史隸明)``, ``（澳门／梁继坚）``), or the place, name and trade run together
#: (``（陕西咸阳何原公务员）``, four to fourteen Han characters, not a photo's credit or caption, which names a picture,
#: a caption or a source: ``(记者某某摄)``, ``（资料图片）``, ``(图片说明)``, ``（视频截图）``); on a line of its own or closing the piece's last
#: paragraph after its sentence end (``…的可能。(深圳/雷宇明)``, struct28b). Anchored at a line end, bounded.
_SIGNATURE_LINE = re.compile(r"(?:^[ \t\u3000]*|(?<=[。！？!?”」』]))[（(][ \u3000]?(?![^（()）\n]{0,29}?(?:%s))"
                             r"(?:[\u3400-\u9fff]{2,8}[ \u3000]?[/／][ \u3000]?"
                             r"[\u3400-\u9fff·・]{2,8}|[\u3400-\u9fff]{4,14}(?<![片]))[ \u3000]?[）)][ \t\u3000]*$"
                             % "|".join(_NOT_SIGNED), re.M)
#: A numbered line (``二、…``, ``（三）…``, ``3.…``): a section of the same piece after a bracketed source, never the
#: title of a signed piece.
_NUMBERED_TITLE = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]")
#: A line that is only a column's name in lenticular brackets, with decorations around it (``◆【讀者來函】◆``): the
#: head of a page's column of signed pieces.
_COLUMN_LABEL_LINE = re.compile(r"^[ \t\u3000◆◇■□●○★☆]*【[^】\n]{2,8}】[ \t\u3000◆◇■□●○★☆]*$", re.M)
#: Fewest CJK characters a signed piece's successor must hold after its title line to be an essay of its own (not a
#: page footer after the last letter).
SIGNED_BODY_CHARS = 40


#: Most characters of the name after a page label in a byline line (``作者李国豪``, ``记者 张三``).
BYLINE_NAME_CHARS = 4


def _byline_title(line: str) -> bool:
    """Whether ``line`` is the byline of the piece (``作者李国豪``, ``记者：张三``: a ``page_label`` cue word, then a
    name of two to :data:`BYLINE_NAME_CHARS` characters opening with a ``common_surname``), not the next piece's
    title: a photo's credit in brackets (``（某某面簿）``) may end the lead paragraph above it (collect29)."""
    for label in lexicon().words("page_label"):
        if line.startswith(label):
            name = line[len(label):].lstrip(" :：/／\u3000")
            return 2 <= len(name) <= BYLINE_NAME_CHARS and name[0] in lexicon().words("common_surname")
    return False


def _closes_piece(text: str, at: int) -> bool:
    """Whether a signature whose match starts at ``at`` (an offset into ``text``) may close a piece: it stands after a
    sentence end on its line (``…的可能。(深圳/雷宇明)``), or on a line of its own under a line of the piece's text (or
    at the text's start, as before). A bracketed line right under a heading line (``第1项质询`` ⏎ ``(口头答覆)``: a
    note on the item, :func:`summarizer.chars.is_heading_line`) signs nothing (pages32). Reads back over the spaces
    before ``at`` and the one line before it."""
    j = at - 1
    while j >= 0 and text[j] in " \t\u3000\r\n":
        j -= 1
    if j < 0 or text[j] in SENTENCE_END + "”」』":
        return True
    line = text[text.rfind("\n", 0, j) + 1:j + 1].strip()
    return not is_heading_line(line)


def signature_bounds(text: str) -> list[tuple[int, int, str | None]]:
    """Essays of a page of signed pieces (a magazine's readers' letters, a column of contributions): each piece ends
    with a signature line (:data:`_SIGNATURE_LINE`: ``(廣州/史隸明)``), and the heading line after it
    (:func:`summarizer.chars.is_heading_line`, no byline: :func:`_byline_title`) titles the next piece, which holds at least :data:`SIGNED_BODY_CHARS`
    CJK characters after it (else it is a page's footer). Returns ``(start, body start, title)`` of each piece after
    the first (the first starts at 0), or ``[]``. Linear in ``len(text)``."""
    bounds: list[tuple[int, int, str | None]] = []
    for m in _SIGNATURE_LINE.finditer(text):
        if not _closes_piece(text, m.start()):
            continue  # (口头答覆) under 第1项质询: a bracketed note under a heading signs nothing
        start = m.end() + 1
        while start < len(text) and text[start] in "\n \t\u3000":
            start += 1
        nl = text.find("\n", start)
        line_end = nl if nl != -1 else len(text)
        title = text[start:line_end].strip()
        following = text[line_end:bounds_end(text, line_end)]
        if (title and is_heading_line(title) and not _NUMBERED_TITLE.match(title) and not _byline_title(title)
                and not _CLOCK_OPENING.match(title) and len(CJK_RE.findall(following)) >= SIGNED_BODY_CHARS):
            bounds.append((start, min(line_end + 1, len(text)), title))
    if bounds and (label := _COLUMN_LABEL_LINE.search(text, 0, bounds[0][0])):
        # a page cut inside a piece, then the column's label before its first titled piece: the cut piece's end is
        # an essay of its own when it holds a closed sentence of SIGNED_BODY_CHARS CJK characters (struct28b)
        before = text[: label.start()].rstrip()
        body = min(label.end() + 1, len(text))
        nl = text.find("\n", body)
        first_title = text[body: nl if nl != -1 else len(text)].strip()
        if (before and before[-1] in SENTENCE_END and len(CJK_RE.findall(before)) >= SIGNED_BODY_CHARS
                and first_title and is_heading_line(first_title)):
            bounds.insert(0, (label.start(), min(nl + 1, len(text)) if nl != -1 else len(text), first_title))
    return bounds


#: The closing formula of a 请示 or a 报告 to a higher office, alone on its line (``当否，请批示。``, ``妥否，请批复``,
#: ``特此请示。``, ``以上请示，请予审批``): the memo's text ends there; its sender's name and the date follow. Anchored,
#: bounded (either script).
_MEMO_CLOSE = re.compile(r"[ \t\u3000]{0,4}(?:(?:[当當妥可]否|是否妥[当當]|以上[请請]示|以上[报報]告)[，,]?\s{0,2}"
                         r"[请請](?:予)?(?:批示|批复|批覆|指示|审批|審批|批准|示)|特此[请請]示|特此[报報]告|[请請]予批准)"
                         r"[。.!！]?[ \t\u3000]{0,4}$")
#: The date line under a memo's signature (``二〇XX年一月三十日``, ``2021年3月2日``, ``二〇二一年三月二日``; a template's
#: ``XX`` for the digits kept). Anchored, bounded.
_MEMO_DATE = re.compile(r"[ \t\u3000]{0,4}[〇○零一二三四五六七八九\dXx×＊*]{2,4}年[一二三四五六七八九十\dXx×]{1,3}月"
                        r"[一二三四五六七八九十\dXx×]{1,3}[日号號][ \t\u3000]{0,4}$")
#: Most lines between a memo's closing formula and its date (the sender's name, a seal's note).
MEMO_SIGN_LINES = 3
#: Characters after a memo's title read for the body it must hold (:data:`SIGNED_BODY_CHARS` CJK characters).
MEMO_BODY_WINDOW = 400


def memo_bounds(text: str) -> list[tuple[int, int, str | None]]:
    """Essays of a file of 请示 or 报告 memos back to back (a user's Word file of two requests; 118a): each memo
    closes with its formula (:data:`_MEMO_CLOSE`: ``当否，请批示。``), at most :data:`MEMO_SIGN_LINES` lines of its
    sender and its date line (:data:`_MEMO_DATE`), and the heading line after the date
    (:func:`summarizer.chars.is_heading_line`) titles the next memo, which holds at least :data:`SIGNED_BODY_CHARS`
    CJK characters in the :data:`MEMO_BODY_WINDOW` characters after it. Returns ``(start, body start, title)`` of each memo after the first, or ``[]``. Linear
    in ``len(text)`` (one pass over the lines)."""
    if "批" not in text and "特此" not in text and "请予" not in text and "請予" not in text:
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    bounds: list[tuple[int, int, str | None]] = []
    closed = -1  # (index of the last closing formula's line)
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if _MEMO_CLOSE.match(line):
            closed = i
            continue
        if closed < 0 or i - closed > MEMO_SIGN_LINES + 1 or not _MEMO_DATE.match(line) or i + 1 >= len(lines):
            continue
        closed = -1
        ta, tb = lines[i + 1]
        title = text[ta:tb].strip()
        following = text[tb:tb + MEMO_BODY_WINDOW]  # (a bounded window: one look per date line)
        if title and is_heading_line(title) and len(CJK_RE.findall(following)) >= SIGNED_BODY_CHARS:
            bounds.append((ta, min(tb + 1, len(text)), title))
    return bounds


#: A line that signs a piece of a page of readers' letters or short posts without brackets (kinds29b): its fields split
#: by bars (``安徽蚌埠❘荣德安❘科技工作者``, ``网友｜老方``), or the date a blog prints over each post (``Sunday, July 06, 2008``, ``2008-07-06``,
#: ``2008年7月6日``). Each alone is read only where it ends a piece and a title follows it (:func:`bare_separator_bounds`).
_BARE_SEPARATORS = (
    ("bar", re.compile(r"[^\s。！？!?，,；;：:❘｜|]{1,16}(?:[ \u3000]?[❘｜|][ \u3000]?[^\s。！？!?，,；;：:❘｜|]{1,16}){1,2}")),
    ("date", re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ]+)?(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)[ ]+\d{1,2},?[ ]+\d{4}|\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|"
                        r"年\d{1,2}月\d{1,2}日)(?:[ ]+\d{1,2}:\d{2}(?::\d{2})?)?")),
    ("name", re.compile(r"[\u3400-\u9fff]{4,6}")),
    ("author", re.compile(r"[\u3400-\u9fff]{2,3}")),
    # the writer's affiliation closing a piece, as a byline would (``作者单位：某县农业农村局``, ``（作者系某大学教授）``):
    # a newspaper's or a journal's convention for the end of a contribution (fix61b)
    ("affiliation", re.compile(r"[（(]?作者(?:(?:单位|單位)[ \u3000]*[:：]|[系係])[ \u3000]*[^\n。！？!?；;:：（()）]{2,40}[）)]?")),
)
#: Fewest pieces a page's bare separators of one kind must end for them to split it (one date line may be the page's
#: date); a signature of fields split by bars is one already. (A bare name, ``台北張筱慧``, is not read: a section
#: heading and the subheading under it look the same, unless it ends in a surname and a given name after a place of
#: at least two characters, at least twice: :func:`_bare_name`; collect29.)
BARE_SEPARATOR_MIN = {"bar": 1, "date": 2, "name": 2, "author": 1, "affiliation": 1}
#: Most characters of the line after a date line that titles a post (a blog's title may end a sentence: ``看这个…又在
#: 做什么。。。``).
DATED_TITLE_CHARS = 30
#: Most characters of a question that titles a letter (``編輯怎麼就看不上?``: a heading but for its question mark).
QUESTION_TITLE_CHARS = 20


#: A line that opens with a clock time (``9:20pm：有人被打``, ``10:47 上午``, ``00:00am``): an entry of a timeline or of
#: minutes, never the title of a piece (a timeline appendix of sourced entries, Part 73's 3875). Anchored, bounded.
_CLOCK_OPENING = re.compile(r"[ \t\u3000]{0,4}\d{1,2}[:：]\d{2}(?!\d)")
#: Most characters of a metadata table's field label line (``主 题 词：``, ``成文日期：``; spaces count).
FIELD_LABEL_CHARS = 10


def _field_label(line: str) -> bool:
    """Whether ``line`` is a field's label of a page's metadata table (``标　　题：``, ``主 题 词：``, ``发文字号：``: at
    most :data:`FIELD_LABEL_CHARS` characters ending in a colon, its value on the next line), which titles no piece."""
    return 1 < len(line) <= FIELD_LABEL_CHARS and line[-1:] in ":："


#: Fewest field labels (:func:`_field_label`) a page's metadata table holds (``索 引 号：``, ``主题分类：``, ``发文机关：``,
#: ``成文日期：``, ``标　　题：`` …), and the most non-blank lines the table may start after (a crumb, a title) and stand
#: between two of its labels (a value may run over two lines, or be empty).
METADATA_TABLE_LABELS = 4
METADATA_TABLE_LEAD_LINES = 3
METADATA_TABLE_GAP_LINES = 2
#: Most characters of a metadata table's value line (a document's title runs to about 60).
METADATA_VALUE_CHARS = 80


def metadata_table_end(text: str) -> int:
    """Offset in ``text`` just past the last field label of the metadata table a government page opens with (``索 引
    号：`` ⏎ ``000014349/2018-00218`` ⏎ ``主题分类：`` ⏎ … ⏎ ``主 题 词：``, gov.cn; Part 73's 3873, 3878): at least
    :data:`METADATA_TABLE_LABELS` field label lines (:func:`_field_label`), the first within the first
    :data:`METADATA_TABLE_LEAD_LINES` non-blank lines, each next one at most :data:`METADATA_TABLE_GAP_LINES` lines
    after the one before, the lines between them short values (at most :data:`METADATA_VALUE_CHARS` characters, no
    sentence end). The table is page furniture in front of the one document: its values (the dates, the title
    again) neither split the page into essays nor belong to the document's text. 0 when the page opens with none.
    Reads lines only while the table runs: linear."""
    pos = labels = last = lead = gap = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = nl if nl != -1 else len(text)
        line = text[pos:end].strip()
        if line:
            if _field_label(line):
                labels, last, gap = labels + 1, end, 0
            elif labels:
                gap += 1
                if gap > METADATA_TABLE_GAP_LINES or len(line) > METADATA_VALUE_CHARS or line[-1] in SENTENCE_END:
                    break  # (a field's value is short and no sentence: a label's paragraph ends the table)
            else:
                lead += 1
                if lead > METADATA_TABLE_LEAD_LINES:
                    break
        pos = end + 1
    return min(last + 1, len(text)) if labels >= METADATA_TABLE_LABELS else 0


def _titles_piece(line: str) -> bool:
    """Whether ``line`` may title a letter or a post: a heading line (:func:`summarizer.chars.is_heading_line`), not
    numbered, or a short question (at most :data:`QUESTION_TITLE_CHARS` characters) that would be one but for its
    closing question marks (``王永慶帶來了什麼?``). A field label (:func:`_field_label`) and a timeline entry
    (:data:`_CLOCK_OPENING`) title nothing."""
    if not line or _NUMBERED_TITLE.match(line) or _field_label(line) or _CLOCK_OPENING.match(line):
        return False
    bare = line.rstrip("？?")
    return is_heading_line(line) or (bare != line and len(line) <= QUESTION_TITLE_CHARS and is_heading_line(bare))


def _bare_name(line: str) -> bool:
    """Whether ``line`` (a line of four to six Han characters, :data:`_BARE_SEPARATORS` ``name``) signs a letter with a
    place and a name run together (``台北张筱慧``, ``新店杨邦国``): a ``common_surname`` cue word opens its last two or
    three characters, after a place of at least two, jieba tags a word of it a person's name (``nr``:
    :func:`summarizer.tokenize.word_tags`; ``发展方向`` is a verb and a noun) and it names no section
    (:func:`summarizer.aspects.heading_aspect` finds no aspect in it)."""
    surnames = lexicon().words("common_surname")
    return ((line[-3] in surnames and len(line) >= 5 or line[-2] in surnames)
            and any(tag == "nr" for _w, tag in word_tags(line)) and heading_aspect(line) is None)


def _author_name(line: str) -> bool:
    """Whether ``line`` (two or three Han characters, :data:`_BARE_SEPARATORS` ``author``) is a writer's name alone,
    the sign-off of a blog's or a column's post (``黃世澤``, ``李明``; split47): a ``common_surname`` cue word opens it,
    jieba tags it a person's name (``nr``: :func:`summarizer.tokenize.word_tags`, one word) and it names no section
    (:func:`summarizer.aspects.heading_aspect`)."""
    tags = word_tags(line)
    named = (len(tags) == 1 and tags[0][1] == "nr"
             or len(tags) == 2 and tags[0][0] == line[0] and tags[1][1] not in _NOT_GIVEN_NAME)
    return line[0] in lexicon().words("common_surname") and named and heading_aspect(line) is None


#: jieba's tags of a word that is no given name after a surname read apart (a verb, an adverb, a preposition, a
#: conjunction, a particle: ``王说``, ``张也``).
_NOT_GIVEN_NAME = frozenset(("v", "vn", "vd", "d", "p", "c", "u", "ul", "uj", "y", "m", "q", "r", "f"))


#: Characters that open the line under a signed letter's title (``回应“…”``, ``回覆…``) which a title elsewhere on the
#: page must open its next line with to title a letter too (:func:`_same_header_titles`).
HEADER_PREFIX_CHARS = 2


def _same_header_titles(lines: list[tuple[int, int, str]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(line index, line index)`` of the other title lines of a page of signed letters whose letters carry a
    header line under their title (``回应“探访志愿军归葬地”``, collect29): a line that may title a letter
    (:func:`_titles_piece`), after a line that ends a sentence, over a heading line opening with the same
    :data:`HEADER_PREFIX_CHARS` characters as the line under a title in ``found`` (``(signature, title)`` line indices
    into ``lines``: ``(start, end, stripped)`` of the non-blank lines). A letter whose signature has no bar field still
    starts there. One pass over the lines."""
    prefixes = {lines[t + 1][2][:HEADER_PREFIX_CHARS] for _i, t in found
                if t + 1 < len(lines) and len(lines[t + 1][2]) > HEADER_PREFIX_CHARS and is_heading_line(lines[t + 1][2])}
    titles = {t for _i, t in found}
    more = []
    for j in range(1, len(lines) - 1):
        if (j not in titles and lines[j + 1][2][:HEADER_PREFIX_CHARS] in prefixes and is_heading_line(lines[j + 1][2])
                and _titles_piece(lines[j][2]) and lines[j - 1][2][-1] in SENTENCE_END + "”」』"):
            more.append((j, j))
    return more


def bare_separator_bounds(text: str) -> list[tuple[int, int, str | None]]:
    """Essays of a page of letters or posts whose pieces end with a signature of fields split by bars or open with a date line
    (:data:`_BARE_SEPARATORS`: ``安徽蚌埠❘荣德安❘科技工作者``, ``Sunday, July 06, 2008``; kinds29b): a
    signature line (or a place and a name run together, :func:`_bare_name`; collect29) right after a line that ends
    a sentence, or a date line, followed by a title line
    (:func:`_titles_piece`) and at least :data:`SIGNED_BODY_CHARS` CJK characters before the next such line, at
    least :data:`BARE_SEPARATOR_MIN` times for one kind (a date line's title may be any line of at most
    :data:`DATED_TITLE_CHARS` characters). A piece starts at its title (after a signature) or at its
    date line. Returns ``(start, body start, title)`` of each piece after the first, or ``[]``. Linear: each line is
    matched once per kind."""
    lines = _nonblank_lines(text)
    closings = _title_words().get("closing_heading", ())
    best: list[tuple[int, int, str | None]] = []
    for kind, pattern in _BARE_SEPARATORS:
        found = []  # (separator line index, title line index)
        for i in range(1, len(lines) - 2):
            line = lines[i][2]
            title = lines[i + 1][2]
            if pattern.fullmatch(line) is None or not (_titles_piece(title) or kind == "date"
                                                       and len(title) <= DATED_TITLE_CHARS
                                                       and not _field_label(title)):
                continue
            if _field_label(lines[i - 1][2]):
                continue  # (the value of a metadata table's field, ``成文日期：`` ⏎ ``2018年12月18日``: no separator)
            if kind == "name" and not _bare_name(line):
                continue
            if kind == "author" and not (_author_name(line) and not title.startswith(closings)
                                         and not is_heading_line(lines[i + 2][2])):
                # (a blog's author under each post, 黃世澤, then the next post's title over its prose; not 参考文献,
                # nor a name over its credentials, 王某 ⏎ 某大学教授 ⏎ 一、引言: the head of a piece)
                continue
            if kind != "date" and lines[i - 1][2][-1] not in SENTENCE_END + "”」』":
                continue  # (a signature closes a piece that ends a sentence)
            found.append((i, i + 1))
        if kind == "bar" and found:
            found = sorted(found + _same_header_titles(lines, found))
        kept = []
        for n, (i, t) in enumerate(found):
            stop = lines[found[n + 1][0]][0] if n + 1 < len(found) else len(text)
            if len(CJK_RE.findall(text[lines[t][1]:stop])) >= SIGNED_BODY_CHARS:
                start = lines[i][0] if kind == "date" else lines[t][0]
                kept.append((start, min(lines[t][1] + 1, len(text)), lines[t][2]))
        if len(kept) >= BARE_SEPARATOR_MIN[kind] and len(kept) > len(best):
            best = kept
    return best


#: A line that opens a short column under its author's name and a middle dot, then its title (``卜亚烈·朝野不分``,
#: ``曾毓林·为什么假新闻假得这么真?``): the head of each piece of a page of columns (collect29). Anchored, bounded.
_AUTHOR_TITLE_LINE = re.compile(r"(?P<author>[\u3400-\u9fff]{2,4})[ \u3000]?[·・•‧][ \u3000]?[^\n·・•‧。；;：:，,]{2,30}")
#: The same head with a slash between the author and the title (``林某/共享车位的账``, an opinion site's list; split48):
#: the title may hold a colon (``國安會:…``) and a question mark, never a slash, a sentence end or a comma. Bounded.
_AUTHOR_SLASH_TITLE_LINE = re.compile(r"(?P<author>[\u3400-\u9fff]{2,4})[ \u3000]?[/／][ \u3000]?[^\n/／。；;，,！!]{2,30}")
#: A numbered item line of a council's or a legislature's record (``(1)由…议员动议…``, ``（一）行政院函送…所提質詢``): a
#: piece of its own when it names the act of the ``council_item_act`` cue group. Anchored, bounded.
_NUMBERED_ITEM = re.compile(rf"[(（][{_CN_NUM}\d]{{1,3}}[)）]|[{_CN_NUM}]{{1,3}}、")
#: A column's label, a colon and a bracketed title inside a line (``总编说:【此风不可长】``), at least twice under the same
#: label: short pieces of a page run together in one line, each starting at its label. Bounded.
_INLINE_LABEL = re.compile(r"(?P<label>[\u3400-\u9fff]{2,6})[:：]【(?P<title>[^】\n]{2,20})】")
#: The head line of an excerpt of a digest of press opinion: its title, its author and its paper, then the day it ran,
#: split by slashes (``给首相的公开信/某某/东方日报/2018年09月30日``; split47): each head opens a piece of its own.
#: Anchored (fullmatch), each field bounded and free of the separator: linear.
_SOURCE_HEAD_LINE = re.compile(r"(?P<title>[^/／\n]{2,40})(?:[/／][^/／\n]{1,20}){1,3}[/／][ \u3000]{0,2}"
                               r"\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})")
#: A line that is only a paper's citation, year, volume, issue and pages (``2024, 33(6):144-148.``; its DOI cleaned
#: away): the head a journal's search listing prints over each abstract (split48). Anchored (fullmatch), bounded.
_CITATION_HEAD_LINE = re.compile(r"(?:19|20)\d{2}[ \t]{0,2}[,，][ \t]{0,2}(?:\d{1,4}[ \t]{0,2})?[(（]\d{1,4}[)）][ \t]{0,2}[:：]"
                                 r"[ \t]{0,2}\d{1,5}(?:[ \t]{0,2}[-–—~][ \t]{0,2}\d{1,5})?[ \t]{0,2}[.。]?")
#: Fewest CJK characters of a piece under an author's name and its title (:data:`_AUTHOR_TITLE_LINE`; the head is
#: its own evidence: a page's last piece may be cut after a sentence).
AUTHORED_BODY_CHARS = 10
#: Fewest characters of a council item's line (who moved what, who replied to whom: ``（一）行政院函送…所提質詢``); an
#: essay's short section heading (``（二）认真办理书面答复``) is none.
ITEM_HEAD_MIN_CHARS = 20
#: Most characters of a council item's line to the act's cue (``(2)由涂谨申议员就「…」动议``).
ITEM_ACT_CHARS = 60


def _names_person(words: str) -> bool:
    """Whether jieba reads ``words`` (a column's head before its middle dot) as opening with a person's name (tag
    ``nr``: ``卜亚烈``, ``李大为``; :func:`summarizer.tokenize.word_tags`), not a topic (``乡村振兴·产业篇``: the sections
    of one essay)."""
    tags = word_tags(words)
    return bool(tags) and tags[0][1] == "nr"


def _piece_bodies(text: str, found: list[tuple[int, int, str]], least: int) -> list[tuple[int, int, str | None]]:
    """The heads of ``found`` (``(start, body start, title)``, in order) followed by at least ``least`` CJK
    characters before the next head; ``[]`` when fewer than two are."""
    kept = []
    for n, (start, body, title) in enumerate(found):
        stop = found[n + 1][0] if n + 1 < len(found) else len(text)
        if len(CJK_RE.findall(text[body:stop])) >= least:
            kept.append((start, body, title))
    return kept if len(kept) >= 2 else []


def header_bounds(text: str) -> list[tuple[int, int, str | None]]:
    """Essays of a page of short pieces each under a head of one shape (collect29): a line of an author, a middle
    dot or a slash and a title (:data:`_AUTHOR_TITLE_LINE`, ``郭清江·覆水难收``; :data:`_AUTHOR_SLASH_TITLE_LINE`,
    ``林某/共享车位的账``; the author a person's name, before a slash also any two or three characters a
    ``common_surname`` opens, as jieba knows few names:
    :func:`_names_person`) over prose; a numbered item line that names a
    council's act (:data:`_NUMBERED_ITEM`, at least :data:`ITEM_HEAD_MIN_CHARS` characters, with a word of the
    ``council_item_act`` cue group within
    :data:`ITEM_ACT_CHARS` characters: a motion, a written reply); a column's label with a bracketed title inside a
    line (:data:`_INLINE_LABEL`, ``总编说:【天差地别】…``, the same label each time); an excerpt's head of a digest of
    press opinion, its title, author, paper and date split by slashes (:data:`_SOURCE_HEAD_LINE`; the title is its
    first field); a journal listing's citation line over each abstract (:data:`_CITATION_HEAD_LINE`,
    ``2024, 33(6):144-148.``; no title). Each head must be followed by
    at least :data:`SIGNED_BODY_CHARS` CJK characters before the next (:data:`AUTHORED_BODY_CHARS` under an author's
    name), at least twice for one shape (the shape that
    gives most pieces wins). Returns ``(start, body start, title)`` of each piece (offsets into ``text``), or ``[]``.
    A single essay's repeated sub-section headings (``一、城区方面``) are no such head. Linear: each line is matched
    once per shape."""
    acts = lexicon().words("council_item_act")
    authored: list[tuple[int, int, str]] = []
    items: list[tuple[int, int, str]] = []
    sourced: list[tuple[int, int, str]] = []  # (excerpts of a press digest, each under its title/author/paper/date)
    cited: list[tuple[int, int, None]] = []  # (abstracts of a journal's listing, each under its citation: split48)
    pos = 0
    lines = text.split("\n")
    for k, raw in enumerate(lines):
        line = raw.strip()
        start = pos + len(raw) - len(raw.lstrip())
        body = min(pos + len(raw) + 1, len(text))
        pos += len(raw) + 1
        if not line:
            continue
        following = next((x.strip() for x in lines[k + 1:k + 3] if x.strip()), "")
        if ((head := _AUTHOR_TITLE_LINE.fullmatch(line) or _AUTHOR_SLASH_TITLE_LINE.fullmatch(line))
                and len(line) <= HEADING_MAX_CHARS and following and not _AUTHOR_TITLE_LINE.fullmatch(following)
                and not _AUTHOR_SLASH_TITLE_LINE.fullmatch(following)
                and (_names_person(author := head.group("author")) or head.re is _AUTHOR_SLASH_TITLE_LINE
                     and len(author) <= 3 and author[0] in lexicon().words("common_surname"))):
            authored.append((start, body, line))
        elif _CITATION_HEAD_LINE.fullmatch(line):
            cited.append((start, body, None))
        elif (source := _SOURCE_HEAD_LINE.fullmatch(line)) and not _CLAUSE_MARK.search(source.group("title")):
            sourced.append((start, body, source.group("title").strip()))
        elif (_NUMBERED_ITEM.match(line) and len(line) >= ITEM_HEAD_MIN_CHARS
              and any(w in line[:ITEM_ACT_CHARS] for w in acts)):
            items.append((start, body, line))
    inline: dict[str, list[tuple[int, int, str]]] = {}
    for m in _INLINE_LABEL.finditer(text):
        inline.setdefault(m.group("label"), []).append((m.start(), m.end(), m.group("title")))
    best: list[tuple[int, int, str | None]] = []
    for found, least in ((authored, AUTHORED_BODY_CHARS), (items, SIGNED_BODY_CHARS), (sourced, SIGNED_BODY_CHARS),
                         (cited, SIGNED_BODY_CHARS),
                         *((f, SIGNED_BODY_CHARS) for f in inline.values())):
        if len(found) >= 2 and len(kept := _piece_bodies(text, found, least)) > len(best):
            best = kept
    return best


def bounds_end(text: str, start: int) -> int:
    """End of the piece that starts at ``start``: the next signature line's end, or the end of ``text``."""
    m = _SIGNATURE_LINE.search(text, start)
    return m.start() if m else len(text)


#: Most characters of the text before a collection's first title that a document site's blurb may be (collect29).
SITE_BLURB_CHARS = 300


#: Fewest characters of a title that a blurb's last sentence names to introduce the piece (:func:`_site_blurb`).
ANNOUNCED_TITLE_CHARS = 6


def _site_blurb(before: str, title: str | None = None) -> bool:
    """Whether ``before`` (the text before the first essay's title) is a document site's blurb, no essay: at most
    :data:`SITE_BLURB_CHARS` characters holding a word of the ``site_blurb`` cue group (``下面是小编整理的…，仅供参考``)
    or whose last line, a sentence longer than the title, names ``title`` (the essay's title line, at least
    :data:`ANNOUNCED_TITLE_CHARS` characters): the blurb introduces the piece by its title (``…积极备考。以下内容为
    2021年国考申论范文：…。`` over the title line; Part 55's 2809)."""
    before = before.strip()
    if len(before) > SITE_BLURB_CHARS:
        return False
    if any(w in before for w in lexicon().words("site_blurb")):
        return True
    key = _squeezed(title or "")
    last = _squeezed(before.rsplit("\n", 1)[-1])
    return len(key) >= ANNOUNCED_TITLE_CHARS and len(last) > len(key) and key in last and last[-1:] in SENTENCE_END


def split_essays(text: str, breaks: tuple[int, ...] | list[int] = (),
                 bylines: tuple[tuple[int, str], ...] | list[tuple[int, str]] = (),
                 records: tuple[int, ...] | list[int] = (),
                 record_titles: tuple[str | None, ...] | list[str | None] = (),
                 spaced: frozenset[int] = frozenset(),
                 levels: dict[int, int] | None = None,
                 separated: frozenset[int] = frozenset()) -> list[EssaySpan]:
    """Split a cleaned collection into essays.

    Args:
        text: the cleaned text (or its same-length analysis view).
        breaks: offsets into ``text`` where a stored record begins (:attr:`CleanText.breaks`); each record is
            one essay whose first line is its title. When given, they decide the split; the text before the first
            record is an essay only when it has at least :data:`MIN_ESSAY_CHARS` characters.
        bylines: ``(offset, author)`` of the author lines cleaning removed (:attr:`CleanText.bylines`). Without
            records or essay markers, bylines of two or more different authors split the collection: each piece
            starts at the heading above its byline; the text before the first piece (the collection's own title
            and introduction) belongs to no essay when it is shorter than :data:`MIN_ESSAY_CHARS`.
        records: offsets into ``text`` where an untitled record the reader found begins (:attr:`CleanText.records`:
            a table column of essay bodies); when given they decide the split, one essay each, no title line.
        record_titles: the title of each record (parallel to ``records``; empty or ``None``: none), from the
            table's title column; not in ``text``.
        spaced: offsets into ``text`` of the lines that stood alone between blank lines in the original
            (:func:`spaced_line_starts`): the titles of a collection of plain-text essays (:func:`_spaced_title_bounds`).
        levels: ``{offset: level}`` of the heading lines of ``text`` (:func:`heading_line_levels`: a page's
            ``<h1>``-``<h6>``, a ``.docx`` heading style, a markdown ``#`` line): without records, essay markers or
            bylines, sibling headings over whole essays split the text (:func:`_heading_level_bounds`); the text
            before the first piece (the page's title, a short lead-in) belongs to no essay.
        separated: offsets into ``text`` of the lines right after a separator line of the original
            (:func:`separated_line_starts`): a title there starts a piece of a file of pieces split by separator
            lines (:func:`_separated_title_bounds`).

    Returns:
        Essays in order; at least one (the whole text) when ``text`` has any non-space character,
        none for an empty text. Essays with an empty body are dropped.
    """
    if not text.strip():
        return []
    marks = list(ESSAY_MARKER.finditer(text))
    suffixed: list[tuple[int, int, str | None]] = []
    by_author: list[tuple[int, int, str | None]] = []
    bounds: list[tuple[int, int, str | None]] = []  # (marker_start, body_start, title)
    titled: list[tuple[int, int, str | None]] = []  # the title lines after a whole essay (_outline_title_bounds)
    by_layout: list[tuple[int, int, str | None]] = []  # the spaced title lines of a collection (_spaced_title_bounds)
    if records:
        titles = list(record_titles) if len(record_titles) == len(records) else [None] * len(records)
        bounds = [(r, r, t or None) for r, t in zip(records, titles)]
        if text[: bounds[0][0]].strip():
            bounds.insert(0, (0, 0, None))
    elif breaks:
        for b in breaks:
            nl = text.find("\n", b)
            line_end = nl if nl != -1 else len(text)
            first = text[b:line_end].strip()
            if first and not is_heading_line(first):
                # a record that opens with prose, no title line (a listing page's teaser on one line: split48)
                bounds.append((b, b, None))
                continue
            bounds.append((b, min(line_end + 1, len(text)), first or None))
        # the text before the first record is an essay of its own unless it is shorter than MIN_ESSAY_CHARS (the
        # header of a table, a file's preamble before a JSON list of articles)
        if len(text[: bounds[0][0]].strip()) >= MIN_ESSAY_CHARS:
            bounds.insert(0, (0, 0, None))
    elif marks:
        for m in marks:
            body = m.end() + 1 if m.end() < len(text) and text[m.end()] == "\n" else m.end()
            bounds.append((m.start(), body, m.group("title").strip() or None))
    elif suffixed := _suffix_marks(text):
        bounds = suffixed  # (the text before the first marker, the collection's own title, belongs to no essay)
    elif suffixed := _column_title_bounds(text):
        # 【社论】… ⏎ prose ⏎ 【社论】… ⏎ prose: a listing page of a column's pieces (trialfix24a)
        bounds = suffixed
        # (the text before the first such line is the first piece when the page's title line took its title)
        if _closes_prose(text[: bounds[0][0]].strip().rsplit("\n", 1)[-1]):
            bounds.insert(0, (0, 0, None))
    elif suffixed := _source_name_bounds(text):
        # 《某某日報》 ⏎ title ⏎ excerpt, once per paper: a digest of press opinion (split48); the page's own head
        # before the first name line is an essay only when it closes prose, as above
        bounds = suffixed
        if _closes_prose(text[: bounds[0][0]].strip().rsplit("\n", 1)[-1]):
            bounds.insert(0, (0, 0, None))
    elif by_author := _byline_bounds(text, bylines):
        bounds = by_author
        if len(text[: bounds[0][0]].strip()) >= MIN_ESSAY_CHARS:
            bounds.insert(0, (0, 0, None))
    elif by_author := _heading_level_bounds(text, levels or {}):
        # pieces under sibling headings of a page or file (split49): each is an essay however short (it was
        # measured); the page's title and a short lead-in before the first belong to no essay
        bounds = by_author
    elif memos := memo_bounds(text):
        by_author = bounds = [(0, 0, None)] + memos  # (a memo closed by its formula, signature and date: 118a)
    elif signed := signature_bounds(text) or bare_separator_bounds(text):
        by_author = bounds = [(0, 0, None)] + signed  # (a signed piece is an essay however short it is)
    elif headed := header_bounds(text):
        by_author = bounds = headed  # (a piece under its own head is an essay however short it is)
        # the text before the first head is an essay when it is long and closes a sentence (not a lead-in
        # ``立法会通过下列议案：`` or a page's masthead)
        before = text[: bounds[0][0]].strip()
        if len(before) >= MIN_ESSAY_CHARS and before[-1] in SENTENCE_END:
            bounds.insert(0, (0, 0, None))
    else:
        lines = _heading_lines(text)
        counts = Counter(key for *_, key, _ in lines if len(key) >= 4)
        repeated = {k for k, c in counts.items() if c >= 2}
        again = _page_title_again(text, lines, counts)
        contents = _contents_entries(text, lines) if repeated else set()
        repeated -= _running_heads(text, lines, repeated)  # (a page's head printed over each section: split47)
        occurrences = [] if flattened_table(text) else [
            ln for ln in lines if ln[2] in repeated and ln[0] != again and ln[0] not in contents
            and not _field_line(text, ln[0], ln[3])]
        sections = [ln for ln in occurrences if _SECTION_LINE.match(ln[3])]
        if sections:
            bounds = _template_bounds(text, lines, sections)
            if bounds and text[: bounds[0][0]].strip():
                bounds.insert(0, (0, 0, None))  # the first report has no title line
        if len(bounds) < 2:
            # a repeated title line splits; a repeated section heading never does (it is a later part of an essay)
            # (nor one that names a section of cases, experience or background, 借鏡國外案例 over each part's
            # examples: a section of every part of one essay, Part 65's 3386; issue 8)
            bounds = [(start, min(end + 1, len(text)), s) for start, end, _key, s in occurrences
                      if not _SECTION_LINE.match(s) and heading_aspect(simplified_view(s), title=True) != "other"]
        # a title line after a closed numbered outline starts an essay that is not numbered (or not numbered alike)
        after_outline = _outline_title_bounds(text, bylines)
        if by_layout := _spaced_title_bounds(text, spaced):
            after_outline = sorted({b[0]: b for b in after_outline + by_layout}.values())
        if by_letter := _letter_title_bounds(text):
            # (a 公文's title over its addressee after a whole piece: the reply letter after a proposal; fix61b)
            after_outline = sorted({b[0]: b for b in after_outline + by_letter}.values())
        if by_rule := _separated_title_bounds(text, separated):
            # (a title after the separator line drawn between two pieces: fix59)
            by_layout = sorted({b[0]: b for b in by_layout + by_rule}.values())
            after_outline = sorted({b[0]: b for b in after_outline + by_rule}.values())
        if after_outline:
            titled = after_outline
            taken = {b[0] for b in bounds}
            bounds = sorted(bounds + [b for b in after_outline if b[0] not in taken])
        # a repeated line only splits when it does not merely repeat the line before it (a page title)
        bounds = [b for i, b in enumerate(bounds) if i == 0 or text[bounds[i - 1][1]:b[0]].strip()]
        # a title line, the page's furniture and a blurb that names the title again (``以下内容为<title>。``), then
        # the title over the piece: the first is the page's header, no essay (Part 55's 2809)
        # (the title over the piece may carry the site's essay number, ``…调研报告 1``: the same title by its key)
        kept = [b for i, b in enumerate(bounds)
                if i + 1 == len(bounds) or _title_key(b[2] or "") != _title_key(bounds[i + 1][2] or "")
                or not _site_blurb(text[b[1]:bounds[i + 1][0]], bounds[i + 1][2])]
        announced = len(kept) < len(bounds)  # (the header and its blurb then belong to no essay)
        bounds = kept
        if len(bounds) < 2 and not (after_outline and text[: bounds[0][0]].strip()) and not announced:
            bounds = [(0, 0, None)]
        elif text[: bounds[0][0]].strip() and not _site_blurb(text[: bounds[0][0]], bounds[0][2]):
            bounds.insert(0, (0, 0, None))
    if not records and not breaks and not marks and not suffixed and len(bounds) > 1 and not by_author:
        # (a piece with its own title and author is an essay however short it is)
        bounds = _merge_short(text, bounds, frozenset(b[0] for b in titled), frozenset(b[0] for b in by_layout))
    if bounds[0][1] == 0 and (table_end := metadata_table_end(text)) and (
            len(bounds) == 1 or table_end < bounds[1][0]):
        # a government page's metadata table before its one document: furniture, no part of the essay (w73)
        bounds[0] = (bounds[0][0], table_end, bounds[0][2])
    essays: list[EssaySpan] = []
    for i, (mstart, bstart, title) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        while end > bstart and text[end - 1] in "\n \t":
            end -= 1
        if text[bstart:end].strip():
            essays.append(EssaySpan(len(essays), title, bstart, end, mstart))
    return essays
