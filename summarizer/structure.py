"""Stage 4: an essay's cleaned text -> a tree of enumerated items and headings.

Chinese essays mark their structure with numbering at several levels; PDF extraction often glues a
heading to the body text that follows it (``(一)少数党员干部不作为古人云,…``), so markers are found
inside lines too, and a marker only counts when it belongs to a consecutive run (一、 二、 三、 …). Where such a glued
heading ends inside its line is read from the document's other headings of that numbering (:func:`_glued_heading_ends`).

Marker families, from the outermost rank to the innermost (the usual order of GB/T 7714-style and Party/
government documents):

====  ====================================  =====================================
rank  family                                examples
====  ====================================  =====================================
-1    ``line``: a standalone short line     ``存在的问题`` (a heading with no marker)
0     ``cn``                                ``一、`` ``二、``
1     ``num``: Arabic section               ``1 引言`` ``2``
2     ``paren_cn``                          ``(一)`` ``（二）``
3     ``num2``: dotted section              ``3.1`` ``3.2``
3.5   ``num3``: dotted sub-section          ``3.1.1`` ``3.1.2`` (journal papers)
4     ``num_dot``                           ``1.`` ``2、``
5     ``paren_num``                         ``(1)`` ``（2）``
5.5   ``letter``: Latin letters             ``a)`` ``(b)`` ``A.`` ``b.`` ``B、`` (a run of one case)
5.6   ``roman``: ASCII Roman numerals      ``i.`` ``ii)`` ``(iii)`` ``(II)`` (either case, one run)
6     ``circled``                           ``①`` ``②``
7     ``di``                                ``第一，`` ``第二，`` ``第一是``
8     ``shi``                               ``一是`` ``二是`` ``一要`` ``一靠``
9     ``seq``                               ``首先，`` ``其次，`` ``最后，``
10    ``side``                              ``一方面，`` ``另一方面，`` (HK: ``另方面``)
6     ``bullet``                            ``•`` (markdown ``- `` and ``* `` bullets, numbered by position)
====  ====================================  =====================================

Markers inside quotation marks never count (a quoted "一是…二是…" stays inside its item). The tree is
built with a stack: an item closes every open item of the same or an inner rank. A standalone line
(rank -1) closes everything, so a sub-essay title inside an essay starts a fresh tree; but an unnumbered
sub-heading inside a numbered section, followed by a deeper numbering (``2 … 2.1 … 国内现状 … (1) (2) … 3``),
takes the rank of the numbered heading it stands beside (or, under a top-level section, just inside it), and the
next item of that rank or an outer one closes it.

All offsets are character offsets into the essay's cleaned text passed in (callers add the essay offset).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from sys import intern  # (one string a marker text: 100k ① markers held 100k copies of one character, bounds32)

from summarizer.lazy import LazyPattern  # (module rules compile at first use: perf60)
from summarizer.chars import (CJK, CN_DIGITS, CN_NUMERALS, TERMINATORS, TOKEN_COLON, is_cjk, is_heading_line,
                              word_groups)
from summarizer.sentences import list_line_starts

SEQ_WORDS = {"首先": 1, "其次": 2, "再次": 3, "然后": 3, "最后": 4}
_CN = CN_NUMERALS

RANK = {"line": -1, "cn": 0, "num": 1, "paren_cn": 2, "num2": 3, "num3": 3.5, "num_dot": 4, "paren_num": 5,
        "letter": 5.5, "roman": 5.6, "circled": 6,
        "di": 7, "shi": 8, "seq": 9, "side": 10, "bullet": 6}
# families whose items carry a title (a heading); the others are run-in enumerations
TITLED = {"line", "cn", "num", "paren_cn", "num2", "num3", "num_dot", "bullet"}

# a marker opens a unit: after the text's start, a line break or a terminator, then spaces but no line break (a run of
# blank lines is crossed at its last line break: every start position of a long whitespace run is tried once)
# (also after 及 / 和 / 以及 that join the last item of a list to the others: ……；2）……；及3）……)
# (not after an ASCII colon inside a token, chars.TOKEN_COLON: 10:30至…, C:\\Users, http://; "30至" is no item)
_UNIT_START = (r"(?:(?<=^)|(?<=\n)|(?<=[。！？!?；;：”」』])|(?<=:)(?<!" + TOKEN_COLON + r")"
               r"|(?<=[；;，,][及和])|(?<=[；;，,]以及))")
#: Roman numerals in ASCII, lower or upper case (``(ii)``, ``(II)``; HK and Taiwan papers use both, and a typed list
#: may mix them: ``(I)…(ii)…(iii)`` is one run, values read case-blind).
_ROMAN_RE = r"(?i:i{1,3}|iv|vi{0,3}|ix|xi{0,3})"
#: An ordinal's classifier and the short noun it counts, closed by a colon (``第一种方案：``, ``第二条建议：``,
#: ``第三点：``): the label of one item of a run (weakb20; a run needs two items, as for every run-in family).
#: Characters that make 要 after an ordinal the first half of a noun (第一要务, 第二要素, 第三要点), no modal.
_DI_YAO_NOUN = "[务义求素点害件紧么是闻职员领旨诀地道塞案務義點緊麼聞職員領訣]"
_DI_LABEL = r"(?:种|条|项|点|类|个|大)[^\s，,。；;：:！？!?、“”「」]{0,4}[:：]"
#: A ``1、`` marker glued right after a closing bracket, before Chinese text (:data:`_PATTERNS`; kept only in a run of
#: two or more, :func:`find_markers`).
_AFTER_BRACKET = LazyPattern(rf"(?<=[)）])[^\S\n]*(\d{{1,2}})、(?=[^\S\n]*[{CJK}])")
#: The bullet characters that open a ``bullet`` item of the structure: the ``•`` that markdown bullets become and the
#: ``‧`` of Hong Kong pages (a subset of :data:`summarizer.sentences.BULLETS`: the others, ● ◆ ■ …, measured worse as
#: items; council32).
STRUCTURE_BULLETS = "•‧"
#: The least item number read with three or four digits (``100.`` … ``9999.`` at a line's start): such an item only
#: continues a run whose last item is numbered one less (:func:`find_markers`), so a year (``2023.``), an amount or a
#: page number never opens a list; the numbers of one and two digits are read as before.
LONG_ITEM_MIN = 100
#: Numbers read as years (``2019.`` ⏎ ``2020.``: a chronology's lines): no list that opens past 99 opens at one.
YEAR_NUMBERS = (1900, 2100)
#: The units and counted words that follow a number in running text, never a heading (``3年``, ``5萬人``, ``12個``):
#: a number right before one is a quantity, no list marker (Simplified and Traditional forms; the ``num`` family).
COUNT_UNITS = "年月日号號时時点點分秒个個项項条條次人户戶万萬亿億元家名位所类類批期届屆岁歲"
#: The units a decimal takes (``3.5倍``, ``16.4萬名``, ``2.5公里``, ``0.8个百分点``): after a dotted number (``num2``,
#: ``num3``) one of them makes it a quantity, no section number (fix57). Only words no section heading opens with
#: (not 人, 年, 个, 公 alone: ``3.1 人员流失``, ``2.1 个人信息``, ``4.2 公共服务`` are sections). A share in tenths
#: (``6.8成的受访者``, ``3.5成以上``) is a quantity only before the words a share goes on with (的, 以上, 左右, a comma):
#: ``2.3 成本控制`` and ``1.2 成效`` stay sections (fix58). Bounded alternation.
DECIMAL_UNITS = (r"[万萬亿億元倍吨噸亩畝米]|千[克米瓦元人]|公[里斤顷頃]|平方|立方|[个個]百分|小[时時]|[多余餘]万|[多余餘]亿"
                 r"|成(?=[的以左上，,、。])")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # (the positional 一0 一一 一五 of Taiwan reports number items 10 to 99 too: 一0、 only before 、)
    ("cn", re.compile(_UNIT_START + rf"[^\S\n]*([{_CN}]{{1,3}}|[一二三四五六七八九][0〇](?=、))"
                      rf"(?:、(?![、.．{_CN}])|[.．](?![、.．\d]))")),
    ("paren_cn", re.compile(rf"[(（]\s*([{_CN}]{{1,3}})\s*[)）]")),
    # (a dotted number before a unit or a counted word is a decimal, no section: 16.4萬名照顧者…, 3.5亿元…; fix57)
    ("num3", re.compile(_UNIT_START + rf"[^\S\n]*(\d{{1,2}}\.\d{{1,2}})\.(\d{{1,2}})(?![\d.])\s*(?=[{CJK}])"
                        rf"(?!{DECIMAL_UNITS})")),
    ("num2", re.compile(_UNIT_START + rf"[^\S\n]*(\d{{1,2}})\.(\d{{1,2}})(?![\d.])\s*(?=[{CJK}])"
                        rf"(?!{DECIMAL_UNITS})")),
    # (a tab after the number: a table row's serial-number cell, whatever word its next cell opens with: 1⇥日间照料…)
    ("num", re.compile(_UNIT_START + rf"[^\S\n]*(\d{{1,2}})(?![\d.．、])(?:[^\S\n]*\t[^\S\n]*(?=[{CJK}])|"
                       rf"\s*(?=[{CJK}])(?![{COUNT_UNITS}]))")),
    ("num_dot", re.compile(_UNIT_START + r"[^\S\n]*(\d{1,2})[.．、](?!\d)\s*")),
    # an item numbered past 99 (100. … 9999.) opens its line and only continues a run whose last item it follows
    # (find_markers, LONG_ITEM_MIN): a long list's items, never a year (2023.), an amount or a page number on its own
    ("num_dot", re.compile(rf"(?:(?<=^)|(?<=\n))[^\S\n]*(\d{{3,4}})[.．、](?![\d.．、])[^\S\n]*(?=[{CJK}])")),
    # (three digits: item 100 and on of a long list, (100) ⏎ (101), only continue a run whose last item is one less,
    # LONG_ITEM_MIN; nu40: the 100th item was read as no item and merged into the 99th)
    ("paren_num", re.compile(r"[(（]\s*(\d{1,3})\s*[)）]")),
    ("paren_num", re.compile(_UNIT_START + r"[^\S\n]*(\d{1,3})[)）](?!\d)")),  # 1) 2) … 101)
    # 1）2） run on after a word or a comma, with no colon before the list (建议1）增加…；2）拓宽…, 包括1）…，2）…): only
    # between Chinese text (never 3.1) or 图1) in an English or numeric context), and an item only in a run of two or more
    ("paren_num", re.compile(rf"(?<=[{CJK}，,、])(\d{{1,2}})[)）](?=[^\S\n]*[{CJK}“「《])")),
    ("paren_num", re.compile(r"([⑴-⒇])")),  # ⑴ ⑵: one character each
    # 1、 right after a closing bracket that ends a paragraph's lead with no colon (…中出现的错误(大家看表)1、一个议案…
    # 2、…): an item only in a run of two or more (_AFTER_BRACKET; lefts23b)
    ("num_dot", _AFTER_BRACKET),
    ("num_dot", re.compile(_UNIT_START + r"[^\S\n]*([⒈-⒛])")),  # ⒈ ⒉
    ("paren_cn", re.compile(r"([㈠-㈩])")),  # ㈠ ㈡
    ("cn", re.compile(_UNIT_START + r"[^\S\n]*([Ⅰ-Ⅻ])\s*[、.．]?")),  # Ⅰ、 Ⅱ、 (Roman numerals rank like 一、)
    # OCR read the digit 1 of a numbered list as the letter l or I (l．排水管网…⏎2．…): item 1 of the run when a
    # 2．follows (find_markers, _ocr_ones)
    ("num_dot", re.compile(_UNIT_START + rf"[^\S\n]*([lI])[.．](?=[^\S\n]*[{CJK}])")),
    # Latin letters and Roman numerals open an item only at a unit start and before Chinese text (a),
    # (b), A., a. — never inside English words or a reference such as "(b)项"); Roman first: "i." is a numeral
    ("roman", re.compile(_UNIT_START + r"[^\S\n]*(?:[(（](" + _ROMAN_RE + r")[)）]|(" + _ROMAN_RE + r")[)）.．])"
                         rf"(?=[^\S\n]*[{CJK}“「《(（])")),
    ("letter", re.compile(_UNIT_START + rf"[^\S\n]*(?:[(（]([a-zA-Z])[)）]|([a-zA-Z])[)）]|([a-zA-Z])[.．、])"
                          rf"(?=[^\S\n]*[{CJK}“「《(（])")),
    ("circled", re.compile(r"([①-⑳❶-❿➀-➉])")),
    # markdown "- " / "* " bullets (see summarizer.markup), and the hyphenation point of Hong Kong pages at a line's
    # start (‧明确战略定位，重塑人才愿景：…; council32): :data:`STRUCTURE_BULLETS`
    ("bullet", re.compile(rf"(?m)^[ \t]*([{STRUCTURE_BULLETS}])[ \t]*")),
    # 第一， and 其一，; 第一是…，第二是… and 其一是… (a copula instead of the comma: the run needs two items)
    # (an ordinal with a classifier and a short noun before a colon labels an item too: 第一种方案： 第二条建议：)
    # (第一要…，第二要… after a lead-in clause, 做好这项工作，第一要A，第二要B: the marker takes the modal, as 一要's
    # does, so every item of the run reads alike (nu40); never 第一要务, 第二要素: _DI_YAO_NOUN)
    ("di", re.compile(rf"(?:第|其)([{_CN}]{{1,2}})(?:[,，、:：]|是(?=[^,，。])|{_DI_LABEL}|要(?!{_DI_YAO_NOUN})(?=[^,，。]))")),
    ("shi", re.compile(rf"(?<![统唯第之单同其万专划整不])([{_CN}]{{1,2}})(?:是|要|靠|抓)(?=[^,，。])")),
    ("side", re.compile(r"(?:(?<=^)|(?<=[\n。！？!?；;：:，,”」』]))[^\S\n]*(一方面|另一方面|另方面)[,，、]?")),
    ("seq", re.compile(r"(?:(?<=^)|(?<=[\n。！？!?；;：:”」』.．、)）]))[^\S\n]*(首先|其次|再次|然后|最后)(?:是|[,，、])")),
]


@dataclass(slots=True)
class Item:
    """One enumerated item or standalone heading line.

    Attributes:
        family: marker family (see the module table); ``rank`` is its nesting rank.
        value: the item's number in its run (1 for 一、, (一), 1., 首先 …).
        start: offset of the marker's first character.
        content_start: offset just after the marker (where the heading or body text begins).
        heading_end: end of the item's heading (for run-in items: of its first sentence).
        end: end of the item's region (before the next item of the same or an outer rank).
        marker: the marker text as written.
    """

    family: str
    value: int
    start: int
    content_start: int
    marker: str
    heading_end: int = 0
    end: int = 0
    parent: "Item | None" = field(default=None, repr=False)
    children: list["Item"] = field(default_factory=list, repr=False)
    run: int = -1
    sub_rank: float | None = field(default=None, repr=False)
    #: (find_markers' scratch: the marker's bracket-free prefix key, and whether it stood inside brackets; slots,
    #: bounds32: 100k one-character markers held ~270 bytes of instance dict each)
    _prefix: str = field(default="", repr=False, compare=False)
    _bracketed: bool = field(default=False, repr=False, compare=False)

    @property
    def rank(self) -> float:
        """Nesting rank (see the module table); an unnumbered heading line inside a numbered section takes the rank
        of the item it stands beside (``sub_rank``)."""
        return RANK[self.family] if self.sub_rank is None else self.sub_rank

    @property
    def titled(self) -> bool:
        return self.family in TITLED


@dataclass
class Structure:
    """The structure of one essay: the root items (each with its children) and every item in text order."""

    text: str
    roots: list[Item]
    items: list[Item]
    #: (:meth:`previous_sibling`'s map, built at its first call: a structure is not changed after :func:`parse`)
    _previous: dict[int, Item | None] | None = field(default=None, init=False, repr=False, compare=False)

    def heading(self, item: Item) -> str:
        """The heading text of ``item`` (its marker excluded)."""
        return self.text[item.content_start:item.heading_end]

    def previous_sibling(self, item: Item) -> Item | None:
        """The item right before ``item`` among its siblings: its parent's children, or, for a root item of a run
        (``run >= 0``), the root items of the same run in text order; None for the first of them, for an item
        that is neither (a root line outside every run) and for an item not listed among its parent's children.
        The siblings of every item are indexed once per structure (perf60: looking each item up in its run was
        quadratic in a run of thousands of ``（i）…`` lines), so each call is constant work."""
        previous = self._previous
        if previous is None:
            previous = self._previous = {}
            last_of_run: dict[int, Item] = {}
            for it in self.items:
                for k, child in enumerate(it.children):
                    if child.parent is it:
                        previous.setdefault(id(child), it.children[k - 1] if k else None)
                if it.parent is None and it.run >= 0:
                    previous.setdefault(id(it), last_of_run.get(it.run))
                    last_of_run[it.run] = it
        if item.parent is None and item.run < 0:
            return None
        return previous.get(id(item))


def _quote_mask(text: str) -> list[bool]:
    """True at positions inside a “…” / 「…」 / 『…』 / "…" quotation (reset at each newline: scraped quotes are often
    unbalanced). A straight ``"`` closes an open quotation (PDF conversion mixes them: ``“……法"要求``, ``"信息孤岛”``)
    and otherwise opens one. Visits only the quotation marks and line breaks (:data:`_QUOTE_EVENTS`); the stretches
    between them are filled by slice."""
    inside = [False] * len(text)
    depth = 0
    pos = 0  # positions before ``pos`` are set
    for m in _QUOTE_EVENTS.finditer(text):
        i = m.start()
        if depth > 0 and i > pos:
            inside[pos:i] = [True] * (i - pos)
        ch = text[i]
        if ch == "\n":
            depth = 0
        elif ch in "“「『" or ch == '"' and depth == 0:
            inside[i] = depth > 0  # (a quotation's opening mark inside another is inside it: the outer one runs on)
            depth += 1
            pos = i + 1  # the opening mark itself is not inside
            continue
        else:  # a closing mark
            depth = max(0, depth - 1)
        inside[i] = depth > 0
        pos = i + 1
    if depth > 0 and pos < len(text):
        inside[pos:] = [True] * (len(text) - pos)
    return inside


#: A quotation that opens right after a colon (``…回答：“一是…。二是…。”``): a speaker's words quoted whole; the
#: quotation may open the next line (a council record's ``…動議的修正案如下：`` ⏎ ``“…；(一)…；(二)…。”``, Part 76).
_SPEECH_OPEN = LazyPattern(r"[：:][ \t]{0,2}(?:\n[ \t]{0,4})?[“「]")


def _spoken_answer_mask(text: str, quoted: list[bool]) -> list[bool]:
    """True at the positions of ``quoted`` (:func:`_quote_mask`) inside a speaker's quoted answer of several sentences
    (``某某回答：“针对这些问题，我的建议有以下几个方面，一是…。二是…。”``): a quotation that opens right after a colon
    (:data:`_SPEECH_OPEN`) and holds a full stop before it closes on its line. An interview's answer is the
    speaker's own text, and its list markers are a list (corpus22b); a quoted phrase inside a sentence
    (``提出“一是…二是…”的要求``) is no such answer. Each quotation is scanned once: linear."""
    spoken = [False] * len(text)
    end = 0
    for m in _SPEECH_OPEN.finditer(text):
        if m.end() < end:
            continue  # (inside the answer scanned last: each position is scanned once)
        start = m.end()
        end = start
        while end < len(text) and quoted[end]:
            end += 1
        if end > start and "。" in text[start:end]:
            spoken[start:end] = [True] * (end - start)
    return spoken


#: The characters at which :func:`_quote_mask`'s depth changes.
_QUOTE_EVENTS = LazyPattern('[\n“「『”」』"]')


def _value(family: str, groups: tuple[str, ...]) -> tuple[int, str]:
    if family in ("cn", "paren_cn") and groups[0] and not "一" <= groups[0][0] <= "十" and groups[0][0] not in _CN:
        return _enclosed_value(groups[0]), ""
    if family in ("cn", "paren_cn", "di", "shi"):
        s = groups[0]
        if len(s) == 1:
            return CN_DIGITS.get(s, 0), ""
        if s[0] == "十":
            return 10 + CN_DIGITS.get(s[1], 0), ""
        if len(s) == 2 and s[1] == "十":
            return CN_DIGITS.get(s[0], 0) * 10, ""
        if len(s) == 2 and family in ("cn", "paren_cn") and s[0] != "十" and (s[1] in "0〇" or s[1] in CN_DIGITS):
            # positional (Taiwan reports): 一0 = 10, 一一 = 11, 一五 = 15, 二0 = 20 (corpus23b)
            return CN_DIGITS[s[0]] * 10 + CN_DIGITS.get(s[1], 0), ""
        return 0, ""
    if family in ("num2", "num3"):
        return int(groups[1]), groups[0]
    if family == "seq":
        return SEQ_WORDS[groups[0]], ""
    if family == "side":
        return (1 if groups[0] == "一方面" else 2), ""
    if family == "letter":
        ch = next(g for g in groups if g)
        if ch.islower() and groups[-1]:
            # a. b.: a run of its own, kept only as sub-items under a marked line (_nested_lower_dot_runs)
            return ord(ch) - ord("a") + 1, LOWER_DOT
        return ord(ch.lower()) - ord("a") + 1, "upper" if ch.isupper() else "lower"  # one run per case
    if family == "roman":
        return _ROMAN[next(g for g in groups if g).lower()], ""
    if groups[0] in _OCR_ONE:
        return 1, ""
    return _enclosed_value(groups[0]), ""


#: Letters that OCR reads for the digit 1 of a list marker (``l．``, ``I．``).
_OCR_ONE = frozenset("lI")


def _ocr_ones(cands: list[tuple[Item, str]]) -> list[tuple[Item, str]]:
    """``cands`` without the markers that read an OCR letter as 1 (``l．`` ``I．``, :data:`_OCR_ONE`) unless the next
    ``num_dot`` marker with a digit after it has the value 2: the letter then numbers item 1 of that list; otherwise
    it is what it looks like (a Roman ``I．`` heading, a letter). One pass over the candidates in text order."""
    if not any(it.family == "num_dot" and it.marker[:1] in _OCR_ONE for it, _ in cands):
        return cands
    order = sorted(range(len(cands)), key=lambda k: cands[k][0].start)
    drop: set[int] = set()
    pending: list[int] = []  # OCR ones waiting for the next digit marker
    for k in order:
        it = cands[k][0]
        if it.family != "num_dot":
            continue
        if it.marker[:1] in _OCR_ONE:
            pending.append(k)
        else:
            if it.value != 2:
                drop.update(pending)
            pending = []
    drop.update(pending)
    return [c for k, c in enumerate(cands) if k not in drop]


_ROMAN = {r: i + 1 for i, r in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"))}


def _enclosed_value(s: str) -> int:
    """The number of a marker written with digits or as one enclosed/Roman character (⑴ ⒈ ㈠ Ⅰ ① ❶ ➀)."""
    if s.isdigit() and s.isascii() or s.isdecimal():
        return int(s)
    cp = ord(s[0])
    for first, last in ((0x2460, 0x2473), (0x2474, 0x2487), (0x2488, 0x249B), (0x3220, 0x3229), (0x2160, 0x216B),
                        (0x2776, 0x277F), (0x2780, 0x2789)):
        if first <= cp <= last:
            return cp - first + 1
    return 0


def _line_headings(text: str, section_name: Callable[[str], bool] | None = None) -> list[Item]:
    """Standalone short lines without a terminator: titles and unnumbered headings (rank -1); a list line
    (:func:`summarizer.sentences.list_line_starts`: ``一、存在的问题⏎基层人员不足⏎队伍老化问题突出``) is text of its
    section, no heading."""
    items = []
    pos = 0
    listed = list_line_starts(text, section_name)
    for line in text.split("\n"):
        s = line.strip()
        if is_heading_line(s) and pos + line.index(s[0]) not in listed:
            start = pos + line.index(s[0])
            items.append(Item("line", 0, start, start, "", heading_end=start + len(s)))
        pos += len(line) + 1
    return items


def line_opens_at(text: str, pos: int) -> bool:
    """True when only whitespace (``str.isspace``) stands between the start of ``pos``'s line and ``pos`` (a heading
    line, an item that opens its paragraph). Reads back from ``pos`` over the whitespace only, never to the line's
    start: the cost is the length of that whitespace run, not of the line (many markers on one long line stay
    linear; robust31)."""
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c == "\n":
            return True
        if not c.isspace():
            return False
        i -= 1
    return True


def line_end_finder(text: str) -> Callable[[int], int]:
    """A function giving, for an offset into ``text``, the offset of the first ``\\n`` at or after it (``len(text)``
    when none): ``text.find("\\n", pos)`` without reading the rest of the line on each call (a binary search over
    the newline offsets, found once in one pass), so a query per item of a long line stays linear overall."""
    newlines = [m.start() for m in re.finditer("\n", text)]
    end = len(text)

    def line_end(pos: int) -> int:
        k = bisect.bisect_left(newlines, pos)
        return newlines[k] if k < len(newlines) else end

    return line_end


#: The run-in enumerator families (an item marker written inside prose, no heading: 一方面 一是 首先 第一，).
RUN_IN_FAMILIES = frozenset(("side", "seq", "shi", "di"))
_RUN_IN_PATTERNS = tuple(re.compile(p.pattern[len(_UNIT_START):] if p.pattern.startswith(_UNIT_START) else p.pattern,
                                    p.flags) for family, p in _PATTERNS if family in RUN_IN_FAMILIES)


def opens_run_in(line: str) -> bool:
    """True when ``line`` (a paragraph's text) opens, after its leading spaces, with a run-in enumerator of
    :data:`RUN_IN_FAMILIES` (``一方面要…`` ``二是…`` ``首先，…`` ``第三，…``). Looks at the line's first characters
    only (constant time)."""
    head = line.lstrip()[:8]
    return any(p.match(head) for p in _RUN_IN_PATTERNS)


#: The part after :data:`_UNIT_START` of each pattern of :data:`_PATTERNS` that opens with it (matched only at the unit
#: starts, :func:`_unit_starts`); a literal that every match of a pattern holds (the others are searched in full only
#: when the text holds it).
_AFTER_UNIT_START = {id(p): re.compile(p.pattern[len(_UNIT_START):], p.flags) for _, p in _PATTERNS
                     if p.pattern.startswith(_UNIT_START)}
_REQUIRED = {id(p): words for (family, p) in _PATTERNS
             for words in [{"bullet": tuple(STRUCTURE_BULLETS), "side": ("一方面",), "seq": tuple(SEQ_WORDS)}.get(family)] if words}
#: The run-in families whose pattern opens with a lookbehind of their own, then horizontal spaces and one of a few words
#: (``side``: 一方面 另一方面 另方面, ``seq``: 首先 其次 …): every position where one of the words starts, overlapping
#: (:func:`_finditer` tries the pattern only at the start of the spaces before each, not at every position of the text).
_WORD_LED = {id(p): re.compile("(?=" + "|".join(map(re.escape, words)) + ")") for (family, p) in _PATTERNS
             for words in [{"side": ("一方面", "另一方面", "另方面"), "seq": tuple(SEQ_WORDS)}.get(family)] if words}
_LEAD_SPACE = r"[^\S\n]*"
#: Every pattern of :data:`_AFTER_UNIT_START` as one alternation after their common leading spaces: it matches at
#: each position where one of them does (the patterns share their flags and hold no named group or back-reference),
#: so the unit starts where none can match are passed over once for all of them (:func:`_finditer`). It opens only
#: where no horizontal space stands before (never the case at a unit start): inside a run of spaces only the run's
#: first position is tried, so even a scan of every position is linear.
_ANY_AFTER_UNIT_START = LazyPattern(r"(?<![^\S\n])" + _LEAD_SPACE + "(?:" + "|".join(
    f"(?:{p.pattern[len(_LEAD_SPACE):] if p.pattern.startswith(_LEAD_SPACE) else p.pattern})"
    for p in _AFTER_UNIT_START.values()) + ")")
#: Where :data:`_UNIT_START` holds: one past each match of these (searched apart: ``；及`` ends two of them), and 0.
_UNIT_ENDS = (re.compile(r"[\n。！？!?；;：”」』]|(?!" + TOKEN_COLON + "):"), re.compile(r"[；;，,][及和]"), re.compile(r"[；;，,]以及"))


def _unit_starts(text: str) -> list[int]:
    """The positions of ``text`` at which the lookbehind :data:`_UNIT_START` holds, ascending."""
    starts = {0}
    for pattern in _UNIT_ENDS:
        starts.update(m.end() for m in pattern.finditer(text))
    return sorted(starts)


def _finditer(pattern: re.Pattern[str], text: str, units: list[list[int]]):
    """``pattern.finditer(text)``, faster: a pattern that opens with :data:`_UNIT_START` is matched only at the unit
    starts (``units``: a list that holds, once computed, the unit starts of :func:`_unit_starts` at which some such
    pattern matches, :data:`_ANY_AFTER_UNIT_START`; the same matches: the first unit start from the end of the last
    match at which the rest of the pattern matches); one that needs a literal (:data:`_REQUIRED`) is searched only
    when the text holds it."""
    words = _REQUIRED.get(id(pattern))
    if words is not None and not any(w in text for w in words):
        return
    led = _WORD_LED.get(id(pattern))
    if led is not None:
        # a match opens at the first of the horizontal spaces before one of its words (inside a run of spaces a
        # space stands before, which no lookbehind of these patterns accepts): the pattern is tried there only, in
        # text order, past the end of the last match — finditer's matches; each run of spaces is walked once
        end = 0
        for k in led.finditer(text):
            p = k.start()
            while p > end and text[p - 1] != "\n" and text[p - 1].isspace():
                p -= 1
            if p < end:
                continue
            m = pattern.match(text, p)
            if m is not None:
                yield m
                end = m.end()
        return
    rest = _AFTER_UNIT_START.get(id(pattern))
    if rest is None:
        yield from pattern.finditer(text)
        return
    if not units:
        any_match = _ANY_AFTER_UNIT_START.match
        units.append([p for p in _unit_starts(text) if any_match(text, p)])
    end = 0
    for p in units[0]:
        if p < end:
            continue
        m = rest.match(text, p)
        if m is not None:
            yield m
            end = m.end()


def find_markers(text: str) -> list[Item]:
    """All list markers of ``text`` that belong to a consecutive run, in text order.

    A marker of value ``v > 1`` joins the latest open run of its family whose last value is ``v - 1``;
    a marker of value 1 opens a run. Run-in families (第一, 一是, ①, 首先) need a run of two or more;
    titled families also keep single items (a document may be cut after its 一、).
    """
    quoted = _quote_mask(text)
    if _SPEECH_OPEN.search(text):
        spoken = _spoken_answer_mask(text, quoted)
        quoted = [q and not sp for q, sp in zip(quoted, spoken)]
    cands: list[tuple[Item, str]] = []
    previous_bullet_line = -2
    line_no = 0
    line_pos = 0
    units: list[list[int]] = []
    for family, pattern in _PATTERNS:
        for m in _finditer(pattern, text, units):
            mstart = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            if mstart < len(quoted) and quoted[mstart]:
                continue
            if family == "bullet":
                # bullets carry no number: consecutive bullet lines count 1, 2, 3 …; any other line between
                # them (a heading) starts a new list
                line_no += text.count("\n", line_pos, mstart)
                line_pos = mstart
                value = cands[-1][0].value + 1 if previous_bullet_line == line_no - 1 and cands and \
                    cands[-1][0].family == "bullet" else 1
                previous_bullet_line = line_no
                cands.append((Item(family, value, mstart, m.end(), intern(m.group(0).strip())), ""))
                continue
            value, prefix = _value(family, m.groups())
            if value <= 0:
                continue
            item = Item(family, value, mstart, m.end(), intern(m.group(0).strip()))
            if pattern is _AFTER_BRACKET:
                item._bracketed = True
            cands.append((item, prefix))
    cands = _ocr_ones(cands)
    # one marker per position: the earlier family in _PATTERNS wins (e.g. "1." is num_dot, not num)
    seen: dict[int, Item] = {}
    order = {f: i for i, (f, _) in enumerate(_PATTERNS)}
    for item, prefix in sorted(cands, key=lambda c: (c[0].start, order[c[0].family])):
        if item.start not in seen:
            seen[item.start] = item
            item.run = -1
            item._prefix = prefix
    items = sorted(seen.values(), key=lambda it: it.start)
    runs: list[list[Item]] = []
    open_runs: dict[tuple[str, str], list[int]] = {}
    ending = _OpenRunsByLast(runs)
    line_end = line_end_finder(text)
    # the value of the next item of the same key after each long item (one backward pass): a list that opens past 99
    next_value: dict[int, int] = {}
    following: dict[tuple[str, str], int] = {}
    for it in reversed(items):
        key = (it.family, it._prefix)
        if it.value >= LONG_ITEM_MIN:
            next_value[id(it)] = following.get(key, 0)
        following[key] = it.value
    heading_line_end = -1  # end of the line a titled item opens (its paragraph: （三）健全…。二是…。三是…)
    for it in items:
        key = (it.family, it._prefix)
        if it.titled and line_opens_at(text, it.start):
            heading_line_end = line_end(it.start)
        if it.value >= LONG_ITEM_MIN:
            # an item numbered past 99 follows the run's last item, never skips numbers; it opens a run only as a
            # list that opens past 99 does (an excerpt's 101. ⏎ 102., under each of its sections): titled, its next
            # item of the key one more, no year (YEAR_NUMBERS: 2019. ⏎ 2020. is a chronology, its years no list markers)
            r = ending.latest(key, [it.value - 1])
            if r is not None:
                runs[r].append(it)
                ending.add(key, r)
                _close_inner_runs(text, runs, open_runs[key], r, ending.closed)
            elif (it.titled and next_value[id(it)] == it.value + 1
                  and not YEAR_NUMBERS[0] <= it.value <= YEAR_NUMBERS[1]):
                runs.append([it])
                open_runs.setdefault(key, []).append(len(runs) - 1)
                ending.add(key, len(runs) - 1)
            continue
        if it.value == 1:
            runs.append([it])
            open_runs.setdefault(key, []).append(len(runs) - 1)
            ending.add(key, len(runs) - 1)
            continue
        # 首先，…第二，…第三，…: an ordinal 第N continues a 首先 run when no 第一 run is open to continue
        keys = [key] + ([("seq", "")] if it.family == "di" and not open_runs.get(key) else [])
        for k in keys:
            # the latest open run of the key whose last value ``it`` goes on from: the one before it, or (首先…其次…
            # 最后) any second or later step before 最后, or one lost number before a numbered heading that opens
            # its line (PDF extraction glued 1.2 into the paragraph above; 1.3 still follows 1.1)
            lasts = [it.value - 1]
            if it.family == "seq" and it.value == 4:
                lasts += ending.values_from(k, 2)
            if it.titled and line_opens_at(text, it.start):
                lasts.append(it.value - 2)
            r = ending.latest(k, lasts)
            if r is not None:
                runs[r].append(it)
                ending.add(k, r)
                _close_inner_runs(text, runs, open_runs[k], r, ending.closed)
                break
        else:
            r = _lost_numbers_run(text, it, key, ending, line_end)
            if r is not None:
                runs[r].append(it)
                ending.add(key, r)
                _close_inner_runs(text, runs, open_runs[key], r, ending.closed)
            elif it.titled and not open_runs.get(key) and (it.family != "num" or line_opens_at(text, it.start)) or (
                    it.value == 2 and it.family in ("shi", "di") and it.start < heading_line_end):
                # a text may start in the middle of a titled list (an excerpt that begins at 二、); and a run-in run
                # may open at 二是 in the paragraph of a numbered heading whose own sentence states its first
                # measure (（三）健全基层治理体系。二是…。三是…: the heading counts as 一是; it still needs a 三是, fix41).
                # A bare number (``num``: no dot, no 、) inside a line, after a colon or a full stop, opens no list
                # there: a headline's or a sentence's count (``审计部：26乡镇未达标``, ``…通报：15家企业被约谈``), not
                # section 26 (fix58)
                runs.append([it])
                open_runs.setdefault(key, []).append(len(runs) - 1)
                ending.add(key, len(runs) - 1)
    kept: list[Item] = []
    lower_dot = _nested_lower_dot_runs(text, runs)
    for r, run in enumerate(runs):
        if (len(run) >= 2 or run[0].titled and not run[0]._bracketed) and (run[0]._prefix != LOWER_DOT
                                                                            or r in lower_dot):
            for it in run:
                it.run = r
                kept.append(it)
    kept.sort(key=lambda it: it.start)
    kept = _glued_markers(text, kept, quoted)
    # "2." followed by "2.1 2.2": the dotted number is a section and its numbered parts are inside it
    last_part: dict[str, int] = {}  # "2" -> start of the last "2.x" item
    for o in kept:
        if o.family == "num2":
            last_part[o._prefix] = o.start
    sections = {it.run for it in kept if it.family == "num_dot" and last_part.get(str(it.value), -1) > it.start}
    for it in kept:
        if it.family == "num_dot" and it.run in sections:
            it.family = "num"
    return kept


#: A numbered marker glued after a space into the line of the item before it (``1.建立登记制度，加强信息管理 2.开展社区
#: 文化活动…``): the number, a dot or 、, then a CJK character (:func:`_glued_markers`). One space before the number,
#: not a run of them: a run would be rescanned from each of its positions (quadratic in a long run of spaces).
_GLUED_NUM_DOT = LazyPattern(rf"[^\S\n](\d{{1,2}})[.．、](?=[{CJK}])")


def _glued_markers(text: str, kept: list[Item], quoted: list[bool]) -> list[Item]:
    """``kept`` (sorted markers with their runs) with the numbered markers a run lacks recovered where they were glued
    into the line before: when two neighbours of a ``num_dot`` run skip one number (1. then 3.), and the text between
    them holds that number's marker exactly once after a space, not quoted (``…加强信息管理 2.开展…``: an item typed
    on the line of the one before), it is an item of the run (trial19 F4). Each gap is searched once: linear."""
    by_run: dict[int, list[Item]] = {}
    for it in kept:
        if it.family == "num_dot":
            by_run.setdefault(it.run, []).append(it)
    added: list[Item] = []
    for run in by_run.values():
        for a, b in zip(run, run[1:]):
            if b.value != a.value + 2:
                continue
            found = [m for m in _GLUED_NUM_DOT.finditer(text, a.content_start, b.start)
                     if int(m.group(1)) == a.value + 1 and not quoted[m.start(1)]]
            if len(found) == 1:
                m = found[0]
                glued = Item("num_dot", a.value + 1, m.start(1), m.end(), m.group().strip(), run=a.run)
                glued._prefix = a._prefix
                added.append(glued)
    added += _inline_num_chains(text, kept + added, quoted)
    return sorted(kept + added, key=lambda it: it.start) if added else kept


#: A numbered marker typed inside a line after a space or a comma (``問題：1.車太多 2.出入口太少 3.幹道太窄``, ``1.车位少，
#: 2.收费高``): the number, a dot or 、, then a CJK character (:func:`_inline_num_chains`). One character before it: linear.
_INLINE_NUM_DOT = LazyPattern(rf"(?:[^\S\n]|[，,])(\d{{1,2}})[.．、](?=[{CJK}])")


def _inline_num_chains(text: str, kept: list[Item], quoted: list[bool]) -> list[Item]:
    """The ``num_dot`` markers typed one after another inside one line after a space or a comma (a forum reply's
    ``1.車太多 2.出入口太少 3.幹道太窄``, a note's ``1.车位少，2.收费高``; kinds29b): a marker of value ``v`` found so
    (:data:`_INLINE_NUM_DOT`, not quoted) is an item when the marker of value ``v - 1`` stands before it on the same
    line, either the last ``num_dot`` item of its run in ``kept`` (``：1.`` after a colon; a run that goes on past it
    is left to :func:`_glued_markers`, which reads a gap of one number) or an inline
    marker of the same chain; a chain of inline markers alone starts at 1 and needs two of them. Each match is read
    once, each line's markers kept in a dict by value: linear in the text."""
    on_line: dict[int, list[Item]] = {}  # line start -> the num_dot items of kept on that line
    values: dict[int, set[int]] = {}
    taken = {it.start for it in kept}
    ls, seen = 0, 0
    for it in sorted(kept, key=lambda it: it.start):
        nl = text.rfind("\n", seen, it.start)  # (each stretch of the text searched once: linear)
        ls, seen = (nl + 1 if nl >= 0 else ls), it.start
        if it.family == "num_dot":
            on_line.setdefault(ls, []).append(it)
            values.setdefault(it.run, set()).add(it.value)
    next_run = max((it.run for it in kept), default=-1) + 1
    added: list[Item] = []
    line_start, last, ls, seen = -1, {}, 0, 0  # last: value -> (item or None, its run, prefix, start, end)
    for m in _INLINE_NUM_DOT.finditer(text):
        a = m.start(1)
        nl = text.rfind("\n", seen, a)
        ls, seen = (nl + 1 if nl >= 0 else ls), a
        if quoted[a] or a in taken:
            continue
        if ls != line_start:
            line_start, last = ls, {}
            for it in on_line.get(ls, ()):  # (the items of kept that open on this line, in text order)
                last[it.value] = (it, it.run, it._prefix, it.start, it.content_start)
        v = int(m.group(1))
        prev = last.get(v - 1)
        if prev is not None and (prev[0] is not None and prev[0].start > a or v in values.get(prev[1], ())
                                 or prev[1] is not None and max(values[prev[1]]) > v - 1):
            prev = None  # (an item after it on the line, or a run that goes on past it: _glued_markers reads a gap)
        if v == 1:
            last[1] = (None, None, "", a, m.end())
            continue
        if prev is None:
            continue
        item_before, run, prefix, s0, e0 = prev
        if run is None:  # a chain of inline markers alone: its 1. becomes an item now that a 2. follows it
            run, next_run = next_run, next_run + 1
            first = Item("num_dot", 1, s0, e0, text[s0:e0].strip(), run=run)
            first._prefix = ""
            added.append(first)
            last[1] = (first, run, "", s0, e0)
        glued = Item("num_dot", v, a, m.end(), m.group().strip(), run=run)
        glued._prefix = prefix
        added.append(glued)
        values.setdefault(run, set()).add(v)
        last[v] = (glued, run, prefix, a, m.end())
    return added


class _OpenRunsByLast:
    """The open runs of :func:`find_markers`, found by their key and last value in time independent of how many are
    open (a text of a thousand ``1.`` then a thousand ``2.`` holds a thousand open runs: scanning them all for each
    marker took time quadratic in the markers). Each run is filed under its key and its last value when it opens or
    grows; an entry whose run has grown since or closed (:attr:`closed`) is dropped the first time it is met."""

    def __init__(self, runs: list[list[Item]]) -> None:
        self.runs = runs
        self.closed: set[int] = set()
        self._heaps: dict[tuple[tuple[str, str], int], list[int]] = {}  # (key, last value) -> -run index (max first)
        self._values: dict[tuple[str, str], set[int]] = {}

    def add(self, key: tuple[str, str], r: int) -> None:
        """File run ``r`` (opened under ``key``) under its present last value."""
        value = self.runs[r][-1].value
        heapq.heappush(self._heaps.setdefault((key, value), []), -r)
        self._values.setdefault(key, set()).add(value)

    def values_from(self, key: tuple[str, str], low: int) -> list[int]:
        """The last values at least ``low`` that a run of ``key`` has had (those to look up for 最后)."""
        return [v for v in self._values.get(key, ()) if v >= low]

    def latest(self, key: tuple[str, str], lasts: list[int]) -> int | None:
        """The latest-opened open run of ``key`` whose last value is one of ``lasts``, or None."""
        best = None
        for value in lasts:
            heap = self._heaps.get((key, value))
            while heap and (-heap[0] in self.closed or self.runs[-heap[0]][-1].value != value):
                heapq.heappop(heap)  # grown or closed since it was filed
            if heap and (best is None or -heap[0] > best):
                best = -heap[0]
        return best


#: The run key prefix of lower-case letters with a dot or 、 (``a.`` ``b、``): such a run is a list only when
#: :func:`_nested_lower_dot_runs` keeps it.
LOWER_DOT = "lower_dot"


#: A dotted section number's first number (``2.1`` → 2), past leading blanks; the lookbehind keeps a scan from
#: restarting inside a run of blanks (linear in any text).
_MAJOR_NUMBER = LazyPattern(r"(?<!\s)\s*(\d{1,2})\.")


def _other_section_number(item: Item, parent: Item) -> bool:
    """Whether the dotted section ``item`` (``num2``: ``2.1``) names by its first number another section than the
    top-level heading ``parent`` it would nest under (``cn``: ``一、`` of value 1): a page that lost the heading ``二、…``
    puts ``2.1`` … under ``一、``, whose aspect is not theirs. Not under an Arabic ``num`` item (``3.`` of a list inside
    ``1.1`` is no section of its own: a measured loss). Constant work."""
    if parent.family != "cn" or parent.value <= 0:
        return False
    m = _MAJOR_NUMBER.match(item.marker)
    return m is not None and int(m.group(1)) != parent.value


def _nested_lower_dot_runs(text: str, runs: list[list[Item]]) -> set[int]:
    """The indexes of the runs of ``runs`` (from :func:`find_markers`) of lower-case dotted letters (``a.`` ``b.``,
    :data:`LOWER_DOT`) that are sub-items: their ``a.`` opens its line and the line right above opens with a marker of
    another list that is one (a run of two or more, or a titled item): ``1. 财务风险 ⏎ a. 虚假报告 ⏎ … ⏎ b. 负债风险``.
    Letters under a plain line (a question naming its fields ``未来在老人的 ⏎ a.工作制度 ⏎ b.出行管理``) are labels,
    not items. Cost: one pass over the runs, and for each such run the whitespace before its first item."""
    line_end = None
    marked_lines: set[int] = set()  # the line ends of the lines that open with a marker of another list
    found: set[int] = set()
    for r, run in enumerate(runs):
        first = run[0]
        if first._prefix != LOWER_DOT or len(run) < 2 or first.value != 1:
            continue
        if line_end is None:
            line_end = line_end_finder(text)
            for other in runs:
                head = other[0]
                if head._prefix != LOWER_DOT and (len(other) >= 2 or head.titled and not head._bracketed):
                    marked_lines.update(line_end(it.start) for it in other if line_opens_at(text, it.start))
        i = first.start - 1
        while i >= 0 and text[i] != "\n" and text[i].isspace():
            i -= 1
        if i >= 0 and text[i] == "\n" and i in marked_lines:
            found.add(r)
    return found


#: At most this many numbers may be missing between two items of one list written on adjacent lines (``(1)…⏎(4)…⏎(5)…``:
#: an excerpt or a draft that cut items out of the list; :func:`_lost_numbers_run`).
MAX_LOST_NUMBERS = 4


def _lost_numbers_run(text: str, it: Item, key: tuple[str, str], ending: _OpenRunsByLast,
                      line_end: Callable[[int], int]) -> int | None:
    """The open run of ``key`` that the marker ``it`` goes on from although numbers are missing before it, or None.

    ``it`` (value v) opens its line, and the run's last item (value v-2 … v-1-:data:`MAX_LOST_NUMBERS`) opens the
    line right above it: a list whose middle items were cut (``（1）监管不够 ⏎ （4）积雪泥泞 ⏎ （5）屋顶漏雨``), its items
    still one list, not stray numbers. Cost: :data:`MAX_LOST_NUMBERS` look-ups and two binary searches
    (``line_end``: :func:`line_end_finder` of ``text``), whatever the length of the lines."""
    if it.value < 3 or not line_opens_at(text, it.start):
        return None
    r = ending.latest(key, list(range(max(1, it.value - 1 - MAX_LOST_NUMBERS), it.value - 1)))
    if r is None:
        return None
    last = ending.runs[r][-1]
    end = line_end(last.start)
    if end >= it.start or line_end(end + 1) < it.start or not line_opens_at(text, last.start):
        return None
    return r


def _close_inner_runs(text: str, runs: list[list[Item]], opened: list[int], r: int,
                      closed: set[int] | None = None) -> None:
    """In place: when run ``r`` goes on with a new item, a run of its key that opened on the line right after its
    previous item's line (``opened``: the key's open runs, in the order they opened) was a list nested in that item,
    and closes (``1.宣传 ⏎ 1.入户宣传 ⏎ 2.设点 ⏎ 2.设施改造 ⏎ 3.…``: a nested notes list whose indentation was lost;
    the outer 3. follows the outer 2., not the inner list's 2.). A run that opened further down (a paper's sections
    after a numbered list of affiliations) stays open. Each run closes once, and the line test reads only the text
    between the two items: linear overall."""
    prev_start = runs[r][-2].start
    while opened and opened[-1] != r and runs[opened[-1]][0].start > prev_start:
        first = runs[opened[-1]][0].start
        nl = text.find("\n", prev_start, first)
        if nl < 0 or text.find("\n", nl + 1, first) >= 0:
            break
        if closed is not None:
            closed.add(opened[-1])
        opened.pop()


#: Marker families that number nothing (``•``, an unnumbered heading line): :func:`_end_before_lead_in` leaves them.
UNNUMBERED_FAMILIES = frozenset(("bullet", "line"))
#: The longest line (characters, colon included) read as the lead-in of the list below it (:func:`_end_before_lead_in`).
LEAD_IN_LINE_CHARS = 40


def _end_before_lead_in(text: str, item: Item, items: list[Item], j: int) -> None:
    """End ``item``, the last of its run, before a lead-in line that announces the next list of its family.

    ``items[j]`` is the first item after ``item``'s subtree (text order). When it opens a new run of the same family
    (value 1) right where ``item``'s region ends, and the line above it — after ``item``'s heading — is a short line
    ending with a colon (``…⏎2.老旧小区改造滞后。⏎为此建议：⏎1.优化…``), that line introduces the next list: it is
    not ``item``'s body (read as its body, the lead-in became the item's point and the item's own heading was lost).
    Offsets are into the essay's cleaned text; ``item.end`` moves to the lead-in line's start. Reads only that line:
    one bounded look per run."""
    if j >= len(items):
        return
    nxt = items[j]
    if (nxt.family != item.family or item.family in UNNUMBERED_FAMILIES or nxt.value != 1 or nxt.run == item.run
            or nxt.start != item.end):
        return  # (bullets count nothing: a new run of them is no new list of the same kind)
    line_stop = nxt.start - 1  # (the line break before the new list's first marker)
    if line_stop <= item.heading_end or text[line_stop] != "\n":
        return
    low = max(item.heading_end, line_stop - LEAD_IN_LINE_CHARS - 1)
    line_start = text.rfind("\n", low, line_stop) + 1
    if line_start == 0 or line_start <= item.heading_end:
        return  # (no line break before it within reach: the line is long, or it is the heading's own line)
    lead_in = text[line_start:line_stop].strip()
    if lead_in and lead_in[-1] in "：:":
        item.end = line_start


def _heading_end(text: str, item: Item, next_start: int) -> int:
    """End of an item's heading: the end of its line, its first terminator, or the next marker, whichever
    comes first; run-in items (一是…) keep their whole first sentence."""
    limit = min(next_start, len(text))
    nl = text.find("\n", item.content_start, limit)
    if nl != -1:
        limit = nl
    for i in range(item.content_start, limit):
        if text[i] in TERMINATORS:
            return i + 1 if not item.titled else i
    return limit


#: Families whose heading a PDF or web conversion may glue to its body (:func:`_glued_heading_ends`): the numbered
#: titled ones (an unnumbered line or a bullet gives no run to compare with).
GLUED_HEADING_FAMILIES = frozenset(("cn", "num", "paren_cn", "num2", "num3", "num_dot"))
#: The fewest characters of a heading cut from the body it was glued to (:func:`_glued_heading_ends`).
GLUED_HEADING_MIN_CHARS = 4
#: A glued heading may run this many characters past the longest heading of its family that stands on its own line.
GLUED_HEADING_SLACK = 4
#: The longest heading prefix that :func:`_glued_heading_ends` looks for again in the body (a key noun phrase).
GLUED_REPEAT_MAX_CHARS = 8
#: Clause punctuation that makes a heading segment prose (a body sentence glued on), and that no cut heading holds.
_GLUED_CLAUSE = "，,：:"
_GLUED_CLAUSE_RE = LazyPattern("[" + re.escape(_GLUED_CLAUSE) + "]")
_LINE_SPACES = LazyPattern(r"[^\S\n]*")
#: What a cut heading may not end with: a word that joins it to what follows (…的, …和, …与).
_GLUED_DANGLING = "的和与及或、"


@lru_cache(maxsize=1)
def _body_openers() -> re.Pattern[str] | None:
    """The words that open a body sentence and never continue a heading phrase (``resources/cues.txt`` group
    ``glued_body_opener``: 伴随着, 近年来, 建议…), as one alternation (loaded once); None when the group is empty.

    Raises:
        summarizer.errors.ResourceError: the cue file is missing or unreadable."""
    words = word_groups("cues.txt", "cue lexicon").get("glued_body_opener", ())
    return re.compile("|".join(map(re.escape, words))) if words else None


def _stands_alone(text: str, item: Item) -> bool:
    """Whether ``item``'s heading fills the rest of its line: no terminator, no body after it on the line."""
    return item.heading_end > item.content_start and item.heading_end - item.content_start <= HEADING_SPAN_CHARS and (
        item.heading_end >= len(text) or text[item.heading_end] == "\n")


#: A heading longer than this (characters) never counts as one that stands on its own line (:func:`_stands_alone`).
HEADING_SPAN_CHARS = 40


def _glued_cut(text: str, start: int, end: int, limit: int, longest: int, openers: bool = True) -> int | None:
    """Where a heading glued to its body ends inside ``text[start:end]`` (the item's heading segment, up to its
    first terminator; ``limit``: the end of the item's own text on its line), or None. The cut lies inside the
    segment's first clause, leaves a heading of :data:`GLUED_HEADING_MIN_CHARS` to ``longest`` characters with no
    punctuation that does not end in a joining word (:data:`_GLUED_DANGLING`), and leaves 4 characters of the clause
    after it; it is (0) the first place where the body opens with the heading's last 4 to
    :data:`GLUED_REPEAT_MAX_CHARS` characters again (``何为职业操守|职业操守是指…``), else (1) the first place where a
    body opener starts (:func:`_body_openers`: ``增加效果导向的工作指标|建议在下一次…``)
    or else (2) the end of the longest prefix of at most :data:`GLUED_REPEAT_MAX_CHARS` characters that the body
    says again (``服务协同|最大化的发挥……需要强化有效的服务协同机制``: the body repeats its heading's key noun). A cut at
    a body opener also needs the body (up to ``limit``) to name a two-character word of the heading again (it goes on
    about the heading's topic); ``openers=False`` leaves way (1) out. Bounded: reads at most ``longest`` positions, and the item's own text once per
    prefix length or heading word."""
    m = _GLUED_CLAUSE_RE.search(text, start, end)
    if m is None:
        return None  # no clause break: a heading phrase, or one clause of prose (nothing to tell them apart)
    first = m.start()
    hi = min(first - GLUED_HEADING_MIN_CHARS, start + longest)  # (the body's first clause keeps 4 characters)

    def fits(k: int) -> bool:
        head = text[start:k]
        return not any(not is_cjk(ch) and ch not in "“”《》\"+" for ch in head) and head[-1] not in _GLUED_DANGLING \
            and is_cjk(text[k])

    def shares_word(k: int) -> bool:  # the body names a two-character word of the heading again
        return any(is_cjk(text[j]) and is_cjk(text[j + 1]) and text.find(text[j:j + 2], k, limit) >= 0
                   for j in range(start, k - 1))

    for k in range(start + GLUED_HEADING_MIN_CHARS, hi + 1):
        n = next((n for n in range(GLUED_HEADING_MIN_CHARS, min(GLUED_REPEAT_MAX_CHARS, k - start) + 1)
                  if text[k - n] == text[k] and text[k - n:k] == text[k:k + n]), 0)
        if n and fits(k):
            return k  # 何为职业操守职业操守是指…: the body opens by naming the heading's last words again
    opener = _body_openers() if openers else None
    if opener is not None:
        for k in range(start + GLUED_HEADING_MIN_CHARS, hi + 1):
            if opener.match(text, k) and fits(k):
                return k if shares_word(k) else None
    for n in range(min(GLUED_REPEAT_MAX_CHARS, hi - start), GLUED_HEADING_MIN_CHARS - 1, -1):
        k = start + n
        if fits(k) and text.find(text[start:k], k, limit) >= 0:
            return k
    return None


def _glued_heading_ends(text: str, items: list[Item]) -> None:
    """In place: move ``heading_end`` of a numbered heading that a PDF or web conversion glued to its body
    (``2.5.1服务覆盖在中国实现全民健康覆盖的进程中，…``) back to where the heading ends (:func:`_glued_cut`).

    Only where the document shows its heading style: at least two other items of the family have a heading that
    stands on its own line (:func:`_stands_alone`), and the glued heading is at most :data:`GLUED_HEADING_SLACK`
    characters longer than the longest of them; the item's segment up to its first terminator holds a clause break
    (a sentence was glued on); a sentence alone on its line is cut only where the heading's words come again.
    ``items``: in text order, headings set. Linear: each item's own text is read a bounded number of times."""
    alone: dict[str, list[int]] = {}  # family -> [how many headings stand alone, the longest of them]
    for it in items:
        if it.family in GLUED_HEADING_FAMILIES and _stands_alone(text, it):
            seen = alone.setdefault(it.family, [0, 0])
            seen[0] += 1
            seen[1] = max(seen[1], it.heading_end - it.content_start)
    if not alone:
        return
    for i, it in enumerate(items):
        seen = alone.get(it.family)
        if seen is None or seen[0] < 2 or _stands_alone(text, it):
            continue
        start = it.content_start
        while start < it.heading_end and text[start] in " \t\u3000":
            start += 1
        # (one sentence alone on its line may be a heading written as a sentence, 着力解决当前…，切实…。: no body opener
        # ends it there, only the heading's words said again)
        after = it.heading_end + (it.heading_end < len(text) and text[it.heading_end] in TERMINATORS)
        j = _LINE_SPACES.match(text, after).end()
        alone_sentence = j >= len(text) or text[j] == "\n"
        nxt = items[i + 1].start if i + 1 < len(items) else len(text)
        nl = text.find("\n", start, nxt)
        limit = nl if nl >= 0 else nxt
        k = _glued_cut(text, start, it.heading_end, limit, seen[1] + GLUED_HEADING_SLACK, openers=not alone_sentence)
        if k is not None:
            it.heading_end = k


#: The most levels an item tree nests (a root is level 1). A written outline nests a few levels (一、/（一）/1./（1）/①:
#: five); runs can nest without end only in a text that repeats markers (``1.项目`` a thousand times, then ``2.项目`` a
#: thousand times: each pair of runs lies inside the one around it). An item below this level is a sibling of the
#: deepest one kept, so that every walk over the tree (the aspect pass recurses per level) stays shallow.
MAX_NESTING = 32
#: A paywall's omission marker (``……(…省略680字，正式会员可完整阅读)……``, ``此处省略``, ``全文请下载``): the page hid
#: the text between, headings with it, so no section open before the marker holds what follows (:func:`omission_cuts`).
OMISSION_MARKER = LazyPattern(r"此[处處]省略|省略\d{1,6}字|(?:全文|完整版)[请請]|可完整(?:阅读|閱讀|查看)|(?:阅读|閱讀|查看|下[载載])全文")


def omission_cuts(text: str) -> list[int]:
    """Offsets (into ``text``) of the paywall omission markers (:data:`OMISSION_MARKER`), ascending; linear."""
    return [m.start() for m in OMISSION_MARKER.finditer(text)]


_CAPTION = LazyPattern(r"(?:图|表|Fig\.?|Figure|Table)\s*\d")  # a figure or table caption line (图2 …, 表1 …)


def _in_line_list(text: str, host: Item, line: Item, previous: Item | None) -> bool:
    """Whether ``host`` is the last entry of a list of one-line items when the heading line ``line`` follows it:
    ``previous`` (the item of ``host``'s run just before it) and ``host`` each take one line and nothing else
    stands between ``host`` and ``line`` (``1. 价格倒挂⏎2. 选址偏⏎3. 检查流于形式⏎下一步建议⏎- …``). Such an item is a
    list entry, not a section heading: the heading line closes the list rather than standing inside its last
    entry. Looks at the text from ``previous`` to ``line`` only."""
    if previous is None or previous.start >= host.start or line.start <= host.start:
        return False
    return _one_entry_line_or_sublist(text, previous, host.start) and _one_entry_line(text, host, line.start)


def _one_entry_line_or_sublist(text: str, item: Item, end: int) -> bool:
    """:func:`_one_entry_line`, or the entry's own line followed by a list of one-line sub-entries nested in it (its
    children, none holding a list of its own): ``2. 护理人才短缺 ⏎ - 持证护理员不足 ⏎ - 平均年龄偏高 ⏎ 3. …``, a markdown
    note's nested list, is still an entry of a list of one-line items (fix51). Reads the item's text only."""
    if not item.children:
        return _one_entry_line(text, item, end)
    bounds = [child.start for child in item.children] + [end]
    if bounds[0] <= item.start or not _one_entry_line(text, item, bounds[0]):
        return False
    return all(not child.children and _one_entry_line(text, child, bound)
               for child, bound in zip(item.children, bounds[1:]))


def _one_entry_line(text: str, item: Item, end: int) -> bool:
    """Whether the text of ``item`` up to ``end`` (an offset into ``text``) takes one line, or two when its marker
    stands alone on the first (``（一）⏎ 监管力量薄弱，…。``: the entry's text is the next line; fix38). Reads the item's
    text only."""
    body = text[item.start:end].rstrip()
    first = body.find("\n")
    if first == -1:
        return True
    if text[item.content_start:item.start + first].strip():
        return False  # (the marker's own line holds text: a second line is the entry's body)
    return "\n" not in body[first + 1:].strip()


def _after_line_list(text: str, host: Item, item: Item, previous: dict[int, Item],
                     next_in_run: dict[int, int]) -> bool:
    """Whether the marker ``item`` opens a list after the list whose last entry is ``host`` rather than a list inside
    ``host``: ``host`` is the last of its run, it and the entry before it each take one line
    (:func:`_one_entry_line`), that entry holds no list, ``host``'s text closes a sentence (``。``, ``；``: no lead-in
    ``：`` that announces a list) and ``item`` opens the next line (``（一）…。⏎（二）…。⏎1. …⏎2. …``: the entries were
    written alike, so the last one holds no list its sibling lacks; fix38). Reads the text from the entry before
    ``host`` to ``item``."""
    before = previous.get(id(host))
    if (before is None or id(host) in next_in_run or before.children or host.children or not host.titled
            or not line_opens_at(text, item.start)):
        return False
    written = text[host.start:item.start].rstrip()
    return written[-1:] in "。！？!?；;" and _one_entry_line(text, before, host.start) and _one_entry_line(
        text, host, item.start)


#: Most characters of the lead-in line between two lists (``为此提出以下建议：``) for :func:`_after_lead_line`.
LEAD_LINE_CHARS = 60


def _after_lead_line(text: str, host: Item, item: Item, previous: dict[int, Item],
                     next_in_run: dict[int, int]) -> bool:
    """Whether the marker ``item`` opens a list after the list whose last entry is ``host`` rather than a list inside
    it: ``host`` is the last of a run of at least two and holds no list, and the line right before ``item`` (which
    opens its line) is a lead-in of at most :data:`LEAD_LINE_CHARS` characters that ends with a colon, after a line
    that closes a sentence (``。``, ``；``): ``②政策兑现慢，…周期长；⏎为此提出以下建议：⏎第一，…`` (the lead-in
    announces a list of its own, after the one it follows; fix42a). The line before the lead-in is ``host``'s own or,
    for a run-in entry (untitled), a later line of its text; a titled ``host`` with more lines is a section heading
    over its paragraphs, which the list goes on inside. Reads the text from ``host`` to ``item``."""
    if (id(host) in next_in_run or id(host) not in previous or host.children
            or not line_opens_at(text, item.start)):
        return False
    written = text[host.start:item.start].rstrip()
    nl = written.rfind("\n")
    if nl < 0 or written[:nl].rstrip()[-1:] not in "。！？!?；;":
        return False
    if host.titled and "\n" in written[:nl].strip():
        return False  # (三、重点工作安排 ⏎ … ⏎ 重点做好十个方面工作： ⏎ （一）…: a section heading over its paragraphs holds them)
    lead = written[nl + 1:].strip()
    return 0 < len(lead) <= LEAD_LINE_CHARS and lead[-1] in "：:"


def _sub_heading_rank(text: str, line: Item, nxt: Item | None, stack: list[tuple[Item, float]],
                      previous: dict[int, Item] | None = None) -> float | None:
    """The rank of the heading line ``line`` (``nxt``: the first numbered item after it, or None) when it is an unnumbered sub-heading inside an open numbered
    section, else None (it is a title and closes everything).

    The line stands inside the innermost open numbered heading ``T`` (一、, 2, 2.1 …) when the numbering that
    follows it is deeper than ``T`` (``2 … 2.1 … 国内现状 … (1) (2) … 3``): beside ``T`` when ``T`` has a numbered
    heading around it (the line is the unnumbered 2.2), else inside ``T``. A line that opens with a number of
    its own (``5对策建议``, a section number the marker patterns missed) is a numbered heading: None; so is a
    line after a list of one-line items (:func:`_in_line_list`; ``previous``: id of an item → the item of its run
    before it)."""
    head = text[line.start:line.start + 2]
    if _CAPTION.match(head + text[line.start + 2:line.start + 12]) or head[:1].isdecimal() \
            or len(head) == 2 and head[0] in _CN and head[1] in "、.．":
        return None
    titled = [k for k, (x, _b) in enumerate(stack) if x.titled and x.family != "line"]
    if not titled:
        return None
    k = titled[-1]
    host = stack[k][0]
    if nxt is None or nxt.rank <= host.rank or _in_line_list(text, host, line, (previous or {}).get(id(host))):
        return None
    del stack[k + 1:]
    if len(titled) >= 2:
        return host.rank
    return host.rank + 0.1


#: A heading line that is one bracketed name and nothing else (``【经济问题】``, ``［社会问题］``), at most this many
#: characters inside the brackets: a section heading over the plain heading lines after it (:func:`_bracketed_line`).
BRACKETED_HEADING_CHARS = 12
#: What a plain heading line under a bracketed one adds to the rank of a heading line (nested inside it).
BRACKETED_SUB_RANK = 0.5
_BRACKETED_LINE = LazyPattern(r"[【［\[]\s{0,2}[^【】［］\[\]\n]{2,%d}?\s{0,2}[】］\]]" % BRACKETED_HEADING_CHARS)


def _bracketed_line(text: str, item: Item) -> bool:
    """Whether the heading line ``item`` is one bracketed name and nothing else (:data:`_BRACKETED_LINE`:
    ``【经济问题】``): a section heading whose section holds the plain heading lines after it (``外部因素的隐忧`` ⏎ its
    paragraph ⏎ ``劳动力严重外流`` ⏎ …) up to the next bracketed line or numbered heading (trialfix20b, :func:`parse`).
    Bounded: reads the heading only."""
    if item.family != "line" or item.heading_end - item.start > BRACKETED_HEADING_CHARS + 6:
        return False
    return _BRACKETED_LINE.fullmatch(text, item.start, item.heading_end) is not None


def _subtree_sizes(items: list[Item]) -> dict[int, int]:
    """id of each item of ``items`` (text order, every child after its parent) -> the number of items in its subtree,
    itself included. One pass from the last item back, no recursion: a text may nest lists thousands deep
    (``1.项目`` a thousand times, then ``2.项目`` a thousand times: each run of two lies inside the one around it)."""
    size: dict[int, int] = {}
    for it in reversed(items):
        size[id(it)] = 1 + sum(size[id(ch)] for ch in it.children)
    return size


#: Most characters between the end of a list item's line and the next item of its run for a section-name line
#: there to split the run (:func:`_split_runs_at_section_lines`): one short line.
SECTION_LINE_GAP_CHARS = 40


def _split_runs_at_section_lines(text: str, markers: list[Item], section_name: Callable[[str], bool]) -> None:
    """Start a new run at an item whose line follows, alone, a line that names a section (``section_name``:
    ``对策建议：``) right after the one-line item before it in its run (``存在问题： ⏎ 1. … ⏎ 2. … ⏎ 对策建议： ⏎ 3. … ⏎
    4. …``): numbering that goes on across sections is two lists, each under its own section, as if the second
    restarted at 1 (fix37). Only a single line between the two items counts (at most
    :data:`SECTION_LINE_GAP_CHARS` characters), so a titled item whose body holds a sub-heading keeps its run.
    ``markers``: :func:`find_markers`' items, their ``run`` rewritten in place. One pass: linear."""
    line_end = line_end_finder(text)
    last: dict[int, Item] = {}
    moved: dict[int, int] = {}  # old run id → the new run id its later items take
    next_run = max((m.run for m in markers), default=-1) + 1
    for it in markers:
        if it.run < 0:
            continue
        run = moved.get(it.run, it.run)
        before = last.get(it.run)
        last[it.run] = it
        if before is not None and it.value == before.value + 1 and line_opens_at(text, it.start):
            gap_start = line_end(before.start)
            if 0 < it.start - gap_start <= SECTION_LINE_GAP_CHARS:
                gap = text[gap_start:it.start].strip()
                if gap and "\n" not in gap and section_name(gap):
                    run = next_run
                    next_run += 1
                    moved[it.run] = run
        it.run = run


def _close_one_line_bullet_runs(text: str, items: list[Item], last_of_run: dict[int, Item]) -> None:
    """In place: the last item of a run of ``bullet`` items (offsets into ``text``) whose other items are one line
    each, with no children, ends with its own line too: a list of one-line items (``•从生产环节看，…。`` ⏎ ``•从加工环节
    看，…。``, a report's dash-led lines; Part 69's 3638) is followed by the text's next paragraph, not by a body of its
    last item. Linear in the items."""
    one_line: dict[int, bool] = {}
    for it in items:
        if it.family == "bullet" and it.run >= 0 and last_of_run.get(it.run) is not it:
            one_line[it.run] = one_line.get(it.run, True) and not it.children and not text[
                it.start:it.end].strip().count("\n")
    for run, last in last_of_run.items():
        if run not in one_line and last.family == "bullet" and not last.children:
            # a run of one bullet whose line is a whole sentence (•景区停车难问题突出。 ⏎ 应实行…): no heading over a
            # body, the next paragraph is the text's own (a WeChat post's flag or emoji read as a bullet; try43b)
            nl = text.find("\n", last.start, last.end)
            line = text[last.start:nl].rstrip() if nl >= 0 else ""
            one_line[run] = bool(line) and line[-1] in "。！？!?"
    for run, ok in one_line.items():
        last = last_of_run[run]
        if ok and not last.children:
            nl = text.find("\n", last.start, last.end)
            if nl >= 0 and text[nl:last.end].strip():
                last.end = nl


def _closes_inline_list(text: str, item: Item, previous: dict[int, Item], next_in_run: dict[int, int]) -> bool:
    """Whether ``item`` (a marker: ``（3）``) is the last item of a list written inside one sentence of a
    paragraph (``存在以下问题：（1）…；（2）…；（3）…。对此建议：①…；②…``): neither it nor the item before it in its run
    opens its line, nothing of its run follows, and its heading ends the sentence (a terminator ``。！？``). Its
    region is that sentence: a list the next sentence opens is no part of it (fix37), as an enumeration inside
    a paragraph (一是…二是…) closes with it. Offsets into ``text``; constant work."""
    before = previous.get(id(item))
    return (before is not None and id(item) not in next_in_run and item.heading_end > item.content_start
            and text[item.heading_end - 1] in "。！？!?" and not line_opens_at(text, item.start)
            and not line_opens_at(text, before.start))


def parse(text: str, section_name: Callable[[str], bool] | None = None) -> Structure:
    """Parse the structure of one essay's cleaned text. ``section_name``: whether a bare line names a section
    (``存在的问题``), so that the bare lines under it are its text, no headings
    (:func:`summarizer.sentences.list_line_starts`); None: no bare line does.

    Returns:
        :class:`Structure` with items in text order, nested by rank, each with its heading and region.
        Never raises; a text without markers or heading lines gives an empty tree.
    """
    markers = find_markers(text)
    if section_name is not None:
        _split_runs_at_section_lines(text, markers, section_name)
    marked = {m.start for m in markers}
    line_end = line_end_finder(text)
    lines = [ln for ln in _line_headings(text, section_name) if ln.start not in marked]
    # a marked line that is short and has no terminator is a titled item: keep its marker, not a line item
    items = sorted(markers + lines, key=lambda it: it.start)
    # next sibling in the same run, and each run's last item: a run that lies wholly between an item and
    # its next sibling is nested in that item, whatever the ranks (a "(1)(2)" list inside a "一是" item)
    next_in_run: dict[int, int] = {}
    run_last: dict[int, int] = {}
    prev_in_run: dict[int, Item] = {}
    previous: dict[int, Item] = {}  # id of an item → the item of its run before it
    for it in items:
        if it.run >= 0:
            if it.run in prev_in_run:
                next_in_run[id(prev_in_run[it.run])] = it.start
                previous[id(it)] = prev_in_run[it.run]
            prev_in_run[it.run] = it
            run_last[it.run] = it.start
    run_first = {}
    for it in items:
        if it.run >= 0:
            run_first.setdefault(it.run, it.start)

    child_families: dict[int, set[str]] = {}

    def contained(it: Item, host: Item) -> bool:
        nxt = next_in_run.get(id(host))
        if it.run < 0 or it.run == host.run or run_first[it.run] <= host.start:
            return False
        if nxt is not None:
            return run_last[it.run] < nxt
        # the last item of its run (3. 对策建议) holds a run of the family its previous sibling held
        # (2. 存在问题 ⏎ （一）…（三） ⏎ 3. 对策建议 ⏎ （一）…): parallel sections are built alike
        before = previous.get(id(host))
        if before is None:
            return False
        if id(before) not in child_families:  # ``before`` is closed by now: its children are all known
            child_families[id(before)] = {ch.family for ch in before.children}
        return it.family in child_families[id(before)]

    next_numbered: list[Item | None] = [None] * len(items)  # the first item after items[i] that is not a line
    for i in range(len(items) - 2, -1, -1):
        next_numbered[i] = items[i + 1] if items[i + 1].family != "line" else next_numbered[i + 1]
    captions: set[int] = set()
    inline_last: list[Item] = []  # last items of titled lists written inside a sentence (_closes_inline_list)
    stack: list[tuple[Item, float]] = []  # (item, bound): an item closes once text reaches its bound
    roots: list[Item] = []
    cuts = omission_cuts(text)
    for i, it in enumerate(items):
        nxt = items[i + 1].start if i + 1 < len(items) else len(text)
        if cuts and i > 0 and bisect.bisect_left(cuts, it.start) > bisect.bisect_left(cuts, items[i - 1].start):
            # a paywall omission marker lies between this item and the one before: the hidden text held the headings
            # of what follows, so no section open before the marker holds it (an achievements section cut off
            # before the problems: Part 63's 3276)
            stack.clear()
        if it.family != "line":
            it.heading_end = _heading_end(text, it, nxt)
        if it.family == "line" and stack and _CAPTION.match(text, it.start):
            captions.add(id(it))  # a figure or table caption inside a section: text of that section, no heading
            continue
        if it.family == "line":
            while stack and it.start >= stack[-1][1]:
                stack.pop()
            sub_rank = _sub_heading_rank(text, it, next_numbered[i], stack, previous)
            if sub_rank is None and stack and _bracketed_line(text, stack[0][0]) and not _bracketed_line(text, it):
                # (【经济问题】 ⏎ 外部因素的隐忧 ⏎ …: a plain heading line inside the bracketed section; trialfix20b)
                del stack[1:]
                it.sub_rank = RANK["line"] + BRACKETED_SUB_RANK
            elif sub_rank is None:
                stack.clear()
            else:
                it.sub_rank = sub_rank
        if it.family != "line" and stack and (_after_line_list(text, stack[-1][0], it, previous, next_in_run)
                                             or _after_lead_line(text, stack[-1][0], it, previous, next_in_run)):
            stack.pop()  # (（一）…。⏎（二）…。⏎ 1. …: a list after a list of one-line entries, not inside its last one)
        while stack and (it.start >= stack[-1][1] or (stack[-1][0].rank >= it.rank and not contained(it, stack[-1][0]))):
            stack.pop()
        while stack and it.family == "num2" and _other_section_number(it, stack[-1][0]):
            stack.pop()  # (一、背景 ⏎ … ⏎ 2.1 …: the page lost 二、, and 2.1 is no part of 一; Part 63's 3271)
        del stack[MAX_NESTING - 1:]  # deeper: a sibling of the deepest item kept (the deepest ones close here)
        bound = float("inf")
        if stack:
            parent, pbound = stack[-1]
            it.parent = parent
            parent.children.append(it)
            bound = pbound
            if contained(it, parent) and id(parent) in next_in_run:
                bound = min(bound, next_in_run[id(parent)])
        else:
            roots.append(it)
        if _closes_inline_list(text, it, previous, next_in_run):
            bound = min(bound, it.heading_end)
            inline_last.append(it)
        elif not it.titled and not line_opens_at(text, it.start):
            # an enumeration inside a paragraph (…来看，一是…二是…) closes with its paragraph: a list on a later line
            # is not inside its last item
            bound = min(bound, line_end(it.start))
        stack.append((it, bound))
    items = [it for it in items if id(it) not in captions]
    _glued_heading_ends(text, items)
    # regions: an item ends where the first later item outside its subtree starts
    index = {id(it): i for i, it in enumerate(items)}
    size = _subtree_sizes(items)
    last_of_run: dict[int, Item] = {}
    for it in items:
        j = index[id(it)] + size[id(it)]
        it.end = items[j].start if j < len(items) else len(text)
        if it.run >= 0:
            last_of_run[it.run] = it
    # the last item of a run-in enumeration (一是…二是…, 第一，…) ends with its paragraph when it opens the
    # paragraph (its body follows it), else — an enumeration inside a paragraph — with its first sentence
    # (or its line, when a list of its own follows), never with the section around it
    for it in inline_last:
        it.end = min(it.end, it.heading_end)
    for it in last_of_run.values():
        if not it.titled:
            end_of_line = line_end(it.start)
            opens_line = line_opens_at(text, it.start)
            cap = end_of_line if it.children or opens_line else max(it.heading_end, it.content_start)
            it.end = min(it.end, cap)
    _close_one_line_bullet_runs(text, items, last_of_run)
    for it in last_of_run.values():
        _end_before_lead_in(text, it, items, index[id(it)] + size[id(it)])
    if cuts:
        for it in items:  # no region runs past a paywall omission marker (the text after it is another section's)
            k = bisect.bisect_left(cuts, it.start)
            if k < len(cuts) and cuts[k] < it.end:
                # (a first sentence the marker cuts into ends there too: its rest is hidden)
                it.end = max(cuts[k], it.content_start)
                it.heading_end = min(it.heading_end, it.end)
    return Structure(text, roots, items)
