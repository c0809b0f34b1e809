"""Stage 2: decoded text -> cleaned text with an offset map back to the original.

Scraped pages and PDF extractions of Chinese essays carry site boilerplate (breadcrumbs, publish/source
lines, copyright footers, "recommended" link lists), journal apparatus (issue headers, 收稿日期, 作者简介,
中图分类号, 文献标识码, 文章编号, DOI, page markers such as ``· ·54``, running headers, database
watermarks, 参考文献 lists, footnote markers), hard-wrapped lines broken mid-sentence, numbering split
across lines (``(一\\n\\n  )``) and spaces between CJK characters. :func:`clean` removes them.

Every cleaning step is an *edit* (replace ``text[a:b]`` by a short string, usually ``""`` or ``"\\n"``), and
the offset map is carried through every edit, so each character of the cleaned text knows the offset of
the original character it came from (an inserted character maps to the start of the span it replaced).
All offsets are Unicode code point (``str`` index) offsets, never bytes.

The rules are data-driven (``resources/boilerplate.txt`` holds the line patterns) and each rule reports
how many characters it removed, so a cleaning can be audited (:attr:`CleanText.removed`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from operator import add

import numpy as np

from summarizer.lazy import LazyPattern  # (module rules compile at first use: perf60)
from summarizer.aspects import EXAM_MATERIAL_LABEL, heading_aspect, lexicon, starts_imperative, word_groups, word_trie_alternation
# (perf53: required_strings moved to chars, below aspects, which reads it too; named here as before)
from summarizer.chars import REQUIRED_CLASS_MAX, required_strings  # noqa: F401
from summarizer.chars import rfind_any, CJK, CJK_RE, CN_DIGITS, CN_NUMBER_CHARS, CN_NUMERALS, CONTROL, HARD_BREAK, INVISIBLE, TERMINATORS, is_cjk, is_heading_line
from summarizer.chars import BLOCK_QUOTE_CLOSERS, BLOCK_QUOTE_OPENERS, DISTINCT_QUOTE_CLOSERS, QUOTE_CLOSERS
from summarizer.errors import ResourceError
from summarizer.formats.pdf import is_numbered_page_line, running_head_key
from summarizer.markup import escape_edits, marker_pairs, markup_edits, record_starts
from summarizer.script import simplified_view
from summarizer.sentences import BULLETS
from summarizer.structure import opens_run_in

CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
# Characters after which a line is complete (a sentence or a lead-in ends there); the full-width full stop ．ends a
# line as . does (OCR and full-width typesetting: 没有形成系统效应．⏎3．…).
LINE_END = set("。！？!?；;：:….．\ue000")
CLOSERS = set(QUOTE_CLOSERS + "）)】]》")
OPENERS = {"(": ")", "（": "）", "[": "]", "【": "】", "〔": "〕", "［": "］"}
# A list marker at the start of a line (bullets: summarizer.sentences.BULLETS): such a line starts a new unit and is
# never glued to the line above. (A three-level section number needs no space before its heading, 2.5.2服务质量: no
# decimal or date reads so; glued20. A lower-case Roman numeral counts before Han text only: council31.)
LINE_MARKER_RE = LazyPattern(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}(?:\.\d{1,2})*[、.．]?\s+\S"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}}(?![\d.])\s*[{CJK}]"
    r"|[(（]\s*\d{1,2}\s*[)）]|\d{1,2}[)）]|[①-⑳⑴-⒛㈠-㈩Ⅰ-Ⅻ❶-❿➀-➉" + BULLETS + r"]|第[一二三四五六七八九十]{1,3}[,，、:：]"
    r"|[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*$"
    r"|篇[一二三四五六七八九十百\d]{1,4}\s*[:：、.．]|第[一二三四五六七八九十百\d]{1,4}篇)"
    # a lower-case Roman numeral and its bracket before Han text (an agenda's "ii) 要求…", "(iv) 促請…"; council31)
    rf"|[(（]?(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)[)）]\s{{0,3}}[{CJK}]"
)
#: A line that holds a run-in enumeration marker and nothing else (``⑴``, ``①``, ``(1)``, ``1)``, ``第一，``): a
#: converter or an editor put the item's text on the next line (a titled marker, ``一、`` ``（一）`` ``1.``, heads a
#: region that takes the next line as its body already). :func:`_join_edits` joins it to that line
#: when the line follows at once and opens with no marker of its own, so the item's text is read as the item (a lone
#: run-in marker left an empty item, and its text went to no item or to the wrong one). The run-in subset of
#: :data:`LINE_MARKER_RE`'s markers, kept as its own pattern on purpose: it is matched against a whole short line
#: (``fullmatch``), so ``第一`` needs no mark after it, and it leaves out the titled markers and bullets that
#: :data:`LINE_MARKER_RE` reads at a line's start.
LONE_MARKER_RE = LazyPattern(
    r"(?:[①-⑳⑴-⒇❶-❿➀-➉]|[(（][ \t\u3000]?\d{1,2}[ \t\u3000]?[)）]|\d{1,2}[)）]"
    rf"|第[{CN_NUMERALS}]{{1,3}}[,，、:：]?)"
)
# Markers of *titled* items (a heading line may follow them); run-in enumerators (一是, 第一, 首先) are not.
TITLE_MARKER_RE = LazyPattern(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}(?:\.\d{1,2})*[、.．]?\s*[^\d\s.．])"
)
# A line ending in one of these cannot end a heading or a sentence: the line was broken inside a phrase.
DANGLING_END = set("及与")
#: A line of at least this many characters may be a wrapped line whose last few characters (at most 3) went to the
#: next line; a shorter one (a label: 姓名, 提案号) is a line of its own.
WRAPPED_LINE_MIN_CHARS = 8
#: ...unless it stands in a run of more than this many adjacent short lines (at most 3 characters, no terminator): a
#: column of labels is a few fields; a longer run is text broken every character or two (vertical layout, a very
#: narrow column) and is joined as a wrapped line is (and stays one line, not tens of thousands).
LABEL_RUN_MAX_LINES = 8
SENTENCE_END = TERMINATORS


@dataclass
class CleanText:
    """Cleaned text plus the map back into the original.

    Attributes:
        text: the cleaned text; paragraphs are separated by a single ``"\\n"``.
        offsets: int64 array, ``len(text)`` long: ``offsets[i]`` is the character offset in the original
            input of ``text[i]`` (where the span it came from starts).
        ends: int64 array, ``len(text)`` long (or None: ``offsets + 1``): ``ends[i]`` is where the original span
            ``text[i]`` came from ends (exclusive): ``offsets[i] + 1`` for a kept character, the end of what a
            replacement replaced for each of its characters (``$0$`` read as ``0``, ``&lt;`` as ``<``, ``\r\n`` as
            ``\n``). A range of the cleaned text maps to ``[offsets[start], ends[end - 1])`` (:meth:`to_original`),
            so a range that ends on a replacement holds all of the markup it replaced.
        original_length: length in characters of the original input.
        removed: rule name -> number of original characters that rule removed.
        breaks: offsets into ``text`` where a stored record begins (a CSV row: one essay each), in order.
        bylines: ``(offset, author)`` of every author byline line that cleaning removed (``作者：张三``): ``offset``
            is where the text after the removed line starts in ``text``, ``author`` the byline as written
            (stripped). The essay split reads them: a collection of pieces by different authors
            (:func:`summarizer.essays.split_essays`).
        markup: bool array, ``original_length`` long (or None): True at the original characters that markup
            removal (:mod:`summarizer.markup`: string-literal escapes, tags, entities, markdown and LaTeX syntax, citation marks) removed or
            replaced, and the news furniture removed inside a sentence (an emptied title ``《》``, a player's
            ``视频加载中...``: :func:`_remove_news_furniture`); such characters may stand inside a point's original span.
        records: offsets into ``text`` where an untitled record begins that the reader found (a table column of
            essay bodies, :attr:`summarizer.readers.Document.records`), in order; one essay each.
        pairs: the inline marks that markup removal took out in pairs (``**x**``, ``[x](url)``, ``<b>x</b>``:
            :func:`summarizer.markup.marker_pairs`), ``(open_start, open_end, close_start, close_end)`` in the
            original's coordinates, sorted; :meth:`balanced` reads them.
    """

    text: str
    offsets: np.ndarray
    original_length: int
    removed: dict[str, int] = field(default_factory=dict)
    breaks: tuple[int, ...] = ()
    markup: np.ndarray | None = None
    bylines: tuple[tuple[int, str], ...] = ()
    records: tuple[int, ...] = ()
    pairs: tuple[tuple[int, int, int, int], ...] = ()
    ends: np.ndarray | None = None
    _pair_ends: tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def balanced(self, a: int, b: int) -> tuple[int, int]:
        """The original range ``[a, b)`` (a point's, from :meth:`to_original`) widened so that it holds both marks of
        every pair (:attr:`pairs`) it holds one mark of at its edge: an opening mark that ends at ``a`` whose closing
        mark lies inside (``**以人民为中心**：关注…`` from ``以``: the range starts at the first ``**``), a closing
        mark that starts at ``b`` whose opening mark lies inside (``…解决**实际问题**`` up to ``题``: the range ends
        after the last ``**``), repeated outwards for nested marks (``**[x](url)**``). A range inside one marked run
        (``以人民为中心`` alone) keeps its exact characters. Markup removal marks every added character
        (:attr:`markup`), so the range still reads as the point's text once markup is removed.

        Returns:
            ``(start, end)`` into the original input, ``start <= a``, ``end >= b``. Each step is two dictionary
            look-ups; never raises.
        """
        if not self.pairs:
            return a, b
        if self._pair_ends is None:
            self._pair_ends = ({o2: (o1, c2) for o1, o2, _c1, c2 in self.pairs},
                               {c1: (o1, c2) for o1, _o2, c1, c2 in self.pairs})
        opens, closes = self._pair_ends
        while True:
            opened = opens.get(a)
            if opened is not None and opened[1] <= b:
                a = opened[0]
                continue
            closed = closes.get(b)
            if closed is not None and closed[0] >= a:
                b = closed[1]
                continue
            return a, b

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open cleaned range ``[start, end)`` to a half-open range of the original input: from where
        ``text[start]`` came from to where ``text[end - 1]`` came from ends (:attr:`ends`: a replacement — a LaTeX
        fragment, an entity, a CR LF — is held whole). The one conversion of cleaned ranges; :meth:`original_end`
        is its end alone.

        Raises:
            ValueError: if the range is empty or outside the cleaned text.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"range [{start}, {end}) outside cleaned text of length {len(self.text)}")
        return int(self.offsets[start]), self.original_end(end)

    def original_end(self, end: int) -> int:
        """Where, in the original input, the cleaned text ``text[:end]`` ends (``0 < end <= len(text)``; exclusive):
        the end of the original span ``text[end - 1]`` came from (:attr:`ends`). Never raises in that range."""
        if self.ends is None:
            return int(self.offsets[end - 1]) + 1
        return int(self.ends[end - 1])

    def original_ends(self, ends: np.ndarray) -> np.ndarray:
        """:meth:`original_end` of every cleaned end position in the int64 array ``ends`` (each in
        ``(0, len(text)]``), at once."""
        if self.ends is None:
            return self.offsets[ends - 1] + 1
        return self.ends[ends - 1]


Edit = tuple[int, int, str, str]  # (start, end, replacement, rule) in current-text coordinates


#: Texts of at least this many lines are read with whole-text scans (:func:`_remove_lines`' pre-scan,
#: :func:`_line_marks`' numpy pass) rather than line by line: below, the fixed cost of those scans outweighs them.
SCAN_MIN_LINES = 64

#: Up to this many pieces the offset map is cut and joined piece by piece; beyond, it is gathered with one index
#: array (a few numpy calls in all instead of a few per piece: thousands of line edits).
_GATHER_MIN_RUNS = 64


def _carry_offsets(offsets: np.ndarray, runs: list[tuple[int, int, int]]) -> np.ndarray:
    """The offset map of an edited text: ``runs`` are its pieces in order, ``(start, length, step)`` each: a kept
    run (step 1) maps to ``offsets[start:start + length]``, a replacement (step 0) maps each of its ``length``
    characters to ``offsets[start]`` (one past the last offset when ``start == len(offsets)``). Linear in the
    output length."""
    return _carry_maps(offsets, None, [(start, length, step, start) for start, length, step in runs])[0]


def _carry_maps(offsets: np.ndarray, ends: np.ndarray | None,
                runs: list[tuple[int, int, int, int]]) -> tuple[np.ndarray, np.ndarray | None]:
    """The offset map and the end map (:attr:`CleanText.ends`; None: none carried) of an edited text: ``runs`` are
    its pieces in order, ``(start, length, step, last)`` each: a kept run (step 1) maps to ``offsets[start:start +
    length]`` and ``ends[start:start + length]``; each of a replacement's ``length`` characters (step 0) starts at
    ``offsets[start]`` and ends at ``ends[last]`` (``last``: the last character it replaced; for an insertion the
    character after it), one past the map's last value at ``len(offsets)``. The index into the maps is computed once
    for both. Linear in the output length."""
    n = len(offsets)
    if not runs:
        return np.zeros(0, dtype=np.int64), (None if ends is None else np.zeros(0, dtype=np.int64))

    def beyond(values: np.ndarray) -> int:
        return values[-1] + 1 if n else 0

    if len(runs) < _GATHER_MIN_RUNS:
        maps, end_maps = [], []
        for start, length, step, last in runs:
            if step:
                maps.append(offsets[start:start + length])
                if ends is not None:
                    end_maps.append(ends[start:start + length])
            else:
                maps.append(np.full(length, offsets[start] if start < n else beyond(offsets), dtype=np.int64))
                if ends is not None:
                    end_maps.append(np.full(length, ends[last] if last < n else beyond(ends), dtype=np.int64))
        return np.concatenate(maps), (None if ends is None else np.concatenate(end_maps))
    table = np.empty(n + 1, dtype=np.int64)
    table[:n] = offsets
    table[n] = beyond(offsets)
    starts, lengths, steps, lasts = (np.array(col, dtype=np.int64) for col in zip(*runs))
    begins = np.cumsum(lengths) - lengths  # where each piece starts in the output
    index = np.repeat(starts - steps * begins, lengths)
    index += np.repeat(steps, lengths) * np.arange(int(lengths.sum()), dtype=np.int64)
    if ends is None:
        return table[index], None
    end_table = np.empty(n + 1, dtype=np.int64)
    end_table[:n] = ends
    end_table[n] = beyond(ends)
    index_end = index + np.repeat((lasts - starts) * (1 - steps), lengths)  # (a replacement's: its last character)
    return table[index], end_table[index_end]


#: Patterns :func:`_opens_at_line_start` remembers: the cleaning rules are a fixed set of a few dozen compiled
#: patterns, so the answers hold for every document. Below ``pipeline.DOCUMENT_MEMO_MIN_SIZE`` (128) on purpose: the
#: answer is a fact of the pattern, not of a document, and :func:`summarizer.pipeline.forget_document_memos` (which
#: empties the memos of that size or more after each call) would have every document parse its patterns again
#: (speed22: 7 parses of about 30 microseconds a cfbenchmark excerpt).
LINE_START_MEMO_SIZE = 64


@lru_cache(maxsize=LINE_START_MEMO_SIZE)
def _opens_at_line_start(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts at a line start: a MULTILINE pattern whose first element, outside
    any alternation, is ``^`` (read from its parse; remembered per pattern, across documents:
    :data:`LINE_START_MEMO_SIZE`)."""
    if not pattern.flags & re.MULTILINE:
        return False
    try:
        from re import _constants, _parser  # (the parser re compiles with: CPython 3.11+)

        data = _parser.parse(pattern.pattern, pattern.flags).data
    except Exception:  # noqa: BLE001 - a parser this code does not know: the plain scan
        return False
    return bool(data) and data[0] == (_constants.AT, _constants.AT_BEGINNING)


_NEWLINE = LazyPattern("\n")


def _line_start_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]] | None:
    """``pattern.finditer(text)`` for a pattern whose matches start at line starts (:func:`_opens_at_line_start`),
    tried at the line starts alone (the first at or after the end of the last match): the same matches, without a
    step of the regex engine at every other position. ``None`` when a match is empty (finditer's rule for what
    follows an empty match then decides: the caller scans)."""
    out = []
    end = 0
    for p in [0, *(m.end() for m in _NEWLINE.finditer(text))]:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m is not None:
            if m.end() == m.start():
                return None
            out.append(m)
            end = m.end()
    return out


class _Doc:
    """Mutable cleaning state: the current text and its offset map; edits are applied in batches."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offsets = np.arange(len(text), dtype=np.int64)
        # (where each character's original span ends: a replacement's characters end where what it replaced ended)
        self.ends = np.arange(1, len(text) + 1, dtype=np.int64)
        self.removed: dict[str, int] = {}

    def apply(self, edits: list[Edit]) -> None:
        if not edits:
            return
        # at one position the longest edit wins (an element removed whole beats its opening tag)
        edits = sorted(edits, key=lambda e: (e[0], -e[1]))
        text = self.text
        pieces: list[str] = []
        # the offset map, piece by piece: (where it is read from in self.offsets, its length, 1 for a kept run or
        # 0 for a replacement, every character of which maps to the start of the span it replaced)
        # and, last, where the end map is read for a replacement: its characters end where the last character it
        # replaced ended (where the character after an insertion ends)
        runs: list[tuple[int, int, int, int]] = []
        pos = 0
        for start, end, repl, rule in edits:
            if start < pos:  # overlapping edit: the earlier one wins
                continue
            if start > pos:
                pieces.append(text[pos:start])
                runs.append((pos, start - pos, 1, pos))
            if repl:
                pieces.append(repl)
                runs.append((start, len(repl), 0, end - 1 if end > start else start))
            if rule:  # characters removed, whitespace not counted (str.split: the str.isspace characters)
                removed_chars = sum(map(len, text[start:end].split()))
                if removed_chars:
                    self.removed[rule] = self.removed.get(rule, 0) + removed_chars
            pos = end
        if pos < len(text):
            pieces.append(text[pos:])
            runs.append((pos, len(text) - pos, 1, pos))
        self.text = "".join(pieces)
        self.offsets, self.ends = _carry_maps(self.offsets, self.ends, runs)

    def sub(self, pattern: re.Pattern[str], rule: str, repl: str = "", view: str | None = None) -> None:
        """Replace each non-empty match of ``pattern`` by ``repl`` (a fixed string); the matches are found in
        ``view`` when one is given (a text of the current text's length whose offsets are its offsets: its
        Simplified view, :func:`summarizer.script.simplified_view`), else in the current text."""
        read = self.text if view is None else view
        matches = _line_start_matches(pattern, read) if _opens_at_line_start(pattern) else None
        if matches is None:
            matches = pattern.finditer(read)
        self.apply([(m.start(), m.end(), repl, rule) for m in matches if m.end() > m.start()])

    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of every line of the current text, without the newline."""
        lengths = list(map(len, self.text.split("\n")))
        starts = list(accumulate(map((1).__add__, lengths), initial=0))  # (a line starts after the "\n" before it)
        return list(zip(starts, map(add, starts, lengths)))


# --------------------------------------------------------------------------------------------- rules


