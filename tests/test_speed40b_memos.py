"""speed40b: the per-document memos of ``aspects`` hold an essay's sentences from one pass to the next.

The stages read an essay's sentences in text order, one pass after another; an LRU memo smaller than the number of
distinct sentences evicts, in each pass, what the next pass asks first, and answers nothing from memory (8192 and 2048
entries gave 0 hits on 10,000 distinct lines). The memos now hold ``aspects._MEMO_SIZE`` texts each, emptied after
each document as before. The answers are the functions' own. Values on small texts of the tests' own; cost by ratio
(``costs.assert_linear``), never timed.
"""

from __future__ import annotations

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize, summarize_document

TEXTS = ("加强第3项工作存在的问题", "问题7", "基层力量不足，经费紧张", "要充实基层力量", "社区工作队伍单薄，人员老化")


def test_memo_sizes_cover_ten_thousand_sentences():
    assert asp._MEMO_SIZE == 16384
    assert asp._REMEMBERED_SIZE == asp._MEMO_SIZE
    for fn in (asp.front_aspect, asp.opener_aspect, asp.challenge_strength, asp.prose_aspect, asp.starts_imperative,
               points._remembered_statement):
        assert fn.cache_info().maxsize == 16384


def test_remembered_answers_equal_the_uncached_functions():
    for fn in (asp.front_aspect, asp.opener_aspect, asp.challenge_strength, asp.prose_aspect, asp.starts_imperative):
        for text in TEXTS:
            assert fn(text) == fn.__wrapped__(text)
            assert fn(text) == fn.__wrapped__(text)  # (the second answer from the memo)
    assert asp.front_aspect("基层力量不足，经费紧张") == asp.CHALLENGE
    assert asp.front_aspect("要充实基层力量") is None  # (a modal opening is no imperative first clause)
    assert asp.challenge_strength("社区工作队伍单薄，人员老化") == 2


def test_a_second_pass_over_more_sentences_than_the_old_sizes_is_answered_from_memory():
    texts = [f"加强第{i}项工作" for i in range(3000)]  # more than the 2048 texts the memo held before
    asp.starts_imperative.cache_clear()
    try:
        first = [asp.starts_imperative(t) for t in texts]
        hits = asp.starts_imperative.cache_info().hits
        assert [asp.starts_imperative(t) for t in texts] == first
        assert asp.starts_imperative.cache_info().hits - hits == 3000
        assert first == [asp.starts_imperative.__wrapped__(t) for t in texts]
    finally:
        asp.starts_imperative.cache_clear()


def test_memos_are_emptied_after_each_call():
    summarize("".join(f"{i}. 加强第{i - 1}项工作存在的问题\n" for i in range(1, 40)))
    for fn in (asp.front_aspect, asp.prose_aspect, asp.starts_imperative, points._remembered_statement):
        assert fn.cache_info().currsize == 0


def test_problem_cue_lines_and_sentences_cost_linear():
    def numbered(n):
        summarize_document("".join(f"{i}. 加强第{i - 1}项工作存在的问题\n" for i in range(1, n + 1)))

    def tiny(n):
        summarize_document("".join(f"问题{i}。" for i in range(n)))

    assert_linear(numbered, 200, "numbered lines stating a problem")
    assert_linear(tiny, 400, "tiny sentences naming a problem")
