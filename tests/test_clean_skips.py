"""Cleaning's skips are exact: a line passed over by a whole-text pre-scan is one no per-line test would have taken.

:func:`summarizer.clean.required_strings` reads from a pattern strings one of which every match holds; the line
rules of ``resources/boilerplate.txt`` are searched only on lines holding one of theirs, and the page-number and
punctuation tests only on lines without a Han character they cannot match (:data:`summarizer.clean.PAGE_LINE_HAN`).
:func:`summarizer.clean._line_marks` answers per line what the line joining read from each line with a scan of its
own. Every text here is written for the test.
"""

from __future__ import annotations

import random
import re

import pytest

try:
    import re._parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

from summarizer import clean as C
from summarizer.chars import TERMINATORS
from summarizer.formats import pdf

# ---------------------------------------------------------------------------------------------- required strings


@pytest.mark.parametrize("pattern,expected", [
    (r"^\s*首页\s*[>»]", {"首页"}),
    (r"(发布时间|发布日期)\s*[:：]", {"发布"}),  # (the parser factors the common 发布 out: one string beats two)
    (r"^\s*\d{4}\s*[-/.年]\s*(?:来源|作者)", {"来源", "作者"}),  # a digit class and ASCII marks are not selective
    (r"[〔（]\s*(?:19|20)\d{2}\s*[〕）]\s*号", {"号"}),
    (r"(?:ab){2,}", {"ab"}),
    (r"x[甲乙丙]y?", {"x"}),
    (r"[甲乙丙]", {"甲", "乙", "丙"}),
])
def test_required_strings_are_read_from_the_parsed_pattern(pattern, expected):
    assert C.required_strings(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"abc", r"(?i)abc",  # case-insensitive: a literal stands for several strings
    r"[^。]+", r"\d+", r".{2,}", r"(?:甲|)乙?", r"甲*", r"[一-龥]",  # open classes, optional parts, a large range
])
def test_no_required_strings_where_none_are_certain(pattern):
    flags = re.I if pattern == "abc" else 0
    assert C.required_strings(re.compile(pattern, flags)) is None


def test_every_line_a_boilerplate_rule_matches_holds_one_of_its_required_strings():
    lines = ["当前位置：首页 > 新闻", "首页 > 要闻", "新闻中心 > 栏目 > 正文", "来源：某某日报", "作者：张三 来源：某网",
             "发布时间：2024-03-15", "版权所有 © 某某网", "相关文章", "【推荐阅读】", "首页 | 新闻 | 图片",
             "阅读全文 »", "分享到：", "2024-03-15 08:30 来源：某某日报", "（责任编辑：李四）", "京ICP证000000号",
             "分享：微信 微博", "请关注我们的公众号", "（作者系某大学教授）", "某市人民政府办公室文件", "某政办发〔2024〕15号",
             "（此件公开发布）", "抄送：市委办公室", "某市人民政府办公室2024年3月8日印发", "各区县人民政府，市政府各部门：",
             "附件：1．某某办法"]
    rules = C._line_rules()
    matched = 0
    for line in lines:
        for _name, pattern in rules:
            if pattern.search(line):
                matched += 1
                need = C.required_strings(pattern)
                assert need is not None and any(s in line for s in need), (line, pattern.pattern)
    assert matched >= len(lines)  # (every written line is boilerplate of some rule)


def test_cued_lines_finds_every_line_holding_a_string_even_behind_an_overlapping_match():
    cue = re.compile("发布时间|时间表|各")
    text = "发布时间表\n无关的一行\n各地\n\n时间表"
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    assert C.cued_lines(text, starts, cue) == {0, 2, 4}


# ---------------------------------------------------------------------------------------------- page-number lines


def _han_literals_and_open_parts(pattern: re.Pattern[str]) -> tuple[set[str], bool]:
    """The Han characters a pattern names, and whether it has a part that may match a Han character it does not name
    (``.``, a negated class, ``\\w``)."""
    han: set[str] = set()
    open_part = False

    def is_han(code: int) -> bool:
        return any(a <= code <= b for a, b in C._HAN_RANGES)

    def walk(items):
        nonlocal open_part
        for op, av in items:
            name = str(op)
            if name == "LITERAL" and is_han(av):
                han.add(chr(av))
            elif name in ("ANY", "NOT_LITERAL"):
                open_part = True
            elif name == "IN":
                for op2, av2 in av:
                    kind = str(op2)
                    if kind == "NEGATE" or (kind == "CATEGORY" and "WORD" in str(av2)):
                        open_part = True
                    elif kind == "LITERAL" and is_han(av2):
                        han.add(chr(av2))
                    elif kind == "RANGE" and any(is_han(c) for c in range(av2[0], av2[1] + 1)):
                        open_part = True
            elif name == "CATEGORY" and "WORD" in str(av):
                open_part = True
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(av[2])
            elif name == "SUBPATTERN":
                walk(av[-1])
            elif name == "BRANCH":
                for branch in av[1]:
                    walk(branch)

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return han, open_part


@pytest.mark.parametrize("pattern", [C._PAGE_NUMBER_LINE, C._PUNCT_ONLY_LINE, pdf._PAGE_NUMBER],
                         ids=["page_number", "punct_only", "decorated_page_number"])
