"""Traditional Chinese input: a same-length Simplified view of the text for analysis.

The cue lexicon, the stopword list and jieba's dictionary are Simplified Chinese. A Traditional-Chinese
document (``問題與對策``) is therefore *analysed* through a Simplified copy in which every character is
converted on its own with OpenCC's ``hk2s`` configuration (``t2s`` after Hong Kong's variant forms: over every CJK
code point it differs from ``t2s`` only in folding ``衞 敍 枱 衹 粧 糭``, which ``t2s`` leaves as they are; ``tw2s`` would also
fold 著 to 着, wrong for 显著 and 著作). Character conversion only, so the copy has exactly the
same length and every offset stays valid, while every point, summary and heading is still sliced from
the user's own text: the output keeps the user's characters.

OpenCC (``opencc`` on PyPI, the maintained binding of BYVoid's OpenCC) is a dependency; if it cannot be
imported the view is the text itself, and Traditional input is analysed as it is (segmentation still
works, cue words match less).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache

import numpy as np

from summarizer.chars import is_cjk, process_memo, text_memo, word_groups

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        log.warning("opencc is not installed: Traditional Chinese is analysed without conversion")
        return None
    return opencc.OpenCC("hk2s")


def _is_compat_ideograph(cp: int) -> bool:
    # Kangxi radicals, CJK radicals supplement, CJK compatibility ideographs (and their supplement): look-alikes
    # of unified ideographs that PDF and Mac exports emit (⼀ U+2F00 for 一)
    return 0x2E80 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F


@lru_cache(maxsize=1)
def _cantonese() -> dict[str, str]:
    """Written-Cantonese character -> its one-character Standard Chinese reading (``resources/cantonese.txt``)."""
    return {w[0]: w[1] for w in word_groups("cantonese.txt", "Cantonese fold table").get("fold", ()) if len(w) == 2}


def _convert_char(ch: str) -> str:
    """The Simplified view of one character ``ch`` (uncached: :func:`_char` and :data:`_VIEW` remember it)."""
    if _is_compat_ideograph(ord(ch)):
        folded = unicodedata.normalize("NFKC", ch)
        ch = folded if len(folded) == 1 else ch
    if ch in _cantonese():
        return _cantonese()[ch]  # 嘅 -> 的: written Cantonese read as Standard Chinese
    conv = _converter()
    if conv is None or ch.isascii():
        return ch
    with _LOCK:
        out = conv.convert(ch)
    return out if len(out) == 1 else ch


@process_memo  # (reads :data:`_VIEW`, a table of the process kept across documents)
def _char(ch: str) -> str:
    """The Simplified view of the one character ``ch`` (one character), through :data:`_VIEW`, the process's memo of
    every code point seen (speed44: one table, no second ``lru_cache`` of 65,536 characters beside it)."""
    return _VIEW[ord(ch)]


#: Most code points :data:`_VIEW` holds before it starts again (a bound on its memory: about 5 MB at most). Larger
#: than the unified CJK block and its extension A together (27,584 code points), so a document of many distinct Han
#: characters does not empty and refill the table over and over (speed44: at 8,192, 33,333 two-character sentences of
#: 20,902 distinct characters asked ``__missing__`` 257,601 times, a tenth of the call).
_VIEW_MAX = 32768


class _ViewTable(dict):
    """Code point -> its Simplified view (:func:`_convert_char`, one character), for ``str.translate``: filled on first
    use (``str.translate`` asks ``__missing__`` for a code point it does not hold), so the lookups of a text run in C;
    cleared when it holds :data:`_VIEW_MAX` code points. A fact of the process (the conversion is pure), kept across
    documents."""

    def __missing__(self, cp: int) -> str:
        if len(self) >= _VIEW_MAX:
            self.clear()
            _SAME.clear()
        ch = chr(cp)
        out = _convert_char(ch)
        if out == ch:
            out = ch  # (one string object for the table and the set, not the converter's equal copy: speed44)
            _SAME.add(ch)
        self[cp] = out
        return out


_VIEW = _ViewTable()


def _clear_view() -> None:
    """Empty :data:`_VIEW` and :data:`_SAME` (``_char.cache_clear``: the answers do not change, only their cost)."""
    _VIEW.clear()
    _SAME.clear()


_char.cache_clear = _clear_view  # type: ignore[attr-defined]
#: Longest text :func:`simplified_view` first tests against :data:`_SAME` (a test of each character in C, about as
#: costly as numpy's set-up below this length; a longer text goes to numpy's distinct characters at once).
_SAME_SCAN_MAX = 4096
#: The characters of :data:`_VIEW` that are their own view (a text of only these is its own view: one C-level test).
_SAME: set[str] = set()


#: 著 where Simplified Chinese keeps it (zhù: 显著 卓著 名著 专著 论著; 著作 著名 著称 著述): the character before or
#: after it. Anywhere else 著 is Traditional 着 (zhe/zhuó), an aspect particle or a verb: 面臨著, 隨著, 意味著, 著重,
#: 著力, 著手, which ``hk2s`` leaves as 著 (Part 50's Taiwan and Hong Kong texts: 面臨著多重挑戰).
_ZHU_BEFORE = "显顯卓昭土名巨鉅专專原论論编編合遗遺译譯拙撰"
_ZHU_AFTER = "作名称稱述录錄书書者"
_ZHE_RE = re.compile(f"(?<![{_ZHU_BEFORE}])著(?![{_ZHU_AFTER}])")


def fold_zhe(text: str) -> str:
    """``text`` (any script) with each 著 that reads as 着 (:data:`_ZHU_BEFORE`, :data:`_ZHU_AFTER`: every one not
    next to a character of the 著 of 显著 and 著作) replaced by 着, same length; linear in the text."""
    return _ZHE_RE.sub("着", text) if "著" in text else text


#: trad44: characters ``hk2s`` leaves as they are though Simplified Chinese writes another where Taiwan and Hong Kong
#: text uses them: 藉 for 借 (藉此, 藉由, 藉以, 憑藉, 藉口), kept in 慰藉 狼藉 枕藉 蕴藉 and 藉藉; 瞭 for 了 (瞭解, 明瞭),
#: kept in 瞭望; 祇 for 只 (祇是, 祇有), kept in 神祇 地祇; 甚 before 麼/么 (甚麼 = 什么). Each is replaced by one character.
_VARIANT_RE = re.compile("(?<![慰狼枕蕴蘊藉])藉(?!藉)|瞭(?!望)|(?<![神地])祇|甚(?=[麼么])")
_VARIANT = {"藉": "借", "瞭": "了", "祇": "只", "甚": "什"}


def fold_variants(text: str) -> str:
    """``text`` (any script) with each Traditional-usage variant of :data:`_VARIANT_RE` (藉 as 借, 瞭 as 了, 祇 as 只,
    the 甚 of 甚麼) replaced by the character Simplified Chinese writes there, same length; linear in the text."""
    if "藉" not in text and "瞭" not in text and "祇" not in text and "甚么" not in text and "甚麼" not in text:
        return text
    return _VARIANT_RE.sub(lambda m: _VARIANT[m.group()], text)


#: Longest text (characters) whose view :func:`simplified_view` remembers within a document (a sentence or a clause;
#: perf50): the stages ask the view of one sentence several times (the points stage's readers, the models' n-gram
#: view: 5,068 asks of 1,251 distinct texts on the seed), and a remembered view costs a hash of the text (computed in C
#: once per string object) where computing it tests each character against :data:`_SAME`.
_VIEW_MEMO_CHARS = 400
#: Most texts the memo of :func:`simplified_view` holds before it is emptied (as the aspects stage's memos:
#: :data:`summarizer.aspects._MEMO_SIZE`); it is also emptied after each document
#: (:func:`summarizer.pipeline.forget_document_memos`).
_VIEW_MEMO_SIZE = 16384


def _view_of(text: str) -> str:
    """:func:`_simplified_view` of ``text``, remembered for texts of at most :data:`_VIEW_MEMO_CHARS` characters (at
    most :data:`_VIEW_MEMO_SIZE` texts, emptied when full and after each document: ``cache_info``/``cache_clear`` as
    on an ``lru_cache``; the memo is :func:`summarizer.chars.text_memo`, the aspects stage's); the same string either
    way. O(1) amortized over computing it."""
    return _simplified_view(text)


simplified_view = text_memo(_view_of, _VIEW_MEMO_CHARS, lambda: _VIEW_MEMO_SIZE)


def _simplified_view(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form, same length (characters); 著 as
    Traditional 着 becomes 着 (:func:`fold_zhe`), and 藉 瞭 祇 甚(麼) as Taiwan and Hong Kong write them become 借 了 只
    什 (:func:`fold_variants`).

    Look-alike code points are folded first, one character to one: Kangxi radicals, CJK radicals supplement and
    CJK compatibility ideographs become the unified ideograph they stand for (NFKC, applied to those blocks only:
    ``⼀、存在的问题`` is analysed as ``一、存在的问题``), and the function characters of written Cantonese become their
    one-character Standard Chinese reading (``resources/cantonese.txt``: ``政府嘅政策`` is analysed as ``政府的政策``).
    Characters whose conversion is not exactly one character are kept as they are."""
    return fold_variants(fold_zhe(_char_view(text)))


def _char_view(text: str) -> str:
    """:func:`simplified_view` before :func:`fold_zhe`: each character converted on its own."""
    if text.isascii() or len(text) <= _SAME_SCAN_MAX and _SAME.issuperset(text):
        return text  # (every character already seen to be its own view: one C-level test, most input)
    if len(text) < 64:  # (a short text: numpy's set-up would cost more than the lookups)
        return text.translate(_VIEW)
    # each distinct character looked up once (found by numpy: faster than a set of one-character strings), through
    # _VIEW, which remembers which characters are their own view: a Simplified text, most input, comes back as it is.
    # (perf50: the distinct code points, in ascending order as np.unique gave them, are the set cells of a presence
    # table as long as the largest code point, at most 0x110000 cells: no sort, linear in the text; 31,569 characters
    # of the seed 8.3 -> 1.0 ms)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    top = int(codes.max()) + 1
    present = np.zeros(top, dtype=np.bool_)
    present[codes] = True
    distinct = np.flatnonzero(present)
    ordered = distinct.tolist()
    converted = [ord(_VIEW[cp]) for cp in ordered]  # (each _char is one character)
    if converted == ordered:
        return text
    # every character replaced by its distinct character's conversion through a table indexed by code point, in numpy
    # (no per-character Python call)
    table = np.arange(top, dtype=np.uint32)
    table[distinct] = converted
    return table[codes].tobytes().decode("utf-32-le", "surrogatepass")


def traditional_ratio(text: str) -> float:
    """Share (0..1) of the Han characters of ``text`` (:func:`summarizer.chars.is_cjk`) that are written differently
    in Simplified Chinese."""
    cjk = [ch for ch in text if is_cjk(ch)]
    if not cjk:
        return 0.0
    return sum(1 for ch in cjk if _char(ch) != ch) / len(cjk)
