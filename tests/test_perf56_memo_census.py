"""perf56 (issue 9): ``benchmarks.memo_census`` counts each per-text memo's calls and misses of one ``summarize``
call, read before the call empties them, and its bare wrappers (``--no-memo``) answer as the memos do.

Every text is written for these tests (no corpus document); nothing is timed."""

from __future__ import annotations

from benchmarks import memo_census
from summarizer import aspects as asp
from summarizer import chars, summarize

# a short essay of distinct lines, one repeated word for word (its readings are asked twice)
TEXT = ("一是完善社区议事规则。\n二是提高网格员待遇。\n三是畅通居民反映渠道。\n"
        "当前部分社区人手不足，服务跟不上。\n一是完善社区议事规则。\n")


def test_census_counts_the_call_before_the_memos_are_emptied():
    counts = memo_census.census(TEXT)
    assert counts, "no memo was asked"
    for name, (calls, misses) in counts.items():
        assert 0 <= misses <= calls, name
    # the Simplified view is asked of every sentence, some of them more than once
    calls, misses = counts["summarizer.aspect_model.simplified_view"]
    assert misses >= 4 and calls > misses
    # the call's own memos were emptied afterwards, as summarize does
    assert asp.states_neither.cache_info().currsize == 0


def test_census_sees_only_the_counted_call():
    first = memo_census.census(TEXT)
    second = memo_census.census(TEXT)
    # the same text, counted twice from emptied memos: the same misses, not twice as many
    for name in ("summarizer.aspects.states_neither", "summarizer.aspect_model.simplified_view"):
        if name in first:
            assert second[name][1] == first[name][1]


def test_forgetting_is_restored_after_the_census():
    from summarizer import pipeline

    before = pipeline.forget_document_memos
    memo_census.census(TEXT)
    assert pipeline.forget_document_memos is before


def test_bare_wrapper_answers_as_the_memo():
    # the pass-through factory of --no-memo, applied to a pure function of a text, and restored afterwards
    original = chars.text_memo
    try:
        memo_census._bare_text_memos()
        bare = chars.text_memo(lambda t: t[::-1] + str(len(t)), None, lambda: 8)
    finally:
        chars.text_memo = original
    kept = chars.text_memo(lambda t: t[::-1] + str(len(t)), None, lambda: 8)
    for t in ("加强治理", "", "加强治理", "一是完善规则。"):
        assert bare(t) == kept(t)
    assert bare.cache_info().currsize == 0 and kept.cache_info().hits == 1
    assert chars.text_memo is original


def test_timed_run_returns_the_answer():
    seconds, answer = memo_census.timed_run(TEXT, repeats=1)
    assert seconds >= 0 and answer == summarize(TEXT).model_dump_json()


def test_process_memos_are_kept_and_counted_for_the_call_alone():
    asp.lexicon()
    kept = asp.lexicon.cache_info()
    counts = memo_census.census(TEXT)
    # the lexicon is asked during the call, never computed again and never emptied
    calls, misses = counts["summarizer.aspects.lexicon"]
    assert calls > 0 and misses == 0
    assert asp.lexicon.cache_info().currsize == kept.currsize == 1


def test_process_memo_counted_once_though_the_call_forgets_more_than_once():
    # summarize empties the document memos more than once a call; the lexicon, never emptied, must count its calls
    # of the one call once (read directly over the same sequence of calls, after a census has settled the memos)
    memo_census.census(TEXT)
    summarize("当前基层治理存在短板。建议完善制度。")
    before = asp.lexicon.cache_info()
    summarize(TEXT)
    after = asp.lexicon.cache_info()
    direct = after.hits + after.misses - before.hits - before.misses
    assert memo_census.census(TEXT)["summarizer.aspects.lexicon"] == (direct, 0)
