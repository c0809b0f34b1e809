"""Faithful detokenization of generated Chinese text (case B45).

Word-piece tokenizers with a BERT vocabulary (fnlp/bart-base-chinese, CPT, Randeng-Pegasus) split punctuation off
every word and join decoded tokens with spaces, and their vocabulary is lower-cased. A copied figure ``5.2%`` comes
back as ``5 . 2 %``, ``1+N`` as ``1 + n`` and ``GDP`` as ``gdp``. Two steps repair that:

1. :func:`tidy_spaces` (no source needed): whitespace next to a CJK character or CJK punctuation goes
   (``北 京`` → ``北京``); inside numbers (``5. 2`` → ``5.2``, ``10 : 30`` → ``10:30``, ``1, 200`` → ``1,200``,
   ``5 %`` → ``5%``), around ``+ - / & _ '`` between letters or digits (``1 + n`` → ``1+n``, ``covid - 19`` →
   ``covid-19``), after an opening and before a closing bracket, and before ``, . ; : ! ?`` that follow a word
   (what Hugging Face's ``clean_up_tokenization`` does for English). Spaces between two Latin words stay.
2. :func:`restore_source_forms` (the model's input is the source): every run of Latin letters, digits and ASCII
   symbols in the output that occurs in the source, compared without whitespace (and without case when the
   vocabulary is lower-cased), is replaced by the source's own spelling, so ``gdp`` → ``GDP``, ``new york`` →
   ``New York``, ``1+n`` → ``1+N``. A run not found whole is restored word by word (case only). ASCII
   ``, ; : ? ! ( )`` next to CJK text become full-width where the source writes them so (SentencePiece's NFKC
   normalisation, as in T5/mT5, narrows ``，`` to ``,``). Nothing else changes: the letters and digits are the
   model's.

:func:`detokenize` does both. Cost: linear in the source for a bounded output (one ``str.find`` per output run).
"""

from __future__ import annotations

import re

from summarizer.chars import CJK

__all__ = ["detokenize", "tidy_spaces", "tidy_cjk_spaces", "restore_source_forms", "CJK_CLASS"]

#: CJK characters (:data:`summarizer.chars.CJK`) and CJK/full-width punctuation (a regex class body): no space is
#: ever needed next to them.
CJK_CLASS = CJK + "\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019"
# (?<!\s): a whitespace run is tried from its start only, so a long run costs its length, not its square.
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{CJK_CLASS}])\s+|(?<!\s)\s+(?=[{CJK_CLASS}])")
_WORD = r"0-9A-Za-z\u00c0-\u024f"
_SPACE_RULES = (
    (re.compile(r"(?<=\d)\s*([.:])\s*(?=\d)"), r"\1"),                    # 5. 2 -> 5.2 ; 10 : 30 -> 10:30
    (re.compile(r"(?<=\d)\s*,\s*(?=\d{3}(?!\d))"), ","),                   # 1, 200 -> 1,200 (thousands)
    (re.compile(r"(?<=\d)\s+(?=[%‰℃°])"), ""),                            # 5 % -> 5%
    (re.compile(rf"(?<=[{_WORD}{CJK_CLASS}])\s*([+\-/&_'])\s*(?=[{_WORD}{CJK_CLASS}])"), r"\1"),  # 1 + n ; 5g + 工
    (re.compile(r"([(\[{])\s+"), r"\1"),                                   # ( 1 -> (1
    (re.compile(r"(?<!\s)\s+([)\]}])"), r"\1"),                            # 1 ) -> 1)
    (re.compile(rf"(?<=[{_WORD}%)\]}}])\s+([,.;:!?%])"), r"\1"),           # word , -> word,
)
#: A run of Latin letters, digits and ASCII symbols (spaces inside allowed): the unit restored from the source.
_RUN = re.compile(rf"[!-~\u00c0-\u024f](?:[ !-~\u00c0-\u024f]*[!-~\u00c0-\u024f])?")
_LATIN_WORD = re.compile(rf"[{_WORD}]+")
#: ASCII punctuation an NFKC-normalising tokenizer (SentencePiece ``nmt_nfkc``: T5, mT5) makes of full-width
#: Chinese punctuation, and the full-width form it stands for.
_WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_NARROW_NEAR_CJK = re.compile(rf"(?<=[{CJK_CLASS}])[,;:?!()]|[,;:?!()](?=[{CJK_CLASS}])")