def test_page_and_debris_lines_hold_no_han_character_but_those_of_page_line_han(pattern):
    han, open_part = _han_literals_and_open_parts(pattern)
    assert not open_part
    assert han <= set(C.PAGE_LINE_HAN)


# ---------------------------------------------------------------------------------------------- whole cleaning


_PIECES = ["加强基层治理", "当前存在短板。", "建议完善制度；", "第3篇", "一、", "（", "）", "，", "、", "  ", "\t",
           "- 3 -", "第1页 共5页", "·54·", "12", "Page 3 of 5", "。”", "……", "来源：某某网", "作者：张三", "相关阅读",
           "首页 > 新闻", "某府发〔2024〕3号", "各单位：", "附件：1．办法", "\ue000", "及", "abc", "x;", "{", "©"]


def _written_texts(n: int = 600) -> list[str]:
    rng = random.Random(16)
    texts = []
    for _ in range(n):
        lines = []
        for _ in range(rng.randint(1, 12)):
            lines.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 5))))
        texts.append("\n".join(lines))
    return texts


def _same(a: C.CleanText, b: C.CleanText) -> bool:
    return (a.text == b.text and a.offsets.tolist() == b.offsets.tolist() and a.removed == b.removed
            and a.bylines == b.bylines and a.breaks == b.breaks)


def test_cleaning_gives_the_same_text_with_and_without_its_whole_text_scans(monkeypatch):
    texts = _written_texts()
    monkeypatch.setattr(C, "SCAN_MIN_LINES", 1)  # (the whole-text scans on every text, however few its lines)
    with_scan = [C.clean(t) for t in texts]
    monkeypatch.setattr(C, "SCAN_MIN_LINES", 10**9)  # (every line tested and read one by one)
    without = [C.clean(t) for t in texts]
    assert all(_same(a, b) for a, b in zip(with_scan, without))
    assert sum(bool(a.removed) for a in with_scan) > 100  # (the texts do hold boilerplate lines)


@pytest.mark.parametrize("min_lines", [1, 10**9], ids=["vectorised", "line_by_line"])
def test_line_marks_agree_with_a_scan_of_each_line(monkeypatch, min_lines):
    monkeypatch.setattr(C, "SCAN_MIN_LINES", min_lines)
    terminators, commas, unit_ends = set(TERMINATORS), set("，,、"), set(TERMINATORS) | {"\ue000"}
    for text in _written_texts(200):
        lines = text.split("\n")
        starts, ends = [], []
        pos = 0
        for line in lines:
            starts.append(pos)
            ends.append(pos + len(line))
            pos += len(line) + 1
        ended, has_comma, last, opened = C._line_marks(text, starts, ends)
        for k, line in enumerate(lines):
            assert ended[k] == any(ch in terminators for ch in line)
            assert has_comma[k] == any(ch in commas for ch in line)
            assert opened[k] == any(ch in C.OPENERS for ch in line)
            found = [i for i, ch in enumerate(line) if ch in unit_ends]
            assert last[k] == (starts[k] + found[-1] if found else -1)
        # (the lines given may leave some out: the last one here, whose marks belong to no line given)
        assert C._line_marks(text, starts[:-1], ends[:-1]) == tuple(marks[:-1] for marks in (ended, has_comma, last, opened))


# ---------------------------------------------------------------------------------------------- whole-text cues


@pytest.mark.parametrize("pattern,cues,texts", [
    (C._REFERENCES_CUE, C._REFERENCES_CUES, ["参考文献：", "REFERENCES", "References", "Notes", "NOTE", "注释", "註"]),
    (C._KEYWORDS_RE, C._KEYWORDS_CUES, ["关键词：治理；基层；社区", "KEY WORDS: a; b; c", "keywords：治理；基层",
                                        "关键字:甲；乙；丙"]),
    (C._NOTE_CITED, C._NOTE_CITED_CUES, ["如前所述[1]，", "见文献［1］。", "参见〔1〕"]),
], ids=["references", "keywords", "note_cited"])
def test_a_text_the_pattern_matches_holds_one_of_its_cues(pattern, cues, texts):
    for text in texts:
        assert pattern.search(text), text
        assert C._cued(cues, text), text
        assert not C._cued(cues, "加强基层治理，完善制度。"), text


def test_rules_skipped_by_their_derived_cue_find_nothing_on_the_texts_they_skip():
    texts = _written_texts(300) + ["（中共某市委党校，湖北 荆门 448000）", "（完）", "记者丨张三编辑丨李四“好”",
                                   "责任编辑李四 2024年", "视频剪辑张三4次起诉"]
    rules = [p for _name, p, _repl in C._INLINE_RULES] + [p for _name, p in C._NEWS_FURNITURE]
    skipped = 0
    for pattern in rules:
        cue = C._required_cue(pattern)
        for text in texts:
            if cue is not None and not C._cued(cue, text):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert skipped > 1000


@pytest.mark.parametrize("min_lines", [1, 10**9], ids=["vectorised", "line_by_line"])
def test_block_widths_are_the_widest_line_of_each_block_of_several_lines(monkeypatch, min_lines):
    monkeypatch.setattr(C, "SCAN_MIN_LINES", min_lines)
    assert C._block_widths([3, 5, 0, 7, 0, 0, 2, 9, 4]) == [5, 5, 0, 9, 9, 9]
    assert C._block_widths([0, 0]) == []
    assert C._block_widths([6]) == [0]
