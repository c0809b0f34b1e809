"""lead60: an endless chain of reported-speech frames in one sentence (``住户反映，`` two thousand times) made
:func:`summarizer.aspects.prose_aspect` recurse once per frame (prose_aspect -> news_aspect -> prose_aspect on the
remainder) until Python's stack ran out: a RecursionError on 10,000 characters, inside the documented limits, and a memo
holding every remainder. Readings now nest at most ``PROSE_NESTING_MAX`` deep."""

from __future__ import annotations

from costs import assert_linear

from summarizer import aspects
from summarizer.pipeline import summarize_document


def test_a_long_chain_of_reported_frames_is_summarized_not_a_recursion_error():
    summary = summarize_document("住户反映，" * 2000)  # raised RecursionError before lead60
    assert summary.chars == 10_000
    assert len(summary.essays) == 1


def test_nested_readings_stop_at_the_bound_and_real_nesting_reads_through():
    aspects.prose_aspect.cache_clear()
    # two frames deep, the reported words are read: a stated deficiency is a challenge
    assert aspects.prose_aspect("记者了解到，有住户反映，小区管网老化严重，维修资金严重不足。") == aspects.CHALLENGE
    # deeper than the bound: neither aspect, and no RecursionError
    deep = "有住户反映，" * (aspects.PROSE_NESTING_MAX + 5) + "小区管网老化严重，维修资金严重不足。"
    assert aspects.prose_aspect(deep) is None
    aspects.prose_aspect.cache_clear()


def test_a_chain_of_frames_costs_linear_time():
    assert_linear(lambda n: summarize_document("住户反映，" * n), 250, "a chain of reported-speech frames")