@lru_cache(maxsize=1)
def _line_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Whole-line boilerplate patterns from ``resources/boilerplate.txt`` (``rule<TAB>regex`` lines)."""
    try:
        raw = resources.files("summarizer.resources").joinpath("boilerplate.txt").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:  # pragma: no cover - packaging error
        raise ResourceError(f"cannot read packaged boilerplate rules: {exc}") from exc
    rules = []
    for n, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            name, pattern = line.split("\t", 1)
            rules.append((name.strip(), re.compile(pattern.strip())))
        except (ValueError, re.error) as exc:
            raise ResourceError(f"boilerplate.txt line {n}: {exc}") from exc
    if not rules:
        raise ResourceError("boilerplate.txt holds no rules")
    return tuple(rules)


@lru_cache(maxsize=1)
def _any_line_rule() -> re.Pattern[str] | None:
    """Every rule of :func:`_line_rules` as one alternation: it finds a match in a line exactly when one of the rules
    does (a search of ``A|B`` succeeds where a search of ``A`` or of ``B`` does), so the rules are tried one by one,
    for the first that matches, only on the few lines where one does (one search a line instead of one a rule).
    ``None`` when a rule holds a named group or a back-reference (which joining the rules would clash or renumber),
    has flags of its own or cannot be joined."""
    patterns = [pattern for _, pattern in _line_rules()]
    if any(p.groupindex or p.flags != re.UNICODE or _BACK_REFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:  # (a rule whose inline flags must open the pattern: tried one by one)
        return None




@lru_cache(maxsize=1)
def _line_rule_cues() -> re.Pattern[str] | None:
    """One alternation of the :func:`required_strings` of every rule of :func:`_line_rules` (longest first): a line
    where it finds nothing matches no rule. ``None`` when a rule has no required strings, or one holds a line break
    (a line never holds one: such a rule would be left to the rule-by-rule search)."""
    strings: set[str] = set()
    for _, pattern in _line_rules():
        need = required_strings(pattern)
        if need is None or any("\n" in s for s in need):
            return None
        strings |= need
    return _alternation(strings)


def cued_lines(text: str, starts: list[int], cue: re.Pattern[str]) -> set[int]:
    """Indices of the lines of ``text`` (``starts``: each line's start offset, in order) that hold a match of
    ``cue``, a pattern that never matches a line break. One scan of ``text``: a match hidden by an overlapping
    earlier one lies on that match's line, which is counted. Linear in ``len(text)`` (times log of the lines)."""
    return {bisect_right(starts, m.start()) - 1 for m in cue.finditer(text)}


#: A back-reference in a pattern's source (``\1``, ``(?P=name)``; an escaped backslash before a digit is taken for one
#: too: :func:`_any_line_rule` then only does without the joined pattern).
_BACK_REFERENCE = LazyPattern(r"\\[1-9]|\(\?P=")


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A part word of a structured abstract's label (``[目的/意义]``, ``[方法/过程]``, ``[结果/结论]``, ``[创新/价值]``).
_ABSTRACT_PART = r"(?:目的|意义|方法|过程|结果|结论|创新|价值|局限)"
#: The roles a research listing's or a column's byline gives its authors (:data:`_INLINE_RULES`' ``author_byline``).
_BYLINE_ROLE = (r"(?:主任|研究员|研究員|副研究员|副研究員|助理研究员|助理研究員|教授|副教授|讲师|講師|博士|院长|院長|所长|所長"
                r"|[记記]者|作者|编辑|編輯|评论员|評論員|主席|总监|總監|分析师|分析師|学者|學者|顾问|顧問)")
_INLINE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # journal issue headers: "2022年1月第1期总第139期", "Jan. 2022 No. 1 Serial. 139", "现代商贸工业2021 年第 5 期33"
    ("journal_header", re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月\s*第\s*\d+\s*期\s*(?:总第\s*\d+\s*期)?"), ""),
    # (the lookahead, implied by _MONTHS, only makes the scan fail fast at the other characters)
    ("journal_header", re.compile(r"(?=[adfjmnos])" + _MONTHS + r"\s*\d{4}\s*No\.\s*\d+\s*(?:Serial\.\s*\d+)?", re.I), ""),
    # a letter-spaced journal name starts where its spaced run starts (never inside it: linear on "字 " * n)
    ("journal_header", re.compile(rf"(?<![{CJK}] )(?:[{CJK}] ){{2,}}[{CJK}]?\s*[{CJK}]{{2,8}}\s*\d{{4}}\s*年\s*第\s*\d+\s*期\s*\d{{0,4}}"), ""),
    ("journal_header", re.compile(rf"(?<![《{CJK}])[{CJK}]{{2,8}}\s*\d{{4}}\s*年\s*第\s*\d+\s*期\s*\d{{0,4}}(?=\s*[{CJK}\s])"), ""),
    ("journal_header", re.compile(rf"[{CJK}]{{2,12}}(?:学报|学刊)\s*(?:[A-Z]{{2}}[A-Z ]*)(?=[{CJK}\s]|$)"), ""),
    ("page_marker", re.compile(r"[·•]\s*[·•]\s*\d{1,4}"), ""),
    ("watermark", re.compile(r"万方数据|维普资讯|中国知网|www\.cnki\.net"), ""),
    ("received_date", re.compile(r"(?:收稿日期|修回日期)\s*[:：]\s*\d{4}\s*[-—–年./]\s*\d{1,2}\s*[-—–月./]\s*\d{1,2}\s*日?"), HARD_BREAK),
    # (also the bracket label, 【作者简介】张某,…教授。, and a research-field sentence after it on the same line,
    # 研究方向为基层治理现代化、公共政策分析。: who wrote the paper, not what it says; w64)
    ("author_bio", re.compile(r"(?:作者简介|通讯作者|基金项目)\s*(?:[:：]|】\s*)[^。\n]{0,300}[。]"
                              r"(?:[^。\n]{0,40}?(?:研究方向|研究领域|主要从事)[^。\n]{0,200}(?:[。]|$))?", re.M), HARD_BREAK),
    ("classification", re.compile(r"中图分类号\s*[:：]\s*[A-Z][0-9A-Z.\-/]*"), HARD_BREAK),
    ("classification", re.compile(r"文献标识码\s*[:：]\s*[A-Z]"), HARD_BREAK),
    # (spaces inside the number, never a line break: the next line's section number "1 引言" is not part of it)
    ("classification", re.compile(r"文章编号\s*[:：]\s*[0-9X\-()（）\t ]{4,40}[0-9)）]"), HARD_BREAK),
    ("classification", re.compile(r"doi\s*[:：]\s*10\.\d{3,9}\s*/\s*[\w.\-]+(?:\s*\.\s*[\w\-]+)*", re.I), HARD_BREAK),
    # affiliation with a postcode: "(中共荆门市委党校,湖北 荆门 448000)"
    ("affiliation", re.compile(r"[(（][^()（）\n]{2,60}\d{6}\s*[)）]"), HARD_BREAK),
    ("abstract_label", re.compile(r"(?:摘\s*要|内容提要|Abstract)\s*[:：]", re.I), HARD_BREAK),
    # a news byline opening a paragraph, in either script: the reporter in brackets ("【記者王小明／花蓮報導】",
    # "（记者 张三）"), after a dateline or an agency cue when there is one ("人民网北京3月7日电 （记者马晓慧）",
    # "本报讯（记者张三 李四）"): who filed the story, not what it says. Dateline and bracket go; the paragraph stays.
    # Linear: anchored at line starts, every quantifier bounded and none nested.
    ("news_byline", re.compile(
        r"^[ \t\u3000]*(?:[^\s。！？，、【\[（(〔]{0,30}?(?:日[电電]|[讯訊])[ \t\u3000]*)?"
        r"[【\[（(〔][ \t\u3000]*(?:本[报報]|特派)?[记記]者[^】\]）)〕\n]{1,40}[】\]）)〕][ \t\u3000]*", re.M), ""),
    # a newspaper's bare dateline opening a paragraph, with no reporter ("【本报讯】…", "本報訊 …", "（本报讯）…"): the
    # paper's own name for a story it filed, not what the story says. Anchored, bounded: linear.
    ("news_byline", re.compile(
        r"^[ \t\u3000]*(?:[【\[（(〔][ \t\u3000]{0,2}本[报報][讯訊][ \t\u3000]{0,2}[】\]）)〕]|本[报報][讯訊](?=[ \t\u3000：:]))"
        r"[ \t\u3000：:]{0,3}", re.M), ""),
    # ...and a broadcaster's or an agency's tag opening a paragraph ("【Now新聞台】…", "【本台消息】…", "【中央社讯】…"):
    # the outlet's name for its story, not what the story says (demands33). Anchored, bounded: linear.
    ("news_byline", re.compile(
        r"^[ \t\u3000]*【[^】\n\s]{0,12}?(?:新[闻聞]台|[电電]视台|[电電]台|消息|快[讯訊]|[讯訊]|通[讯訊]社|新[闻聞]网|新[闻聞]網)】"
        r"[ \t\u3000：:]{0,3}", re.M), ""),
    # (kept near the end: _INLINE_CUES indexes the rules before it) the abstract label in brackets, with or without a colon,
    # perhaps letter-spaced with a converter's stray mark ("[摘 要]", "【摘要】", "［摘 ?要］": trialfix20b); bounded
    ("abstract_label", re.compile(r"[\[【［〔]\s{0,2}(?:摘[\s?？\ufffd]{0,3}要|内容提要|Abstract)\s{0,2}[\]】］〕]\s{0,2}[:：]?",
                                  re.I), HARD_BREAK),
    # a structured abstract's part label in brackets ("[目的/意义]…[方法/过程]…[结果/结论]…[局限]…", "【结论/结果】"):
    # where a part starts, not words of the abstract (left in, 意义 reads as a section noun and its part as background,
    # and the results after it as more of it: corpus23). Two part words joined by a slash, or 局限 alone; bounded.
    ("abstract_label", re.compile(rf"[\[【［〔]\s{{0,2}}(?:{_ABSTRACT_PART}\s{{0,2}}[/／]\s{{0,2}}{_ABSTRACT_PART}|局限(?:性)?)"
                                  r"\s{0,2}[\]】］〕]\s{0,2}[:：]?"), HARD_BREAK),
    # a paper's funding note, run into the text or in brackets ("注:本文系…项目(项目编号:…)的阶段性成果",
    # "【本文系教育部…课题“…”(21YJE820001)的研究成果】"; wrong30): whose money paid for it, never what it says
    # (a project, a grant or a fund named in it: not 本文系统分析了…, 本文为读者介绍了…的成果)
    ("author_bio", re.compile(r"(?:注\s*[:：]\s*|[【\[])?本文(?:系(?!统)|为)[^。\n【】]{0,120}?(?:项目|课题|基金)"
                              r"[^。\n【】]{0,120}?成果[】\]]?[。]?"), HARD_BREAK),
    # a journal's open-science label over its QR code ("开放科学(资源服务)标识码(OSID):", in either script; issue 8,
    # Part 62): the page's apparatus, like 文献标识码, never a sentence of the paper (left in, its 服务 read as a measure)
    ("classification", re.compile(r"(?:开放科学|開放科學)\s{0,2}[(（]\s{0,2}(?:资源服务|資源服務)\s{0,2}[)）]\s{0,2}"
                                  r"(?:标识码|標識碼)\s{0,2}[(（]\s{0,2}OSID\s{0,2}[)）]\s{0,2}[:：]?"), HARD_BREAK),
    # w75: a research listing's byline and date glued to the start of the body paragraph ("某研究中心主任 张三、某研究院
    # 研究员 李四 2019-10-14 现时政府…", Part 75's 3988): one to four authors, each an affiliation and a role
    # (:data:`_BYLINE_ROLE`) before a name, then the date and a space. Who wrote it and when, not what it says (left in,
    # it opens the paragraph's first point). Anchored at a line's start, every quantifier bounded: linear.
    ("author_byline", re.compile(
        r"^[ \t\u3000]*(?:[^\s。！？，,、；;：:“”「」《》()（）]{0,24}?" + _BYLINE_ROLE
        + r"[ \t\u3000]{0,2}[\u4e00-\u9fff·]{2,4}[ \t\u3000]{0,2}[、，,]?[ \t\u3000]{0,2}){1,4}"
        r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+(?=\S)(?![的之这這那起至到以前后後])", re.M), ""),
)
# News furniture glued to the text (what a page's player, credits and stripped titles leave around a report's
# sentences: "极目新闻记者某某湖南衡阳报道视频剪辑某某视频加载中...4次起诉…", "记者某某《》记者某某2018年5月18日，…"):
# who filed, edited or filmed the story and the page's widgets, not what it says. Every pattern is anchored at a line
# start or is a fixed string; every quantifier is bounded and none is nested unbounded: linear in the text.
#: Characters of a line's end within which a page footer (:data:`_NEWS_FURNITURE`'s ``news_footer``) may start.
NEWS_FOOTER_CHARS = 300
#: The label of a page's disclaimer, copyright notice or tag list: a footer wherever it stands, bracketed (【免责声明】)
#: or before a colon (版权声明：, 本文标签：).
_FOOTER_LABEL = r"(?:免责声明|免責聲明|版权声明|版權聲明|本文标签|本文標籤)"
#: A credit's role (the reporter, editor, photographer, video editor …) in a credit line.
_CREDIT_ROLE = (r"(?:(?:特约|本刊|本报|本報|实习|實習|见习|見習|首席)?[记記]者|通讯员|通訊員|责任编辑|責任編輯|[责責]编|编辑|編輯"
                r"|作者|文|编|摄影|攝影|摄|图源|图片|图|视频剪辑|视频|剪辑|出品|校对|审校|监制|统筹)")
#: The roles that never start a sentence's subject without a separator, read in separator-less credit lines.
_CREDIT_ROLE_BARE = (r"(?:(?:特约|本刊|本报|本報|实习|實習|见习|見習|首席)?[记記]者|通讯员|通訊員|责任编辑|責任編輯|[责責]编|编辑|編輯"
                     r"|摄影|攝影|视频剪辑|校对|审校)")
#: The label of a page's source credit (来源：某某日报), read like a credit's role at a paragraph's end.
_SOURCE_LABEL = r"(?:来源|來源|文章来源|文章來源|稿件来源|稿源|信息来源)"
_CREDIT_SEP = r"[ \t\u3000]*[|丨｜/／:：][ \t\u3000]*"
# where a credit line's last name ends for sure: a quote or title mark, a bracket, a digit (a date), a space, a line end
_CREDIT_END = r"(?=[“「《（(【\d]|[ \t\u3000]|$)"
_NEWS_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a title whose name the source stripped ("《》记者", "据《》报道") and an empty label ("【】（记者…）")
    ("page_furniture", re.compile(r"《[ \t\u3000]*》|【[ \t\u3000]*】")),
    # a report's end mark on its line's end: "……继续关注。（完）"
    ("page_furniture", re.compile(r"[（(][ \t\u3000]*完[ \t\u3000]*[）)][ \t\u3000]*$", re.M)),
    # a byline glued to the report's first words, closed by where it was filed: "本报记者张三北京报道3月23日，…",
    # "（www.example.cn）记者张三李四北京报道“…", "□记者张三太原报道…" (not "…报道了", "…报道称")
    ("news_byline", re.compile(
        r"^[ \t\u3000]*(?:[(（][^()（）\n]{1,40}[)）])?[□■]?[^\s。！？，、；：“”‘’《》()（）]{0,12}?[记記]者[ \t\u3000]*"
        r"[\u4e00-\u9fff·]{2,16}?[报報][道導](?![了称稱说說中的过過])[ \t\u3000]*", re.M)),
    # credit lines: roles with separators ("记者丨张三编辑丨李四“…", "特约记者/张三本刊记者/李四“…"), two or more
    # roles without ("记者张三记者李四2018年…"), one unmistakable role ("视频剪辑张三4次…"); the last name must end for
    # sure (:data:`_CREDIT_END`): "作者：张三编辑：李四本周，…" is left alone
    ("news_credit", re.compile(
        rf"^(?:[ \t\u3000]*{_CREDIT_ROLE}{_CREDIT_SEP}[^\s。！？，、“”|丨｜/／:：]{{1,16}}?){{1,6}}{_CREDIT_END}[ \t\u3000]*", re.M)),
    ("news_credit", re.compile(
        rf"^(?:[ \t\u3000]*{_CREDIT_ROLE_BARE}[\u4e00-\u9fff·]{{2,4}}?){{2,6}}{_CREDIT_END}[ \t\u3000]*", re.M)),
    ("news_credit", re.compile(
        rf"^[ \t\u3000]*(?:视频剪辑|责任编辑|責任編輯|[责責]编|校对|审校)[\u4e00-\u9fff·]{{2,4}}?{_CREDIT_END}[ \t\u3000]*", re.M)),
    # a photo credit after a sentence's end, before the next one: "…拆迁痕迹。本报记者张三/摄影2020年8月17日，…"
    ("news_credit", re.compile(
        rf"(?<=[。！？])[^\s。！？，、；：“”‘’《》()（）]{{0,12}}?[记記]者[\u4e00-\u9fff·]{{2,4}}[/／丨|](?:摄影|攝影|摄|攝){_CREDIT_END}")),
    # lowfix19: an editor or source credit at a paragraph's end, after its last sentence, bracketed or not
    # ("…扩大宣传效果。（责任编辑：张三） |", "…。(来源：某某日报)", "…。责任编辑：李四"), with a page's separator
    # debris after it: who edited or supplied the page, not what it says. Bounded quantifiers only: linear.
    ("news_credit", re.compile(
        rf"(?:(?<=[。！？!?”」』）)])|^)[ \t\u3000]*(?:[（(【\[][ \t\u3000]{{0,2}}(?:{_CREDIT_ROLE}|{_SOURCE_LABEL})[ \t\u3000]{{0,2}}"
        rf"[:：][^（）()【】\[\]\n]{{1,40}}[）)】\]]|(?:{_CREDIT_ROLE_BARE}|{_SOURCE_LABEL})[ \t\u3000]{{0,2}}[:：]"
        rf"[^。！？!?，,；;（）()\n]{{1,30}})[ \t\u3000|丨｜]{{0,8}}$", re.M)),
    # corpus21: a photo caption, a short line that ends with its bracketed photo credit ("某某（圖）認為…問題。（圖／某某攝影組）",
    # "…圖僅示意，非當事人。（示意圖／某某）"): it describes a picture, the report's words are in its paragraphs. At most
    # CAPTION_CHARS characters before the credit, bounded: linear.
    ("news_credit", re.compile(
        r"^[^\n]{0,%d}?[（(][ \t\u3000]{0,2}(?:示意)?[图圖](?:片)?[ \t\u3000]{0,2}[／/][^）)\n]{1,30}[）)][ \t\u3000]*$"
        % 150, re.M)),
    # a page's footer glued to a report's last paragraph (the lines of a flattened page): its disclaimer, copyright or
    # tag list ("免责声明：本文来自客户端自媒体…", "【免责声明】…", "版权声明：本文著作权归作者所有。商业转载请…",
    # "本文标签：…"; its label is cue enough) and, at a sentence's start, the app's plug ("更多精彩资讯请在应用市场下载
    # “某某新闻”客户端…", "（本文来自某某新闻，更多原创资讯请下载“某某新闻”APP）", "海量资讯、精准解读，尽在某某APP"):
    # about the page, not the report. Only within NEWS_FOOTER_CHARS of its
    # line's end, to the line's end. Every quantifier bounded, none nested unbounded: linear.
    ("news_footer", re.compile(
        rf"(?:[【\[][ \t\u3000]*{_FOOTER_LABEL}[ \t\u3000]*[】\]]|{_FOOTER_LABEL}[ \t\u3000]*[:：]"
        rf"|(?:(?<=[。！？!?）)】」”])|^)[ \t\u3000]*(?:[（(]本文来自[^。！？\n]{{0,20}}?[，,])?(?:更多|海量)[^。！？\n]{{0,20}}?"
        rf"(?:请[^。！？\n]{{0,12}}?下载|尽在)[^。！？\n]{{0,20}}?(?:APP|App|app|客户端))[^\n]{{0,{NEWS_FOOTER_CHARS}}}$", re.M)),
    # p27struct: a news agency's bare dateline opening a paragraph, with no reporter after it ("香港新闻网5月18日电 政府…",
    # "新华社北京3月12日电 题:…", "据新华社北京3月5日电 …"): where and when the story was filed, not what it says; a
    # headline's "题:" label after it goes too. The agency and place: 2-16 characters with no mark or space, then
    # month, day and 电 before a space, a bracket, 题 or 据 (never 电话, 电视: "他在5月18日电话中…"); named news_byline so
    # that the summary still reads the essay as news (pipeline._byline_cleaned); a bracketed writer after it, (評論員
    # 林艷), goes with it. Anchored at a line's start, every quantifier bounded: linear.
    ("news_byline", re.compile(
        r"^[ \t\u3000]*(?:据|據)?[^\s。！？，,、；;：:“”「」《》()（）【】\[\]]{2,16}?\d{1,2}月\d{1,2}日[电電]"
        r"(?=[ \t\u3000(（【\[]|[题題据據]|$)(?:[ \t\u3000]{0,2}[（(][^()（）\n]{1,16}[)）])?(?:[ \t\u3000]{0,3}[题題][:：])?"
        r"[ \t\u3000]*", re.M)),
    # noise30: a photo credit glued between two sentences or before a paragraph's first words, with no role before it
    # ("…座无虚席。张三/摄他建议…", "记者 张三 摄他建议…"): the photographer's name (2-4 characters, at most three
    # names) and a slash or a reporter's role before 摄; after a sentence's end or at a line's start only, so the
    # name's length is bounded by both ends. Without a role only a bare 摄 (a menu's "书画/摄影" is a category). Bounded quantifiers, none nested unbounded: linear.
    ("news_credit", re.compile(
        r"(?:(?<=[。！？!?”」])|^)[ \t\u3000]*(?:(?:[记記]者|通讯员|通訊員)[ \t\u3000]*[\u4e00-\u9fff·]{2,4}[ \t\u3000]*"
        r"(?:[/／][ \t\u3000]*)?(?:摄影|攝影|摄|攝)|[\u4e00-\u9fff·]{2,4}(?:[、和][\u4e00-\u9fff·]{2,4}){0,2}[ \t\u3000]*[/／]"
        r"[ \t\u3000]*[摄攝])(?![像制製入取食氏影师師])[ \t\u3000]*", re.M)),
    # noise30: the tail of an HTML attribute a scraper cut from its tag, glued between Han characters ("…改革\">放宽…",
    # "…'/>…"): the quote and the tag's closing bracket; the characters on both sides stay. Fixed width: linear.
    ("page_furniture", re.compile(rf"(?<=[{CJK}）)。，])[\"'][ \t]{{0,2}}/?>(?=[{CJK}“「（(])")),
    # council31: a council agenda's furniture (Part 47): the discussion time a meeting's audio page prints at an
    # item's line end ("ii) 要求房屋署于…增设…   25分56秒", "…文件第36/11号]   27分18秒"; after a space, so a
    # prose "跑了3分20秒" stays) and the line that gives an item's paper number ("[SKDC(HEHC)文件第33/11号]"): when
    # and under which paper a motion was discussed, not what it asks. Anchored at a line's end or a whole line,
    # bounded: linear.
    ("agenda_furniture", re.compile(r"(?<=\S)[ \t\u3000]+(?:\d{1,3}分)?\d{1,2}秒[ \t\u3000]*$", re.M)),
    ("agenda_furniture", re.compile(
        r"^[ \t\u3000]*[\[［【(（][^\n]{0,40}?文件第[^\n]{1,20}?[號号][\]］】)）][ \t\u3000]*$", re.M)),
    # noise30: a gambling brand a hacked page injects inside a sentence ("…问题，某某4娱乐40996以为:…"): two Han
    # characters, a digit or two, 娱乐 and a run of at least four digits with no unit after it (a year, an amount:
    # "娱乐2020年" stays). Bounded: linear.
    ("seo_spam", re.compile(r"[\u4e00-\u9fff]{2}\d{1,2}(?:娱乐|娛樂)\d{4,8}(?![\d年月日号號%％万萬亿億元個个人])")),
)


@lru_cache(maxsize=1)
def _furniture_strings() -> re.Pattern[str]:
    """The fixed strings of ``resources/furniture.txt`` (a player's ``视频加载中...``, ``点击图片放大查看``) as one
    alternation, longest first."""
    groups = word_groups("furniture.txt", "page furniture")
    words = sorted({w for ws in groups.values() for w in ws}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


def _remove_news_furniture(doc: "_Doc", markup: np.ndarray) -> None:
    """Remove news furniture glued to the text (:data:`_NEWS_FURNITURE`, ``resources/furniture.txt``): stripped empty
    titles ``《》``, a player's placeholder, a ``（完）`` end mark, a byline closed by ``…报道`` at a paragraph's start
    (counted as ``news_byline`` like a bracketed one) and credit lines (``news_credit``); the offset map is carried.
    The first two may stand inside a sentence (``对《》记者说``): their original characters are flagged in ``markup``
    (a bool array over the original input), so a point's original span may hold them like a removed tag. Linear in
    the text."""
    inline = [_furniture_strings(), _NEWS_FURNITURE[0][1]]
    for pattern in inline:
        edits = [(m.start(), m.end(), "", "page_furniture") for m in pattern.finditer(doc.text) if m.end() > m.start()]
        for start, end, _repl, _rule in edits:
            markup[doc.offsets[start]:doc.ends[end - 1]] = True
        doc.apply(edits)
    for k, (name, pattern) in enumerate(_NEWS_FURNITURE[1:], 1):
        if _cued(_FURNITURE_CUES.get(k) or _required_cue(pattern), doc.text):
            doc.sub(pattern, name)


#: Vowels with a tone mark (and ü) that only Hanyu Pinyin writes: a bracketed Latin syllable holding one is pinyin.
PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
#: Most syllables of one bracketed pinyin note (``【qíng xù】``: a word's reading, one space between syllables).
PINYIN_NOTE_SYLLABLES = 4
# a pronunciation note after a Han character: 關(guān)系, 调（diào）研 — one syllable of at most 7 letters (ɑ and ɡ are the
# IPA-style letters pinyin fonts use), holding a toned vowel; bounded, so linear in the text
# noise30: also at a line's start (the syllable's character is on the line above: "網\n(wǎng)絡"), and a note whose toned
# vowel an export turned into "?" ("開發(f?)", "醫(y?)"): Latin letters and one "?" in the brackets, no other mark
# k147148 (Part 148's 8385): also in lenticular brackets (不【bú】清, 职【zhí】责), as a glossed mirror writes them
# fix57: a word's note of several syllables one space apart (【qíng xù】, (lǜ sè)): at most PINYIN_NOTE_SYLLABLES
# syllables, one holding a toned vowel; a bracketed heading or Chinese note (【案例】, 【编者按】) holds no Latin letter
_PINYIN_NOTE = LazyPattern(rf"(?<![^\n{CJK}])[(（【](?=[a-zɑɡ ]{{0,{8 * PINYIN_NOTE_SYLLABLES}}}[{PINYIN_TONED}])"
                          rf"[a-zɑɡ{PINYIN_TONED}]{{1,7}}(?: [a-zɑɡ{PINYIN_TONED}]{{1,7}}){{0,{PINYIN_NOTE_SYLLABLES - 1}}}[)）】]"
                          rf"|(?<=[{CJK}])[(（](?=[a-z]{{1,6}}\?|\?[a-z])[a-z]{{0,6}}\?[a-z]{{0,5}}[)）]")
#: Strings one of which every :data:`_PINYIN_NOTE` match holds besides a toned vowel: a damaged note's "?)".
_PINYIN_DAMAGED_CUES = ("?)", "?）")
# left47 (Part 94's spam copies: 空(kong)置率高, 年(nian)龄普遍偏(pian)大): a toneless note, plain ASCII letters that
# spell one Hanyu Pinyin syllable of two letters or more (an initial, then a final), in brackets right after a Han
# character. Alone it may be a word (人工智能(ai)), so a text drops such notes only when it holds at least
# TONELESS_PINYIN_MIN of them (:func:`_remove_pinyin`); a point or a gold string copied from such a text drops each
# (:func:`strip_pinyin_notes`). One syllable inside fixed brackets: bounded, linear in the text
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo"
                    r"|ui|un|ue|ve|a|o|e|i|u|v)")
_PINYIN_TONELESS = LazyPattern(rf"(?<=[{CJK}])[(（](?=[a-z]{{2,6}}[)）])(?:{_PINYIN_SYLLABLE})[)）]")
#: Fewest toneless notes (:data:`_PINYIN_TONELESS`) that make a text's bracketed syllables pinyin notes.
TONELESS_PINYIN_MIN = 4


def _pinyin_cued(text: str) -> bool:
    """Whether ``text`` may hold a :data:`_PINYIN_NOTE`: a toned vowel or a damaged note's ``?)`` (one C scan each)."""
    return any(ch in text for ch in PINYIN_TONED) or any(cue in text for cue in _PINYIN_DAMAGED_CUES)


def strip_pinyin_notes(text: str) -> str:
    """``text`` without its pinyin annotations (``關(guān)系`` → ``關系``, ``空(kong)置`` → ``空置``; the rule :func:`clean`
    applies, see :func:`_remove_pinyin`): how a point copied verbatim from such a text reads once cleaned. A toneless
    note (:data:`_PINYIN_TONELESS`) is dropped wherever it stands here: the string is a point of a text that held them.
    Linear in ``len(text)``."""
    if "(" in text or "（" in text:
        text = _PINYIN_TONELESS.sub("", text)
    if not _pinyin_cued(text):
        return text
    return _PINYIN_NOTE.sub("", text)


def _remove_pinyin(doc: "_Doc", markup: np.ndarray) -> None:
    """Remove pinyin annotations glued to Han characters (``關(guān)系`` → ``關系``, ``调（diào）研`` → ``调研``: textbook
    and study-notes style, which breaks every word and cue they stand inside); counted as ``pinyin``. Their original
    characters are flagged in ``markup`` (a bool array over the original input), so a point's original span may hold
    them like a removed tag; the offset map is carried. A bracketed Latin word without a tone mark (``(GDP)``,
    ``(a)``) is left, unless it spells a pinyin syllable and the text holds at least :data:`TONELESS_PINYIN_MIN` such
    notes (``空(kong)置率高``, :data:`_PINYIN_TONELESS`). Linear in the text."""
    edits = [(m.start(), m.end(), "", "pinyin") for m in _PINYIN_NOTE.finditer(doc.text)] if _pinyin_cued(doc.text) else []
    if "(" in doc.text or "（" in doc.text:
        # (空(kong)置率高: toneless notes, read as notes only when the text holds several; Part 94)
        toneless = [(m.start(), m.end(), "", "pinyin") for m in _PINYIN_TONELESS.finditer(doc.text)]
        if len(toneless) >= TONELESS_PINYIN_MIN:
            edits = sorted(set(edits) | set(toneless))
    if not edits:
        return
    for start, end, _repl, _rule in edits:
        markup[doc.offsets[start]:doc.ends[end - 1]] = True
    doc.apply(edits)


#: A text that never matches one of these cannot match the inline rule (index into :data:`_INLINE_RULES`): each
#: cue is a part of every match of its rule, searched for first (fast: literal-led) so a text without it skips the rule.
_ISSUE = LazyPattern(r"第\s*\d+\s*期")
#: A tuple of strings is such a part too: every match holds one of them (``str.__contains__``, a C scan each: a
#: regex alternation of fixed strings or a character class costs a step of the regex engine per character).
_INLINE_CUES: dict[int, re.Pattern[str] | tuple[str, ...]] = {
    0: _ISSUE, 1: re.compile(r"no\.", re.I), 2: _ISSUE, 3: _ISSUE, 4: re.compile(r"学[报刊]"), 5: ("·", "•"),
    6: ("万方数据", "维普资讯", "中国知网", "www.cnki.net"), 7: ("收稿日期", "修回日期"), 8: ("作者简介", "通讯作者", "基金项目"),
    9: ("中图分类号",), 10: ("文献标识码",), 11: ("文章编号",), 15: re.compile(r"[记記]者"), 17: ("【",),
    20: ("本文系", "本文为"), 21: ("OSID",)}
#: Per rule of :data:`_NEWS_FURNITURE` (its index), strings one of which every match holds (as :data:`_INLINE_CUES`).
_FURNITURE_CUES: dict[int, tuple[str, ...]] = {2: ("记者", "記者"), 6: ("记者", "記者")}


@lru_cache(maxsize=None)
def _required_cue(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The :func:`required_strings` of ``pattern`` as one alternation (longest first), a cue for :func:`_cued`: a text
    where it finds nothing has no match of ``pattern``; ``None`` when the pattern has none."""
    need = required_strings(pattern)
    return None if need is None else _alternation(need)


def _alternation(strings: set[str] | frozenset[str]) -> re.Pattern[str]:
    """One pattern that finds any of ``strings`` (escaped; longest first, so a longer string wins at a position)."""
    return re.compile("|".join(map(re.escape, sorted(strings, key=lambda s: (-len(s), s)))))


def _cued(cue: re.Pattern[str] | tuple[str, ...] | None, text: str) -> bool:
    """Whether ``text`` may match a rule of cue ``cue`` (None: any text may): it holds one of the cue's strings, or
    the cue pattern matches somewhere."""
    if cue is None:
        return True
    if isinstance(cue, tuple):
        return any(part in text for part in cue)
    return cue.search(text) is not None
# (the label also in brackets with no colon, in either script: "[關鍵詞]A;B", "【关键词】A；B": trialfix20b)
_KEYWORDS_RE = LazyPattern(rf"(?:[\[【［]\s{{0,2}})?(?:关键词|关键字|關鍵詞|關鍵字|Key\s*words)"
                          rf"(?:\s*[:：]|\s{{0,2}}[\]】］]\s{{0,2}}[:：]?)\s*((?:[^;；\n。]{{1,20}}\s*[;；]\s*)+)([{CJK}A-Za-z]{{1,20}})", re.I)
#: A part of every match of :data:`_KEYWORDS_RE` (``Key`` in any case holds one of the four ``ey``: no other character
#: folds to e or y).
_KEYWORDS_CUES = ("关键词", "关键字", "關鍵詞", "關鍵字", "ey", "eY", "Ey", "EY")
_APPARATUS_AHEAD = LazyPattern(r"\s*(?:中图分类号|文献标识码|文章编号|doi|\n|$)", re.I)
# a site's filler sentence ("小编为大家整理了…，供大家参考。"): the sentence (between 。 or line breaks) around a cue
# (also a 范文 site's preface that wishes the reader inspiration, "愿这些内容能够启发您的创作灵感", in either script; corpus20;
# or invites the reader to read the pieces with the site, "接下来,我们一起来阅读一些经典的…范文"; lead21)
# (also a document-sharing site's copyright notice over the file, "版权说明:本文档由用户提供并上传,…若内容存在侵权,请进行
# 举报或认领", in either script; p30struct)
# (also a template site's wish that the piece helps its readers, "以下是…分享的…,希望能帮助到大家!", a portal's
# takedown notice at a page's foot, "内容由网友发布或转自其他网站,如有侵权及其他问题,请发送邮件至…", and a site's
# preface that it compiled the piece for the reader, "前言:本站為你精心整理了…范文,…歡迎咨詢。", in either script:
# k169172; the notice names its mailbox or "us" within a bounded reach, so an essay's "如有侵权行为…" stays, and so does
# a photo's credit line, "图片来源于网络,如有侵权联系删除", which the line rules read as a picture's furniture)
_SITE_FILLER_CUE = LazyPattern(r"小编|供大家参考|欢迎阅读|仅供参考|创作灵感|創作靈感|写作灵感|寫作靈感|一起来阅读|一起来看看|一起來閱讀|一起來看看"
                              r"|由用户提供并上传|由用戶提供并上傳|由用戶提供並上傳"
                              r"|希望能?帮助到大家|希望能?幫助到大家|希望能?對大家有所幫助|希望能?对大家有所帮助"
                              r"|本站[为為][你您]|如有侵[权權][^。\n]{0,12}?(?:邮件|郵件|联系我们|聯繫我們|聯系我們)")


#: Most characters of a paragraph that holds a site-filler sentence for the whole paragraph to be the site's blurb
#: (``调查报告是对…的结果，…。接下来，我们一起来阅读一些经典的调查报告范文…。``): it goes whole.
SITE_BLURB_CHARS = 150


def _remove_site_filler(doc: "_Doc") -> None:
    """Remove every sentence that holds a site-filler cue, in one left-to-right pass (linear in the text: each
    sentence is expanded once, however many cues it holds); a paragraph (line) of at most :data:`SITE_BLURB_CHARS`
    characters that holds one is the site's blurb and goes whole (lead21)."""
    text = doc.text
    edits: list[Edit] = []
    covered = 0
    for m in _SITE_FILLER_CUE.finditer(text):
        if m.start() < covered:
            continue
        line_start = text.rfind("\n", covered, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if line_start >= covered and line_end - line_start <= SITE_BLURB_CHARS:
            edits.append((line_start, line_end, "", "site_filler"))
            covered = line_end
            continue
        a = max(text.rfind("。", covered, m.start()), text.rfind("\n", covered, m.start())) + 1
        a = max(a, covered)
        stops = [i for i in (text.find("。", m.end()), text.find("\n", m.end())) if i != -1]
        b = min(stops) if stops else len(text)
        if b < len(text) and text[b] == "。":
            b += 1
        edits.append((a, b, "", "site_filler"))
        covered = b
    doc.apply(edits)
_REFERENCES_HEAD = LazyPattern(r"(?:参考文献|References)\s*[:：]?", re.I)
#: A heading line of sources consulted, alone on its line (``参考资料：`` ⏎ ``1) 香港电台视点…``; Traditional ``參考資料`` read
#: through :func:`summarizer.script.simplified_view`): what follows it is a list of sources, not the essay's own text.
_SOURCES_HEAD = LazyPattern(r"[ \t\u3000]{0,8}参考资料[ \t]{0,2}[:：]?[ \t\u3000]{0,8}$")
#: A part of every match of :data:`_REFERENCES_HEAD` or :data:`_NOTES_HEAD` (each of whose words holds 注, 註 or
#: "note"), under the same flags: a text without it has no heading of either kind.
_REFERENCES_CUE = LazyPattern(r"参考文献|参考资料|references|[注註]|note", re.I)
#: A part of every match of :data:`_REFERENCES_CUE` (``e``: no other character folds to e or E, so a case-insensitive
#: ``references`` or ``note`` holds one of them): searched first, with ``str`` scans.
_REFERENCES_CUES = ("参考文献", "参考资料", "注", "註", "e", "E")
#: Traditional characters of the reference headings (參考文獻, 參考資料): a text that holds one is read in the Simplified view.
_TRADITIONAL_SOURCES_CUES = ("參", "獻", "資")
# (both are matched at a line's start: pattern.match(text, line_start, line_end))
# a heading line of endnotes or footnotes, alone on its line (註釋：, 【注释】, 尾注, Notes): what follows is apparatus
_NOTES_HEAD = LazyPattern(r"[ \t\u3000]{0,8}(?:[【\[［(（][ \t]{0,2})?(?:註釋|注释|註解|注解|尾注|尾註|附注|附註|脚注|腳註|注|註|Notes?)"
                         r"(?:[ \t]{0,2}[】\]］)）])?(?:[ \t]{0,2}[:：])?[ \t]{0,8}$", re.I)
# a numbered note entry at a line start ([1] …, ［2］…, 〔3〕…, ①…); and the mark [1] cited inside a sentence of the text
# (not ①, which mostly enumerates inline: 主要有：①…②…; what stands before the mark is text: not a BOM, an invisible
# or control character, which cleaning removes — "\ufeff[1]…" opens its line as "[1]…" does)
_NOTE_ENTRY = LazyPattern(r"[ \t\u3000]{0,8}(?:[\[［〔][ \t]{0,2}(\d{1,3})[ \t]{0,2}[\]］〕]|([①-⑳]))")
_NOTE_CITED = LazyPattern(rf"[^\s\[［〔{INVISIBLE}{CONTROL}][ \t]?[\[［〔][ \t]*1[ \t]*[\]］〕]")
#: One of these opens every mark :data:`_NOTE_CITED` finds (a text without them cites no note).
_NOTE_CITED_CUES = ("[", "［", "〔")
#: A reference entry numbered without brackets or a stop, the number glued to or spaced from its first author
#: (``15 徐富安,赵炳梓.…``, ``2Wu B,Jiang L,…``): read only under a 参考文献 heading (trialfix21a).
_NUMBERED_ENTRY = LazyPattern(r"^[ \t]*\d{1,3}[ \t]?(?=[A-Za-z\u4e00-\u9fff])(?![年月日号个项条次位名万亿元岁])")
#: Characters that close a reference entry; a line without one at its end continues on the next line.
_ENTRY_ENDS = (".", "．", "。", "]", "］")
#: Longest line read as the wrapped rest of an unfinished reference entry (``学,2012.``: one line that closes the
#: entry with :data:`_ENTRY_ENDS`), in characters.
REFERENCE_WRAP_CHARS = 200
_REFERENCE_LINE = LazyPattern(r"^\s*(?:[\[［(（]\s*\d{1,3}\s*[\]］)）]|\d{1,3}\s*[.、．)）])\s*\S")
_CITATION_LINE = LazyPattern(
    r"^\s*(?:[\[［]\s*[①-⑳\d]{1,3}\s*[\]］]\s*)?[^。\n]{0,60}[《][^》\n]{1,60}[》][^\n]{0,80}"
    r"(?:载|出版社|年版|第\s*\d+\s*[期页卷]|\[[JMDRC]\])[^\n]{0,40}$"
)
# a bibliographic entry however it is numbered ("1樊杰．…中国科学院院刊,2016,31(1):1-12."): a year before a comma or
# bracket, a [J]/[M] type mark, or a volume(issue):pages
_BIB_LINE = LazyPattern(r"(?:19|20)\d{2}\s*[,，(（]\s*\d|\[[JMDRCNPSZ]\]|\d{1,6}\s*[(（]\d+[)）]\s*[:：]\s*\d")
_FOOTNOTE_MARK = LazyPattern(r"\[\s*(?:[①-⑳]|\d{1,3})\s*\]|[①-⑳](?=\s*[，。,；;])")
# left45: a footnote number a PDF-converted thesis glues to the Han text it annotates: a superscript digit after Han
# text or a closing mark (短板²。). Plain digits glued to Han text before a comma (不足1，) are left: they are counts
# as often as footnotes (实际在岗5，), and a summary must never lose a number.
GLUED_FOOTNOTE = LazyPattern(
    r"(?<=[\u4e00-\u9fff」”》）)])[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,3}")
_PAGE_NUMBER_LINE = LazyPattern(r"^\s*\d{1,4}\s*$")
_CLOSING_ONLY_LINE = LazyPattern(r"^[ \t\u3000]*[。！？；，、：" + DISTINCT_QUOTE_CLOSERS + r"》…]{1,6}[ \t\u3000]*$")
#: A line of punctuation only: debris, or a separator line between two pieces (``——————``, ``＝＝＝``, ``· · ·``, and
#: the section sign or reference mark a scene break is printed with, ``§``, ``※※※``; fix59b; not a bullet ``•``,
#: which a PDF may print on a line of its own before its item): removed, the blank lines around it leave the pieces
#: apart.
_PUNCT_ONLY_LINE = LazyPattern(rf"^[\s{CJK_PUNCT}.,;:!?·\-_=*~'\"()\[\]§※]+$")
#: The dashes or dots a PDF prints around a page number (``· 12 ·``, ``— 13 —``, ``- 3 -``).
_PAGE_NUMBER_DECOR = "-—–－·•・~"
#: One optional run of that decoration and the spaces after it, never a line break (before or after a page number).
_PAGE_DECOR = rf"(?:[{_PAGE_NUMBER_DECOR}]{{1,2}}[^\S\n]*)?"
_RUNNING_HEAD = LazyPattern(rf"^[^\S\n]*{_PAGE_DECOR}(\d{{1,4}})[^\S\n]*{_PAGE_DECOR}([{CJK}]{{4,16}})", re.M)
#: Characters right after a number that make it a date or a count, never a page number (``2024年…``, ``12月``).
_NOT_PAGE_NUMBER_UNITS = frozenset("年月日号號届屆期版")
#: A line's end that numbers an essay of a collection (``…提案 篇1``, ``…第2篇``, ``篇三``): an essay marker.
_ESSAY_NUMBER_END = LazyPattern(rf"(?:篇[^\S\n]*[{CN_NUMBER_CHARS}\d]{{1,4}}|第[{CN_NUMBER_CHARS}\d]{{1,4}}篇)[^\S\n]*$")


# a removed boilerplate line that names an author (作者：张三, 文／张三): a byline
_AUTHOR_CUE = LazyPattern(r"^\s*(?:作者|撰文|文)\s*[:：／/]")

# source code around a text stored in a program (a Java bean, a demo's string literal, a Vue component): a line
# with no CJK character that ends a statement, opens or closes a block or a comment (``import a.b;``,
# ``public class X {``, ``}``, ``@Override``), a ``//`` comment line, a javadoc tag line (``* @param size``) and a
# line that ends a block comment (``…*/``)
_CODE_END = (";", "{", "}", "*/", "{/")
_CODE_START = LazyPattern(r"^[ \t•]*(?://|@(?:Override|param|return|author|throws|see|since|version|Deprecated)\b"
                         r"|(?:package|import)[ \t]+[\w.]+[ \t]*;)")
#: Every line :func:`is_code_line` accepts holds one of these (a :data:`_CODE_START`, a :data:`_CODE_END`, the quotes
#: of a JSON record's keys): a text without any of them has no code line, and its lines are not tested one by one.
_CODE_CUES = ("//", "@", ";", "{", "}", "*/", '"')
#: A line with at least this many JSON ``"key":`` pairs is a record's metadata, not text (``","id":14,"title":"…``).
JSON_KEYS_MIN = 3
_JSON_KEY = LazyPattern(r"\"[A-Za-z_]\w{0,40}\"[ \t]{0,3}:")


# one ``"key": value`` pair: a quoted value (escapes read as a unit) or a bare one (a number, true, null), bounded
_JSON_PAIR = LazyPattern(r"\"[A-Za-z_]\w{0,40}\"[ \t]{0,3}:[ \t]{0,3}(?:\"(?:[^\"\\\n]|\\.)*\"|[^,}\]\n]{0,200})")


def is_json_record_line(line: str) -> bool:
    """Whether ``line`` holds at least :data:`JSON_KEYS_MIN` JSON keys (``","id":14,"title":"…","content":"``) and
    no CJK character outside its ``"key": value`` pairs: the metadata between two records of a JSON list of
    articles. A sentence that quotes a record inline (``例如返回 {"name": "张三", "id": 12, "dept": "民政"} 这样的
    记录，数据难以互通``) is text. Linear in ``len(line)`` (a value's scan stops at the next quote)."""
    if line.count('"') < 2 * JSON_KEYS_MIN:  # (each key is quoted: most lines are passed over with one count)
        return False
    if sum(1 for _ in zip(range(JSON_KEYS_MIN), _JSON_KEY.finditer(line))) < JSON_KEYS_MIN:
        return False
    return not CJK_RE.search(_JSON_PAIR.sub("", line))


def is_code_line(line: str) -> bool:
    """Whether ``line`` (one line, no line break) is source code or data around a text rather than text: see the
    comment above (:data:`JSON_KEYS_MIN` JSON keys make a metadata line too). Linear in ``len(line)``."""
    s = line.strip()
    if not s:
        return False
    if _CODE_START.match(s) or s.endswith("*/"):
        return True
    if is_json_record_line(s):
        return True
    return not CJK_RE.search(s) and s.endswith(_CODE_END)


def _post_follows(doc: _Doc, lines: list[tuple[int, int]], k: int) -> int | None:
    """The start of the line after line ``k`` when the next non-blank line is a title (a heading line,
    :func:`~summarizer.chars.is_heading_line`) with more text after it: the next post of a listing page; else None."""
    nxt = next((j for j in range(k + 1, len(lines)) if doc.text[lines[j][0]:lines[j][1]].strip()), None)
    if nxt is None or not is_heading_line(doc.text[lines[nxt][0]:lines[nxt][1]]):
        return None
    if not any(doc.text[lines[j][0]:lines[j][1]].strip() for j in range(nxt + 1, len(lines))):
        return None
    return lines[k][1] + 1


#: The link a listing page prints at the end of each teaser, after its cut prose on the same line: a bracketed
#: ellipsis (``[…]``, ``[...]``) and/or a read-more word (``閱讀全文``, ``阅读全文>>``), longest first.
_TEASER_LINKS = ("閱讀全文", "阅读全文", "繼續閱讀", "继续阅读", "查看全文", "閱讀更多", "阅读更多")
_TEASER_CUTS = ("[…]", "[...]", "［…］", "[……]")
_TEASER_ARROWS = " \t\u3000>»›→＞"
#: Fewest Han characters of prose a teaser line holds before its link (not a menu's ``阅读全文`` entry).
TEASER_MIN_HAN = 20


def _teaser_tail(line: str) -> int | None:
    """Where the read-more tail of a teaser line starts (an offset into ``line``), or None: the line ends (arrows and
    spaces aside) in a read-more word (:data:`_TEASER_LINKS`) or a bracketed ellipsis (:data:`_TEASER_CUTS`), or the
    ellipsis then the word, after at least :data:`TEASER_MIN_HAN` Han characters of prose. Linear in the line (no
    regex over it: fixed-string tests at its end and one count of its Han characters)."""
    end = len(line.rstrip(_TEASER_ARROWS))
    found = False
    for word in _TEASER_LINKS:
        if line.endswith(word, 0, end):
            end = len(line[:end - len(word)].rstrip(" \t\u3000"))
            found = True
            break
    for cut in _TEASER_CUTS:
        if line.endswith(cut, 0, end):
            end = len(line[:end - len(cut)].rstrip(" \t\u3000"))
            found = True
            break
    if not found or len(CJK_RE.findall(line, 0, end)) < TEASER_MIN_HAN:
        return None
    return end


def _close_teasers(doc: _Doc, posts: list[int]) -> None:
    """A listing page of teasers, each line of cut prose closed by its read-more link on the same line
    (``…猶記二零一九年 […]``, ``…仍不見中共放人的 […] 閱讀全文``), two or more in the text: each link goes with a hard
    break (the next teaser is not joined to it) and ``posts`` receives the original offset after each such line that
    more text follows, where the next piece (one essay) starts (split48; Part 108's 5986 and 5993). One line is no
    listing (a quotation cut with ``[…]``). One pass over the lines."""
    if not any(c in doc.text for c in ("[", "［", "閱讀全文", "阅读全文", "繼續閱讀", "继续阅读", "查看全文", "閱讀更多", "阅读更多")):
        return
    lines = doc.lines()
    tails = [(k, start + cut) for k, (start, end) in enumerate(lines)
             if (cut := _teaser_tail(doc.text[start:end])) is not None]
    if len(tails) < 2:
        return
    edits: list[Edit] = []
    last = max((k for k, (start, end) in enumerate(lines) if doc.text[start:end].strip()), default=-1)
    for k, at in tails:
        edits.append((at, lines[k][1], HARD_BREAK, "read_more"))
        if k < last and lines[k][1] + 1 < len(doc.text):
            posts.append(int(doc.offsets[lines[k][1] + 1]))
    doc.apply(edits)


#: The only Han characters a line that :func:`_remove_lines` drops as a page number (``_PAGE_NUMBER_LINE``,
#: :func:`_decorated_page_number`: ``第1页 共5页``, a slide's number ``幻灯片2``, ``第3张``) or as punctuation debris
#: (``_PUNCT_ONLY_LINE``) may hold: a line
#: holding any other is not tested for them.
PAGE_LINE_HAN = "第页共张張幻灯燈片投影"
_PAGE_LINE_HAN_CODES = np.array(sorted(map(ord, PAGE_LINE_HAN)), dtype=np.uint32)
#: The Han ranges of :data:`summarizer.chars.CJK` as code points (first, last), read from that class's source
#: (``first-last`` triples), the one place that says what a Han character is.
_HAN_RANGES = tuple((ord(CJK[i]), ord(CJK[i + 2])) for i in range(0, len(CJK), 3))


def _code_points(text: str) -> np.ndarray:
    """The code points of ``text`` (uint32 array, ``len(text)`` long; a lone surrogate is its own code point)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _lines_holding(mask: np.ndarray, starts: list[int], ends: list[int]) -> list[bool]:
    """Per line (``starts``/``ends``: offsets of each line, in order), whether ``mask`` (a bool per character of the
    text) is True at one of its characters. Linear in the text."""
    counts = np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))
    return (counts[np.asarray(ends, dtype=np.int64)] > counts[np.asarray(starts, dtype=np.int64)]).tolist()


def _holds_han(text: str, starts: list[int], ends: list[int]) -> list[bool]:
    """Per line of ``text`` (as :func:`_lines_holding`), whether it holds a Han character (:data:`summarizer.chars.CJK`)
    other than those of :data:`PAGE_LINE_HAN`. One vectorised pass over the text."""
    codes = _code_points(text)
    han = np.zeros(len(codes), dtype=bool)
    for first, last in _HAN_RANGES:
        han |= (codes >= first) & (codes <= last)
    han &= ~np.isin(codes, _PAGE_LINE_HAN_CODES)
    return _lines_holding(han, starts, ends)


#: A slide's (or a page's) number that opens a line of a pasted slide deck or of a page-by-page copy: ``幻灯片1``,
#: ``投影片 2`` (Taiwan's word), ``Slide 3``, ``P4``, ``第5张``, ``第6页``. Alone on its line (:data:`SLIDE_NUMBER_LINE`)
#: it is the deck's furniture; before the slide's own text (``P1 智慧社区建设汇报``, after spaces or a mark) it is no
#: part of that text (:func:`summarizer.pipeline._title`). ``P2P…`` or ``Page3…`` runs on with no separator and is
#: no marker. Every repeat is bounded (check50).
SLIDE_MARKER = LazyPattern(
    r"[ \t\u3000]{0,8}(?:(?:幻灯片|幻燈片|投影片|[Ss]lide|SLIDE|[Pp]age|PAGE|P)[ \t]?[0-9０-９]{1,3}"
    r"|第[ \t]?[0-9０-９]{1,3}[ \t]?[张張页頁])"
    r"(?:[ \t]{0,4}[:：.、|｜\-—][ \t\u3000]{0,8}|[ \t\u3000]{1,8}|[ \t\u3000]{0,8}$)")
#: A line that is a slide's number alone (:data:`SLIDE_MARKER` with nothing after it but spaces).
SLIDE_NUMBER_LINE = LazyPattern(
    r"[ \t\u3000]{0,8}(?:(?:幻灯片|幻燈片|投影片|[Ss]lide|SLIDE|P)[ \t]?[0-9０-９]{1,3}|第[ \t]?[0-9０-９]{1,3}[ \t]?[张張])"
    r"[ \t\u3000]{0,8}")


def _decorated_page_number(line: str) -> bool:
    """True for a line that is a page number in one of the forms the PDF reader drops at a page's edge
    (:func:`summarizer.formats.pdf.is_numbered_page_line`: ``- 3 -``, ``— 3 —``, ``·54·``, ``第1页 共5页``, ``Page 3
    of 5``): a text copied out of a PDF by another tool keeps them between its lines; or a slide's number alone
    (:data:`SLIDE_NUMBER_LINE`: ``幻灯片2``, ``Slide 3``, ``P4``, ``第5张``), which a slide deck pasted as text keeps
    between its slides (check50: ``第2张`` was glued to the slide above as a wrapped line's tail). Linear in the line."""
    return is_numbered_page_line(line) or SLIDE_NUMBER_LINE.fullmatch(line.rstrip("\r\n")) is not None


#: Line rules whose line heads a list of headline lines that go with it (:func:`_remove_lines`): related links, a
#: 公文's attachment list (its other attachment titles and the sign-off's issuer and date lines follow it), a portal's
#: news-channel label (its bulleted headlines: :data:`_BULLET_HEADLINE`).
_LIST_HEADS = ("link_list", "gongwen_attachment", "news_channel", "comment_section")
#: Most characters of a reader's reply under a comment section's heading (``comment_section``), its name or its date
#: line: a longer line is the page's text again (noise30).
COMMENT_LINE_CHARS = 80
#: Most characters of a bulleted headline under a news-channel label (``news_channel`` rule).
BULLET_HEADLINE_CHARS = 90
#: A bulleted headline line (``  • 石排灣停電逾一日半 修復需時``, ``- 文化局:爭取…``): a bullet, then at most
#: :data:`BULLET_HEADLINE_CHARS` characters with no full stop, exclamation or semicolon (a headline may ask: ``各有說法?``).
_BULLET_HEADLINE = LazyPattern(rf"(?<![ \t\u3000])[ \t\u3000]*+[•·●▪◆■\-*][ \t\u3000]*+[^。！；;\n]{{1,{BULLET_HEADLINE_CHARS}}}$")
#: A line of links separated by bars (``登录 | 注册 | 返回首页``): a site's menu; the list under it takes only lines of
#: at most :data:`BAR_MENU_ITEM_CJK` CJK characters (menu items, a column's name), not the page's title.
BAR_MENU_ITEM_CJK = 12
#: Fewest CJK characters of a short line under such a menu that is the page's headline when a paragraph follows it
#: right away (``首頁 | 港聞 | … ⏎ 公屋輪候時間再創新高 ⏎ 房屋署最新數字顯示，…``): menu items are two to four (ux30).
BAR_MENU_TITLE_CJK = 6
_BAR_MENU = LazyPattern(r"^[^|\n]{0,30}\|[^|\n]{0,30}\|")


_NOT_HEADLINE = frozenset(":：|｜/@")  # a field's colon, a link's bar or slash: a page's furniture, no headline
#: Most byline lines (``作者：李明``, ``来源：某某日报``, ``2024-03-15 08:30 来源：…``) a headline under a bar menu may
#: stand over before its first paragraph (bar49).
BAR_MENU_TITLE_BYLINES = 2
#: A date standing alone on its line under a headline (``2024年3月15日``, ``2024-03-15 08:30``): a byline line too.
_BARE_DATE_LINE = LazyPattern(r"(?<![ \t\u3000])[ \t\u3000]*+\d{4}[ \t]*+[-/.年][ \t]*+\d{1,2}[ \t]*+[-/.月][ \t]*+\d{1,2}[ \t]*+日?"
                             r"(?:[ \t]*+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*+$")


def _byline_under_headline(line: str) -> bool:
    """Whether ``line`` is a byline line a news page prints between an article's title and its text: a
    ``publish_line`` or ``byline`` rule of ``resources/boilerplate.txt`` (``作者：李明``, ``来源：某某日报``) or a date
    alone (:data:`_BARE_DATE_LINE`). Linear in the line."""
    if _BARE_DATE_LINE.match(line):
        return True
    return any(name in ("publish_line", "byline") and pattern.search(line) for name, pattern in _line_rules())


def _headline_over_paragraph(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether line ``k`` of ``text`` (a short line under a bar menu) is the page's headline: at least
    :data:`BAR_MENU_TITLE_CJK` CJK characters, no field or link mark (``作者:…``, ``今日日期:``, a URL, ``|``) and the
    next non-blank line (one blank line at most between them) a paragraph, not one more short line; up to
    :data:`BAR_MENU_TITLE_BYLINES` byline lines (:func:`_byline_under_headline`: ``作者：李明``, ``来源：…``, a date)
    may stand between the headline and its paragraph (bar49). Reads a bounded number of lines: constant work."""
    start, end = lines[k]
    if len(CJK_RE.findall(text, start, end)) < BAR_MENU_TITLE_CJK or not _NOT_HEADLINE.isdisjoint(text[start:end]):
        return False
    j, blank, bylines = k + 1, 0, 0
    while j < len(lines):
        line = text[lines[j][0]:lines[j][1]]
        if not line.strip():
            blank += 1
            if blank > 1:
                return False
        elif bylines < BAR_MENU_TITLE_BYLINES and _byline_under_headline(line):
            bylines += 1
            blank = 0
        else:
            return not is_heading_line(line)
        j += 1
    return False


def _remove_lines(doc: _Doc, bylines: list[tuple[int, str]] | None = None,
                  records: list[int] | None = None, posts: list[int] | None = None) -> None:
    """Drop whole lines of site boilerplate, page numbers and punctuation-only debris. After a related-articles
    heading (the ``link_list`` rule: ``相关文章``, ``相关阅读`` …) or a 公文's attachment line (``gongwen_attachment``:
    ``附件：1．…``) the headline lines that follow it (short lines without a sentence end,
    :func:`~summarizer.chars.is_heading_line`; blank lines between them allowed) go too, up to the first line that
    is not one; after a comment section's heading (``comment_section``: ``网友评论``) the lines of at most
    :data:`COMMENT_LINE_CHARS` characters that follow it (the readers' replies) go too; after a portal's news-channel label (``news_channel``: ``新聞``, ``熱門新聞``) its bulleted headlines
    (:data:`_BULLET_HEADLINE`) go, the label itself stays (a page that is only such a list is no empty input). Source-code lines around a text (:func:`is_code_line`) become hard breaks;
    ``records`` (when given) receives the original offset after each JSON record metadata line, ``posts`` (when
    given) the original offset after each "read more" line (``read_more`` rule: ``Continue reading “…” »``) that a
    post's title line follows (:func:`_post_follows`)."""
    rules = _line_rules()
    joined = _any_line_rule()
    edits: list[Edit] = []
    in_list: str | bool = False  # the rule of the list head whose headline lines are being dropped
    bar_menu = False  # that head is a one-line menu of links (its list: short menu items only)
    lines = doc.lines()
    code = _cued(_CODE_CUES, doc.text)
    cues = _line_rule_cues() if len(lines) >= SCAN_MIN_LINES else None
    # the lines any test below may take (a rule's required string, no Han character a page-number or punctuation
    # line cannot hold; every line when the text may hold code): the others are passed over unread
    starts = [start for start, _ in lines]
    ruled = None if cues is None else cued_lines(doc.text, starts, cues)
    tested = None
    if ruled is not None and not code:
        tested = ruled | {k for k, han in enumerate(_holds_han(doc.text, starts, [end for _, end in lines])) if not han}
    for k, (start, end) in enumerate(lines):
        if tested is not None and not in_list and k not in tested:
            continue  # (no test can take it: most lines)
        line = doc.text[start:end]
        if not line.strip():
            continue
        if in_list:
            if in_list == "news_channel":
                if _BULLET_HEADLINE.match(line):
                    edits.append((start, end, "", in_list))  # (• 文化局:爭取今年內…: one more headline, p28p)
                    continue
            elif in_list == "comment_section":
                if len(line.strip()) <= COMMENT_LINE_CHARS:
                    edits.append((start, end, "", in_list))  # (a reader's reply, its name or its date: noise30)
                    continue
            elif is_heading_line(line.strip()) and not (bar_menu and (
                    len(CJK_RE.findall(line)) > BAR_MENU_ITEM_CJK or _headline_over_paragraph(doc.text, lines, k))):
                edits.append((start, end, "", in_list))
                continue
            in_list = False
        if _PAGE_NUMBER_LINE.match(line) or _decorated_page_number(line):
            edits.append((start, end, "", "page_number"))
            continue
        if code and is_code_line(line):
            edits.append((start, end, HARD_BREAK, "source_code"))
            if records is not None and end + 1 < len(doc.text) and is_json_record_line(line):
                records.append(int(doc.offsets[end + 1]))  # a JSON record (one essay) starts after its metadata
            continue
        if _PUNCT_ONLY_LINE.match(line) and not any(ch in OPENERS or ch in OPENERS.values() for ch in line):
            if start > 1 and doc.text[start - 2] != "\n" and _CLOSING_ONLY_LINE.match(line):
                # a sentence's last CJK marks wrapped onto a line of their own, right after it ("问题\n。"):
                # joined, not deleted (a "." spacer line between blank lines stays debris)
                edits.append((start - 1, start, "", "debris"))
                continue
            edits.append((start, end, "", "debris"))
            continue
        if ruled is not None and k not in ruled:
            continue  # (no required string of any rule: no rule matches)
        if joined is not None and joined.search(line) is None:
            continue  # (no rule matches: most lines)
        for name, pattern in rules:
            if pattern.search(line):
                if bylines is not None and name in ("publish_line", "byline") and _AUTHOR_CUE.match(line):
                    # an author line: remembered (original offset of what follows it) and kept as a hard break,
                    # so that the heading above it is not joined to the paragraph below it
                    after = end + 1 if end + 1 < len(doc.text) else None
                    if after is not None:
                        bylines.append((int(doc.offsets[after]), line.strip()))
                    edits.append((start, end, HARD_BREAK, name))
                elif name == "forum_byline":
                    # a post's byline (`USER 发表于 2009-5-18 18:19:51`): it ends the post above it, whose last line
                    # often has no sentence end, so it is a hard break, not a blank (trialfix23a A1)
                    edits.append((start, end, HARD_BREAK, name))
                elif name == "news_channel":
                    pass  # (the label itself stays: a page that is only a list of headlines keeps a line, no error)
                else:
                    after = _post_follows(doc, lines, k) if posts is not None and name == "read_more" else None
                    # (a link that a post follows is a hard break: the teaser's cut line above it is not joined to
                    # the next post's title, split48)
                    edits.append((start, end, HARD_BREAK if after is not None else "", name))
                    if after is not None:
                        posts.append(int(doc.offsets[after]))  # the next post (one essay) starts after the link
                in_list = name if name in _LIST_HEADS else False
                # (a menu of links on one line, `登录 | 注册 | 返回首页`, heads only the short menu items under it: a
                # longer line there is the page's own title, not one more link; trialfix21a; so is a shorter line of six
                # or more CJK characters that a paragraph follows: ux30)
                bar_menu = in_list == "link_list" and _BAR_MENU.match(line) is not None
                break
    doc.apply(edits)


#: The line a Discuz forum page prints right under a thread's title (the software of most Chinese forums).
_FORUM_TITLE_MARK = LazyPattern(r"(?m)^[ \t]*\[复制链接\][ \t]*$")
#: Most characters of a forum page's head above a thread's title (site name, search box, counters, print links).
FORUM_HEAD_CHARS = 300


def _remove_forum_head(doc: _Doc) -> None:
    """Remove a Discuz forum page's head above a thread's title: the thread's title is the last non-empty line before
    the first ``[复制链接]`` line (:data:`_FORUM_TITLE_MARK`), and the lines above it (the site's name, ``搜索``,
    ``查看: 512|回复: 0``, ``打印 上一主题 下一主题``) are the page's chrome, removed when they hold no sentence end and
    at most :data:`FORUM_HEAD_CHARS` characters (trialfix21a). Linear in the text (one search, one backward find)."""
    m = _FORUM_TITLE_MARK.search(doc.text, 0, 2 * FORUM_HEAD_CHARS)
    if m is None:
        return
    end = m.start()
    while end > 0 and doc.text[end - 1] in " \t\n":
        end -= 1
    title_start = doc.text.rfind("\n", 0, end) + 1
    head = doc.text[:title_start]
    if head.strip() and len(head) <= FORUM_HEAD_CHARS and not any(ch in head for ch in TERMINATORS):
        doc.apply([(0, title_start, "", "forum_chrome")])


#: Longest running-head line beside a page number line (a journal's name and issue: ``中国行政管理 2024年第3期``).
PAGE_HEAD_CHARS = 30
#: Running-head lines a page may print in a row beside its page number (a chapter's title over the school's name).
PAGE_HEAD_STACK = 2
#: Blank lines a running head may stand away from its page number line (a council record's ``head`` ⏎ `` `` ⏎ ``5046``).
PAGE_HEAD_BLANK_LINES = 2


#: A running head printed in two halves across the page: characters, a gap of four or more spaces, characters.
_TWO_PART_HEAD = LazyPattern(r"\S[ \u3000]{4,}\S")
#: A running head that names a journal's issue (``2024年第3期``, ``第12卷``, ``Vol. 5``, ``No. 3``): a periodical's
#: furniture, never an essay's title, even where it is printed first (fix52). Bounded: linear.
_ISSUE_HEAD = LazyPattern(r"\d{4}[ \u3000]{0,2}年[ \u3000]{0,2}第[ \u3000]{0,2}\d{1,3}[ \u3000]{0,2}[期卷]"
                         r"|第[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}卷|(?:Vol|No)\.[ \u3000]{0,2}\d", re.I)


def _remove_page_heads(doc: _Doc, markup: np.ndarray) -> None:
    """Remove the running-head lines a text copied out of a PDF keeps beside its page numbers (``— 13 —`` ⏎
    ``中国行政管理 2024年第3期``): a line right before or after a page number line (:data:`_PAGE_NUMBER_LINE`,
    :func:`_decorated_page_number`), or one of a stack of up to :data:`PAGE_HEAD_STACK` such lines there, of at most
    :data:`PAGE_HEAD_CHARS` characters and no sentence mark, that stands so beside two or more page numbers (the same
    line but for its digits, :func:`summarizer.formats.pdf.running_head_key`), or beside one and among the document's
    opening lines (the first page's heads, which stay: the first is the title, unless it names the journal's issue,
    :data:`_ISSUE_HEAD`), is the page's furniture, never the
    essay's title or text (try44: a thesis chapter's two heads on every page split it into two essays); the line goes with its line break, so a sentence the page
    break cut (``…有责无权的问题`` ⏎ ``比较突出；…``) is joined again by the line joins (fix38). Runs before
    :func:`_remove_lines`, which drops the page numbers. The original characters of these lines and of the page
    numbers are flagged in ``markup`` (a bool array over the original input), so a point across a page break may
    hold them like a removed tag. Linear in the lines."""
    lines = doc.lines()
    text = doc.text
    numbered = [k for k, (start, end) in enumerate(lines)
                if _PAGE_NUMBER_LINE.match(text, start, end) and text[start:end].strip()
                or _decorated_page_number(text[start:end])]
    if len(numbered) < 2:
        return
    for k in numbered:
        start, end = lines[k]
        markup[doc.offsets[start]:doc.ends[end - 1]] = True
    pages = set(numbered)
    beside: dict[str, dict[int, tuple[int, int]]] = {}

    def head_line(j: int) -> str | None:
        line = text[lines[j][0]:lines[j][1]].strip()
        # (the characters printed, not the spaces: a head in two halves, ``中国行政管理 2025年第3期⟨spaces⟩数字政府
        # 建设研究``, spreads a short head across the page's width; fix47)
        if not line or len(line) - line.count(" ") - line.count("\u3000") > PAGE_HEAD_CHARS \
                or any(ch in TERMINATORS for ch in line) or not CJK_RE.search(line):
            return None
        return line

    for k in numbered:
        for step in (-1, 1):
            j = k + step
            # a page may print a stack of heads (a chapter's title over the school's name: ``第三章 …`` ⏎
            # ``某某大学硕士学位论文``): up to PAGE_HEAD_STACK lines in a row beside the number, each its own key
            edge = lines[k][0] if step < 0 else lines[k][1] + 1
            for _ in range(PAGE_HEAD_STACK):
                # the head may stand a blank line or two away from the number (``立法會 ─ 2013年 2月 21日`` ⏎
                # `` `` ⏎ ``5046``): the blank lines between go with it, so the sentence the page cut joins again
                for _ in range(PAGE_HEAD_BLANK_LINES):
                    if 0 <= j < len(lines) and j not in pages and not text[lines[j][0]:lines[j][1]].strip():
                        j += step
                if j < 0 or j >= len(lines) or j in pages:
                    break
                line = head_line(j)
                if line is None:
                    break
                span = (lines[j][0], edge) if step < 0 else (edge, lines[j][1] + 1)
                beside.setdefault(running_head_key(line), {}).setdefault(j, span)
                edge = lines[j][0] if step < 0 else lines[j][1] + 1
                j += step
    # the first page's heads open the document with no page number above them: they count towards a head's
    # repetition (one page number after them is then enough) but stay, the first of them being the title
    # ... except a head printed in two halves across the page (``中国行政管理 2025年第3期⟨spaces⟩数字政府建设研究``:
    # :data:`_TWO_PART_HEAD`): no title is set so; its first print goes whole with the others (fix47); nor a head
    # that names the journal's issue (``县域治理研究 · 2024年第3期 调研报告``: :data:`_ISSUE_HEAD`; fix52)
    opening: dict[str, int] = {}
    j = 0
    while j < len(lines) and len(opening) < PAGE_HEAD_STACK and j not in pages:
        if text[lines[j][0]:lines[j][1]].strip():
            line = head_line(j)
            if line is None:
                break
            opening.setdefault(running_head_key(line), j)
        j += 1
    edits: list[Edit] = []
    for key, found in beside.items():
        if len(found) + (key in opening) >= 2:
            edits.extend((start, min(end, len(text)), "", "page_head") for start, end in found.values())
            first = opening.get(key)
            if first is not None and first not in found and (_TWO_PART_HEAD.search(text, *lines[first])
                                                             or _ISSUE_HEAD.search(text, *lines[first])):
                edits.append((lines[first][0], min(lines[first][1] + 1, len(text)), "", "page_head"))
    edits.sort()
    for start, end, _repl, _rule in edits:
        markup[doc.offsets[start]:doc.ends[end - 1]] = True
    doc.apply(edits)


def _remove_running_heads(doc: _Doc) -> None:
    """Remove a running header printed after a page number at the top of PDF pages ("012战疫情与社会治理").

    A phrase counts as a running header when at least two lines start with a page number followed by the
    same CJK phrase of 4+ characters (lines made only of a page number count as page starts too)."""
    phrases = []
    for start, end in doc.lines():
        m = _RUNNING_HEAD.match(doc.text, start, end)
        # page numbers of 2+ digits (or zero-padded): section numbers "1 引言" are not page numbers; a number read as
        # a date or count (2024年…, 12月…) is none, and a line that ends in an essay number (…提案 篇1, …第2篇) is a
        # collection's essay marker, not page furniture (trialfix21a)
        if (m and len(m.group(1)) >= 2 and doc.text[m.start(2)] not in _NOT_PAGE_NUMBER_UNITS
                and not _ESSAY_NUMBER_END.search(doc.text, max(start, end - 8), end)):
            phrases.append(doc.text[m.start(2):end])
    # the longest prefix (4 to 16 characters) that two phrases share; among equally long ones, that of the earliest
    # phrase that has a partner: one grouping pass per prefix length (linear in the lines, not pairwise)
    header = None
    for k in range(16, 3, -1):
        first_of: dict[str, int] = {}
        best = None
        for i, phrase in enumerate(phrases):
            if len(phrase) < k:
                continue
            j = first_of.setdefault(phrase[:k], i)
            if j != i and (best is None or j < best):
                best = j
        if best is not None:
            header = phrases[best][:k]
            break
    if not header:
        return
    # a header as long as the cap that two phrases continue past inside a Han run would end inside a word, leaving
    # the rest of the word as the line's start ("2017…(地市):城|市建筑乱象", the essay starting inside 城市): cut it
    # back to its last non-Han character (a title's "：", a space) when that leaves 4+ characters, else keep it whole
    if len(header) == 16 and all(len(ph) > 16 and ph.startswith(header) and is_cjk(ph[16]) and is_cjk(header[-1])
                                 for ph in phrases if ph.startswith(header)):
        cut = max((i for i, ch in enumerate(header) if not is_cjk(ch)), default=-1)
        if cut >= 4:
            header = header[:cut + 1].rstrip()
    # one way to read the spaces before the header (no two space runs side by side): linear on blank runs
    # (· 12 ·   中国行政管理: a decorated page number; fix38)
    pattern = re.compile(rf"(?m)^[^\S\n]*(?:{_PAGE_DECOR}\d{{1,4}}[^\S\n]*{_PAGE_DECOR})?" + re.escape(header))
    doc.sub(pattern, "running_header")


#: Characters of a dot leader between a table-of-contents entry and its page number (``····``, ``……``, ``...``).
TOC_LEADER_CHARS = ".．·•・…⋯‥-—_ "
#: Fewest leader characters before an entry's page number; entries under a contents heading need fewer.
TOC_LEADER_MIN = 3
_TOC_LEADER_CUES = tuple(TOC_LEADER_CHARS.replace(" ", ""))
#: Fewest leader-ended lines in a row that make a table of contents without a contents heading over them.
TOC_BARE_MIN_ENTRIES = 3


@lru_cache(maxsize=1)
def _toc_headings() -> frozenset[str]:
    """The contents headings of ``resources/contents.txt`` (group ``toc_heading``: 目录, 目次)."""
    return frozenset(word_groups("contents.txt", "contents headings").get("toc_heading", ()))


def _toc_entry(line: str) -> bool:
    """Whether ``line`` ends as a table-of-contents entry: text, then at least :data:`TOC_LEADER_MIN` leader
    characters (:data:`TOC_LEADER_CHARS`, spaces not counted), then a page number of at most four digits (Arabic
    or Roman). Reads at most the line's last 40 characters: constant time, however long the line."""
    s = line.rstrip()
    k = len(s)
    while k and len(s) - k < 4 and (s[k - 1].isdecimal() or s[k - 1] in "ivxIVX"):
        k -= 1
    if k == len(s) or k == 0:
        return False
    leaders = 0
    j = k
    while j and k - j < 36 and s[j - 1] in TOC_LEADER_CHARS:
        leaders += s[j - 1] != " "
        j -= 1
    return leaders >= TOC_LEADER_MIN and j > 0


def _remove_toc(doc: _Doc) -> None:
    """Remove a table of contents: a contents heading line (:func:`_toc_headings`: ``目录``, ``目 录``) and the run
    of entry lines under it (:func:`_toc_entry`: ``一、关于…的调研报告····2``; blank lines between them allowed), or
    a run of at least :data:`TOC_BARE_MIN_ENTRIES` entry lines without a heading. A heading with no entry under it
    (a report's own ``目录`` section name in prose) stays. One pass over the lines."""
    if not _cued(_TOC_LEADER_CUES, doc.text):
        return  # (every entry has TOC_LEADER_MIN > 0 leaders that are no space: without one, no entry and no edit)
    headings = _toc_headings()
    lines = doc.lines()
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = doc.text[start:end]
        headed = len(line) <= 20 and "".join(line.split()) in headings
        j, last, entries = i + 1 if headed else i, None, 0
        while j < len(lines):
            s, e = lines[j]
            if _toc_entry(doc.text[s:e]):
                last, entries = j, entries + 1
            elif doc.text[s:e].strip():
                break
            j += 1
        if last is not None and (headed or entries >= TOC_BARE_MIN_ENTRIES):
            edits.append((start, min(lines[last][1] + 1, len(doc.text)), "", "table_of_contents"))
            i = last + 1
        else:
            i = max(j, i + 1)
    doc.apply(edits)


#: Fewest entry lines under a contents heading, without leaders or page numbers, that make a table of contents
#: (:func:`_remove_headed_toc`).
TOC_HEADED_MIN_ENTRIES = 3
#: Longest entry line (stripped, characters) of such a table of contents: a heading, never a paragraph.
TOC_HEADED_LINE_CHARS = 40
# a contents entry's chapter marker beyond TITLE_MARKER_RE's (第一章, 第2节, 壹、 貳、), after an optional bullet
_TOC_ENTRY_BULLET = LazyPattern(r"[•·●○▪◦\-—]\s{0,2}")
_TOC_CHAPTER_MARKER = LazyPattern(r"第[一二三四五六七八九十\d]{1,3}[章节節篇部]|[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,2}[、.．]")


@lru_cache(maxsize=1)
def _toc_matter() -> frozenset[str]:
    """A paper's front and back matter as its contents lists it (``resources/contents.txt``, group ``toc_matter``:
    摘要, Abstract, 参考文献, 致谢)."""
    return frozenset(word_groups("contents.txt", "contents headings").get("toc_matter", ()))


def _toc_page_suffix(s: str) -> int:
    """Offset in the stripped entry ``s`` where its trailing page number starts, with the dash, dots or spaces before
    it (``…的困境-1``, ``参考文献 9``, ``致谢…11``): one to three digits after a CJK or Latin letter, a closing bracket
    or such a separator; ``len(s)`` when there is none. Reads at most the last dozen characters: constant time."""
    k = len(s)
    while k and len(s) - k < 3 and "0" <= s[k - 1] <= "9":
        k -= 1
    if k == len(s) or k == 0:
        return len(s)
    j = k
    while j and k - j < 8 and s[j - 1] in TOC_LEADER_CHARS:
        j -= 1
    if j == 0 or (j == k and not _TOC_GLUED_BEFORE.match(s[k - 1])):
        return len(s)
    return j


def _toc_matter_line(line: str) -> bool:
    """Whether ``line`` is a paper's front or back matter as a table of contents lists it (:func:`_toc_matter`:
    ``摘要``, ``Abstract``, ``参考文献-9``, ``致 谢``; spaces inside and a trailing page number ignored). Constant
    work (a line over 24 characters is none)."""
    s = line.strip()
    if not s or len(s) > 24:
        return False
    return "".join(s[:_toc_page_suffix(s)].split()) in _toc_matter()


def _headed_toc_entry(line: str) -> bool:
    """Whether ``line`` reads as an entry of a table of contents with no leaders and no page numbers: at most
    :data:`TOC_HEADED_LINE_CHARS` characters once stripped, no sentence end inside (an entry is a heading), opening
    (past an optional bullet, ``•``) with a heading's marker (:data:`TITLE_MARKER_RE`: ``一、``, ``（一）``, ``2.1``) or a
    chapter's (``第一章``, ``壹、``). Constant work per line (the line is bounded first)."""
    s = line.strip()
    if not s or len(s) > TOC_HEADED_LINE_CHARS or not _TERMINATOR_SET.isdisjoint(s):
        return False
    m = _TOC_ENTRY_BULLET.match(s)
    if m:
        s = s[m.end():]
    return TITLE_MARKER_RE.match(s) is not None or _TOC_CHAPTER_MARKER.match(s) is not None


def _headed_toc_measure(line: str) -> bool:
    """Whether the heading of a contents entry ``line`` (past its bullet and marker) is itself a measure: it opens
    with an imperative verb (:func:`summarizer.aspects.starts_imperative`: ``加强网格员队伍建设``, ``健全矛盾纠纷调解制度``)
    and is no chapter's title naming its recommendations (``完善社区养老服务的建议``). Bounded work (the entry is short)."""
    s = line.strip()
    m = _TOC_ENTRY_BULLET.match(s)
    if m:
        s = s[m.end():]
    m = TITLE_MARKER_RE.match(s) or _TOC_CHAPTER_MARKER.match(s)
    body = s[m.end():].strip() if m else s
    return bool(body) and starts_imperative(body) and heading_aspect(body) != "recommendation"


def _remove_headed_toc(doc: _Doc) -> None:
    """Remove a table of contents whose entries carry neither leaders nor page numbers (a thesis page: ``目录`` ⏎
    ``一、…的现状`` ⏎ ``（一）…`` ⏎ … ⏎ ``摘要``): a contents heading line (:func:`_toc_headings`) over a run of at least
    :data:`TOC_HEADED_MIN_ENTRIES` entry lines (:func:`_headed_toc_entry`; blank lines between them allowed). The
    entries name the chapters of a paper, not its points, even where the body under them was cut off (Part 81's 4347);
    the first line that is no entry (``摘要``, the title, prose) ends the run and stays. A run whose every entry is a
    measure (:func:`_headed_toc_measure`: a work plan's 目录 of 一、加强… 二、完善…) stays: there the headings are the
    document's points, no chapters of a paper (try43b). One pass over the lines."""
    headings = _toc_headings()
    if not any(h in doc.text for h in headings) and "目 录" not in doc.text and "目 錄" not in doc.text:
        return
    lines = doc.lines()
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        if end - start > 20 or "".join(doc.text[start:end].split()) not in headings:
            i += 1
            continue
        j, last, entries = i + 1, None, 0
        while j < len(lines):
            s, e = lines[j]
            bounded = e - s <= 2 * TOC_HEADED_LINE_CHARS
            if _headed_toc_entry(doc.text[s:e]) if bounded else False:
                last, entries = j, entries + 1
            elif _toc_matter_line(doc.text[s:e]) if bounded else False:
                # 摘要 ⏎ Abstract before the entries, 参考文献-9 ⏎ 致谢-11 after them: part of the run when an entry
                # follows or the line carries its page number; a bare 摘要 that ends the run opens the body and stays
                if last is not None and _toc_page_suffix(doc.text[s:e].strip()) < len(doc.text[s:e].strip()):
                    last = j
            elif doc.text[s:e].strip():
                break
            j += 1
        if last is not None and entries >= TOC_HEADED_MIN_ENTRIES and not all(
                _headed_toc_measure(doc.text[s:e]) for s, e in lines[i + 1:last + 1] if doc.text[s:e].strip()):
            edits.append((start, min(lines[last][1] + 1, len(doc.text)), "", "table_of_contents"))
            i = last + 1
        else:
            i = max(j, i + 1)
    if edits and _only_removed(doc.text, edits):
        # a page that is nothing but a table of contents: its heading stays (the page reads as one, no points)
        # rather than the whole text going and the page failing as empty input
        first = edits[0]
        keep = doc.text.find("\n", first[0], first[1])
        edits[0] = (keep + 1 if keep >= 0 else first[1], *first[1:])
    doc.apply(edits)


def _only_removed(text: str, edits: list[Edit]) -> bool:
    """Whether ``edits`` (removals in text order) leave nothing of ``text`` but white space. One pass over the text."""
    at = 0
    for start, end, *_ in edits:
        if text[at:start].strip():
            return False
        at = end
    return not text[at:].strip()


#: Most lines of an outline's contents (:func:`_remove_outline_label`) between its label and its closing ellipsis.
OUTLINE_TOC_LINES = 40
#: Longest entry line (characters) of such an outline: a heading, never a paragraph.
OUTLINE_TOC_LINE_CHARS = 40
# the label of a member site's outline (目錄/提綱:……, 提纲：, 目录…): the contents word(s), a colon, dots
_OUTLINE_TOC_LABEL = LazyPattern(r"[ \t\u3000]{0,8}(?:目[录錄]|提[纲綱]|大[纲綱])(?:[ \t]{0,8}[/／、][ \t]{0,8}(?:目[录錄]|提[纲綱]|大[纲綱]))?"
                                r"[ \t]{0,8}[:：]?[ \t]{0,8}[…\.·。]{0,12}[ \t\u3000]{0,8}")
_ELLIPSIS_LINE = LazyPattern(r"[ \t\u3000]{0,8}(?:…{1,6}|\.{3,18}|·{3,18})[ \t\u3000]{0,8}")


def _remove_outline_label(doc: _Doc) -> None:
    """Remove the label of an outline a paywalled page prints before its text (``目錄/提綱:……`` ⏎ ``一、…存在的問題`` ⏎
    ``(一)…`` ⏎ … ⏎ ``……``): a contents label line (:data:`_OUTLINE_TOC_LABEL`) over at most
    :data:`OUTLINE_TOC_LINES` heading lines of at most :data:`OUTLINE_TOC_LINE_CHARS` characters with no sentence end,
    closed by a line of an ellipsis only. Left in, the label was the essay's title (p27struct). The outline itself stays:
    behind a paywall it is the only copy of the headings the page hides (their body is cut off). Without the closing
    ellipsis line nothing is removed (a 提纲 section of the essay's own). Reads at most that many lines: linear."""
    if "目" not in doc.text and "提" not in doc.text and "大" not in doc.text:
        return
    lines = doc.lines()
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if b - a > OUTLINE_TOC_LINE_CHARS or not _OUTLINE_TOC_LABEL.fullmatch(doc.text, a, b):
            i += 1
            continue
        j, closed = i + 1, False
        while j < len(lines) and j - i <= OUTLINE_TOC_LINES:
            s, e = lines[j]
            if _ELLIPSIS_LINE.fullmatch(doc.text, s, e):
                closed = True
                break
            if e - s > OUTLINE_TOC_LINE_CHARS or any(ch in doc.text[s:e] for ch in "。！？；;"):
                break
            j += 1
        if closed and j > i + 1:
            edits.append((a, min(b + 1, len(doc.text)), "", "table_of_contents"))
        i = j + 1 if closed else i + 1
    doc.apply(edits)


#: Fewest lines in a row that end in a glued page number (:func:`_strip_toc_page_numbers`) to be read as a table of
#: contents with neither a contents heading nor leaders (``3.信用管理意识淡薄5``).
TOC_GLUED_MIN_ENTRIES = 4
#: Longest line (stripped, characters) read as such an entry: a contents entry is a heading, not a paragraph.
TOC_GLUED_LINE_CHARS = 60
#: Characters after which a glued page number may stand: CJK, a closing bracket or quotation mark.
_TOC_GLUED_BEFORE = LazyPattern(f"[{CJK}）)】」』”]")


def _glued_page_number(line: str) -> tuple[int, int] | None:
    """``(offset into line where its page number starts, the number)`` when ``line`` ends as a contents entry whose page
    number is glued to its text (``3.信用管理意识淡薄5``, ``(四)融资渠道单一6``): at most
    :data:`TOC_GLUED_LINE_CHARS` characters, no sentence end inside (a contents entry is a heading), one to three
    digits after a CJK character or a closing mark; else None. Reads the line once (it is bounded)."""
    s = line.rstrip()
    if not s or len(s.strip()) > TOC_GLUED_LINE_CHARS:
        return None
    k = len(s)
    while k and len(s) - k < 4 and "0" <= s[k - 1] <= "9":
        k -= 1
    if k == len(s) or len(s) - k > 3 or k == 0 or not _TOC_GLUED_BEFORE.match(s[k - 1]):
        return None
    if not _TERMINATOR_SET.isdisjoint(s):
        return None
    return k, int(s[k:])


def _strip_toc_page_numbers(doc: _Doc) -> None:
    """Remove the page numbers of a table of contents that neither a contents heading nor leaders mark, glued to
    each entry's text (a document preview: ``1.企业经营管理不善造成亏损4 ⏎ 3.信用管理意识淡薄5 ⏎ …``): a run of at
    least :data:`TOC_GLUED_MIN_ENTRIES` lines, blank lines between them allowed, each ending in a glued page number
    (:func:`_glued_page_number`), the numbers never falling along the run, at least half of them opening with a
    heading's marker (:data:`TITLE_MARKER_RE`: 一、, （一）, 1.; a column of counts is no contents). The entries stay (they may be all the
    text there is); only their numbers go (trialfix20). One pass over the lines."""
    text = doc.text
    edits: list[Edit] = []
    run: list[tuple[int, int]] = []  # (offset where the number starts, where the line's text ends)
    numbered = 0  # lines of the run that open with a heading's marker (一、 （一） 1.)
    last_page = -1

    def flush() -> None:
        nonlocal numbered
        if len(run) >= TOC_GLUED_MIN_ENTRIES and 2 * numbered >= len(run):
            edits.extend((a, b, "", "toc_page_number") for a, b in run)
        run.clear()
        numbered = 0

    for start, end in doc.lines():
        line = text[start:end]
        if not line.strip():
            continue
        found = _glued_page_number(line) if end - start <= 4 * TOC_GLUED_LINE_CHARS else None
        if found is None:
            flush()
            last_page = -1
            continue
        at, page = found
        if page < last_page:
            flush()
        run.append((start + at, start + len(line.rstrip())))
        numbered += TITLE_MARKER_RE.match(line.lstrip()) is not None
        last_page = page
    flush()
    doc.apply(edits)


def _remove_keywords(doc: _Doc) -> None:
    """Remove a 关键词 list; the last keyword is glued to what follows, so bound it by the others' length."""
    edits: list[Edit] = []
    if not _cued(_KEYWORDS_CUES, doc.text):
        return
    for m in _KEYWORDS_RE.finditer(doc.text):
        listed = [k.strip() for k in re.split(r"[;；]", m.group(1)) if k.strip()]
        last = m.group(2)
        if not _APPARATUS_AHEAD.match(doc.text, m.end()):
            last = last[: max((len(k) for k in listed), default=4)]
        edits.append((m.start(), m.start(2) + len(last), HARD_BREAK, "keywords"))
    doc.apply(edits)


def _remove_references(doc: _Doc) -> None:
    """Remove a 参考文献 list (from the heading to the end of its line) or a block of endnotes (a heading line of its
    own, :data:`_NOTES_HEAD`: ``註釋：``, ``注释``), plus the reference- or note-entry lines that follow it."""
    # (headings are read in the Simplified view, same length: 參考文獻 is 参考文献)
    view = simplified_view(doc.text) if _cued(_TRADITIONAL_SOURCES_CUES, doc.text) else doc.text
    if not _cued(_REFERENCES_CUES, view) or not _REFERENCES_CUE.search(view):
        return  # (no heading of either kind: nothing to remove)
    edits: list[Edit] = []
    lines = doc.lines()
    i = 0
    while i < len(lines):
        start, end = lines[i]
        notes = _NOTES_HEAD.match(view, start, end) or _SOURCES_HEAD.match(view, start, end)
        m = _REFERENCES_HEAD.search(view, start, end) or notes
        if m and (m.start() == start or doc.text[m.start() - 1] in "。.\n " or end - m.end() > 10
                  or not doc.text[m.end():end].strip()):
            cut_end = end
            j = i + 1
            open_entry = False  # the last entry taken ends mid-way (``…东北农业大`` ⏎ ``学,2012.``): wrapped by a PDF
            while j < len(lines):
                s2, e2 = lines[j]
                line = doc.text[s2:e2]
                closes = line.rstrip().endswith(_ENTRY_ENDS)
                if not line.strip():
                    j += 1
                    continue
                if _REFERENCE_LINE.match(line) or _CITATION_LINE.match(line) or (
                        len(line) <= 2000 and _BIB_LINE.search(line)) or (notes and _NOTE_ENTRY.match(line)) or (
                        not notes and _NUMBERED_ENTRY.match(line)):
                    cut_end, open_entry = e2, not closes
                    j += 1
                    continue
                if open_entry and closes and len(line.strip()) <= REFERENCE_WRAP_CHARS:
                    # (one wrapped rest per entry, and it closes the entry: a page's footer after a last entry
                    # cut short is not taken for its rest)
                    cut_end, open_entry = e2, False
                    j += 1
                    continue
                break
            edits.append((m.start(), cut_end, "", "references"))
            i = j
            continue
        i += 1
    doc.apply(edits)


def _remove_trailing_notes(doc: _Doc, cited: bool) -> None:
    """Remove the numbered notes that end a text with no heading over them (``[1] 张三：《…》…`` ⏎ ``[2] …``): the run
    of note-entry lines (:data:`_NOTE_ENTRY`, blank lines between them allowed) that ends the text, when its first
    entry is number 1 (``[1]``; ``①`` also numbers inline lists, so a run opened by it is a note only under a heading)
    and the text cites its notes (``cited``: a mark ``[1]`` stands inside a sentence of the original input, not at a line
    start). A list of points numbered ``[1] [2]`` cites nothing. One backward pass over the lines: linear."""
    if not cited:
        return
    lines = doc.lines()
    k = len(lines)
    first = None
    while k > 0:
        s, e = lines[k - 1]
        if not doc.text[s:e].strip():
            k -= 1
            continue
        m = _NOTE_ENTRY.match(doc.text, s, e)
        if not m:
            break
        first = m
        k -= 1
    if first is not None and first.group(1) == "1":
        doc.apply([(first.start(), len(doc.text), "", "endnotes")])


_CLOSING = frozenset(OPENERS.values())
_OPENING = frozenset(OPENERS)


def _bracket_balance(s: str) -> int:
    if _OPENING.isdisjoint(s):  # (no bracket opens: most lines, one C-level scan)
        return 0
    depth = 0
    for ch in s:
        if ch in OPENERS:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
    return depth


#: A bracketed signature or source after a paragraph's last sentence end (``…的可能。(深圳/雷宇明)``, ``…。（陕西咸阳
#: 何原）``): the writer or source a readers' letter or a contributed piece closes with, so the paragraph ends there
#: (struct28b). Anchored at the end, bounded: O(1) a line.
_SIGNED_END = LazyPattern(r"[。！？!?”」』][ \t\u3000]?[（(][\u3400-\u9fff ·・/／\u3000]{2,24}[）)]\Z")


def _ends_complete(line: str) -> bool:
    """Whether ``line`` ends a paragraph after its closing marks: its last character before them is a line end
    (:data:`LINE_END`), or it closes with a bracketed signature after a sentence end (:data:`_SIGNED_END`).
    Linear in the closing marks' count."""
    s = line.rstrip()
    if _SIGNED_END.search(s[-30:]):
        return True
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return bool(s) and s[-1] in LINE_END


_COMMA_SET = frozenset("，,、")

#: The fewest characters of a line ending in a clause comma that :func:`_join_edits` joins to the line right below
#: it as prose (a shorter one, ``同志们，``, is a salutation or a label).
CLAUSE_LINE_MIN_CHARS = 6


#: Code points of :data:`SENTENCE_END` (a unit end), of the commas that make a line prose (:data:`_COMMA_SET`) and
#: of the hard break (which ends a unit too: :func:`_line_marks`).
_TERMINATOR_SET = frozenset(SENTENCE_END)
#: The last unit end (``。！？!?；;``) or hard break of a line: one of them with none after it (a match starts at each
#: of them and stops at the next one: linear).
_LAST_UNIT_END = LazyPattern("[。！？!?；;\ue000][^。！？!?；;\ue000]*\\Z")
_TERMINATOR_CODES = np.array(sorted(map(ord, SENTENCE_END)), dtype=np.uint32)
_COMMA_CODES = np.array(sorted(map(ord, _COMMA_SET)), dtype=np.uint32)
_OPENER_CODES = np.array(sorted(map(ord, OPENERS)), dtype=np.uint32)


def _line_marks(text: str, starts: list[int], ends: list[int]) -> tuple[list[bool], list[bool], list[int], list[bool]]:
    """Per line of ``text`` (``starts``/``ends``: offsets of each line, in order, without its ``\\n``): whether it
    holds a unit end (:data:`SENTENCE_END`: ``。！？!?；;``), whether it holds a comma (``，,、``), the offset in
    ``text`` of its last unit end or hard break (``-1``: none), and whether it holds an opening bracket
    (:data:`OPENERS`). One vectorised pass over the text's code points
    instead of a scan of each line (the same answers: none of these characters is whitespace, so a line and its
    stripped text hold the same ones); a text of fewer than :data:`SCAN_MIN_LINES` lines is read line by line (numpy's
    fixed cost per call would outweigh it). Linear in ``len(text)``."""
    if len(starts) < SCAN_MIN_LINES:
        last_ends = [m.start() if (m := _LAST_UNIT_END.search(text, a, b)) else -1 for a, b in zip(starts, ends)]
        pieces = [text[a:b] for a, b in zip(starts, ends)]
        return ([not _TERMINATOR_SET.isdisjoint(piece) for piece in pieces],
                [not _COMMA_SET.isdisjoint(piece) for piece in pieces], last_ends,
                [not _OPENING.isdisjoint(piece) for piece in pieces])
    codes = _code_points(text)
    terminators = np.isin(codes, _TERMINATOR_CODES)
    ended = _lines_holding(terminators, starts, ends)
    commas = _lines_holding(np.isin(codes, _COMMA_CODES), starts, ends)
    ends_at = np.flatnonzero(terminators | (codes == ord(HARD_BREAK)))
    last = np.full(len(starts), -1, dtype=np.int64)
    if len(starts) and len(ends_at):
        line_of = np.searchsorted(np.asarray(starts, dtype=np.int64), ends_at, side="right") - 1
        inside = (line_of >= 0) & (ends_at < np.asarray(ends, dtype=np.int64)[np.maximum(line_of, 0)])
        ends_at, line_of = ends_at[inside], line_of[inside]  # (those between or after the lines given: none's)
        if len(ends_at):
            final = np.append(line_of[1:] != line_of[:-1], True)  # (each line's last one: positions are in order)
            last[line_of[final]] = ends_at[final]
    return ended, commas, last.tolist(), _lines_holding(np.isin(codes, _OPENER_CODES), starts, ends)

# the longest line (characters) read as a headline when it stands alone between blank lines with no terminator
TITLE_LINE_CHARS = 30
#: How many times longer than a lone line without a sentence end the paragraph after it (a blank line between) is
#: when the line is a standfirst of its own, not a hard-wrapped line (a full-width line, as long as the next one;
#: :func:`_join_edits`).
STANDFIRST_NEXT_RATIO = 1.25
#: A numbered label before a colon that opens a line (``论点 1：`` ``分论点二：`` ``对策3：``): an outline heading of an
#: essay's parts, not a field of a ``label：value`` list; between blank lines, with no end mark, it stands alone
#: (lowfix19 F12). Bounded, anchored: O(1) a line.
#: Most characters of a line opening with a numbered label (``发现一：…``) that :func:`_join_edits` keeps as a heading.
LABELLED_HEADING_CHARS = 60
_NUMBERED_LABEL = LazyPattern(r"[\u4e00-\u9fff]{1,4}[ \t\u3000]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \t\u3000]?[：:]")


@lru_cache(maxsize=1)
def _request_openers() -> tuple[str, ...]:
    """The verbs that open a request clause (``…，请建设课尽速``): the ``request_opener`` group of
    ``resources/cues.txt`` (Simplified; a clause is matched in its Simplified view, so ``請`` ``懇請`` count too)."""
    return lexicon().words("request_opener")


def _opens_request(line: str) -> bool:
    """Whether the last clause of ``line`` (after its last comma) opens with a request verb (:func:`_request_openers`:
    ``…，请社会课``, ``…，懇請當局``): a request whose action a wrapped line carries on. O(line)."""
    k = max(line.rfind("，"), line.rfind(","))
    if k < 0:
        return False
    head = line[k + 1:k + 9].lstrip()[:4]  # (the longest opener has 2 characters; spaces after the comma allowed)
    return simplified_view(head).startswith(_request_openers())


def _sentence_item_blocks(starts: list[int], ends: list[int], pieces: list[str]) -> list[frozenset[str]]:
    """Per non-blank line (``starts``/``ends`` its offsets, ``pieces`` its stripped text), the marker families
    (:func:`_marker_family`) of which at least :data:`SENTENCE_ITEMS_MIN` numbered lines (:data:`TITLE_MARKER_RE`) in
    its block (the run of lines each right below the one before, no blank line between) are sentences of clauses: a
    comma and a sentence end on the line (``(四)每次活动…有没检讨过？…请提供…。``). A list whose numbered lines of that family are sentences has no
    headings: one with no end of its own was wrapped (the minutes of a town council typed as printed, Part 121);
    a heading of another family over them (``二、…，确保文物安全`` over ``(一)…。``) stays a heading. Linear in the
    lines."""
    out: list[frozenset[str]] = [frozenset()] * len(pieces)
    first = 0
    for n in range(len(pieces) + 1):
        if n == len(pieces) or n > first and starts[n] != ends[n - 1] + 1:
            found = [_marker_family(p) for p in pieces[first:n]
                     if TITLE_MARKER_RE.match(p) is not None and not _COMMA_SET.isdisjoint(p)
                     and not _TERMINATOR_SET.isdisjoint(p[-2:])]
            kinds = frozenset(k for k, c in Counter(found).items() if c >= SENTENCE_ITEMS_MIN)
            out[first:n] = [kinds] * (n - first)
            first = n
    return out


#: How much longer than a numbered line the line below it may be for it to read as a line wrapped at the printed
#: width (a heading's paragraph below runs on far longer: ``（一）全力办好…，纵深推进…`` ⏎ a paragraph).
WRAPPED_NEXT_RATIO = 1.25
#: Numbered lines of one marker family that must be sentences in a block for its unended ones to read as wrapped
#: (:func:`_sentence_item_blocks`).
SENTENCE_ITEMS_MIN = 2


def _marker_family(line: str) -> str:
    """The shape of a numbered line's marker (:data:`TITLE_MARKER_RE`), its numerals written as 1 or 一 and runs of
    them as one: ``(一)`` and ``（十二）`` → ``(一)`` / ``（一）``, ``一、`` → ``一、``, ``1.`` → ``1.``, ``2.4`` → ``1.1`` (a
    section number, no item of a ``1.`` list); ``""`` for a line with no marker. O(marker)."""
    m = TITLE_MARKER_RE.match(line)
    if m is None:
        return ""
    marker = m.group().rstrip()
    if marker[:1].isdigit():
        marker = marker[:-1].rstrip()  # (the digits' branch takes the first character after the marker)
    out: list[str] = []
    for c in marker:
        c = "1" if c.isdigit() else "一" if c in "一二三四五六七八九十" else c
        if not (out and c in "1一" and out[-1] == c):
            out.append(c)
    return "".join(out)


def _block_widths(lengths: list[int]) -> list[int]:
    """Per non-blank line (a line of length > 0 in ``lengths``, the stripped lengths of consecutive lines), the
    largest length in its block (the run of non-blank lines it stands in) when the block has more than one line,
    else 0. Vectorised (line by line under :data:`SCAN_MIN_LINES` lines): linear in the lines."""
    if len(lengths) < SCAN_MIN_LINES:
        out: list[int] = []
        block: list[int] = []
        for size in [*lengths, 0]:
            if size:
                block.append(size)
            elif block:
                out.extend([max(block) if len(block) > 1 else 0] * len(block))
                block = []
        return out
    sizes = np.asarray(lengths, dtype=np.int64)
    where = np.flatnonzero(sizes > 0)
    if not len(where):
        return []
    firsts = np.flatnonzero(np.append(True, where[1:] != where[:-1] + 1))  # (a block's first line, among them)
    widest = np.maximum.reduceat(sizes[where], firsts)
    counts = np.diff(np.append(firsts, len(where)))
    return np.repeat(np.where(counts > 1, widest, 0), counts).tolist()


#: A list dash left at the end of a line after its sentence end (``…加剧供需矛盾。 -``: a page's bullet of the next
#: item, rendered after the paragraph it follows): the line ends complete there and the next line, a heading, stands
#: alone (corpus20). Anchored at the end of a bounded string: O(1).
_STRAY_LIST_DASH = LazyPattern(r"[。！？!?；;][ \t\u3000]+[-*•]\Z")


#: A text's first line that opens with a short title (no punctuation, at most ``TITLE_LINE_CHARS`` characters), then
#: a run of three spaces or more and the body (``乡镇职能定位研究报告   乡镇政权是…。``): a page that lost the line
#: break after its title (:func:`_split_glued_title`). Anchored, bounded: linear.
_GLUED_TITLE = LazyPattern(r"[^\s。！？!?，,：:；;、“”\"「」（）()]{4,30}?(?P<gap>[ \t\u3000]{3,}|\u3000{2,})(?=[^\s])")


def _split_glued_title(doc: "_Doc") -> None:
    """Put the title that opens the text's first line back on a line of its own when a run of spaces, not a line
    break, follows it (:data:`_GLUED_TITLE`) and the rest of the line holds a sentence end (the body): ``乡镇职能定位研究报告
    乡镇政权是…。`` (trialfix20b). Only the first line is read: a run of spaces inside a body line is left to the
    space rules. Linear in the first line."""
    text = doc.text
    nl = text.find("\n")
    line_end = nl if nl != -1 else len(text)
    lead = len(text[:line_end]) - len(text[:line_end].lstrip(" \t\u3000"))
    m = _GLUED_TITLE.match(text, lead, line_end)
    if m is None or _TERMINATOR_SET.isdisjoint(text[m.end():line_end]):
        return
    doc.apply([(m.start("gap"), m.end("gap"), "\n", "glued_title")])


#: Fewest and most characters of a numbered heading glued to its evidence by spaces (:data:`_SPACED_ITEM_HEADING`).
SPACED_HEADING_MIN_CHARS = 4
SPACED_HEADING_MAX_CHARS = 20
#: A numbered item heading glued to its evidence by spaces alone (``主要问题: 1.队伍不稳定 调查的四个乡镇中，…。``, as a
#: proposal record's text field gives it): at a line's start or after a sentence end, colon or semicolon and at most
#: three spaces (``lead``), an item marker (``1.`` ``1、`` ``(一)`` ``（一）`` ``一、``), a heading of
#: :data:`SPACED_HEADING_MIN_CHARS` to :data:`SPACED_HEADING_MAX_CHARS` characters with no space or mark, one to
#: three spaces (``gap``) and a CJK character (:func:`_split_spaced_item_headings`). Bounded: linear.
_SPACED_ITEM_HEADING = LazyPattern(
    r"(?:^|(?<=[。！？!?：:；;]))(?P<lead>[ \t\u3000]{0,3})"
    r"(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)(?=[^\s\d])"
    r"[^\s。！？!?，,：:；;、“”\"「」（）()]{%d,%d}(?P<gap>[ \t\u3000]{1,3})(?=[\u4e00-\u9fff])"
    % (SPACED_HEADING_MIN_CHARS, SPACED_HEADING_MAX_CHARS), re.M)


def _split_spaced_item_headings(doc: "_Doc") -> None:
    """Put a numbered item heading and its evidence on lines of their own when only spaces part them
    (:data:`_SPACED_ITEM_HEADING`: ``主要问题如下: 1.基层文化队伍不稳定 调查的四个乡镇中，只有…。2.场馆设施老化 部分…``;
    newuser50b's kind ``space-separated-numbered-heading-glued-to-evidence``): the gap after the heading becomes a line
    break, and so do the spaces before a marker that follows a colon or a sentence end, when a sentence end follows
    on the line within 300 characters (the evidence is a sentence; a menu row of numbered links has none).
    Else the space rules remove the gap and the heading reads as one point with its evidence. Linear: one search of
    the text, each match's line end found once.

    Raises nothing."""
    text = doc.text
    if " " not in text and "\t" not in text and "\u3000" not in text:
        return
    edits: list = []
    for m in _SPACED_ITEM_HEADING.finditer(text):
        window = min(len(text), m.end() + 300)  # (the line's end looked for in the window only: a long line of many
        line_end = text.find("\n", m.end(), window)  # headings is not scanned again to its end for each of them)
        line_end = window if line_end == -1 else line_end
        # (the evidence: a sentence end on the line before the next heading; a menu row of spaced items has none)
        if _TERMINATOR_SET.isdisjoint(text[m.end():line_end]):
            continue
        a, b = m.span("lead")
        if b > a and a > 0 and text[a - 1] != "\n":
            edits.append((a, b, "\n", ""))
        edits.append((m.start("gap"), m.end("gap"), "\n", ""))
    doc.apply(edits)


#: A heading numeral of a list a page flattened onto one line (:func:`_split_flattened_lists`): at the line's start or
#: after one to three spaces that follow a non-space character, a Chinese numeral (一, 十二, 二十, or the positional
#: 一0 一一 一五 of Taiwan reports) or a financial one (壹 貳 參, 贰 叁), then 、 and no space. Bounded: linear.
_FLAT_ITEM = LazyPattern(r"(?:^|(?<=\S)[ \t\u3000]{1,3})(?:([一二三四五六七八九十]{1,3}|[一二三四五六七八九][0〇])"
                        r"|([壹貳贰參叁參肆伍陸陆柒捌玖拾]))、(?=[^\s、])", re.M)
_FINANCIAL_DIGITS = {ch: v for v, chars in enumerate(("", "壹", "貳贰", "參叁", "肆", "伍", "陸陆", "柒", "捌", "玖", "拾"))
                     for ch in chars}
#: The fewest consecutive numbers a flattened list holds before its items are put on lines of their own.
FLAT_LIST_MIN_ITEMS = 3
#: The fewest characters from one numeral of a flattened list to the next (its marker and heading): a heading, not a
#: run of short labels (``甲 一、乙 二、丙 三、``).
FLAT_ITEM_MIN_CHARS = 6


#: One clause of a line a chat post or a forum reply writes with spaces between its clauses and no punctuation
#: (``每天下班骑车经过中山路 汽车电动车流量非常大 路口红绿灯时间太短``): it opens with a CJK character and holds no space
#: and no punctuation mark (:func:`_break_spaced_clauses`).
_SPACED_CLAUSE = LazyPattern(rf"[{CJK}][^\s。！？!?，,；;：:、“”「」（）()]*")
#: The gap between two clauses of such a line: one or two spaces (ASCII or ideographic), never a line break.
_SPACED_GAP = LazyPattern(r"[ \u3000]{1,2}")
#: The fewest clauses such a line holds, the fewest characters of each and of its longest, and the fewest mean
#: characters per clause: a menu row (``网站简介 标识说明 广告服务``) or a four-character slogan run (``深入学习 认真查摆
#: 突出整改``) is no line of clauses.
SPACED_CLAUSES_MIN = 3
SPACED_CLAUSE_MIN_CHARS = 4
SPACED_CLAUSE_LONGEST_CHARS = 8
SPACED_CLAUSE_MEAN_CHARS = 6


def _break_spaced_clauses(doc: "_Doc", markup: np.ndarray) -> None:
    """Mark the clause ends of lines that a chat post or a forum reply writes with spaces between its clauses and no
    punctuation (``每天下班骑车经过中山路 汽车电动车流量非常大 路口红绿灯时间太短 使得交通堵塞情况严重``; kinds29b): on a
    line of at least :data:`SPACED_CLAUSES_MIN` such clauses (or of two, beside such a line: the next line of the post) (:data:`_SPACED_CLAUSE`, each of at least
    :data:`SPACED_CLAUSE_MIN_CHARS` characters, the longest of :data:`SPACED_CLAUSE_LONGEST_CHARS`, on average
    :data:`SPACED_CLAUSE_MEAN_CHARS`) separated by :data:`_SPACED_GAP` alone, each gap becomes ``，`` and a ``。`` is
    inserted at the line's end when a line follows: else the space rules remove the gaps and the line is joined to the
    next (a complaint and the next line's proposal read as one sentence). The characters map back to the gaps and
    the line break, marked in ``markup`` (a mask over the original input) so that points still quote the user's text
    as it is. Linear: each line is matched once, clause by clause.

    Raises nothing."""
    text = doc.text
    if " " not in text and "\u3000" not in text:
        return
    lines = doc.lines()
    found: dict[int, tuple[list[tuple[int, int]], bool]] = {}  # line number -> (its gaps, holds enough clauses)
    for n, (s, e) in enumerate(lines):
        k = s
        while k < e and text[k] in " \t\u3000":
            k += 1
        gaps: list[tuple[int, int]] = []
        sizes: list[int] = []
        while True:
            c = _SPACED_CLAUSE.match(text, k, e)
            if c is None or c.end() - c.start() < SPACED_CLAUSE_MIN_CHARS:
                break
            sizes.append(c.end() - c.start())
            k = c.end()
            g = _SPACED_GAP.match(text, k, e)
            if g is None or g.end() == e or text[g.end()] in " \t\u3000":
                k = g.end() if g is not None and g.end() == e else k
                break
            gaps.append(g.span())
            k = g.end()
        if (k == e and len(sizes) >= 2 and len(gaps) == len(sizes) - 1 and max(sizes) >= SPACED_CLAUSE_LONGEST_CHARS
                and sum(sizes) >= SPACED_CLAUSE_MEAN_CHARS * len(sizes)):
            found[n] = (gaps, len(sizes) >= SPACED_CLAUSES_MIN)
    edits: list = []
    for n, (gaps, enough) in found.items():
        # (a line of two clauses only beside a line of enough: the next line of the same post; alone it may be a
        # title and its subtitle, 当我们老了 如何安放余生)
        if not (enough or found.get(n - 1, ((), False))[1] or found.get(n + 1, ((), False))[1]):
            continue
        s, e = lines[n]
        for a, b in gaps:
            edits.append((a, b, "，", "spaced_clauses"))
            markup[doc.offsets[a]:doc.ends[b - 1]] = True
        if n + 1 < len(lines):
            edits.append((e, e, "。", "spaced_clauses"))
            markup[doc.offsets[e]] = True  # (the line break the 。 maps to)
    doc.apply(edits)


def _flat_value(s: str) -> int:
    """The value of a heading numeral of :data:`_FLAT_ITEM` (一 → 1, 十二 → 12, 二十 → 20, positional 一0 → 10, 一五 →
    15), or 0 when it reads as none (三十五十)."""
    d = CN_DIGITS
    if len(s) == 1:
        return d.get(s, 0)
    if len(s) == 2:
        if s[0] == "十":
            return 10 + d.get(s[1], 0)
        if s[1] == "十":
            return d.get(s[0], 0) * 10
        return d.get(s[0], 0) * 10 + (0 if s[1] in "0〇" else d.get(s[1], 0))  # positional: 一0 一一 一五
    if len(s) == 3 and s[1] == "十" and s[0] != "十" and s[2] != "十":
        return d.get(s[0], 0) * 10 + d.get(s[2], 0)
    return 0


def _split_flattened_lists(doc: "_Doc") -> None:
    """Put back on lines of their own the numbered headings of a list that a page's text extraction ran onto one line,
    one space between them (``壹、衛生署 一、…成效不佳,宜儘速檢討加強 二、…均待加強 三、…``): on a line whose
    :data:`_FLAT_ITEM` numerals of one kind (Chinese or financial) count up by one at least :data:`FLAT_LIST_MIN_ITEMS`
    times in a row, the spaces before those numerals become a line break (corpus23b; a numeral that breaks the count,
    a date's 二、 or a quoted 一、, is passed over and splits nothing). A heading marker needs a line start or a sentence
    end before it (:mod:`summarizer.structure`), so such a line read as one item. Linear: one scan of the text, each
    numeral looked at once.

    Raises nothing."""
    text = doc.text
    if "、" not in text:
        return
    edits: list = []
    chains: dict[int, list[tuple[int, int, int]]] = {}  # kind -> [(spaces start, spaces end, value)] being counted
    line_end = -1  # end of the line the chains belong to

    def flush(kind: int) -> None:
        chain = chains.pop(kind, [])
        if len(chain) >= FLAT_LIST_MIN_ITEMS:
            edits.extend((s, e, "\n", "flattened_list") for s, e, _ in chain if e > s)

    for m in _FLAT_ITEM.finditer(text):
        if m.start() > line_end:  # a new line: the chains of the line before end
            for kind in list(chains):
                flush(kind)
            nl = text.find("\n", m.start())
            line_end = nl if nl != -1 else len(text)
        kind = 0 if m.group(1) else 1
        value = _flat_value(m.group(1)) if kind == 0 else _FINANCIAL_DIGITS.get(m.group(2), 0)
        if value <= 0:
            continue
        spaces_end = m.start(1) if kind == 0 else m.start(2)
        chain = chains.get(kind)
        if chain and value == chain[-1][2] + 1 and m.start() - chain[-1][1] >= FLAT_ITEM_MIN_CHARS:
            chain.append((m.start(), spaces_end, value))
        elif value == 1 or not chain:
            flush(kind)
            chains[kind] = [(m.start(), spaces_end, value)]
    for kind in list(chains):
        flush(kind)
    doc.apply(edits)


#: Fewest bullet lines of a page's navigation lists above its article (:func:`_remove_opening_nav_lists`).
NAV_LIST_MIN_ITEMS = 8
#: Fewest label lines over the lists (``媒體``, ``分類``: several menus), or fewest bullet lines with fewer labels: a page's
#: navigation, not one list of an essay's points (:func:`_remove_opening_nav_lists`).
NAV_MENUS = 2
NAV_BARE_ITEMS = 24
#: Most characters of one navigation item (a section's name, a headline) and of a label line over a list of them.
NAV_ITEM_CHARS = 30
NAV_LABEL_CHARS = 8
#: A bullet line of a navigation list: a bullet, then a short item with no sentence end (``  • 澳廣視新聞``).
_NAV_ITEM = LazyPattern(rf"(?<![ \t\u3000])[ \t\u3000]*(?:[{BULLETS}·]|[-*](?=[ \t]))[ \t\u3000]*[^\s。！？!?；;][^。！？!?；;\n]{{0,{NAV_ITEM_CHARS - 1}}}")


def _remove_opening_nav_lists(doc: "_Doc") -> None:
    """Remove the navigation lists a pasted web page opens with: a block at the text's start made only of bullet lines
    of short items with no sentence end (:data:`_NAV_ITEM`: ``  • 澳廣視新聞``, ``  • 國際學校展學生視藝作品``), short label
    lines over them (``媒體``, ``分類``: at most :data:`NAV_LABEL_CHARS` characters, no sentence end) and blank lines,
    holding at least :data:`NAV_LIST_MIN_ITEMS` bullet lines and more of them than labels twice over, under at least
    :data:`NAV_MENUS` labels (several menus) or with :data:`NAV_BARE_ITEMS` bullet lines; a label that names an aspect
    section (``存在问题``: :func:`summarizer.aspects.heading_aspect`) makes the block the essay's own. The HTML reader
    drops ``<nav>``; a page pasted as text keeps its menus, which were read as an essay of their own whose headlines
    became points (trialfix23a M). A document whose first lines are prose, or a short list, is left alone. One pass
    over the block's lines: linear."""
    text = doc.text
    pos, items, labels, end = 0, 0, 0, 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        piece = line.strip()
        if not piece:
            pass
        elif _NAV_ITEM.fullmatch(line):
            items += 1
            end = nl
        elif (len(piece) <= NAV_LABEL_CHARS and _TERMINATOR_SET.isdisjoint(piece)
              and (nl + 1 >= len(text) or _NAV_ITEM.match(text, nl + 1) is not None)):
            if heading_aspect(piece) is not None:
                return  # 存在问题 ⏎ • …: a section of the essay's points, no menu
            labels += 1  # a label line right over a list of items
        else:
            break
        pos = nl + 1
    menus = labels >= NAV_MENUS and items > 2 * labels or items >= NAV_BARE_ITEMS
    if items >= NAV_LIST_MIN_ITEMS and menus and end > 0:
        doc.apply([(0, end, "", "nav_list")])


#: A line that is only a date, perhaps with its time, weekday or a short label (``2021-05-27``, ``5/27/2021``,
#: ``2021年5月27日 星期四``, ``Date: 2021-05-27``): a page's or a blog post's date printed above the title.
#: Anchored and bounded (the line is read only when it is at most :data:`OPENING_DATE_CHARS` characters).
_OPENING_DATE = LazyPattern(
    r"(?<![ \t\u3000])[ \t\u3000]*(?:(?:[Dd]ate|DATE|[Pp]osted(?: on)?|日期|時間|时间)[ \t]*[:：][ \t]*)?"
    r"(?:\d{4}[ \t]*[-/.年][ \t]*\d{1,2}(?:[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[,，]?(?:[ \t\u3000]*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天])?[ \t\u3000]*")
#: A stored page's date field that opens the text on the line of its first paragraph, with no colon (``date
#: 2025-10-06 台北市…``; a month's date with no day, ``date 2021-05 除住屋困難外…``, p30struct): the field name, an
#: ISO date, spaces, then a Chinese character (kept). Anchored, bounded.
_OPENING_DATE_FIELD = LazyPattern(r"(?:[Dd]ate|DATE)[ \t]{1,3}\d{4}-\d{1,2}(?:-\d{1,2})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]{1,3}"
                                 r"(?=[\u4e00-\u9fff「『“（(])")
#: An English date line a blog prints above each post's title (``Sunday, October 14, 2007``, ``Saturday, 27 October
#: 2012``, ``Oct. 14, 2007``): an optional weekday, a month name and a day in either order, a four-digit year.
#: Anchored by its caller's fullmatch, every part bounded: linear (p27struct).
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_OPENING_ENGLISH_DATE = LazyPattern(
    r"[ \t\u3000]{0,8}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]{1,3})?"
    rf"(?:{_MONTH_NAME}[ \t]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,3}}{_MONTH_NAME}),?[ \t]{{1,3}}\d{{4}}"
    r"[ \t\u3000]{0,8}", re.I)
#: Longest line read as an opening date line (:func:`_remove_opening_date_line`), in characters.
OPENING_DATE_CHARS = 40


def _remove_opening_date_line(doc: "_Doc") -> None:
    """Remove a date line that opens the text (:data:`_OPENING_DATE`) when the next non-blank line is a title: at most
    :data:`TITLE_LINE_CHARS` characters, a Chinese character, no ``。；;`` and no ending colon (``2021-05-27`` ⏎⏎
    ``香港要解决的十大问题`` ⏎⏎ …). The date is the page's furniture; left in, it stood as the essay's first line and the
    title under it was read as a heading that named the essay's problems, its measures lost (trialfix23a A2); so is a
    blog's English date line (:data:`_OPENING_ENGLISH_DATE`, ``Sunday, October 14, 2007``). A date
    line before a paragraph is left alone; a ``date YYYY-MM-DD`` field glued before the first paragraph on its line
    (:data:`_OPENING_DATE_FIELD`) is removed. Reads the first two non-blank lines only: constant work."""
    text = doc.text
    lead = len(text) - len(text.lstrip())
    if lead > OPENING_DATE_CHARS:
        return
    field = _OPENING_DATE_FIELD.match(text, lead)
    if field is not None:
        # ( date 2025-10-06 台北市早已邁入超高齡社會…: a stored page's date field glued before its first paragraph:
        # furniture, never the first point's opening; trialfix24a)
        doc.apply([(lead, field.end(), "", "date_line")])
        return
    nl = text.find("\n", lead, lead + OPENING_DATE_CHARS + 1)
    if nl < 0 or not (_OPENING_DATE.fullmatch(text, lead, nl) or _OPENING_ENGLISH_DATE.fullmatch(text, lead, nl)) \
            or not any(ch.isdigit() for ch in text[lead:nl]):
        return  # (Sunday, October 14, 2007 ⏎⏎ 回應「…」: a blog's date line over the post's title, p27struct)
    rest = nl
    while rest < len(text) and rest - nl <= OPENING_DATE_CHARS and text[rest] in " \t\u3000\n":
        rest += 1  # (past the blank lines after the date: a bounded walk)
    end = text.find("\n", rest, rest + TITLE_LINE_CHARS + 2)
    end = len(text) if end < 0 and len(text) - rest <= TITLE_LINE_CHARS else end
    title = text[rest:end].strip() if end > rest else ""
    if (not title or len(title) > TITLE_LINE_CHARS or not CJK_RE.search(title)
            or any(ch in title for ch in "。；;") or title[-1] in "：:"):
        return
    doc.apply([(lead, nl, "", "date_line")])


#: Most characters of an epigraph that opens the text (:func:`_remove_opening_epigraph`), its label and attribution
#: line included.
OPENING_EPIGRAPH_CHARS = 300
#: An epigraph's label at the text's start (``题记：``, ``【题记】``, ``題記``, ``引子：``): what follows it on its line,
#: and the attribution line under it, is the epigraph.
_EPIGRAPH_LABEL = LazyPattern(r"[ \t\u3000]{0,4}(?:[【\[［][ \t]{0,2})?(?:题记|題記|卷首语|卷首語)(?:[ \t]{0,2}[】\]］])?"
                             r"[ \t\u3000]{0,2}[:：]?")
#: A line wholly in quotation marks (``“不忘初心，方得始终。”``), a full stop at most after the closing mark.
_QUOTED_LINE = LazyPattern(r"[ \t\u3000]{0,4}[%s][^\n%s%s]{1,%d}[%s][。.]?[ \t\u3000]{0,4}" % (
    BLOCK_QUOTE_OPENERS, BLOCK_QUOTE_OPENERS, BLOCK_QUOTE_CLOSERS, OPENING_EPIGRAPH_CHARS, BLOCK_QUOTE_CLOSERS))
#: An epigraph's attribution line (``——习近平``, ``—— 《论语》``, ``——摘自…``): a dash and a short name.
_ATTRIBUTION_LINE = LazyPattern(r"[ \t\u3000]{0,40}(?:——|—|──|--)[ \t]{0,2}[^\n。！？!?；;]{1,30}[ \t\u3000]{0,4}")


def _line_end(text: str, pos: int) -> int:
    """The offset of the line break that ends the line holding ``pos`` (``len(text)`` on the last line)."""
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _remove_opening_epigraph(doc: "_Doc") -> None:
    """Remove an epigraph that opens the text above its title: a line labelled ``题记`` (``题记：不忘初心，方得始终。``,
    :data:`_EPIGRAPH_LABEL`; the quotation may stand on the lines under a label alone, up to a blank line), or a line
    wholly in quotation marks followed by its attribution line (``“…”`` ⏎ ``——某某``, :data:`_ATTRIBUTION_LINE`), when
    the next non-blank line is a title (at most :data:`TITLE_LINE_CHARS` characters, a Chinese character, no ``。；;``
    and no ending colon) followed by more text. A motto set above the title is no part of the essay: left in, it
    stood as the essay's first line, the title under it was lost and the motto opened the summary (check48).
    At most :data:`OPENING_EPIGRAPH_CHARS` characters are read: constant work."""
    text = doc.text
    lead = len(text) - len(text.lstrip())
    if lead > OPENING_DATE_CHARS:
        return
    label = _EPIGRAPH_LABEL.match(text, lead)
    end = -1
    if label is not None and label.end() > lead:
        end = _line_end(text, label.end())
        if not text[label.end():end].strip():  # (题记 ⏎ “…” ⏎ ——某某: the quotation under a label alone)
            nxt = _line_end(text, end + 1) if end < len(text) else end
            while end < len(text) and text[end + 1:nxt].strip() and nxt - lead <= OPENING_EPIGRAPH_CHARS:
                end = nxt
                nxt = _line_end(text, end + 1) if end < len(text) else end
    else:
        quoted = _QUOTED_LINE.match(text, lead)
        if quoted is None or quoted.end() >= len(text) or text[quoted.end()] != "\n":
            return
        attribution = _ATTRIBUTION_LINE.match(text, quoted.end() + 1)
        if attribution is None or (attribution.end() < len(text) and text[attribution.end()] != "\n"):
            return
        end = attribution.end()
    if end < 0 or end - lead > OPENING_EPIGRAPH_CHARS or end >= len(text):
        return
    if label is not None and label.end() > lead:
        after = _ATTRIBUTION_LINE.match(text, end + 1)
        if after is not None and (after.end() == len(text) or text[after.end()] == "\n"):
            end = after.end()  # (题记：“…” ⏎ ——某某: its attribution goes with it)
    rest = end
    while rest < len(text) and rest - end <= OPENING_DATE_CHARS and text[rest] in " \t\u3000\n":
        rest += 1
    title_end = _line_end(text, rest)
    title = text[rest:title_end].strip()
    if (not title or len(title) > TITLE_LINE_CHARS or not CJK_RE.search(title) or any(ch in title for ch in "。；;")
            or title[-1] in "：:" or not text[title_end:].strip()):
        return
    doc.apply([(lead, end, "", "epigraph")])


#: A stored page's date field glued before a paragraph at the start of a later line (under the title and a
#: breadcrumb line: ``聯合新聞網 > 要聞`` ⏎ `` date 2025-08-17 審計部指出，…``; Part 56): the field of
#: :data:`_OPENING_DATE_FIELD` after at most eight spaces at a line start. Anchored, bounded: linear.
_LINE_DATE_FIELD = LazyPattern(r"^[ \t\u3000]{0,8}(" + _OPENING_DATE_FIELD.pattern + ")", re.M)


def _remove_line_date_fields(doc: "_Doc") -> None:
    """Remove every ``date YYYY-MM-DD`` field that opens a line before a Chinese character
    (:data:`_LINE_DATE_FIELD`), not only the text's first line (:func:`_remove_opening_date_line`): a page stored
    with its title and a breadcrumb line above the first paragraph kept the field glued to that paragraph, where it
    stood as the speaker of a news frame (`` date 2025-08-17 審計部指出，…`` was read as no report) and the point was
    cut mid-sentence (Part 56's 2853). The field is never prose: no Chinese sentence opens with the English word and an
    ISO date. One regular-expression scan: linear."""
    if "date" not in doc.text and "Date" not in doc.text and "DATE" not in doc.text:
        return
    doc.apply([(m.start(1), m.end(1), "", "date_line") for m in _LINE_DATE_FIELD.finditer(doc.text)])


#: Most characters of a site's channel label on the first line (``政务``, ``言论``: :func:`_remove_opening_channel_label`).
CHANNEL_LABEL_CHARS = 4
# a channel's URL slug printed under its label ("governor", "news"): one lower-case ASCII word alone on its line
_CHANNEL_SLUG = LazyPattern(r"[ \t]{0,8}[a-z]{2,24}[ \t]{0,8}")


def _remove_opening_channel_label(doc: "_Doc") -> None:
    """Remove the site's channel label a pasted page opens with: a first line of at most :data:`CHANNEL_LABEL_CHARS`
    Chinese characters and nothing else that is an opinion column's name (``opinion_column_label`` cue group: ``言论``,
    ``社论``) over a short title line (at most :data:`TITLE_LINE_CHARS` characters, a Chinese character, no ``。``), or
    any such line over the channel's lower-case URL slug (``政务`` ⏎⏎ ``governor``: both lines go). Left in, the label
    stood as the essay's title (p27struct). A short first line over a paragraph (an essay's own two-character title
    ``乡愁`` ⏎ 正文…) is left alone. Reads the first three non-blank lines only: constant work."""
    text = doc.text

    def line_at(pos: int) -> tuple[int, int, int]:  # (start, end, next line's start) of the next non-blank line
        while pos < len(text) and pos < CHANNEL_LABEL_CHARS * 20 and text[pos] in " \t\u3000\n":
            pos += 1
        end = text.find("\n", pos, pos + 200)
        end = len(text) if end < 0 else end
        return pos, end, end + 1

    a, b, nxt = line_at(0)
    label = text[a:b].strip()
    if not label or len(label) > CHANNEL_LABEL_CHARS or not all(is_cjk(ch) for ch in label):
        return
    c, d, _ = line_at(nxt)
    if c >= len(text):
        return
    second = text[c:d]
    if _CHANNEL_SLUG.fullmatch(second):
        doc.apply([(a, d, "", "channel_label")])
        return
    second = second.strip()
    if (label in lexicon().words("opinion_column_label") and 0 < len(second) <= TITLE_LINE_CHARS
            and CJK_RE.search(second) and "。" not in second):
        doc.apply([(a, b, "", "channel_label")])


#: Most characters of a bar and the name after a title's last sentence end (``…哪些问题？|编辑部``: :func:`_join_lines`).
TITLE_TAG_CHARS = 16

#: Characters that cannot end a subheading (a line ending with one was broken inside a phrase: ``…之``, ``…的``,
#: ``…对``), Simplified and Traditional: :func:`_subheading_line`.
_PHRASE_OPEN_ENDS = frozenset("之的和与與及或在对對把将將为為被从從向，,、")
#: How many times longer than a subheading line the paragraph line after it is, at least (:func:`_subheading_line`).
SUBHEADING_NEXT_RATIO = 2


#: Characters after 的 that make a word a sentence may open with (``的确``: indeed; ``的士``: a taxi).
_DE_WORDS = frozenset("确確士")


def continued_line(line: str) -> bool:
    """Whether ``line`` (a stripped line) continues the line before it: it opens with the attributive particle 的
    followed by a Han character that makes no word of it (:data:`_DE_WORDS`: ``的确``). No Chinese sentence or
    heading opens with 的 (Chao 1968, 的 is an enclitic of what precedes it), so a line that does was cut from the
    phrase before it (``…需要政府管理和农民参与⏎⏎的有机结合。``). O(1)."""
    return len(line) >= 2 and line[0] == "的" and "\u4e00" <= line[1] <= "\u9fff" and line[1] not in _DE_WORDS


def _subheading_line(prev: str, piece: str, nxt: str, *, opening: bool = False) -> bool:
    """Whether ``piece``, a stripped line that opens a logical line, is a subheading inside running text with no blank
    lines around it (an analysis's ``…的本质——中央设计，地方买单的治理错位`` between two paragraphs, part14fix21): the
    line before (``prev``, stripped) ends a sentence (``。！？!?`` before closing marks), ``piece`` holds at most
    :data:`TITLE_LINE_CHARS` characters, no sentence end and no colon and does not end inside a phrase
    (:data:`_PHRASE_OPEN_ENDS`), and the line after (``nxt``) is a paragraph: it holds a sentence end and is at least
    :data:`SUBHEADING_NEXT_RATIO` times as long. A hard-wrapped paragraph's first line is as wide as the lines after
    it, so such a short line is no wrapped line. With ``opening`` (the text's first line, p27c) the start of the text
    stands for the sentence end before it: a page's headline glued by a single line break to its first paragraph
    (``政府工作报告直面困难、提振信心 ⏎ 国务院新闻办定于…举行吹风会，…``), never run on into it. O(len of the three
    lines)."""
    body = "。" if opening else prev.rstrip("".join(CLOSERS))
    return (bool(body) and body[-1] in SENTENCE_END and 0 < len(piece) <= TITLE_LINE_CHARS
            and _TERMINATOR_SET.isdisjoint(piece) and "：" not in piece and ":" not in piece
            and piece[-1] not in _PHRASE_OPEN_ENDS and len(nxt) >= SUBHEADING_NEXT_RATIO * len(piece)
            and not _TERMINATOR_SET.isdisjoint(nxt))


#: The marks of a question or an exclamation that a subhead may hold before its second phrase (:func:`_question_subheading`).
_ASKING_MARKS = "？?！!"


def _question_subheading(prev: str, piece: str, nxt: str) -> bool:
    """Whether ``piece``, a stripped line between blank lines, is a news feature's subhead of a question and a phrase
    (``司长好难找人做? 来届高官应重视与市民沟通``, corpus22b): the line before (``prev``) ends a sentence, ``piece``
    holds at most :data:`TITLE_LINE_CHARS` characters, its only sentence marks are ``？?！!`` (no ``。；``), the phrase
    after the last of them is at least 4 characters with no comma or colon and does not end inside a phrase
    (:data:`_PHRASE_OPEN_ENDS`), and the line after (``nxt``) is a paragraph at least :data:`SUBHEADING_NEXT_RATIO`
    times as long that holds a sentence end. The question mark inside made the line read as prose, joined to the
    paragraph below; a subhead is a line of its own. O(len of the three lines)."""
    body = prev.rstrip("".join(CLOSERS))
    if not body or body[-1] not in SENTENCE_END or not 0 < len(piece) <= TITLE_LINE_CHARS:
        return False
    if any(ch in piece for ch in "。；;：:"):
        return False
    cut = rfind_any(piece, _ASKING_MARKS)
    rest = piece[cut + 1:].strip()
    return (cut > 0 and len(rest) >= 4 and not any(ch in rest for ch in "，,、") and rest[-1] not in _PHRASE_OPEN_ENDS
            and len(nxt) >= SUBHEADING_NEXT_RATIO * len(piece) and not _TERMINATOR_SET.isdisjoint(nxt))


#: Most characters of a field's label before its colon (``作者：``, ``来源：``, ``发布时间：``); a title's part before a
#: colon is longer (``2018江西公务员考试申论范文:“回归”让乡村振兴``).
FIELD_LABEL_CHARS = 6


#: Most characters of a Latin field label (``Report-ID``, ``Prepared by``: an export's or a form's header field).
LATIN_FIELD_LABEL_CHARS = 24

#: A ``label：value`` field line (``提案人：张某``, ``类别：城乡建设``, ``提案标题：关于…``): a label of one to
#: :data:`FIELD_LABEL_CHARS` characters with no space or mark, or a Latin label of at most four words of
#: :data:`LATIN_FIELD_LABEL_CHARS` characters (``Report-ID``, ``Prepared by``: try53, an export's header block whose
#: full-width lines read as a wrapped paragraph and ran on into the title below), a colon, then the value
#: (:func:`_join_edits`).
_FIELD_LINE = LazyPattern(rf"(?:[^\s:：。，,、；;！？!?（）()]{{1,{FIELD_LABEL_CHARS}}}"
                         rf"|[A-Za-z][A-Za-z0-9_./\-]{{0,{LATIN_FIELD_LABEL_CHARS - 1}}}"
                         rf"(?: [A-Za-z0-9_./\-]{{1,{LATIN_FIELD_LABEL_CHARS}}}){{0,3}})[ \t]?[:：][ \t\u3000]*\S")


def _long_colon_label(line: str) -> bool:
    """Whether the part of ``line`` before its first colon is longer than :data:`FIELD_LABEL_CHARS` characters and
    something follows the colon: a title's genre before its headline (``…申论范文:“回归”让乡村振兴``), no
    ``label：value`` field line (trialfix22b kind S). Linear in ``len(line)``."""
    k = min((i for i in (line.find("："), line.find(":")) if i >= 0), default=-1)
    return k > FIELD_LABEL_CHARS and bool(line[k + 1:].strip())


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The ``common_surname`` cue group's characters (the surnames a byline name opens with)."""
    return frozenset(lexicon().words("common_surname"))


@lru_cache(maxsize=1)
def _words_ending_yi() -> frozenset[str]:
    """The ``word_ending_yi`` cue group (单一, 统一, 唯一 …): words whose last character 一 a line break may put at the
    next line's start before 、 (``…来源单`` ⏎ ``一、公共服务设施老化…``), where it reads as a numbered heading."""
    return frozenset(lexicon().words("word_ending_yi"))


def _split_word_marker(end_part: str, nxt: str, second_marker: bool) -> bool:
    """Whether the line ``nxt`` opens with ``一、`` that ends a word begun at the end of the line before it
    (``end_part``: that logical line's last characters; ``来源单`` ⏎ ``一、公共服务…``: 单一 is the word) in a text where no
    line opens with ``二、`` (``second_marker`` false): a line break inside a word, no list's first heading (Part 84's
    4524). Constant work."""
    return (not second_marker and nxt.startswith("一、") and len(nxt) > 2
            and end_part[-1:] + "一" in _words_ending_yi())


def _byline_name_after_heading(line: str, nxt: str) -> bool:
    """Whether ``nxt`` (the next line, stripped) is an author's name under the numbered heading ``line`` (stripped):
    ``line`` opens with a titled item's marker (:data:`TITLE_MARKER_RE`) and holds no sentence end, ``nxt`` is two or
    three Han characters opening with a common surname (``common_surname`` cue group). Constant work past the marker
    match."""
    return (2 <= len(nxt) <= 3 and all(is_cjk(ch) for ch in nxt) and nxt[0] in _surnames()
            and TITLE_MARKER_RE.match(line) is not None and _TERMINATOR_SET.isdisjoint(line))


def _byline_name_under_title(line: str, nxt: str, after: str) -> bool:
    """Whether ``nxt`` (the text's second line, stripped) is an author's name under the title ``line`` (the text's
    first line, stripped) of a paper or report: ``line`` holds no sentence end and is at most
    :data:`TITLE_LINE_CHARS` characters, ``nxt`` is two or three Han characters opening with a common surname
    (``common_surname`` cue group), and the line after it, ``after`` (stripped), is the author's affiliation in
    brackets (``（某某大学 公共管理学院，北京 100000）``) or an abstract's label (``摘要：``, ``内容提要``), or either removed as front matter (a hard break left in its place): the front
    matter of a paper, whose name is no wrapped tail of its title (try45). Constant work: reads the first characters
    of ``after`` only."""
    return (2 <= len(nxt) <= 3 and all(is_cjk(ch) for ch in nxt) and nxt[0] in _surnames()
            and len(line) <= TITLE_LINE_CHARS and _TERMINATOR_SET.isdisjoint(line)
            and (after[:1] in "（(" or after.startswith(HARD_BREAK) or _LEAD_LABEL.match(after[:20]) is not None))


def _join_lines(doc: _Doc) -> None:
    """Re-join lines broken in mid-sentence and collapse every other line break to one ``"\\n"``: applies
    :func:`_join_edits`, whose per-line lists (a page of 50,000 short lines: some 20 MB of them) are gone before
    :meth:`_Doc.apply` builds its own per-piece ones (mem28)."""
    doc.apply(_join_edits(doc))


def _join_edits(doc: _Doc) -> list[Edit]:
    """The edits that re-join lines broken in mid-sentence and collapse every other line break to one ``"\\n"``.

    A line is joined to the next non-blank line when (a) it leaves a bracket open or the next line starts
    with a closing bracket (numbering split across lines: ``(一\\n)``), or (b) it does not end with a
    terminator or colon *and* it is prose: it holds a terminator inside, or it is longer than 60
    characters, or it is at least 80 % of its block's usual width (a hard-wrapped paragraph), and the next
    line does not start with a list marker, or (c) the next line is a fragment of at most 3 characters after a line
    of at least :data:`WRAPPED_LINE_MIN_CHARS` (a column of short labels, ``姓名⏎单位⏎职务``, is never joined into
    one) or inside a run of more than :data:`LABEL_RUN_MAX_LINES` short lines, or the line ends in 及/与, or (d) the
    line is a run-in marker alone (:data:`LONE_MARKER_RE`: ``⑴``, ``(1)``, ``第一，``) and the next line, right below,
    opens with no marker. A short line without a terminator (a heading, a title) stands alone; so does a line of at most ``TITLE_LINE_CHARS`` characters with no terminator and no colon that stands
    between blank lines (or opens the text), even when it holds a comma (``推进基层减负，让干部把精力用在干事创业上``). Joining removes the newline and the indentation around it and inserts nothing.
    """
    lines = doc.lines()
    text = doc.text
    raw = [text[s:e] for s, e in lines]  # (each line and its stripped text, cut once: read several times below)
    stripped = [r.strip() for r in raw]
    nonblank = [(s, e) for (s, e), piece in zip(lines, stripped) if piece]
    if not nonblank:  # whitespace only: nothing to join
        return [(0, len(doc.text), "", "")]
    # per non-blank line but the last (which ends no gap): holds a unit end, holds a comma, offset of its last unit end
    # or hard break (-1: none), holds an opening bracket; whether the last holds a unit end is read only when it is
    # at most 3 characters long (a fragment, a short line)
    marks = _line_marks(text, [s for s, _ in nonblank[:-1]], [e for _, e in nonblank[:-1]])
    ended, commas, last_ends, opened = marks
    last_piece = next(piece for piece in reversed(stripped) if piece)
    ended.append(len(last_piece) <= 3 and not _TERMINATOR_SET.isdisjoint(last_piece))
    # block widths: runs of non-blank lines not separated by a blank line (the lines follow one another: a block
    # ends at a blank line), each non-blank line's the widest line of its block, 0 in a block of one line
    widths = _block_widths([len(piece) for piece in stripped])

    edits: list[Edit] = []
    nonblank_text = [(r, piece) for r, piece in zip(raw, stripped) if piece]  # parallel to nonblank
    # leading whitespace of the first line
    first_s, _ = nonblank[0]
    lead = len(text[first_s:]) - len(text[first_s:].lstrip())
    if first_s + lead > 0:
        edits.append((0, first_s + lead, "", ""))
    # the logical line built so far, kept as bounded summaries so that joining many lines stays linear:
    # its head (for the list-marker test), its last characters, its length, and what it holds
    head, end_part, length, has_end, has_comma, tail = "", "", 0, False, False, ""
    prev_e = -2  # end of the previous non-blank line (-2: none, so the first line counts as after a blank)
    # length of the run of adjacent short lines (LABEL_RUN_MAX_LINES) each non-blank line stands in (0: not short)
    short = [len(piece) <= 3 and not end for (_r, piece), end in zip(nonblank_text, ended)]
    run = [0] * len(nonblank)
    covered = -1
    for i in [k for k, is_short in enumerate(short) if is_short]:
        if i <= covered:
            continue  # (inside the run found from an earlier short line)
        j = i
        while j + 1 < len(nonblank) and short[j + 1] and nonblank[j + 1][0] == nonblank[j][1] + 1:
            j += 1
        run[i:j + 1] = [j - i + 1] * (j - i + 1)
        covered = j
    pieces = [piece for _raw, piece in nonblank_text]
    # (a line that opens with 二、 somewhere: 一、 opening a line is then a list's first heading, never a split word)
    second_marker = any(piece.startswith("二、") for piece in pieces)
    leads = [len(r) - len(r.lstrip()) for r, _piece in nonblank_text]  # (each line's indentation)
    starts = [s for s, _ in nonblank]
    line_ends = [e for _, e in nonblank]
    # the rows of a table (tab-separated cells, :func:`_table_row_gaps`: a .docx or web page's table, a markdown
    # table): each its own line, never a wrapped line of the row or paragraph after it (ux31: ``协调⇥审批周期长`` ⏎⏎
    # ``此外，…`` read as one sentence ``…审批周期长此外，…``)
    row = [False] * len(nonblank)
    if "\t" in text:
        for gap in _table_row_gaps(text):
            row[bisect_right(starts, gap) - 1] = True
    sentence_items = _sentence_item_blocks(starts, line_ends, pieces)
    for n, (s, e, s2, piece, nxt, lead, lead2, ends_unit, last_end) in enumerate(zip(
            starts, line_ends, starts[1:], pieces, pieces[1:], leads, leads[1:], ended, last_ends)):
        # a short line standing between two blank lines (or opening the text), starting a logical line, with no
        # terminator and no colon (a `label：value` line of a field list is left to the rules below): a headline (推进基层减负，让干部把精力用在干事创业上), never glued to the paragraph below
        # (its first two conditions read the state before this line: the rest is tested where it is needed)
        may_be_isolated = not length and prev_e + 1 != s
        prev_e = e
        if not length:
            head = piece[:80]
        elif len(head) < 80:
            head = (head + piece)[:80]
        end_part = (end_part + piece)[-80:]
        length += len(piece)
        has_end = has_end or ends_unit
        has_comma = has_comma or commas[n]
        gap_start = s + lead + len(piece)  # (where the stripped line ends in the text)
        # (last_end: the offset of the line's last 。！？!?；; or hard break)
        tail = text[last_end + 1:gap_start] if last_end >= 0 else (tail + piece if len(tail) <= 50 else tail)
        gap_end = s2 + lead2
        join = False
        # (the last 12 characters lie in this line when it is long or opens the logical line: one without an
        # opening bracket leaves none open)
        if ((opened[n] or (len(piece) < 12 and length > len(piece))) and _bracket_balance(end_part[-12:]) > 0
                or nxt[:1] in ")）]】〕］"):
            join = True
        # a marker alone on its line, its item's text on the line right below (LONE_MARKER_RE)
        elif (length == len(piece) and s2 == e + 1 and len(piece) <= 5 and LONE_MARKER_RE.fullmatch(piece)
              and not LINE_MARKER_RE.match(nxt) and not LONE_MARKER_RE.fullmatch(nxt[:5])):
            join = True
        # (a line ends complete at its last character, or after closing marks: neither, no need to look further)
        elif (end_part[-1] not in LINE_END and (end_part[-1] not in CLOSERS or not _ends_complete(end_part))
              and (not LINE_MARKER_RE.match(nxt) or _split_word_marker(end_part, nxt, second_marker))
              and not nxt.startswith(HARD_BREAK)
              and not _STRAY_LIST_DASH.search(end_part)):
            isolated = (may_be_isolated and s2 != e + 1 and len(piece) <= TITLE_LINE_CHARS and not ends_unit
                        and ("：" not in piece and ":" not in piece or _NUMBERED_LABEL.match(piece) is not None
                             or _long_colon_label(piece)))
            width = widths[n]
            # (not one ending in a comma with the next line right below it: a heading ends no clause there, the marked
            # item's sentence goes on, ``1、离岛…师资不足、资源短缺,`` ⏎ ``希望教育处正视此问题,…。``; w612, Part 59's 3026)
            heading_tail = bool(TITLE_MARKER_RE.match(tail)) and len(tail) <= 50 and not any(
                ch in SENTENCE_END for ch in tail) and not (end_part[-1] in _COMMA_SET and s2 == e + 1)
            # (a numbered line of clauses in a list whose numbered lines are sentences, or whose last clause opens a
            # request, the next line right below and no wider than the printed width: minutes typed as printed, ``(一)公有市场屋顶漏水，…，请建设课尽速`` ⏎
            # ``编列预算修缮。``: the item's sentence goes on there, no heading; Part 121's 6769)
            sentence_item = (heading_tail and s2 == e + 1 and has_comma and "：" not in tail and ":" not in tail
                             and len(nxt) <= WRAPPED_NEXT_RATIO * len(piece)
                             and (_marker_family(tail) in sentence_items[n] or _opens_request(tail)))
            heading_tail = heading_tail and not sentence_item
            prose = has_end or length > 60 or (length >= 15 and has_comma and not LINE_MARKER_RE.match(head))
            # (a line that ends in a clause comma, the next line right below it: the sentence goes on there, however
            # short the line, ``一些地方保洁员队伍老化，`` ⏎ ``工作积极性不高。``; a heading ends no clause; try47)
            prose = prose or (end_part[-1] in "，," and s2 == e + 1 and length >= CLAUSE_LINE_MIN_CHARS)
            prose = prose or sentence_item
            wrapped = width >= 20 and len(piece) >= 0.8 * width
            # (a wrapped line's last few characters: the line they continue is long; a column of short labels,
            # 姓名 ⏎ 单位 ⏎ 职务 or a table's header cells one a line, is no wrapped line)
            fragment = (len(nxt) <= 3 and (len(piece) >= WRAPPED_LINE_MIN_CHARS or run[n] > LABEL_RUN_MAX_LINES)
                        and not ended[n + 1]) or end_part[-1] in DANGLING_END
            # a lead-in clause closed by a comma, a blank line, then a paragraph opening with a run-in enumerator
            # (要提高质量，⏎⏎一方面要…): the author broke the paragraph there; a line wrapped or cut by a page does
            # not open its next piece with an item marker
            lead_in = s2 != e + 1 and end_part[-1] in _COMMA_SET and opens_run_in(nxt)
            # a header block (trialfix20): a short line opening the text or a paragraph, no unit end, not a full
            # line of a wrapped block, followed by another short line with no unit end (a title, then its genre
            # line or byline: ``…大讨论⏎个人剖析材料⏎某小学：某某``): a run of header lines, each its own line
            header = (may_be_isolated and len(piece) <= TITLE_LINE_CHARS and not ends_unit and not wrapped
                      and 3 < len(nxt) <= TITLE_LINE_CHARS and _TERMINATOR_SET.isdisjoint(nxt))
            # a short line standing between blank lines (a heading) before a lone label between blank lines
            # (``论点 1：…⏎⏎正文⏎⏎``): two lines of an outline, not a wrapped line's last characters (trialfix20)
            fragment = fragment and not isolated
            # a title between blank lines whose last sentence end is followed only by a bar and a short name
            # (``…将面对哪些问题？|编辑部``: the author's or the site's tag after a title), its own line (trialfix20b)
            tagged_title = (may_be_isolated and s2 != e + 1 and len(piece) <= TITLE_LINE_CHARS and tail[:1] in "|｜"
                            and len(tail) <= TITLE_TAG_CHARS and _TERMINATOR_SET.isdisjoint(tail))
            # a short line opening a logical line after a sentence end, before a much longer paragraph line (a
            # subheading in running text with no blank lines, part14fix21)
            subheading = length == len(piece) and (n > 0 and (
                _subheading_line(pieces[n - 1], piece, nxt)
                or may_be_isolated and s2 != e + 1 and _question_subheading(pieces[n - 1], piece, nxt))
                or n == 0 and _subheading_line("", piece, nxt, opening=True))  # (the text's headline: p27c)
            # the next line opens with a particle no sentence opens with (``的有机结合。…``): the phrase of this
            # line, a heading cut by a page or a converter's line break, goes on there (paper21)
            fragment = fragment or continued_line(nxt)
            # a numbered heading, then a name of two or three characters on its own line before the paragraph
            # (``（二）基层形式主义的三大典型表现`` ⏎ ``周光辉`` ⏎ ``现今…``): the author's byline, no wrapped tail
            # (trialfix22b G)
            fragment = fragment and not (n + 2 < len(pieces) and (
                _byline_name_after_heading(piece, nxt)
                or n == 0 and _byline_name_under_title(piece, nxt, pieces[n + 2])))
            # a line the next one repeats word for word after a blank line (a page's title printed twice or three
            # times, ``是誰要為…買單? 長照2.0…`` ⏎⏎ the same; the last of them too): its own line, never a sentence run on
            # (trialfix22b G)
            repeated = s2 != e + 1 and length == len(piece) and (nxt == piece or n > 0 and pieces[n - 1] == piece
                                                                 and starts[n - 1] + leads[n - 1] + len(piece) + 1 < s)
            # a report's numbered finding or item label opening a line with no sentence end (``发现一：A有限，B存在
            # 差异`` ⏎ ``调查发现，…``; ``问题二：…``, ``建议三：…``): a heading that states the point, its own line, not
            # a wrapped line of the paragraph below (kinds29; a wrapped block's full-width line still joins)
            labelled = (length == len(piece) and not ends_unit and not wrapped and len(piece) <= LABELLED_HEADING_CHARS
                        and _NUMBERED_LABEL.match(piece) is not None)
            # a standfirst: one line standing alone between blank lines (a block of its own) with no sentence end,
            # before a paragraph a quarter longer than it that holds one (``…宾县打击欺诈骗保行动折戟,折射了…的普遍
            # 困境`` ⏎⏎ ``现有控费格局下,…。``): the author's own line, not a wrapped one (a page's hard wrap leaves the
            # line before the break a full-width one, as long as the next) (abstract34)
            standfirst = (may_be_isolated and s2 != e + 1 and length == len(piece) and not ends_unit
                          and piece[-1] not in _PHRASE_OPEN_ENDS  # (吸收有关企业和 ⏎⏎ 单位…: cut mid-phrase)
                          and widths[n] == 0 and len(nxt) >= STANDFIRST_NEXT_RATIO * len(piece)
                          and not _TERMINATOR_SET.isdisjoint(nxt))
            # two lines of a field list, right below each other (``提案标题：关于…的建议`` ⏎ ``提案人：张某``): the next
            # line opens a field of its own, no wrapped line's tail (check50); a line with a comma or a sentence end
            # joins as before (``网友某某:…,…`` ⏎ ``建议:…`` stays one reply: with commas allowed, 7 documents of the
            # corpus changed, 2 points lost)
            fields = (length == len(piece) and s2 == e + 1 and not ends_unit and not commas[n]
                      and _FIELD_LINE.match(piece) is not None and _FIELD_LINE.match(nxt) is not None)
            # the last line of such a field list, a blank line after it (``时间：…下午`` ⏎ ``参会人员：甲、乙、丙`` ⏎⏎
            # ``甲：今天…。``): as wide as its block's widest line, it read as a hard-wrapped paragraph's line and ran on
            # into the paragraph below; a field right below a field is no wrapped line (try53)
            # (its value may list names with 、, ``甲、乙、丙``; a clause comma makes it a reply's prose)
            fields = fields or (length == len(piece) and s2 != e + 1 and not ends_unit and n > 0
                                and "，" not in piece and "," not in piece
                                and starts[n] == line_ends[n - 1] + 1 and _FIELD_LINE.match(piece) is not None
                                and _FIELD_LINE.match(pieces[n - 1]) is not None)
            join = fragment or (not isolated and not header and (prose or wrapped) and not heading_tail
                                and not lead_in and not tagged_title and not subheading and not repeated
                                and not labelled and not standfirst and not fields)
        if join and (row[n] or row[n + 1]):
            join = False
        if join and len(nxt) <= 8 and EXAM_MATERIAL_LABEL.fullmatch(nxt):
            join = False  # a 申论 page's label of its material on its own line (材料1): a heading, no wrapped line's tail
        if join:
            last = end_part[-1:]
            sep = " " if (last.isascii() and last.isalnum() and nxt[:1].isascii() and nxt[:1].isalnum()) else ""
            edits.append((gap_start, gap_end, sep, ""))
        else:
            if gap_end - gap_start != 1:  # (a lone line break between them stays as it is: no edit)
                edits.append((gap_start, gap_end, "\n", ""))
            head, end_part, length, has_end, has_comma, tail = "", "", 0, False, False, ""
    last_s, last_e = nonblank[-1]
    tail = text[last_s:last_e].rstrip()
    if last_s + len(tail) < len(text):
        edits.append((last_s + len(tail), len(text), "", ""))
    return edits


# a hard break with the spaces around it; it starts where its space run starts (never inside it: linear on spaces)
_HARD_BREAK_RUN = LazyPattern(r"(?<![ \t\u3000])[ \t\u3000]*\ue000[\s\ue000]*")


def _hard_break_runs(text: str) -> list[re.Match[str]]:
    """``_HARD_BREAK_RUN.finditer(text)``, tried only where a match can start: every match holds a hard break and
    starts where the space run before its first one starts (the look-behind), and after a match comes no space and
    no hard break, so each hard break not inside an earlier match gives the next one (one ``str.find`` a hard break
    instead of a step of the regex engine at every position of the text)."""
    out: list[re.Match[str]] = []
    end = 0
    q = text.find(HARD_BREAK)
    while q >= 0:
        p = q
        while p > end and text[p - 1] in " \t\u3000":
            p -= 1
        m = _HARD_BREAK_RUN.match(text, p)
        if m is None:  # (not reached: the look-behind holds at a space run's start) the engine's own scan decides
            return list(_HARD_BREAK_RUN.finditer(text))
        out.append(m)
        end = m.end()
        q = text.find(HARD_BREAK, end)
    return out


_SPACE_RUN = LazyPattern(r"[ \t\u00a0\u3000\u2002-\u200b]+")
_SPACE_SENSITIVE = LazyPattern(r"[A-Za-z0-9]")
_INVISIBLE = LazyPattern(f"[{INVISIBLE}]")  # zero-width and format characters (summarizer.chars.INVISIBLE)
_CONTROL = LazyPattern(f"[{CONTROL}]+")  # control characters other than tab and line breaks (summarizer.chars.CONTROL)
#: ECMA-48 escape sequences left by a terminal (colour codes pasted from a console or a log: ``ESC [ 31 m``): a CSI
#: (``ESC [`` parameters, intermediates, one final byte), an OSC (``ESC ]`` text up to BEL or ``ESC \``; with no
#: terminator it is no sequence and its text stays) or a two-character escape is removed whole, so no ``[31m`` is
#: left once the ESC itself goes. Linear: each repetition stops at the next ESC or at a byte outside its class.
_ANSI_ESCAPE = LazyPattern("\x1b(?:\\[[0-?]*[ -/]*[@-~]|\\][^\x07\x1b]*(?:\x07|\x1b\\\\)|[@-~])")


def _class_chars(body: str) -> tuple[str, ...]:
    """The characters of a regex character-class body made of characters and ``a-z`` ranges only."""
    out: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            out.extend(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
            i += 3
        else:
            out.append(body[i])
            i += 1
    return tuple(out)


#: The characters :data:`_INVISIBLE` and :data:`_LINE_BREAK` match (cues: a text without them skips the rule).
_INVISIBLE_CHARS = _class_chars(INVISIBLE)
_LINE_BREAK_CHARS = ("\r", "\u0085", "\u2028", "\u2029", "\x0b", "\x0c")
# ASCII punctuation after which a space before a Latin letter or digit is a real space: "U.S. News", "Fig. 3",
# "Smith, J.", "p. 5; see"
_LATIN_PUNCT = frozenset(".,;:!?)%")


def _table_row_gaps(text: str) -> set[int]:
    """Start offsets (into ``text``) of the cell gaps of table rows: a whitespace run holding a tab between two
    non-space characters of one line (tab-separated cells; a markdown row's ``|`` are tabs by now). A line is a
    table row when it has two such gaps (three cells), or one and the nearest non-blank line before or after it
    has one too (a two-column table). One pass over the lines."""
    lines = []  # (gap starts) per non-blank line, in order
    for line_start, line in _line_spans(text):
        s = line.strip()
        if not s:
            continue
        gaps = []
        if "\t" in s:
            offset = line_start + line.index(s[0])
            gaps = [offset + m.start() for m in _SPACE_RUN.finditer(s) if "\t" in m.group()]
        lines.append(gaps)
    rows: set[int] = set()
    for i, gaps in enumerate(lines):
        if len(gaps) >= 2 or (gaps and ((i and lines[i - 1]) or (i + 1 < len(lines) and lines[i + 1]))):
            rows.update(gaps)
    return rows


def _line_spans(text: str):
    """``(start offset, line)`` of each line of ``text`` (without its ``\\n``)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


#: What a table row's cell gap becomes in the cleaned text (cells glued together would read as one word).
CELL_SEPARATOR = "\t"


def _normalize_spaces(doc: _Doc) -> None:
    """Remove whitespace inside a line unless it separates two Latin letters/digits, a Latin letter or digit from CJK
    (the user's ``的 4G 信号`` and ``共 35 个`` keep both spaces: output quotes the user's characters), Latin
    punctuation after a Latin word from the next Latin word (``U.S. News``, ``Fig. 3``, ``Smith, J.``), a Latin
    word from an opening bracket (``Smith (2020)``), or an ASCII comma or semicolon after CJK from a Latin word
    (``PPP模式, Public-Private Partnership``: an English gloss inside Chinese; lead51, after fix51's report; not a
    colon: ``編號: PR2160`` is a field); runs of kept spaces become one space (PDF/OCR letter-spacing artefacts,
    "我 们 今 天"). The cell gaps of a table row (:func:`_table_row_gaps`) become one :data:`CELL_SEPARATOR` each."""
    edits: list[Edit] = []
    text = doc.text
    cells = _table_row_gaps(text) if "\t" in text else set()
    for m in _SPACE_RUN.finditer(text):
        a, b = m.start(), m.end()
        left = text[a - 1] if a else ""
        right = text[b] if b < len(text) else ""
        if not left or not right or left == "\n" or right == "\n":
            edits.append((a, b, "", ""))
            continue
        if a in cells:
            if text[a:b] != CELL_SEPARATOR:
                edits.append((a, b, CELL_SEPARATOR, ""))
            continue
        left_latin = left.isascii() and left.isalpha()
        right_latin = right.isascii() and right.isalpha()
        left_alnum = left.isascii() and left.isalnum()
        right_alnum = right.isascii() and right.isalnum()
        keep = (left_alnum and right_alnum) or (left_alnum and not right.isascii() and is_cjk(right)) or (
            right_alnum and not left.isascii() and is_cjk(left)
        ) or (right_alnum and left in _LATIN_PUNCT and a >= 2 and text[a - 2].isascii() and text[a - 2].isalnum()
              ) or (right_latin and left in ",;" and a >= 2 and is_cjk(text[a - 2])
                    ) or (left_alnum and right == "(")
        if keep:
            if b - a > 1 or text[a] != " ":
                edits.append((a, b, " ", ""))
        else:
            edits.append((a, b, "", ""))
    doc.apply(edits)


#: Characters at each end of a line read for a Discuz anti-scrape jammer run (:func:`_remove_jammer_runs`).
JAMMER_EDGE_CHARS = 80
#: Fewest jammer runs in a document for its runs to be removed (a forum page prints one on most lines).
JAMMER_MIN_RUNS = 3
# a jammer run: four or more tokens of one to four printable ASCII characters separated by spaces, at a line's end
# after its text (…整洁。9 F. ^# _* j& l: W) or at its start before the text (; t1 ]" e6 S. i$ Z( o每年…)
# (every quantifier bounded by JAMMER_EDGE_CHARS, the window the patterns are read in: a search over a long run of
# ASCII tokens tries at most that many characters from each start, so it stays linear)
# (its last token may be longer, up to JAMMER_LAST_TOKEN_CHARS: a forum stamps its host there, o$ E5.39.217.76)
_JAMMER_END = LazyPattern(r"[ \t]{0,80}(?:[!-~]{1,4}[ \t]{1,80}){3,40}[!-~]{1,16}[ \t]{0,80}$")
# (the text after it may open with a quote or bracket: o2 o5 F9 @) `4 j“有人認為…, p30struct)
# (its last token may be the forum's stamp glued to the text, up to JAMMER_LAST_TOKEN_CHARS: `' los.tvboxnow.com在職…)
_JAMMER_START = LazyPattern(r"[ \t]{0,80}(?:[!-~]{1,4}[ \t]{1,80}){3,40}[!-~]{0,16}(?=[“‘「『（〈《【]?[\u3400-\u9fff])")
#: Sentence end marks right after the text that a line-end jammer run (:data:`_JAMMER_END`) starts with: kept.
_JAMMER_KEPT_END = "!.?;"
# a Discuz attachment tag left in a printed page: [attach]4821916[/attach]
_ATTACH_TAG = LazyPattern(r"\[attach\]\d{1,12}\[/attach\]")
#: Fewest ASCII punctuation characters in a jammer run (a run of words or numbers, ``A B C D``, is text).
JAMMER_MIN_PUNCT = 2
#: Most characters of a forum host stamped before a jammer run (:data:`_JAMMER_HOST`, ``www2.tvboxnow.com)``).
JAMMER_HOST_CHARS = 40
#: A host name (dotted labels ending in a top-level domain) and up to two ASCII marks, right before a jammer run.
_JAMMER_HOST = LazyPattern(r"(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]{1,20}\.){1,3}(?:com|net|org|cn|hk|tw|mo|cc|info|tv)"
                          r"[!-/:-@\[-`{-~]{0,2}(?=[ \t])")
#: Most characters of a jammer run's last token at a line's end (:data:`_JAMMER_END`; the others have at most 4).
JAMMER_LAST_TOKEN_CHARS = 16
# a table cell rule: a bar standing alone between spaces or opening the run (| 1 | 日常巡查不到位 |), never a jammer's
# bar glued to punctuation (y% |, Y9)
_TABLE_BAR = LazyPattern(r"(?:^|[ \t])\|(?=[ \t]|$)")


#: Least share of distinct marks among the ASCII punctuation marks of a jammer run (random marks seldom repeat; a
#: list's separators and a version's dots do: ``X-1, Y-2, Z-3``, ``v1.2 v1.3``, ``C++ / C# / F#``).
JAMMER_DISTINCT_MARKS = 1 / 2
_BRACKET_PAIRS = {")": "(", "]": "[", "}": "{"}


def _random_marks(run: str) -> bool:
    """Whether the ASCII punctuation of ``run`` (a candidate jammer run) reads as random, as an anti-scrape jammer's
    does (``2 @9 t+ a( Q0 I4 {' M% D``), not as a product list, versions, code or a formula: at least two distinct
    marks, their share of all its marks at least :data:`JAMMER_DISTINCT_MARKS`, at most one token in four a lone
    mark (code and lists set operators and separators apart: ``if (x > 0) { y = a[i] + b; }``), and brackets that
    do not all pair up in order. If in doubt the text stays (fix42c). Linear in the run."""
    marks = [ch for ch in run if not ch.isalnum() and not ch.isspace()]
    if len(set(marks)) < JAMMER_MIN_PUNCT or len(set(marks)) < JAMMER_DISTINCT_MARKS * len(marks):
        return False
    tokens = run.split()
    if sum(1 for t in tokens if len(t) == 1 and not t.isalnum()) > max(1, len(tokens) // 4):
        return False
    stack: list[str] = []
    paired = 0
    for ch in marks:
        if ch in "([{":
            stack.append(ch)
        elif ch in _BRACKET_PAIRS:
            if not stack or stack.pop() != _BRACKET_PAIRS[ch]:
                return True
            paired += 1
    return bool(stack) or paired == 0


def _jammer_run(piece: str) -> bool:
    """Whether ``piece`` (a matched run) holds at least :data:`JAMMER_MIN_PUNCT` ASCII punctuation characters and no
    word of three letters in a row before its last token (random characters, not an English phrase; the last token
    may be the forum's stamp, ``los.tvboxnow.com``, ``Etvb``), and no table rule: two ``|`` standing alone or one
    opening it (the cell rules of a markdown table row, ``| 1 | 日常巡查不到位 | 3个 |``, are the same short ASCII
    tokens between spaces; a jammer's lone ``K) |`` is none)."""
    if len(_TABLE_BAR.findall(piece.strip())) >= 2 or piece.lstrip().startswith("|"):
        return False
    punct = sum(1 for ch in piece if not ch.isalnum() and not ch.isspace())
    tokens = piece.split()
    return (punct >= JAMMER_MIN_PUNCT and re.search(r"[A-Za-z]{3}", " ".join(tokens[:-1])) is None
            and _random_marks(" ".join(tokens[:-1])))


def _ascii_line(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds printable ASCII and blanks only (no letter of another script, no Chinese)."""
    return all(" " <= ch <= "~" or ch == "\t" for ch in text[a:b])


#: Emoji of a post (the supplementary pictographs, ⭐ ✅ ❌ ✨ ❗ ❓ ⚠ ⚡ ⛔ ☑, the emoji variation selector) and the
#: keycap digits (``1️⃣``: a digit, U+FE0F, U+20E3; ``🔟``), and a symbol that U+FE0F asks to draw as an emoji
#: (``❤️``, ``☀️``, ``➡️``). None is text: one opening a line is its list marker,
#: one inside a line a separator or decoration (fix42b).
#: Also the symbols Unicode draws as emoji by default or lists as emoji and a post writes without U+FE0F (☀ ❤ ⌚ ✈ ⏰ ☎
#: ⛪ ✂ ✉ ✏ ❄ ⬛ ⭕; never ★ ☆ ✓ ※ ♀ ♂ nor an arrow, which text writes as symbols), and the tag characters
#: U+E0020-U+E007F that spell a subdivision flag after 🏴 (left43).
_EMOJI_CLASS = ("[\U0001F000-\U0001FAFF\u2B50\u2705\u274C\u2728\u2757\u2753-\u2755\u26A0\u26A1\u26D4\u2611\uFE0E\uFE0F"
                "\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u2600-\u2604\u260E\u2614\u2615\u2618\u261D"
                "\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2648-\u2653\u265F-\u2660\u2663\u2665"
                "\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A7\u26AA\u26AB\u26B0\u26B1"
                "\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA"
                "\u26FD\u2702\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u274E"
                "\u2763\u2764\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B55\U000E0020-\U000E007F]")
_KEYCAP = "[0-9#*]\uFE0F?\u20E3|\U0001F51F|[\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]\uFE0F"
#: A run of emoji and keycaps, spaces between them included (each repetition takes one emoji: linear).
_EMOJI_RUN = LazyPattern(f"(?:{_KEYCAP}|{_EMOJI_CLASS})(?:[ \t\u3000]{{0,3}}(?:{_KEYCAP}|{_EMOJI_CLASS}))*+")
_EMOJI_CUE = LazyPattern(f"{_EMOJI_CLASS}|\u20E3")
#: What an emoji adds to a line that :func:`emoji_edits` takes out of it (an emoji, a symbol drawn as one, a
#: keycap's U+20E3): the characters a point's source comparison ignores, so an emoji inside a sentence never cuts
#: its point off at the emoji (``农民😀工工资拖欠严重``; fix42c).
EMOJI_DROP = f"[\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]\uFE0F|{_EMOJI_CLASS}|\u20E3"
#: A copyright sign left inside a line of prose once the footer rules ran (``农民工工资拖欠严重©，…``; left43).
_COPYRIGHT_SIGN = LazyPattern("©")
#: Spaces looked back over for a line start before an emoji run.
_EMOJI_LEAD_SPACES = 8


#: Longest line (characters) :func:`_lead_in_line` reads for its closing colon.
EMOJI_LEAD_IN_CHARS = 60


def _lead_in_line(text: str, start: int) -> bool:
    """Whether the line of ``text`` from ``start`` ends, within :data:`EMOJI_LEAD_IN_CHARS` characters, in a colon
    (``我觉得要解决这个问题：``): a lead-in to the list after it. Bounded."""
    end = text.find("\n", start, start + EMOJI_LEAD_IN_CHARS + 1)
    line = text[start:end if end >= 0 else start + EMOJI_LEAD_IN_CHARS + 1].rstrip()
    return (end >= 0 or len(text) - start <= EMOJI_LEAD_IN_CHARS) and line.endswith(("：", ":"))


#: Longest line (characters) :func:`_emoji_title_line` takes for a title.
EMOJI_TITLE_CHARS = 40
_TITLE_STOPS = frozenset("。！？!?；;，,：:")


def _emoji_title_line(text: str, start: int) -> bool:
    """Whether the line of ``text`` from ``start`` (after an emoji opening the document) reads as the document's
    title: at most :data:`EMOJI_TITLE_CHARS` characters with no sentence or clause punctuation, and the next
    non-blank line opens with no emoji (a run of emoji-marked lines is a list, its first line an item). Bounded
    by the line and the blank lines after it."""
    end = text.find("\n", start, start + EMOJI_TITLE_CHARS + 1)
    if end < 0:
        return False
    line = text[start:end]
    if not line.strip() or any(ch in _TITLE_STOPS for ch in line):
        return False
    k = end
    while k < len(text) and text[k] in " \t\u3000\r\n":
        k += 1
    return k < len(text) and _EMOJI_RUN.match(text, k) is None


#: An emoji face (the Emoticons block 😀-🙏 less its hands 🙅-🙏, the supplemental faces 🤐-🤯, 🥰-🥺, 🧐, and
#: ☹ ☺): the writer's feeling about the clause before it, which it closes (``停车难😡物业不管``). Skin tones and
#: U+FE0F may follow it.
_FACE_EMOJI = LazyPattern("[\U0001F600-\U0001F644\U0001F910-\U0001F92F\U0001F970-\U0001F97A\U0001F9D0"
                         "\u2639\u263A]")
#: A face and the skin tone or U+FE0F after it, and the emoji that follow it in the same run (``停车难😡😡物业不管``,
#: ``停车难😡👎物业不管``; up to three spaces before each, as in :data:`_EMOJI_RUN`), as :func:`emoji_edits` replaces
#: the run by one comma between two clauses: what a point's source comparison reads as that comma
#: (:meth:`summarizer.document.EssayDoc.exact_end`; each repetition takes an emoji: linear; try44b).
FACE_COMMA = LazyPattern(_FACE_EMOJI.pattern
                        + f"(?:[\U0001F3FB-\U0001F3FF\uFE0F]|[ \t\u3000]{{0,3}}(?:{_KEYCAP}|{_EMOJI_CLASS}))*+")
#: Han characters a face's sides must hold, each up to the nearest mark (:func:`_clause_sides`).
FACE_CLAUSE_CHARS = 3


def _clause_sides(text: str, a: int, b: int) -> bool:
    """Whether ``text[:a]`` ends in, and ``text[b:]`` opens with, at least :data:`FACE_CLAUSE_CHARS` Han characters
    (no mark, space or Latin letter among them): an emoji between them stands between two clauses, not inside a
    word (``农民😀工``: two characters before it) nor after a product name (``iPhone15Pro😡``). Bounded."""
    return (a >= FACE_CLAUSE_CHARS and b + FACE_CLAUSE_CHARS <= len(text)
            and all(is_cjk(ch) for ch in text[a - FACE_CLAUSE_CHARS:a])
            and all(is_cjk(ch) for ch in text[b:b + FACE_CLAUSE_CHARS]))


def emoji_edits(text: str) -> list[tuple[int, int, str, str]]:
    """Edits (``(start, end, replacement, rule)``, offsets into ``text``) that take the emoji and keycap digits out
    of ``text``: a run opening a line (past at most :data:`_EMOJI_LEAD_SPACES` spaces) becomes the line's list
    marker, ``N、`` for a keycap digit (``1️⃣ 政府应该…`` → ``1、政府应该…``) and the bullet ``•`` for any other
    emoji (``💰 首先是…``), so the line is an item of its own, never glued to the line above; before a lead-in
    (a line that ends in a colon: ``👉 我觉得要解决这个问题：``) a hard break, so the line stands alone; a run
    that is all the line holds goes. Inside a line a keycap is its digit, and any other run a space between two
    Latin letters or digits, a comma for a face between two clauses (:data:`_FACE_EMOJI`, :func:`_clause_sides`:
    ``停车难😡物业不管`` -> ``停车难，物业不管``), else nothing (``谢邀 🙏 作为…`` -> ``谢邀 作为…``; a comma there cut a page's run-on
    line of furniture and text into a point of furniture alone); a run that ends a line of text a hard break, so
    the unpunctuated line is never joined to the next as a wrapped one (``…买不起😢`` ⏎ ``建议…``). One pass: linear in ``len(text)``. Never raises."""
    out: list[tuple[int, int, str, str]] = []
    n = len(text)
    opening = n - len(text.lstrip())  # (the document's first visible character)
    for m in _EMOJI_RUN.finditer(text):
        a, b = m.span()
        k = a
        while k > 0 and a - k < _EMOJI_LEAD_SPACES and text[k - 1] in " \t\u3000":
            k -= 1
        e = b
        while e < n and e - b < _EMOJI_LEAD_SPACES and text[e] in " \t\u3000":
            e += 1
        first = m.group()[0]
        keycap = m.group().startswith("\U0001F51F") or (first in "0123456789#*" and len(m.group()) > 1)
        digit = "10" if m.group().startswith("\U0001F51F") else first
        if k == 0 or text[k - 1] == "\n":
            if e >= n or text[e] == "\n" or (a == opening and _emoji_title_line(text, e)):
                out.append((k, e, "", "emoji"))  # (🏠 社区治理🚗报告 opening the page: its title, no item; fix42c)
            elif keycap and digit.isdigit():
                out.append((k, e, f"{digit}、", "emoji"))
            elif _lead_in_line(text, e):
                out.append((k, e, HARD_BREAK, "emoji"))  # (👉 我觉得要解决这个问题：: a lead-in of its own, no item)
            else:
                out.append((k, e, "•", "emoji"))
            continue
        if keycap and digit.isdigit():
            out.append((a, b, digit, "emoji"))
            continue
        before = text[k - 1]
        after = text[e] if e < n else ""
        if _FACE_EMOJI.match(m.group()) and _clause_sides(text, k, e):
            # (停车难😡物业不管: a face after a clause closes it, as a comma would; never inside a word, 农民😀工; left44)
            out.append((a, b, "，", "emoji"))
            continue
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            out.append((a, b, " ", "emoji"))
        elif after == "\n" and not before.isspace():
            # (…老人根本买不起😢 ⏎ 建议…: the run that ends a post's line ends its paragraph; without it the unpunctuated
            # line was joined to the next as a wrapped one; try43b)
            out.append((a, b, HARD_BREAK, "emoji"))
        else:
            out.append((a, b, "", "emoji"))
    return out


def _remove_jammer_runs(doc: _Doc) -> None:
    """Remove the anti-scrape runs a Discuz forum's printable page scatters over its lines (``2 @9 t+ a( Q0 I4 {' M%
    D`` after a sentence, ``; t1 ]" e6 S. i$ Z( o`` before one: random printable ASCII in short tokens, :data:`_JAMMER_END`,
    :data:`_JAMMER_START`, each with :data:`JAMMER_MIN_PUNCT` punctuation characters) and its ``[attach]…[/attach]``
    tags, when the document holds at least :data:`JAMMER_MIN_RUNS` such runs next to Chinese text. Reads at most
    :data:`JAMMER_EDGE_CHARS` characters at each end of a line: linear in the text (trialfix22b kind E)."""
    if not re.search(r"[!-~][ \t][!-~]{1,4}[ \t][!-~]", doc.text):
        return

    def runs(inside: bool = False) -> list[Edit]:
        text = doc.text
        edits: list[Edit] = []
        for a, b in doc.lines():
            if b - a < 7:
                continue
            if inside:
                # 。tvb now,tvbnow,bttvb, l8 y+ q# W3 z6 f1 J"_至於…: a run between two stretches of text, the
                # forum's stamp at one end (:func:`_jammer_tokens`); read once the page is known to be jammed
                edits.extend((m.start(), m.end(), "", "jammer") for m in _ASCII_RUN.finditer(text, a, b)
                             if _jammer_tokens(m.group()))
                continue
            m = _JAMMER_END.search(text, max(a, b - JAMMER_EDGE_CHARS), b)
            if m and not _jammer_run(m.group()) and b - a <= 2 * JAMMER_EDGE_CHARS and _ascii_line(text, a, b):
                # (a run found inside the watermark's last word, tvb' K8 \! S(: read again from the next token)
                gap = text.find(" ", m.start(), b)
                m = _JAMMER_END.search(text, gap, b) if gap >= 0 else None
            if m and _jammer_run(m.group()) and b - a <= 2 * JAMMER_EDGE_CHARS and _ascii_line(text, a, m.start()):
                # ! a) j6 @" Z& R0 p" J5.39.217.76tvb now,tvbnow,bttvb% I W2 [* K& h$ e( }3 V: a line of printable
                # ASCII only that ends in a jammer run is the jammer and the forum's watermark, no text (p27struct)
                edits.append((a, b, "", "jammer"))
                continue
            if m and m.start() > a and ord(text[m.start() - 1]) <= 0x7f:
                # 土地。www2.tvboxnow.com) d' [0 P( e- f6: the forum's host stamped before the run, glued to the
                # sentence (the run found inside it, com) d' …): the host and the run after it go together (p28d)
                host = _JAMMER_HOST.search(text, max(a, m.start() - JAMMER_HOST_CHARS), min(b, m.start() + 5))
                run = _JAMMER_END.match(text, host.end(), b) if host is not None and host.end() >= m.start() else None
                if run is not None and host.start() > a and ord(text[host.start() - 1]) > 0x7f \
                        and _jammer_run(run.group()):
                    edits.append((host.start(), run.end(), "", "jammer"))
                    b = host.start()
                    m = None
            if m and (m.start() == a or ord(text[m.start() - 1]) > 0x7f) and _jammer_run(m.group()):
                s = m.start()
                if s > a and text[s] in _JAMMER_KEPT_END:
                    # 步道破損很久了! m7 [# H2 k; Z: the sentence's own end mark before the run stays (without it the
                    # line was joined to the next as a wrapped one, its request glued to the complaint; Part 101)
                    s += 1
                edits.append((s, m.end(), "", "jammer"))
                b = s
            m = _JAMMER_START.match(text, a, min(b, a + JAMMER_EDGE_CHARS))
            if m and _jammer_run(m.group()):
                edits.append((m.start(), m.end(), "", "jammer"))
        return edits

    if len(runs()) + len(runs(inside=True)) < JAMMER_MIN_RUNS:
        return
    doc.apply([(m.start(), m.end(), " ", "jammer") for m in _ATTACH_TAG.finditer(doc.text)])
    doc.apply(runs())
    doc.apply(runs(inside=True))


#: A stretch of printable ASCII and blanks inside a line, long enough to hold a jammer run (:func:`_jammer_tokens`).
_ASCII_RUN = LazyPattern(r"[ -~\t]{8,}")
#: Most tokens of a jammer run holding a word of three letters (the forum's stamp: ``tvb now,tvbnow,bttvb``).
JAMMER_STAMP_TOKENS = 2
#: Fewest short tokens with a punctuation mark beside a letter or digit (``y+``, ``q#``, ``J"_``) in a jammer run
#: inside a line.
JAMMER_MIN_MARKED_TOKENS = 2
#: A token of ordinary notation, never a jammer's (whose marks stand at a token's edge, ``y+``, ``a(``, ``{'``):
#: letters and digits joined by a separator between them (ratios, fractions, decimals, versions, codes: ``1:2``,
#: ``3/4``, ``8.5%``, ``1,200``, ``M.2``, ``A/B``) and a number with its percent sign (``10%``). Such tokens are left
#: out of the short tokens :func:`_jammer_tokens` weighs, so a sentence listing ratios or models is no jammer run and
#: does not count for the page's gate (a late tryout: ``车位配比为 1:2 3:4 5:6 10% 不等`` on a page with no jammer lost
#: its numbers and the rest of its sentence). A letter with a sign (``A+``) is no such token: jammers write ``m+``.
#: Possessive runs after a lookbehind: a search over a long run of letters and digits is linear.
_NOTATION_TOKEN = LazyPattern(r"(?<![A-Za-z0-9])(?:[A-Za-z0-9]++(?:[.:/,-][A-Za-z0-9]++)+%?|[0-9]++%)")


def _jammer_tokens(run: str) -> bool:
    """Whether ``run``, a stretch of ASCII inside a line of a jammed forum page, is a jammer run with the forum's
    stamp in it (``tvb now,tvbnow,bttvb, l8 y+ q# W3 z6 f1 J"_``, ``: S3 f3 … p2 Etvb now,tvbnow,bttvb``): four
    tokens or more, at most :data:`JAMMER_STAMP_TOKENS` of them holding three letters in a row, three punctuation
    marks or more, at least
    :data:`JAMMER_MIN_MARKED_TOKENS` of at most 4 characters holding a punctuation mark beside a letter or digit
    (``y+``, ``J"_``; a formula's ``{``, ``}$`` are marks alone), and the tokens of at most 4 characters (ordinary
    notation, :data:`_NOTATION_TOKEN`, left out)
    half of all or more; no ``://`` (a link) nor a table rule. A phrase (``Powered by Discuz! 7.0.0``), a reference
    (``[J]. 2020, 12(3): 45-67.``) or a link is none. Linear in the run."""
    if "://" in run or _TABLE_BAR.search(run.strip()):
        return False
    tokens = run.split()
    if len(tokens) < 4:
        return False
    worded = sum(1 for t in tokens if re.search(r"[A-Za-z]{3}", t))
    short = [t for t in tokens if len(t) <= 4 and not _NOTATION_TOKEN.fullmatch(t)]
    marked = sum(1 for t in short if any(not ch.isalnum() for ch in t) and any(ch.isalnum() for ch in t))
    punct = sum(1 for ch in run if not ch.isalnum() and not ch.isspace())
    return (worded <= JAMMER_STAMP_TOKENS and marked >= JAMMER_MIN_MARKED_TOKENS and punct >= JAMMER_MIN_PUNCT + 1
            and 2 * len(short) >= len(tokens) and _random_marks(" ".join(t for t in tokens if len(t) <= 4)))


#: Fewest distinct words of the ``seo_spam`` cue group that make a line injected search spam (:func:`_remove_spam_lines`).
SPAM_MIN_WORDS = 3


@lru_cache(maxsize=1)
def _spam_words() -> re.Pattern[str] | None:
    """The ``seo_spam`` cue group (words of the porn and gambling keyword lines that hacked pages carry) as one
    alternation, longest first; None when the group is empty."""
    words = sorted(set(lexicon().words("seo_spam")), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)), re.I) if words else None


#: The characters besides an ASCII letter's two cases that a case-insensitive pattern matches to it (Python's ``re``
#: with ``IGNORECASE`` on a str pattern: İ and ı to i, ſ to s, the Kelvin sign to k; no other character matches an
#: ASCII letter), by which :func:`_spam_gates` spells a word's first letter as a case-sensitive class.
_IGNORECASE_EXTRA = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


@lru_cache(maxsize=1)
def _spam_gates() -> tuple[re.Pattern[str], ...]:
    """Patterns that find a word of the ``seo_spam`` cue group somewhere in a text exactly when
    :func:`_spam_words` does (one of them matches where it would): the words that open with a character of no case
    (Chinese) in one case-insensitive alternation (factored, :func:`~summarizer.aspects.word_trie_alternation`), and
    the words that open with an ASCII letter in one pattern per character that matches the letter case-insensitively
    (its two cases and :data:`_IGNORECASE_EXTRA`), that character literal, then the rest of the words
    case-insensitive (``b(?i:razzers|lacked)``, ``B(?i:razzers|lacked)``); the words that open with another cased
    character (none in the packaged group) keep the group's own case-insensitive alternation. A search of the
    group's alternation under ``re.I`` tries every word at every position (a case-insensitive pattern of cased
    literals gives the engine no first-character scan: 5 ms a search of a 31,000-character document, twice a
    document); each of these scans for its first characters (0.2 ms in all there, speed30). Empty when the group
    is."""
    words = sorted(set(lexicon().words("seo_spam")), key=lambda w: (-len(w), w))
    uncased = [w for w in words if w[0].lower() == w[0].upper() and w[0] not in "".join(_IGNORECASE_EXTRA.values())]
    by_letter: dict[str, list[str]] = {}
    other = []
    for w in words:
        if w in uncased:
            continue
        if w[0].isascii() and w[0].isalpha():
            by_letter.setdefault(w[0].lower(), []).append(w[1:])
        else:
            other.append(w)
    gates = [re.compile(word_trie_alternation(uncased), re.I)] if uncased else []
    for letter, rests in sorted(by_letter.items()):
        for case in letter + letter.upper() + _IGNORECASE_EXTRA.get(letter, ""):
            gates.append(re.compile(re.escape(case) + "(?i:" + "|".join(map(re.escape, rests)) + ")"))
    if other:
        gates.append(re.compile("|".join(map(re.escape, other)), re.I))
    return tuple(gates)


def holds_spam_word(text: str) -> bool:
    """Whether ``text`` holds a word of the ``seo_spam`` cue group, case-insensitive (``_spam_words().search(text)``
    found something): one search per pattern of :func:`_spam_gates`, each scanning for its words' first characters.
    Linear."""
    return any(gate.search(text) is not None for gate in _spam_gates())


def _remove_spam_lines(doc: _Doc) -> None:
    """Remove the lines of search-engine spam a hacked page carries (``bt 另类 专区 欧美 制服-brazzers欧美精品-…``,
    ``在线免费麻豆av|…|好看的亚洲中文字幕|…``): a line holding at least :data:`SPAM_MIN_WORDS` distinct words of the
    ``seo_spam`` cue group. A text about such content names one or two of them in a sentence, never a soup of three.
    One scan of the text with the group's alternation: linear (trialfix22b kind E/L)."""
    if not holds_spam_word(doc.text):
        return
    pattern = _spam_words()
    text = doc.text
    edits: list[Edit] = []
    for a, b in doc.lines():
        found = {m.group().lower() for m in pattern.finditer(text, a, b)}
        if len(found) >= SPAM_MIN_WORDS:
            edits.append((a, b, "", "seo_spam"))
    doc.apply(edits)


#: Fewest injected spam runs (:func:`_remove_spam_runs`) in a document for them to be removed: a hacked page
#: repeats its keyword phrase (in its title and inside sentences); one mention is a text about it.
SPAM_RUN_MIN = 2


#: Most characters a spam run (:func:`_spam_run_spans`) reaches on either side of its ``seo_spam`` word.
SPAM_RUN_REACH = 24
#: Separators of a page title's site part, removed with a spam run that ends the title line (``标题 | 網賭被黑…網``).
_TITLE_SITE_SEPARATORS = frozenset("|｜丨_-—")


@lru_cache(maxsize=1)
def _spam_run_words() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The words of the ``seo_spam`` and ``spam_glue`` cue groups by their first and by their last
    character (lower case)."""
    words = {w.lower() for g in ("seo_spam", "spam_glue") for w in lexicon().words(g)}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for w in words:
        first.setdefault(w[0], []).append(w)
        last.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in first.items()}, {k: tuple(v) for k, v in last.items()}


def _spam_run_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every run of injected search spam in ``text``: a word of the ``seo_spam`` cue group with at
    least one more word of it or of ``spam_glue`` right before or after it, words one after another
    (``网赌被黑``, ``網賭被黑信譽平臺``, ``網賭被黑提款不了最好方法網``): every way of reading the run as words is
    tried (``被黑提款`` + ``不了`` fails where ``被黑`` + ``提款不了`` goes on), and the run reaches as far as any
    reading does, at most :data:`SPAM_RUN_REACH` characters on either side of its spam word. A run that ends its line
    takes a site suffix (网, 網, 站) and a title separator before it with it (``标题 | 網賭被黑…網``). Linear: bounded
    work per spam word."""
    pattern = _spam_words()
    if pattern is None:
        return []
    first, last = _spam_run_words()
    low = text  # (no str.lower() of the text: it may change its length; words are compared lower-cased)
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(low):
        if spans and m.start() < spans[-1][1]:
            continue
        far, limit = m.end(), min(len(low), m.end() + SPAM_RUN_REACH)
        reach = {m.end()}
        for p in range(m.end(), limit):
            if p > far:
                break
            if p in reach:
                for w in first.get(low[p].lower(), ()):
                    if p + len(w) <= limit and low[p:p + len(w)].lower() == w:
                        reach.add(p + len(w))
                        far = max(far, p + len(w))
        near, floor = m.start(), max(0, m.start() - SPAM_RUN_REACH)
        reach = {m.start()}
        for p in range(m.start(), floor, -1):
            if p < near:
                break
            if p in reach:
                for w in last.get(low[p - 1].lower(), ()):
                    if p - len(w) >= floor and low[p - len(w):p].lower() == w:
                        reach.add(p - len(w))
                        near = min(near, p - len(w))
        if near == m.start() and far == m.end():
            continue  # one word alone: a text may name it
        if far < len(low) and low[far] in "网網站" and (far + 1 == len(low) or low[far + 1] == "\n"):
            far += 1
        if far == len(low) or low[far] == "\n":
            k = near
            while k > 0 and low[k - 1] in " \t\u3000":
                k -= 1
            if k > 0 and low[k - 1] in _TITLE_SITE_SEPARATORS:
                k -= 1
                while k > 0 and low[k - 1] in " \t\u3000":
                    k -= 1
                near = k
        spans.append((near, far))
    return spans


def _remove_spam_runs(doc: _Doc) -> None:
    """Remove the search-spam phrases a hacked page injects inside its sentences and after its title
    (``网赌被黑對于基層不作為的現象…``, ``一些荒謬網賭被黑信譽平臺:去年10月…``, ``标题 | 網賭被黑提款不了最好方法網``):
    the runs of :func:`_spam_run_spans`, when the document holds at least :data:`SPAM_RUN_MIN` of them. The sentence
    around a run stays whole and the offset map keeps each kept character's origin. A text about such scams names
    them in words of its own (``打击网赌犯罪``: one word, no run). Linear (lefts23b)."""
    if not holds_spam_word(doc.text):
        return
    runs = _spam_run_spans(doc.text)
    if len(runs) >= SPAM_RUN_MIN:
        doc.apply([(a, b, "", "seo_spam") for a, b in runs])


#: Most characters of a keyword line injected between the commas of one sentence (:func:`_remove_comma_spliced_lines`).
SPLICED_LINE_CHARS = 16
#: Fewest characters of the clause that the line after a keyword line opens with its comma (``,經濟部長昨天表示…``):
#: shorter, ``，生物医药，``, the lines are a list's items laid out one a line and stay (a tryout's fault).
SPLICED_CLAUSE_CHARS = 6
#: Any mark that a clause of prose holds: a keyword line injected into a sentence holds none.
_PROSE_MARK = LazyPattern(r"[，,。．！？!?；;：:、“”「」『』\"'()（）《》【】\[\]…—]")
_COMMAS = ",，"


def _remove_comma_spliced_lines(doc: _Doc) -> list[tuple[int, int]]:
    """Remove the keyword lines a content farm injects between the commas of one sentence (``…將召開審議會,`` ⏎
    ``dg百家樂`` ⏎ ``,經濟部長昨天表示…``; ``…必經要道,`` ⏎ ``網購年菜`` ⏎ ``,但因階梯長又陡,``): a line of at most
    :data:`SPLICED_LINE_CHARS` characters with no clause mark (:data:`_PROSE_MARK`) whose previous non-blank line
    ends with a comma and whose next non-blank line opens with one. Prose never opens a line with a comma, and a
    wrapped clause ends with its own comma, so the line is no part of the sentence whatever its words (an SEO keyword,
    a shop's product, a brand; no word list). The line goes with the next line's opening comma and the line breaks
    around it, so the sentence reads whole (``…將召開審議會,經濟部長…``). Returns the ``[start, end)`` ranges removed,
    in the original input's offsets: the caller flags them as markup, so a point may span the sentence they cut (its
    original slice holds the line like a removed tag). One scan of the lines: linear."""
    text = doc.text
    if "\n," not in text and "\n，" not in text and not re.search(r"\n[ \t\u3000]+[,，]", text):
        return []
    lines = [(a, b) for a, b in doc.lines() if text[a:b].strip()]
    edits: list[Edit] = []
    for k in range(1, len(lines) - 1):
        a, b = lines[k]
        body = text[a:b].strip()
        if len(body) > SPLICED_LINE_CHARS or _PROSE_MARK.search(body):
            continue
        pa, pb = lines[k - 1]
        na, nb = lines[k + 1]
        before = text[pa:pb].rstrip()
        after = text[na:nb].lstrip()
        if not before or before[-1] not in _COMMAS or not after or after[0] not in _COMMAS:
            continue
        clause = _PROSE_MARK.search(after, 1)
        if (clause.start() if clause else len(after)) - 1 < SPLICED_CLAUSE_CHARS:
            # (the sentence goes on with a clause of its own after the comma, as the farm's host sentence does; a
            # short item there, ``，生物医药，``, is a list laid out one item a line, whose lines are the writer's)
            continue
        # from the end of the previous line's comma to past the next line's opening comma
        start = pa + len(before)
        end = nb - len(after) + 1
        edits.append((start, end, "", "seo_spam"))
    spans = [(int(doc.offsets[a]), int(doc.ends[b - 1])) for a, b, _repl, _rule in edits]
    doc.apply(edits)
    return spans


#: Fewest characters of the line before a page-chunk number (:func:`_remove_chunk_numbers`): a chunk of a converted
#: page, not a list item's line.
CHUNK_LINE_CHARS = 100
#: A page-chunk number at a line's start: ``2、``, its digits, then no space needed.
_CHUNK_NUMBER = LazyPattern(r"(?m)^[ \t\u3000]{0,3}(\d{1,3})、")
#: The character that ends a line broken inside a sentence: a Chinese character, or a mark inside a clause.
_MID_SENTENCE_END = LazyPattern(rf"[{CJK}、，,“‘《]\Z")


def _remove_chunk_numbers(doc: _Doc) -> None:
    """Remove the numbers a page-to-text converter put at the start of each chunk of a paper (``1、政社合作…`` ⏎ ``…提供了
    人、财`` ⏎ ``2、、物的支持…`` ⏎ ``…社会化`` ⏎ ``3、服务为方向…``): numbers 1, 2, 3 … at line starts, each after the first
    right after a line of at least :data:`CHUNK_LINE_CHARS` characters that breaks inside a sentence (it ends with a
    Chinese character or a clause mark, :data:`_MID_SENTENCE_END`). The numbers go with the line breaks before them,
    so the sentences they cut are whole again. A numbered list's items follow lines that end their sentences, or short
    lines; two chunk numbers at least. One scan of the line starts: linear (lefts23b)."""
    if "、" not in doc.text:
        return
    text = doc.text
    marks = [m for m in _CHUNK_NUMBER.finditer(text)]
    run: list[re.Match[str]] = []
    for m in marks:
        value = int(m.group(1))
        start = m.start()
        prev_end = start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1 if prev_end > 0 else 0
        prev = text[prev_start:prev_end].rstrip(" \t\u3000") if prev_end > 0 else ""
        mid = len(prev) >= CHUNK_LINE_CHARS and _MID_SENTENCE_END.search(prev) is not None
        if run and value == int(run[-1].group(1)) + 1 and mid:
            run.append(m)
        elif value == 1:
            if len(run) >= 3 or len(run) == 2 and int(run[0].group(1)) > 1:
                break
            run = [m]
        elif not run and mid and value == 2:
            run = [m]
        else:
            if len(run) >= 2:
                break
            run = []
    chunks = [m for m in run if int(m.group(1)) > 1]
    if len(chunks) < 2:
        return
    edits: list[Edit] = [(m.start() - 1, m.end(), "", "chunk_number") for m in chunks]
    first = run[0]
    if int(first.group(1)) == 1:
        edits.append((first.start(), first.end(), "", "chunk_number"))
    doc.apply(edits)


def _remove_citation_lines(doc: _Doc) -> None:
    if "《" not in doc.text:
        return  # (every citation line holds a 《…》 title)
    edits = [(s, e, "", "citation") for s, e in doc.lines() if _CITATION_LINE.match(doc.text[s:e])]
    doc.apply(edits)


def _drop_blank_lines(doc: _Doc) -> None:
    """Collapse runs of newlines left by removals into one."""
    doc.sub(re.compile(r"\n{2,}"), "", "\n")
    if doc.text.startswith("\n"):
        doc.apply([(0, 1, "", "")])
    if doc.text.endswith("\n"):
        doc.apply([(len(doc.text) - 1, len(doc.text), "", "")])


# every other line break Unicode knows (CR LF, CR, NEL, LS, PS, VT, FF: text copied from web pages, JSON strings or
# PDF page breaks) is read as "\n"
_LINE_BREAK = LazyPattern("\r\n?|[\u0085\u2028\u2029\x0b\x0c]")


#: Paragraphs of a document's opening within which a repeated lead is looked for (:func:`_remove_repeated_lead`).
LEAD_REPEAT_PARAGRAPHS = 8
#: Most paragraphs between a lead and its repeat.
LEAD_REPEAT_GAP = 3
#: Fewest characters of a repeated paragraph (a short line, a heading or a label, may repeat on purpose).
LEAD_REPEAT_MIN_CHARS = 30
#: A lead's label before its first printing ("【摘要】", "导读："): the repeat prints the words without it.
_LEAD_LABEL = LazyPattern(r"[ \t\u3000]{0,4}[【\[]?[ \t\u3000]{0,2}(?:摘要|导读|導讀|内容提要|內容提要|提要|核心提示|导语|導語)"
                         r"[ \t\u3000]{0,2}[】\]]?[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}")


def _remove_repeated_lead(doc: _Doc) -> None:
    """Remove a lead paragraph a news page prints twice (as its summary, then as its first paragraph; noise30): a
    paragraph among the first :data:`LEAD_REPEAT_PARAGRAPHS` of the cleaned text whose words (at least
    :data:`LEAD_REPEAT_MIN_CHARS` characters) equal those of a paragraph opened by a lead label (:data:`_LEAD_LABEL`:
    【导读】, 摘要：) at most :data:`LEAD_REPEAT_GAP` paragraphs before it (unlabelled paragraphs that repeat are kept:
    records of one table, two articles or a plug may print the same words on purpose); counted as ``repeated_lead``, the offset map is carried. Runs after
    the blank lines are dropped (one ``"\n"`` between paragraphs). Reads a bounded number of lines: linear."""
    text = doc.text
    seen: dict[str, int] = {}
    edits: list[Edit] = []
    start = 0
    for k in range(LEAD_REPEAT_PARAGRAPHS):
        if start >= len(text):
            break
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        label = _LEAD_LABEL.match(line)
        key = line[label.end():] if label else line
        if len(key) >= LEAD_REPEAT_MIN_CHARS:
            if key in seen and k - seen[key] <= LEAD_REPEAT_GAP:
                edits.append((start - 1, end, "", "repeated_lead") if end == len(text) else (start, end + 1, "", "repeated_lead"))
            elif label:  # (only a labelled lead: records, articles or a plug may repeat the same words on purpose)
                seen[key] = k
        start = end + 1
    if edits:
        doc.apply(edits)


#: A paywall's omission note in brackets and the ellipsis after it (``……（某网省略680字，正式会员可完整阅读）……``): the
#: marker (:data:`summarizer.structure.OMISSION_MARKER`), at most 30 characters to the closing bracket, then the
#: ellipsis. Bounded, no nested quantifier: linear.
_OMISSION_CLOSE = LazyPattern(r"(?:此[处處]省略|省略\d{1,6}字)[^()（）\n]{0,30}[)）]\s{0,2}([…⋯.]{1,6})")


def _break_after_omission(doc) -> None:
    """Break the line after a paywall's omission note (:data:`_OMISSION_CLOSE`): its closing ellipsis becomes a line
    break, since the text after it opens in the middle of another passage (the page hid what lay between) and no
    sentence runs across the hidden text (``…省略680字，正式会员可完整阅读）……二是组织生活不实。``: Part 63's 3276). The
    note itself stays, so :func:`summarizer.structure.parse` closes the sections open before it."""
    if "省略" not in doc.text:
        return
    doc.apply([(m.start(1), m.end(1), "\n", "omission_marker") for m in _OMISSION_CLOSE.finditer(doc.text)])


#: A ``?`` where a lossy conversion (GBK -> Latin-1 -> UTF-8) put it in place of a Chinese mark: right after a list
#: marker at a unit's start, before Chinese text (``一是?加强…``, ``（二）?完善…``, ``1.?``, ``首先?``; group 1 is the
#: marker, kept), where the lost mark was a space, a 、 or a bullet and no question can stand. Bounded, linear.
_LOSSY_AFTER_MARKER = LazyPattern(
    rf"(?:(?<=^)|(?<=[\n。；;：:，,！!？?\s]))((?:[{CN_NUMERALS}]{{1,2}}[是要]|第[{CN_NUMERALS}]{{1,2}}[，,、]?|其[{CN_NUMERALS}]{{1,2}}"
    rf"|首先|其次|再次|最后|[(（][{CN_NUMERALS}\d]{{1,3}}[)）]|\d{{1,3}}[.．、)）]|[{CN_NUMERALS}]{{1,3}}、)[ \t]{{0,2}})"
    rf"\?(?=[ \t]{{0,2}}[{CJK}])", re.M)
#: A ``?`` that opens a line before Chinese text (``?加强部门协同…``): a bullet (``•``) the conversion lost. Bounded.
_LOSSY_BULLET = LazyPattern(rf"^([ \t\u3000]{{0,8}})\?(?=[ \t]{{0,2}}[{CJK}])", re.M)
#: A ``?`` between two Chinese characters (``人员?资金``): in a document where the conversion shows (a ``?`` of
#: :data:`_LOSSY_AFTER_MARKER` or :data:`_LOSSY_BULLET`), the 、 it most often replaced, unless the clause before it
#: asks a question (:data:`_QUESTION_WORDS`).
_LOSSY_INSIDE = LazyPattern(rf"(?<=[{CJK}])\?(?=[{CJK}])")
#: Words that make the clause before a ``?`` a question (``…吗?``, ``为什么…?``, ``是否…?``): its ``?`` stays.
_QUESTION_WORDS = LazyPattern(r"[吗嗎呢么麼吧]$|什么|什麼|怎么|怎麼|怎样|怎樣|如何|为何|為何|为什么|為什麼|哪|谁|誰|是否"
                             r"|多少|几|幾|难道|難道|岂|豈|何")
#: Characters of the clause before a ``?`` read for :data:`_QUESTION_WORDS` (back to a mark, at most this many).
QUESTION_CLAUSE_CHARS = 24
_CLAUSE_MARK = LazyPattern(r"[。；;：:，,！!？?、\n“”「」]")


def lossy_mark_edits(text: str) -> list[Edit]:
    """Edits that put back the Chinese marks a lossy encoding conversion turned into ``?`` (``一是?加强…二是?完善…``,
    ``?加强…`` bullets, ``人员?资金``): the ``?`` after a list marker is removed (:data:`_LOSSY_AFTER_MARKER`), the one
    opening a line before Chinese text becomes a bullet ``•`` (:data:`_LOSSY_BULLET`) and, when either shows the
    conversion, one between Chinese characters becomes ``、`` unless the clause before it asks a question (within
    :data:`QUESTION_CLAUSE_CHARS` characters: :data:`_QUESTION_WORDS`). A real question mark (``？``, or a ``?`` ending
    a question) stays. Offsets are into ``text``; each edit replaces the one ``?`` (an ``Edit`` as :meth:`_Doc.apply`
    takes). Linear in ``text``."""
    if "?" not in text:
        return []
    edits: list[Edit] = [(m.end(1), m.end(), "", "lossy_mark") for m in _LOSSY_AFTER_MARKER.finditer(text)]
    # (a line a hard wrap opened with the question mark of the line before, 是否有人 ⏎ ?…, is no bullet)
    edits += [(m.end(1), m.end(), "•", "") for m in _LOSSY_BULLET.finditer(text)
              if not (m.start() > 1 and is_cjk(text[m.start() - 2]) and _asks(text, m.start() - 1))]
    if not edits:
        return []
    edits += [(m.start(), m.end(), "、", "") for m in _LOSSY_INSIDE.finditer(text) if not _asks(text, m.start())]
    return sorted(edits)


#: A run of two or more ``?`` between two Chinese characters (``法治??供给``, ``不??同??步``): noise a spam copy strews
#: inside words (:func:`inserted_mark_edits`). Bounded by the run: linear.
_INSERTED_MARKS = LazyPattern(rf"(?<=[{CJK}])\?{{2,}}(?=[{CJK}])")
#: Fewest such runs in a text for :func:`inserted_mark_edits` to read them as noise (one or two may be a writer's
#: doubled question marks).
INSERTED_MARKS_MIN = 3


def inserted_mark_edits(text: str) -> list[Edit]:
    """Edits that remove the ``??`` runs a spam copy inserts inside words (Part 152's 8638: ``暴露出??的问题是??法治??
    供给与公众需求??不??同??步``), which split the words every reader looks for (``不同步``, ``过重``): each run of two or
    more ``?`` between Chinese characters (:data:`_INSERTED_MARKS`), where the text holds at least
    :data:`INSERTED_MARKS_MIN` of them, unless the clause before it asks a question (:func:`_asks`: ``真的吗??我…``).
    Offsets are into ``text`` (an ``Edit`` as :meth:`_Doc.apply` takes). Linear in ``text``."""
    if "??" not in text:
        return []
    runs = list(_INSERTED_MARKS.finditer(text))
    if len(runs) < INSERTED_MARKS_MIN:
        return []
    return [(m.start(), m.end(), "", "inserted_marks") for m in runs if not _asks(text, m.start())]


def _asks(text: str, pos: int) -> bool:
    """Whether the clause that ends at ``pos`` (read back to a mark or a line break, at most
    :data:`QUESTION_CLAUSE_CHARS` characters) asks a question (:data:`_QUESTION_WORDS`). Bounded."""
    clause = text[max(0, pos - QUESTION_CLAUSE_CHARS):pos]
    cut = None
    for cut in _CLAUSE_MARK.finditer(clause):
        pass
    return _QUESTION_WORDS.search(clause[cut.end():] if cut is not None else clause) is not None


def clean(text: str, records: tuple[int, ...] | list[int] = ()) -> CleanText:
    """Clean one decoded document.

    Args:
        text: the decoded original input (any size; ``\\r\\n`` and ``\\r`` line ends, the Unicode line and paragraph
            separators U+2028/U+2029, NEL U+0085, vertical tab and form feed are all line breaks; other control
            characters, :data:`summarizer.chars.CONTROL`, are removed like the invisible format characters).
        records: offsets into ``text`` where the reader found an untitled record (one essay each:
            :attr:`summarizer.readers.Document.records`); mapped into :attr:`CleanText.records`.

    Returns:
        :class:`CleanText` whose ``text`` has paragraphs separated by one ``"\\n"``, no boilerplate or
        journal apparatus, re-joined hard-wrapped lines and no spaces between CJK characters, and whose
        ``offsets`` map each character back to the original. Never raises on content; an input that is all
        boilerplate gives an empty ``text``.
    """
    doc = _Doc(text)
    if _cued(_LINE_BREAK_CHARS, doc.text):
        doc.sub(_LINE_BREAK, "", "\n")
    if _cued(_INVISIBLE_CHARS, doc.text):
        doc.sub(_INVISIBLE, "invisible")
    if "\x1b" in doc.text:
        doc.sub(_ANSI_ESCAPE, "control")
    if _CONTROL.search(doc.text):  # (after the line breaks: NEL U+0085 is one)
        doc.sub(_CONTROL, "control")
    if _EMOJI_CUE.search(doc.text):  # (before the joins: an emoji opening a line marks an item of its own)
        doc.apply(emoji_edits(doc.text))
    # (before markup, which reads a jammer's $…$ as LaTeX, and the joins: a line ending in a jammer run ends no sentence)
    _remove_jammer_runs(doc)
    _remove_spam_lines(doc)
    _remove_spam_runs(doc)
    spliced = _remove_comma_spliced_lines(doc)
    markup = np.zeros(len(text), dtype=bool)
    for start, end in spliced:  # (a point may span the sentence an injected line cut: the line reads as markup)
        markup[start:end] = True
    escapes = escape_edits(doc.text)  # a page stored in a string literal: decoded first, then its tags are tags
    for start, end, _repl, _rule in escapes:
        markup[doc.offsets[start]:doc.ends[end - 1]] = True
    doc.apply(escapes)
    record_origins = [int(doc.offsets[ta]) for _, ta, _ in record_starts(doc.text)]
    edits = markup_edits(doc.text)
    for start, end, _repl, _rule in edits:
        if end > start:
            markup[doc.offsets[start]:doc.ends[end - 1]] = True
    pairs = tuple((int(doc.offsets[o1]), int(doc.ends[o2 - 1]), int(doc.offsets[c1]), int(doc.ends[c2 - 1]))
                  for o1, o2, c1, c2 in marker_pairs(doc.text, edits)) if edits else ()
    doc.apply(edits)
    if "??" in doc.text:  # (after the markup, as below; before the lossy marks, which read one ? at a time)
        inserted = inserted_mark_edits(doc.text)
        for start, end, _repl, _rule in inserted:  # (read as markup: a point over a removed run stays whole)
            markup[doc.offsets[start]:doc.ends[end - 1]] = True
        doc.apply(inserted)
    if "?" in doc.text:  # (after the markup: a URL's or a tag's ? is gone by then)
        lossy = lossy_mark_edits(doc.text)
        for start, end, _repl, _rule in lossy:  # (a mark put back is read as markup: a point holding it stays exact)
            markup[doc.offsets[start]:doc.ends[end - 1]] = True
        doc.apply(lossy)
    byline_origins: list[tuple[int, str]] = []
    json_origins: list[int] = []
    post_origins: list[int] = []
    _remove_outline_label(doc)  # (before the line rules, which drop its closing ellipsis line)
    if "[复制链接]" in doc.text:
        _remove_forum_head(doc)
    _remove_page_heads(doc, markup)
    _close_teasers(doc, post_origins)  # (before the line rules: a teaser's own-line link after it is theirs)
    _remove_lines(doc, byline_origins, json_origins, post_origins)
    if len(json_origins) >= 2:  # a JSON list of two or more articles: each is a record, like a CSV row
        record_origins = sorted(set(record_origins) | set(json_origins))
    if post_origins and not record_origins:
        # a blog listing page: each post is a record, the first (from the page's start) and each one after a
        # "read more" link (a post shorter than a stored record's preamble limit is still a post)
        record_origins = sorted({0, *post_origins})
    _remove_running_heads(doc)
    _remove_toc(doc)
    _remove_headed_toc(doc)
    _strip_toc_page_numbers(doc)
    _remove_references(doc)
    _remove_trailing_notes(doc, _cued(_NOTE_CITED_CUES, text) and _NOTE_CITED.search(text) is not None)
    _remove_pinyin(doc, markup)
    _remove_news_furniture(doc, markup)  # (first: an emptied title "【】" before a bracketed byline hides it from news_byline)
    if "©" in doc.text:  # (after the line rules, which drop a footer of ©: a sign left is inside a line of prose)
        doc.sub(_COPYRIGHT_SIGN, "copyright_sign")
    # trad44: the inline rules are written in Simplified words (作者简介, 中图分类号, [目的/意义]): they read the text's
    # Simplified view (same length, same offsets), so a Traditional paper's apparatus (【目的/意義】, 中圖分類號) goes too
    viewed, view = None, ""
    for k, (name, pattern, repl) in enumerate(_INLINE_RULES):
        if viewed is not doc.text:  # (the text changed: its view again; a Simplified text is its own view)
            viewed, view = doc.text, simplified_view(doc.text)
        if _cued(_INLINE_CUES.get(k) or _required_cue(pattern), view):
            doc.sub(pattern, name, repl, view if view is not doc.text else None)
    _remove_keywords(doc)
    _remove_site_filler(doc)
    _split_glued_title(doc)
    _remove_chunk_numbers(doc)
    _remove_opening_nav_lists(doc)
    _remove_opening_date_line(doc)
    _remove_opening_epigraph(doc)
    _remove_line_date_fields(doc)
    _remove_opening_channel_label(doc)
    _break_spaced_clauses(doc, markup)  # (before the joins: a line of spaced clauses ends its last clause)
    _join_lines(doc)
    _split_flattened_lists(doc)
    _split_spaced_item_headings(doc)
    _remove_citation_lines(doc)
    _break_after_omission(doc)
    doc.sub(_FOOTNOTE_MARK, "footnote_marker")
    doc.sub(GLUED_FOOTNOTE, "footnote_marker")
    if _cued((HARD_BREAK,), doc.text):
        doc.apply([(m.start(), m.end(), "\n", "") for m in _hard_break_runs(doc.text)])
    _normalize_spaces(doc)
    _drop_blank_lines(doc)
    _remove_repeated_lead(doc)
    breaks = tuple(sorted({int(i) for i in np.searchsorted(doc.offsets, record_origins) if i < len(doc.text)}))
    bylines = tuple((int(i), author) for i, author in zip(
        np.searchsorted(doc.offsets, [o for o, _ in byline_origins]), (a for _, a in byline_origins))
        if i < len(doc.text))
    starts = tuple(sorted({int(i) for i in np.searchsorted(doc.offsets, list(records)) if i < len(doc.text)}))
    return CleanText(doc.text, doc.offsets, len(text), dict(sorted(doc.removed.items())), breaks,
                     markup if markup.any() else None, bylines, starts, pairs, doc.ends)
