"""speed46 (issue 9): a text memo of :mod:`summarizer.aspects` answers a miss with one read, the call and one store;
its misses are counted as the texts it stored (held plus emptied), its hits one by one; a text too long to keep is
read each time and never counted. The answers are the function's own."""
from summarizer import aspects as asp


def test_misses_are_the_texts_stored_and_hits_are_counted(monkeypatch):
    monkeypatch.setattr(asp, "_REMEMBERED_SIZE", 3)
    calls = []

    def reader(text):
        calls.append(text)
        return text[::-1]

    memo = asp._remembered(reader)
    texts = ["经费不足。", "要加强队伍建设。", "人员老化。", "建议完善制度。"]
    for t in texts:  # four misses: the fourth empties the memo of three first
        assert memo(t) == t[::-1]
    info = memo.cache_info()
    assert (info.hits, info.misses, info.currsize, info.maxsize) == (0, 4, 1, 3)
    assert memo("建议完善制度。") == "。度制善完议建"  # held: a hit, no call
    assert memo.cache_info().hits == 1 and len(calls) == 4
    long = "长" * (asp._MEMO_CHARS + 1)
    assert memo(long) == memo(long) == long and len(calls) == 6  # too long: read each time
    assert memo.cache_info().misses == 4 and memo.cache_info().hits == 1
    memo.cache_clear()
    assert memo.cache_info() == (0, 0, 3, 0)


def test_a_remembered_reader_answers_as_its_function_on_new_and_repeated_texts():
    sentences = ["农村养老服务资金严重不足。", "要加大财政投入。", "农村养老服务资金严重不足。", "丁乂。", ""]
    asp.prose_aspect.cache_clear()
    assert [asp.prose_aspect(s) for s in sentences] == [asp.prose_aspect.__wrapped__(s) for s in sentences]
    assert asp.prose_aspect(sentences[0]) == asp.CHALLENGE and asp.prose_aspect(sentences[1]) == asp.RECOMMENDATION
    asp.prose_aspect.cache_clear()
