"""speed23: speed-ups of a document's first pass that change no output (issue 9, fourth round). Behaviour only, never
timing: a cue group's words factored into a trie (:func:`summarizer.aspects.word_trie_alternation`) match exactly
the spans their plain longest-first alternation matches, alone and embedded in a longer pattern; the memos marked
:func:`summarizer.chars.process_memo` outlive a document's memos and give the answers they gave before; a document
summarized after others (its words' memos filled) gives the same summary as in a fresh state."""

from __future__ import annotations

import random
import re

import pytest

import summarizer.aspects as asp
import summarizer.keyphrases as kp
import summarizer.script as script
import summarizer.textrank as tr
from summarizer import pipeline, summarize
from summarizer.chars import PROCESS_MEMO, process_memo


def _plain(words):
    """The alternation the trie replaces: the escaped words, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# nested prefixes (治 / 治理 / 治理体系), words sharing a first character only (不足 / 不够 / 不力), a word inside
# another (理体), one-character words, and a word that ends where another begins (体系 / 系统)
WORDS = ["治", "治理", "治理体系", "治安", "理体", "不足", "不够", "不力", "体系", "系统", "难", "难以"]
TEXTS = [
    "基层治理体系不够完善，治安难以保障。",
    "治理体系统筹不足",
    "治治理理体系系统",
    "人手不力，难。",
    "",
    "没有任何这些词语的句子。",
    "治",
]


def test_a_trie_factors_shared_prefixes():
    assert asp.word_trie_alternation(["治", "治理", "治安"]) == "治[安理]?"  # (words ending there: one class)
    assert asp.word_trie_alternation(["治理体系", "治理体制", "治理", "治"]) == "治(?:理(?:体[制系])?)?"
    assert asp.word_trie_alternation(["治理体系", "治理"]) == "治理(?:体系)?"
    assert asp.word_trie_alternation(["不足", "难"]) == "不足|难"  # (no shared prefix: the plain alternation)
    assert asp.word_trie_alternation(["a.b", "c"]) == _plain(["a.b", "c"])  # escaped as re.escape does
    assert asp.word_trie_alternation([]) == ""


def test_words_with_an_ascii_letter_keep_the_plain_alternation():
    # (a case-insensitive pattern embedding them could match two words of different branches at one position)
    words = ["AI治理", "ai", "治理"]
    assert asp.word_trie_alternation(words) == _plain(words)


@pytest.mark.parametrize("text", TEXTS)
def test_a_trie_matches_the_spans_of_the_plain_alternation(text):
    plain, trie = re.compile(_plain(WORDS)), re.compile(asp.word_trie_alternation(WORDS))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert trie.sub("_", text) == plain.sub("_", text)
    assert bool(trie.fullmatch(text)) == bool(plain.fullmatch(text))
    # embedded: the continuation fails after the longest word and holds after a shorter one (治理体系 then 统, 治理
    # then 体系统): both forms back off to the same word
    for tail in ("统", "体系统", "[^，。]{0,2}不", "$"):
        p, t = re.compile(f"(?:{_plain(WORDS)}){tail}"), re.compile(f"(?:{asp.word_trie_alternation(WORDS)}){tail}")
        assert [m.span() for m in t.finditer(text)] == [m.span() for m in p.finditer(text)]


def test_every_cue_group_matches_as_its_plain_alternation():
    rnd = random.Random(23)
    lex = asp.lexicon()
    for group, words in lex.groups.items():
        if not words:
            continue
        plain = re.compile(_plain(words))
        pattern = asp.cue_pattern(group)
        embedded = re.compile(pattern.pattern)
        texts = TEXTS + ["".join(rnd.choice(words) for _ in range(4)) + "，" + rnd.choice(words)[::-1]
                         for _ in range(5)]
        for text in texts:
            want = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == want, group
            assert [m.span() for m in embedded.finditer(text)] == want, group
            assert (pattern.search(text) is None) == (not want)
            assert re.compile(f"(?:{asp.cue_alternation(group)})").findall(text) == plain.findall(text), group


def test_the_deficit_gate_and_the_condition_scan_keep_their_answers():
    lex = asp.lexicon()
    words = set(asp._DEFICIT_LITERALS)
    for group in ("prose_challenge", "prose_complaint", "remaining_verb", "remaining_negation", "proneness_adverb"):
        words.update(lex.words(group))
    deficit = re.compile(_plain(sorted(words, key=lambda w: (-len(w), w))))
    conditions = sorted(set(lex.words("condition")) | set(lex.words("condition_lookalike")), key=lambda w: (-len(w), w))
    condition = re.compile(_plain(conditions))
    for text in ["基层人手严重不足，经费缺乏。", "如果政府若干年后仍然如此", "今天天气很好。", "", "存在", "三万一千人"]:
        assert (asp._deficit_literal_re().search(text) is None) == (deficit.search(text) is None)
        assert [m.span() for m in asp._condition_re().finditer(text)] == [m.span() for m in condition.finditer(text)]
    # the section nouns of a heading, longest first (对策建议 whole, not 对策 then 建议)
    assert asp.heading_cues("三、存在的问题及对策建议") == [(7, asp.CHALLENGE), (12, asp.RECOMMENDATION)]
    assert asp.heading_cues("存在的问题") == [(5, asp.CHALLENGE)]
    assert asp.heading_cues("春天的故事") == []  # (no section noun: none)
    assert asp.heading_cues("工作开展情况") == [(6, asp.OTHER)]  # (work done: other matter since w67)


MARKED = [kp._candidate, kp._cjk_or_excluded, kp._pagerank_plain_cached, script._char, tr._cached_prior,
          tr._normalised_prior, tr._pagerank_plain_cached]


def test_process_memos_outlive_a_documents_memos():
    summarize("政府应加强基层治理。当前基层人手不足，经费缺乏。")
    for memo in MARKED:
        assert getattr(memo, PROCESS_MEMO, False), memo
        assert memo not in pipeline._document_memos
    assert kp._candidate.cache_info().currsize > 0  # the essay's words, kept after summarize()
    kept = kp._candidate.cache_info().currsize
    pipeline.forget_document_memos()
    assert kp._candidate.cache_info().currsize == kept
    # a memo of a sentence's reading is a document's: emptied
    assert asp.prose_aspect in pipeline._document_memos
    asp.prose_aspect("政府应当加强监管。")
    pipeline.forget_document_memos()
    assert asp.prose_aspect.cache_info().currsize == 0


def test_process_memo_marks_and_returns_the_memo_itself():
    from functools import lru_cache

    @lru_cache(maxsize=256)
    def square(n: int) -> int:
        return n * n

    assert process_memo(square) is square and getattr(square, PROCESS_MEMO) is True
    assert not getattr(kp.extract_keyphrases, PROCESS_MEMO, False)  # (not a memo: never marked)


def test_a_summary_is_the_same_after_other_documents_filled_the_process_memos():
    text = ("关于基层治理的调研报告\n一、存在的问题\n基层人手严重不足，经费保障缺乏。部分干部能力有待提高。\n"
            "二、对策建议\n要加强队伍建设，完善经费保障机制。应当建立健全考核激励制度。")
    for memo in MARKED:
        memo.cache_clear()
    fresh = summarize(text).model_dump_json()
    summarize("城市社区治理面临人员流动大、服务需求多等问题。建议推进网格化管理，提高服务效率。")
    summarize("乡村振兴需要人才支撑。应完善人才引进政策。")
    assert summarize(text).model_dump_json() == fresh


def test_words_present_are_the_group_words_in_the_text_in_the_group_order():
    for group in ("modal_exclusion", "challenge_exclusion", "prose_challenge", "imperative"):
        words = asp.lexicon().words(group)
        rnd = random.Random(len(group))
        for _ in range(30):
            pieces = [rnd.choice(words), rnd.choice(words)[1:], rnd.choice(words)[:-1], "，", "的"]
            text = "".join(rnd.choice(pieces) for _ in range(5))
            assert asp.words_present(text, group) == [w for w in words if w in text], (group, text)
    assert asp.words_present("今天天气很好。", "modal_exclusion") == []  # (none of the group: none)


def test_non_modal_words_are_blanked_as_before():
    # 重要 and 适应 hold a modal character without being a modal; 应 alone is one (kept)
    assert asp._mask_non_modals("这很重要，应适应新形势。") == "这很  ，应  新形势。"
    assert asp._mask_non_modals("政府应加强监管。") == "政府应加强监管。"
    words = asp.lexicon().words("modal_exclusion")
    for text in ["供应链要适应需求，响应及时很重要", "相应的措施要跟上", "应该"]:
        want = text
        for w in words:
            want = want.replace(w, " " * len(w))
        assert asp._mask_non_modals(text) == want
