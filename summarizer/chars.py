"""The text vocabulary: what CJK is, what counts as content, which marks end a sentence or a clause, the
Chinese numerals and the heading-line rule. Every module that needs one of these imports it from here.

All sets are characters (Unicode code points); all lengths are characters.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Callable, Mapping
from functools import wraps
from importlib import resources

import numpy as np

try:
    import re._parser as _sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from summarizer.errors import ResourceError

__all__ = [
    "DOCUMENT_MEMO",
    "rfind_any",
    "document_memo",
    "ASCII_LOWER",
    "parse_word_groups",
    "word_groups",
    "char_translator",
    "HARD_BREAK",
    "CJK",
    "CJK_RE",
    "is_cjk",
    "cjk_balance",
    "cjk_balance_sign",
    "han_outnumbers_latin_words",
    "CONTENT_RE",
    "has_content",
    "SENTENCE_END",
    "TERMINATORS",
    "CLAUSE_END",
    "COLONS",
    "LEAD_DASHES",
    "QUOTE_PAIRS",
    "ASCII_QUOTES",
    "QUOTE_OPENERS",
    "QUOTE_CLOSERS",
    "PAIRED_QUOTE_OPENERS",
    "PAIRED_QUOTE_CLOSERS",
    "DISTINCT_QUOTE_OPENERS",
    "DISTINCT_QUOTE_CLOSERS",
    "BLOCK_QUOTE_OPENERS",
    "BLOCK_QUOTE_CLOSERS",
    "ends_as_lead_in",
    "CLAUSE_SPLIT",
    "TOKEN_COLON",
    "is_token_colon",
    "CN_NUMERALS",
    "CN_NUMBER_CHARS",
    "CN_DIGITS",
    "HEADING_MAX_CHARS",
    "heading_width",
    "is_heading_line",
    "INVISIBLE",
    "CONTROL",
    "PROCESS_MEMO",
    "text_memo",
    "process_memo",
]

#: Invisible format characters (regex class body): zero-width space, non-joiner and joiner (U+200B-U+200D), word
#: joiner and invisible operators (U+2060-U+2064), a BOM inside a text (U+FEFF), soft hyphen (U+00AD), Mongolian
#: vowel separator (U+180E). Cleaning removes them from the analysis copy; they are never a token, a sentence
#: boundary or part of a point's edge (a point's original span may hold them inside).
INVISIBLE = "\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e"

#: Control characters (regex class body; Unicode category ``Cc``: U+0000-U+001F and U+007F-U+009F) other than tab,
#: line feed, vertical tab, form feed and carriage return (NEL U+0085 is a line break to cleaning, which reads it
#: first). One rule for every input (a ``str``, a JSON text, a decoded file): a text in which more than
#: :data:`summarizer.decode.MAX_CONTROL_RATIO` of the characters are such controls is refused as binary
#: (:func:`summarizer.decode.check_controls`); fewer are removed from the analysis copy like :data:`INVISIBLE`, so
#: they never reach a title, summary or point (a point's original span may hold them inside).
CONTROL = "\x00-\x08\x0e-\x1f\x7f-\x9f"

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
#: Marks that close a clause or a sentence, without the enumeration comma ``、`` (which joins items inside one
#: clause): where the last clause of a sentence starts, and what may not stand inside one clause.
CLAUSE_BREAKS = "，,；;：:" + SENTENCE_END
#: A line ending in a colon introduces what follows (a lead-in, a salutation): it is not a heading.
COLONS = "：:"
#: Dashes that end a lead-in as a colon does (``导致出生人口下滑有三大因素——`` ⏎ ``一是…``): the em dash pair, a single
#: em dash and its ASCII stand-in.
LEAD_DASHES = ("——", "—", "--")

#: Quotation marks (引号) of the Chinese punctuation standard GB/T 15834 (标点符号用法), each opener with its closer:
#: the curly double ``“”`` and single ``‘’`` marks of horizontal writing, the corner marks ``「」`` and ``『』`` (the
#: usage of Hong Kong, Macau and Taiwan, and of vertical writing; ``「」`` the outer level, ``『』`` the inner) and their
#: vertical presentation forms ``﹁﹂`` ``﹃﹄`` (U+FE41-U+FE44: text typeset vertically, a PDF's extraction). Each
#: closer differs from its opener; the ASCII marks (:data:`ASCII_QUOTES`) are apart, one character both ways.
QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "﹁": "﹂", "﹃": "﹄"}
#: The ASCII quotation marks, each both opener and closer: the double ``"`` and the single ``'`` (also the apostrophe).
ASCII_QUOTES = "\"'"
#: Every mark that opens a quotation: :data:`QUOTE_PAIRS`' openers and :data:`ASCII_QUOTES` (a heading that opens
#: with one is someone's words, a slogan, not the writer's heading).
QUOTE_OPENERS = "".join(QUOTE_PAIRS) + ASCII_QUOTES
#: Every mark that closes a quotation (:data:`QUOTE_PAIRS`' closers and :data:`ASCII_QUOTES`).
QUOTE_CLOSERS = "".join(QUOTE_PAIRS.values()) + ASCII_QUOTES
#: The quotation marks that a reader pairs across a sentence: :data:`QUOTE_OPENERS` and :data:`QUOTE_CLOSERS`
#: without the ASCII ``'``, which in running text is mostly an apostrophe or a prime (``it's``, ``90's``, ``5'``),
#: so that a sentence ending in it has closed no quotation.
PAIRED_QUOTE_OPENERS = QUOTE_OPENERS.replace("'", "")
PAIRED_QUOTE_CLOSERS = QUOTE_CLOSERS.replace("'", "")
#: The quotation marks whose opener differs from its closer (:data:`QUOTE_PAIRS`, without the ASCII marks, each both
#: at once): the marks whose nesting a count of opened quotations can follow, one opener or closer at a time.
DISTINCT_QUOTE_OPENERS = "".join(QUOTE_PAIRS)
DISTINCT_QUOTE_CLOSERS = "".join(QUOTE_PAIRS.values())
#: The marks that open and close a paragraph quoted whole (a block quotation: a report citing a guidance paragraph
#: after paragraph): the outer-level marks of :data:`QUOTE_PAIRS`, the curly double marks and both corner marks,
#: horizontal and vertical (``『』`` opens a quotation in much web and Hong Kong text). The curly single ``‘’`` nest
#: inside another quotation (a term quoted within a sentence), and the ASCII marks are also inch marks and
#: apostrophes: neither opens a paragraph-long quotation.
BLOCK_QUOTE_OPENERS = "“「『﹁﹃"
BLOCK_QUOTE_CLOSERS = "".join(QUOTE_PAIRS[q] for q in BLOCK_QUOTE_OPENERS)
#: Regex of an ASCII colon that is part of a token, not punctuation: between a Latin letter or digit and a digit, a
#: slash or a backslash (a time ``10:30``, a ratio ``3:1``, a drive ``C:\\Users``, a URL ``http://``). Such a colon
#: ends no clause or unit: no list item or run-in heading starts after it. (One character wide; linear.)
TOKEN_COLON = r"(?<=[0-9A-Za-z]):(?=[0-9/\\])"
_TOKEN_COLON_RE = re.compile(TOKEN_COLON)
#: Where a sentence or heading splits into clauses: a comma, 、, semicolon, colon (not a :data:`TOKEN_COLON`) or an
#: end mark, full or half width (``CLAUSE_SPLIT.split(text)``; one character wide, linear).
CLAUSE_SPLIT = re.compile(r"[,，、;；：。！？!?]|(?!" + TOKEN_COLON + "):")


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


def cjk_balance_sign(text: str) -> int:
    """The sign of :func:`cjk_balance` (1, 0 or -1), what its callers ask: when the Han characters are more than
    half of ``text`` the balance is positive whatever the rest holds (content characters are at most ``len(text)``),
    so the scan for content runs, the costlier of the two, is spent only on the other texts (speed30). Linear."""
    cjk = sum(map(len, _CJK_RUN.findall(text)))
    if 2 * cjk > len(text):
        return 1
    balance = 2 * cjk - sum(map(len, _CONTENT_RUN.findall(text)))
    return (balance > 0) - (balance < 0)


_LATIN_WORD_RUN = re.compile(r"[A-Za-z]+")


def han_outnumbers_latin_words(text: str) -> bool:
    """Whether ``text`` holds at least as many Han characters (:data:`CJK`) as Latin words (runs of ASCII letters),
    and some Han character: a Chinese text, even beside its English translation (a journal abstract printed in both
    languages: a Han character carries about what an English word does, 300 Han characters against 1,100 Latin
    letters in 180 words is Chinese), where :func:`cjk_balance`, which weighs Han characters against letters, reads
    the English half as the larger one. A text of English words with a Chinese term or two is not. Linear."""
    cjk = sum(map(len, _CJK_RUN.findall(text)))
    return cjk > 0 and cjk >= len(_LATIN_WORD_RUN.findall(text))


def is_heading_line(line: str) -> bool:
    """The heading-line rule shared by essay splitting, structure and the sentence splitter.

    A line (whitespace at its ends ignored) is a heading when it is not empty, has at most
    :data:`HEADING_MAX_CHARS` characters (:func:`heading_width`: ASCII characters of a Chinese line count half), holds no sentence or unit terminator (:data:`TERMINATORS`:
    ``。！？!?；;``) and does not end in a colon (``：``/``:``, a lead-in such as ``存在以下问题：`` or a
    salutation) or in a dash (:func:`ends_as_lead_in`). So ``关于基层治理的思考`` and ``一、总体要求`` are headings; ``加强队伍建设；`` and
    ``完善经费保障：`` are not.
    """
    s = line.strip()
    return (bool(s) and heading_width(s) <= HEADING_MAX_CHARS and _TERMINATOR_SET.isdisjoint(s)
            and not ends_as_lead_in(s) and not ends_with_ascii_stop(s))


#: :data:`TERMINATORS` as a set: whether a line holds one is one C-level scan (speed34).
_TERMINATOR_SET = frozenset(TERMINATORS)


def ends_with_ascii_stop(line: str) -> bool:
    """True when ``line`` (trailing whitespace ignored) ends with a half-width full stop right after a Chinese
    character (``……促进和谐共生，降低协调成本.``): a sentence typed with the ASCII period, not a heading (``1.``,
    ``v2.`` and ``etc.`` end after no Chinese character)."""
    s = line.rstrip()
    return len(s) >= 2 and s[-1] == "." and CJK_RE.match(s[-2]) is not None


def heading_width(line: str) -> float:
    """Length of ``line`` as the heading rule counts it, in characters: a line with a Chinese character counts each
    ASCII character (Latin letters, digits, spaces, ASCII punctuation) as half a character, as it is printed (half
    width): ``人工智能治理：挑战与对策 (AI Governance: Challenges and Responses)`` is 54 characters and 33 wide. A line
    without a Chinese character counts every character; so do lines of at most :data:`HEADING_MAX_CHARS` or over
    twice that many characters (the heading rule's answer is the same either way). Linear in the line."""
    if len(line) <= HEADING_MAX_CHARS or len(line) > 2 * HEADING_MAX_CHARS or not CJK_RE.search(line):
        return len(line)
    # (the ASCII characters counted in C: ``encode`` drops every code point of 128 or more; perf49)
    return len(line) - len(line.encode("ascii", "ignore")) / 2


def ends_as_lead_in(text: str) -> bool:
    """True when ``text`` (trailing whitespace ignored) ends as a lead-in does: in a colon (:data:`COLONS`) or in a
    dash (:data:`LEAD_DASHES`: ``有三大因素——`` before the list it announces)."""
    s = text.rstrip()
    return s.endswith(_LEAD_IN_ENDS)


#: What a lead-in ends in (:func:`ends_as_lead_in`): a colon or a dash, one tuple built once (speed39).
_LEAD_IN_ENDS = tuple(COLONS) + LEAD_DASHES


#: Replacement left by the cleaning stages where apparatus was cut out of a line or a markup heading opens one: a
#: paragraph break that line joining never undoes (a private-use character; the cleaned text has ``\n`` there).
HARD_BREAK = "\ue000"

#: ``str.translate`` table that lower-cases ASCII letters only: same length, unlike ``str.lower`` (which changes the
#: length of some characters), so offsets into the translated text stay offsets into the original.
ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


#: Texts shorter than this are translated by ``str.translate`` itself in :func:`char_translator` (the array set-up
#: would cost more than it saves).
_ARRAY_TRANSLATE_MIN = 64


def char_translator(table: Mapping[int, int | str]) -> Callable[[str], str]:
    """A function equal to ``lambda text: text.translate(table)`` for a ``str.translate`` table that maps characters
    of the Basic Multilingual Plane one for one (an ``int`` or a one-character ``str`` for each code point below
    U+10000), several times faster on Chinese text: the code points are looked up in a numpy array (``str.translate``
    looks each character up in the dict, and raises and clears a ``KeyError`` for each one the table leaves as it is,
    most of a Chinese text). Same length out as in, so offsets keep their meaning; lone surrogates and characters
    beyond the BMP pass unchanged (as ``str.translate`` leaves the characters its table does not name). Linear.

    Raises:
        ValueError: ``table`` maps a character to none, to several, or one beyond the BMP.
    """
    lut = np.arange(0x10000, dtype=np.uint32)
    for key, value in table.items():
        code = ord(value) if isinstance(value, str) and len(value) == 1 else value
        if not isinstance(code, int) or not 0 <= key < 0x10000 or not 0 <= code < 0x110000:
            raise ValueError(f"not a one-for-one table of the BMP: {key!r} -> {value!r}")
        lut[key] = code

    def translate(text: str) -> str:
        if len(text) < _ARRAY_TRANSLATE_MIN:
            return text.translate(table)
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        mapped = lut.take(codes, mode="clip")  # (a code point beyond the BMP reads the last entry: put back below)
        if codes.max() > 0xFFFF:
            beyond = codes > 0xFFFF
            mapped[beyond] = codes[beyond]
        return mapped.tobytes().decode("utf-32-le", "surrogatepass")

    return translate


#: Attribute that :func:`process_memo` sets on a memo: :func:`summarizer.pipeline.forget_document_memos` keeps it.
PROCESS_MEMO = "process_memo"


def process_memo(memo):
    """``memo`` (a ``functools.lru_cache`` wrapper), marked as a fact of the process, not of a document: its key is
    a word, a character or a graph shape from a vocabulary that recurs across documents (a word's keyphrase
    candidacy and tag, a character's Simplified form, the position prior of ``n`` sentences), so
    :func:`summarizer.pipeline.forget_document_memos`, which empties a document's memos after every
    :func:`summarizer.summarize`, keeps it (its ``maxsize`` bounds its memory; the function must be pure, so the
    output is the same either way). Returns ``memo`` itself (speed23: a document's first pass no longer recomputes
    the facts of its common words)."""
    setattr(memo, PROCESS_MEMO, True)
    return memo


#: Attribute that :func:`document_memo` sets on a memo: :func:`summarizer.pipeline.forget_document_memos` empties it.
DOCUMENT_MEMO = "document_memo"


def document_memo(memo):
    """``memo`` (a ``functools.lru_cache`` wrapper of a few entries), marked as a memo of one document: its key is a
    whole essay's or document's text, so :func:`summarizer.pipeline.forget_document_memos` empties it after every
    :func:`summarizer.summarize` although it is smaller than
    :data:`summarizer.pipeline.DOCUMENT_MEMO_MIN_SIZE`. Kept, such a memo held the last documents' texts (memory)
    and, when a document equal to one of them came again (a retry, a benchmark's timed passes), answered each
    look-up by comparing its new text with the stored one character by character: 9,999 look-ups of a 100,000-character
    essay, 0.05 → 0.54 s (perf51). The function must be pure: the output is the same either way. Returns ``memo``."""
    setattr(memo, DOCUMENT_MEMO, True)
    return memo


#: The character-class pattern of each set of characters :func:`rfind_any` was asked for (a few dozen sets).
_ANY_OF: dict[str, re.Pattern[str]] = {}


def rfind_any(text: str, chars: str, lo: int = 0, hi: int | None = None) -> int:
    """Offset into ``text`` of the last character of ``text[lo:hi]`` that is one of ``chars`` (a string of single
    characters), ``-1`` when none: the value of ``max(text.rfind(c, lo, hi) for c in chars)`` (``-1`` for an empty
    ``chars``), with ``lo`` and ``hi`` read as ``str.rfind`` reads them (negative ones count from the end, both
    clipped to the text). One search of a character class over the reversed window instead of one ``rfind`` and a
    generator step a character (perf52: the idiom stood at some forty places of the points and aspects stages, each
    asked once or more per point). Linear in the window; no error is raised."""
    if hi is None:
        hi = len(text)
    if lo < 0 or hi < 0:
        lo, hi, _ = slice(lo, hi).indices(len(text))
    window = text[lo:hi]
    if not window:
        return -1
    pattern = _ANY_OF.get(chars)
    if pattern is None:
        if not chars:
            return -1
        pattern = _ANY_OF[chars] = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
    m = pattern.search(window[::-1])
    return -1 if m is None else min(lo, len(text)) + len(window) - 1 - m.start()


MemoInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def text_memo(fn: Callable[[str], object], max_chars: int | None, size: Callable[[], int]):
    """``fn``, a pure function of one string, with its answers remembered for texts of at most ``max_chars``
    characters (``None``: any length; a longer text goes straight to ``fn`` at each call), in a plain dict of at most
    ``size()`` texts emptied when full (``size`` is read at each store, so a module constant patched by a test
    bounds it). ``__wrapped__`` is ``fn``; ``cache_info()`` gives ``(hits, misses, maxsize, currsize)`` as an
    ``lru_cache``'s (misses: the texts stored, emptied ones included) and ``cache_clear()`` empties it.

    Why not an ``lru_cache`` (mem43): an LRU entry costs a link object besides its dict slot (about 110 bytes against
    40), and its order buys nothing here: the stages read an essay's sentences in text order, pass after pass, so an
    LRU memo smaller than the essay keeps none of them for the next pass; emptying when full keeps as many. Each call
    costs O(1) amortized (one dict look-up; each text stored once before the next emptying). The memos of the
    aspects stage (:func:`summarizer.aspects._remembered`) and the Simplified view
    (:func:`summarizer.script.simplified_view`) are this one; :func:`summarizer.pipeline.forget_document_memos`
    empties them after each document."""
    memo: dict = {}
    get = memo.get
    missing = object()
    counts = [0, 0]  # hits, texts emptied (the misses: these plus ``len(memo)``)
    limit = max_chars if max_chars is not None else 1 << 62

    @wraps(fn)
    def remembered(text: str):
        value = get(text, missing)  # (a text longer than ``limit`` is never stored: never found)
        if value is missing:
            value = fn(text)
            if len(text) <= limit:
                if len(memo) >= size():
                    counts[1] += len(memo)
                    memo.clear()
                memo[text] = value
            return value
        counts[0] += 1
        return value

    def cache_info():
        return MemoInfo(counts[0], counts[1] + len(memo), size(), len(memo))

    def cache_clear():
        memo.clear()
        counts[0] = counts[1] = 0

    remembered.cache_info = cache_info  # type: ignore[attr-defined]
    remembered.cache_clear = cache_clear  # type: ignore[attr-defined]
    return remembered


def word_groups(filename: str, what: str) -> dict[str, tuple[str, ...]]:
    """The word groups of a packaged vocabulary file in ``summarizer/resources`` (``[group]`` lines, then words
    separated by white space; ``#`` starts a comment): group name -> its distinct words, longest first. ``what``
    names the file in error messages (``cue lexicon``, ``topic vocabulary``).

    Raises:
        ResourceError: the file is missing, undecodable or holds no group.
    """
    try:
        raw = resources.files("summarizer.resources").joinpath(filename).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:  # pragma: no cover - packaging error
        raise ResourceError(f"cannot read packaged {what}: {exc}") from exc
    return parse_word_groups(raw, what)


#: Lines a version-control merge leaves in a file it could not merge (``<<<<<<< HEAD``, ``=======``, ``>>>>>>> b``).
_MERGE_MARKERS = ("<<<<<<<", "=======", ">>>>>>>")


def parse_word_groups(raw: str, what: str) -> dict[str, tuple[str, ...]]:
    """The word groups of the text of a vocabulary file (the format of :func:`word_groups`): group name -> its
    distinct words, longest first. A word ``@name`` stands for every word of the group ``name`` (one list kept in
    one place where a group is another's words and more: ``[finding_body]`` ⏎ ``报告 @audit_body``); references
    may be chained, in any order in the file.

    Raises:
        ResourceError: the text holds no group, a merge-conflict marker line (``<<<<<<<``, ``=======``,
            ``>>>>>>>``: a bad merge would otherwise turn the markers into cue words), named with its line number,
            or an ``@name`` of no group or in a cycle of references.
    """
    groups: dict[str, list[str]] = {}
    current = None
    for number, line in enumerate(raw.splitlines(), 1):
        if line.startswith(_MERGE_MARKERS):
            raise ResourceError(f"{what} line {number} is a merge-conflict marker ({line[:20]!r}): resolve the merge")
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            groups.setdefault(current, [])
        elif current:
            groups[current].extend(line.split())
    if not groups:
        raise ResourceError(f"{what} holds no groups")
    resolved: dict[str, set[str]] = {}

    def resolve(name: str, path: tuple[str, ...]) -> set[str]:
        if name in resolved:
            return resolved[name]
        if name in path:
            raise ResourceError(f"{what}: group [{name}] refers to itself through {' -> '.join(path + (name,))}")
        words: set[str] = set()
        for word in groups[name]:
            if word.startswith("@") and len(word) > 1:
                if word[1:] not in groups:
                    raise ResourceError(f"{what}: group [{name}] refers to {word}, which is no group")
                words |= resolve(word[1:], path + (name,))
            else:
                words.add(word)
        resolved[name] = words
        return words

    return {k: tuple(sorted(resolve(k, ()), key=lambda w: (-len(w), w))) for k in groups}


#: A character class of more characters than this gives no required strings (:func:`required_strings`).
REQUIRED_CLASS_MAX = 32
_REPEATS = (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT, getattr(_sre_parse, "POSSESSIVE_REPEAT", None))


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds, read from its parsed form (``re._parser``, the
    module :mod:`re` compiles with): a run of literal characters, a character class of at most
    :data:`REQUIRED_CLASS_MAX` listed characters (no negation, no ``\\d``/``\\s``/``\\w``), an alternation whose every
    branch requires one, a group or a repeat of at least one; of a sequence's parts, the most selective
    (:func:`_selectivity`). ``None`` when no such set is known (a case-insensitive pattern, a match
    that may be empty or made of open classes only): a text without any of the strings cannot match the pattern, so
    a rule can be skipped on it (a necessary condition, never a sufficient one). Linear in the pattern's length."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _required_of(list(parsed))


def _required_of(items: list) -> frozenset[str] | None:
    """:func:`required_strings` of a parsed sequence (``(op, argument)`` items)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre_parse.LITERAL:
            run.append(chr(av))
            continue
        if run:  # (any other item ends a run of literals: they stand side by side in every match)
            found.append(frozenset({"".join(run)}))
            run = []
        need = None
        if op is _sre_parse.IN:
            need = _class_strings(av)
        elif op is _sre_parse.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            need = None if add_flags & re.IGNORECASE else _required_of(list(sub))
        elif op is _sre_parse.BRANCH:
            branches = [_required_of(list(b)) for b in av[1]]
            need = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in _REPEATS:
            low, _high, sub = av
            need = _required_of(list(sub)) if low >= 1 else None
        elif op is getattr(_sre_parse, "ATOMIC_GROUP", None):
            need = _required_of(list(av))
        if need:
            found.append(need)
    if run:
        found.append(frozenset({"".join(run)}))
    return max(found, key=_selectivity, default=None)


def _selectivity(need: frozenset[str]) -> tuple[int, int, int]:
    """How few texts a required set is expected to pass (larger: fewer): its strings' fewest characters that are no
    ASCII digit, punctuation or space (a year's ``20`` or a ``.`` stands in most texts), their fewest characters, and
    the fewer strings the better."""
    return (min(sum(not (ch.isascii() and not ch.isalpha()) for ch in s) for s in need), min(map(len, need)),
            -len(need))


def _class_strings(items: list) -> frozenset[str] | None:
    """The characters of a parsed character class (each a string), or None (negated, a category, too many)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre_parse.LITERAL:
            chars.add(chr(av))
        elif op is _sre_parse.RANGE and av[1] - av[0] < REQUIRED_CLASS_MAX:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
        if len(chars) > REQUIRED_CLASS_MAX:
            return None
    return frozenset(chars) or None
