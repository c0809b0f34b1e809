"""Declared units of evaluation: which characters count, and how a text becomes tokens.

Every metric in this package works on *content characters*: after Unicode NFKC normalisation (full-width
``２０２４`` becomes ``2024``, ``……`` becomes ``......``) and lower-casing, a content character is a letter or a digit
in the Unicode sense (the regex class ``[^\\W_]``: categories L* and N*, which include every CJK ideograph).
Punctuation, symbols, whitespace, control characters and ``_`` are not content and are ignored.

Two tokenizations ("units") are declared; numbers computed with one are never compared with the other:

``"char"``
    each CJK character (Han ideographs, kana, Hangul syllables, 〇 and 々) is one token; a maximal run of other
    content characters (``iPhone``, ``2024``, ``β``) is one token. ``"推进基层治理现代化2024"`` → 10 tokens.
``"jieba-word"``
    jieba words, each cut further at non-content characters (``"3.5"`` → ``["3", "5"]``) with punctuation and
    whitespace dropped. The segmenter is ``summarizer.tokenize.get_tokenizer().tokens``; see
    :func:`default_word_segmenter`.

Invariant checked by :func:`check_coverage`: the concatenation of a text's tokens equals its content characters.
A tokenizer that breaks it (rouge-score's default drops every non-ASCII character, eval case B18) is refused.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from summarizer.chars import CJK, CONTENT_RE
from summarizer.evaluation.errors import TokenizerMismatchError
from summarizer.tokenize import get_tokenizer

__all__ = [
    "CHAR",
    "WORD",
    "UNITS",
    "normalize",
    "content_chars",
    "char_tokens",
    "CharTokenizer",
    "WordTokenizer",
    "default_word_segmenter",
    "get_unit_tokenizer",
    "check_coverage",
]

CHAR = "char"
WORD = "jieba-word"
#: user-facing unit name -> tokenization name recorded in every result
UNITS = {"char": CHAR, "word": WORD, CHAR: CHAR, WORD: WORD}

# Characters tokenized one by one: unsegmented scripts. Only content characters inside these ranges count
# (the lookahead in _TOKEN_RE), so punctuation such as the katakana middle dot 「・」 is still dropped.
_CJK = (
    "\u3005\u3007\u3021-\u3029\u3038-\u303a"  # 々 〇 Hangzhou numerals
    "\u3040-\u30ff\u31f0-\u31ff"  # hiragana, katakana
    "\u3100-\u312f\u31a0-\u31bf"  # bopomofo
    "\uac00-\ud7af"  # Hangul syllables
    + CJK  # Han ideographs: unified, ext. A-H, compatibility
)
_TOKEN_RE = re.compile(rf"(?=[^\W_])[{_CJK}]|(?:(?![{_CJK}])[^\W_])+")
_CONTENT_RE = CONTENT_RE
_CONTENT_RUN_RE = re.compile(r"[^\W_]+")


def normalize(text: str) -> str:
    """Return ``text`` NFKC-normalised and lower-cased (the form every unit tokenizes; same length or longer)."""
    return unicodedata.normalize("NFKC", text).lower()


def content_chars(text: str) -> str:
    """Return the content characters of ``text`` (letters and digits after :func:`normalize`), in order.

    Units: characters. ``content_chars("推进，基层 治理。") == "推进基层治理"``; ``content_chars("……") == ""``.
    """
    return "".join(_CONTENT_RE.findall(normalize(text)))


def char_tokens(text: str) -> list[str]:
    """Tokenize ``text`` at the ``"char"`` unit: one token per CJK character, one per run of other letters/digits.

    Punctuation and whitespace are dropped, never raised on; an empty or punctuation-only text gives ``[]``.
    ``char_tokens("推进2024年，iPhone") == ["推", "进", "2024", "年", "iphone"]``.
    """
    return _TOKEN_RE.findall(normalize(text))


class CharTokenizer:
    """The ``"char"`` unit as a rouge-score tokenizer (an object with ``.tokenize(text) -> list[str]``; rouge-score
    duck-types it, so this module does not import rouge-score and its 2-second nltk import)."""

    name = CHAR

    def tokenize(self, text: str) -> list[str]:
        """Return :func:`char_tokens` of ``text``."""
        return char_tokens(text)

    def __repr__(self) -> str:
        return "CharTokenizer()"


def default_word_segmenter() -> Callable[[str], list[str]]:
    """Return the project's word segmenter: ``summarizer.tokenize.get_tokenizer().tokens``."""
    return get_tokenizer().tokens


class WordTokenizer:
    """The ``"jieba-word"`` unit as a rouge-score tokenizer.

    ``segment`` (default :func:`default_word_segmenter`, resolved on first use) maps normalised text to words;
    each word is then cut into its runs of content characters, so punctuation and whitespace never become tokens.
    A segmenter that drops content (e.g. stopword removal) is caught by :func:`check_coverage`.
    """

    def __init__(self, segment: Callable[[str], list[str]] | None = None, name: str = WORD) -> None:
        self._segment = segment
        self.name = name

    def tokenize(self, text: str) -> list[str]:
        """Return the word tokens of ``text`` (content-character runs of each segmenter word)."""
        if self._segment is None:
            self._segment = default_word_segmenter()
        norm = normalize(text)
        if not _CONTENT_RE.search(norm):
            return []
        out: list[str] = []
        for word in self._segment(norm):
            out.extend(_CONTENT_RUN_RE.findall(normalize(word)))
        return out

    def __repr__(self) -> str:
        return f"WordTokenizer(name={self.name!r})"


def get_unit_tokenizer(unit: str) -> CharTokenizer | WordTokenizer:
    """Return the tokenizer of a declared unit: ``"char"`` or ``"word"``/``"jieba-word"``.

    Raises :class:`ValueError` for any other name (there is no implicit default unit).
    """
    try:
        name = UNITS[unit]
    except KeyError:
        raise ValueError(f"unknown ROUGE unit {unit!r}; use 'char' or 'word'") from None
    return CharTokenizer() if name == CHAR else WordTokenizer()


def check_coverage(tokenization: str, text: str, tokens: list[str], item_id: str | None = None) -> None:
    """Raise :class:`TokenizerMismatchError` unless ``"".join(tokens) == content_chars(text)``.

    This is the tokenizer sanity check of eval case B18: no letter, digit or CJK character may be dropped (a
    reference with content that tokenizes to ``[]`` is the extreme case), and nothing may be added.
    """
    if "".join(tokens) != content_chars(text):
        raise TokenizerMismatchError(tokenization, text, tokens, item_id)
