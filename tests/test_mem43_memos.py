"""mem43 (issue 9's memory goal): the per-sentence memos of :mod:`summarizer.aspects` (``_remembered`` and the
former ``lru_cache(maxsize=_MEMO_SIZE)`` readers) and ``points._remembered_statement`` are plain dicts emptied when
full: bounded at ``_REMEMBERED_SIZE`` texts, with no LRU link per entry; their answers are the functions' own."""
from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize

SENTENCES = ("当前基层治理存在短板。", "建议完善考核制度。", "经费保障不足，人员老化。", "要加强队伍建设。", "今年完成改造三处。")


def test_memo_answers_equal_the_functions_and_stay_bounded(monkeypatch):
    monkeypatch.setattr(asp, "_REMEMBERED_SIZE", 4)
    calls = []

    def reader(text):
        calls.append(text)
        return len(text)

    memo = asp._remembered(reader)
    memo_any = asp._remembered_any_length(reader)
    for fn in (memo, memo_any):
        for _ in range(2):
            for i in range(10):
                assert fn("问题" * i) == 2 * i
                assert fn.cache_info().currsize <= 4
        assert fn.cache_info().maxsize == 4
        fn.cache_clear()
        assert fn.cache_info().currsize == 0 and fn.cache_info().hits == 0
    long = "短" * (asp._MEMO_CHARS + 1)
    assert memo(long) == memo(long) == len(long) and memo.cache_info().currsize == 0  # (too long to keep)
    assert memo_any(long) == len(long) and memo_any.cache_info().currsize == 1


def test_a_second_reading_within_the_bound_is_answered_from_memory():
    asp.prose_aspect.cache_clear()
    first = [asp.prose_aspect(s) for s in SENTENCES]
    hits = asp.prose_aspect.cache_info().hits
    assert [asp.prose_aspect(s) for s in SENTENCES] == first == [asp.prose_aspect.__wrapped__(s) for s in SENTENCES]
    assert asp.prose_aspect.cache_info().hits - hits == len(SENTENCES)
    asp.prose_aspect.cache_clear()


def test_statement_memo_answers_per_flag_and_is_emptied_after_each_document():
    for s in SENTENCES:
        for flag in (False, True):
            assert points._remembered_statement(s, flag) == points._prose_statement_of(s, flag)
    assert points._remembered_statement.cache_info().currsize == 2 * len(SENTENCES)
    summarize("".join(SENTENCES))
    for fn in (points._remembered_statement, asp.prose_aspect, asp.front_aspect, asp.challenge_strength):
        assert fn.cache_info().currsize == 0


def test_memo_cost_is_linear():
    from costs import assert_linear

    def many(n):
        fn = asp._remembered(len)
        for i in range(n):
            fn(str(i))
    assert_linear(many, 20000, "many texts through a bounded memo")
