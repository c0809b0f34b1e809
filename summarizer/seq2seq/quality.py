"""Output checks for generated text: degenerate output and a faithfulness score (case B24).

Abstractive models fail in known ways that must never reach the user as a summary. :func:`assess` looks at one
output next to the text it was generated from (its *source*: a summary window, or a point's item) and names the
first failure found, in this order (each name is the ``fallback`` the result reports; the caller then shows the
extractive text instead):

* ``"empty"`` — no letter, digit or CJK character;
* ``"script"`` — a letter of a writing system the source does not use (Cyrillic, kana, Hangul… in a summary of
  Chinese text), or U+FFFD;
* ``"copy"`` — the same sentence (at least ``repeat_min_chars`` characters) twice or more, and it is in the source:
  the output copies one source sentence several times;
* ``"repetition"`` — a loop (:func:`find_loop`): a substring of at least ``repeat_min_chars`` characters that
  occurs at least ``repeat_min_count`` times, more often than in the source, either back to back (B24's
  ``要加强监督，要落实责任，要加强监督，…``) or covering half the output;
* ``"length"`` — not shorter than the source, or over ``LENGTH_FACTOR`` times the characters allowed;
* ``"support"`` — :func:`support` under ``min_support``: too little of the output comes from the source.

**Support** is *extractive fragment coverage* (Grusky, Naaman & Artzi 2018, Newsroom): the share of the output's
characters that lie in fragments of at least ``MIN_FRAGMENT`` characters copied from the source, fragments taken
greedily longest-first from left to right. Whitespace and punctuation are left out and both texts are compared
after NFKC, case folding and Traditional-to-Simplified conversion. 1.0: every character comes in a copied fragment; 0.0: none does. Unlike the share of
characters found *in order* (ROUGE-L precision), it does not reward characters picked one by one from a long
source, and it does not punish reordered clauses.

Every check is linear in the source for a bounded output (generation is bounded by ``max_new_tokens``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from summarizer.script import simplified_view

__all__ = ["Assessment", "assess", "support", "find_loop", "foreign_scripts", "tokenizer_kind", "FALLBACKS",
           "DECODING_DEFAULTS", "LENGTH_FACTOR", "LOOP_SHARE", "MIN_FRAGMENT"]

#: Every ``fallback`` value, in the order the checks run.
FALLBACKS = ("empty", "script", "copy", "repetition", "length", "support")
#: An output longer than this many times the characters allowed is degenerate (``"length"``).
LENGTH_FACTOR = 2.0
#: Share of an output's characters covered by repeated grams from which it is a loop (see :func:`find_loop`).
LOOP_SHARE = 0.5
#: Shortest copied fragment (characters) that counts towards support: single characters match anything.
MIN_FRAGMENT = 2

_CONTENT = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…\n])")
# Names whose first word is not the script's: the Han ideographs and their marks.
_SCRIPT_ALIASES = {"CJK": "HAN", "IDEOGRAPHIC": "HAN", "KANGXI": "HAN", "KATAKANA-HIRAGANA": "KANA",
                   "KATAKANA": "KANA", "HIRAGANA": "KANA"}


@dataclass(frozen=True)
class Assessment:
    """The verdict on one output.

    Attributes:
        fallback: the first failed check (one of :data:`FALLBACKS`), or None when the output may be shown.
        support: :func:`support` of the output against its source (0..1), None for an empty output.
        detail: what the failed check found (the looping substring, the foreign letters, …), for logs.
    """

    fallback: str | None
    support: float | None
    detail: str = ""


def _script(ch: str) -> str:
    """The writing system of a letter, from its Unicode name (NFKC first: full-width Latin is Latin)."""
    ch = unicodedata.normalize("NFKC", ch)[:1] or ch
    first = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(first, first)


def foreign_scripts(output: str, source: str) -> str:
    """The letters of ``output`` whose writing system (Han, Cyrillic, Kana, Hangul, …) has no letter in ``source``,
    plus any U+FFFD; ``""`` when there are none. Latin is always allowed: Chinese text mixes in Latin
    abbreviations and units (``PM2.5``, ``m3``), and unsupported Latin words lower :func:`support` instead."""
    known = {"LATIN"} | {_script(ch) for ch in set(source) if ch.isalpha()}
    return "".join(sorted({ch for ch in output if ch == "\ufffd" or ch.isalpha() and _script(ch) not in known}))


def _normal(text: str) -> str:
    """Comparison form: NFKC, case-folded, Simplified (OpenCC t2s per character, so a Simplified output of a
    Traditional source still matches), whitespace and punctuation/symbols removed."""
    text = simplified_view(unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in text if _CONTENT.match(ch))


def support(output: str, source: str) -> float | None:
    """Extractive fragment coverage of ``output`` by ``source`` (module docstring), in [0, 1]; None when the
    output has no letter, digit or CJK character. Cost: O(len(output) × len(source)) character comparisons in
    ``str.find`` (bounded output: linear in the source)."""
    out, src = _normal(output), _normal(source)
    if not out:
        return None
    covered = i = 0
    while i < len(out):
        length = 0
        while i + length < len(out) and src.find(out[i:i + length + 1]) >= 0:
            length += 1
        if length >= MIN_FRAGMENT:
            covered += length
            i += length
        else:
            i += 1
    return covered / len(out)


def find_loop(output: str, source: str = "", *, min_chars: int = 4, min_count: int = 3,
              min_share: float = LOOP_SHARE) -> str:
    """A generation loop in ``output``: the repeated unit, or ``""`` when there is none (whitespace ignored).

    A ``min_chars``-gram is *repeated* when it occurs at least ``min_count`` times without overlap and more often
    than in ``source`` (a phrase the source repeats as often is the source's style, not a loop). ``output`` loops
    when a repeated gram starts a run of ``min_count`` back-to-back copies of one unit (``ABCABCABC``: a tandem
    repeat), or when occurrences of repeated grams cover at least ``min_share`` of its characters. Parallel
    clauses (``将信息技术与…相结合，提升…，将信息技术与…相结合，提升…``) are neither: none of 2,833 human reference
    summaries (LCSTS test, CSL dev, CFBenchmark, VCSum dev) is a loop by this rule (the largest share is 0.41), while
    the plain rule "any 4 characters 3 times" flags 24 of CFBenchmark's 592 and 39 of VCSum's 135
    (``python -m benchmarks.seq2seq_checks``).

    Returns:
        The looping unit: the tandem unit, else the longest repeated substring grown from a repeated gram.
    """
    text = "".join(output.split())
    if min_chars < 1 or len(text) < min_chars * min_count:
        return ""
    squeezed_source = "".join(source.split())
    positions: dict[str, list[int]] = {}
    for i in range(len(text) - min_chars + 1):  # non-overlapping occurrences of each gram, left to right
        seen = positions.setdefault(text[i:i + min_chars], [])
        if not seen or i >= seen[-1] + min_chars:
            seen.append(i)
    repeated = {g: p for g, p in positions.items()
                if len(p) >= min_count and squeezed_source.count(g) < len(p)}
    if not repeated:
        return ""
    for p in repeated.values():
        for j in range(len(p) - min_count + 1):
            period = p[j + 1] - p[j]
            unit = text[p[j]:p[j] + period]
            if all(text[p[j] + t * period:p[j] + (t + 1) * period] == unit for t in range(1, min_count)):
                return unit
    covered = bytearray(len(text))
    for g, p in repeated.items():
        for i in p:
            covered[i:i + min_chars] = b"\x01" * min_chars
    if sum(covered) < min_share * len(text):
        return ""
    best = ""
    for g, p in repeated.items():
        unit, start = g, p[0]
        while start + len(unit) < len(text):
            longer = text[start:start + len(unit) + 1]
            if text.count(longer) < min_count:
                break
            unit = longer
        best = max(best, unit, key=len)
    return best


def _copied_sentence(output: str, source: str, min_chars: int) -> str:
    """A sentence of ``output`` (at least ``min_chars`` content characters) that occurs twice or more in it and
    is part of ``source``; ``""`` when there is none."""
    sentences = [s.strip() for s in _SENTENCE_END.split(output)]
    counts = Counter(_normal(s) for s in sentences)
    src = _normal(source)
    for key, n in counts.items():
        if n >= 2 and len(key) >= min_chars and key in src:
            return key
    return ""


def _nonspace(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def assess(output: str, source: str, *, max_chars: int | None = None, min_support: float = 0.0,
           repeat_min_chars: int = 4, repeat_min_count: int = 3) -> Assessment:
    """Check one generated ``output`` against the ``source`` it was generated from (see the module docstring).

    Args:
        output: the generated text (characters, after detokenization).
        source: the model's input text, without any task prefix.
        max_chars: characters the output may have (a point's ``max_point_chars``, a window's share of the summary
            budget); over ``LENGTH_FACTOR`` times that is ``"length"``. None: only the source length counts.
        min_support: :func:`support` under this is ``"support"`` (0 turns the check off).
        repeat_min_chars, repeat_min_count: the loop and copy checks (B24: 4 characters, 3 times).

    Returns:
        An :class:`Assessment`; ``fallback`` is None when the output passes every check.
    """
    score = support(output, source)
    if score is None:
        return Assessment("empty", None)
    foreign = foreign_scripts(output, source)
    if foreign:
        return Assessment("script", score, foreign)
    copied = _copied_sentence(output, source, repeat_min_chars)
    if copied:
        return Assessment("copy", score, copied)
    loop = find_loop(output, source, min_chars=repeat_min_chars, min_count=repeat_min_count)
    if loop:
        return Assessment("repetition", score, loop)
    n = _nonspace(output)
    if n >= _nonspace(source) or (max_chars is not None and n > LENGTH_FACTOR * max_chars):
        return Assessment("length", score, f"{n} characters")
    if score < min_support:
        return Assessment("support", score, f"{score:.2f} < {min_support:.2f}")
    return Assessment(None, score)


#: Decoding defaults per tokenizer family (the registry's ``tokenizer`` kind), chosen to avoid loops without
#: forbidding what Chinese text legitimately repeats:
#:
#: * ``bert`` (fnlp BART/CPT: one token per character): ``no_repeat_ngram_size`` 4 — a 3-token block would forbid
#:   any three-character word twice (``现代化``, ``高质量``); ``repetition_penalty`` 1.1, mild because ``的``, ``，``
#:   and ``。`` are single tokens that must recur.
#: * ``jieba-wordpiece`` (Randeng-Pegasus: jieba words) and ``sentencepiece`` (T5/mT5: pieces of one to a few
#:   characters): ``no_repeat_ngram_size`` 3 and ``repetition_penalty`` 1.2 (CTRL, Keskar et al. 2019; the remedy
#:   suggested in ZhuiyiTechnology/t5-pegasus#22).
#: * every family: ``length_penalty`` 1.0 — beam scores not tilted towards longer outputs, which is where loops
#:   grow.
DECODING_DEFAULTS: dict[str, dict[str, float]] = {
    "bert": {"no_repeat_ngram_size": 4, "repetition_penalty": 1.1, "length_penalty": 1.0},
    "jieba-wordpiece": {"no_repeat_ngram_size": 3, "repetition_penalty": 1.2, "length_penalty": 1.0},
    "sentencepiece": {"no_repeat_ngram_size": 3, "repetition_penalty": 1.2, "length_penalty": 1.0},
}


def tokenizer_kind(codec: object, declared: str | None = None) -> str:
    """The tokenizer family of a loaded codec: ``declared`` (the registry's ``tokenizer``) when given, else
    ``jieba-wordpiece`` for Randeng's scheme, ``bert`` for a BertTokenizer, else ``sentencepiece``."""
    if declared in DECODING_DEFAULTS:
        return declared
    if type(codec).__name__ == "JiebaWordPieceCodec":
        return "jieba-wordpiece"
    tokenizer = getattr(codec, "tokenizer", None)
    return "bert" if type(tokenizer).__name__.startswith("Bert") else "sentencepiece"
