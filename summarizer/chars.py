"""The text vocabulary: what CJK is, what counts as content, which marks end a sentence or a clause, the
Chinese numerals and the heading-line rule. Every module that needs one of these imports it from here.

All sets are characters (Unicode code points); all lengths are characters.
"""

from __future__ import annotations

import re

__all__ = [
    "ASCII_LOWER",
    "HARD_BREAK",
    "CJK",
    "CJK_RE",
    "is_cjk",
    "cjk_balance",
    "CONTENT_RE",
    "has_content",
    "SENTENCE_END",
    "TERMINATORS",
    "CLAUSE_END",
    "COLONS",
    "TOKEN_COLON",
    "is_token_colon",
    "CN_NUMERALS",
    "CN_NUMBER_CHARS",
    "CN_DIGITS",
    "HEADING_MAX_CHARS",
    "is_heading_line",
    "INVISIBLE",
]

#: Invisible format characters (regex class body): zero-width space, non-joiner and joiner (U+200B-U+200D), word
#: joiner and invisible operators (U+2060-U+2064), a BOM inside a text (U+FEFF), soft hyphen (U+00AD), Mongolian
#: vowel separator (U+180E). Cleaning removes them from the analysis copy; they are never a token, a sentence
#: boundary or part of a point's edge (a point's original span may hold them inside).
INVISIBLE = "\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e"

#: Han ideographs as a regex character-class body: CJK Unified Ideographs, extension A, compatibility
#: ideographs, and extensions B-H with the compatibility supplement (``\U00020000-\U0003134f``).
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(f"[{CJK}]")

#: Content: a letter or digit of any script (the regex class ``[^\W_]``: Unicode categories L* and N*), so
#: Han ideographs, Latin, Cyrillic, kana, Hangul and digits are content; punctuation, symbols and whitespace
#: are not. A text or sentence with no content character is empty.
CONTENT_RE = re.compile(r"[^\W_]")

#: Marks that end a sentence (full and half width). The sentence splitter also ends sentences at ``.`` and
#: ``…`` where they are not decimal points, abbreviations or list numbers (see :mod:`summarizer.sentences`).
SENTENCE_END = "。！？!?"
#: Marks that end a unit of prose: a sentence end or a semicolon. A line that holds one is prose, never a
#: heading; structure and essay splitting cut headings there.
TERMINATORS = SENTENCE_END + "；;"
#: Marks that end a clause inside a sentence.
CLAUSE_END = "，,、；;：:"
#: A line ending in a colon introduces what follows (a lead-in, a salutation): it is not a heading.
COLONS = "：:"
#: Regex of an ASCII colon that is part of a token, not punctuation: between a Latin letter or digit and a digit, a
#: slash or a backslash (a time ``10:30``, a ratio ``3:1``, a drive ``C:\\Users``, a URL ``http://``). Such a colon
#: ends no clause or unit: no list item or run-in heading starts after it. (One character wide; linear.)
TOKEN_COLON = r"(?<=[0-9A-Za-z]):(?=[0-9/\\])"
_TOKEN_COLON_RE = re.compile(TOKEN_COLON)


def is_token_colon(text: str, i: int) -> bool:
    """True when ``text[i]`` is an ASCII colon inside a token (:data:`TOKEN_COLON`: ``10:30``, ``C:\\``, ``http://``),
    which ends no clause. ``i`` is a character offset into ``text``; O(1)."""
    return text[i:i + 1] == ":" and _TOKEN_COLON_RE.match(text, i) is not None

#: Chinese numerals one to ten, as used by list markers (一、 （二） 第三， 四是).
CN_NUMERALS = "一二三四五六七八九十"
#: Characters of a Chinese number in an essay marker (篇一百零二, 第〇篇, 两).
CN_NUMBER_CHARS = CN_NUMERALS + "百零〇两"
#: Value of each numeral of :data:`CN_NUMERALS`.
CN_DIGITS = {ch: i + 1 for i, ch in enumerate(CN_NUMERALS)}

#: A heading line has at most this many characters (after trimming whitespace).
HEADING_MAX_CHARS = 40


def is_cjk(ch: str) -> bool:
    """True when the one character ``ch`` is a Han ideograph (the ranges of :data:`CJK`)."""
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3134F


def has_content(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` holds a letter or digit of any script (see :data:`CONTENT_RE`)."""
    return CONTENT_RE.search(text, start, len(text) if end is None else end) is not None


_CJK_RUN = re.compile(f"[{CJK}]+")
_CONTENT_RUN = re.compile(r"[^\W_]+")


def cjk_balance(text: str) -> int:
    """Han ideographs (:data:`CJK_RE`) minus other content characters (:data:`CONTENT_RE`) of ``text``: positive
    for a mostly Chinese text, negative for a mostly Latin one (an English sentence), 0 for neither."""
    return 2 * sum(map(len, _CJK_RUN.findall(text))) - sum(map(len, _CONTENT_RUN.findall(text)))  # runs: fewer matches


def is_heading_line(line: str) -> bool:
    """The heading-line rule shared by essay splitting, structure and the sentence splitter.

    A line (whitespace at its ends ignored) is a heading when it is not empty, has at most
    :data:`HEADING_MAX_CHARS` characters, holds no sentence or unit terminator (:data:`TERMINATORS`:
    ``。！？!?；;``) and does not end in a colon (``：``/``:``, a lead-in such as ``存在以下问题：`` or a
    salutation). So ``关于基层治理的思考`` and ``一、总体要求`` are headings; ``加强队伍建设；`` and
    ``完善经费保障：`` are not.
    """
    s = line.strip()
    return (bool(s) and len(s) <= HEADING_MAX_CHARS and not any(ch in TERMINATORS for ch in s)
            and not s.endswith(tuple(COLONS)))


#: Replacement left by the cleaning stages where apparatus was cut out of a line or a markup heading opens one: a
#: paragraph break that line joining never undoes (a private-use character; the cleaned text has ``\n`` there).
HARD_BREAK = "\ue000"

#: ``str.translate`` table that lower-cases ASCII letters only: same length, unlike ``str.lower`` (which changes the
#: length of some characters), so offsets into the translated text stay offsets into the original.
ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