def tidy_cjk_spaces(text: str) -> str:
    """Remove whitespace next to a CJK character or CJK punctuation (word-piece decoders insert it between
    characters: ``北 京 是 首 都`` -> ``北京是首都``); spaces between Latin words stay."""
    return _SPACE_NEAR_CJK.sub("", text).strip()


def tidy_spaces(text: str) -> str:
    """Step 1 of the module docstring: the spaces a word-piece decoder puts where the text has none."""
    text = tidy_cjk_spaces(text)
    for pattern, replacement in _SPACE_RULES:
        text = pattern.sub(replacement, text)
    return text


def _squeeze(text: str, fold: bool) -> tuple[str, list[int]]:
    """``text`` without whitespace (lower-cased when ``fold``) and, per kept character, its offset in ``text``."""
    chars, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            low = ch.lower() if fold else ch
            chars.append(low if len(low) == 1 else ch)
            where.append(i)
    return "".join(chars), where


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or "\u00c0" <= ch <= "\u024f"


def restore_source_forms(text: str, source: str, *, lowercased: bool = False) -> str:
    """Step 2 of the module docstring: Latin/digit runs of ``text`` spelled as in ``source``.

    Args:
        text: generated text (after :func:`tidy_spaces`). source: the text the model was given (characters).
        lowercased: the model's vocabulary is lower-cased, so case is restored too (else only spacing).

    Returns:
        ``text`` with ASCII ``, ; : ? ! ( )`` next to a CJK character written full-width where the source writes
        them so (an NFKC tokenizer narrowed them), and each run that occurs in ``source`` (at word boundaries
        there, ignoring whitespace and, when ``lowercased``, case) replaced by the source's spelling; with
        ``lowercased``, other all-lower-case words take the case of the same word in the source.
    """
    if not source:
        return text
    narrow_in_source = set(_NARROW_NEAR_CJK.findall(source))
    wide = {c: f for c, f in _WIDE.items() if f in source and c not in narrow_in_source}
    if wide:
        text = _NARROW_NEAR_CJK.sub(lambda m: wide.get(m.group(), m.group()), text)
    if not _RUN.search(text):
        return text
    squeezed, where = _squeeze(source, lowercased)
    words: dict[str, str] = {}
    if lowercased:
        for m in _LATIN_WORD.finditer(source):
            words.setdefault(m.group().lower(), m.group())

    def found(key: str) -> str | None:
        start = squeezed.find(key)
        while start >= 0:
            a, b = where[start], where[start + len(key) - 1] + 1
            if not (a > 0 and _is_word(source[a - 1]) and _is_word(source[a])) and \
                    not (b < len(source) and _is_word(source[b]) and _is_word(source[b - 1])):
                return source[a:b]
            start = squeezed.find(key, start + 1)
        return None

    def repair(m: re.Match[str]) -> str:
        run = m.group()
        key = _squeeze(run, lowercased)[0]
        if not any(_is_word(ch) for ch in key):
            return run
        same = found(key)
        if same is not None and (lowercased or "".join(same.split()) == "".join(run.split())):
            return same
        if lowercased:
            return _LATIN_WORD.sub(lambda w: words.get(w.group(), w.group()) if w.group().islower() else w.group(),
                                   run)
        return run

    return _RUN.sub(repair, text)


def detokenize(text: str, source: str | None = None, *, lowercased: bool = False) -> str:
    """Decoded model output made faithful to its source's spelling (both steps of the module docstring).

    Args:
        text: the decoded output (characters). source: the model input it was generated from, or None (then
            only spacing is repaired). lowercased: the tokenizer lower-cases (BERT-style uncased vocabularies).
    """
    text = tidy_spaces(text)
    return restore_source_forms(text, source, lowercased=lowercased) if source else text
