"""speed30: output-identical speed-ups, each checked against the reading it replaces on inputs written for the test.

* :func:`summarizer.aspects._challenge_strength` counts the ``challenge_predicate`` words present
  (:func:`summarizer.aspects._present_words`, one scan) instead of the text's two-character grams against the words'
  prefixes: the same sum of ``str.count`` over the words;
* :func:`summarizer.chars.cjk_balance_sign` is the sign of :func:`summarizer.chars.cjk_balance`;
* :func:`summarizer.clean.holds_spam_word` answers whether ``clean._spam_words()`` (a case-insensitive alternation)
  finds a word, by patterns that scan for the words' first characters;
* :func:`summarizer.aspects.presence_search` (``_deficit_literal_re``, ``_deficit_word_re``) finds a word exactly
  when the one alternation of the words does, split into several by first character.
"""

from __future__ import annotations

import re

import summarizer.aspects as asp
import summarizer.clean as cl
from summarizer.chars import cjk_balance, cjk_balance_sign

_TEXTS = [
    "",
    "当前基层治理存在资金不足、人员短缺的问题，应当完善制度。",
    "师资力量薄弱，资金严重不足不足，监管缺位。",
    "考核繁琐，评估流于形式，基础设施落后。",
    "政府应着力破解融资难的难题",
    "abc 123 ，。",
    "不足不足以",
]


def _gram_count(text: str) -> int:
    """The count the speed-up replaces: the words whose two-character prefix (or, for one character, itself) is a
    gram of ``text``, each counted by ``str.count``."""
    words = asp.lexicon().words("challenge_predicate")
    by_prefix: dict[str, list[str]] = {}
    for w in words:
        by_prefix.setdefault(w[:2], []).append(w)
    grams = {text[i:i + 2] for i in range(len(text) - 1)}.union(text)
    return sum(text.count(w) for g in grams.intersection(by_prefix) for w in by_prefix[g])


def test_present_words_are_the_words_in_the_text():
    for text in _TEXTS:
        for group in ("challenge_predicate", "modal_exclusion", "imperative"):
            words = asp.lexicon().words(group)
            assert asp._present_words(text, group) == {w for w in words if w in text}, (text, group)


def test_challenge_word_count_matches_the_gram_count():
    words = asp.lexicon().words("challenge_predicate")
    assert len(set(words)) == len(words)  # (a word listed twice would have counted twice before)
    for text in _TEXTS:
        assert sum(map(text.count, asp._present_words(text, "challenge_predicate"))) == _gram_count(text), text


def test_cjk_balance_sign_is_the_sign_of_the_balance():
    texts = _TEXTS + ["AI治理", "The AI Act 人工智能法", "GDP 增长 5%", "一二 ab cd ef", "，，，", "ab", "中文 abc"]
    for text in texts:
        b = cjk_balance(text)
        assert cjk_balance_sign(text) == (b > 0) - (b < 0), text


def test_spam_gates_find_what_the_case_insensitive_alternation_finds():
    pattern = cl._spam_words()
    texts = _TEXTS + ["BRAZZERS 在此", "xx Blacked yy", "AV在線看", "aV在线", "brazzer", "ɑv在线", "av 在线", "中文字幕",
                      "久久亚洲", "中文 字幕", "blacK", "bLACKED"]
    for text in texts:
        assert cl.holds_spam_word(text) == (pattern.search(text) is not None), text


def test_spam_gates_spell_each_case_insensitive_first_letter():
    """The characters a case-insensitive ASCII letter matches are its two cases and those of _IGNORECASE_EXTRA."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        p = re.compile(letter, re.I)
        for ch in "\u0130\u0131\u017f\u212a":
            assert (p.fullmatch(ch) is not None) == (ch in cl._IGNORECASE_EXTRA.get(letter, "")), (letter, ch)


def test_presence_search_finds_a_word_when_the_alternation_does():
    words = tuple(sorted(set(asp.lexicon().words("prose_challenge")) | set(asp.lexicon().words("imperative")),
                         key=lambda w: (-len(w), w)))
    found = asp.presence_search(words)
    assert len(found.searches) > 1  # (split: many first characters)
    one = re.compile(found.pattern)
    texts = _TEXTS + ["".join(words[k::37]) for k in range(37)] + [w[:-1] for w in words[:50]] + list(words[:80])
    for text in texts:
        assert (found.search(text) is None) == (one.search(text) is None), text
    small = asp.presence_search(("不足", "缺乏"))
    assert len(small.searches) == 1 and small.search("资金不足") is not None and small.search("资金充足") is None


def test_deficit_gates_are_the_alternations_of_their_words():
    for builder in (asp._deficit_literal_re, asp._deficit_word_re):
        gate = builder()
        one = re.compile(gate.pattern)
        for text in _TEXTS + ["仍然很差", "还没有落实", "全县仍有危房", "今年举办了三场招聘会。", "太多了"]:
            assert (gate.search(text) is None) == (one.search(text) is None), (builder.__name__, text)
