"""perf51: the small memos keyed by a whole essay's text are a document's, emptied after each ``summarize``.

Kept across documents, such a memo (``lru_cache(maxsize=8)``) held the last documents' texts, and when an equal text came
again as a new string object (a retry of the same document, a benchmark's timed passes) each look-up compared the two
texts character by character: on a 100,000-character essay the points stage's 9,999 asks of
:func:`summarizer.points.in_cited_excerpt` cost 0.54 s instead of 0.05 s.
The cost itself is a benchmark figure (README, perf51), not a timed test: these tests assert the memos are emptied.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer import aspects as asp
from summarizer import pipeline
from summarizer import points as pts
from summarizer import sentences as sen
from summarizer.chars import DOCUMENT_MEMO, PROCESS_MEMO, document_memo
from summarizer.pipeline import summarize

#: The memos of a whole text marked by perf51.
WHOLE_TEXT_MEMOS = [pts.cited_excerpt_spans, pts.block_quote_spans, pts.statute_article_spans,
                    pts.epigraph_speech_spans, asp.review_section_spans, sen.list_line_starts]

_ESSAY = "一、存在的问题\n当前基层人手不足，经费缺乏。\n二、对策建议\n政府应加强基层治理，完善经费保障机制。\n"


def test_document_memo_marks_and_returns_the_memo():
    @lru_cache(maxsize=2)
    def twice(text: str) -> str:
        return text * 2

    marked = document_memo(twice)
    assert marked is twice
    assert getattr(twice, DOCUMENT_MEMO) is True
    assert not getattr(twice, PROCESS_MEMO, False)
    assert twice("ab") == "abab"


def test_whole_text_memos_are_emptied_after_each_document():
    summarize(_ESSAY)  # (gathers the memos at its end)
    for memo in WHOLE_TEXT_MEMOS:
        assert getattr(memo, DOCUMENT_MEMO, False), memo
        assert memo in pipeline._document_memos, memo
        assert memo.cache_info().currsize == 0, memo  # summarize() emptied it
    # filled by a direct call, emptied by forget_document_memos
    text = "文件来源：某委员会通知（2020年）\n内容摘要：各单位应当加强管理。\n"
    assert pts.in_cited_excerpt(text, text.index("各单位")) in (True, False)
    assert pts.cited_excerpt_spans.cache_info().currsize == 1
    assert sen.list_line_starts("1.加强治理\n2.完善机制\n") == sen.list_line_starts("1.加强治理\n2.完善机制\n")
    assert sen.list_line_starts.cache_info().currsize == 1
    pipeline.forget_document_memos()
    assert pts.cited_excerpt_spans.cache_info().currsize == 0
    assert sen.list_line_starts.cache_info().currsize == 0


def test_memos_below_the_size_that_are_not_marked_are_kept():
    # (a compiled pattern's memo: a fact of the process, never a document's)
    summarize(_ESSAY)
    kept = asp.presence_search.cache_info().currsize
    assert kept > 0
    assert asp.presence_search not in pipeline._document_memos
    pipeline.forget_document_memos()
    assert asp.presence_search.cache_info().currsize == kept


def test_the_same_document_twice_gives_the_same_output():
    first = summarize(_ESSAY * 3).model_dump_json()
    assert summarize("".join(list(_ESSAY * 3))).model_dump_json() == first  # (an equal text, a new object)

